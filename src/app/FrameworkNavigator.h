#pragma once

#include "framework/Framework.h"

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
