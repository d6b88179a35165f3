#pragma once

#include "live/RequestGuard.h"

#include <QHash>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace strongtrust::live {

// The listening socket of the live service. Each connection it accepts is
// watched before Qt HTTP Server's parser reads it: a request over a limit is
// answered (414, 431, 413, 411, 400) and the connection closed; a request
// that takes too long to arrive (a client sending a byte a second) is closed
// with 408; an idle connection is closed; and beyond a number of open
// connections new ones are closed at once, so that no client can hold the
// service for everyone else.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Timeouts {
        int request = 10'000; // ms from a request's first byte to its last
        int idle = 75'000; // ms a kept-alive connection may wait for its next request
    };
    static constexpr int kMaxConnections = 1000;

    explicit GuardedTcpServer(QObject *parent = nullptr);
    void setTimeouts(Timeouts t) { m_timeouts = t; }

    // Call after QAbstractHttpServer::bind(this): the guard then also sees
    // what Qt's parser left unread on each connection.
    void watchAfterServer();

    // A connection now carries an event stream: no more requests are
    // expected on it, and it is not idle.
    static void markStreaming(QTcpSocket *socket);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Watch {
        RequestGuard guard;
        qint64 scanned = 0; // bytes at the front of the buffer already fed to the guard
        QTimer *timer = nullptr;
        bool refused = false;
    };
    void beforeParser(QTcpSocket *socket);
    void afterParser(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QString &message);
    void armTimer(QTcpSocket *socket, Watch &w);

    Timeouts m_timeouts;
    QHash<QTcpSocket *, Watch> m_watches;
    QList<QPointer<QTcpSocket>> m_awaitingAfterHook;
    int m_open = 0;
};

} // namespace strongtrust::live
