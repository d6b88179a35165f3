// Pagination that keeps together what a reader needs together: no table row
// split across two pages (unless it is taller than a page), the table's
// header repeated above the rows a page break carries over, and no page left
// half empty before a table whose first rows would have fitted on it.
#include "report/ReportPagination.h"

#include "ReportTestSupport.h"
#include "SyntheticWorkbook.h"
#include "exchange/AssessmentImporter.h"
#include "report/Narrative.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"
#include "report/ReportDocument.h"
#include "report/ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace strongtrust;

namespace {

const report::PageGeometry kA4 = report::PageGeometry::a4();
// Lengths in text formats are CSS pixels, laid out at the report's resolution.
constexpr qreal kUnitsPerCssPixel = report::PageGeometry::kLayoutDpi / 96.0;

struct Line {
    qreal top = 0;
    qreal bottom = 0;
};

// Every line of every block from `first` to `last` (inclusive), in document coordinates.
QList<Line> lines(const QTextDocument &doc, int first, int last)
{
    QList<Line> out;
    for (QTextBlock b = doc.findBlock(first); b.isValid() && b.position() <= last; b = b.next()) {
        const QRectF rect = doc.documentLayout()->blockBoundingRect(b);
        const QTextLayout *layout = b.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            out.append({ rect.top() + line.y(), rect.top() + line.y() + line.height() });
        }
    }
    return out;
}

int pageAt(qreal y)
{
    return int(y / kA4.page.height());
}

QList<QTextTable *> tables(const QTextDocument &doc)
{
    QList<QTextTable *> out;
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f))
            out.append(t);
    }
    return out;
}

// The first and last line of a table row, over all its cells.
Line rowLines(const QTextDocument &doc, QTextTable *table, int row)
{
    Line out { 1e300, -1e300 };
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        const QList<Line> ls = lines(doc, cell.firstPosition(), cell.lastPosition());
        if (ls.isEmpty())
            continue;
        out.top = std::min(out.top, ls.first().top);
        out.bottom = std::max(out.bottom, ls.last().bottom);
    }
    return out;
}

class ReportPaginationTest : public testing::Test
{
protected:
    void checkPagination(const Workbook &wb, qint64 assessment, const std::string &name)
    {
        ReportOptions options;
        options.today = QDate(2026, 3, 1);
        auto data = loadReportData(wb, assessment, options);
        ASSERT_TRUE(data.ok()) << data.errorText().toStdString();
        const auto report = ReportDocument::build(data.value());
        const QTextDocument &doc = report->textDocument();
        ASSERT_GT(doc.pageCount(), 3);
        const qreal textHeight = kA4.page.height() - kA4.margins.top() - kA4.margins.bottom();

        int carriedOver = 0;
        for (QTextTable *table : tables(doc)) {
            const int headerRows = table->format().headerRowCount();
            for (int r = headerRows; r < table->rows(); ++r) {
                const Line row = rowLines(doc, table, r);
                if (row.bottom - row.top > textHeight * 0.8)
                    continue; // taller than a page can hold below a header
                EXPECT_EQ(pageAt(row.top), pageAt(row.bottom - 1))
                    << name << ": row " << r << " of the table at " << table->firstPosition()
                    << " runs from page " << pageAt(row.top) + 1 << " onto the next";
                if (r > headerRows) {
                    const Line above = rowLines(doc, table, r - 1);
                    if (pageAt(above.top) < pageAt(row.top)) {
                        ++carriedOver;
                        // The header is painted again at the top of the new
                        // page, above the row (Qt repeats header rows).
                        const qreal pageTop
                            = pageAt(row.top) * kA4.page.height() + kA4.margins.top();
                        EXPECT_GT(row.top - pageTop, 0.5 * kA4.unitsPerMm())
                            << name << ": no room for the repeated header above row " << r;
                    }
                }
            }
        }
        EXPECT_GT(carriedOver, 0) << name << ": no table runs onto a second page to check";

        // A page that ends before a table (with the heading above it) ends so
        // early only where the table's header and first row did not fit.
        const auto written = report::writeTextDocument(
            report::buildReportContent(data.value(), buildNarrative(data.value())), kA4);
        for (QTextTable *table : tables(doc)) {
            const int headerRows = table->format().headerRowCount();
            if (table->rows() <= headerRows)
                continue;
            const Line firstRow = rowLines(doc, table, headerRows);
            const int page = pageAt(firstRow.top);
            // What belongs with the table: the headings just above it.
            QTextBlock start = doc.findBlock(table->firstPosition() - 1);
            while (start.previous().isValid()
                && start.previous().blockFormat().boolProperty(report::kKeepWithNext)
                && pageAt(doc.documentLayout()->blockBoundingRect(start.previous()).bottom() - 1)
                    == page)
                start = start.previous();
            const QList<Line> before = lines(doc, 0, start.position() - 1);
            if (before.isEmpty() || pageAt(before.last().bottom - 1) != page - 1)
                continue; // the table does not start a page
            if (written->findBlock(start.position()).blockFormat().pageBreakPolicy()
                & QTextFormat::PageBreak_AlwaysBefore)
                continue; // a section the report starts on a new page
            const qreal free
                = kA4.page.height() * page - kA4.margins.bottom() - before.last().bottom;
            const QList<Line> together = lines(doc, start.position(), table->firstPosition() - 1);
            const qreal top = together.isEmpty() ? firstRow.top : together.first().top;
            // The run's first block keeps its top margin (a heading's space above it).
            const qreal margin = start.blockFormat().topMargin() * kUnitsPerCssPixel;
            const qreal needed = firstRow.bottom - top + margin;
            EXPECT_LT(free, needed + 5 * kA4.unitsPerMm())
                << name << ": page " << page << " ends " << free / kA4.unitsPerMm()
                << " mm early before a table whose heading and first row take "
                << needed / kA4.unitsPerMm() << " mm";
        }
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(ReportPaginationTest, SampleWorkbookKeepsRowsWhole)
{
    auto created = Workbook::create(dir.filePath(QStringLiteral("sample.strongtrust")),
        QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    Workbook &wb = *created.value();
    const QDir samples(QStringLiteral(STRONGTRUST_TEST_DATA "/../../resources/samples"));
    for (const QString &f : samples.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        auto imported = importAssessmentFile(wb, samples.filePath(f));
        ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    }
    for (const AssessmentInfo &info : wb.assessments())
        checkPagination(wb, info.id, info.period.toStdString());
}

TEST_F(ReportPaginationTest, FifteenTrusteesWithANoteOnEveryRatingKeepRowsWhole)
{
    synthetic::Spec spec;
    spec.periods = 2;
    spec.trustees = 15;
    spec.firstYear = 2024;
    spec.noteEveryRating = true;
    auto built = synthetic::buildWorkbook(dir.filePath(QStringLiteral("fifteen.strongtrust")),
        QStringLiteral("Fifteen Trustees Trust"), FrameworkLoader::builtIn(), spec);
    ASSERT_TRUE(built.ok()) << built.errorText().toStdString();
    checkPagination(*built.value(), built.value()->assessments().last().id, "fifteen");
}
