#include "app/IndicatorView.h"

namespace strongtrust::app {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Paragraph breaks in framework text become paragraphs on screen.
QString paragraphs(const QString &s)
{
    QString html;
    for (const QString &p : s.split(u'\n', Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(esc(p.trimmed()));
    return html;
}

const char *kStyle = R"(
  body { font-size: 11pt; }
  .crumb { color: #5b6470; font-size: 9pt; }
  h1 { font-size: 14pt; font-weight: 600; margin-top: 4px; margin-bottom: 10px; }
  h2 { font-size: 11pt; font-weight: 600; color: #2c3e50; margin-top: 16px; margin-bottom: 4px; }
  p { margin-top: 2px; margin-bottom: 6px; }
  li { margin-bottom: 4px; }
  td { padding: 6px 8px; vertical-align: top; }
  td.level { font-weight: 600; white-space: nowrap; }
  .muted { color: #5b6470; }
)";

} // namespace

IndicatorView::IndicatorView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("indicatorDetail"));
    setAccessibleName(tr("Indicator details"));
    setOpenExternalLinks(false);
    setOpenLinks(false);
    document()->setDefaultStyleSheet(QLatin1String(kStyle));
    document()->setDocumentMargin(16);
}

void IndicatorView::showIndicator(const Framework &fw, int domainIndex, int indicatorIndex)
{
    const Domain &domain = fw.domains.at(domainIndex);
    const Indicator &ind = domain.indicators.at(indicatorIndex);
    QString html;
    html += QStringLiteral("<p class='crumb'>%1 &middot; %2 %3 &middot; <code>%4</code></p>")
                .arg(esc(domain.title), tr("indicator"),
                    QStringLiteral("%1.%2").arg(domainIndex + 1).arg(indicatorIndex + 1),
                    esc(ind.fullId));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(ind.text));
    if (!ind.guidance.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Guidance")) + paragraphs(ind.guidance);
    if (!ind.prompts.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Questions for the board"));
        for (const QString &p : ind.prompts)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2><table cellspacing='0' width='100%'>")
                .arg(tr("What each level looks like"));
    for (int l = 0; l < fw.scale.levels.size(); ++l) {
        const Level &level = fw.scale.levels[l];
        const QString text = ind.levelDescriptors.value(l).isEmpty()
            ? level.descriptor
            : ind.levelDescriptors.value(l);
        const QString swatch = level.color.isEmpty() ? QStringLiteral("#7f8c8d") : level.color;
        const QString shade = (l % 2) ? QStringLiteral("#ffffff") : QStringLiteral("#f4f6f8");
        html += QStringLiteral("<tr bgcolor='%1'><td width='6' bgcolor='%2'></td>"
                               "<td class='level' width='22%'>%3 &nbsp;%4</td><td>%5</td></tr>")
                    .arg(shade, swatch, QString::number(l + 1), esc(level.label),
                        text.isEmpty() ? QStringLiteral("<span class='muted'>%1</span>")
                                             .arg(tr("No descriptor given."))
                                       : esc(text));
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

void IndicatorView::showDomain(const Framework &fw, int domainIndex)
{
    const Domain &domain = fw.domains.at(domainIndex);
    QString html;
    html += QStringLiteral("<p class='crumb'>%1 %2 &middot; <code>%3</code></p>")
                .arg(tr("Domain"))
                .arg(domainIndex + 1)
                .arg(esc(domain.id));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(domain.title));
    html += paragraphs(domain.summary);
    html += QStringLiteral("<h2>%1</h2><ol>").arg(tr("Indicators"));
    for (const Indicator &ind : domain.indicators)
        html += QStringLiteral("<li>%1</li>").arg(esc(ind.text));
    html += QStringLiteral("</ol>");
    setHtml(html);
}

void IndicatorView::showFramework(const Framework &fw)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(fw.title));
    if (!fw.source.title.isEmpty()) {
        QString cite = esc(fw.source.title);
        if (!fw.source.publisher.isEmpty())
            cite += QStringLiteral(", ") + esc(fw.source.publisher);
        if (fw.source.year > 0)
            cite += QStringLiteral(" (%1)").arg(fw.source.year);
        html += QStringLiteral("<p class='muted'>%1</p>").arg(tr("Source: %1").arg(cite));
    }
    html += QStringLiteral("<h2>%1</h2><ol>").arg(tr("Domains"));
    for (const Domain &d : fw.domains)
        html += QStringLiteral("<li><b>%1</b> &mdash; %2</li>")
                    .arg(esc(d.title), tr("%n indicator(s)", nullptr, int(d.indicators.size())));
    html += QStringLiteral("</ol><h2>%1</h2><table cellspacing='0'>").arg(tr("Rating scale"));
    for (int l = 0; l < fw.scale.levels.size(); ++l) {
        const Level &level = fw.scale.levels[l];
        html += QStringLiteral(
            "<tr><td width='6' bgcolor='%1'></td><td class='level'>%2 &nbsp;%3</td>"
            "<td>%4</td></tr>")
                    .arg(level.color.isEmpty() ? QStringLiteral("#7f8c8d") : level.color)
                    .arg(l + 1)
                    .arg(esc(level.label), esc(level.descriptor));
    }
    html += QStringLiteral("</table><p class='muted'>%1</p>")
                .arg(tr("Choose a domain or an indicator on the left to read it."));
    setHtml(html);
}

} // namespace strongtrust::app
