#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace strongtrust::live {

// Reads the bytes of one connection as they arrive, framing HTTP/1.1
// requests as Qt's parser will (request line, headers up to a blank line,
// a body of Content-Length bytes), so that a request breaking a limit is
// refused before any of it is buffered or parsed: Qt HTTP Server 6.4 itself
// reads lines and bodies of any length.
class RequestGuard
{
public:
    struct Limits {
        qsizetype requestLine = 8 * 1024;
        qsizetype headers = 32 * 1024; // the header block, after the request line
        qsizetype body = 16 * 1024; // the API's limit (live-rating.md)
    };
    enum class Verdict {
        Incomplete, // no request ended in these bytes
        Complete, // at least one request ended in them, and none broke a limit
        UriTooLong, // 414
        HeadersTooLarge, // 431
        BodyTooLarge, // 413
        LengthRequired, // 411: a chunked body, whose length is not known in advance
        Malformed, // 400: a Content-Length that is not a number
    };

    RequestGuard() = default;
    explicit RequestGuard(Limits limits) : m_limits(limits) { }

    // The bytes that arrived next, each given once. After a refusal the
    // connection is to be answered and closed; later bytes are ignored.
    Verdict feed(QByteArrayView bytes);
    // Part of a request has arrived but not all of it.
    bool midRequest() const { return m_state != State::Idle; }

    static int statusOf(Verdict verdict);

private:
    enum class State { Idle, RequestLine, Headers, Body, Refused };
    Verdict endHeaders();

    Limits m_limits;
    State m_state = State::Idle;
    qsizetype m_count = 0; // bytes of the current line, header block or body
    QByteArray m_headers; // the current header block, at most limits.headers
    qint64 m_bodyLeft = 0;
    Verdict m_refusal = Verdict::Incomplete;
};

} // namespace strongtrust::live
