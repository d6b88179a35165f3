#include "workbook/Labels.h"
#include "app/ActionsTable.h"

#include "app/WorkbookSession.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>

namespace strongtrust::app {

namespace {
enum Column { TextColumn, OwnerColumn, DueColumn, StatusColumn };

} // namespace

ActionsTable::ActionsTable(WorkbookSession *session, QWidget *parent)
    : RecordTable(session, tr("Add a&ction"), parent)
{
    setObjectName(QStringLiteral("actionsTable"));
    m_table->setObjectName(QStringLiteral("actionsList"));
    m_table->setAccessibleName(tr("Actions"));
    setColumns({tr("Action"), tr("Owner"), tr("Due (YYYY-MM-DD)"), tr("Status")}, {TextColumn});
    m_add->setObjectName(QStringLiteral("addAction"));
    m_remove->setObjectName(QStringLiteral("removeAction"));
}

QList<Action> ActionsTable::current() const
{
    QList<Action> list;
    if (!m_session->hasAssessment())
        return list;
    for (const Action &a : m_session->data().actions) {
        if (a.indicator == m_indicator)
            list.append(a);
    }
    return list;
}

int ActionsTable::count() const
{
    return int(current().size());
}

void ActionsTable::showIndicator(const QString &domainId, const QString &indicator)
{
    m_domain = domainId;
    m_indicator = indicator;
    refresh();
}

void ActionsTable::fill(bool editable)
{
    const QList<Action> list = current();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Action &a = list[row];
        setTextCells(row, {a.text, a.owner, a.due.toString(Qt::ISODate)}, editable);
        if (a.carriedFrom)
            m_table->item(row, TextColumn)->setToolTip(tr("Carried forward from an earlier period"));
        auto *status = new QComboBox(m_table);
        status->setAccessibleName(tr("Status of action %1").arg(row + 1));
        for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
            status->addItem(Labels::actionStatus(s), int(s));
        status->setCurrentIndex(status->findData(int(a.status)));
        status->setEnabled(editable);
        connect(status, &QComboBox::activated, this, [this, row, status] {
            const QList<Action> now = current();
            if (row >= now.size())
                return;
            Action after = now[row];
            after.status = ActionStatus(status->currentData().toInt());
            m_session->updateAction(now[row], after);
        });
        m_table->setCellWidget(row, StatusColumn, status);
    }
}

void ActionsTable::add()
{
    Action a;
    a.domain = m_domain;
    a.indicator = m_indicator;
    a.text = tr("New action");
    m_session->addAction(a);
    editNewRow();
}

void ActionsTable::remove(int row)
{
    m_session->removeAction(current().at(row));
}

void ActionsTable::cellEdited(int row, int column, const QString &text)
{
    const Action before = current().at(row);
    Action after = before;
    if (column == TextColumn) {
        after.text = text;
    } else if (column == OwnerColumn) {
        after.owner = text;
    } else if (column == DueColumn) {
        const std::optional<QDate> due = dateFromCell(text, QStringLiteral("2026-07-01"));
        if (!due)
            return;
        after.due = *due;
    }
    m_session->updateAction(before, after);
}

} // namespace strongtrust::app
