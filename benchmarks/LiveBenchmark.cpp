// The live rating service under a board's load: 30 trustees' devices
// connected at once (a keep-alive connection each, plus an open event
// stream), each rating all 30 indicators of the built-in framework at ten a
// second: 900 ratings. The time from a PUT to its answer is compared, in the
// same run, with the floor: a bare durable upsert plus commit of the same
// rows through QtSql (WAL, synchronous=FULL, one transaction per rating).
// After the run the workbook is opened afresh and the 900 ratings and their
// audit entries are counted. Figures: docs/performance.md.
//
// The service runs here as the window runs it: a LiveSession on 127.0.0.1
// (a free port) in the main thread's event loop, over a workbook made with
// the core API. The devices are plain POSIX sockets driven by one other
// thread (poll), so no client work sits in the server's event loop. One
// benchmark iteration is one whole run (about three seconds); the per-rating
// figures are counters.
#include "framework/FrameworkLoader.h"
#include "live/LiveSession.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <arpa/inet.h>
#include <benchmark/benchmark.h>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace strongtrust;
using namespace std::chrono_literals;

namespace {

constexpr int kTrustees = 30;
constexpr auto kInterval = 100ms; // ten ratings a second from each device

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// The CPU time of the calling thread so far, in ms.
double threadCpuMs()
{
    timespec t {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median, 99th percentile and worst of per-rating times, as counters (ms).
void reportLatencies(benchmark::State &state, std::vector<double> &ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    state.counters["max_ms"] = ms.back();
}

const QString &tempRoot()
{
    static QTemporaryDir dir;
    static const QString path = dir.path();
    return path;
}

// The indicators of the built-in framework, in framework order.
QStringList indicatorIds(const Framework &fw)
{
    QStringList ids;
    for (const Domain &d : fw.domains) {
        for (const Indicator &i : d.indicators)
            ids.append(i.fullId);
    }
    return ids;
}

double levelFor(const Framework &fw, int trustee, int indicator)
{
    return fw.scale.levels[(trustee + indicator) % fw.scale.levels.size()].value;
}

std::string noteFor(int trustee, int indicator)
{
    return "Device " + std::to_string(trustee + 1) + ", indicator " + std::to_string(indicator + 1);
}

// --- one HTTP/1.1 client connection, as a device's browser keeps it

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool sendAll(int fd, const std::string &bytes)
{
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        sent += size_t(n);
    }
    return true;
}

// Appends what the socket has; false when it is closed or broken.
bool receiveSome(int fd, std::string &into)
{
    char buffer[16 * 1024];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        into.append(buffer, size_t(n));
        return true;
    }
}

struct Response {
    int status = 0;
    std::string body;
};

// Takes one whole response (with a Content-Length) off the front of `buffer`.
bool takeResponse(std::string &buffer, Response &out)
{
    const size_t end = buffer.find("\r\n\r\n");
    if (end == std::string::npos)
        return false;
    std::string head = buffer.substr(0, end);
    for (char &c : head)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const size_t lengthAt = head.find("\r\ncontent-length:");
    const size_t length
        = lengthAt == std::string::npos ? 0 : std::stoul(head.substr(lengthAt + 17));
    if (buffer.size() < end + 4 + length)
        return false;
    out.status = head.size() > 12 ? std::atoi(head.c_str() + 9) : 0;
    out.body = buffer.substr(end + 4, length);
    buffer.erase(0, end + 4 + length);
    return true;
}

// A request and its whole answer, waiting for it (setup only).
bool exchange(int fd, std::string &buffer, const std::string &request, Response &out)
{
    if (!sendAll(fd, request))
        return false;
    while (!takeResponse(buffer, out)) {
        if (!receiveSome(fd, buffer))
            return false;
    }
    return true;
}

std::string request(const char *method, const std::string &path, const std::string &host,
    const std::string &token, const std::string &body = {})
{
    std::string r = std::string(method) + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!token.empty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (!body.empty())
        r += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size())
            + "\r\n";
    return r + "\r\n" + body;
}

struct Device {
    std::string token;
    int api = -1; // keep-alive: /join, /api/v1/state, then every PUT
    int events = -1; // /api/v1/events, held open
    std::string apiIn;
    std::string eventsIn;
    int next = 0; // the next indicator to rate
    Clock::time_point due;
    Clock::time_point sentAt;
    bool waiting = false;
    bool ended = false; // the stream said the session ended
};

