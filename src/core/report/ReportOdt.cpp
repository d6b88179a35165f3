#include "report/ReportOdt.h"

#include "report/Narrative.h"
#include "report/OdtPackage.h"
#include "report/ReportChartObject.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"
#include "report/ReportTextDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace strongtrust {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Report)
};

// How many image pixels per CSS pixel the chart gets: sharp when printed.
constexpr qreal kChartPixelRatio = 3;

// QTextDocumentWriter writes images, not custom objects: each chart object
// becomes an image of the same chart at the same size, kept as a resource
// of the document (which the writer stores in the file as PNG).
void chartsAsImages(QTextDocument &doc, const report::ReportContent &content)
{
    // Positions first: replacing a character while iterating would invalidate the iterators.
    QList<std::pair<int, QTextCharFormat>> objects;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().objectType() != report::ReportChartObject::kObjectType)
                continue;
            // One object per character of the fragment (charts placed side by side).
            for (int i = 0; i < fragment.length(); ++i)
                objects.append({ fragment.position() + i, fragment.charFormat() });
        }
    }
    const qreal layoutToPx = 96.0 / report::PageGeometry::kLayoutDpi;
    for (auto it = objects.crbegin(); it != objects.crend(); ++it) {
        const auto &[position, format] = *it;
        const int index = format.intProperty(report::ReportChartObject::kChartIndex);
        const bool trend = format.intProperty(report::ReportChartObject::kChartKind)
            == report::ReportChartObject::kTrend;
        if (index < 0 || index >= (trend ? content.trends.size() : content.charts.size()))
            continue;
        const QSizeF size
            = format.property(report::ReportChartObject::kSize).toSizeF() * layoutToPx;
        const QImage image = trend
            ? trendChartImage(content.trends[index], size.toSize(), kChartPixelRatio)
            : radarChartImage(content.charts[index], size.toSize(), kChartPixelRatio);
        const QString name = trend ? QStringLiteral("trend-%1.png").arg(index + 1)
                                   : QStringLiteral("chart-%1.png").arg(index + 1);
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(size.width());
        picture.setHeight(size.height());
        QTextCursor cursor(&doc);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.insertImage(picture);
    }
}

// Qt's writer makes each paragraph of a table its own cell, so that a cell
// of several paragraphs (an agreed rating and its confidence, a list of
// evidence) would push the rest of its row to the right and lose the last
// cells. Each cell's paragraphs become lines of one paragraph instead.
void oneParagraphPerCell(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            for (int r = 0; r < table->rows(); ++r) {
                for (int c = 0; c < table->columns(); ++c) {
                    QTextCursor cursor = table->cellAt(r, c).firstCursorPosition();
                    while (true) {
                        cursor.movePosition(QTextCursor::EndOfBlock);
                        if (cursor.position()
                            >= table->cellAt(r, c).lastCursorPosition().position())
                            break;
                        cursor.deleteChar(); // joins the next paragraph to this one
                        cursor.insertText(QString(QChar::LineSeparator));
                    }
                }
            }
        }
        oneParagraphPerCell(child);
    }
}

// Qt's writer makes every paragraph a text:p, headings too: they would look
// like headings but a word processor would not know them as such (no outline,
// no contents, no heading styles). A paragraph whose style is a heading's
// becomes a text:h of its level. Qt names a paragraph's style "p" and the
// index of its block format, which carries the heading level.
QString withHeadings(const QTextDocument &doc, QString content)
{
    QHash<QString, int> levels; // paragraph style name -> outline level
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            levels.insert(QStringLiteral("p%1").arg(block.blockFormatIndex()), level);
    }
    static const QRegularExpression opening(
        QStringLiteral(R"re(<text:p text:style-name="(p\d+)">)re"));
    QString out;
    out.reserve(content.size() + content.size() / 50);
    qsizetype from = 0;
    for (auto it = opening.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < from)
            continue;
        const int level = levels.value(m.captured(1));
        if (level == 0)
            continue;
        // A heading holds text spans only: its paragraph ends at the next </text:p>.
        const qsizetype close = content.indexOf(QLatin1String("</text:p>"), m.capturedEnd());
        if (close < 0)
            break;
        out += QStringView(content).sliced(from, m.capturedStart() - from);
        out += QStringLiteral(R"(<text:h text:style-name="%1" text:outline-level="%2">)")
                   .arg(m.captured(1))
                   .arg(level);
        out += QStringView(content).sliced(m.capturedEnd(), close - m.capturedEnd());
        out += QLatin1String("</text:h>");
        from = close + 9; // past </text:p>
    }
    out += QStringView(content).sliced(from);
    return out;
}

