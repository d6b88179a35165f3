// Loading and validating frameworks: done at start-up and for every workbook opened.
#include "framework/FrameworkLoader.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace strongtrust;

static void BM_LoadBuiltInFramework(benchmark::State &state)
{
    QFile f(FrameworkLoader::builtInResourcePath());
    if (!f.open(QIODevice::ReadOnly)) {
        state.SkipWithError("built-in framework resource missing");
        return;
    }
    const QByteArray bytes = f.readAll();
    for (auto _ : state) {
        auto fw = FrameworkLoader::loadBytes(bytes, QStringLiteral("built-in"));
        benchmark::DoNotOptimize(fw);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_LoadBuiltInFramework)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
