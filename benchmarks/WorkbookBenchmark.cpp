// Workbook storage: what a board meeting waits on. Compared, in the same run,
// with the floor: a bare single-row QtSql upsert plus commit with the same
// pragmas (WAL, synchronous=FULL). Figures: docs/performance.md.
#include "SyntheticWorkbook.h"
#include "exchange/AssessmentImporter.h"
#include "framework/FrameworkLoader.h"
#include "scoring/Scoring.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

using namespace strongtrust;

namespace {

// Median and 99th percentile of per-operation times, as counters (ms).
void reportLatencies(benchmark::State &state, std::vector<double> &ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
}

const QString &tempRoot()
{
    static QTemporaryDir dir;
    static const QString path = dir.path();
    return path;
}

// The 10-period × 15-trustee workbook, built once per process.
QString syntheticWorkbookPath()
{
    static const QString path = [] {
        const QString p = tempRoot() + QStringLiteral("/synthetic.strongtrust");
        auto wb = synthetic::buildWorkbook(
            p, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn(), {});
        if (!wb)
            qFatal("cannot build the synthetic workbook: %s", qPrintable(wb.errorText()));
        return p;
    }();
    return path;
}

} // namespace

static void BM_BareUpsertCommit(benchmark::State &state)
{
    const QString path = tempRoot() + QStringLiteral("/bare.sqlite");
    std::vector<double> ms;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS rating (assessment INTEGER, trustee INTEGER, indicator "
            "TEXT,"
            " level REAL, PRIMARY KEY (assessment, trustee, indicator)) WITHOUT ROWID"));
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO rating VALUES (1, 1, 'governance.x', ?) ON CONFLICT"
            " (assessment, trustee, indicator) DO UPDATE SET level = excluded.level"));
        int i = 0;
        for (auto _ : state) {
            QElapsedTimer t;
            t.start();
            db.transaction();
            upsert.bindValue(0, 1 + (i++ % 4));
            upsert.exec();
            db.commit();
            const double elapsed = t.nsecsElapsed() / 1e6;
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
BENCHMARK(BM_BareUpsertCommit)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2000);

// The whole app-level path: validation, the old value read, the upsert, the
// audit entry, and a durable commit.
static void BM_SetRatingDurable(benchmark::State &state)
{
    auto wb = Workbook::create(tempRoot() + QStringLiteral("/rating.strongtrust"),
        QStringLiteral("Trust"), FrameworkLoader::builtIn());
    if (!wb) {
        state.SkipWithError("cannot create a workbook");
        return;
    }
    const qint64 a
        = wb.value()
              ->createAssessment(QStringLiteral("2025/26"), {}, wb.value()->defaultFrameworkKey())
              .value();
    const qint64 t = wb.value()->addTrustee(QStringLiteral("Jane Smith")).value();
    const QString indicator = QStringLiteral("governance.shared-accountability");
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const auto s = wb.value()->setRating(a, t, indicator, RatingValue::of(1 + (i++ % 4)));
        const double elapsed = timer.nsecsElapsed() / 1e6;
        if (!s)
            state.SkipWithError("setRating failed");
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1e3);
    }
    reportLatencies(state, ms);
}
BENCHMARK(BM_SetRatingDurable)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2000);

// Importing ten periods of fifteen trustees rating the built-in framework.
static void BM_ImportTenPeriods(benchmark::State &state)
{
    const QList<QByteArray> docs
        = synthetic::documents(FrameworkLoader::builtIn(), QStringLiteral("Trust"), {});
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto wb = Workbook::create(tempRoot() + QStringLiteral("/import-%1.strongtrust").arg(n++),
            QStringLiteral("Trust"), FrameworkLoader::builtIn());
        state.ResumeTiming();
        for (const QByteArray &doc : docs)
            benchmark::DoNotOptimize(
                importAssessment(*wb.value(), doc, QStringLiteral("doc.json")));
    }
    state.counters["ratings"]
        = double(docs.size()) * 15 * FrameworkLoader::builtIn().indicatorCount();
}
BENCHMARK(BM_ImportTenPeriods)->Unit(benchmark::kMillisecond)->Iterations(3);

// What opening the window waits for: open the workbook and score every period.
static void BM_OpenAndScoreTenPeriods(benchmark::State &state)
{
    const QString path = syntheticWorkbookPath();
    for (auto _ : state) {
        auto wb = Workbook::open(path);
        double sum = 0;
        for (const AssessmentInfo &a : wb.value()->assessments()) {
            const auto fw = wb.value()->framework(a.frameworkKey);
            const auto data = wb.value()->loadAssessment(a.id);
            const AssessmentScores scores
                = scoreAssessment(fw.value(), data.value(), wb.value()->raters(a.id));
            sum += scores.overall.value_or(0);
        }
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_OpenAndScoreTenPeriods)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
