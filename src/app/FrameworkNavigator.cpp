#include "app/FrameworkNavigator.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace strongtrust::app {

namespace {
constexpr int kDomainRole = Qt::UserRole + 1;
constexpr int kIndicatorRole = Qt::UserRole + 2; // the indicator's index; -1 on other rows
constexpr int kIdRole = Qt::UserRole + 3; // the indicator's full id, the domain's id
constexpr int kStopRole = Qt::UserRole + 4; // FrameworkNavigator::Stop
constexpr int kMembersRole = Qt::UserRole + 5; // the full ids a standards or measures row lists

using Stop = FrameworkNavigator::Stop;

// The red of a flag that asks for the board's attention.
const QColor kFlag(0xa8, 0x32, 0x2d);

QStandardItem *rowItem(const QString &text, int domain, int indicator, const QString &id, Stop stop)
{
    auto *item = new QStandardItem(text);
    item->setData(domain, kDomainRole);
    item->setData(indicator, kIndicatorRole);
    item->setData(id, kIdRole);
    item->setData(int(stop), kStopRole);
    return item;
}

void setFlagged(QStandardItem *item, const QString &text, bool flagged, const QString &tip = {})
{
    item->setText(text);
    item->setToolTip(tip);
    item->setForeground(flagged ? QBrush(kFlag) : QBrush());
}

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
        auto *domainItem = rowItem(
            QStringLiteral("%1. %2").arg(d + 1).arg(domain.title), d, -1, domain.id, Stop::Domain);
        QFont bold = domainItem->font();
        bold.setBold(true);
        domainItem->setFont(bold);
        // The floor before the scale: what the board must be able to say is
        // in place, and the figures it tracks, then the indicators it rates.
        if (!domain.standards.isEmpty()) {
            QStringList ids;
            for (const Standard &s : domain.standards)
                ids.append(s.fullId);
            auto *item = rowItem(tr("Baseline standards"), d, -1, domain.id, Stop::Standards);
            item->setData(ids, kMembersRole);
            domainItem->appendRow(item);
        }
        if (!domain.measures.isEmpty()) {
            QStringList ids;
            for (const Measure &m : domain.measures)
                ids.append(m.fullId);
            auto *item = rowItem(tr("Measures"), d, -1, domain.id, Stop::Measures);
            item->setData(ids, kMembersRole);
            domainItem->appendRow(item);
        }
        for (int i = 0; i < domain.indicators.size(); ++i) {
            const Indicator &ind = domain.indicators[i];
            auto *item = rowItem(QStringLiteral("%1.%2 %3").arg(d + 1).arg(i + 1).arg(ind.text), d,
                i, ind.fullId, Stop::Indicator);
            item->setToolTip(ind.text);
            domainItem->appendRow(item);
        }
        auto *domainStatus = new QStandardItem;
        domainStatus->setFont(bold);
        m_model->appendRow({ domainItem, domainStatus });
        for (int row = 0; row < domainItem->rowCount(); ++row)
            domainItem->setChild(row, 1, new QStandardItem);
    }
    expandAll();
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void FrameworkNavigator::setStatus(
    const Framework &fw, const AssessmentScores *scores, const AssessmentData *assessment)
{
    auto levelText = [&](double score) {
        return QStringLiteral("%1  %2").arg(QString::number(score, 'f', 1),
            fw.scale.levels.value(nearestLevelIndex(fw.scale, score)).label);
    };
    for (int d = 0; d < m_model->rowCount(); ++d) {
        QStandardItem *domainItem = m_model->item(d, 0);
        QStandardItem *domainStatus = m_model->item(d, 1);
        if (!domainStatus)
            continue;
        const DomainScore *ds
            = scores && d < scores->domains.size() ? &scores->domains[d] : nullptr;
        if (ds && ds->score && ds->isCapped()) {
            // The level the board sees is the capped one; why, on hovering.
            QStringList unmet;
            for (const QString &id : ds->cappedBy) {
                if (const Standard *s = fw.findStandard(id))
                    unmet.append(s->text);
            }
            setFlagged(domainStatus, tr("%1 (capped)").arg(levelText(*ds->score)), true,
                tr("Held at %1 while %n baseline standard(s) (is|are) not met: %2\nWithout the "
                   "cap: %3.",
                    nullptr, int(unmet.size()))
                    .arg(fw.scale.levels.value(nearestLevelIndex(fw.scale, *ds->score)).label,
                        unmet.join(QStringLiteral("; ")),
                        ds->uncappedScore ? levelText(*ds->uncappedScore) : tr("not rated")));
        } else if (ds && ds->score) {
            setFlagged(domainStatus, levelText(*ds->score), false);
        } else {
            setFlagged(domainStatus, scores ? tr("not rated") : QString(), false);
        }
        for (int row = 0; row < domainItem->rowCount(); ++row) {
            QStandardItem *status = domainItem->child(row, 1);
            const QStandardItem *item = domainItem->child(row, 0);
            const auto stop = Stop(item->data(kStopRole).toInt());
            if (!scores) {
                setFlagged(status, QString(), false);
                continue;
            }
            if (stop == Stop::Standards) {
                const int total = ds ? ds->standardCount : 0;
                const int met = ds ? ds->standardsMet : 0;
                const int notMet = ds ? ds->standardsNotMet : 0;
                const QString tally = tr("%1 met, %2 not met, %3 not judged")
                                          .arg(met)
                                          .arg(notMet)
                                          .arg(total - met - notMet);
                if (notMet > 0)
                    setFlagged(status, tr("✗ %n not met", nullptr, notMet), true, tally);
                else if (total > 0 && met == total)
                    setFlagged(status, tr("✓ all met"), false, tally);
                else
                    setFlagged(status, tr("%1/%2 met").arg(met).arg(total), false, tally);
                continue;
            }
            if (stop == Stop::Measures) {
                const QList<Measure> &measures = fw.domains.value(d).measures;
                int recorded = 0;
                for (const Measure &m : measures) {
                    const MeasureValue *v = assessment ? assessment->measureFor(m.fullId) : nullptr;
                    recorded += v && v->value ? 1 : 0;
                }
                setFlagged(status, tr("%1/%2 recorded").arg(recorded).arg(measures.size()), false);
                continue;
            }
            const QString fullId = item->data(kIdRole).toString();
            const IndicatorScore *is = scores->find(fullId);
            if (!is) {
                setFlagged(status, QString(), false);
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
            setFlagged(status, text, is->disagreement,
                is->disagreement ? tr("Trustees' ratings differ by two levels or more")
                                 : QString());
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

FrameworkNavigator::Stop FrameworkNavigator::currentStop() const
{
    const QModelIndex index = currentIndex().siblingAtColumn(0);
    return index.isValid() ? Stop(index.data(kStopRole).toInt()) : Stop::Domain;
}

int FrameworkNavigator::currentDomain() const
{
    const QModelIndex index = currentIndex().siblingAtColumn(0);
    return index.isValid() ? index.data(kDomainRole).toInt() : -1;
}

QList<QModelIndex> FrameworkNavigator::stops() const
{
    QList<QModelIndex> list;
    for (int d = 0; d < m_model->rowCount(); ++d) {
        const QStandardItem *domainItem = m_model->item(d, 0);
        for (int row = 0; row < domainItem->rowCount(); ++row)
            list.append(domainItem->child(row, 0)->index());
    }
    return list;
}

void FrameworkNavigator::step(int direction)
{
    const QList<QModelIndex> all = stops();
    if (all.isEmpty())
        return;
    const QModelIndex current = currentIndex().siblingAtColumn(0);
    int at = int(all.indexOf(current));
    if (at < 0) {
        // On a domain row: forward goes to its first stop.
        const int domain = current.isValid() ? current.data(kDomainRole).toInt() : -1;
        for (int k = 0; k < all.size() && at < 0; ++k) {
            if (all[k].data(kDomainRole).toInt() >= domain)
                at = direction > 0 ? k - 1 : k;
        }
    }
    const int next = std::clamp(at + direction, 0, int(all.size()) - 1);
    setCurrentIndex(all[next]);
}

void FrameworkNavigator::selectStop(int domainIndex, Stop stop)
{
    const QStandardItem *domainItem = m_model->item(domainIndex, 0);
    if (!domainItem)
        return;
    if (stop == Stop::Domain) {
        setCurrentIndex(domainItem->index());
        return;
    }
    for (int row = 0; row < domainItem->rowCount(); ++row) {
        if (Stop(domainItem->child(row, 0)->data(kStopRole).toInt()) == stop) {
            setCurrentIndex(domainItem->child(row, 0)->index());
            return;
        }
    }
}

void FrameworkNavigator::select(const QString &id)
{
    const QModelIndexList hits = m_model->match(
        m_model->index(0, 0), kIdRole, id, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &hit : hits) {
        const auto stop = Stop(hit.data(kStopRole).toInt());
        if (stop == Stop::Indicator || stop == Stop::Domain) {
            setCurrentIndex(hit);
            return;
        }
    }
    for (const QModelIndex &stop : stops()) {
        if (stop.data(kMembersRole).toStringList().contains(id)) {
            setCurrentIndex(stop);
            return;
        }
    }
}

void FrameworkNavigator::onCurrentChanged(const QModelIndex &index)
{
    const QModelIndex current = index.siblingAtColumn(0);
    if (!current.isValid())
        return;
    const int domain = current.data(kDomainRole).toInt();
    switch (Stop(current.data(kStopRole).toInt())) {
    case Stop::Domain:
        Q_EMIT domainSelected(domain);
        break;
    case Stop::Standards:
        Q_EMIT standardsSelected(domain);
        break;
    case Stop::Measures:
        Q_EMIT measuresSelected(domain);
        break;
    case Stop::Indicator:
        Q_EMIT indicatorSelected(domain, current.data(kIndicatorRole).toInt());
        break;
    }
}

} // namespace strongtrust::app