// What the devices saw: everything but the durability check, which needs
// the workbook and is done in the server's thread.
struct Outcome {
    std::string error; // empty: no device saw anything wrong
    std::vector<double> ms; // each rating, PUT sent to answer read
    std::vector<Clock::time_point> sentAt; // [device × 30 + indicator]
    int acknowledged = 0;
    double seconds = 0; // first PUT to last answer
    int streamsEnded = 0; // streams told "event: ended" when the session stopped
};

// 30 devices on one thread: connects each (the page, the state, the event
// stream), then sends every device's 30 ratings on its own ten-a-second
// schedule, one at a time on its keep-alive connection, as a page does.
// In step: every device sends at the same moment (the clerk says "rate
// now"); otherwise the devices' schedules are spread over the 100 ms.
class Devices
{
public:
    Devices(quint16 port, const QList<live::TrusteeLink> &links, const QStringList &indicators,
        const Framework &fw, bool inStep)
        : m_host("127.0.0.1:" + std::to_string(port)), m_port(port), m_inStep(inStep)
    {
        for (const live::TrusteeLink &l : links) {
            Device d;
            d.token = l.url.fragment(QUrl::FullyEncoded).toStdString();
            m_devices.push_back(std::move(d));
        }
        for (int k = 0; k < indicators.size(); ++k) {
            m_paths.push_back("/api/v1/ratings/" + indicators[k].toStdString());
            std::vector<std::string> bodies;
            for (int t = 0; t < int(m_devices.size()); ++t) {
                bodies.push_back("{\"level\": " + std::to_string(int(levelFor(fw, t, k)))
                    + ", \"note\": \"" + noteFor(t, k) + "\"}");
            }
            m_bodies.push_back(std::move(bodies));
        }
    }
    ~Devices()
    {
        for (Device &d : m_devices) {
            if (d.api >= 0)
                ::close(d.api);
            if (d.events >= 0)
                ::close(d.events);
        }
    }

    // Every device loads the page and the state and opens its event stream.
    bool connectAll(std::string &error)
    {
        for (Device &d : m_devices) {
            d.api = connectTo(m_port);
            d.events = connectTo(m_port);
            if (d.api < 0 || d.events < 0)
                return fail(error, "cannot connect");
            Response r;
            if (!exchange(d.api, d.apiIn, request("GET", "/join", m_host, {}), r)
                || r.status != 200)
                return fail(error, "GET /join: " + std::to_string(r.status));
            if (!exchange(d.api, d.apiIn, request("GET", "/api/v1/state", m_host, d.token), r)
                || r.status != 200)
                return fail(error, "GET /api/v1/state: " + std::to_string(r.status));
            if (!sendAll(d.events, request("GET", "/api/v1/events", m_host, d.token)))
                return fail(error, "GET /api/v1/events: cannot send");
            while (d.eventsIn.find("event: state") == std::string::npos) {
                if (!receiveSome(d.events, d.eventsIn))
                    return fail(error, "GET /api/v1/events: closed before the first state");
            }
            if (d.eventsIn.rfind("HTTP/1.1 200", 0) != 0)
                return fail(error, "GET /api/v1/events: not 200");
            d.eventsIn.clear();
        }
        return true;
    }

