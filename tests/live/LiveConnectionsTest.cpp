// Hostile and unlucky connections to the live service: oversized requests,
// slow and dropped clients, many connections, a stop mid-burst. Each is
// refused or survived, changes nothing it should not, and everyone else is
// still served.
#include "live/LiveFixture.h"
#include "live/RequestGuard.h"

#include <QThread>

#include <memory>

namespace strongtrust::test {

using LiveConnections = LiveFixture;

namespace {

QByteArray ratingRequest(quint16 port, const QString &indicator, const QByteArray &token,
    const QByteArray &body = R"({"level": 3})")
{
    return httpRequest(port, "PUT", "/api/v1/ratings/" + indicator.toUtf8(),
        { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } }, body);
}

} // namespace

TEST_F(LiveConnections, AMegabyteBodyIs413BeforeItIsRead)
{
    HttpTestClient client(port());
    const QByteArray body(1024 * 1024, 'a');
    client.send(ratingRequest(port(), indicator, tokenOf(QStringLiteral("Jane Smith")), body));
    const HttpReply r = client.reply();
    EXPECT_EQ(r.status, 413);
    EXPECT_TRUE(client.waitClosed(2000));
    EXPECT_TRUE(storedRatings().isEmpty());
    EXPECT_EQ(put(indicator, R"({"level": 3})", QStringLiteral("Jane Smith")).status, 200);
}

