#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace strongtrust::live {
class LiveSession;
}

namespace strongtrust::app {

class AssessmentPage;
class WorkbookSession;

// The window's side of a live rating session (live-rating.md): starts and
// stops it, tells it the indicator on the clerk's screen, takes the ratings
// trustees store from their devices into the window's copy of the
// assessment, and says who has rated. At most one session runs; it stops
// when this goes (the workbook or the window closes), or when another
// assessment is chosen.
class LiveRatingController : public QObject
{
    Q_OBJECT

public:
    LiveRatingController(WorkbookSession *session, AssessmentPage *page, QObject *parent = nullptr);
    ~LiveRatingController() override;

    // Why a session cannot start now (no assessment, final, read-only, no
    // active trustee), in a sentence; empty when it can.
    QString whyCannotStart() const;
    Status start(const QHostAddress &address, quint16 port = 0);
    void stop();
    bool isRunning() const;
    // The running session, or null.
    live::LiveSession *liveSession() const { return m_live.get(); }

    // The indicator on the clerk's screen is open for rating from devices.
    bool isCurrentOpen() const;
    void setCurrentOpen(bool open);
    // Active trustees, and those who have rated the current indicator (from
    // any device, or typed in by the clerk), in the list's order.
    QList<qint64> activeTrustees() const;
    QList<qint64> whoHasRated(const QString &indicator) const;
    // Trustees who have stored a rating from their own device in this session.
    int trusteesRatedFromDevices() const { return int(m_fromDevices.size()); }
    // "Trustees who have rated this indicator: 3 of 6 (Jane Smith, …)":
    // names only when the window shows them; never how anyone rated.
    QString whoHasRatedText(const QString &indicator, bool namesHidden) const;

Q_SIGNALS:
    void runningChanged(bool running);
    // Something a live view shows changed: open or closed, who has rated.
    void changed();
    // The session stopped of itself (another assessment, the assessment
    // became final): why, for the banner.
    void stoppedBecause(const QString &why);

private:
    void followAssessment();
    void take(qint64 trusteeId, const QString &indicator, const std::optional<Rating> &rating);

    WorkbookSession *m_session;
    AssessmentPage *m_page;
    std::unique_ptr<live::LiveSession> m_live;
    QSet<qint64> m_fromDevices;
};

} // namespace strongtrust::app
