#include "app/ActionsTable.h"

#include "app/WorkbookSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {
enum Column { TextColumn, OwnerColumn, DueColumn, StatusColumn };

QString statusLabel(ActionStatus s)
{
    switch (s) {
    case ActionStatus::InProgress:
        return ActionsTable::tr("In progress");
    case ActionStatus::Done:
        return ActionsTable::tr("Done");
    case ActionStatus::Dropped:
        return ActionsTable::tr("Dropped");
    case ActionStatus::Open:
        break;
    }
    return ActionsTable::tr("Open");
}
} // namespace

ActionsTable::ActionsTable(WorkbookSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_add(new QPushButton(tr("Add a&ction"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("actionsTable"));
    m_table->setObjectName(QStringLiteral("actionsList"));
    m_table->setAccessibleName(tr("Actions"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due (YYYY-MM-DD)"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_add->setObjectName(QStringLiteral("addAction"));
    m_remove->setObjectName(QStringLiteral("removeAction"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::cellChanged, this, &ActionsTable::onItemChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Action a;
        a.domain = m_domain;
        a.indicator = m_indicator;
        a.text = tr("New action");
        m_session->addAction(a);
        m_table->setFocus();
        m_table->setCurrentCell(m_table->rowCount() - 1, TextColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, TextColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<Action> list = current();
        const int row = m_table->currentRow();
        if (row >= 0 && row < list.size())
            m_session->removeAction(list[row]);
    });
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

void ActionsTable::refresh()
{
    m_filling = true;
    const bool editable = m_session->canEdit() && m_session->hasAssessment();
    const QList<Action> list = current();
    m_table->setRowCount(int(list.size()));
    const Qt::ItemFlags flags = editable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable)
                                         : (Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    for (int row = 0; row < list.size(); ++row) {
        const Action &a = list[row];
        const QStringList texts{a.text, a.owner, a.due.toString(Qt::ISODate)};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setFlags(flags);
            if (c == TextColumn && a.carriedFrom)
                item->setToolTip(tr("Carried forward from an earlier period"));
            m_table->setItem(row, c, item);
        }
        auto *status = new QComboBox(m_table);
        status->setAccessibleName(tr("Status of action %1").arg(row + 1));
        for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
            status->addItem(statusLabel(s), int(s));
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
    m_add->setEnabled(editable && !m_indicator.isEmpty());
    m_remove->setEnabled(editable && !list.isEmpty());
    m_filling = false;
}

void ActionsTable::onItemChanged(int row, int column)
{
    if (m_filling)
        return;
    const QList<Action> list = current();
    if (row >= list.size() || column == StatusColumn)
        return;
    Action after = list[row];
    const QString text = m_table->item(row, column)->text().trimmed();
    if (column == TextColumn)
        after.text = text;
    else if (column == OwnerColumn)
        after.owner = text;
    else {
        after.due = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !after.due.isValid()) {
            Q_EMIT m_session->problem(tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2026-07-01.").arg(text));
            refresh();
            return;
        }
    }
    m_session->updateAction(list[row], after);
}

} // namespace strongtrust::app
