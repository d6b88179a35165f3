#include "app/DistributionWidget.h"

#include <QPainter>

namespace strongtrust::app {

DistributionWidget::DistributionWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("distribution"));
    setAccessibleName(tr("Spread of trustees' ratings"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void DistributionWidget::setScore(const Framework &fw, const IndicatorScore &score)
{
    m_labels.clear();
    m_colors.clear();
    m_counts.clear();
    for (int i = 0; i < fw.scale.levels.size(); ++i) {
        m_labels.append(fw.scale.levels[i].label);
        m_colors.append(fw.scale.levels[i].color);
        m_counts.append(score.distribution.value(i));
    }
    m_labels.append(tr("Not applicable"));
    m_colors.append(QString());
    m_counts.append(score.notApplicableCount);
    m_labels.append(tr("Not rated"));
    m_colors.append(QString());
    m_counts.append(score.unratedCount);
    describe();
    updateGeometry();
    update();
}

void DistributionWidget::setHidden(bool hidden)
{
    m_hidden = hidden;
    describe();
    update();
}

void DistributionWidget::describe()
{
    // A screen reader hears what the room sees: no counts before the reveal.
    if (m_hidden) {
        setAccessibleDescription(hiddenText());
        return;
    }
    QStringList parts;
    for (int i = 0; i < m_labels.size(); ++i)
        parts.append(QStringLiteral("%1: %2").arg(m_labels[i]).arg(m_counts[i]));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
}

QString DistributionWidget::hiddenText()
{
    return tr("Ratings are hidden until the clerk reveals them.");
}

QSize DistributionWidget::sizeHint() const
{
    const int rows = std::max<int>(int(m_labels.size()), 3);
    return { 320, rows * (fontMetrics().height() + 6) + 4 };
}

QSize DistributionWidget::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

void DistributionWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int rowHeight = fm.height() + 6;
    int labelWidth = 0;
    for (const QString &l : m_labels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l));
    labelWidth += 12;
    int maxCount = 1;
    for (int c : m_counts)
        maxCount = std::max(maxCount, c);
    const int barSpace
        = std::max(40, width() - labelWidth - fm.horizontalAdvance(QStringLiteral("000")) - 16);
    if (m_hidden) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, hiddenText());
        return;
    }
    for (int i = 0; i < m_labels.size(); ++i) {
        const int y = 2 + i * rowHeight;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(
            QRect(0, y, labelWidth - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter, m_labels[i]);
        const int w = m_counts[i] == 0 ? 0 : std::max(3, barSpace * m_counts[i] / maxCount);
        const QColor fill = m_colors[i].isEmpty() ? QColor(0x9a, 0xa3, 0xad) : QColor(m_colors[i]);
        p.setPen(QPen(fill.darker(140), 1));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(labelWidth, y + 3, w, rowHeight - 6), 2, 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(labelWidth + w + 6, y, 60, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(m_counts[i]));
    }
}

} // namespace strongtrust::app
