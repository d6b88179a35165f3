#pragma once

#include "framework/Framework.h"
#include "scoring/Scoring.h"

#include <QTreeView>

class QStandardItem;
class QStandardItemModel;

namespace strongtrust::app {

// The tree of a framework's domains and their indicators. A domain that has
// baseline standards or measures (framework format version 2) lists them
// first, a row each ("Baseline standards", "Measures"), before its
// indicators; a version 1 framework shows domains and indicators alone.
class FrameworkNavigator : public QTreeView
{
    Q_OBJECT

public:
    // What a row of the tree is: each kind of row but a domain is a stop of step().
    enum class Stop { Domain, Standards, Measures, Indicator };

    explicit FrameworkNavigator(QWidget *parent = nullptr);

    void setFramework(const Framework &framework);
    // Completion, agreed level and disagreement of each indicator, each
    // domain's level (and the standard that caps it), how many standards are
    // met and measures recorded, at a glance. `assessment` may be nullptr with `scores`.
    void setStatus(const Framework &framework, const AssessmentScores *scores,
        const AssessmentData *assessment);
    // The full id of the current indicator, or empty.
    QString currentIndicator() const;
    // What the current row is, and its domain (-1 with none).
    Stop currentStop() const;
    int currentDomain() const;
    // Moves to the next (+1) or previous (-1) stop, across domains: a
    // domain's standards, its measures, then its indicators.
    void step(int direction);
    // Selects the indicator with this full id, the domain with this id, or
    // the standards (or measures) row of the domain a standard (or measure)
    // with this full id belongs to.
    void select(const QString &id);
    void selectStop(int domainIndex, Stop stop);

Q_SIGNALS:
    void domainSelected(int domainIndex);
    void indicatorSelected(int domainIndex, int indicatorIndex);
    void standardsSelected(int domainIndex);
    void measuresSelected(int domainIndex);

private:
    void onCurrentChanged(const QModelIndex &current);
    QList<QModelIndex> stops() const;

    QStandardItemModel *m_model;
};

} // namespace strongtrust::app
