#include "report/ReportOdt.h"

#include "report/Narrative.h"
#include "report/ReportChartObject.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"
#include "report/ReportTextDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
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
        if (index < 0 || index >= content.charts.size())
            continue;
        const QSizeF size
            = format.property(report::ReportChartObject::kSize).toSizeF() * layoutToPx;
        const QImage image
            = radarChartImage(content.charts[index], size.toSize(), kChartPixelRatio);
        const QString name = QStringLiteral("chart-%1.png").arg(index + 1);
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
    doc->setMetaInformation(
        QTextDocument::DocumentTitle, content.trustName + QStringLiteral(" — ") + content.title);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(doc.get()))
        return Diagnostic { {}, 0, 0, {},
            Tr::tr("the report could not be written as OpenDocument Text") };
    return bytes;
}

} // namespace strongtrust
