// `strongtrust live` and `strongtrust form` as a clerk's second laptop or a
// script runs them: killed at any moment the workbook holds every rating it
// acknowledged; the links file is the owner's only; forms are one file each.
#include "framework/FrameworkLoader.h"
#include "live/HttpTestClient.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace strongtrust::test {

namespace {

const QStringList kTrustees { QStringLiteral("Jane Smith"), QStringLiteral("Sam Patel"),
    QStringLiteral("Ada Lovelace") };

class LiveProcess : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("board.strongtrust"));
        auto wb = Workbook::create(
            path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(wb);
        for (const QString &name : kTrustees)
            ASSERT_TRUE(wb.value()->addTrustee(name));
        auto a = wb.value()->createAssessment(
            QStringLiteral("2025/26"), {}, wb.value()->defaultFrameworkKey());
        ASSERT_TRUE(a);
        assessmentId = a.value();
        links = dir.filePath(QStringLiteral("links.json"));
    }
    void TearDown() override
    {
        if (live.state() != QProcess::NotRunning) {
            live.kill();
            live.waitForFinished();
        }
    }

    // Starts `strongtrust live` and waits for its address.
    void startLive()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        live.setProcessEnvironment(env);
        live.start(QStringLiteral(STRONGTRUST_EXE),
            { QStringLiteral("live"), path, QStringLiteral("--period"), QStringLiteral("2025/26"),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--links"), links });
        ASSERT_TRUE(live.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (!out.contains("Stop with") && t.elapsed() < 30000) {
            live.waitForReadyRead(100);
            out += live.readAllStandardOutput();
        }
        const qsizetype at = out.indexOf("http://127.0.0.1:");
        ASSERT_GE(at, 0) << out.data() << live.readAllStandardError().data();
        port = quint16(QUrl(QString::fromUtf8(out.mid(at).split('\n').first())).port());
        const auto doc = QJsonDocument::fromJson(readFile(links)).object();
        for (const auto &t2 : doc.value(QLatin1String("trustees")).toArray()) {
            const QJsonObject o = t2.toObject();
            tokens.insert(o.value(QLatin1String("name")).toString(),
                QUrl(o.value(QLatin1String("url")).toString()).fragment().toLatin1());
        }
        ASSERT_EQ(tokens.size(), 3);
    }

    QByteArray rating(const QString &indicator, int level, const QString &who) const
    {
        return httpRequest(port, "PUT", "/api/v1/ratings/" + indicator.toUtf8(),
            { { "Authorization", "Bearer " + tokens.value(who) },
                { "Content-Type", "application/json" } },
            "{\"level\": " + QByteArray::number(level) + "}");
    }

    QTemporaryDir dir;
    QString path;
    QString links;
    qint64 assessmentId = 0;
    QProcess live;
    QByteArray out;
    quint16 port = 0;
    QHash<QString, QByteArray> tokens;
};

} // namespace

