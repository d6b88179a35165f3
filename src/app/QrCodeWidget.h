#pragma once

#include "live/QrCode.h"

#include <QWidget>

#include <optional>

namespace strongtrust::app {

// A QR code on screen, as large as the widget allows, square.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    // Empty: nothing shown.
    void setText(const QString &text);
    QString text() const { return m_code ? m_code->text() : QString(); }
    const std::optional<live::QrCode> &code() const { return m_code; }

    QSize sizeHint() const override { return { 360, 360 }; }
    QSize minimumSizeHint() const override { return { 200, 200 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<live::QrCode> m_code;
};

} // namespace strongtrust::app
