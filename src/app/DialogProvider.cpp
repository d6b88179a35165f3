#include "app/DialogProvider.h"

#include "app/LiveListenDialog.h"
#include "app/NewPeriodDialog.h"
#include "framework/FrameworkLoader.h"
#include "periods/PeriodNames.h"
#include "ui_NewWorkbookDialog.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace strongtrust::app {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString workbookFilter()
{
    return DialogProvider::tr("strongtrust workbooks (*.strongtrust);;All files (*)");
}

} // namespace

std::optional<NewWorkbookRequest> WidgetDialogProvider::askNewWorkbook(QWidget *parent)
{
    QDialog dialog(parent);
    Ui::NewWorkbookDialog ui;
    ui.setupUi(&dialog);
    auto suggestLocation = [&] {
        if (ui.location->isModified())
            return;
        const QString name = fileNamePart(ui.trustName->text().simplified());
        ui.location->setText(QDir(documentsFolder())
                                 .filePath((name.isEmpty() ? DialogProvider::tr("Trust") : name)
                                     + QStringLiteral(".strongtrust")));
    };
    suggestLocation();
    QObject::connect(ui.trustName, &QLineEdit::textChanged, &dialog, suggestLocation);
    QObject::connect(ui.fileFramework, &QRadioButton::toggled, &dialog, [&](bool on) {
        ui.frameworkFile->setEnabled(on);
        ui.browseFramework->setEnabled(on);
    });
    QObject::connect(ui.browseFramework, &QPushButton::clicked, &dialog, [&] {
        const QString file
            = QFileDialog::getOpenFileName(&dialog, DialogProvider::tr("Framework file"),
                documentsFolder(), DialogProvider::tr("Framework files (*.json);;All files (*)"));
        if (!file.isEmpty())
            ui.frameworkFile->setText(file);
    });
    QObject::connect(ui.browseLocation, &QPushButton::clicked, &dialog, [&] {
        const QString file = QFileDialog::getSaveFileName(&dialog,
            DialogProvider::tr("Save the new workbook as"), ui.location->text(), workbookFilter());
        if (!file.isEmpty()) {
            ui.location->setText(file);
            ui.location->setModified(true);
        }
    });
    QObject::connect(ui.buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(ui.buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // Checked here so that the dialog stays open on a mistake.
        QString problem;
        if (ui.trustName->text().trimmed().isEmpty())
            problem = DialogProvider::tr("The trust needs a name.");
        else if (ui.location->text().trimmed().isEmpty())
            problem = DialogProvider::tr("Choose where to save the workbook.");
        else if (QFileInfo::exists(ui.location->text()))
            problem = DialogProvider::tr(
                "%1 already exists. Choose another name: a new workbook never replaces a file.")
                          .arg(ui.location->text());
        else if (ui.fileFramework->isChecked()) {
            auto fw = FrameworkLoader::loadFile(ui.frameworkFile->text());
            if (!fw)
                problem = fw.errorText();
        }
        ui.problem->setText(problem);
        if (problem.isEmpty())
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QString path = ui.location->text().trimmed();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".strongtrust");
    return NewWorkbookRequest { path, ui.trustName->text().simplified(),
        ui.fileFramework->isChecked() ? ui.frameworkFile->text() : QString() };
}

QString WidgetDialogProvider::askOpenWorkbook(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, DialogProvider::tr("Open a workbook"), documentsFolder(), workbookFilter());
}

QString WidgetDialogProvider::askSaveCopy(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(
        parent, DialogProvider::tr("Save a copy of the workbook"), suggested, workbookFilter());
}

QString WidgetDialogProvider::askSaveImage(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, DialogProvider::tr("Save the chart"), suggested,
        DialogProvider::tr("PNG image (*.png);;SVG drawing (*.svg)"));
}

QString WidgetDialogProvider::askOpenFile(
    QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, documentsFolder(), filter);
}

QString WidgetDialogProvider::askSaveFile(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

std::optional<NewPeriodRequest> WidgetDialogProvider::askNewPeriod(
    QWidget *parent, const NewPeriodOffer &offer)
{
    NewPeriodDialog dialog(offer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

void WidgetDialogProvider::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QString WidgetDialogProvider::askAuditName(QWidget *parent, const QString &suggested)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(parent, DialogProvider::tr("Your name for the audit trail"),
            DialogProvider::tr("The audit trail records who made each change. Your name:"),
            QLineEdit::Normal, suggested, &ok);
    return ok ? name.simplified() : QString();
}

QString WidgetDialogProvider::askArchiveFolder(QWidget *parent, const QString &suggested)
{
    // A new folder: the bundle is written as it, so it must not exist yet (or be empty).
    return QFileDialog::getSaveFileName(parent,
        DialogProvider::tr("Archive the assessment as the folder"), suggested, QString(), nullptr,
        QFileDialog::DontConfirmOverwrite);
}

QString WidgetDialogProvider::askFolder(
    QWidget *parent, const QString &title, const QString &suggested)
{
    return QFileDialog::getExistingDirectory(parent, title, suggested);
}

std::optional<LiveListenRequest> WidgetDialogProvider::askLiveListen(
    QWidget *parent, const QList<ListenChoice> &addresses, int suggested, bool blind)
{
    LiveListenDialog dialog(addresses, suggested, blind, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

} // namespace strongtrust::app
