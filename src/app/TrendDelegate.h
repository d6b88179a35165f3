#pragma once

#include <QStyledItemDelegate>

namespace strongtrust::app {

// Paints a measure's trend into its cell (MeasuresModel::trend) with the
// core's trend chart, the one the report draws: in a cell, its sparkline.
class TrendDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace strongtrust::app
