#include "live/GuardedTcpServer.h"

#include "live/HttpAnswer.h"

#include <QTcpSocket>
#include <QTimer>

namespace strongtrust::live {

namespace {

const char *kStreaming = "strongtrustStreaming";

} // namespace

GuardedTcpServer::GuardedTcpServer(QObject *parent) : QTcpServer(parent)
{
    // Qt HTTP Server takes each connection on newConnection; this runs after
    // it (connected later), to watch what the parser leaves unread.
}

void GuardedTcpServer::watchAfterServer()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        for (const QPointer<QTcpSocket> &s : std::as_const(m_awaitingAfterHook)) {
            if (!s)
                continue;
            QTcpSocket *socket = s.data();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { afterParser(socket); });
        }
        m_awaitingAfterHook.clear();
    });
}

void GuardedTcpServer::markStreaming(QTcpSocket *socket)
{
    socket->setProperty(kStreaming, true);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= kMaxConnections) {
        // Full: closed before a byte is read, so that those connected go on.
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    Watch &w = m_watches[socket];
    w.timer = new QTimer(socket);
    w.timer->setSingleShot(true);
    connect(w.timer, &QTimer::timeout, socket, [this, socket] {
        const Watch &watch = m_watches[socket];
        if (socket->property(kStreaming).toBool())
            return;
        if (watch.guard.midRequest())
            refuse(socket, 408, httpanswer::guardMessage(408));
        else
            socket->disconnectFromHost();
    });
    w.timer->start(m_timeouts.request);
    // Connected before Qt HTTP Server connects its own parser (on the
    // newConnection signal that addPendingConnection leads to), so it runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { beforeParser(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_watches.remove(socket);
        --m_open;
    });
    m_awaitingAfterHook.append(socket);
    addPendingConnection(socket);
}

void GuardedTcpServer::beforeParser(QTcpSocket *socket)
{
    Watch &w = m_watches[socket];
    if (w.refused || socket->property(kStreaming).toBool()) {
        // Nothing more is read from a refused connection or an event stream.
        socket->skip(socket->bytesAvailable());
        return;
    }
    const qint64 available = socket->bytesAvailable();
    if (available > w.scanned) {
        const QByteArray fresh = socket->peek(available).mid(w.scanned);
        const RequestGuard::Verdict v = w.guard.feed(fresh);
        w.scanned = available;
        if (const int status = RequestGuard::statusOf(v); status != 200) {
            refuse(socket, status, httpanswer::guardMessage(status));
            return;
        }
    }
    armTimer(socket, w);
}

void GuardedTcpServer::afterParser(QTcpSocket *socket)
{
    auto it = m_watches.find(socket);
    if (it == m_watches.end())
        return;
    // What the parser did not read (a next request sent early) was fed already.
    it->scanned = socket->bytesAvailable();
    armTimer(socket, *it);
}

void GuardedTcpServer::armTimer(QTcpSocket *socket, Watch &w)
{
    if (socket->property(kStreaming).toBool()) {
        w.timer->stop();
        return;
    }
    if (w.guard.midRequest()) {
        // The deadline runs from the request's first byte: a trickle of bytes
        // does not extend it.
        if (!w.timer->isActive() || w.timer->interval() != m_timeouts.request)
            w.timer->start(m_timeouts.request);
    } else {
        w.timer->start(m_timeouts.idle);
    }
}

void GuardedTcpServer::refuse(QTcpSocket *socket, int status, const QString &message)
{
    Watch &w = m_watches[socket];
    w.refused = true;
    w.timer->stop();
    socket->skip(socket->bytesAvailable());
    socket->write(httpanswer::errorResponse(status, message, /*close=*/true));
    socket->disconnectFromHost();
}

} // namespace strongtrust::live
