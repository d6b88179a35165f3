#pragma once

// Internal to the report: draws the radar chart inside a QTextDocument, as an
// inline object, so that it takes its place in the flow and paginates with
// the text, and is painted as vector graphics on a PDF.
#include "report/RadarChart.h"

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

    explicit ReportChartObject(QList<RadarChartData> charts) : m_charts(std::move(charts)) { }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    QList<RadarChartData> m_charts;
};

} // namespace strongtrust::report
