#include "app/IndicatorView.h"

#include <QScrollBar>
#include <QTextDocument>
#include <QUrl>

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
  .capped { color: #a8322d; font-weight: 600; margin-top: 8px; }
)";

// Where the domain's level is held down by a standard not met: which, and
// what its indicators alone would make it. Empty when nothing caps the domain.
QString capParagraph(const Framework &fw, const Domain &domain, const DomainScore *score)
{
    if (!score || !score->isCapped() || !score->score)
        return {};
    auto level = [&](double value) {
        return QStringLiteral("%1 %2").arg(QString::number(value, 'f', 1),
            fw.scale.levels.value(nearestLevelIndex(fw.scale, value)).label);
    };
    QString html = QStringLiteral("<p class='capped'>%1</p><ul>")
                       .arg(esc(IndicatorView::tr("%1 is held at %2 while %n baseline "
                                                  "standard(s) (is|are) not met; its indicators "
                                                  "alone would put it at %3.",
                           nullptr, int(score->cappedBy.size()))
                                    .arg(domain.title, level(*score->score),
                                        score->uncappedScore ? level(*score->uncappedScore)
                                                             : IndicatorView::tr("no level"))));
    for (const QString &id : score->cappedBy) {
        if (const Standard *s = fw.findStandard(id))
            html += QStringLiteral("<li>%1</li>").arg(esc(s->text));
    }
    return html + QStringLiteral("</ul>");
}

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
    setPage(html, QStringLiteral("indicator/") + ind.fullId);
}

void IndicatorView::showDomain(const Framework &fw, int domainIndex, const DomainScore *score)
{
    const Domain &domain = fw.domains.at(domainIndex);
    QString html;
    html += QStringLiteral("<p class='crumb'>%1 %2 &middot; <code>%3</code></p>")
                .arg(tr("Domain"))
                .arg(domainIndex + 1)
                .arg(esc(domain.id));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(domain.title));
    html += paragraphs(domain.summary);
    html += capParagraph(fw, domain, score);
    html += QStringLiteral("<h2>%1</h2><ol>").arg(tr("Indicators"));
    for (const Indicator &ind : domain.indicators)
        html += QStringLiteral("<li>%1</li>").arg(esc(ind.text));
    html += QStringLiteral("</ol>");
    setPage(html, QStringLiteral("domain/") + domain.id);
}

void IndicatorView::setPage(const QString &html, const QString &key)
{
    const int scrolled = verticalScrollBar()->value();
    const bool same = key == m_pageKey;
    m_pageKey = key;
    setHtml(html);
    if (same)
        verticalScrollBar()->setValue(scrolled);
}

void IndicatorView::showStandards(
    const Framework &fw, int domainIndex, const DomainScore *score, const QString &current)
{
    const Domain &domain = fw.domains.at(domainIndex);
    QString html;
    html += QStringLiteral("<p class='crumb'>%1 %2 &middot; %3 &middot; <code>%4</code></p>")
                .arg(tr("Domain"))
                .arg(domainIndex + 1)
                .arg(tr("baseline standards"), esc(domain.id));
    html += QStringLiteral("<h1>%1</h1>").arg(tr("%1: baseline standards").arg(esc(domain.title)));
    html += capParagraph(fw, domain, score);
    int row = -1;
    for (int i = 0; i < domain.standards.size(); ++i) {
        if (domain.standards[i].fullId == current)
            row = i;
    }
    if (row >= 0) {
        const Standard &s = domain.standards[row];
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(tr("Standard %1 of %2").arg(row + 1).arg(domain.standards.size()));
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(s.text));
        if (s.capsAt) {
            const int level = fw.scale.indexOf(*s.capsAt);
            const QString label
                = level >= 0 ? fw.scale.levels[level].label : formatLevelValue(*s.capsAt);
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("While this standard is not met, %1 cannot be above %2.")
                                     .arg(domain.title, label)));
        }
        html += paragraphs(s.guidance);
        if (!s.source.isEmpty())
            html += QStringLiteral("<p class='muted'>%1</p>")
                        .arg(esc(tr("Source: %1").arg(s.source)));
    }
    setPage(html, QStringLiteral("standards/") + current);
}

void IndicatorView::showMeasures(
    const Framework &fw, int domainIndex, const QString &current, const TrendChartData *trend)
{
    const Domain &domain = fw.domains.at(domainIndex);
    QString html;
    html += QStringLiteral("<p class='crumb'>%1 %2 &middot; %3 &middot; <code>%4</code></p>")
                .arg(tr("Domain"))
                .arg(domainIndex + 1)
                .arg(tr("measures"), esc(domain.id));
    html += QStringLiteral("<h1>%1</h1>").arg(tr("%1: measures").arg(esc(domain.title)));
    for (int i = 0; i < domain.measures.size(); ++i) {
        const Measure &m = domain.measures[i];
        if (m.fullId != current)
            continue;
        html += QStringLiteral("<h2>%1. %2</h2>").arg(i + 1).arg(esc(m.title));
        QString better;
        switch (m.better) {
        case MeasureDirection::Higher:
            better = tr("Higher is better.");
            break;
        case MeasureDirection::Lower:
            better = tr("Lower is better.");
            break;
        case MeasureDirection::Range:
            better = tr("Best inside its target range.");
            break;
        }
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        m.source.isEmpty() ? better : tr("%1 Source: %2").arg(better, m.source)));
        const bool drawn = trend
            && std::any_of(trend->points.cbegin(), trend->points.cend(),
                [](const TrendPoint &p) { return p.value.has_value(); });
        if (drawn) {
            // The core's chart, as the report draws it, at the page's width.
            const QSize size(std::clamp(viewport()->width() - 48, 320, 640), 130);
            // One name, replaced with each drawing, so that drawings do not pile up.
            const QUrl url(QStringLiteral("trend:current"));
            document()->addResource(QTextDocument::ImageResource, url,
                trendChartImage(*trend, size, devicePixelRatioF()));
            html += QStringLiteral("<p><img src='%1' width='%2' height='%3' alt='%4'></p>")
                        .arg(url.toString())
                        .arg(size.width())
                        .arg(size.height())
                        .arg(esc(describeTrendChart(*trend)));
        }
        html += paragraphs(m.guidance);
    }
    setPage(html, QStringLiteral("measures/") + current);
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
    setPage(html, QStringLiteral("framework"));
}

} // namespace strongtrust::app
