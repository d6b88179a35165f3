#include "app/QrCodeWidget.h"

#include <QPainter>

namespace strongtrust::app {

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeWidget::setText(const QString &text)
{
    m_code.reset();
    if (!text.isEmpty()) {
        if (auto code = live::QrCode::encode(text))
            m_code = code.value();
    }
    setAccessibleName(m_code ? tr("QR code of the link") : QString());
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (!m_code)
        return;
    QPainter painter(this);
    // Whole pixels a module, so that every module is as sharp as a camera
    // needs; the quiet zone takes up what is left over.
    const int side = std::min(width(), height());
    const int modules = m_code->sizeWithQuietZone();
    const int pixels = std::max(1, side / modules) * modules;
    m_code->paint(painter, QRectF((width() - pixels) / 2, (height() - pixels) / 2, pixels, pixels));
}

} // namespace strongtrust::app
