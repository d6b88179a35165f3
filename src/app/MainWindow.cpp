#include "app/MainWindow.h"

#include "app/AssessmentPage.h"
#include "app/DialogProvider.h"
#include "app/FrameworkNavigator.h"
#include "app/LiveRatingController.h"
#include "app/MeetingView.h"
#include "app/SampleWorkbook.h"
#include "app/Settings.h"
#include "app/WelcomePage.h"
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace strongtrust::app {

MainWindow::MainWindow(DialogProvider *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_banner(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_periods(new QComboBox(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(8);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_periods->setObjectName(QStringLiteral("periodCombo"));
    m_periods->setAccessibleName(tr("Period"));
    m_periods->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_stack->addWidget(m_welcome);
    statusBar()->addPermanentWidget(m_saveState);

    createActions();
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkbook);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWorkbookDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openWorkbook);
    connect(m_periods, &QComboBox::activated, this, [this](int index) {
        if (!m_session)
            return;
        if (auto s = m_session->selectAssessment(m_periods->itemData(index).toLongLong()); !s)
            showProblem(s.errorText());
        QVariantMap last = Settings::lastPeriods.get();
        last.insert(m_session->path(), m_periods->currentText());
        Settings::lastPeriods.set(last);
        updateActions();
    });

    m_welcome->setRecentFiles(Settings::recentFiles.get());
    refreshRecentMenu();
    updateTitle();
    updateActions();
    resize(1360, 860);
    if (const QByteArray geometry = Settings::windowGeometry.get(); !geometry.isEmpty())
        restoreGeometry(geometry);
}

MainWindow::~MainWindow()
{
    // Pages hold pointers into the session: they go first, after the live
    // session that trustees' devices reach it through.
    endLive();
    delete m_workArea;
    m_workArea = nullptr;
}

void MainWindow::createActions()
{
    auto add = [this](QMenu *menu, const QString &text, const char *name, auto slot,
                   const QKeySequence &key = {}) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New Workbook…"), "actionNew", &MainWindow::newWorkbook, QKeySequence::New);
    add(file, tr("&Open…"), "actionOpen", &MainWindow::openWorkbookDialog, QKeySequence::Open);
    add(file, tr("Open the &Sample Workbook"), "actionSample", &MainWindow::openSample);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_workbookActions << add(file, tr("Save a &Copy As…"), "actionSaveCopy", &MainWindow::saveCopy,
        QKeySequence::SaveAs);
    m_workbookActions << add(file, tr("&Report Preview and Export…"), "actionReport",
        &MainWindow::showReport, QKeySequence::Print);
    m_workbookActions << add(
        file, tr("Save C&hart as Image…"), "actionSaveChart", &MainWindow::saveChart);
    m_archive = add(file, tr("&Archive…"), "actionArchive", &MainWindow::archive);
    m_workbookActions << m_archive;
    m_workbookActions << add(file, tr("&Close Workbook"), "actionClose", &MainWindow::closeWorkbook,
        QKeySequence::Close);
    file->addSeparator();
    add(file, tr("&Quit"), "actionQuit", &QWidget::close, QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    // The platform's Redo key, and both common ones, each once (a key bound
    // twice would be ambiguous and do nothing).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) }) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    m_redo->setShortcuts(redoKeys);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_meetingAction = add(
        view, tr("&Meeting Mode"), "actionMeetingMode", [this](bool on) { setMeetingMode(on); },
        QKeySequence(Qt::Key_F11));
    m_meetingAction->setCheckable(true);
    m_hideNames = add(view, tr("&Hide Trustees' Names"), "actionHideNames", [this](bool on) {
        Settings::hideNames.set(on);
        if (m_page)
            m_page->setNamesHidden(on);
        updateLiveActions(); // who has rated: names, or a count
    });
    m_hideNames->setCheckable(true);
    m_hideNames->setChecked(Settings::hideNames.get());
    m_blind = add(view, tr("&Blind Rating (reveal per indicator)"), "actionBlind", [this](bool on) {
        if (m_page)
            m_page->setBlind(on);
    });
    m_blind->setCheckable(true);
    m_workbookActions << m_meetingAction << m_hideNames << m_blind;
    view->addSeparator();
    m_workbookActions << add(view, tr("&History…"), "actionHistory", &MainWindow::showHistory);
    m_workbookActions << add(view, tr("Audit &Trail…"), "actionAudit", &MainWindow::showAudit);

    QMenu *trust = menuBar()->addMenu(tr("&Trust"));
    m_workbookActions << add(
        trust, tr("&Trust and Trustees…"), "actionTrust", &MainWindow::editTrust);
    m_workbookActions << add(trust, tr("&New Period…"), "actionNewPeriod", &MainWindow::newPeriod);
    m_workbookActions << add(trust, tr("&Checks Before Sign-Off…"), "actionSignOffChecks",
        &MainWindow::showSignOffChecks);
    m_finalise = add(trust, tr("&Finalise and Sign Off…"), "actionFinalise", &MainWindow::finalise);
    m_workbookActions << m_finalise;
    trust->addSeparator();
    m_importMeasures = add(trust, tr("&Import Measures from CSV…"), "actionImportMeasures",
        &MainWindow::importMeasures);
    m_exportMeasures = add(
        trust, tr("E&xport Measures as CSV…"), "actionExportMeasures", &MainWindow::exportMeasures);
    m_workbookActions << m_importMeasures << m_exportMeasures;
    trust->addSeparator();
    m_auditName = add(trust, tr("Your Name for the Audit Trail…"), "actionAuditName",
        [this] { askAuditName(true); });
    m_workbookActions << m_auditName;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&User Guide"), "actionUserGuide", &MainWindow::showUserGuide,
        QKeySequence::HelpContents);
    add(help, tr("&About strongtrust"), "actionAbout", &MainWindow::about);

    QToolBar *bar = addToolBar(tr("Main"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    // Everything on it needs a workbook: the welcome page shows without it.
    bar->setVisible(false);
    auto *periodLabel = new QLabel(tr("&Period: "), this);
    periodLabel->setBuddy(m_periods);
    bar->addWidget(periodLabel);
    bar->addWidget(m_periods);
    bar->addAction(findChild<QAction *>(QStringLiteral("actionNewPeriod")));
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_hideNames);
    bar->addAction(m_blind);
    bar->addAction(m_meetingAction);
    // Meeting mode hides the menus: these keys must still work there.
    addActions({ m_undo, m_redo, m_meetingAction, m_hideNames, m_blind });
    createLiveActions(file, bar);
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles.get();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openWorkbook(f); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::showBanner(const QString &text, bool problem)
{
    // Called after every saved edit: restyling costs a frame's worth of time.
    if (text == m_banner->text() && problem == m_banner->property("problem").toBool()
        && m_banner->isVisible() == !text.isEmpty())
        return;
    m_banner->setProperty("problem", problem);
    m_banner->setText(text);
    m_banner->setStyleSheet(problem
            ? QStringLiteral(
                "background: #fbeaea; color: #7a1f1b; border-bottom: 1px solid #e3b5b2;")
            : QStringLiteral(
                "background: #eef3f8; color: #1f3b57; border-bottom: 1px solid #c9d6e3;"));
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::showProblem(const QString &text)
{
    showBanner(text, true);
    statusBar()->showMessage(tr("Not saved: the change was refused."), 8000);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

bool MainWindow::openWorkbook(const QString &path)
{
    auto wb = Workbook::open(path);
    if (!wb) {
        m_dialogs->showError(this, tr("Cannot open the workbook"), wb.errorText());
        return false;
    }
    adopt(std::make_unique<WorkbookSession>(std::move(wb).value()));
    return true;
}

bool MainWindow::createWorkbook(const NewWorkbookRequest &request)
{
    Result<Framework> framework = FrameworkLoader::builtIn();
    if (!request.frameworkFile.isEmpty())
        framework = FrameworkLoader::loadFile(request.frameworkFile);
    if (!framework) {
        m_dialogs->showError(this, tr("Cannot use that framework"), framework.errorText());
        return false;
    }
    auto wb = Workbook::create(request.path, request.trustName, framework.value());
    if (!wb) {
        m_dialogs->showError(this, tr("Cannot create the workbook"), wb.errorText());
        return false;
    }
    adopt(std::make_unique<WorkbookSession>(std::move(wb).value()));
    return true;
}

bool MainWindow::openSample()
{
    // A fresh copy each time, kept with the user's data, so trying things out
    // never changes anything that matters.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    QString path
        = QDir(folder).filePath(QStringLiteral("Sample - Oakfield Learning Trust.strongtrust"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(
            QStringLiteral("Sample - Oakfield Learning Trust (%1).strongtrust").arg(n));
    auto wb = createSampleWorkbook(path);
    if (!wb) {
        m_dialogs->showError(this, tr("Cannot create the sample workbook"), wb.errorText());
        return false;
    }
    adopt(std::make_unique<WorkbookSession>(std::move(wb).value()));
    return true;
}

void MainWindow::adopt(std::unique_ptr<WorkbookSession> session)
{
    closeWorkbook();
    m_session = std::move(session);
    askAuditName(false);
    Settings::noteRecentFile(m_session->path());
    refreshRecentMenu();

    // The period last worked on in this workbook, if it is still there.
    const QString last = Settings::lastPeriods.get().value(m_session->path()).toString();
    if (!last.isEmpty() && m_session->workbook().assessmentForPeriod(last))
        (void)m_session->selectPeriod(last);

    m_workArea = new QStackedWidget(this);
    m_page = new AssessmentPage(m_session.get(), m_workArea);
    m_live = std::make_unique<LiveRatingController>(m_session.get(), m_page);
    m_meeting = new MeetingView(m_session.get(), m_page, m_live.get(), m_workArea);
    auto *area = static_cast<QStackedWidget *>(m_workArea);
    area->addWidget(m_page);
    area->addWidget(m_meeting);
    m_stack->addWidget(m_workArea);
    m_stack->setCurrentWidget(m_workArea);
    m_page->setNamesHidden(m_hideNames->isChecked());
    m_page->setBlind(m_blind->isChecked());
    if (const QByteArray state = Settings::splitterState.get(); !state.isEmpty())
        m_page->splitter()->restoreState(state);

    connect(m_meeting, &MeetingView::exitRequested, this, [this] { setMeetingMode(false); });
    adoptLive();
    connect(m_session.get(), &WorkbookSession::problem, this, &MainWindow::showProblem);
    connect(m_session.get(), &WorkbookSession::saved, this, [this] {
        m_saveState->setText(
            tr("All changes saved · %1")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        if (m_session->canEdit())
            showBanner({}, false);
    });
    connect(m_session.get(), &WorkbookSession::assessmentChanged, this, [this] {
        updatePeriods();
        updateActions();
    });
    connect(m_session.get(), &WorkbookSession::trusteesChanged, this, &MainWindow::updateTitle);
    connect(m_session.get(), &WorkbookSession::dataChanged, this, &MainWindow::updateTitle);
    QUndoStack *undo = m_session->undoStack();
    connect(m_undo, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, [this](const QString &t) {
        m_undo->setText(t.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(t));
    });
    connect(undo, &QUndoStack::redoTextChanged, this, [this](const QString &t) {
        m_redo->setText(t.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(t));
    });
    m_saveState->setText(m_session->isReadOnly() ? tr("Read-only") : tr("All changes saved"));
    updatePeriods();
    updateTitle();
    updateActions();
    if (!m_session->hasAssessment() && m_session->canEdit())
        showBanner(tr("This workbook has no assessment yet. Add the trustees (Trust ▸ Trust and "
                      "Trustees…), then start a period "
                      "(Trust ▸ New Period…)."),
            false);
    m_page->navigator()->setFocus();
}

void MainWindow::closeWorkbook()
{
    if (!m_session)
        return;
    setMeetingMode(false);
    Settings::splitterState.set(m_page->splitter()->saveState());
    endLive(); // trustees' links end with the workbook
    m_stack->removeWidget(m_workArea);
    delete m_workArea;
    m_workArea = nullptr;
    m_page = nullptr;
    m_meeting = nullptr;
    m_join = nullptr;
    m_undo->disconnect(this);
    m_redo->disconnect(this);
    disconnect(m_undo, nullptr, m_session->undoStack(), nullptr);
    disconnect(m_redo, nullptr, m_session->undoStack(), nullptr);
    m_session.reset(); // closes the file: every change is already on disk
    m_stack->setCurrentWidget(m_welcome);
    showBanner({}, false);
    m_saveState->clear();
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    updatePeriods();
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("strongtrust"));
        return;
    }
    QString title = tr("%1 — %2").arg(
        m_session->workbook().trustName(), QFileInfo(m_session->path()).fileName());
    if (m_session->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title);
    setWindowFilePath(m_session->path());
}

void MainWindow::updatePeriods()
{
    m_periods->clear();
    if (!m_session)
        return;
    for (const AssessmentInfo &a : m_session->assessments())
        m_periods->addItem(a.isFinal() ? tr("%1 (final)").arg(a.period) : a.period, a.id);
    m_periods->setCurrentIndex(m_periods->findData(m_session->assessmentId()));
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    for (QAction *a : m_workbookActions)
        a->setEnabled(open);
    m_periods->setEnabled(open && m_periods->count() > 0);
    if (QAction *np = findChild<QAction *>(QStringLiteral("actionNewPeriod")))
        np->setEnabled(open && !m_session->isReadOnly());
    m_finalise->setEnabled(open && m_session->hasAssessment() && m_session->canEdit());
    const bool measures
        = open && m_session->hasAssessment() && m_session->framework().measureCount() > 0;
    m_importMeasures->setEnabled(measures && m_session->canEdit());
    m_exportMeasures->setEnabled(measures);
    m_auditName->setEnabled(open && !m_session->isReadOnly());
    m_undo->setEnabled(open && m_session->undoStack()->canUndo());
    m_redo->setEnabled(open && m_session->undoStack()->canRedo());
    if (m_toolBarShownForWorkbook != open) {
        // Only when a workbook opens or closes, so a tool bar the user hid stays hidden.
        m_toolBarShownForWorkbook = open;
        m_toolBar->setVisible(open && !isMeetingMode());
    }
    if (open && !m_session->canEdit())
        showBanner(m_session->whyReadOnly(), false);
    updateLiveActions();
}

void MainWindow::setMeetingMode(bool on)
{
    if (!m_session || !m_meeting) {
        m_meetingAction->setChecked(false);
        return;
    }
    if (on == isMeetingMode())
        return;
    auto *area = static_cast<QStackedWidget *>(m_workArea);
    m_meetingAction->setChecked(on);
    m_meetingMode = on;
    if (on) {
        m_wasMaximized = isMaximized();
        area->setCurrentWidget(m_meeting);
        menuBar()->setVisible(false);
        // Remember which bars were shown, so that leaving shows only those:
        // a tool bar the user hid stays hidden.
        m_barsShownBeforeMeeting.clear();
        for (QToolBar *t : findChildren<QToolBar *>()) {
            if (!t->isHidden())
                m_barsShownBeforeMeeting.append(t);
            t->setVisible(false);
        }
        showFullScreen();
        m_meeting->setFocus();
    } else {
        area->setCurrentWidget(m_page);
        menuBar()->setVisible(true);
        for (QToolBar *t : std::as_const(m_barsShownBeforeMeeting)) {
            if (t)
                t->setVisible(true);
        }
        m_barsShownBeforeMeeting.clear();
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
        m_page->navigator()->setFocus();
    }
    updateLiveActions();
}

void MainWindow::newWorkbook()
{
    if (const auto request = m_dialogs->askNewWorkbook(this))
        createWorkbook(*request);
}

void MainWindow::openWorkbookDialog()
{
    const QString path = m_dialogs->askOpenWorkbook(this);
    if (!path.isEmpty())
        openWorkbook(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::windowGeometry.set(saveGeometry());
    closeWorkbook();
    event->accept();
}

} // namespace strongtrust::app
