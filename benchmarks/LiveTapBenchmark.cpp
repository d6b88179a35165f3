// From a trustee's tap on their phone to the clerk's radar repainted: the
// PUT over loopback, the checks, the durable commit with its audit entries,
// the window taking in the rating, rescoring and the repaint. Target: within
// 100 ms. The "phone" is a plain socket on another thread, so its work does
// not sit in the window's event loop.
#include "MeetingWindow.h"
#include "PaintCounter.h"
#include "app/DialogProvider.h"
#include "app/LiveRatingController.h"
#include "app/MainWindow.h"
#include "app/MeetingView.h"
#include "app/RadarWidget.h"
#include "app/Settings.h"
#include "framework/FrameworkLoader.h"
#include "live/LiveSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <benchmark/benchmark.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace strongtrust;

namespace {

// One keep-alive connection, blocking: sends a request and reads its answer.
class Phone
{
public:
    explicit Phone(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_ok = ::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    }
    ~Phone() { ::close(m_fd); }
    bool ok() const { return m_ok; }
    // The status of the answer, or 0.
    int exchange(const QByteArray &request)
    {
        if (::send(m_fd, request.constData(), size_t(request.size()), 0) != request.size())
            return 0;
        QByteArray answer;
        char buffer[8192];
        qsizetype end = -1;
        qint64 length = -1;
        while (true) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return 0;
            answer.append(buffer, n);
            if (end < 0 && (end = answer.indexOf("\r\n\r\n")) >= 0) {
                const qsizetype at = answer.toLower().indexOf("content-length:");
                length = answer.mid(at + 15, answer.indexOf('\r', at) - at - 15)
                             .trimmed()
                             .toLongLong();
            }
            if (end >= 0 && answer.size() >= end + 4 + length)
                return answer.mid(9, 3).toInt();
        }
    }

private:
    int m_fd = -1;
    bool m_ok = false;
};

} // namespace

static void BM_TapToRadarRepaint(benchmark::State &state)
{
    MeetingWindow bench;
    if (const char *why = bench.open()) {
        state.SkipWithError(why);
        return;
    }
    app::MainWindow &window = *bench.window;
    // The period's rating is live: open it as a new draft period's would be.
    if (auto s = window.liveRating()->start(QHostAddress::LocalHost, 0); !s) {
        state.SkipWithError(s.errorText().toUtf8().constData());
        return;
    }
    const live::LiveSession *live = window.liveRating()->liveSession();
    const quint16 port = quint16(live->baseUrl().port());
    const QString indicator = live->current();
    QList<QByteArray> tokens;
    for (const live::TrusteeLink &l : live->links())
        tokens.append(l.url.fragment().toLatin1());
    PaintCounter counter;
    for (auto *r : window.meetingView()->findChildren<app::RadarWidget *>())
        r->installEventFilter(&counter);
    QCoreApplication::processEvents();

    std::atomic<int> next { -1 };
    std::atomic<int> lastStatus { 0 };
    std::atomic<bool> done { false };
    std::thread phone([&] {
        Phone p(port);
        int served = -1;
        while (!done) {
            const int i = next.load();
            if (i == served) {
                std::this_thread::yield();
                continue;
            }
            served = i;
            const QByteArray body = "{\"level\": " + QByteArray::number(1 + i % 4) + "}";
            const QByteArray request = "PUT /api/v1/ratings/" + indicator.toUtf8()
                + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                + "\r\nAuthorization: Bearer " + tokens[i % tokens.size()]
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            lastStatus = p.exchange(request);
        }
    });

    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        const int before = counter.paints;
        QElapsedTimer timer;
        timer.start();
        next = i++;
        while (counter.paints == before && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double elapsed = timer.nsecsElapsed() / 1e6;
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1e3);
        // Outside the timing: let the answer arrive, and keep every token
        // under its 20 requests a second.
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 60)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (lastStatus != 200) {
            state.SkipWithError("a rating was refused");
            break;
        }
    }
    done = true;
    phone.join();
    std::sort(ms.begin(), ms.end());
    if (!ms.empty()) {
        state.counters["median_ms"] = ms[ms.size() / 2];
        state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    }
}
BENCHMARK(BM_TapToRadarRepaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(200);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
