#include "live/LiveServer.h"

#include "live/HttpAnswer.h"
#include "live/LiveSession.h"
#include "live/PageState.h"
#include "live/RatingPage.h"
#include "workbook/Workbook.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrl>

namespace strongtrust::live {

namespace {

const QByteArray kRatingsPrefix = QByteArrayLiteral("/api/v1/ratings/");

// Qt HTTP Server writes whole requests, headers and all, to its debug
// category; a trustee's token is in a header. Whatever the logging rules
// say (QT_LOGGING_RULES included), that category never logs.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void silenceHttpServerLogging(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

void installLoggingFilter()
{
    static const bool installed = [] {
        g_previousFilter = QLoggingCategory::installFilter(&silenceHttpServerLogging);
        return true;
    }();
    Q_UNUSED(installed);
}

// The detail of a refusal, without the workbook's file name: a trustee's
// device is told what was wrong with the rating, not where the file lives.
QString detailOf(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &d : errors)
        lines.append(d.message);
    return lines.join(QLatin1Char(' '));
}

} // namespace

LiveServer::LiveServer(LiveSession &session) : m_session(session)
{
    installLoggingFilter();
    m_clock.start();
    m_keepAlive.setInterval(15'000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        for (const Stream &s : std::as_const(m_streams)) {
            if (s.socket)
                s.socket->write(": keep-alive\n\n");
        }
    });
}

LiveServer::~LiveServer()
{
    closeAll();
}

Status LiveServer::listen(const QHostAddress &address, quint16 port)
{
    m_tcp = new GuardedTcpServer(this);
    m_tcp->setTimeouts(m_timeouts);
    if (!m_tcp->listen(address, port)) {
        const QString why = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return Diagnostic { {}, 0, 0, {},
            tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(why) };
    }
    bind(m_tcp);
    m_tcp->watchAfterServer();
    m_address = m_tcp->serverAddress();
    m_port = m_tcp->serverPort();
    m_keepAlive.start();
    return success();
}

void LiveServer::closeAll()
{
    m_keepAlive.stop();
    for (const Stream &s : std::as_const(m_streams)) {
        if (!s.socket)
            continue;
        s.socket->write("event: ended\ndata: {}\n\n");
        s.socket->disconnectFromHost();
    }
    m_streams.clear();
    if (!m_tcp)
        return;
    m_tcp->close();
    for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>())
        socket->disconnectFromHost();
}

void LiveServer::shutDownAndDelete()
{
    closeAll();
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, waited] {
        const bool flushed = !m_tcp || m_tcp->findChildren<QTcpSocket *>().isEmpty();
        if (flushed || waited.elapsed() > 2000)
            deleteLater();
    });
    poll->start();
}

void LiveServer::pushState()
{
    const QByteArray data = QJsonDocument(
        followJson(m_session.current(), m_session.openIndicators(), m_session.isLocked()))
                                .toJson(QJsonDocument::Compact);
    const QByteArray message = "event: state\ndata: " + data + "\n\n";
    m_streams.removeIf([](const Stream &s) { return !s.socket; });
    for (const Stream &s : std::as_const(m_streams))
        s.socket->write(message);
}

bool LiveServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket upgrade is not part of this API: answered by missingHandler.
    if (request.value(QByteArrayLiteral("upgrade")).size() > 0)
        return false;
    bool streaming = false;
    const Answer answer = route(request, socket, streaming);
    if (streaming)
        return true;
    if (answer.status != 200)
        m_session.countRefused();
    write(socket, answer, true);
    return true;
}

void LiveServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    m_session.countRefused();
    write(socket, error(404, tr("There is nothing at this address.")), false);
}

LiveServer::Answer LiveServer::error(int status, const QString &message) const
{
    return { status, httpanswer::errorBody(message) };
}

bool LiveServer::hostIsOurs(const QByteArray &host) const
{
    if (host.isEmpty())
        return true; // an HTTP/1.0 request names no host
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(host));
    if (!url.isValid() || url.port(80) != m_port)
        return false;
    const QString name = url.host();
    if (name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return m_address.isLoopback() || m_address == QHostAddress::Any
            || m_address == QHostAddress::AnyIPv4 || m_address == QHostAddress::AnyIPv6;
    // An address, never a name: a page of another site that renamed itself to
    // this machine (DNS rebinding) still names its own host here.
    const QHostAddress named(name);
    if (named.isNull())
        return false;
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address == QHostAddress::AnyIPv6)
        return true;
    return named.isEqual(m_address, QHostAddress::TolerantConversion);
}

