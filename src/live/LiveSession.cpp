#include "live/LiveSession.h"

#include "live/LiveServer.h"
#include "workbook/Workbook.h"

#include <QRandomGenerator>

namespace strongtrust::live {

namespace {

// 256 bits from the system's cryptographically secure generator, base64url
// without padding: 43 characters, fit for a URL fragment.
QString newToken()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof words);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Compares in time that depends on the length only, so that a guess learns
// nothing from how long a refusal took.
bool sameToken(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t differ = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differ |= a[i].unicode() ^ b[i].unicode();
    return differ == 0;
}

} // namespace

LiveSession::LiveSession(Workbook &workbook, qint64 assessmentId, QObject *parent)
    : QObject(parent), m_workbook(workbook), m_assessmentId(assessmentId)
{
}

LiveSession::~LiveSession()
{
    // Not stop(): no signal to a half-destroyed owner. The server, a child,
    // goes with the session.
    m_tokens.clear();
    if (m_server)
        m_server->closeAll();
}

Status LiveSession::start(const QHostAddress &address, quint16 port)
{
    stop();
    const auto info = m_workbook.assessment(m_assessmentId);
    if (!info)
        return Diagnostic { m_workbook.path(), 0, 0, {}, tr("there is no such assessment") };
    auto fw = m_workbook.framework(info->frameworkKey);
    if (!fw)
        return fw.errors();
    m_framework = std::move(fw).value();
    QList<Trustee> active;
    for (const Trustee &t : m_workbook.trustees()) {
        if (!t.retired)
            active.append(t);
    }
    if (active.isEmpty())
        return Diagnostic { m_workbook.path(), 0, 0, {},
            tr("the workbook has no active trustee to rate: add the board's trustees first") };

    auto *server = new LiveServer(*this);
    server->setParent(this);
    if (m_requestTimeout > 0)
        server->setTimeouts({ m_requestTimeout, m_idleTimeout });
    if (auto s = server->listen(address, port); !s) {
        delete server;
        return s;
    }
    m_server = server;
    connect(server, &QObject::destroyed, this, &LiveSession::closed);
    connect(server, &LiveServer::connectionsChanged, this, &LiveSession::connectionsChanged);
    m_tokens.clear();
    m_links.clear();
    m_closed.clear();
    m_current.clear();
    const QUrl base = baseUrl();
    for (const Trustee &t : active) {
        const QString token = newToken();
        m_tokens.insert(token, t.id);
        QUrl url = base;
        url.setPath(QStringLiteral("/join"));
        url.setFragment(token);
        m_links.append({ t.id, t.name, url });
    }
    connect(this, &LiveSession::stateChanged, m_server.data(), &LiveServer::pushState);
    Q_EMIT started();
    return success();
}

void LiveSession::setConnectionTimeouts(int requestMs, int idleMs)
{
    m_requestTimeout = requestMs;
    m_idleTimeout = idleMs;
}

void LiveSession::stop()
{
    if (!m_server)
        return;
    m_tokens.clear();
    m_links.clear();
    LiveServer *server = m_server.data();
    m_server = nullptr;
    disconnect(this, nullptr, server, nullptr);
    // Deleted later: the sockets it closes are still flushing their last
    // answers, and this may be called from inside one of its own handlers.
    server->shutDownAndDelete();
    Q_EMIT stopped();
}

bool LiveSession::isRunning() const
{
    return m_server != nullptr;
}

QUrl LiveSession::baseUrl() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_server->address();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_server->port());
    return url;
}

QUrl LiveSession::joinUrl() const
{
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(QStringLiteral("/join"));
    return url;
}

QList<TrusteeLink> LiveSession::links() const
{
    return m_links;
}

qint64 LiveSession::trusteeForToken(const QString &token) const
{
    qint64 found = 0;
    // Every token is compared, whichever matches.
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        if (sameToken(it.key(), token))
            found = it.value();
    }
    return found;
}

void LiveSession::setCurrent(const QString &indicator)
{
    const QString next = m_framework.findIndicator(indicator) ? indicator : QString();
    if (next == m_current)
        return;
    m_current = next;
    Q_EMIT stateChanged();
}

void LiveSession::setOpen(const QString &indicator, bool open)
{
    if (!m_framework.findIndicator(indicator) || open == !m_closed.contains(indicator))
        return;
    if (open)
        m_closed.remove(indicator);
    else
        m_closed.insert(indicator);
    Q_EMIT stateChanged();
}

bool LiveSession::isOpen(const QString &indicator) const
{
    return m_framework.findIndicator(indicator) && !m_closed.contains(indicator);
}

QStringList LiveSession::openIndicators() const
{
    QStringList open;
    for (const Domain &d : m_framework.domains) {
        for (const Indicator &i : d.indicators) {
            if (!m_closed.contains(i.fullId))
                open.append(i.fullId);
        }
    }
    return open;
}

bool LiveSession::isLocked() const
{
    if (m_workbook.isReadOnly())
        return true;
    const auto info = m_workbook.assessment(m_assessmentId);
    return !info || info->isFinal();
}

void LiveSession::refresh()
{
    Q_EMIT stateChanged();
}

Result<std::optional<Rating>> LiveSession::rateFromDevice(qint64 trusteeId,
    const QString &indicator, const RatingValue &value, const std::optional<QString> &note)
{
    if (!isOpen(indicator))
        return Diagnostic { {}, 0, 0, {}, tr("rating is closed for this indicator") };
    const auto trustee = m_workbook.trustee(trusteeId);
    if (!trustee)
        return Diagnostic { {}, 0, 0, {}, tr("no such trustee") };
    QString keptNote;
    if (!note) {
        const QHash<QString, Rating> mine = ratingsOf(trusteeId);
        keptNote = mine.value(indicator).note;
    }
    WorkbookDatabase::ScopedAuthor author(
        m_workbook.file(), trustee->name, QStringLiteral("device"));
    auto stored = m_workbook.setRating(
        m_assessmentId, trusteeId, indicator, value, note ? *note : keptNote);
    if (stored)
        Q_EMIT ratingStored(trusteeId, indicator, stored.value());
    return stored;
}

QSet<qint64> LiveSession::connectedTrustees() const
{
    return m_server ? m_server->connectedTrustees() : QSet<qint64> {};
}

QHash<QString, Rating> LiveSession::ratingsOf(qint64 trusteeId) const
{
    QHash<QString, Rating> byIndicator;
    for (const Rating &r : m_workbook.ratings().ratingsOf(m_assessmentId, trusteeId))
        byIndicator.insert(r.indicator, r);
    return byIndicator;
}

} // namespace strongtrust::live
