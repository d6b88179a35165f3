#include "app/FrameworkNavigator.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace strongtrust::app {

namespace {
constexpr int kDomainRole = Qt::UserRole + 1;
constexpr int kIndicatorRole = Qt::UserRole + 2;
constexpr int kIdRole = Qt::UserRole + 3;
} // namespace

FrameworkNavigator::FrameworkNavigator(QWidget *parent)
    : QTreeView(parent), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("frameworkNavigator"));
    setAccessibleName(tr("Domains and indicators"));
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &) { onCurrentChanged(current); });
}

void FrameworkNavigator::setFramework(const Framework &framework)
{
    m_model->clear();
    for (int d = 0; d < framework.domains.size(); ++d) {
        const Domain &domain = framework.domains[d];
        auto *domainItem = new QStandardItem(QStringLiteral("%1. %2").arg(d + 1).arg(domain.title));
        domainItem->setData(d, kDomainRole);
        domainItem->setData(-1, kIndicatorRole);
        domainItem->setData(domain.id, kIdRole);
        QFont bold = domainItem->font();
        bold.setBold(true);
        domainItem->setFont(bold);
        for (int i = 0; i < domain.indicators.size(); ++i) {
            const Indicator &ind = domain.indicators[i];
            auto *item = new QStandardItem(QStringLiteral("%1.%2 %3").arg(d + 1).arg(i + 1).arg(ind.text));
            item->setData(d, kDomainRole);
            item->setData(i, kIndicatorRole);
            item->setData(ind.fullId, kIdRole);
            item->setToolTip(ind.text);
            domainItem->appendRow(item);
        }
        m_model->appendRow(domainItem);
    }
    expandAll();
}

void FrameworkNavigator::select(const QString &id)
{
    const QModelIndexList hits =
        m_model->match(m_model->index(0, 0), kIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!hits.isEmpty())
        setCurrentIndex(hits.constFirst());
}

void FrameworkNavigator::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const int domain = current.data(kDomainRole).toInt();
    const int indicator = current.data(kIndicatorRole).toInt();
    if (indicator < 0)
        Q_EMIT domainSelected(domain);
    else
        Q_EMIT indicatorSelected(domain, indicator);
}

} // namespace strongtrust::app
