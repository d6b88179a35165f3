#pragma once

#include "framework/Framework.h"

#include <QTextBrowser>

namespace strongtrust::app {

// Shows what trustees read before rating: an indicator's statement, guidance,
// prompt questions and what each level of the scale looks like; or a
// domain's summary and its indicators.
class IndicatorView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit IndicatorView(QWidget *parent = nullptr);

    void showIndicator(const Framework &framework, int domainIndex, int indicatorIndex);
    void showDomain(const Framework &framework, int domainIndex);
    void showFramework(const Framework &framework);
};

} // namespace strongtrust::app
