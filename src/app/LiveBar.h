#pragma once

#include <QFrame>

class QAction;
class QLabel;

namespace strongtrust::app {

class AssessmentPage;
class LiveRatingController;

// A strip above the rating view while a live session runs: where the page
// is, whether the current indicator is open, who has rated it (names as the
// window shows them, never how), and the session's commands.
class LiveBar : public QFrame
{
    Q_OBJECT

public:
    LiveBar(LiveRatingController *live, AssessmentPage *page, QWidget *parent = nullptr);

    void addCommand(QAction *action);
    QString text() const;
    void refresh();

private:
    LiveRatingController *m_live;
    AssessmentPage *m_page;
    QLabel *m_text;
};

} // namespace strongtrust::app
