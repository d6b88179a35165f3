#include "app/DeferredIconStyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

namespace strongtrust::app {

namespace {
// Stands in for one of the base style's standard icons and asks the base style
// for it the first time it is needed.
class DeferredStandardIconEngine : public QIconEngine
{
public:
    DeferredStandardIconEngine(
        QStyle *base, QStyle::StandardPixmap which, Qt::LayoutDirection direction)
        : m_base(base), m_which(which), m_direction(direction)
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // Asked when a widget decides whether to leave room for an icon: answering
    // without loading is the point. The extension icons always exist.
    bool isNull() override { return m_loaded ? icon().isNull() : false; }
    QString key() const override { return QStringLiteral("strongtrust-deferred-standard-icon"); }
    QIconEngine *clone() const override { return new DeferredStandardIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            QStyleOption option;
            option.direction = m_direction;
            if (m_base)
                m_icon = m_base->standardIcon(m_which, &option);
        }
        return m_icon;
    }

    QPointer<QStyle> m_base;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    bool m_loaded = false;
    QIcon m_icon;
};
} // namespace

QIcon DeferredIconStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // Of what the bars pass, only the direction (an arrow points the way the
    // bar overflows) decides the icon.
    if (standardIcon == SP_ToolBarHorizontalExtensionButton
        || standardIcon == SP_ToolBarVerticalExtensionButton) {
        const Qt::LayoutDirection direction = option ? option->direction
            : widget                                 ? widget->layoutDirection()
                                                     : QGuiApplication::layoutDirection();
        return QIcon(new DeferredStandardIconEngine(baseStyle(), standardIcon, direction));
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace strongtrust::app
