// The HTTP API of a live session (live-rating.md), over real HTTP on
// loopback: every status code and rule, each refusal changing nothing.
#include "framework/FrameworkLoader.h"
#include "live/LiveFixture.h"
#include "live/LiveServer.h"
#include "live/PageState.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace strongtrust::test {

namespace {

QJsonObject json(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString errorOf(const HttpReply &r)
{
    return json(r).value(QLatin1String("error")).toString();
}

} // namespace

using LiveApi = LiveFixture;

TEST_F(LiveApi, EachActiveTrusteeHasAPersonalLinkWithAStrongToken)
{
    const auto links = session->links();
    ASSERT_EQ(links.size(), 3); // not the retired trustee
    QSet<QString> tokens;
    for (const live::TrusteeLink &l : links) {
        EXPECT_EQ(l.url.path(), QStringLiteral("/join"));
        const QString token = l.url.fragment();
        // 256 bits, base64url: 43 characters of [A-Za-z0-9_-].
        EXPECT_EQ(token.size(), 43);
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(token).hasMatch());
        tokens.insert(token);
    }
    EXPECT_EQ(tokens.size(), 3);
}

TEST_F(LiveApi, ThePageIsTheSameForEveryoneAndCarriesTheSecurityHeaders)
{
    const HttpReply page = get("/join", {});
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.headers.value("content-type").startsWith("text/html"));
    EXPECT_TRUE(page.body.contains("<!DOCTYPE html>"));
    EXPECT_FALSE(page.body.contains(tokenOf(QStringLiteral("Jane Smith"))));
    for (const HttpReply &r : { page, get("/api/v1/state", QStringLiteral("Jane Smith")),
             get("/nowhere", {}), get("/api/v1/state", {}) }) {
        EXPECT_EQ(r.headers.value("cache-control"), "no-store") << r.status;
        EXPECT_EQ(r.headers.value("x-content-type-options"), "nosniff") << r.status;
        const QByteArray csp = r.headers.value("content-security-policy");
        EXPECT_TRUE(csp.startsWith("default-src 'none'; script-src 'self' 'sha256-")) << csp.data();
        EXPECT_TRUE(csp.contains("connect-src 'self'")) << csp.data();
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
            EXPECT_FALSE(it.key().startsWith("access-control-")) << it.key().data();
    }
}

