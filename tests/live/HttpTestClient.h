#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpSocket>

namespace strongtrust::test {

struct HttpReply {
    int status = 0; // 0: no answer (closed, or timed out)
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool closed = false; // the server closed the connection
};

// A raw HTTP/1.1 client on one connection, for tests of the live service in
// the same thread: it turns the event loop while it waits, so the server
// answers. Raw bytes go out as given, so hostile requests are what they say.
class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // The next whole answer (by Content-Length), or what came before the
    // connection closed or `timeoutMs` passed.
    HttpReply reply(int timeoutMs = 5000);
    // Waits until the server closes the connection.
    bool waitClosed(int timeoutMs);
    // Reads what has arrived on an event stream until `needle` is in it.
    QByteArray readUntil(const QByteArray &needle, int timeoutMs);
    QTcpSocket &socket() { return m_socket; }

    // One request on a new connection.
    static HttpReply request(quint16 port, const QByteArray &method, const QByteArray &path,
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// A request's bytes: the Host header first, then `headers`, then the body with its length.
QByteArray httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});

} // namespace strongtrust::test
