#pragma once

#include <QWidget>

class QLabel;

namespace strongtrust::app {

class LiveRatingController;
class WorkbookSession;

// What the room sees while trustees join a live session: the trust, the
// period, how to join, the page's address and how many have rated. It
// never shows a trustee's link or code: those carry their secret, and the
// projector is public. Esc or J goes back.
class JoinScreen : public QWidget
{
    Q_OBJECT

public:
    JoinScreen(WorkbookSession *session, LiveRatingController *live, QWidget *parent = nullptr);

    // The current indicator, whose raters the screen counts.
    void setIndicator(const QString &indicator);

Q_SIGNALS:
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    WorkbookSession *m_session;
    LiveRatingController *m_live;
    QString m_indicator;
    QLabel *m_trust;
    QLabel *m_period;
    QLabel *m_instruction;
    QLabel *m_address;
    QLabel *m_network;
    QLabel *m_progress;
    QLabel *m_devices;
};

} // namespace strongtrust::app
