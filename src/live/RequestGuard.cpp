#include "live/RequestGuard.h"

#include <QList>

namespace strongtrust::live {

RequestGuard::Verdict RequestGuard::feed(QByteArrayView bytes)
{
    bool completed = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        switch (m_state) {
        case State::Refused:
            return m_refusal;
        case State::Idle:
            // Qt skips white space left over between requests.
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v')
                break;
            m_state = State::RequestLine;
            m_count = 0;
            [[fallthrough]];
        case State::RequestLine:
            if (c == '\n') {
                m_state = State::Headers;
                m_headers.clear();
                break;
            }
            if (++m_count > m_limits.requestLine) {
                m_state = State::Refused;
                return m_refusal = Verdict::UriTooLong;
            }
            break;
        case State::Headers:
            if (m_headers.size() >= m_limits.headers) {
                m_state = State::Refused;
                return m_refusal = Verdict::HeadersTooLarge;
            }
            m_headers.append(c);
            if (c == '\n'
                && (m_headers == "\n" || m_headers == "\r\n" || m_headers.endsWith("\n\n")
                    || m_headers.endsWith("\n\r\n"))) {
                if (const Verdict v = endHeaders(); v != Verdict::Complete) {
                    m_state = State::Refused;
                    return m_refusal = v;
                }
                if (m_state == State::Idle)
                    completed = true;
            }
            break;
        case State::Body: {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size() - i);
            m_bodyLeft -= take;
            i += take - 1;
            if (m_bodyLeft == 0) {
                m_state = State::Idle;
                completed = true;
            }
            break;
        }
        }
    }
    return completed ? Verdict::Complete : Verdict::Incomplete;
}

RequestGuard::Verdict RequestGuard::endHeaders()
{
    qint64 length = 0;
    for (const QByteArray &line : m_headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return Verdict::LengthRequired;
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return Verdict::Malformed;
            if (length > m_limits.body)
                return Verdict::BodyTooLarge;
        }
    }
    m_headers.clear();
    m_bodyLeft = length;
    m_state = length > 0 ? State::Body : State::Idle;
    return Verdict::Complete;
}

int RequestGuard::statusOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::UriTooLong:
        return 414;
    case Verdict::HeadersTooLarge:
        return 431;
    case Verdict::BodyTooLarge:
        return 413;
    case Verdict::LengthRequired:
        return 411;
    case Verdict::Malformed:
        return 400;
    case Verdict::Incomplete:
    case Verdict::Complete:
        break;
    }
    return 200;
}

} // namespace strongtrust::live
