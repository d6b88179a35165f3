#include "report/ReportDocument.h"

#include "Version.h"
#include "report/Narrative.h"
#include "report/PdfInfo.h"
#include "report/ReportChartObject.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"
#include "report/ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace strongtrust {

using report::PageGeometry;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Report)
};

const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kRule(0xb0, 0xb0, 0xb0);

} // namespace

struct ReportDocument::Private {
    report::ReportContent content;
    PageGeometry geometry = PageGeometry::a4();
    // Declared in this order so that they are destroyed in the reverse one:
    // the document before the chart handler and the device it is laid out for.
    QByteArray sinkBytes;
    std::unique_ptr<QBuffer> sink;
    std::unique_ptr<QPdfWriter> layoutDevice; // fonts and sizes as the PDF will have them
    std::unique_ptr<report::ReportChartObject> charts;
    std::unique_ptr<QTextDocument> doc;

    QFont pixelFont(qreal points, bool bold = false) const
    {
        QFont font = report::reportFont();
        font.setPixelSize(qRound(points * geometry.unitsPerPoint()));
        font.setBold(bold);
        return font;
    }

    void paintWatermark(QPainter &painter) const
    {
        QColor color(0xb0, 0x1c, 0x1c);
        color.setAlpha(30);
        painter.save();
        painter.translate(geometry.page.width() / 2, geometry.page.height() / 2);
        painter.rotate(-50);
        painter.setFont(pixelFont(110, true));
        painter.setPen(color);
        const qreal w = geometry.page.height();
        painter.drawText(QRectF(-w / 2, -w / 4, w, w / 2), Qt::AlignCenter, content.draftMark);
        painter.restore();
    }

    void paintHeaderFooter(QPainter &painter, int index, int count) const
    {
        const qreal mm = geometry.unitsPerMm();
        const qreal left = geometry.margins.left();
        const qreal width
            = geometry.page.width() - geometry.margins.left() - geometry.margins.right();
        const QFont font = pixelFont(7.5);
        const QFontMetricsF fm(font);
        painter.save();
        painter.setFont(font);
        painter.setPen(QPen(kRule, 0.5 * geometry.unitsPerPoint()));
        if (index > 0) {
            const qreal rule = 15 * mm;
            painter.drawLine(QPointF(left, rule), QPointF(left + width, rule));
            painter.setPen(kMuted);
            const QRectF box(left, rule - 6 * mm, width, 5.5 * mm);
            QString right = content.headerRight;
            if (content.draft)
                right = Tr::tr("%1 · DRAFT").arg(right);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignBottom,
                fm.elidedText(content.headerLeft, Qt::ElideRight, width * 0.48));
            painter.drawText(box, Qt::AlignRight | Qt::AlignBottom,
                fm.elidedText(right, Qt::ElideRight, width * 0.48));
        }
        const qreal footerRule = geometry.page.height() - 16 * mm;
        painter.setPen(QPen(kRule, 0.5 * geometry.unitsPerPoint()));
        painter.drawLine(QPointF(left, footerRule), QPointF(left + width, footerRule));
        painter.setPen(kMuted);
        const QRectF box(left, footerRule + 1 * mm, width, 5.5 * mm);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop,
            fm.elidedText(content.footerLeft, Qt::ElideRight, width * 0.7));
        painter.drawText(
            box, Qt::AlignRight | Qt::AlignTop, Tr::tr("Page %1 of %2").arg(index + 1).arg(count));
        painter.restore();
    }
};

ReportDocument::ReportDocument(std::unique_ptr<Private> dd) : d(std::move(dd))
{
}

ReportDocument::~ReportDocument() = default;

Result<std::unique_ptr<ReportDocument>> ReportDocument::build(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    auto data = loadReportData(wb, assessmentId, options);
    if (!data)
        return data.errors();
    return build(data.value());
}

std::unique_ptr<ReportDocument> ReportDocument::build(const ReportData &data)
{
    auto d = std::make_unique<Private>();
    d->content = report::buildReportContent(data, buildNarrative(data));
    d->sink = std::make_unique<QBuffer>(&d->sinkBytes);
    d->sink->open(QIODevice::WriteOnly);
    d->layoutDevice = std::make_unique<QPdfWriter>(d->sink.get());
    d->layoutDevice->setPageSize(QPageSize(QPageSize::A4));
    d->layoutDevice->setPageMargins(QMarginsF(0, 0, 0, 0));
    d->layoutDevice->setResolution(PageGeometry::kLayoutDpi);
    d->charts = std::make_unique<report::ReportChartObject>(d->content.charts, d->content.trends);
    d->doc = report::buildTextDocument(
        d->content, d->layoutDevice.get(), d->geometry, d->charts.get());
    return std::unique_ptr<ReportDocument>(new ReportDocument(std::move(d)));
}

const QTextDocument &ReportDocument::textDocument() const
{
    return *d->doc;
}

int ReportDocument::pageCount() const
{
    return d->doc->pageCount();
}

QSizeF ReportDocument::pageSizePoints() const
{
    return d->geometry.page / d->geometry.unitsPerPoint();
}

QString ReportDocument::title() const
{
    return d->content.trustName + QStringLiteral(" — ") + d->content.title;
}

QString ReportDocument::author() const
{
    return d->content.trustName;
}

bool ReportDocument::isDraft() const
{
    return d->content.draft;
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    const int count = pageCount();
    if (index < 0 || index >= count)
        return;
    const QSizeF page = d->geometry.page;
    painter.save();
    painter.scale(1 / d->geometry.unitsPerPoint(), 1 / d->geometry.unitsPerPoint());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (d->content.draft)
        d->paintWatermark(painter);
    d->paintHeaderFooter(painter, index, count);

    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), page));
    painter.translate(0, -index * page.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, index * page.height()), page);
    context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    d->doc->documentLayout()->draw(&painter, context);
    painter.restore();
    painter.restore();
}

Result<QByteArray> ReportDocument::toPdf() const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(PageGeometry::kLayoutDpi);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("strongtrust %1").arg(QLatin1String(kVersion)));
        QPainter painter;
        if (!painter.begin(&writer))
            return Diagnostic { {}, 0, 0, {}, Tr::tr("the PDF could not be started") };
        const qreal scale = writer.resolution() / 72.0;
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            paintPage(painter, i);
            painter.restore();
        }
        painter.end();
    }
    if (bytes.isEmpty())
        return Diagnostic { {}, 0, 0, {}, Tr::tr("the PDF could not be written") };
    // Qt 6.4 writes no author into the document information; add it.
    return report::withPdfAuthor(bytes, author());
}

Result<QByteArray> renderReportPdf(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    auto doc = ReportDocument::build(wb, assessmentId, options);
    if (!doc)
        return doc.errors();
    return doc.value()->toPdf();
}

} // namespace strongtrust