TEST_F(LiveProcess, KilledDuringABurstTheWorkbookHoldsEveryAcknowledgedRating)
{
    startLive();
    const Framework &fw = FrameworkLoader::builtIn();
    QStringList ids;
    for (const Domain &d : fw.domains)
        for (const Indicator &i : d.indicators)
            ids.append(i.fullId);
    std::vector<std::unique_ptr<HttpTestClient>> clients;
    for (int c = 0; c < 3; ++c)
        clients.push_back(std::make_unique<HttpTestClient>(port));
    QList<std::tuple<QString, QString, int>> acknowledged;
    // Each trustee rates in turn, with the next request sent before the kill.
    for (int n = 0; n < 12; ++n) {
        for (int c = 0; c < 3; ++c) {
            const int level = 1 + (n + c) % 4;
            clients[c]->send(rating(ids[n], level, kTrustees[c]));
            if (n == 11 && c == 2) {
                ::kill(live.processId(), SIGKILL);
                break;
            }
            const HttpReply r = clients[c]->reply();
            ASSERT_EQ(r.status, 200) << r.body.data();
            acknowledged.append({ kTrustees[c], ids[n], level });
        }
    }
    ASSERT_TRUE(live.waitForFinished(10000));
    EXPECT_EQ(live.exitStatus(), QProcess::CrashExit);

    auto wb = Workbook::open(path);
    ASSERT_TRUE(wb) << wb.errorText().toStdString(); // opening checks the file (quick_check)
    const auto data = wb.value()->loadAssessment(assessmentId);
    ASSERT_TRUE(data);
    for (const auto &[who, id, level] : acknowledged) {
        const qint64 trustee = wb.value()->trusteeByName(who)->id;
        const auto found = std::find_if(data->ratings.cbegin(), data->ratings.cend(),
            [&](const Rating &r) { return r.trusteeId == trustee && r.indicator == id; });
        ASSERT_NE(found, data->ratings.cend()) << who.toStdString() << ' ' << id.toStdString();
        EXPECT_EQ(found->value, RatingValue::of(level));
    }
    EXPECT_GE(data->ratings.size(), acknowledged.size());
    EXPECT_LE(data->ratings.size(), acknowledged.size() + 1);
    // And it is writable again: the lock died with the process.
    EXPECT_FALSE(wb.value()->isReadOnly());
}