TEST_F(LiveApi, StateHoldsTheFrameworkAndOnlyThisTrusteesOwnRatings)
{
    ASSERT_EQ(put(indicator, R"({"level": 3, "note": "Jane's private note"})",
                  QStringLiteral("Jane Smith"))
                  .status,
        200);
    ASSERT_EQ(put(second, R"({"level": 2, "note": "Sam's own view"})", QStringLiteral("Sam Patel"))
                  .status,
        200);
    session->setCurrent(indicator);
    session->setOpen(second, false);

    const HttpReply jane = get("/api/v1/state", QStringLiteral("Jane Smith"));
    ASSERT_EQ(jane.status, 200);
    const QJsonObject s = json(jane);
    EXPECT_EQ(
        s.value(QLatin1String("trust")).toString(), QStringLiteral("Oakfield Learning Trust"));
    EXPECT_EQ(s.value(QLatin1String("period")).toString(), QStringLiteral("2025/26"));
    EXPECT_EQ(s.value(QLatin1String("trustee")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Jane Smith"));
    EXPECT_EQ(s.value(QLatin1String("current")).toString(), indicator);
    const QJsonArray open = s.value(QLatin1String("open")).toArray();
    EXPECT_EQ(open.size(), session->framework().indicatorCount() - 1);
    EXPECT_FALSE(open.contains(second));
    EXPECT_EQ(
        s.value(QLatin1String("scale")).toObject().value(QLatin1String("levels")).toArray().size(),
        session->framework().scale.levels.size());
    const QJsonObject first = s.value(QLatin1String("domains"))
                                  .toArray()[0]
                                  .toObject()
                                  .value(QLatin1String("indicators"))
                                  .toArray()[0]
                                  .toObject();
    EXPECT_EQ(first.value(QLatin1String("id")).toString(), indicator);
    EXPECT_FALSE(first.value(QLatin1String("text")).toString().isEmpty());
    const QJsonObject ratings = s.value(QLatin1String("ratings")).toObject();
    ASSERT_EQ(ratings.size(), 1);
    EXPECT_EQ(ratings.value(indicator).toObject().value(QLatin1String("level")).toDouble(), 3);
    EXPECT_EQ(ratings.value(indicator).toObject().value(QLatin1String("note")).toString(),
        QStringLiteral("Jane's private note"));
    // Nothing of Sam's: not his rating, his note or his name.
    EXPECT_FALSE(jane.body.contains("Sam"));
    EXPECT_FALSE(jane.body.contains("own view"));
    const HttpReply ada = get("/api/v1/state", QStringLiteral("Ada Lovelace"));
    EXPECT_TRUE(json(ada).value(QLatin1String("ratings")).toObject().isEmpty());
    EXPECT_FALSE(ada.body.contains("Jane"));
    EXPECT_FALSE(ada.body.contains("private note"));
}

TEST_F(LiveApi, ARatingIsStoredDurablyThroughTheEditPathAndAuditedAsTheTrustees)
{
    int stored = 0;
    QObject::connect(session.get(), &live::LiveSession::ratingStored, session.get(),
        [&](qint64 who, const QString &id, const std::optional<Rating> &r) {
            EXPECT_EQ(who, trustee.value(QStringLiteral("Sam Patel")));
            EXPECT_EQ(id, indicator);
            EXPECT_TRUE(r.has_value());
            ++stored;
        });
    const HttpReply r
        = put(indicator, R"({"level": 2, "note": "Early days"})", QStringLiteral("Sam Patel"));
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(json(r).value(QLatin1String("level")).toDouble(), 2);
    EXPECT_EQ(json(r).value(QLatin1String("note")).toString(), QStringLiteral("Early days"));
    EXPECT_EQ(stored, 1);

    // Read through another connection to the file: committed, not cached.
    const QList<Rating> ratings = storedRatings();
    ASSERT_EQ(ratings.size(), 1);
    EXPECT_EQ(ratings[0].trusteeId, trustee.value(QStringLiteral("Sam Patel")));
    EXPECT_EQ(ratings[0].value, RatingValue::of(2));
    EXPECT_EQ(ratings[0].note, QStringLiteral("Early days"));

    const QList<AuditEntry> log = wb->auditLog(assessmentId);
    ASSERT_GE(log.size(), 2);
    for (const AuditEntry &e : log.mid(log.size() - 2)) {
        EXPECT_EQ(e.entity, QStringLiteral("rating"));
        EXPECT_EQ(e.actor, QStringLiteral("Sam Patel"));
        EXPECT_EQ(e.via, QStringLiteral("device"));
        EXPECT_EQ(e.trusteeId, trustee.value(QStringLiteral("Sam Patel")));
    }
    // The clerk's own edits are still the clerk's.
    ASSERT_TRUE(wb->setRating(assessmentId, trustee.value(QStringLiteral("Ada Lovelace")),
        indicator, RatingValue::of(4)));
    EXPECT_EQ(wb->auditLog(assessmentId).last().via, QString());
    EXPECT_EQ(wb->auditLog(assessmentId).last().actor, wb->actor());
}

TEST_F(LiveApi, TheSameRatingTwiceChangesNothingTheSecondTime)
{
    ASSERT_EQ(
        put(indicator, R"({"level": 3, "note": "x"})", QStringLiteral("Jane Smith")).status, 200);
    const int entries = auditCount();
    const HttpReply again
        = put(indicator, R"({"level": 3, "note": "x"})", QStringLiteral("Jane Smith"));
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(auditCount(), entries);
    EXPECT_EQ(storedRatings().size(), 1);
}

TEST_F(LiveApi, NotApplicableWithdrawAndAKeptNote)
{
    ASSERT_EQ(
        put(indicator, R"({"level": "na", "note": "Not for us"})", QStringLiteral("Jane Smith"))
            .status,
        200);
    EXPECT_TRUE(storedRatings().value(0).value.isNotApplicable());
    // A level alone keeps the note.
    const HttpReply level = put(indicator, R"({"level": 1})", QStringLiteral("Jane Smith"));
    ASSERT_EQ(level.status, 200);
    EXPECT_EQ(json(level).value(QLatin1String("note")).toString(), QStringLiteral("Not for us"));
    EXPECT_EQ(storedRatings().value(0).note, QStringLiteral("Not for us"));
    // Withdrawn with the note cleared: no rating at all.
    const HttpReply gone
        = put(indicator, R"({"level": null, "note": ""})", QStringLiteral("Jane Smith"));
    ASSERT_EQ(gone.status, 200);
    EXPECT_TRUE(json(gone).value(QLatin1String("level")).isNull());
    EXPECT_TRUE(storedRatings().isEmpty());
}

TEST_F(LiveApi, MissingWrongAndEndedTokensAre401)
{
    const QByteArray body = R"({"level": 3})";
    const QList<QPair<QByteArray, QByteArray>> json { { "Content-Type", "application/json" } };
    const QByteArray route = "/api/v1/ratings/" + indicator.toUtf8();
    auto with = [&](const QByteArray &authorization) {
        auto h = json;
        if (!authorization.isEmpty())
            h.append(QPair<QByteArray, QByteArray> { "Authorization", authorization });
        return HttpTestClient::request(port(), "PUT", route, h, body);
    };
    const QByteArray jane = tokenOf(QStringLiteral("Jane Smith"));
    EXPECT_EQ(with({}).status, 401);
    EXPECT_EQ(with("Bearer " + jane.left(42) + 'A').status, 401);
    EXPECT_EQ(with("Bearer ").status, 401);
    EXPECT_EQ(with("Basic " + jane).status, 401);
    EXPECT_EQ(with(jane).status, 401);
    EXPECT_EQ(get("/api/v1/state", {}).status, 401);
    EXPECT_FALSE(errorOf(with({})).isEmpty());

    // A token of an earlier session is refused by the next one.
    session->stop();
    ASSERT_TRUE(session->start(QHostAddress::LocalHost, 0));
    EXPECT_EQ(with("Bearer " + jane).status, 401);
    EXPECT_TRUE(storedRatings().isEmpty());
    EXPECT_EQ(with("Bearer " + tokenOf(QStringLiteral("Jane Smith"))).status, 200);
}

TEST_F(LiveApi, BadRatingsAre400AndChangeNothing)
{
    const int entries = auditCount();
    const QString jane = QStringLiteral("Jane Smith");
    const QList<std::pair<QByteArray, const char *>> bad {
        { R"({"level": 7})", "not on the scale" },
        { R"({"level": 0})", "not on the scale" },
        { R"({"level": 2.5})", "not on the scale" },
        { R"({"level": "3"})", "must be a level" },
        { R"({"level": "NA"})", "must be a level" },
        { R"({"level": true})", "must be a level" },
        { R"({"note": "no level"})", "no \"level\"" },
        { R"({"level": 3, "note": 5})", "\"note\" must be a text" },
        { R"({"level": 3, "colour": "red"})", "Unknown field \"colour\"" },
        { R"({"level": 3)", "not valid JSON" },
        { R"([3])", "must be a JSON object" },
        { R"(3)", "not valid JSON" },
        { "", "not valid JSON" },
    };
    for (const auto &[body, why] : bad) {
        const HttpReply r = put(indicator, body, jane);
        EXPECT_EQ(r.status, 400) << body.data();
        EXPECT_TRUE(errorOf(r).contains(QString::fromUtf8(why)))
            << body.data() << " → " << errorOf(r).toStdString();
    }
    const HttpReply unknown
        = put(QStringLiteral("governance.no-such-thing"), R"({"level": 3})", jane);
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(errorOf(unknown).contains(QStringLiteral("Unknown indicator")));
    const HttpReply domainOnly = put(QStringLiteral("governance"), R"({"level": 3})", jane);
    EXPECT_EQ(domainOnly.status, 400);
    const QByteArray longNote
        = "{\"level\": 3, \"note\": \"" + QByteArray(live::kDeviceNoteLimit + 1, 'x') + "\"}";
    const HttpReply tooLong = put(indicator, longNote, jane);
    EXPECT_EQ(tooLong.status, 400);
    EXPECT_TRUE(errorOf(tooLong).contains(QStringLiteral("at most 5000")))
        << errorOf(tooLong).toStdString();
    // A note of exactly the limit, in a script of three bytes a character, fits the body limit.
    QString full(live::kDeviceNoteLimit, QChar(0x0B95));
    const QByteArray fits = QJsonDocument(
        QJsonObject { { QStringLiteral("level"), 3 },
            { QStringLiteral("note"),
                full } }).toJson(QJsonDocument::Compact);
    ASSERT_LE(fits.size(), 16 * 1024);
    EXPECT_EQ(put(second, fits, jane).status, 200);
    EXPECT_EQ(storedRatings().size(), 1);
    EXPECT_EQ(auditCount(), entries + 2); // that one rating's level and note only
}

TEST_F(LiveApi, NotApplicableWhereTheScaleHasNoneIs400)
{
    startWith(FrameworkLoader::loadBytes(toBytes(minimalFramework()), QStringLiteral("t")).value());
    const QString jane = QStringLiteral("Jane Smith");
    const HttpReply na = put(indicator, R"({"level": "na"})", jane);
    EXPECT_EQ(na.status, 400);
    EXPECT_TRUE(errorOf(na).contains(QStringLiteral("not applicable")));
    // Fractional levels of this scale are levels.
    EXPECT_EQ(put(indicator, R"({"level": 0.5})", jane).status, 200);
    EXPECT_EQ(put(indicator, R"({"level": 0.25})", jane).status, 400);
    EXPECT_EQ(storedRatings().value(0).value, RatingValue::of(0.5));
}

TEST_F(LiveApi, ContentTypeOtherThanJsonIs415)
{
    auto headers = auth(QStringLiteral("Jane Smith"));
    for (const QByteArray &type :
        { QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
            QByteArray("application/jsonx"), QByteArray() }) {
        auto h = headers;
        if (!type.isEmpty())
            h.append(QPair<QByteArray, QByteArray> { "Content-Type", type });
        const HttpReply r = HttpTestClient::request(
            port(), "PUT", "/api/v1/ratings/" + indicator.toUtf8(), h, R"({"level": 3})");
        EXPECT_EQ(r.status, 415) << type.data();
    }
    auto h = headers;
    h.append(QPair<QByteArray, QByteArray> { "Content-Type", "application/json; charset=utf-8" });
    EXPECT_EQ(HttpTestClient::request(
                  port(), "PUT", "/api/v1/ratings/" + indicator.toUtf8(), h, R"({"level": 3})")
                  .status,
        200);
}

TEST_F(LiveApi, OtherPathsAre404AndNoFileIsEverServed)
{
    for (const char *const route : { "/", "/index.html", "/join/", "//join", "/join/../join",
             "/api/v1/../join", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/v1/",
             "/api/v2/state", "/api/v1/ratings/", "/api/v1/ratings/a/b", "/api/v1/ratings/../state",
             "/api/v1/ratings/..", "/api/v1/ratings/%2e%2e", "/api/v1/ratings/x%2fy", "/JOIN",
             "/etc/passwd" }) {
        const HttpReply r
            = HttpTestClient::request(port(), "GET", route, auth(QStringLiteral("Jane Smith")));
        EXPECT_EQ(r.status, 404) << route;
        EXPECT_FALSE(r.body.contains("root:")) << route;
    }
}

TEST_F(LiveApi, WrongMethodsAre405WithAllow)
{
    const auto jane = auth(QStringLiteral("Jane Smith"));
    const QList<std::tuple<QByteArray, QByteArray, QByteArray>> cases {
        { "POST", "/api/v1/state", "GET" },
        { "PUT", "/join", "GET" },
        { "DELETE", "/api/v1/ratings/" + indicator.toUtf8(), "PUT" },
        { "GET", "/api/v1/ratings/" + indicator.toUtf8(), "PUT" },
        { "POST", "/api/v1/ratings/" + indicator.toUtf8(), "PUT" },
        { "OPTIONS", "/api/v1/state", "GET" },
        { "HEAD", "/join", "GET" },
    };
    for (const auto &[method, route, allow] : cases) {
        const HttpReply r = HttpTestClient::request(port(), method, route, jane);
        EXPECT_EQ(r.status, 405) << method.data() << ' ' << route.data();
        EXPECT_EQ(r.headers.value("allow"), allow) << method.data() << ' ' << route.data();
    }
    EXPECT_TRUE(storedRatings().isEmpty());
}

TEST_F(LiveApi, AnotherOriginOrHostIs403)
{
    auto headers = auth(QStringLiteral("Jane Smith"));
    headers.append(QPair<QByteArray, QByteArray> { "Content-Type", "application/json" });
    const QByteArray route = "/api/v1/ratings/" + indicator.toUtf8();
    const QByteArray own = "http://127.0.0.1:" + QByteArray::number(port());
    for (const QByteArray &origin : { QByteArray("http://evil.example"), QByteArray("null"),
             QByteArray(QByteArray("https://127.0.0.1:") + QByteArray::number(port())),
             QByteArray("http://127.0.0.1:1") }) {
        auto h = headers;
        h.append(QPair<QByteArray, QByteArray> { "Origin", origin });
        const HttpReply r = HttpTestClient::request(port(), "PUT", route, h, R"({"level": 3})");
        EXPECT_EQ(r.status, 403) << origin.data();
        EXPECT_FALSE(r.headers.contains("access-control-allow-origin"));
    }
    EXPECT_TRUE(storedRatings().isEmpty());
    // A name that points at this machine (DNS rebinding) is not this server.
    HttpTestClient rebinding(port());
    rebinding.send("GET /api/v1/state HTTP/1.1\r\nHost: evil.example:" + QByteArray::number(port())
        + "\r\nAuthorization: Bearer " + tokenOf(QStringLiteral("Jane Smith")) + "\r\n\r\n");
    EXPECT_EQ(rebinding.reply().status, 403);
    // The page's own origin is allowed.
    auto h = headers;
    h.append(QPair<QByteArray, QByteArray> { "Origin", own });
    EXPECT_EQ(HttpTestClient::request(port(), "PUT", route, h, R"({"level": 3})").status, 200);
}

TEST_F(LiveApi, FinalClosedOrReadOnlyIs409)
{
    const QString jane = QStringLiteral("Jane Smith");
    session->setOpen(indicator, false);
    const HttpReply closed = put(indicator, R"({"level": 3})", jane);
    EXPECT_EQ(closed.status, 409);
    EXPECT_TRUE(errorOf(closed).contains(QStringLiteral("closed")));
    session->setOpen(indicator, true);
    EXPECT_EQ(put(indicator, R"({"level": 3})", jane).status, 200);

    SignOff signOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12), QStringLiteral("BM/1") };
    ASSERT_TRUE(wb->finalise(assessmentId, signOff));
    const int entries = auditCount();
    const HttpReply final = put(indicator, R"({"level": 1})", jane);
    EXPECT_EQ(final.status, 409);
    EXPECT_EQ(auditCount(), entries);
    EXPECT_TRUE(json(get("/api/v1/state", jane)).value(QLatin1String("final")).toBool());
}

TEST_F(LiveApi, AReadOnlyWorkbookIs409)
{
    session.reset();
    wb.reset();
    auto readOnly = Workbook::open(wbPath, { .readOnly = true });
    ASSERT_TRUE(readOnly);
    wb = std::move(readOnly).value();
    session = std::make_unique<live::LiveSession>(*wb, assessmentId);
    ASSERT_TRUE(session->start(QHostAddress::LocalHost, 0));
    EXPECT_EQ(put(indicator, R"({"level": 3})", QStringLiteral("Jane Smith")).status, 409);
    EXPECT_TRUE(storedRatings().isEmpty());
}

TEST_F(LiveApi, MoreThanTwentyRequestsASecondFromATokenIs429)
{
    const QString jane = QStringLiteral("Jane Smith");
    HttpTestClient client(port());
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 30; ++i) {
        client.send(httpRequest(port(), "GET", "/api/v1/state", auth(jane)));
        const int status = client.reply().status;
        ok += status == 200;
        limited += status == 429;
    }
    EXPECT_EQ(ok, live::LiveServer::kRequestsPerSecond);
    EXPECT_EQ(limited, 10);
    // Another trustee is not held back by Jane's burst.
    EXPECT_EQ(get("/api/v1/state", QStringLiteral("Sam Patel")).status, 200);
    // A limited rating changes nothing.
    const HttpReply r = put(indicator, R"({"level": 3})", jane);
    EXPECT_EQ(r.status, 429);
    EXPECT_TRUE(storedRatings().isEmpty());
    QThread::msleep(1100);
    EXPECT_EQ(put(indicator, R"({"level": 3})", jane).status, 200);
}