// The page Qt's writer leaves to the word processor's default: A4, with the
// PDF's margins, and its running header and footer (page numbers as fields).
QByteArray pageStyles(const report::ReportContent &content)
{
    const QString page
        = Tr::tr("Page %1 of %2")
              .toHtmlEscaped()
              .arg(QStringLiteral("<text:page-number/>"), QStringLiteral("<text:page-count/>"));
    QString header = content.headerRight;
    if (content.draft)
        header = Tr::tr("%1 · DRAFT").arg(header);
    const QString xml = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
 <office:automatic-styles>
  <style:style style:name="HF" style:family="paragraph">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="170mm" style:type="right"/></style:tab-stops></style:paragraph-properties>
   <style:text-properties fo:font-family="%5" fo:font-size="7.5pt" fo:color="#5a5a5a"/>
  </style:style>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="12mm" fo:margin-bottom="12mm" fo:margin-left="20mm" fo:margin-right="20mm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="7mm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="7mm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p text:style-name="HF">%1<text:tab/>%2</text:p></style:header>
   <style:footer><text:p text:style-name="HF">%3<text:tab/>%4</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
</office:document-styles>
)")
                            .arg(content.headerLeft.toHtmlEscaped(), header.toHtmlEscaped(),
                                content.footerLeft.toHtmlEscaped(), page,
                                report::reportFont().family().toHtmlEscaped());
    return xml.toUtf8();
}

// Qt's writer gives column widths in percent, which OpenDocument does not
// allow (the word processor then makes every column the same width), and a
// table of the full text width 100pt wide. As relative widths, and the
// tables as wide as the text, the columns keep the PDF's proportions.
QString withTableWidths(QString content)
{
    static const QRegularExpression percent(
        QStringLiteral(R"re(style:column-width="([0-9.]+)%")re"));
    content.replace(percent, QStringLiteral(R"(style:rel-column-width="\1*")"));
    static const QRegularExpression full(
        QStringLiteral(R"re((<style:table-properties [^>]*)style:width="100pt")re"));
    content.replace(full, QStringLiteral(R"(\1style:width="170mm" style:rel-width="100%")"));
    return content;
}

// Qt's package, with real headings and the page styles added.
Result<QByteArray> completed(
    const QByteArray &package, const QTextDocument &doc, const report::ReportContent &content)
{
    auto members = report::readPackage(package);
    if (!members)
        return members.errors();
    QList<report::PackageMember> out = std::move(members).value();
    bool haveContent = false;
    for (report::PackageMember &m : out) {
        if (m.name == QLatin1String("content.xml")) {
            m.data = withTableWidths(withHeadings(doc, QString::fromUtf8(m.data))).toUtf8();
            haveContent = true;
        } else if (m.name == QLatin1String("META-INF/manifest.xml")) {
            const QByteArray entry
                = QByteArrayLiteral(" <manifest:file-entry manifest:media-type=\"text/xml\" "
                                    "manifest:full-path=\"styles.xml\"/>\n</manifest:manifest>");
            m.data.replace(QByteArrayLiteral("</manifest:manifest>"), entry);
        }
    }
    if (!haveContent)
        return Diagnostic { {}, 0, 0, {}, Tr::tr("the OpenDocument package has no content") };
    out.append({ QStringLiteral("styles.xml"), pageStyles(content) });
    return report::writePackage(out);
}

} // namespace

Result<QByteArray> renderReportOdt(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    auto data = loadReportData(wb, assessmentId, options);
    if (!data)
        return data.errors();
    return renderReportOdt(data.value());
}

Result<QByteArray> renderReportOdt(const ReportData &data)
{
    const report::ReportContent content = report::buildReportContent(data, buildNarrative(data));
    auto doc = report::writeTextDocument(content, report::PageGeometry::a4());
    chartsAsImages(*doc, content);
    oneParagraphPerCell(doc->rootFrame());
    doc->setMetaInformation(
        QTextDocument::DocumentTitle, content.trustName + QStringLiteral(" — ") + content.title);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(doc.get()))
        return Diagnostic { {}, 0, 0, {},
            Tr::tr("the report could not be written as OpenDocument Text") };
    return completed(bytes, *doc, content);
}

} // namespace strongtrust
