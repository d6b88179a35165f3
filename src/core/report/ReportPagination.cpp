#include "report/ReportPagination.h"

#include "report/ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <optional>

namespace strongtrust::report {

namespace {

// Layout units (pixels at PageGeometry::kLayoutDpi) per CSS pixel, the unit
// of lengths in text formats.
constexpr qreal kUnitsPerCssPixel = PageGeometry::kLayoutDpi / 96.0;

// How far past the foot of the text area a row is pushed so that Qt's table
// layout moves it to the next page: a little more than a cell's padding and
// border, so that it always moves, and little enough that the row above,
// stretched to the foot as Qt stretches it when it moves a row itself, ends
// within a fraction of a millimetre of it.
constexpr qreal kRowPush = 2.5 * kUnitsPerCssPixel;

class Pages
{
public:
    Pages(QTextDocument &doc, const PageGeometry &geometry)
        : m_doc(doc), m_layout(doc.documentLayout()), m_geometry(geometry)
    {
    }

    int pageAt(qreal y) const { return int(y / m_geometry.page.height()); }
    // The foot of the text area of page `page`.
    qreal footOf(int page) const
    {
        return (page + 1) * m_geometry.page.height() - m_geometry.margins.bottom();
    }

    // The top of a block's first line and the bottom of its last; a block
    // that does not fit keeps its place, but its lines move to the next page.
    qreal firstLineTop(const QTextBlock &b) const
    {
        qreal y = m_layout->blockBoundingRect(b).top();
        if (b.layout() && b.layout()->lineCount() > 0)
            y += b.layout()->lineAt(0).y();
        return y;
    }
    qreal lastLineBottom(const QTextBlock &b) const
    {
        const QRectF rect = m_layout->blockBoundingRect(b);
        const QTextLayout *l = b.layout();
        if (!l || l->lineCount() == 0)
            return rect.bottom();
        const QTextLine last = l->lineAt(l->lineCount() - 1);
        return rect.top() + last.y() + last.height();
    }
    int page(const QTextBlock &b) const { return pageAt(firstLineTop(b)); }

    QTextDocument &doc() const { return m_doc; }
    qreal textHeight() const
    {
        return m_geometry.page.height() - m_geometry.margins.top() - m_geometry.margins.bottom();
    }

    // Everything from `position` on is laid out again. A format change
    // re-lays out its own block, but Qt's incremental layout can leave the
    // blocks after a table with stale positions: laid out in one place and
    // painted (or skipped) from another, so whole headings and notes vanished
    // from the page.
    void relayoutFrom(int position) const
    {
        m_doc.markContentsDirty(position, m_doc.characterCount() - position);
    }

private:
    QTextDocument &m_doc;
    QAbstractTextDocumentLayout *m_layout;
    const PageGeometry &m_geometry;
};

bool breaksBefore(const QTextFormat &f)
{
    return QTextFormat::PageBreakFlags(f.intProperty(QTextFormat::PageBreakPolicy))
        & QTextFormat::PageBreak_AlwaysBefore;
}

void setBreakBefore(QTextBlock block)
{
    QTextCursor cursor(block);
    QTextBlockFormat breaking = block.blockFormat();
    breaking.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(breaking);
}

// The first block, from `b` back, of the run of keep-with-next blocks on b's
// page that ends with `b`.
QTextBlock runStart(const Pages &pages, const QTextBlock &b)
{
    QTextBlock first = b;
    for (QTextBlock p = b.previous(); p.isValid() && p.blockFormat().boolProperty(kKeepWithNext)
         && pages.page(p) == pages.page(b);
         p = p.previous()) {
        first = p;
        if (breaksBefore(p.blockFormat()))
            break;
    }
    return first;
}

// A keep-with-next block in [from, to) whose next block starts another page:
// the start of its run, which is to start the next page.
std::optional<QTextBlock> strandedRun(const Pages &pages, int from, int to)
{
    for (QTextBlock b = pages.doc().findBlock(from); b.isValid() && b.position() < to;
         b = b.next()) {
        const QTextBlockFormat f = b.blockFormat();
        if (!f.boolProperty(kKeepWithNext) || breaksBefore(f))
            continue;
        QTextBlock next = b.next();
        while (next.isValid() && next.text().isEmpty() && !next.next().isValid())
            next = next.next();
        if (!next.isValid() || pages.page(next) == pages.page(b))
            continue;
        const QTextBlock first = runStart(pages, b);
        if (breaksBefore(first.blockFormat()))
            continue; // the run already starts a page: it is longer than a page can keep together
        return first;
    }
    return std::nullopt;
}

struct RowExtent {
    qreal top = 0; // of its cells' first lines
    qreal bottom = 0; // of its cells' last lines
};

RowExtent rowExtent(const Pages &pages, QTextTable *table, int row)
{
    RowExtent e { 1e300, -1e300 };
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue; // part of a spanning cell
        e.top = std::min(e.top, pages.firstLineTop(cell.firstCursorPosition().block()));
        e.bottom = std::max(e.bottom, pages.lastLineBottom(cell.lastCursorPosition().block()));
    }
    return e;
}

struct SplitRow {
    QTextTable *table = nullptr;
    int row = 0;
    int position = 0; // of its first cell
    RowExtent extent;
};

// The first body row of a table in [from, to) whose cells run from one page
// onto the next, and that would fit on a page below the table's header; rows
// at `skipped` positions could not be moved.
std::optional<SplitRow> splitRow(const Pages &pages, int from, int to, const QSet<int> &skipped)
{
    for (QTextFrame *frame : pages.doc().rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->lastPosition() < from)
            continue;
        if (table->firstPosition() >= to)
            break;
        const int headerRows = table->format().headerRowCount();
        qreal headerHeight = 0;
        if (headerRows > 0) {
            const RowExtent header = rowExtent(pages, table, 0);
            headerHeight = header.bottom - header.top;
        }
        for (int r = headerRows; r < table->rows(); ++r) {
            const int position = table->cellAt(r, 0).firstPosition();
            if (position < from || skipped.contains(position))
                continue;
            if (position >= to)
                break;
            const RowExtent e = rowExtent(pages, table, r);
            if (pages.pageAt(e.top) == pages.pageAt(e.bottom - 1))
                continue;
            if (e.bottom - e.top + headerHeight > pages.textHeight() * 0.95)
                continue; // taller than a page: it must split somewhere
            return SplitRow { table, r, position, e };
        }
    }
    return std::nullopt;
}

