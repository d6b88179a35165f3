#include "report/ReportTextDocument.h"

#include "report/ReportChartObject.h"
#include "report/ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace strongtrust::report {

namespace {

const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kBody(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kRule(0xbc, 0xc3, 0xcb);
const QColor kHeaderFill(0xe6, 0xed, 0xf4);
const QColor kDraft(0xb0, 0x1c, 0x1c);

// Lengths in text formats (margins, padding, borders) are in CSS pixels,
// which QTextDocument scales to the paint device.
qreal px(qreal mm)
{
    return mm / 25.4 * 96.0;
}

// Qt breaks a word too long for its line only after looking ahead to the
// word's end, on every line it fills: a run of text with nowhere to break
// costs time growing far faster than its length (docs/performance.md). A
// ZERO WIDTH SPACE every few characters of such a run gives the line breaker
// somewhere to stop. It is invisible, and absent from text copied or
// extracted from the PDF; words of honest length are left as they are.
constexpr qsizetype kLongRun = 40; // longer than any word and most web addresses
constexpr qsizetype kBreakEvery = 4; // so that such a run still fills its lines

QString withBreakOpportunities(const QString &text)
{
    if (text.size() <= kLongRun)
        return text;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    QString out;
    out.reserve(text.size() + text.size() / kBreakEvery);
    qsizetype start = 0;
    while (start < text.size()) {
        breaks.setPosition(start);
        qsizetype end = breaks.toNextBoundary();
        if (end < 0)
            end = text.size();
        if (end - start <= kLongRun) {
            out += QStringView(text).sliced(start, end - start);
        } else {
            qsizetype since = 0;
            for (qsizetype i = start; i < end; ++i) {
                if (since >= kBreakEvery) {
                    graphemes.setPosition(i); // never inside a character or before its accent
                    if (graphemes.isAtBoundary()) {
                        out += QChar(0x200B);
                        since = 0;
                    }
                }
                out += text[i];
                ++since;
            }
        }
        start = end;
    }
    return out;
}

// Writes blocks into a QTextDocument through a cursor: text goes in as text,
// never as markup, so nothing from the workbook can format the report.
class Writer
{
public:
    Writer(QTextDocument &doc, const PageGeometry &geometry, const ReportContent &content)
        : m_doc(doc), m_cursor(&doc), m_geometry(geometry), m_content(content)
    {
    }

    void write()
    {
        for (const Block &b : m_content.blocks)
            writeBlock(b);
    }

private:
    static QTextCharFormat chars(
        qreal points, const QColor &color = kBody, bool bold = false, bool italic = false)
    {
        QTextCharFormat f;
        f.setFontPointSize(points);
        f.setForeground(color);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(italic);
        return f;
    }

    static QTextBlockFormat blockFormat(qreal topMm, qreal bottomMm, int lineHeightPercent = 100)
    {
        QTextBlockFormat f;
        f.setTopMargin(px(topMm));
        f.setBottomMargin(px(bottomMm));
        if (lineHeightPercent != 100)
            f.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
        return f;
    }

    // A new paragraph, or the empty one the document (or a table) left.
    void startBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_reuse) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_reuse = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    // Where a table or frame goes: straight after the paragraph before it, or
    // in the empty paragraph a previous table left, made to take no space.
    void frameAnchor()
    {
        if (!m_reuse)
            return;
        QTextBlockFormat none = blockFormat(0, 0);
        none.setLineHeight(0, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(none);
        m_reuse = false;
    }

    void text(const QString &s, const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        startBlock(block, chars);
        m_cursor.insertText(withBreakOpportunities(s), chars);
    }

    void writeBlock(const Block &b)
    {
        QTextBlockFormat block;
        QTextCharFormat format;
        switch (b.kind) {
        case Block::Kind::DraftMark:
            draftMark(b.text);
            return;
        case Block::Kind::Bullets:
            bullets(b.items);
            return;
        case Block::Kind::Table:
            table(b.table, false);
            return;
        case Block::Kind::KeyValues:
            table(b.table, true);
            return;
        case Block::Kind::Chart:
            chart(b.chart);
            return;
        case Block::Kind::Trends:
            trends(b.trends);
            return;
        case Block::Kind::CoverTrust:
            block = blockFormat(45, 4);
            format = chars(24, kAccent, true);
            break;
        case Block::Kind::CoverTitle:
            block = blockFormat(2, 2);
            format = chars(17, kBody);
            break;
        case Block::Kind::CoverSubtitle:
            block = blockFormat(0, 12);
            format = chars(11, kMuted);
            break;
        case Block::Kind::Heading1:
            block = blockFormat(0, 3);
            block.setHeadingLevel(1);
            format = chars(16, kAccent, true);
            break;
        case Block::Kind::Heading2:
            block = blockFormat(5, 2);
            block.setHeadingLevel(2);
            format = chars(11.5, kAccent, true);
            break;
        case Block::Kind::Heading3:
            block = blockFormat(3, 1.5);
            block.setHeadingLevel(3);
            format = chars(9.5, kBody, true);
            break;
        case Block::Kind::Paragraph:
            block = blockFormat(0, 2.5, 125);
            format = chars(9.5);
            break;
        case Block::Kind::Lead:
            block = blockFormat(0, 2.5, 125);
            format = chars(9.5, kMuted, false, true);
            break;
        case Block::Kind::Note:
            block = blockFormat(0, 1.2, 120);
            format = chars(8, kMuted);
            break;
        case Block::Kind::Small:
            block = blockFormat(0, 1.8, 120);
            block.setLeftMargin(px(4));
            format = chars(8.5);
            break;
        }
        if (b.pageBreakBefore)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (b.keepWithNext || block.headingLevel() > 0)
            block.setProperty(kKeepWithNext, true);
        text(b.text, block, format);
    }

    void draftMark(const QString &s)
    {
        frameAnchor();
        QTextFrameFormat frame;
        frame.setBorder(1.5);
        frame.setBorderBrush(kDraft);
        frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        frame.setPadding(px(3));
        frame.setTopMargin(px(6));
        frame.setBottomMargin(px(8));
        m_cursor.insertFrame(frame);
        m_cursor.setBlockFormat(blockFormat(0, 0));
        m_cursor.insertText(withBreakOpportunities(s), chars(12, kDraft, true));
        m_cursor = m_doc.rootFrame()->lastCursorPosition();
        m_reuse = true;
    }

    void bullets(const QStringList &items)
    {
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        QTextList *current = nullptr;
        for (const QString &item : items) {
            startBlock(blockFormat(0, 1.5, 125), chars(9.5));
            m_cursor.insertText(withBreakOpportunities(item), chars(9.5));
            if (current)
                current->add(m_cursor.block());
            else
                current = m_cursor.createList(list);
        }
        // What follows is not part of the list.
        m_cursor.insertBlock(blockFormat(0, 0), chars(9.5));
        if (QTextList *l = m_cursor.currentList())
            l->remove(m_cursor.block());
        m_cursor.setBlockFormat(blockFormat(0, 0));
        m_reuse = true;
    }

    void table(const Table &t, bool keyValues)
    {
        const int columns = int(t.widths.size());
        const int headerRows = t.headers.isEmpty() ? 0 : 1;
        const int rows = int(t.rows.size()) + headerRows;
        if (columns == 0 || rows == 0)
            return;
        const qreal body = t.compact ? 7.5 : (keyValues ? 9.5 : 8.5);
        const qreal note = t.compact ? 6.5 : 7.5;

        frameAnchor();
        QTextTableFormat format;
        QList<QTextLength> widths;
        for (double w : t.widths)
            widths.append(QTextLength(QTextLength::PercentageLength, w));
        format.setColumnWidthConstraints(widths);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(headerRows);
        format.setCellSpacing(0);
        format.setCellPadding(keyValues ? px(1) : px(t.compact ? 0.6 : 1.0));
        format.setBorderCollapse(true);
        format.setBorder(keyValues ? 0 : 1); // thinner rounds to none
        format.setBorderBrush(kRule);
        format.setBorderStyle(
            keyValues ? QTextFrameFormat::BorderStyle_None : QTextFrameFormat::BorderStyle_Solid);
        format.setBottomMargin(px(4));
        if (keyValues)
            format.setTopMargin(px(3));
        QTextTable *table = m_cursor.insertTable(rows, columns, format);

        auto fill = [&](int r, int c, const Cell &cell, bool header) {
            QTextTableCell tc = table->cellAt(r, c);
            if (header) {
                QTextTableCellFormat cf = tc.format().toTableCellFormat();
                cf.setBackground(kHeaderFill);
                tc.setFormat(cf);
            }
            QTextCursor cc = tc.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
            if (t.centredColumns.contains(c))
                bf.setAlignment(Qt::AlignHCenter);
            const QTextCharFormat main
                = chars(body, header ? kAccent : kBody, header || cell.strong);
            const QStringList paragraphs = cell.text.split(u'\n');
            for (int p = 0; p < paragraphs.size(); ++p) {
                if (p == 0) {
                    // Not setBlockCharFormat: a cell's first block carries the cell's own format.
                    cc.setBlockFormat(bf);
                } else {
                    QTextBlockFormat spaced = bf;
                    spaced.setTopMargin(px(1.2)); // separate items (evidence) in one cell
                    cc.insertBlock(spaced, main);
                }
                cc.insertText(withBreakOpportunities(paragraphs[p]), main);
            }
            const QTextCharFormat small = chars(note, kMuted);
            for (const QString &n : cell.notes) {
                cc.insertBlock(bf, small);
                cc.insertText(withBreakOpportunities(n), small);
            }
        };
        for (int c = 0; c < columns && headerRows; ++c)
            fill(0, c, Cell { t.headers.value(c), {}, true }, true);
        for (int r = 0; r < t.rows.size(); ++r) {
            for (int c = 0; c < columns && c < t.rows[r].size(); ++c)
                fill(r + headerRows, c, t.rows[r][c], false);
        }
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextCharacter);
        m_reuse = true;
    }

    void chart(int index)
    {
        QTextBlockFormat block = blockFormat(2, 1);
        block.setAlignment(Qt::AlignHCenter);
        startBlock(block, chars(9.5));
        const qreal width
            = m_geometry.page.width() - m_geometry.margins.left() - m_geometry.margins.right();
        QTextCharFormat object;
        object.setObjectType(ReportChartObject::kObjectType);
        object.setProperty(ReportChartObject::kChartIndex, index);
        object.setProperty(ReportChartObject::kSize, QSizeF(width, width * 0.62));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    // Trend charts side by side, two to the text width, in one line that
    // moves to the next page whole.
    void trends(const QList<int> &indices)
    {
        QTextBlockFormat block = blockFormat(1.5, 2);
        block.setNonBreakableLines(true);
        startBlock(block, chars(9.5));
        const qreal width
            = m_geometry.page.width() - m_geometry.margins.left() - m_geometry.margins.right();
        const qreal each = width * 0.485;
        for (int i = 0; i < indices.size(); ++i) {
            if (i > 0)
                m_cursor.insertText(QStringLiteral(" "), chars(9.5));
            QTextCharFormat object;
            object.setObjectType(ReportChartObject::kObjectType);
            object.setProperty(ReportChartObject::kChartKind, ReportChartObject::kTrend);
            object.setProperty(ReportChartObject::kChartIndex, indices[i]);
            object.setProperty(ReportChartObject::kSize, QSizeF(each, each * 0.5));
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
    }

    QTextDocument &m_doc;
    QTextCursor m_cursor;
    const PageGeometry &m_geometry;
    const ReportContent &m_content;
    bool m_reuse = true; // the document starts with an empty paragraph
};

} // namespace

PageGeometry PageGeometry::a4()
{
    PageGeometry g;
    const qreal mm = kLayoutDpi / 25.4;
    g.page = QSizeF(210 * mm, 297 * mm);
    g.margins = QMarginsF(20 * mm, 24 * mm, 20 * mm, 22 * mm);
    return g;
}

QFont reportFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // A letter spacing of next to nothing turns ligatures off in Qt's shaper.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

std::unique_ptr<QTextDocument> writeTextDocument(
    const ReportContent &content, const PageGeometry &geometry)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setUseDesignMetrics(true);
    doc->setDefaultFont(reportFont());
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(0);
    doc->setPageSize(geometry.page);
    // The root frame's margins are repeated on every page: the text area.
    const qreal toPx = 96.0 / PageGeometry::kLayoutDpi;
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setLeftMargin(geometry.margins.left() * toPx);
    root.setRightMargin(geometry.margins.right() * toPx);
    root.setTopMargin(geometry.margins.top() * toPx);
    root.setBottomMargin(geometry.margins.bottom() * toPx);
    doc->rootFrame()->setFrameFormat(root);

    // The content goes in before the document has a layout: laid out after
    // every edit, a long report would take seconds rather than milliseconds.
    Writer(*doc, geometry, content).write();
    return doc;
}

std::unique_ptr<QTextDocument> buildTextDocument(const ReportContent &content,
    QPaintDevice *layoutDevice, const PageGeometry &geometry, ReportChartObject *charts)
{
    auto doc = writeTextDocument(content, geometry);
    doc->documentLayout()->setPaintDevice(layoutDevice);
    doc->documentLayout()->registerHandler(ReportChartObject::kObjectType, charts);
    paginate(*doc, geometry);
    return doc;
}

} // namespace strongtrust::report