TEST_F(LiveConnections, AHundredKilobyteRequestLineOrHeaderIsRefused)
{
    const QByteArray huge(100 * 1024, 'b');
    HttpTestClient line(port());
    line.send("GET /join?" + huge + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_EQ(line.reply().status, 414);
    EXPECT_TRUE(line.waitClosed(2000));

    HttpTestClient header(port());
    header.send(httpRequest(port(), "GET", "/join", { { "X-Filler", huge } }));
    EXPECT_EQ(header.reply().status, 431);
    EXPECT_TRUE(header.waitClosed(2000));

    HttpTestClient many(port());
    QByteArray lots = "GET /join HTTP/1.1\r\n";
    for (int i = 0; i < 5000; ++i)
        lots += "X-" + QByteArray::number(i) + ": 1\r\n";
    many.send(lots + "\r\n");
    EXPECT_EQ(many.reply().status, 431);
    EXPECT_EQ(get("/join", {}).status, 200);
}

TEST_F(LiveConnections, AChunkedOrUnmeasuredBodyIsRefused)
{
    HttpTestClient chunked(port());
    chunked.send("PUT /api/v1/ratings/" + indicator.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + tokenOf(QStringLiteral("Jane Smith"))
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          "c\r\n{\"level\": 3}\r\n0\r\n\r\n");
    EXPECT_EQ(chunked.reply().status, 411);
    HttpTestClient garbled(port());
    garbled.send(
        "PUT /api/v1/ratings/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: lots\r\n\r\n");
    EXPECT_EQ(garbled.reply().status, 400);
    EXPECT_TRUE(storedRatings().isEmpty());
}

TEST_F(LiveConnections, ASlowClientIsCutOffAndOthersAreServedMeanwhile)
{
    session->stop();
    session->setConnectionTimeouts(800, 5000);
    ASSERT_TRUE(session->start(QHostAddress::LocalHost, 0));
    HttpTestClient slow(port());
    const QByteArray request
        = ratingRequest(port(), indicator, tokenOf(QStringLiteral("Jane Smith")));
    QElapsedTimer t;
    t.start();
    qsizetype sent = 0;
    while (slow.isConnected() && sent < request.size() && t.elapsed() < 5000) {
        slow.send(request.mid(sent++, 1));
        // Meanwhile another trustee is answered at once.
        if (sent == 3) {
            EXPECT_EQ(get("/api/v1/state", QStringLiteral("Sam Patel")).status, 200);
        }
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 100)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    const HttpReply r = slow.reply(2000);
    EXPECT_TRUE(r.status == 408 || r.status == 0) << r.status;
    EXPECT_TRUE(slow.waitClosed(2000));
    EXPECT_LT(t.elapsed(), 4000);
    EXPECT_LT(sent, request.size());
    EXPECT_TRUE(storedRatings().isEmpty());
}

TEST_F(LiveConnections, TwoHundredConnectionsAtOnceDoNotStopTheService)
{
    std::vector<std::unique_ptr<HttpTestClient>> crowd;
    for (int i = 0; i < 200; ++i) {
        crowd.push_back(std::make_unique<HttpTestClient>(port()));
        // Half of them start a request and never finish it.
        if (i % 2)
            crowd.back()->send("GET /api/v1/state HTTP/1.1\r\nHost: 127");
    }
    int connected = 0;
    for (const auto &c : crowd)
        connected += c->isConnected();
    EXPECT_EQ(connected, 200);
    EXPECT_EQ(put(indicator, R"({"level": 4})", QStringLiteral("Ada Lovelace")).status, 200);
    EXPECT_EQ(get("/join", {}).status, 200);
    EXPECT_EQ(storedRatings().size(), 1);
}

TEST_F(LiveConnections, ARequestCutOffMidBodyStoresNothing)
{
    {
        HttpTestClient dropped(port());
        const QByteArray request = ratingRequest(port(), indicator,
            tokenOf(QStringLiteral("Jane Smith")), R"({"level": 3, "note": "half"})");
        dropped.send(request.left(request.size() - 10));
        QCoreApplication::processEvents();
        dropped.socket().abort();
    }
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    EXPECT_TRUE(storedRatings().isEmpty());
    // The page's retry then lands it, once.
    EXPECT_EQ(
        put(indicator, R"({"level": 3, "note": "half"})", QStringLiteral("Jane Smith")).status,
        200);
    EXPECT_EQ(
        put(indicator, R"({"level": 3, "note": "half"})", QStringLiteral("Jane Smith")).status,
        200);
    EXPECT_EQ(storedRatings().size(), 1);
}

TEST_F(LiveConnections, StoppingWhileRatingsArriveAnswersExactlyWhatWasStored)
{
    const QStringList names { QStringLiteral("Jane Smith"), QStringLiteral("Sam Patel"),
        QStringLiteral("Ada Lovelace") };
    std::vector<std::unique_ptr<HttpTestClient>> clients;
    const int entries = auditCount();
    const Framework &fw = session->framework();
    for (int i = 0; i < 15; ++i) {
        clients.push_back(std::make_unique<HttpTestClient>(port()));
        clients.back()->send(
            ratingRequest(port(), fw.domains[1].indicators[i % 5].fullId, tokenOf(names[i % 3])));
    }
    // Some arrive before the stop, some after.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    session->stop();
    int answered = 0;
    for (const auto &c : clients)
        answered += c->reply(1500).status == 200;
    EXPECT_EQ(storedRatings().size(), answered);
    EXPECT_EQ(int(wb->auditLog(assessmentId).size()), entries + answered);
}

TEST(RequestGuard, FramesRequestsAsTheyArriveWhateverTheSplit)
{
    using V = live::RequestGuard::Verdict;
    const QByteArray two = "PUT /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                           "GET /b HTTP/1.1\r\n\r\n";
    for (qsizetype split = 1; split < two.size(); ++split) {
        live::RequestGuard g;
        const V first = g.feed(QByteArrayView(two).first(split));
        const V rest = g.feed(QByteArrayView(two).sliced(split));
        EXPECT_NE(first, V::BodyTooLarge);
        EXPECT_EQ(rest, V::Complete) << split;
        EXPECT_FALSE(g.midRequest()) << split;
    }
    live::RequestGuard g;
    EXPECT_EQ(g.feed("GET / HTTP/1.1\r\nHost: x"), V::Incomplete);
    EXPECT_TRUE(g.midRequest());
}

TEST(RequestGuard, RefusesEachLimitWithItsStatus)
{
    using V = live::RequestGuard::Verdict;
    live::RequestGuard::Limits small { 12, 40, 5 }; // the line counts its CR
    EXPECT_EQ(live::RequestGuard(small).feed("GET /0123456789 HTTP/1.1\r\n"), V::UriTooLong);
    EXPECT_EQ(live::RequestGuard(small).feed(
                  "GET / HTTP\r\nX-Long: 0123456789012345678901234567890123\r\n\r\n"),
        V::HeadersTooLarge);
    EXPECT_EQ(
        live::RequestGuard(small).feed("PUT / HTTP\r\nContent-Length: 6\r\n\r\n"), V::BodyTooLarge);
    EXPECT_EQ(live::RequestGuard(small).feed("PUT / HTTP\r\nContent-Length: 5\r\n\r\n12345"),
        V::Complete);
    EXPECT_EQ(
        live::RequestGuard(small).feed("PUT / HTTP\r\nContent-Length: -1\r\n\r\n"), V::Malformed);
    EXPECT_EQ(live::RequestGuard(small).feed("PUT / HTTP\r\nTransfer-Encoding: chunked\r\n\r\n"),
        V::LengthRequired);
    EXPECT_EQ(live::RequestGuard::statusOf(V::HeadersTooLarge), 431);
    EXPECT_EQ(live::RequestGuard::statusOf(V::UriTooLong), 414);
    EXPECT_EQ(live::RequestGuard::statusOf(V::BodyTooLarge), 413);
}

} // namespace strongtrust::test