bool LiveServer::withinRate(qint64 trusteeId)
{
    RateWindow &w = m_rates[trusteeId];
    const qint64 now = m_clock.elapsed() + 1'000'000; // never 0, the empty slot
    // The oldest of the last kRequestsPerSecond requests: a new one within a
    // second of it would be one too many.
    const qint64 oldest = w.at[w.next];
    if (oldest != 0 && now - oldest < 1000)
        return false;
    w.at[w.next] = now;
    w.next = (w.next + 1) % kRequestsPerSecond;
    return true;
}

LiveServer::Answer LiveServer::route(
    const QHttpServerRequest &request, QTcpSocket *socket, bool &streaming)
{
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    enum class Route { Join, State, Events, Rating };
    Route r;
    QString indicator;
    if (path == "/join") {
        r = Route::Join;
    } else if (path == "/api/v1/state") {
        r = Route::State;
    } else if (path == "/api/v1/events") {
        r = Route::Events;
    } else if (path.startsWith(kRatingsPrefix) && path.size() > kRatingsPrefix.size()) {
        const QByteArray segment = path.mid(kRatingsPrefix.size());
        indicator = QUrl::fromPercentEncoding(segment);
        if (segment.contains('/') || indicator.contains(QLatin1Char('/'))
            || indicator == QLatin1String(".") || indicator == QLatin1String(".."))
            return error(404, tr("There is nothing at this address."));
        r = Route::Rating;
    } else {
        return error(404, tr("There is nothing at this address."));
    }

    const QByteArray host = request.value(QByteArrayLiteral("host"));
    if (!hostIsOurs(host))
        return error(403, tr("The request names another server (Host header)."));
    const QByteArray origin = request.value(QByteArrayLiteral("origin"));
    if (!origin.isEmpty() && origin.compare(QByteArray("http://" + host), Qt::CaseInsensitive) != 0)
        return error(403, tr("Requests from another site are refused."));

    const auto method = request.method();
    const bool put = r == Route::Rating;
    if (put ? method != QHttpServerRequest::Method::Put
            : method != QHttpServerRequest::Method::Get) {
        Answer a = error(405, tr("This address does not take that method."));
        a.allow = put ? QByteArrayLiteral("PUT") : QByteArrayLiteral("GET");
        return a;
    }

    if (r == Route::Join) {
        return { 200, RatingPage::instance().html(),
            QByteArrayLiteral("text/html; charset=utf-8") };
    }

    const QByteArray authorization = request.value(QByteArrayLiteral("authorization"));
    const QByteArray bearer = QByteArrayLiteral("Bearer ");
    const qint64 trusteeId = authorization.startsWith(bearer)
        ? m_session.trusteeForToken(QString::fromLatin1(authorization.mid(bearer.size()).trimmed()))
        : 0;
    if (trusteeId == 0)
        return error(401,
            tr("This link is not valid: the live session has ended, or the link is not whole."));
    if (!withinRate(trusteeId))
        return error(429, tr("Too many requests: at most %1 a second.").arg(kRequestsPerSecond));

    switch (r) {
    case Route::State:
        return state(trusteeId);
    case Route::Events:
        openStream(socket, trusteeId);
        streaming = true;
        return {};
    case Route::Rating:
        break;
    case Route::Join:
        Q_UNREACHABLE();
    }
    const QByteArray type = request.value(QByteArrayLiteral("content-type"));
    if (type.split(';').first().trimmed().toLower() != "application/json")
        return error(415, tr("A rating is sent as JSON (Content-Type: application/json)."));
    if (request.body().size() > 16 * 1024)
        return error(413, httpanswer::guardMessage(413));
    return rate(trusteeId, indicator, request.body());
}

LiveServer::Answer LiveServer::state(qint64 trusteeId) const
{
    const Workbook &wb = m_session.workbook();
    const auto assessment = wb.assessment(m_session.assessmentId());
    const auto trustee = wb.trustee(trusteeId);
    if (!assessment || !trustee)
        return error(401,
            tr("This link is not valid: the live session has ended, or the link is "
               "not whole."));
    PageState s;
    s.mode = QStringLiteral("live");
    s.trust = wb.trustName();
    s.assessment = *assessment;
    s.framework = &m_session.framework();
    s.trusteeName = trustee->name;
    s.ratings = m_session.ratingsOf(trusteeId).values();
    s.current = m_session.current();
    s.open = m_session.openIndicators();
    s.locked = m_session.isLocked();
    return { 200, QJsonDocument(pageStateJson(s)).toJson(QJsonDocument::Compact) };
}