    // Sends every rating and reads every answer; the event streams are read
    // throughout. Returns when each device's last rating is answered.
    void rateAll(Outcome &out)
    {
        const size_t total = m_devices.size() * m_paths.size();
        out.ms.reserve(total);
        out.sentAt.assign(total, {});
        const Clock::time_point start = Clock::now() + 20ms;
        for (size_t i = 0; i < m_devices.size(); ++i) {
            const auto offset = std::chrono::duration_cast<Clock::duration>(kInterval)
                * Clock::rep(i) / Clock::rep(m_devices.size());
            m_devices[i].due = start + (m_inStep ? Clock::duration::zero() : offset);
        }
        Clock::time_point first = Clock::time_point::max();
        Clock::time_point last;
        const Clock::time_point giveUp = start + 120s;
        std::vector<pollfd> fds;
        std::vector<int> owners;
        while (size_t(out.acknowledged) < total && out.error.empty()) {
            Clock::time_point now = Clock::now();
            if (now > giveUp) {
                out.error = "ratings still unanswered after two minutes";
                return;
            }
            Clock::time_point wake = now + 1s;
            for (size_t i = 0; i < m_devices.size(); ++i) {
                Device &d = m_devices[i];
                if (d.waiting || d.next >= int(m_paths.size()))
                    continue;
                if (d.due <= now) {
                    const std::string r = request("PUT", m_paths[size_t(d.next)], m_host, d.token,
                        m_bodies[size_t(d.next)][i]);
                    d.sentAt = Clock::now();
                    if (!sendAll(d.api, r)) {
                        out.error = "a PUT could not be sent";
                        return;
                    }
                    first = std::min(first, d.sentAt);
                    out.sentAt[i * m_paths.size() + size_t(d.next)] = d.sentAt;
                    d.waiting = true;
                } else {
                    wake = std::min(wake, d.due);
                }
            }
            fds.clear();
            owners.clear();
            for (size_t i = 0; i < m_devices.size(); ++i) {
                if (m_devices[i].waiting) {
                    fds.push_back({ m_devices[i].api, POLLIN, 0 });
                    owners.push_back(int(i));
                }
                if (m_devices[i].events >= 0) {
                    fds.push_back({ m_devices[i].events, POLLIN, 0 });
                    owners.push_back(-1 - int(i));
                }
            }
            const auto wait = std::max(Clock::duration::zero(), wake - Clock::now());
            timespec timeout {};
            timeout.tv_sec = std::chrono::duration_cast<std::chrono::seconds>(wait).count();
            timeout.tv_nsec = (wait - std::chrono::seconds(timeout.tv_sec)).count();
            if (::ppoll(fds.data(), fds.size(), &timeout, nullptr) < 0 && errno != EINTR) {
                out.error = "poll failed";
                return;
            }
            for (size_t f = 0; f < fds.size(); ++f) {
                if (!(fds[f].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                if (owners[f] < 0) {
                    Device &d = m_devices[size_t(-1 - owners[f])];
                    if (!receiveSome(d.events, d.eventsIn)) {
                        out.error = "an event stream closed while the session ran";
                        return;
                    }
                    continue;
                }
                const size_t i = size_t(owners[f]);
                Device &d = m_devices[i];
                if (!receiveSome(d.api, d.apiIn)) {
                    out.error = "a device's connection closed while it waited for an answer";
                    return;
                }
                Response r;
                if (!takeResponse(d.apiIn, r))
                    continue;
                const Clock::time_point at = Clock::now();
                if (r.status != 200) {
                    out.error = "PUT " + m_paths[size_t(d.next)] + ": " + std::to_string(r.status)
                        + " " + r.body;
                    return;
                }
                out.ms.push_back(msBetween(d.sentAt, at));
                ++out.acknowledged;
                last = std::max(last, at);
                d.waiting = false;
                ++d.next;
                // The next on the schedule, but never sooner than 100 ms
                // after the last one: within the per-token limit even after
                // a slow answer.
                d.due = std::max(d.due + kInterval, d.sentAt + kInterval);
            }
        }
        out.seconds = std::chrono::duration<double>(last - first).count();
    }

    // After the session stops: every stream is to be told and closed.
    void awaitEnd(Outcome &out)
    {
        const Clock::time_point giveUp = Clock::now() + 5s;
        for (Device &d : m_devices) {
            while (d.events >= 0 && Clock::now() < giveUp) {
                pollfd p { d.events, POLLIN, 0 };
                if (::poll(&p, 1, 100) <= 0)
                    continue;
                if (!receiveSome(d.events, d.eventsIn)) {
                    ::close(d.events);
                    d.events = -1;
                }
            }
            if (d.eventsIn.find("event: ended") != std::string::npos)
                ++out.streamsEnded;
        }
    }

private:
    bool fail(std::string &error, const std::string &what)
    {
        error = what;
        return false;
    }

    std::vector<Device> m_devices;
    std::vector<std::string> m_paths;
    std::vector<std::vector<std::string>> m_bodies; // [indicator][trustee]
    std::string m_host;
    quint16 m_port;
    bool m_inStep;
};

// Counts, in the file opened afresh, the ratings the devices gave and the
// audit entries naming each trustee's device. Empty when all are there.
std::string checkDurable(const QString &path, qint64 assessmentId, const Framework &fw,
    const QStringList &indicators, int devices, int &ratings, int &auditEntries)
{
    auto wb = Workbook::open(path);
    if (!wb)
        return "cannot open the workbook afresh: " + wb.errorText().toStdString();
    const auto data = wb.value()->loadAssessment(assessmentId);
    if (!data)
        return "cannot load the assessment";
    QHash<qint64, int> trusteeIndex;
    const QList<Trustee> trustees = wb.value()->trustees();
    for (int t = 0; t < trustees.size(); ++t)
        trusteeIndex.insert(trustees[t].id, t);
    ratings = 0;
    for (const Rating &r : data.value().ratings) {
        const int t = trusteeIndex.value(r.trusteeId, -1);
        const int k = int(indicators.indexOf(r.indicator));
        if (t < 0 || k < 0 || !(r.value == RatingValue::of(levelFor(fw, t, k)))
            || r.note.toStdString() != noteFor(t, k))
            return "a stored rating is not the one its device sent";
        ++ratings;
    }
    auditEntries = 0;
    QSet<QString> levels;
    QSet<QString> notes;
    for (const AuditEntry &e : wb.value()->auditLog(assessmentId)) {
        if (e.entity != QLatin1String("rating"))
            continue;
        const auto t = wb.value()->trustee(e.trusteeId);
        if (e.via != QLatin1String("device") || !t || e.actor != t->name)
            return "a rating's audit entry does not name the trustee's device";
        const QString key = QString::number(e.trusteeId) + QLatin1Char(' ') + e.subject;
        if (e.field == QLatin1String("level"))
            levels.insert(key);
        else if (e.field == QLatin1String("note"))
            notes.insert(key);
        ++auditEntries;
    }
    const int expected = devices * int(indicators.size());
    if (ratings != expected)
        return "the file holds " + std::to_string(ratings) + " ratings, not "
            + std::to_string(expected);
    if (levels.size() != expected || notes.size() != expected || auditEntries != 2 * expected)
        return "the audit trail holds " + std::to_string(auditEntries)
            + " rating entries, not a level and a note for each rating";
    return {};
}

} // namespace

// The floor: the same upsert the rating store makes (same table, same
// INSERT … ON CONFLICT, the same 30 × 30 rows and notes), one transaction
// per rating, WAL, synchronous=FULL, QtSql, back to back.
static void BM_BareUpsertCommit(benchmark::State &state)
{
    const QString path = tempRoot() + QStringLiteral("/bare.sqlite");
    const Framework &fw = FrameworkLoader::builtIn();
    const QStringList indicators = indicatorIds(fw);
    std::vector<double> ms;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS rating"));
        q.exec(QStringLiteral("CREATE TABLE rating (assessment INTEGER NOT NULL,"
                              " trustee INTEGER NOT NULL, indicator TEXT NOT NULL,"
                              " kind TEXT NOT NULL, level REAL, note TEXT NOT NULL DEFAULT '',"
                              " PRIMARY KEY (assessment, trustee, indicator)) WITHOUT ROWID"));
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT INTO rating (assessment, trustee, indicator,"
                                      " kind, level, note) VALUES (1, ?, ?, 'level', ?, ?)"
                                      " ON CONFLICT (assessment, trustee, indicator)"
                                      " DO UPDATE SET kind = excluded.kind,"
                                      " level = excluded.level, note = excluded.note"));
        int i = 0;
        for (auto _ : state) {
            const int t = i % kTrustees;
            const int k = (i / kTrustees) % int(indicators.size());
            ++i;
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            upsert.bindValue(0, t + 1);
            upsert.bindValue(1, indicators[k]);
            upsert.bindValue(2, levelFor(fw, t, k));
            upsert.bindValue(3, QString::fromStdString(noteFor(t, k)));
            upsert.exec();
            db.commit();
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            ms.push_back(elapsed);
            state.SetIterationTime(elapsed / 1e3);
        }
        upsert.finish();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    reportLatencies(state, ms);
}
BENCHMARK(BM_BareUpsertCommit)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(kTrustees * 30);

