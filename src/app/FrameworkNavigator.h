#pragma once

#include "framework/Framework.h"
#include "scoring/Scoring.h"

#include <QTreeView>

class QStandardItemModel;

namespace strongtrust::app {

// The tree of a framework's domains and their indicators.
class FrameworkNavigator : public QTreeView
{
    Q_OBJECT

public:
    explicit FrameworkNavigator(QWidget *parent = nullptr);

    void setFramework(const Framework &framework);
    // Completion, agreed level and disagreement of each indicator, at a glance.
    void setStatus(const Framework &framework, const AssessmentScores *scores);
    // The full id of the current indicator, or empty.
    QString currentIndicator() const;
    // Moves to the next (+1) or previous (-1) indicator, across domains.
    void step(int direction);
    // Selects the indicator with this full id (or the domain with this id).
    void select(const QString &id);

Q_SIGNALS:
    void domainSelected(int domainIndex);
    void indicatorSelected(int domainIndex, int indicatorIndex);

private:
    void onCurrentChanged(const QModelIndex &current);

    QStandardItemModel *m_model;
};

} // namespace strongtrust::app