LiveServer::Answer LiveServer::rate(
    qint64 trusteeId, const QString &indicator, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(400,
            tr("The body is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset + 1));
    if (!doc.isObject())
        return error(400, tr("The body must be a JSON object, such as {\"level\": 3}."));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("level") && it.key() != QLatin1String("note"))
            return error(400,
                tr("Unknown field \"%1\": a rating has \"level\" and \"note\".")
                    .arg(it.key().left(100)));
    }
    const Framework &fw = m_session.framework();
    if (!fw.findIndicator(indicator))
        return error(400, tr("Unknown indicator \"%1\".").arg(indicator.left(200)));
    if (!o.contains(QLatin1String("level")))
        return error(400, tr("The rating has no \"level\": give a level, \"na\" or null."));
    const QJsonValue level = o.value(QLatin1String("level"));
    RatingValue value;
    if (level.isDouble()) {
        if (fw.scale.indexOf(level.toDouble()) < 0)
            return error(400,
                tr("Level %1 is not on the scale (%2 to %3).")
                    .arg(formatLevelValue(level.toDouble()), formatLevelValue(fw.scale.minValue()),
                        formatLevelValue(fw.scale.maxValue())));
        value = RatingValue::of(level.toDouble());
    } else if (level.isString() && level.toString() == QLatin1String("na")) {
        if (!fw.scale.allowNotApplicable)
            return error(400, tr("This framework's scale has no \"not applicable\"."));
        value = RatingValue::notApplicable();
    } else if (!level.isNull()) {
        return error(400, tr("\"level\" must be a level of the scale, \"na\" or null."));
    }
    std::optional<QString> note;
    if (o.contains(QLatin1String("note"))) {
        if (!o.value(QLatin1String("note")).isString())
            return error(400, tr("\"note\" must be a text."));
        note = o.value(QLatin1String("note")).toString();
        if (note->size() > kDeviceNoteLimit)
            return error(400,
                tr("The note is %1 characters long; a note from a device is at most %2.")
                    .arg(note->size())
                    .arg(kDeviceNoteLimit));
    }
    if (m_session.isLocked())
        return error(
            409, tr("Rating has ended: the assessment is signed off or cannot be changed."));
    if (!m_session.isOpen(indicator))
        return error(409, tr("The clerk has closed rating for this indicator."));

    const auto stored = m_session.rateFromDevice(trusteeId, indicator, value, note);
    if (!stored) {
        if (m_session.isLocked() || !m_session.isOpen(indicator))
            return error(409, detailOf(stored.errors()));
        return error(400, detailOf(stored.errors()));
    }
    const std::optional<Rating> &r = stored.value();
    const QJsonObject answer {
        { QStringLiteral("indicator"), indicator },
        { QStringLiteral("level"), r ? levelJson(r->value) : QJsonValue() },
        { QStringLiteral("note"), r ? r->note : QString() },
    };
    return { 200, QJsonDocument(answer).toJson(QJsonDocument::Compact) };
}

QSet<qint64> LiveServer::connectedTrustees() const
{
    QSet<qint64> ids;
    for (const Stream &s : m_streams) {
        if (s.socket && s.socket->state() == QAbstractSocket::ConnectedState)
            ids.insert(s.trusteeId);
    }
    return ids;
}

void LiveServer::openStream(QTcpSocket *socket, qint64 trusteeId)
{
    GuardedTcpServer::markStreaming(socket);
    connect(socket, &QTcpSocket::disconnected, this, &LiveServer::connectionsChanged);
    QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\n");
    for (const auto &[name, value] : httpanswer::securityHeaders())
        head += name + ": " + value + "\r\n";
    // No length: the stream's body ends when the connection does.
    head += "Content-Type: text/event-stream; charset=utf-8\r\nConnection: close\r\n\r\n";
    socket->write(head);
    m_streams.append({ socket, trusteeId });
    const QByteArray data = QJsonDocument(
        followJson(m_session.current(), m_session.openIndicators(), m_session.isLocked()))
                                .toJson(QJsonDocument::Compact);
    socket->write("retry: 2000\nevent: state\ndata: " + data + "\n\n");
    Q_EMIT connectionsChanged();
}

void LiveServer::write(QTcpSocket *socket, const Answer &a, bool keepAlive)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray r = "HTTP/1.1 " + QByteArray::number(a.status) + ' '
        + httpanswer::reasonPhrase(a.status) + "\r\n";
    for (const auto &[name, value] : httpanswer::securityHeaders())
        r += name + ": " + value + "\r\n";
    r += "Content-Type: " + a.contentType
        + "\r\nContent-Length: " + QByteArray::number(a.body.size()) + "\r\n";
    if (!a.allow.isEmpty())
        r += "Allow: " + a.allow + "\r\n";
    if (!keepAlive)
        r += "Connection: close\r\n";
    socket->write(r + "\r\n" + a.body);
    // Out now, not on the event loop's next pass: a device whose rating is
    // committed is told at once, not after the other ratings that arrived
    // with it have been committed too.
    socket->flush();
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace strongtrust::live
