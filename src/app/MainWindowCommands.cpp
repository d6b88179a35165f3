// MainWindow: the menu commands that work on the open workbook (copy, chart,
// report, periods, trust, sign-off, archive, history, audit) and the help
// windows. The window's assembly and the workbook's life are in MainWindow.cpp.
#include "Version.h"
#include "app/AssessmentPage.h"
#include "app/AuditDialog.h"
#include "app/DialogProvider.h"
#include "app/FinaliseDialog.h"
#include "app/HistoryDialog.h"
#include "app/MainWindow.h"
#include "app/RadarWidget.h"
#include "app/ReportPreview.h"
#include "app/Settings.h"
#include "app/SignOffChecksDialog.h"
#include "app/TrustDialog.h"
#include "app/UserGuideDialog.h"
#include "app/WorkbookSession.h"
#include "archive/ArchiveBundle.h"
#include "exchange/MeasuresCsv.h"
#include "framework/FrameworkLoader.h"
#include "periods/PeriodNames.h"
#include "util/AtomicFile.h"
#include "workbook/WorkbookCopy.h"
#include "workbook/WorkbookFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace strongtrust::app {

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QFileInfo info(m_session->path());
    const QString path = m_dialogs->askSaveCopy(this,
        info.absoluteDir().filePath(
            info.completeBaseName() + tr(" (copy)") + QStringLiteral(".strongtrust")));
    if (path.isEmpty())
        return;
    if (auto s = saveWorkbookCopy(m_session->workbook(), path); !s)
        m_dialogs->showError(this, tr("Cannot save the copy"), s.errorText());
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 8000);
}

void MainWindow::saveChart()
{
    if (!m_session || !m_page)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
              .filePath(
                  tr("Domain scores %1.png")
                      .arg(fileNamePart(m_session->hasAssessment() ? m_session->assessment().period
                                                                   : QString())));
    const QString path = m_dialogs->askSaveImage(this, suggested);
    if (path.isEmpty())
        return;
    if (auto s = m_page->radar()->saveImage(path); !s)
        m_dialogs->showError(this, tr("Cannot save the chart"), s.errorText());
    else
        statusBar()->showMessage(tr("Saved the chart as %1").arg(path), 8000);
}

void MainWindow::showReport()
{
    if (!m_session)
        return;
    if (!m_session->hasAssessment()) {
        showBanner(tr("There is no assessment to report on yet: start a period first."), false);
        return;
    }
    ReportPreview preview(m_session.get(), m_dialogs, this);
    connect(&preview, &ReportPreview::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported %1").arg(path), 8000);
    });
    preview.exec();
}

void MainWindow::newPeriod()
{
    if (!m_session)
        return;
    const QString suggested = suggestedNextPeriod(m_session->assessments(), QDate::currentDate());
    const auto request = m_dialogs->askNewPeriod(this, m_session->newPeriodOffer(suggested));
    if (!request)
        return;
    Result<Framework> chosen = FrameworkLoader::builtIn();
    if (!request->frameworkFile.isEmpty())
        chosen = FrameworkLoader::loadFile(request->frameworkFile);
    if (!chosen) {
        m_dialogs->showError(this, tr("Cannot start the period"), chosen.errorText());
        return;
    }
    const bool another = request->builtInFramework || !request->frameworkFile.isEmpty();
    auto created = m_session->startPeriod(
        request->period, request->title, another ? &chosen.value() : nullptr);
    if (!created)
        m_dialogs->showError(this, tr("Cannot start the period"), created.errorText());
    updatePeriods();
    updateActions();
}

