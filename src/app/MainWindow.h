#pragma once

#include "util/Result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QToolBar;
class QLabel;
class QMenu;
class QStackedWidget;

namespace strongtrust::app {

class AssessmentPage;
class DialogProvider;
class JoinScreen;
class LiveBar;
class LiveRatingController;
class MeetingView;
class SignOffChecksDialog;
class UserGuideDialog;
class WelcomePage;
class WorkbookSession;
struct NewWorkbookRequest;

// Assembles the window: menus, toolbar, the welcome page, the rating view,
// meeting mode and the live rating session's screens. Decisions live in the
// session, the live rating controller and the core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DialogProvider *dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWorkbook(const QString &path);
    bool createWorkbook(const NewWorkbookRequest &request);
    bool openSample();
    void closeWorkbook();

    WorkbookSession *session() const { return m_session.get(); }
    AssessmentPage *assessmentPage() const { return m_page; }
    SignOffChecksDialog *signOffChecks() const { return m_checks; }
    MeetingView *meetingView() const { return m_meeting; }
    LiveRatingController *liveRating() const { return m_live.get(); }
    JoinScreen *joinScreen() const { return m_join; }
    LiveBar *liveBar() const { return m_liveBar; }
    bool isMeetingMode() const { return m_meetingMode; }
    void setMeetingMode(bool on);
    // The join screen in place of the rating view or meeting mode.
    bool isJoinScreenShown() const;
    void setJoinScreenShown(bool on);
    QString bannerText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void adopt(std::unique_ptr<WorkbookSession> session);
    void updateTitle();
    void updatePeriods();
    void updateActions();
    void showBanner(const QString &text, bool problem);
    void showProblem(const QString &text);
    void refreshRecentMenu();
    void newWorkbook();
    void openWorkbookDialog();
    void saveCopy();
    void saveChart();
    void showReport();
    void newPeriod();
    void importMeasures();
    void exportMeasures();
    void editTrust();
    void finalise();
    void showSignOffChecks();
    void archive();
    void showHistory();
    void showAudit();
    void askAuditName(bool always);
    void about();
    void showUserGuide();
    // Live rating (MainWindowLive.cpp).
    void createLiveActions(QMenu *file, QToolBar *bar);
    void adoptLive();
    void endLive();
    void updateLiveActions();
    void startLive();
    void stopLive();
    void showTrusteeCode();
    void printTrusteeCards();
    void sendRatingForms();

    DialogProvider *m_dialogs;
    std::unique_ptr<WorkbookSession> m_session;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_workArea = nullptr;
    AssessmentPage *m_page = nullptr;
    MeetingView *m_meeting = nullptr;
    JoinScreen *m_join = nullptr;
    LiveBar *m_liveBar = nullptr;
    // Before the pages that show it go, and after the session it uses.
    std::unique_ptr<LiveRatingController> m_live;
    bool m_meetingMode = false;
    QLabel *m_banner;
    QLabel *m_saveState;
    QComboBox *m_periods;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_meetingAction = nullptr;
    QAction *m_hideNames = nullptr;
    QAction *m_blind = nullptr;
    QAction *m_finalise = nullptr;
    QAction *m_importMeasures = nullptr;
    QAction *m_exportMeasures = nullptr;
    QToolBar *m_toolBar = nullptr;
    bool m_toolBarShownForWorkbook = false;
    QAction *m_archive = nullptr;
    QAction *m_auditName = nullptr;
    QAction *m_startLive = nullptr;
    QAction *m_stopLive = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_trusteeCode = nullptr;
    QAction *m_printCards = nullptr;
    QAction *m_closeRating = nullptr;
    QList<QAction *> m_workbookActions; // enabled only with a workbook open
    QList<QPointer<QToolBar>> m_barsShownBeforeMeeting; // shown when meeting mode began
    bool m_wasMaximized = false;
    UserGuideDialog *m_guide = nullptr;
    SignOffChecksDialog *m_checks = nullptr; // a child of the pages, which it selects in
};

} // namespace strongtrust::app
