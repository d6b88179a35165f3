#include "app/ActionsModel.h"

#include "app/ChoiceDelegate.h"
#include "app/WorkbookSession.h"
#include "workbook/Labels.h"

#include <array>

namespace strongtrust::app {

namespace {
// The statuses in the order the list offers them.
constexpr std::array kStatuses { ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
    ActionStatus::Dropped };

int statusPosition(ActionStatus status)
{
    for (int i = 0; i < int(kStatuses.size()); ++i) {
        if (kStatuses[i] == status)
            return i;
    }
    return 0;
}
} // namespace

ActionsModel::ActionsModel(WorkbookSession *session, QObject *parent) : RecordModel(session, parent)
{
    connect(m_session, &WorkbookSession::assessmentChanged, this, &ActionsModel::reload);
    connect(m_session, &WorkbookSession::dataChanged, this, &ActionsModel::update);
    reload();
}

void ActionsModel::setIndicator(const QString &domainId, const QString &indicator)
{
    m_domain = domainId;
    if (indicator == m_indicator)
        return;
    m_indicator = indicator;
    reload();
}

QList<Action> ActionsModel::current() const
{
    QList<Action> list;
    if (!m_session->hasAssessment() || m_indicator.isEmpty())
        return list;
    for (const Action &a : m_session->data().actions) {
        if (a.indicator == m_indicator)
            list.append(a);
    }
    return list;
}

void ActionsModel::reload()
{
    beginResetModel();
    m_rows = current();
    endResetModel();
}

void ActionsModel::update(const QString &changedIndicator)
{
    if (!changedIndicator.isEmpty() && changedIndicator != m_indicator)
        return;
    sync(m_rows, current(), [](const Action &a, const Action &b) {
        return a.text == b.text && a.owner == b.owner && a.due == b.due && a.status == b.status
            && a.carriedFrom == b.carriedFrom && a.domain == b.domain;
    });
}

bool ActionsModel::canAdd() const
{
    return editable() && !m_indicator.isEmpty();
}

bool ActionsModel::addRecord()
{
    const auto before = m_rows.size();
    Action a;
    a.domain = m_domain;
    a.indicator = m_indicator;
    a.text = tr("New action");
    m_session->addAction(a);
    return m_rows.size() > before;
}

void ActionsModel::removeRecord(int row)
{
    if (row >= 0 && row < m_rows.size())
        m_session->removeAction(m_rows.at(row));
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Action &a = m_rows[index.row()];
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.text;
        if (role == Qt::ToolTipRole && a.carriedFrom)
            return tr("Carried forward from an earlier period");
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.owner;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.due.toString(Qt::ISODate);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return Labels::actionStatus(a.status);
        if (role == Qt::EditRole)
            return statusPosition(a.status);
        if (role == ChoicesRole) {
            QStringList labels;
            for (ActionStatus s : kStatuses)
                labels.append(Labels::actionStatus(s));
            return labels;
        }
        if (role == EditorNameRole)
            return QStringLiteral("actionStatus-%1").arg(index.row());
        if (role == EditorAccessibleNameRole)
            return tr("Status of action %1").arg(index.row() + 1);
        break;
    default:
        break;
    }
    return {};
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due (YYYY-MM-DD)");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size()
        || !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    const Action before = m_rows.at(index.row());
    Action after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TextColumn:
        after.text = text;
        break;
    case OwnerColumn:
        after.owner = text;
        break;
    case DueColumn: {
        const std::optional<QDate> due = dateFromText(text, QStringLiteral("2026-07-01"));
        if (!due)
            return false;
        after.due = *due;
        break;
    }
    case StatusColumn: {
        const int at = value.toInt();
        if (at < 0 || at >= int(kStatuses.size()))
            return false;
        after.status = kStatuses[size_t(at)];
        break;
    }
    default:
        return false;
    }
    if (after.text != before.text || after.owner != before.owner || after.due != before.due
        || after.status != before.status)
        m_session->updateAction(before, after);
    return true;
}

} // namespace strongtrust::app
