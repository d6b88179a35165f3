#include "app/TrendDelegate.h"

#include "app/MeasuresModel.h"
#include "report/TrendChart.h"

#include <QApplication>
#include <QPainter>

namespace strongtrust::app {

void TrendDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell as any other (its background and selection), then the chart.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    const auto *model = qobject_cast<const MeasuresModel *>(index.model());
    if (!model)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A line's height whatever the row's, so that the column reads as one.
    QRectF line = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const qreal height = std::min<qreal>(line.height(), option.fontMetrics.height() + 4);
    line.setTop(line.center().y() - height / 2);
    line.setHeight(height);
    paintTrendChart(*painter, line, model->trend(index.row()));
    painter->restore();
}

QSize TrendDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Wide enough to see a line's direction over a few years, a row high.
    return { option.fontMetrics.averageCharWidth() * 14, option.fontMetrics.height() + 8 };
}

} // namespace strongtrust::app
