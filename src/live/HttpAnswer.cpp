#include "live/HttpAnswer.h"

#include "live/RatingPage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace strongtrust::live::httpanswer {

QByteArray pageSecurityPolicy()
{
    const RatingPage &page = RatingPage::instance();
    return QByteArrayLiteral("default-src 'none'; script-src 'self' ") + page.scriptHash()
        + QByteArrayLiteral("; style-src 'self' ") + page.styleHash()
        + QByteArrayLiteral("; connect-src 'self'; img-src 'self' data:; base-uri 'none';"
                            " form-action 'none'; frame-ancestors 'none'");
}

Headers securityHeaders()
{
    return {
        { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") },
        { QByteArrayLiteral("Content-Security-Policy"), pageSecurityPolicy() },
        { QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") },
        { QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY") },
        { QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer") },
    };
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), message } })
        .toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray errorResponse(int status, const QString &message, bool close)
{
    const QByteArray body = errorBody(message);
    QByteArray r = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' '
        + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : securityHeaders())
        r += name + ": " + value + "\r\n";
    r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n";
    if (close)
        r += "Connection: close\r\n";
    return r + "\r\n" + body;
}

QString guardMessage(int status)
{
    switch (status) {
    case 413:
        return QCoreApplication::translate("strongtrust::live::HttpAnswer",
            "The request body is over 16 KiB, the most the rating service accepts.");
    case 414:
        return QCoreApplication::translate(
            "strongtrust::live::HttpAnswer", "The request line is over 8 KiB.");
    case 431:
        return QCoreApplication::translate(
            "strongtrust::live::HttpAnswer", "The request's headers are over 32 KiB.");
    case 411:
        return QCoreApplication::translate("strongtrust::live::HttpAnswer",
            "A request body must say its length (Content-Length); chunked bodies are not "
            "accepted.");
    case 408:
        return QCoreApplication::translate(
            "strongtrust::live::HttpAnswer", "The request took too long to arrive.");
    default:
        return QCoreApplication::translate(
            "strongtrust::live::HttpAnswer", "The request's Content-Length is not a number.");
    }
}

} // namespace strongtrust::live::httpanswer