TEST_F(LiveProcess, SigtermStopsCleanlyAndNoTokenIsPrinted)
{
    startLive();
    struct stat st = {};
    ASSERT_EQ(::stat(QFile::encodeName(links).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    HttpTestClient client(port);
    const QString id = FrameworkLoader::builtIn().domains[0].indicators[0].fullId;
    client.send(rating(id, 3, kTrustees[0]));
    ASSERT_EQ(client.reply().status, 200);
    ::kill(live.processId(), SIGTERM);
    ASSERT_TRUE(live.waitForFinished(10000));
    EXPECT_EQ(live.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(live.exitCode(), 0);
    out += live.readAllStandardOutput();
    const QByteArray err = live.readAllStandardError();
    EXPECT_TRUE(out.contains("Stopped")) << out.data();
    for (const QByteArray &token : tokens) {
        EXPECT_FALSE(out.contains(token));
        EXPECT_FALSE(err.contains(token));
    }
    auto wb = Workbook::open(path);
    ASSERT_TRUE(wb);
    EXPECT_EQ(wb.value()->loadAssessment(assessmentId)->ratings.size(), 1);
    const AuditEntry last = wb.value()->auditLog(assessmentId).last();
    EXPECT_EQ(last.actor, kTrustees[0]);
    EXPECT_EQ(last.via, QStringLiteral("device"));
}

TEST_F(LiveProcess, StandardInputMovesTheCurrentIndicatorAndClosesRating)
{
    startLive();
    const QString id = FrameworkLoader::builtIn().domains[0].indicators[0].fullId;
    HttpTestClient stream(port);
    stream.send(httpRequest(port, "GET", "/api/v1/events",
        { { "Authorization", "Bearer " + tokens.value(kTrustees[1]) } }));
    ASSERT_TRUE(stream.readUntil("event: state", 5000).contains("\"current\":null"));
    live.write("current " + id.toUtf8() + "\nclose " + id.toUtf8() + "\n");
    const QByteArray current = "\"current\":\"" + id.toUtf8() + '"';
    EXPECT_TRUE(stream.readUntil(current, 5000).contains(current));
    HttpTestClient client(port);
    client.send(rating(id, 2, kTrustees[1]));
    EXPECT_EQ(client.reply().status, 409);
    live.write("stop\n");
    live.waitForBytesWritten(5000);
    EXPECT_TRUE(stream.readUntil("event: ended", 5000).contains("event: ended"))
        << live.readAllStandardOutput().data() << live.readAllStandardError().data();
    ASSERT_TRUE(live.waitForFinished(10000));
    EXPECT_EQ(live.exitCode(), 0);
}

TEST_F(LiveProcess, RefusesAPeriodThatIsMissingOrFinal)
{
    const ProcessResult missing
        = runStrongtrust({ QStringLiteral("live"), path, QStringLiteral("--period"),
            QStringLiteral("1999/00"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no assessment"))) << missing.err.toStdString();
    const ProcessResult badListen
        = runStrongtrust({ QStringLiteral("live"), path, QStringLiteral("--period"),
            QStringLiteral("2025/26"), QStringLiteral("--listen"), QStringLiteral("here") });
    EXPECT_EQ(badListen.exitCode, 2);
}

TEST_F(LiveProcess, FormsAreOneFilePerActiveTrusteeCarryingOnlyTheirOwnAnswers)
{
    {
        auto wb = Workbook::open(path);
        ASSERT_TRUE(wb);
        const QString id = FrameworkLoader::builtIn().domains[0].indicators[0].fullId;
        ASSERT_TRUE(wb.value()->setRating(assessmentId, wb.value()->trusteeByName(kTrustees[0])->id,
            id, RatingValue::of(3), QStringLiteral("</script><script>alert('Jane')</script>")));
        ASSERT_TRUE(wb.value()->setRating(assessmentId, wb.value()->trusteeByName(kTrustees[1])->id,
            id, RatingValue::of(2), QStringLiteral("Sam's confidential view")));
        auto retired = wb.value()->addTrustee(QStringLiteral("Former Trustee"));
        ASSERT_TRUE(wb.value()->setTrusteeRetired(retired.value(), true));
    }
    const QString forms = dir.filePath(QStringLiteral("forms"));
    const ProcessResult r = runStrongtrust({ QStringLiteral("form"), path,
        QStringLiteral("--period"), QStringLiteral("2025/26"), QStringLiteral("--out"), forms });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList files = QDir(forms).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files,
        QStringList({ QStringLiteral("ada-lovelace-2025-26-form.html"),
            QStringLiteral("jane-smith-2025-26-form.html"),
            QStringLiteral("sam-patel-2025-26-form.html") }));
    EXPECT_TRUE(r.out.contains(QStringLiteral("jane-smith-2025-26-form.html for Jane Smith")));
    const QByteArray jane = readFile(QDir(forms).filePath(files[1]));
    EXPECT_TRUE(jane.contains("id=\"strongtrust-form\""));
    EXPECT_TRUE(jane.contains("jane-smith-2025-26-return.json"));
    // Her note is inside as data, unable to end the script element.
    EXPECT_TRUE(jane.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert('Jane')"));
    EXPECT_EQ(jane.count("</script>"), 2); // the data element's and the page's own
    EXPECT_FALSE(jane.contains("Sam's confidential view"));
    EXPECT_TRUE(jane.contains("http-equiv=\"Content-Security-Policy\""));
    EXPECT_TRUE(jane.contains("connect-src 'none'"));
    const QByteArray ada = readFile(QDir(forms).filePath(files[0]));
    EXPECT_FALSE(ada.contains("alert('Jane')"));
    EXPECT_FALSE(ada.contains("confidential"));

    const ProcessResult one
        = runStrongtrust({ QStringLiteral("form"), path, QStringLiteral("--period"),
            QStringLiteral("2025/26"), QStringLiteral("--out"), dir.filePath(QStringLiteral("one")),
            QStringLiteral("--trustee"), QStringLiteral("sam  PATEL") });
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("one"))).entryList(QDir::Files).size(), 1);

    const QString none = dir.filePath(QStringLiteral("none"));
    const ProcessResult unknown = runStrongtrust(
        { QStringLiteral("form"), path, QStringLiteral("--period"), QStringLiteral("2025/26"),
            QStringLiteral("--out"), none, QStringLiteral("--trustee"), QStringLiteral("Nobody") });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nobody")));
    EXPECT_TRUE(QDir(none).entryList(QDir::Files).isEmpty());
}

} // namespace strongtrust::test
