#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace strongtrust::live::httpanswer {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// What every page and API answer carries (live-rating.md): no caching, a
// Content-Security-Policy allowing only the server's own origin (the page's
// one script and one style by hash), no content sniffing, no framing, no
// Referer. No CORS header is ever sent.
Headers securityHeaders();
// The policy for the page, allowing its own inline script and style by hash.
QByteArray pageSecurityPolicy();

// `{"error": message}` as JSON.
QByteArray errorBody(const QString &message);
// A whole HTTP/1.1 response, written straight to a socket where Qt's
// responder is not used (a refusal before parsing).
QByteArray errorResponse(int status, const QString &message, bool close);
QByteArray reasonPhrase(int status);
// The sentence for a refusal by the guard (413, 414, 431, 411, 400, 408).
QString guardMessage(int status);

} // namespace strongtrust::live::httpanswer
