#include "live/HttpTestClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QThread>

namespace strongtrust::test {

namespace {

// Turns the event loop for up to `ms`, until `done` holds.
template <typename F> bool spin(int ms, F done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::usleep(200);
    }
    return true;
}

} // namespace

QByteArray httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray r
        = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : headers)
        r += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "PUT")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

HttpTestClient::HttpTestClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    spin(5000, [this] { return m_socket.state() == QAbstractSocket::ConnectedState; });
}

void HttpTestClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

HttpReply HttpTestClient::reply(int timeoutMs)
{
    HttpReply r;
    auto parse = [&]() -> bool {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        qint64 length = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                r.headers.insert(name, lines[i].mid(colon + 1).trimmed());
                if (name == "content-length")
                    length = lines[i].mid(colon + 1).trimmed().toLongLong();
            }
        }
        if (length < 0 || m_buffer.size() < end + 4 + length)
            return false;
        r.status = lines[0].split(' ').value(1).toInt();
        r.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return true;
    };
    const bool whole = spin(timeoutMs, [&] {
        if (parse())
            return true;
        return m_socket.state() == QAbstractSocket::UnconnectedState
            && m_socket.bytesAvailable() == 0;
    });
    if (!whole || r.status == 0) {
        r.headers.clear();
        r.status = 0;
    }
    r.closed = m_socket.state() == QAbstractSocket::UnconnectedState;
    return r;
}

bool HttpTestClient::waitClosed(int timeoutMs)
{
    return spin(timeoutMs, [this] {
        m_buffer += m_socket.readAll();
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    });
}

QByteArray HttpTestClient::readUntil(const QByteArray &needle, int timeoutMs)
{
    spin(timeoutMs, [&] {
        m_buffer += m_socket.readAll();
        return m_buffer.contains(needle);
    });
    return m_buffer;
}

HttpReply HttpTestClient::request(quint16 port, const QByteArray &method, const QByteArray &path,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    HttpTestClient client(port);
    client.send(httpRequest(port, method, path, headers, body));
    return client.reply();
}

} // namespace strongtrust::test
