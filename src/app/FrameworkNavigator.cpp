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
    setAllColumnsShowFocus(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    // Never squeezed to bare numbers when the window is narrow.
    setMinimumWidth(fontMetrics().averageCharWidth() * 24);
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
            auto *item
                = new QStandardItem(QStringLiteral("%1.%2 %3").arg(d + 1).arg(i + 1).arg(ind.text));
            item->setData(d, kDomainRole);
            item->setData(i, kIndicatorRole);
            item->setData(ind.fullId, kIdRole);
            item->setToolTip(ind.text);
            domainItem->appendRow(item);
        }
        auto *domainStatus = new QStandardItem;
        domainStatus->setFont(bold);
        m_model->appendRow({ domainItem, domainStatus });
        for (int i = 0; i < domain.indicators.size(); ++i)
            domainItem->setChild(i, 1, new QStandardItem);
    }
    expandAll();
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void FrameworkNavigator::setStatus(const Framework &fw, const AssessmentScores *scores)
{
    for (int d = 0; d < m_model->rowCount(); ++d) {
        QStandardItem *domainItem = m_model->item(d, 0);
        QStandardItem *domainStatus = m_model->item(d, 1);
        if (!domainStatus)
            continue;
        const DomainScore *ds
            = scores && d < scores->domains.size() ? &scores->domains[d] : nullptr;
        if (ds && ds->score) {
            const int level = nearestLevelIndex(fw.scale, *ds->score);
            domainStatus->setText(QStringLiteral("%1  %2").arg(
                QString::number(*ds->score, 'f', 1), fw.scale.levels.value(level).label));
        } else {
            domainStatus->setText(scores ? tr("not rated") : QString());
        }
        for (int i = 0; i < domainItem->rowCount(); ++i) {
            QStandardItem *status = domainItem->child(i, 1);
            const QString fullId = domainItem->child(i, 0)->data(kIdRole).toString();
            const IndicatorScore *is = scores ? scores->find(fullId) : nullptr;
            if (!is) {
                status->setText(QString());
                continue;
            }
            QString text;
            if (is->consensus.isLevel()) {
                const int l = fw.scale.indexOf(is->consensus.level);
                text = QStringLiteral("✓ %1").arg(fw.scale.levels.value(l).label);
            } else if (is->consensus.isNotApplicable()) {
                text = tr("✓ N/A");
            } else {
                text = tr("%1/%2 rated")
                           .arg(scores->raterCount - is->unratedCount)
                           .arg(scores->raterCount);
            }
            if (is->disagreement)
                text.prepend(QStringLiteral("≠ "));
            status->setText(text);
            status->setToolTip(is->disagreement
                    ? tr("Trustees' ratings differ by two levels or more")
                    : QString());
            status->setForeground(is->disagreement ? QBrush(QColor(0xa8, 0x32, 0x2d)) : QBrush());
        }
    }
}

QString FrameworkNavigator::currentIndicator() const
{
    const QModelIndex index = currentIndex().siblingAtColumn(0);
    if (!index.isValid() || index.data(kIndicatorRole).toInt() < 0)
        return {};
    return index.data(kIdRole).toString();
}

void FrameworkNavigator::step(int direction)
{
    QList<QModelIndex> indicators;
    for (int d = 0; d < m_model->rowCount(); ++d) {
        const QStandardItem *domainItem = m_model->item(d, 0);
        for (int i = 0; i < domainItem->rowCount(); ++i)
            indicators.append(domainItem->child(i, 0)->index());
    }
    if (indicators.isEmpty())
        return;
    const QModelIndex current = currentIndex().siblingAtColumn(0);
    int at = int(indicators.indexOf(current));
    if (at < 0) {
        // On a domain row: forward goes to its first indicator.
        const int domain = current.isValid() ? current.data(kDomainRole).toInt() : -1;
        for (int k = 0; k < indicators.size() && at < 0; ++k) {
            if (indicators[k].data(kDomainRole).toInt() >= domain)
                at = direction > 0 ? k - 1 : k;
        }
    }
    const int next = std::clamp(at + direction, 0, int(indicators.size()) - 1);
    setCurrentIndex(indicators[next]);
}

void FrameworkNavigator::select(const QString &id)
{
    const QModelIndexList hits = m_model->match(
        m_model->index(0, 0), kIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!hits.isEmpty())
        setCurrentIndex(hits.constFirst());
}

void FrameworkNavigator::onCurrentChanged(const QModelIndex &index)
{
    const QModelIndex current = index.siblingAtColumn(0);
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