// Where the document starts a new page whatever comes before: blocks and
// tables that break before themselves, in order, after the document's start.
// What lies between two of them is paginated independently of the rest.
QList<int> pageStarts(const QTextDocument &doc)
{
    QList<int> starts { 0 };
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (breaksBefore(b.blockFormat()) && b.position() > 0)
            starts.append(b.position());
    }
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (breaksBefore(frame->frameFormat()))
            starts.append(frame->firstPosition());
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    starts.append(doc.characterCount());
    return starts;
}

// Moves a split row to the next page. Qt's table layout moves a row only when
// its first lines do not fit; lengthening the row above to the foot of the
// page, as Qt does when it moves a row itself, makes the row start past it.
// The table's first body row takes the table, and the heading run before it,
// to the next page instead. Returns whether anything changed.
bool moveRow(const Pages &pages, const SplitRow &split)
{
    QTextTable *table = split.table;
    const int headerRows = table->format().headerRowCount();
    if (split.row == headerRows) {
        const QTextBlock before = pages.doc().findBlock(table->firstPosition() - 1);
        if (before.isValid() && before.blockFormat().boolProperty(kKeepWithNext)) {
            const QTextBlock first = runStart(pages, before);
            if (breaksBefore(first.blockFormat()))
                return false;
            setBreakBefore(first);
            return true;
        }
        QTextTableFormat format = table->format();
        if (breaksBefore(format))
            return false;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
        return true;
    }
    const qreal push = pages.footOf(pages.pageAt(split.extent.top)) - split.extent.top + kRowPush;
    const qreal tablePadding = table->format().cellPadding();
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(split.row - 1, c);
        if (cell.row() + cell.rowSpan() - 1 != split.row - 1 || cell.column() != c)
            continue;
        QTextTableCellFormat f = cell.format().toTableCellFormat();
        const qreal padding
            = f.hasProperty(QTextFormat::TableCellBottomPadding) ? f.bottomPadding() : tablePadding;
        f.setBottomPadding(padding + push / kUnitsPerCssPixel);
        cell.setFormat(f);
    }
    return true;
}

} // namespace

void paginate(QTextDocument &doc, const PageGeometry &geometry)
{
    const Pages pages(doc, geometry);
    QSet<int> skipped; // rows that cannot be moved
    // Each move shifts everything after it up to the next forced page start
    // (a section's heading, say), and nothing beyond: so each round makes the
    // first move of every stretch between page starts, then lays the document
    // out once. The bound only stops a layout that never settles.
    for (int round = 0; round < 500; ++round) {
        const QList<int> starts = pageStarts(doc);
        // One edit block: the layout runs once for the round, not once for
        // each format it changes.
        QTextCursor edit(&doc);
        edit.beginEditBlock();
        int first = -1;
        bool found = false;
        for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
            const int from = starts[i];
            const int to = starts[i + 1];
            const std::optional<QTextBlock> run = strandedRun(pages, from, to);
            const std::optional<SplitRow> row = splitRow(pages, from, to, skipped);
            int at = -1;
            if (run && (!row || run->position() < row->position)) {
                setBreakBefore(*run);
                at = run->position();
            } else if (row) {
                if (moveRow(pages, *row))
                    at = row->table->firstPosition() - 1;
                else
                    skipped.insert(row->position); // the next round looks past it
            }
            found = found || run || row;
            if (at >= 0 && first < 0)
                first = std::max(0, at);
        }
        if (first >= 0)
            pages.relayoutFrom(first);
        edit.endEditBlock();
        if (!found)
            return;
    }
}

} // namespace strongtrust::report
