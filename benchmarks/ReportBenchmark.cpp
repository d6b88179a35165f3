// The narrative report of the 10-period × 15-trustee synthetic workbook: what
// a CEO waits for after pressing Export. Target: the PDF in under 0.5 s.
// Compared, in the same run, with the floor the report is built on: the radar
// chart painted into a PDF page. Figures: docs/performance.md.
#include "SyntheticWorkbook.h"
#include "framework/FrameworkLoader.h"
#include "report/Narrative.h"
#include "report/RadarChart.h"
#include "report/Report.h"
#include "report/ReportDocument.h"
#include "scoring/Scoring.h"
#include "workbook/Workbook.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace strongtrust;

namespace {

const QString &tempRoot()
{
    static QTemporaryDir dir;
    static const QString path = dir.path();
    return path;
}

// The synthetic workbook, built once per process and opened read-only.
struct Fixture {
    std::unique_ptr<Workbook> wb;
    qint64 latest = 0;
    ReportOptions options;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        const QString path = tempRoot() + QStringLiteral("/synthetic.strongtrust");
        auto built = synthetic::buildWorkbook(
            path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn(), {});
        if (!built)
            qFatal("cannot build the synthetic workbook: %s", qPrintable(built.errorText()));
        built.value().reset();
        auto opened = Workbook::open(path, Workbook::OpenOptions { true });
        if (!opened)
            qFatal("cannot open the synthetic workbook: %s", qPrintable(opened.errorText()));
        Fixture out;
        out.wb = std::move(opened).value();
        out.latest = out.wb->assessments().constLast().id;
        out.options.today = QDate(2026, 2, 1);
        return out;
    }();
    return f;
}

} // namespace

static void BM_RadarChartIntoPdfPage(benchmark::State &state)
{
    const Fixture &f = fixture();
    const auto data = f.wb->loadAssessment(f.latest);
    const auto fw = f.wb->framework(data->info.frameworkKey);
    const AssessmentScores scores
        = scoreAssessment(fw.value(), data.value(), f.wb->raters(f.latest));
    const RadarChartData chart = radarChartData(
        fw.value(), scores, QStringLiteral("now"), &fw.value(), &scores, QStringLiteral("then"));
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        paintRadarChart(painter, QRectF(0, 0, writer.width(), writer.height() * 0.6), chart);
        painter.end();
        benchmark::DoNotOptimize(bytes.size());
    }
}
BENCHMARK(BM_RadarChartIntoPdfPage)->Unit(benchmark::kMillisecond);

static void BM_Narrative(benchmark::State &state)
{
    const Fixture &f = fixture();
    for (auto _ : state) {
        auto n = buildNarrative(*f.wb, f.latest, f.options);
        benchmark::DoNotOptimize(n.ok());
    }
}
BENCHMARK(BM_Narrative)->Unit(benchmark::kMillisecond);

// Loading, narrative and layout: what an in-app preview waits for.
static void BM_ReportDocumentLayout(benchmark::State &state)
{
    const Fixture &f = fixture();
    int pages = 0;
    for (auto _ : state) {
        auto doc = ReportDocument::build(*f.wb, f.latest, f.options);
        pages = doc.value()->pageCount();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ReportDocumentLayout)->Unit(benchmark::kMillisecond);

static void BM_ReportPdf(benchmark::State &state)
{
    const Fixture &f = fixture();
    qsizetype size = 0;
    for (auto _ : state) {
        auto pdf = renderReportPdf(*f.wb, f.latest, f.options);
        size = pdf.value().size();
    }
    state.counters["bytes"] = double(size);
}
BENCHMARK(BM_ReportPdf)->Unit(benchmark::kMillisecond);

static void BM_ReportPdfPublic(benchmark::State &state)
{
    const Fixture &f = fixture();
    ReportOptions options = f.options;
    options.audience = ReportAudience::Public;
    for (auto _ : state) {
        auto pdf = renderReportPdf(*f.wb, f.latest, options);
        benchmark::DoNotOptimize(pdf.ok());
    }
}
BENCHMARK(BM_ReportPdfPublic)->Unit(benchmark::kMillisecond);

static void BM_ReportHtml(benchmark::State &state)
{
    const Fixture &f = fixture();
    qsizetype size = 0;
    for (auto _ : state) {
        auto html = renderReportHtml(*f.wb, f.latest, f.options);
        size = html.value().size();
    }
    state.counters["bytes"] = double(size);
}
BENCHMARK(BM_ReportHtml)->Unit(benchmark::kMillisecond);

static void BM_MinutesText(benchmark::State &state)
{
    const Fixture &f = fixture();
    for (auto _ : state) {
        auto text = renderMinutesText(*f.wb, f.latest, f.options);
        benchmark::DoNotOptimize(text.ok());
    }
}
BENCHMARK(BM_MinutesText)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // Headless, as the command line runs it: fonts and a paint device, no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid()) {
        QFile::setPermissions(
            runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
