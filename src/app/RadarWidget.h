#pragma once

#include "report/RadarChart.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>

namespace strongtrust::app {

class WorkbookSession;

// The domain scores as a radar (a bar chart for fewer than three domains),
// this period against the previous one, redrawn as soon as a rating changes.
// Drawing is the core's renderer, shared with the PDF and image exports.
class RadarWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RadarWidget(WorkbookSession *session, QWidget *parent = nullptr);

    const RadarChartData &chartData() const { return m_data; }
    void refresh();
    // In blind rating, the trustees' ratings of an indicator not yet revealed
    // must not show on the chart either: a domain's provisional score would
    // give them away. `hidden` says which; agreed ratings always count.
    void setRatingsHidden(std::function<bool(const QString &indicator)> hidden)
    {
        m_hidden = std::move(hidden);
    }
    // PNG or SVG, by the file's suffix.
    Status saveImage(const QString &path) const;
    QSize sizeHint() const override { return { 380, 380 }; }
    QSize minimumSizeHint() const override { return { 220, 220 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    WorkbookSession *m_session;
    RadarChartData m_data;
    std::function<bool(const QString &)> m_hidden;
};

} // namespace strongtrust::app