void MainWindow::importMeasures()
{
    if (!m_session || !m_session->hasAssessment())
        return;
    const QString file = m_dialogs->askOpenFile(
        this, tr("Import measures from CSV"), tr("CSV table (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto summary = m_session->importMeasures(file);
    if (!summary) {
        m_dialogs->showError(this, tr("Cannot import the measures"),
            tr("%1\n\nNothing was imported; the workbook is unchanged.").arg(summary.errorText()));
        return;
    }
    statusBar()->showMessage(tr("Imported %1: %n measure(s) changed", nullptr, summary->changed)
                                 .arg(QDir::toNativeSeparators(file)),
        8000);
    updateActions();
}

void MainWindow::exportMeasures()
{
    if (!m_session || !m_session->hasAssessment())
        return;
    const QString period = m_session->assessment().period;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("measures %1.csv").arg(QString(period).replace(u'/', u'-')));
    const QString file = m_dialogs->askSaveFile(
        this, tr("Export measures as CSV"), suggested, tr("CSV table (*.csv)"));
    if (file.isEmpty())
        return;
    auto csv = exportMeasuresCsv(m_session->workbook(), m_session->assessment().id);
    Status written = csv ? writeFileAtomically(file, csv.value()) : Status(csv.errors());
    if (!written) {
        m_dialogs->showError(this, tr("Cannot export the measures"), written.errorText());
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::editTrust()
{
    if (!m_session)
        return;
    TrustDialog dialog(m_session.get(), this);
    dialog.exec();
    updateTitle();
}

void MainWindow::askAuditName(bool always)
{
    if (!m_session)
        return;
    QString name = Settings::auditName.get();
    // Asked once, the first time a workbook can be changed; kept afterwards.
    if ((name.isEmpty() && !m_session->isReadOnly()) || always) {
        const QString suggested = name.isEmpty() ? workbookfile::loginName() : name;
        const QString answer = m_dialogs->askAuditName(this, suggested).simplified();
        name = answer.isEmpty() ? suggested : answer;
        Settings::auditName.set(name);
    }
    m_session->workbook().setActor(name.isEmpty() ? workbookfile::loginName() : name);
}

void MainWindow::finalise()
{
    if (!m_session || !m_session->hasAssessment())
        return;
    if (!m_session->canEdit()) {
        showBanner(m_session->whyReadOnly(), false);
        return;
    }
    FinaliseDialog dialog(m_session.get(), this);
    bool review = false;
    connect(&dialog, &FinaliseDialog::reviewChecksRequested, this, [&review] { review = true; });
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("The %1 assessment is final.").arg(m_session->assessment().period), 8000);
    updatePeriods();
    updateActions();
    if (review)
        showSignOffChecks();
}

void MainWindow::showSignOffChecks()
{
    if (!m_session || !m_page)
        return;
    if (!m_checks) {
        // A child of the pages: it goes when the workbook closes, with them.
        m_checks = new SignOffChecksDialog(m_session.get(), m_workArea);
        connect(m_checks, &QObject::destroyed, this, [this] { m_checks = nullptr; });
        connect(m_checks, &SignOffChecksDialog::goTo, this, [this](const SignOffFinding &f) {
            if (isMeetingMode())
                setMeetingMode(false);
            if (f.actionId)
                m_page->selectAction(f.indicator.isEmpty() ? f.domain : f.indicator, f.actionId);
            else if (f.evidenceId)
                m_page->selectEvidence(f.indicator, f.evidenceId);
            else if (f.trusteeId)
                m_page->selectTrusteeRating(f.indicator, f.trusteeId);
            else
                m_page->selectIndicator(f.indicator);
            activateWindow();
        });
    }
    m_checks->show();
    m_checks->raise();
    m_checks->activateWindow();
}

void MainWindow::archive()
{
    if (!m_session)
        return;
    if (!m_session->hasAssessment() || !m_session->assessment().isFinal()) {
        showBanner(tr("Only a final assessment can be archived: finalise and sign it off first "
                      "(Trust ▸ Finalise and Sign Off…)."),
            false);
        return;
    }
    const AssessmentInfo &a = m_session->assessment();
    const QString base
        = tr("%1 %2 archive").arg(m_session->workbook().trustName(), fileNamePart(a.period));
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(base);
    const QString path = m_dialogs->askArchiveFolder(this, suggested);
    if (path.isEmpty())
        return;
    auto written = writeArchiveBundle(m_session->workbook(), a.id, path);
    if (!written)
        m_dialogs->showError(this, tr("Cannot archive the assessment"), written.errorText());
    else
        statusBar()->showMessage(tr("Archived %1 as %2").arg(a.period, written.value()), 8000);
}

void MainWindow::showHistory()
{
    if (!m_session)
        return;
    HistoryDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::showAudit()
{
    if (!m_session)
        return;
    AuditDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    // Beside the window, not over it: the guide is read while working.
    if (!m_guide)
        m_guide = new UserGuideDialog(this);
    m_guide->show();
    m_guide->raise();
}

void MainWindow::about()
{
    const Framework &fw = FrameworkLoader::builtIn();
    QMessageBox::about(this, tr("About strongtrust"),
        tr("<h3>strongtrust %1</h3><p>The board's self-assessment against the five domains of a "
           "strong trust.</p>"
           "<p>Built-in framework: %2 (%3), drawn from the papers of the %4, chiefly <i>%5</i> "
           "(%6).</p>"
           "<p>Build %7. Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QLatin1String(kVersion), fw.title.toHtmlEscaped(), fw.version.toHtmlEscaped(),
                fw.source.publisher.toHtmlEscaped(), fw.source.title.toHtmlEscaped())
            .arg(fw.source.year)
            .arg(QLatin1String(kGitRevision)));
}

} // namespace strongtrust::app
