#pragma once

#include "framework/Framework.h"
#include "scoring/Scoring.h"

#include <QWidget>

namespace strongtrust::app {

// How many trustees chose each level of the scale (and "not applicable",
// and no rating): the spread the board discusses, without names.
class DistributionWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionWidget(QWidget *parent = nullptr);

    void setScore(const Framework &framework, const IndicatorScore &score);
    void setHidden(bool hidden); // blind mode before the reveal
    bool showsCounts() const { return !m_hidden; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe(); // the accessible description: the counts, or that they are hidden
    static QString hiddenText();

    QStringList m_labels;
    QStringList m_colors;
    QList<int> m_counts; // per level, then not applicable, then unrated
    bool m_hidden = false;
};

} // namespace strongtrust::app
