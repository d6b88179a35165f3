// MainWindow: the commands of live rating (trustees rating on their own
// devices, live-rating.md) and of the return forms sent before a meeting.
// The session itself is LiveRatingController's; this file only assembles
// its actions and screens, and asks the clerk.
#include "app/AssessmentPage.h"
#include "app/DialogProvider.h"
#include "app/FrameworkNavigator.h"
#include "app/JoinScreen.h"
#include "app/ListenChoices.h"
#include "app/LiveBar.h"
#include "app/LiveRatingController.h"
#include "app/MainWindow.h"
#include "app/MeetingView.h"
#include "app/SendFormsDialog.h"
#include "app/TrusteeCodeDialog.h"
#include "app/WorkbookSession.h"
#include "live/LiveSession.h"
#include "live/TrusteeCards.h"
#include "periods/PeriodNames.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace strongtrust::app {

void MainWindow::createLiveActions(QMenu *file, QToolBar *bar)
{
    auto make = [this](const QString &text, const char *name, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // Before a meeting: forms, one file a trustee (after the report's commands).
    QAction *forms
        = make(tr("Send Rating &Forms…"), "actionSendForms", &MainWindow::sendRatingForms);
    file->insertAction(m_archive, forms);
    m_workbookActions << forms;

    m_startLive = make(tr("&Start Live Rating…"), "actionStartLive", &MainWindow::startLive);
    m_stopLive = make(tr("S&top Live Rating"), "actionStopLive", &MainWindow::stopLive);
    m_joinAction = make(tr("Show the &Join Screen"), "actionJoinScreen",
        [this](bool on) { setJoinScreenShown(on); });
    m_joinAction->setCheckable(true);
    m_trusteeCode
        = make(tr("Show a Trustee's &Code…"), "actionTrusteeCode", &MainWindow::showTrusteeCode);
    m_printCards
        = make(tr("&Print Trustee Cards…"), "actionPrintCards", &MainWindow::printTrusteeCards);
    m_closeRating
        = make(tr("&Close Rating for This Indicator"), "actionCloseRating", [this](bool closed) {
              if (m_live)
                  m_live->setCurrentOpen(!closed);
          });
    m_closeRating->setCheckable(true);

    // Its own menu, before Trust: the meeting's commands, beside View's.
    auto *liveMenu = new QMenu(tr("&Live"), this);
    liveMenu->setObjectName(QStringLiteral("liveMenu"));
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.value(3), liveMenu);
    liveMenu->addAction(m_startLive);
    liveMenu->addAction(m_stopLive);
    liveMenu->addSeparator();
    liveMenu->addAction(m_joinAction);
    liveMenu->addAction(m_trusteeCode);
    liveMenu->addAction(m_printCards);
    liveMenu->addSeparator();
    liveMenu->addAction(m_closeRating);

    bar->addSeparator();
    bar->addAction(m_startLive);
    bar->addAction(m_stopLive);
    updateLiveActions();
}

void MainWindow::adoptLive()
{
    m_join = new JoinScreen(m_session.get(), m_live.get(), m_workArea);
    static_cast<QStackedWidget *>(m_workArea)->addWidget(m_join);
    m_join->setIndicator(m_page->currentIndicator());
    m_liveBar = new LiveBar(m_live.get(), m_page, this);
    for (QAction *a : { m_closeRating, m_joinAction, m_trusteeCode, m_printCards, m_stopLive })
        m_liveBar->addCommand(a);
    // Under the banner, over the pages.
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(1, m_liveBar);

    connect(m_page, &AssessmentPage::indicatorChanged, m_join, &JoinScreen::setIndicator);
    connect(m_join, &JoinScreen::backRequested, this, [this] { setJoinScreenShown(false); });
    connect(m_meeting, &MeetingView::liveRequested, this, [this] {
        if (m_live->isRunning())
            stopLive();
        else
            startLive();
    });
    connect(
        m_meeting, &MeetingView::joinScreenRequested, this, [this] { setJoinScreenShown(true); });
    connect(
        m_live.get(), &LiveRatingController::runningChanged, this, &MainWindow::updateLiveActions);
    connect(m_live.get(), &LiveRatingController::changed, this, &MainWindow::updateLiveActions);
    connect(m_live.get(), &LiveRatingController::stoppedBecause, this, [this](const QString &why) {
        setJoinScreenShown(false);
        // In the status line as well: the banner clears at the next saved edit.
        showBanner(why, false);
        statusBar()->showMessage(why, 15000);
    });
}

void MainWindow::endLive()
{
    if (!m_live)
        return;
    // Nothing here needs to hear of the stop: the window is letting go.
    m_live->disconnect(this);
    m_live.reset();
    delete m_liveBar;
    m_liveBar = nullptr;
    if (m_joinAction)
        m_joinAction->setChecked(false);
}

