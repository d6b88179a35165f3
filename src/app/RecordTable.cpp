#include "app/RecordTable.h"

#include "app/ChoiceDelegate.h"
#include "app/RecordModel.h"
#include "app/WorkbookSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace strongtrust::app {

RecordTable::RecordTable(
    WorkbookSession *session, RecordModel *model, const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_model->setParent(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    // Tab leaves the table for the buttons: the table is one stop, arrows move inside.
    m_table->setTabKeyNavigation(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_model->addRecord())
            editNewRow();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0 && row < count())
            m_model->removeRecord(row);
    });
    // The rows follow the model; the buttons follow the rows and whether edits are possible.
    auto rowsChanged = [this] {
        syncEditors();
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_session, &WorkbookSession::assessmentChanged, this, &RecordTable::updateButtons);
    updateButtons();
}

int RecordTable::count() const
{
    return m_model->rowCount();
}

void RecordTable::setStretchColumns(QList<int> stretchColumns)
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(
            c, stretchColumns.contains(c) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

void RecordTable::setChoiceColumn(int column)
{
    m_choiceColumn = column;
    m_table->setItemDelegateForColumn(column, new ChoiceDelegate(m_table));
    syncEditors();
}

void RecordTable::syncEditors()
{
    if (m_choiceColumn >= 0)
        ChoiceDelegate::syncEditors(m_table, m_choiceColumn);
}

void RecordTable::updateButtons()
{
    m_add->setEnabled(m_model->canAdd());
    m_remove->setEnabled(m_model->editable() && count() > 0);
}

void RecordTable::editNewRow()
{
    const int last = count() - 1;
    if (last < 0)
        return;
    const QModelIndex index = m_model->index(last, 0);
    m_table->setFocus();
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

} // namespace strongtrust::app
