#include "live/TrusteeCards.h"

#include "Version.h"
#include "live/QrCode.h"
#include "report/ReportTextDocument.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace strongtrust::live {

namespace {

constexpr int kDpi = 1200;
constexpr qreal kPageMargin = 10; // mm: inside what any printer can print
constexpr qreal kPadding = 5; // mm, inside a card

// Millimetres and points in the writer's device units.
constexpr qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

QFont cardFont(qreal points, bool bold = false)
{
    QFont font = report::reportFont();
    font.setPixelSize(qRound(points * kDpi / 72.0));
    font.setBold(bold);
    return font;
}

QFont linkFont(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(qRound(points * kDpi / 72.0));
    return font;
}

// Lays `text` out in `width` and draws it from `top`; returns the height used.
qreal drawWrapped(QPainter &painter, const QString &text, const QFont &font, qreal left, qreal top,
    qreal width, QTextOption::WrapMode wrap = QTextOption::WrapAtWordBoundaryOrAnywhere)
{
    QTextLayout layout(text, font, painter.device());
    QTextOption option;
    option.setWrapMode(wrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    layout.draw(&painter, QPointF(left, top));
    return y;
}

void paintCutGuides(QPainter &painter, const QRectF &page, const QRectF &grid)
{
    // Dashed lines along every edge of every card, from edge to edge of the
    // page: a guillotine or scissors follows them straight through.
    QPen pen(QColor(0x9a, 0x9a, 0x9a));
    pen.setWidthF(mm(0.2));
    pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    const qreal w = grid.width() / TrusteeCards::kColumns;
    const qreal h = grid.height() / TrusteeCards::kRows;
    for (int c = 0; c <= TrusteeCards::kColumns; ++c) {
        const qreal x = grid.left() + c * w;
        painter.drawLine(QPointF(x, page.top()), QPointF(x, page.bottom()));
    }
    for (int r = 0; r <= TrusteeCards::kRows; ++r) {
        const qreal y = grid.top() + r * h;
        painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    }
}

void paintCard(QPainter &painter, const QRectF &card, const TrusteeCardSheet &sheet,
    const TrusteeLink &link, const QrCode &code)
{
    const QRectF inner = card.adjusted(mm(kPadding), mm(kPadding), -mm(kPadding), -mm(kPadding));
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor quiet(0x55, 0x55, 0x55);
    qreal y = inner.top();

    auto line = [&](const QString &text, const QFont &font, const QColor &colour) {
        const QFontMetricsF fm(font, painter.device());
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QPointF(inner.left(), y + fm.ascent()),
            fm.elidedText(text, Qt::ElideRight, inner.width()));
        y += fm.height();
    };
    line(sheet.trust, cardFont(8.5, true), quiet);
    line(TrusteeCards::tr("Board self-assessment, %1").arg(sheet.period), cardFont(8.5), quiet);
    y += mm(1);
    line(link.name, cardFont(15, true), ink);
    y += mm(2);

    // The link, written out at the foot, as small as still reads well; the
    // code beside the words above it takes the height that is left.
    const QFont linkType = linkFont(7.5);
    const QFontMetricsF linkMetrics(linkType, painter.device());
    const QString url = link.url.toString(QUrl::FullyEncoded);
    const int linkLines
        = linkMetrics.horizontalAdvance(url) <= inner.width() ? 1 : 2; // 2 is plenty for a link
    const qreal linkTop = inner.bottom() - linkLines * linkMetrics.height();
    painter.setPen(ink);
    // Broken at the end of a line, not at a "-" or "_" of the token: the
    // first line full, as a reader types it.
    drawWrapped(
        painter, url, linkType, inner.left(), linkTop, inner.width(), QTextOption::WrapAnywhere);

    // The code with its quiet zone fills the height between the name and
    // the link (the zone is white: it must cover no text); sideways, the
    // symbol itself lines up with the words and its zone reaches into the
    // card's padding, which is white too.
    const qreal side = std::min(linkTop - mm(1) - y, mm(44));
    const qreal margin = side / code.sizeWithQuietZone() * QrCode::kQuietZone;
    code.paint(painter, QRectF(inner.left() - margin, y, side, side));

    const qreal textLeft = inner.left() + side - 2 * margin + mm(4);
    const qreal textWidth = inner.right() - textLeft;
    painter.setPen(ink);
    qreal ty = y + margin;
    ty += drawWrapped(painter,
        TrusteeCards::tr("Scan the code with your phone's camera, or type the link below into "
                         "a browser, to rate on your own device."),
        cardFont(8.5), textLeft, ty, textWidth);
    ty += mm(2);
    drawWrapped(painter, TrusteeCards::tr("This link is yours alone: do not share it."),
        cardFont(8.5, true), textLeft, ty, textWidth);
}

} // namespace

Result<QByteArray> TrusteeCards::pdf(const TrusteeCardSheet &sheet)
{
    if (sheet.links.isEmpty())
        return Diagnostic { {}, 0, 0, {}, tr("there is no trustee to make a card for") };
    QList<QrCode> codes;
    for (const TrusteeLink &link : sheet.links) {
        auto code = QrCode::encode(link.url.toString(QUrl::FullyEncoded));
        if (!code)
            return Diagnostic { {}, 0, 0, {},
                tr("the card of %1: %2").arg(link.name, code.errorText()) };
        codes.append(code.value());
    }

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kDpi);
        writer.setTitle(tr("Trustees' cards: %1, %2").arg(sheet.trust, sheet.period));
        writer.setCreator(QStringLiteral("strongtrust %1").arg(QLatin1String(kVersion)));
        QPainter painter;
        if (!painter.begin(&writer))
            return Diagnostic { {}, 0, 0, {}, tr("the PDF could not be started") };
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF page(0, 0, mm(210), mm(297));
        const QRectF grid
            = page.adjusted(mm(kPageMargin), mm(kPageMargin), -mm(kPageMargin), -mm(kPageMargin));
        const qreal w = grid.width() / kColumns;
        const qreal h = grid.height() / kRows;
        constexpr int perPage = kColumns * kRows;
        for (int i = 0; i < sheet.links.size(); ++i) {
            const int at = i % perPage;
            if (at == 0) {
                if (i > 0)
                    writer.newPage();
                paintCutGuides(painter, page, grid);
            }
            const QRectF card(
                grid.left() + (at % kColumns) * w, grid.top() + (at / kColumns) * h, w, h);
            paintCard(painter, card, sheet, sheet.links[i], codes[i]);
        }
        painter.end();
    }
    if (bytes.isEmpty())
        return Diagnostic { {}, 0, 0, {}, tr("the PDF could not be written") };
    return bytes;
}

Status TrusteeCards::write(const QString &path, const TrusteeCardSheet &sheet)
{
    auto bytes = pdf(sheet);
    if (!bytes)
        return Diagnostic { path, 0, 0, {}, bytes.errorText() };
    // QSaveFile: a temporary file beside `path`, renamed over it on commit,
    // so a failure never leaves half a sheet under the name asked for.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Diagnostic { path, 0, 0, {}, tr("cannot be written: %1").arg(file.errorString()) };
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes.value()) != bytes.value().size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Diagnostic { path, 0, 0, {}, tr("cannot be written: %1").arg(error) };
    }
    if (!file.commit())
        return Diagnostic { path, 0, 0, {}, tr("cannot be written: %1").arg(file.errorString()) };
    return success();
}

} // namespace strongtrust::live