void MainWindow::updateLiveActions()
{
    if (!m_startLive)
        return;
    const bool open = m_session != nullptr && m_live != nullptr;
    const bool running = open && m_live->isRunning();
    // Start stays enabled with a workbook: pressed when a session cannot
    // start, it says why, which a greyed-out command cannot.
    m_startLive->setVisible(!running);
    m_startLive->setEnabled(open);
    m_stopLive->setVisible(running);
    m_stopLive->setEnabled(running);
    for (QAction *a : { m_joinAction, m_trusteeCode, m_printCards, m_closeRating })
        a->setEnabled(running);
    m_closeRating->setChecked(running && !m_live->isCurrentOpen());
    m_joinAction->setChecked(isJoinScreenShown());
    if (m_liveBar) {
        // Not over the join screen: the room sees that one.
        m_liveBar->setVisible(running && !isMeetingMode() && !isJoinScreenShown());
        m_liveBar->refresh();
    }
}

bool MainWindow::isJoinScreenShown() const
{
    return m_join && m_workArea
        && static_cast<QStackedWidget *>(m_workArea)->currentWidget() == m_join;
}

void MainWindow::setJoinScreenShown(bool on)
{
    if (!m_join || on == isJoinScreenShown()) {
        updateLiveActions();
        return;
    }
    if (on && !(m_live && m_live->isRunning())) {
        updateLiveActions();
        return;
    }
    auto *area = static_cast<QStackedWidget *>(m_workArea);
    QWidget *back = isMeetingMode() ? static_cast<QWidget *>(m_meeting) : m_page;
    area->setCurrentWidget(on ? static_cast<QWidget *>(m_join) : back);
    if (on)
        m_join->setFocus();
    else if (isMeetingMode())
        m_meeting->setFocus();
    else
        m_page->navigator()->setFocus();
    updateLiveActions();
}

void MainWindow::startLive()
{
    if (!m_session || !m_live || m_live->isRunning())
        return;
    if (const QString why = m_live->whyCannotStart(); !why.isEmpty()) {
        showBanner(tr("Live rating cannot start. %1").arg(why), true);
        return;
    }
    const QList<ListenChoice> addresses = listenChoices();
    const auto request = m_dialogs->askLiveListen(
        this, addresses, defaultListenChoice(addresses), m_blind->isChecked());
    if (!request)
        return;
    if (request->blind != m_blind->isChecked()) {
        m_blind->setChecked(request->blind);
        m_page->setBlind(request->blind);
    }
    if (auto s = m_live->start(request->address, request->port); !s) {
        showBanner(tr("Live rating could not start: %1").arg(s.errorText()), true);
        return;
    }
    showBanner({}, false);
    statusBar()->showMessage(
        tr("Live rating started at %1.").arg(m_live->liveSession()->joinUrl().toString()), 8000);
    // The room joins first.
    setJoinScreenShown(true);
}

void MainWindow::stopLive()
{
    if (!m_live || !m_live->isRunning())
        return;
    setJoinScreenShown(false);
    m_live->stop();
    statusBar()->showMessage(
        tr("Live rating stopped. Trustees' links and cards no longer work."), 8000);
}

void MainWindow::showTrusteeCode()
{
    if (!m_live || !m_live->isRunning())
        return;
    TrusteeCodeDialog dialog(m_live->liveSession()->links(), this);
    dialog.exec();
}

void MainWindow::printTrusteeCards()
{
    if (!m_live || !m_live->isRunning())
        return;
    const QString period = m_session->assessment().period;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("Trustee cards %1.pdf").arg(fileNamePart(period)));
    const QString path = m_dialogs->askSaveFile(
        this, tr("Print Trustee Cards"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const live::TrusteeCardSheet sheet { m_session->workbook().trustName(), period,
        m_live->liveSession()->links() };
    if (auto s = live::TrusteeCards::write(path, sheet); !s) {
        m_dialogs->showError(this, tr("Cannot save the trustee cards"), s.errorText());
        return;
    }
    showBanner(tr("Saved the trustee cards as %1. Print them, cut them out and give each trustee "
                  "their own: the cards work only while this live session runs.")
                   .arg(QDir::toNativeSeparators(path)),
        false);
}

void MainWindow::sendRatingForms()
{
    if (!m_session)
        return;
    if (!m_session->hasAssessment()) {
        showBanner(tr("There is no assessment to rate yet: start a period first."), false);
        return;
    }
    SendFormsDialog dialog(m_session.get(), m_dialogs, this);
    dialog.exec();
}

} // namespace strongtrust::app
