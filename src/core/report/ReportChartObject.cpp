#include "report/ReportChartObject.h"

#include <QPainter>

namespace strongtrust::report {

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(kSize).toSizeF();
}

void ReportChartObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(kChartIndex);
    if (format.intProperty(kChartKind) == kTrend) {
        if (index >= 0 && index < m_trends.size())
            paintTrendChart(*painter, rect, m_trends[index]);
        return;
    }
    if (index < 0 || index >= m_charts.size())
        return;
    paintRadarChart(*painter, rect, m_charts[index]);
}

} // namespace strongtrust::report
