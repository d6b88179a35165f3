#pragma once

// Internal to the report: draws the radar chart and the measures' trend
// charts inside a QTextDocument, as inline objects, so that they take their
// place in the flow and paginate with the text, and are painted as vector
// graphics on a PDF.
#include "report/RadarChart.h"
#include "report/TrendChart.h"

#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

namespace strongtrust::report {

class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kChartIndex = QTextFormat::UserProperty + 1;
    static constexpr int kSize = QTextFormat::UserProperty + 2;
    // Which list kChartIndex points into: kRadar (the default) or kTrend.
    static constexpr int kChartKind = QTextFormat::UserProperty + 3;
    static constexpr int kRadar = 0;
    static constexpr int kTrend = 1;

    explicit ReportChartObject(QList<RadarChartData> charts, QList<TrendChartData> trends = {})
        : m_charts(std::move(charts)), m_trends(std::move(trends))
    {
    }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    QList<RadarChartData> m_charts;
    QList<TrendChartData> m_trends;
};

} // namespace strongtrust::report
