#pragma once

#include "framework/Framework.h"
#include "report/TrendChart.h"
#include "scoring/Scoring.h"

#include <QTextBrowser>

namespace strongtrust::app {

// Shows what trustees read before rating: an indicator's statement, guidance,
// prompt questions and what each level of the scale looks like; or a
// domain's summary and its indicators; or, for a domain's baseline standards
// or its measures, what they are for and the one the board is on.
class IndicatorView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit IndicatorView(QWidget *parent = nullptr);

    void showIndicator(const Framework &framework, int domainIndex, int indicatorIndex);
    // `score`: the domain's, for the standards that cap it; may be nullptr.
    void showDomain(const Framework &framework, int domainIndex, const DomainScore *score);
    void showFramework(const Framework &framework);
    // A domain's standards: the domain's level (and the standards that cap
    // it), then the standard `current` (full id) in full.
    void showStandards(const Framework &framework, int domainIndex, const DomainScore *score,
        const QString &current);
    // A domain's measures: the measure `current` (full id) in full, with
    // its trend drawn large when `trend` is given.
    void showMeasures(const Framework &framework, int domainIndex, const QString &current,
        const TrendChartData *trend);

private:
    // Sets the page, keeping the place it was scrolled to when it is the same item's.
    void setPage(const QString &html, const QString &key);

    QString m_pageKey;
};

} // namespace strongtrust::app
