#pragma once

#include "live/GuardedTcpServer.h"
#include "util/Result.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <array>

class QTcpSocket;

namespace strongtrust::live {

class LiveSession;

// The HTTP API of a live session (live-rating.md, version 1) on Qt HTTP
// Server. Every request is answered here, in the order of the contract's
// rules: the path (404), the Host and Origin (403), the method (405), the
// token (401), the token's rate (429), the body (415, 413, 400), the
// assessment's state (409). A refused request changes nothing. Answers carry
// the security headers of HttpAnswer; nothing here logs a request.
class LiveServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit LiveServer(LiveSession &session);
    ~LiveServer() override;

    void setTimeouts(GuardedTcpServer::Timeouts t) { m_timeouts = t; }
    Status listen(const QHostAddress &address, quint16 port);
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }

    // Tells every open event stream that the session ended, and closes it
    // and every other connection.
    void closeAll();
    // closeAll(), then deletes this server once every connection has flushed
    // its last bytes (at most a couple of seconds): the sockets are its
    // children, and deleting it at once would drop what they still hold.
    void shutDownAndDelete();
    // Sends the current state to every open event stream.
    void pushState();

    // The trustees whose page holds an event stream open: connected now.
    QSet<qint64> connectedTrustees() const;

    static constexpr int kRequestsPerSecond = 20;

Q_SIGNALS:
    void connectionsChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer {
        Answer(
            int s = 200, QByteArray b = {}, QByteArray type = QByteArrayLiteral("application/json"))
            : status(s), body(std::move(b)), contentType(std::move(type))
        {
        }
        int status;
        QByteArray body;
        QByteArray contentType;
        QByteArray allow; // for 405
    };
    Answer route(const QHttpServerRequest &request, QTcpSocket *socket, bool &streaming);
    Answer state(qint64 trusteeId) const;
    Answer rate(qint64 trusteeId, const QString &indicator, const QByteArray &body);
    void openStream(QTcpSocket *socket, qint64 trusteeId);
    bool hostIsOurs(const QByteArray &host) const;
    bool withinRate(qint64 trusteeId);
    void write(QTcpSocket *socket, const Answer &answer, bool keepAlive);
    Answer error(int status, const QString &message) const;

    LiveSession &m_session;
    GuardedTcpServer *m_tcp = nullptr;
    GuardedTcpServer::Timeouts m_timeouts;
    QHostAddress m_address;
    quint16 m_port = 0;
    struct Stream {
        QPointer<QTcpSocket> socket;
        qint64 trusteeId = 0;
    };
    QList<Stream> m_streams;
    QTimer m_keepAlive;
    // The times of each trustee's last requests, for the rate limit.
    struct RateWindow {
        std::array<qint64, kRequestsPerSecond> at {};
        int next = 0;
    };
    QHash<qint64, RateWindow> m_rates;
    QElapsedTimer m_clock;
};

} // namespace strongtrust::live
