#include "report/ReportHtml.h"

#include "Version.h"
#include "report/NarrativeParts.h"

#include <QRegularExpression>

namespace strongtrust::report {

namespace {

const char *const kStyle = R"css(
:root { --accent: #1f4e79; --muted: #5a5a5a; --rule: #b0b0b0; --fill: #e6edf4; --draft: #b01c1c; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1a1a1a; background: #fff;
       max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; font-size: 15px; line-height: 1.5;
       overflow-wrap: anywhere; }
h1, h2, h3 { color: var(--accent); line-height: 1.25; }
h1 { font-size: 1.9rem; font-weight: normal; margin: .2rem 0 .4rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 .6rem; padding-top: .6rem; border-top: 2px solid var(--fill); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
p { margin: 0 0 .7rem; }
.trust { font-size: 2.2rem; font-weight: bold; color: var(--accent); margin: 1rem 0 0; }
.subtitle { color: var(--muted); font-size: 1.1rem; margin-bottom: 1.2rem; }
.draft-mark { display: inline-block; border: 2px solid var(--draft); color: var(--draft); font-weight: bold;
              padding: .35rem .7rem; margin: .2rem 0 1rem; }
.lead { font-style: italic; color: var(--muted); }
.note { color: var(--muted); font-size: .85em; }
.small { font-size: .88em; margin: 0 0 .45rem 1rem; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1.2rem; font-size: .88em; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
thead th { background: var(--fill); color: var(--accent); }
td .note { display: block; }
td.center, th.center { text-align: center; }
table.facts th, table.facts td { border: none; padding: .2rem .5rem .2rem 0; }
table.facts th { width: 28%; color: #1a1a1a; }
table.compact { font-size: .78em; }
table.compact th, table.compact td { padding: .15rem .25rem; }
figure.chart { margin: 1rem 0 .3rem; }
figure.chart svg { display: block; width: 100%; max-width: 46rem; height: auto; margin: 0 auto; }
div.trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: .8rem; margin: .4rem 0 1rem; }
figure.trend { margin: 0; }
figure.trend svg { display: block; width: 100%; height: auto; }
ul { padding-left: 1.4rem; }
li { margin-bottom: .35rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8em; border-top: 1px solid var(--rule); padding-top: .5rem; }
body.draft::before { content: attr(data-draft); position: fixed; top: 40%; left: 0; right: 0; text-align: center;
                     font-size: 9rem; font-weight: bold; color: rgba(176, 28, 28, .09); transform: rotate(-40deg);
                     pointer-events: none; z-index: 10; }
@media print {
  @page { size: A4; margin: 18mm 16mm 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  section { break-before: page; }
  section.cover { break-before: auto; }
  h2 { border-top: none; margin-top: 0; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  figure.chart, figure.trend { break-inside: avoid; }
  figure.chart svg { max-width: 100%; }
  footer { break-before: avoid; }
}
)css";

QString cellHtml(const Cell &cell)
{
    QStringList lines;
    for (const QString &line : cell.text.split(u'\n'))
        lines.append(esc(line));
    QString html = lines.join(QStringLiteral("<br>"));
    if (cell.strong)
        html = QStringLiteral("<strong>") + html + QStringLiteral("</strong>");
    for (const QString &note : cell.notes)
        html += QStringLiteral("<span class=\"note\">") + esc(note) + QStringLiteral("</span>");
    return html;
}

QString tableHtml(const Table &t, bool facts)
{
    QString html = facts
        ? QStringLiteral("<table class=\"facts\">")
        : (t.compact ? QStringLiteral("<table class=\"compact\">") : QStringLiteral("<table>"));
    if (!t.widths.isEmpty()) {
        html += QStringLiteral("<colgroup>");
        for (double w : t.widths)
            html += QStringLiteral("<col style=\"width:%1%\">").arg(QString::number(w, 'f', 1));
        html += QStringLiteral("</colgroup>");
    }
    auto cls = [&](int c) {
        return t.centredColumns.contains(c) ? QStringLiteral(" class=\"center\"") : QString();
    };
    if (!t.headers.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (int c = 0; c < t.headers.size(); ++c)
            html += QStringLiteral("<th scope=\"col\"%1>%2</th>").arg(cls(c), esc(t.headers[c]));
        html += QStringLiteral("</tr></thead>");
    }
    html += QStringLiteral("<tbody>");
    for (const QList<Cell> &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c) {
            if (facts && c == 0)
                html += QStringLiteral("<th scope=\"row\">%1</th>").arg(esc(row[c].text));
            else
                html += QStringLiteral("<td%1>%2</td>").arg(cls(c), cellHtml(row[c]));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

// A chart's SVG made inline: no XML prolog, sized by CSS, and labelled for
// screen readers by its description.
QString inlineSvg(const QByteArray &document, const QString &description)
{
    QString svg = QString::fromUtf8(document);
    const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
    if (start < 0)
        return {};
    svg = svg.mid(start);
    static const QRegularExpression size(
        QStringLiteral("^<svg([^>]*?)\\s(width|height)=\"[^\"]*\""));
    for (int i = 0; i < 2; ++i)
        svg.replace(size, QStringLiteral("<svg\\1"));
    svg.replace(0, 4,
        QStringLiteral("<svg role=\"img\" aria-label=\"%1\"").arg(esc(description.simplified())));
    return svg.trimmed();
}

QString chartHtml(const RadarChartData &data, const QString &description)
{
    const QString svg = inlineSvg(radarChartSvg(data, QSize(760, 520)), description);
    if (svg.isEmpty())
        return {};
    return QStringLiteral("<figure class=\"chart\">") + svg + QStringLiteral("</figure>\n");
}

// A row of trend charts: each a figure, laid out side by side as the width allows.
QString trendsHtml(const ReportContent &content, const QList<int> &indices)
{
    QString html = QStringLiteral("<div class=\"trends\">");
    for (int i : indices) {
        if (i < 0 || i >= content.trends.size())
            continue;
        html += QStringLiteral("<figure class=\"trend\">")
            + inlineSvg(trendChartSvg(content.trends[i], QSize(320, 160)),
                content.trendDescriptions.value(i))
            + QStringLiteral("</figure>");
    }
    return html + QStringLiteral("</div>\n");
}

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray reportHtml(const ReportContent &content, const QString &generatedOn)
{
    QString html;
    html.reserve(256 * 1024);
    html += QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n")
                .arg(esc(content.trustName + QStringLiteral(" — ") + content.title));
    html += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(esc(content.trustName));
    html += QStringLiteral("<meta name=\"generator\" content=\"strongtrust %1\">\n")
                .arg(QLatin1String(kVersion));
    html += QStringLiteral("<style>") + QLatin1String(kStyle)
        + QStringLiteral("</style>\n</head>\n");
    html += content.draft
        ? QStringLiteral("<body class=\"draft\" data-draft=\"%1\">\n").arg(esc(content.draftMark))
        : QStringLiteral("<body>\n");
    html += QStringLiteral("<main>\n<section class=\"cover\">\n");
    for (const Block &b : content.blocks) {
        switch (b.kind) {
        case Block::Kind::CoverTrust:
            html += QStringLiteral("<p class=\"trust\">%1</p>\n").arg(esc(b.text));
            break;
        case Block::Kind::CoverTitle:
            html += QStringLiteral("<h1>%1</h1>\n").arg(esc(b.text));
            break;
        case Block::Kind::CoverSubtitle:
            html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(b.text));
            break;
        case Block::Kind::DraftMark:
            html += QStringLiteral("<p class=\"draft-mark\">%1</p>\n").arg(esc(b.text));
            break;
        case Block::Kind::Heading1:
            html += QStringLiteral("</section>\n<section%1>\n<h2>%2</h2>\n")
                        .arg(b.anchor.isEmpty() ? QString()
                                                : QStringLiteral(" id=\"%1\"").arg(esc(b.anchor)),
                            esc(b.text));
            break;
        case Block::Kind::Heading2:
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            break;
        case Block::Kind::Heading3:
            html += QStringLiteral("<h4>%1</h4>\n").arg(esc(b.text));
            break;
        case Block::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case Block::Kind::Lead:
            html += QStringLiteral("<p class=\"lead\">%1</p>\n").arg(esc(b.text));
            break;
        case Block::Kind::Note:
            html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(b.text));
            break;
        case Block::Kind::Small:
            html += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(b.text));
            break;
        case Block::Kind::Bullets:
            html += QStringLiteral("<ul>\n");
            for (const QString &item : b.items)
                html += QStringLiteral("<li>%1</li>\n").arg(esc(item));
            html += QStringLiteral("</ul>\n");
            break;
        case Block::Kind::Table:
            html += tableHtml(b.table, false);
            break;
        case Block::Kind::KeyValues:
            html += tableHtml(b.table, true);
            break;
        case Block::Kind::Trends:
            html += trendsHtml(content, b.trends);
            break;
        case Block::Kind::Chart:
            if (b.chart >= 0 && b.chart < content.charts.size())
                html
                    += chartHtml(content.charts[b.chart], content.chartDescriptions.value(b.chart));
            break;
        }
    }
    html += QStringLiteral("</section>\n</main>\n<footer>%1</footer>\n</body>\n</html>\n")
                .arg(esc(Tr::tr("%1. Written by strongtrust on %2.")
                             .arg(content.footerLeft, generatedOn)));
    return html.toUtf8();
}

} // namespace strongtrust::report