TEST_F(LiveApi, EventsFollowTheClerkAndEndWithTheSession)
{
    HttpTestClient stream(port());
    stream.send(httpRequest(port(), "GET", "/api/v1/events", auth(QStringLiteral("Jane Smith"))));
    const QByteArray head = stream.readUntil("event: state", 2000);
    EXPECT_TRUE(head.startsWith("HTTP/1.1 200")) << head.left(200).data();
    EXPECT_TRUE(head.contains("text/event-stream"));
    EXPECT_TRUE(head.contains("Cache-Control: no-store"));
    EXPECT_EQ(
        session->connectedTrustees(), QSet<qint64> { trustee.value(QStringLiteral("Jane Smith")) });
    session->setCurrent(second);
    const QByteArray current = "\"current\":\"" + second.toUtf8() + '"';
    EXPECT_TRUE(stream.readUntil(current, 1000).contains(current));
    session->setOpen(indicator, false);
    const QByteArray closed = stream.readUntil(QByteArray("\"open\":[\"" + second.toUtf8()), 1000);
    EXPECT_TRUE(closed.contains(QByteArray("\"open\":[\"" + second.toUtf8())))
        << closed.right(300).data();
    // Who has rated is never sent.
    ASSERT_EQ(put(second, R"({"level": 2})", QStringLiteral("Sam Patel")).status, 200);
    QCoreApplication::processEvents();
    EXPECT_FALSE(stream.readUntil("Sam", 300).contains("Sam"));
    session->stop();
    EXPECT_TRUE(stream.readUntil("event: ended", 2000).contains("event: ended"));
    EXPECT_TRUE(stream.waitClosed(2000));
}

TEST_F(LiveApi, AClosedPageIsNoLongerConnected)
{
    int changes = 0;
    QObject::connect(
        session.get(), &live::LiveSession::connectionsChanged, session.get(), [&] { ++changes; });
    {
        HttpTestClient stream(port());
        stream.send(
            httpRequest(port(), "GET", "/api/v1/events", auth(QStringLiteral("Sam Patel"))));
        stream.readUntil("event: state", 2000);
        EXPECT_EQ(session->connectedTrustees().size(), 1);
        stream.socket().disconnectFromHost();
        stream.waitClosed(2000);
    }
    for (int i = 0; i < 50 && !session->connectedTrustees().isEmpty(); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    EXPECT_TRUE(session->connectedTrustees().isEmpty());
    EXPECT_GE(changes, 2);
}

TEST_F(LiveApi, EventsNeedAToken)
{
    EXPECT_EQ(get("/api/v1/events", {}).status, 401);
}

} // namespace strongtrust::test