// 30 devices, 900 ratings, each PUT timed to its answer. Argument 0: the
// devices' schedules spread over each 100 ms; 1: all in step.
static void BM_LiveThirtyDevices(benchmark::State &state)
{
    const int deviceCount = int(state.range(0));
    const bool inStep = state.range(1) != 0;
    const Framework &fw = FrameworkLoader::builtIn();
    const QStringList indicators = indicatorIds(fw);
    std::vector<double> ms;
    std::vector<double> toCommit;
    static int run = 0;
    for (auto _ : state) {
        const QString path = tempRoot() + QStringLiteral("/live-%1.strongtrust").arg(run++);
        qint64 assessmentId = 0;
        Outcome out;
        double serverCpuMs = 0; // the server's thread while the devices were connected
        {
            auto wb = Workbook::create(path, QStringLiteral("Trust"), fw);
            if (!wb) {
                state.SkipWithError("cannot create the workbook");
                return;
            }
            for (int t = 0; t < kTrustees; ++t) {
                if (!wb.value()->addTrustee(
                        QStringLiteral("Trustee %1").arg(t + 1, 2, 10, QLatin1Char('0')))) {
                    state.SkipWithError("cannot add a trustee");
                    return;
                }
            }
            assessmentId = wb.value()
                               ->createAssessment(
                                   QStringLiteral("2025/26"), {}, wb.value()->defaultFrameworkKey())
                               .value();
            live::LiveSession session(*wb.value(), assessmentId);
            if (auto s = session.start(QHostAddress::LocalHost, 0); !s) {
                state.SkipWithError(qPrintable(s.errorText()));
                return;
            }
            const QList<live::TrusteeLink> links = session.links().mid(0, deviceCount);
            Devices devices(quint16(session.baseUrl().port()), links, indicators, fw, inStep);
            // When each rating was committed (the session's signal, in this
            // thread): the rest of its time is the answer's way back.
            QHash<qint64, int> deviceOf;
            for (int i = 0; i < links.size(); ++i)
                deviceOf.insert(links[i].trusteeId, i);
            std::vector<Clock::time_point> committedAt(size_t(links.size() * indicators.size()));
            QObject::connect(&session, &live::LiveSession::ratingStored, &session,
                [&](qint64 trusteeId, const QString &indicator) {
                    const int i = deviceOf.value(trusteeId, -1);
                    const qsizetype k = indicators.indexOf(indicator);
                    if (i >= 0 && k >= 0)
                        committedAt[size_t(i * indicators.size() + k)] = Clock::now();
                });

            // The devices' thread tells this one when it is done, and when to
            // stop the session; this thread's event loop is the server's.
            QEventLoop loop;
            QObject receiver;
            std::thread clients([&] {
                if (devices.connectAll(out.error))
                    devices.rateAll(out);
                QMetaObject::invokeMethod(
                    &receiver, [&] { session.stop(); }, Qt::QueuedConnection);
                if (out.error.empty())
                    devices.awaitEnd(out);
                QMetaObject::invokeMethod(
                    &receiver, [&] { loop.quit(); }, Qt::QueuedConnection);
            });
            const double cpuBefore = threadCpuMs();
            loop.exec();
            serverCpuMs = threadCpuMs() - cpuBefore;
            clients.join();
            for (size_t n = 0; n < committedAt.size() && n < out.sentAt.size(); ++n)
                toCommit.push_back(msBetween(out.sentAt[n], committedAt[n]));
            // The stopped server is deleted later: let it go before the workbook.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        if (!out.error.empty()) {
            state.SkipWithError(out.error.c_str());
            return;
        }
        int ratings = 0;
        int audit = 0;
        if (const std::string e
            = checkDurable(path, assessmentId, fw, indicators, deviceCount, ratings, audit);
            !e.empty()) {
            state.SkipWithError(e.c_str());
            return;
        }
        state.SetIterationTime(out.seconds);
        ms.insert(ms.end(), out.ms.begin(), out.ms.end());
        state.counters["acknowledged"] = out.acknowledged;
        state.counters["stored"] = ratings;
        state.counters["audit_entries"] = audit;
        state.counters["ratings_per_s"] = out.acknowledged / out.seconds;
        state.counters["server_cpu_ms_per_rating"] = serverCpuMs / out.acknowledged;
        // live-rating.md: a stream ends with "event: ended" when the session stops.
        state.counters["streams_told_ended"] = out.streamsEnded;
    }
    reportLatencies(state, ms);
    std::sort(toCommit.begin(), toCommit.end());
    if (!toCommit.empty()) {
        state.counters["committed_median_ms"] = toCommit[toCommit.size() / 2];
        state.counters["committed_p99_ms"]
            = toCommit[std::min(toCommit.size() - 1, toCommit.size() * 99 / 100)];
    }
}
BENCHMARK(BM_LiveThirtyDevices)
    ->ArgNames({ "devices", "in_step" })
    ->Args({ kTrustees, 0 })
    ->Args({ kTrustees, 1 })
    ->Args({ 1, 0 })
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
