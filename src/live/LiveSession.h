#pragma once

#include "framework/Framework.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <array>
#include <memory>
#include <optional>

namespace strongtrust {
class Workbook;
}

namespace strongtrust::live {

class LiveServer;

// One trustee's way in: their personal link carries a token of this session.
struct TrusteeLink {
    qint64 trusteeId = 0;
    QString name;
    QUrl url; // http://HOST:PORT/join#TOKEN
};

// A live rating session (live-rating.md): every active trustee of one
// assessment holds a token valid only while this session runs; the clerk's
// current indicator and the open indicators are what trustees' pages follow.
// Ratings from devices go through the workbook's one edit path (EditRules,
// RatingStore), committed before they are acknowledged. Runs in the thread
// of the workbook it is given, which it uses but does not own; the window and
// `strongtrust live` each keep one while a session runs.
class LiveSession : public QObject
{
    Q_OBJECT

public:
    LiveSession(Workbook &workbook, qint64 assessmentId, QObject *parent = nullptr);
    ~LiveSession() override;

    // Makes new tokens and starts serving on `address`:`port` (0: a free
    // port). Refused when the assessment is missing or has no active
    // trustee, or the address cannot be listened on.
    Status start(const QHostAddress &address, quint16 port = 0);
    // How long a request may take to arrive, and a kept-alive connection may
    // sit idle, in milliseconds (GuardedTcpServer's defaults otherwise); for
    // the next start.
    void setConnectionTimeouts(int requestMs, int idleMs);
    // Ends every token and stops serving; open event streams are told and
    // closed. A rating being stored when this is called is either committed
    // and answered, or not begun.
    void stop();
    bool isRunning() const;

    qint64 assessmentId() const { return m_assessmentId; }
    const Framework &framework() const { return m_framework; }
    Workbook &workbook() { return m_workbook; }
    // http://HOST:PORT, and the page's address without a token.
    QUrl baseUrl() const;
    QUrl joinUrl() const;
    QList<TrusteeLink> links() const;
    // The trustee a token names in this session, or 0.
    qint64 trusteeForToken(const QString &token) const;

    // What trustees' pages follow: the indicator on the clerk's screen ("" for
    // none) and the indicators open for rating (all, when a session starts).
    void setCurrent(const QString &indicator);
    QString current() const { return m_current; }
    void setOpen(const QString &indicator, bool open);
    bool isOpen(const QString &indicator) const;
    QStringList openIndicators() const; // in framework order

    // Nothing can be rated: the assessment is final or the workbook read-only.
    bool isLocked() const;
    // Tells pages to read the state again: after a sign-off, say.
    void refresh();

    // A trustee's rating from their own device, through the edit path; the
    // audit trail records the trustee as its author, via their device. `note`
    // absent keeps the stored note. Refused when the indicator is closed.
    Result<std::optional<Rating>> rateFromDevice(qint64 trusteeId, const QString &indicator,
        const RatingValue &value, const std::optional<QString> &note);
    // The trustees whose page is open and following the session now.
    QSet<qint64> connectedTrustees() const;
    // This trustee's ratings in this assessment, by indicator.
    QHash<QString, Rating> ratingsOf(qint64 trusteeId) const;

    // Requests refused since start, by status code (for the window's status
    // line and for tests); never which token.
    int refusedCount() const { return m_refused; }
    void countRefused() { ++m_refused; }

Q_SIGNALS:
    // A device's rating was committed (`rating` empty: withdrawn).
    void ratingStored(qint64 trusteeId, const QString &indicator,
        const std::optional<strongtrust::Rating> &rating);
    // A trustee's page connected or went away.
    void connectionsChanged();
    // `current`, the open indicators or the lock changed: pages are told.
    void stateChanged();
    void started();
    void stopped();
    // After stop(), once the last answers have reached the devices and the
    // server is gone.
    void closed();

private:
    Workbook &m_workbook;
    qint64 m_assessmentId = 0;
    Framework m_framework;
    QHash<QString, qint64> m_tokens; // token -> trustee
    QList<TrusteeLink> m_links;
    QString m_current;
    QSet<QString> m_closed;
    int m_refused = 0;
    int m_requestTimeout = 0;
    int m_idleTimeout = 0;
    // A child of the session: while stopping it outlives stop() until its
    // connections have flushed, never the session itself.
    QPointer<LiveServer> m_server;
};

} // namespace strongtrust::live
