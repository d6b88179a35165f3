// From a rating key pressed in meeting mode to the radar repainted with the
// new score: the whole path a board sees (key handler, validation, durable
// commit with audit entry, rescoring, repaint). Target: within one frame (16 ms).
#include "MeetingWindow.h"
#include "PaintCounter.h"
#include "app/AssessmentPage.h"
#include "app/DialogProvider.h"
#include "app/MainWindow.h"
#include "app/MeetingView.h"
#include "app/RadarWidget.h"
#include "app/Settings.h"
#include "framework/FrameworkLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

using namespace strongtrust;

static void BM_RatingKeyToRadarRepaint(benchmark::State &state)
{
    MeetingWindow bench;
    if (const char *why = bench.open()) {
        state.SkipWithError(why);
        return;
    }
    app::MainWindow &window = *bench.window;
    app::MeetingView *meeting = window.meetingView();
    PaintCounter counter;
    window.assessmentPage()->radar()->installEventFilter(&counter);
    // The meeting view's own radar is the one on screen.
    auto radars = meeting->findChildren<app::RadarWidget *>();
    for (auto *r : radars)
        r->installEventFilter(&counter);
    QCoreApplication::processEvents();

    std::vector<double> ms;
    int key = 0;
    for (auto _ : state) {
        const int before = counter.paints;
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(meeting, Qt::Key(Qt::Key_1 + (key++ % 4)));
        while (counter.paints == before)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double elapsed = timer.nsecsElapsed() / 1e6;
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1e3);
    }
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
}
BENCHMARK(BM_RatingKeyToRadarRepaint)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(300);

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
