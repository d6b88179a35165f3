#pragma once

#include <QProxyStyle>

namespace strongtrust::app {

// The platform's style, except that the icons of the tool bar's and menu bar's
// extension buttons (the » shown when a bar overflows) are loaded when first
// drawn, not when the bar is built. Loading them probes every image-format
// plugin, which start-up would otherwise pay before the first frame for a
// button that is seldom shown.
class DeferredIconStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
};

} // namespace strongtrust::app
