#pragma once

// A trustee's device, as far as the GUI tests need one: requests to a live
// session's HTTP API over real sockets, as the rating page sends them.
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace strongtrust::test {

struct LiveAnswer {
    int status = 0; // 0: no answer (refused, closed)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

class LiveClient
{
public:
    LiveClient() { m_nam.setProxy(QNetworkProxy::NoProxy); } // the room's network, not a proxy's

    // `verb` to BASE + `path`, with the token as a Bearer credential; waits
    // (running the event loop, so an in-process server answers) up to ten seconds.
    LiveAnswer send(const QByteArray &verb, const QUrl &base, const QString &path,
        const QString &token, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(base.toString() + path));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        LiveAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        reply->abort();
        delete reply;
        return a;
    }

    // PUT /api/v1/ratings/INDICATOR {"level": LEVEL}
    LiveAnswer rate(const QUrl &base, const QString &token, const QString &indicator, int level)
    {
        return send("PUT", base, QStringLiteral("/api/v1/ratings/") + indicator, token,
            QStringLiteral("{\"level\": %1}").arg(level).toUtf8());
    }

private:
    QNetworkAccessManager m_nam;
};

} // namespace strongtrust::test
