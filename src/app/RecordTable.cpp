#include "app/RecordTable.h"

#include "app/WorkbookSession.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongtrust::app {

RecordTable::RecordTable(WorkbookSession *session, const QString &addText, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_add(new QPushButton(addText, this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
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

    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_filling || row >= count())
            return;
        if (QTableWidgetItem *item = m_table->item(row, column); item && item->flags().testFlag(Qt::ItemIsEditable))
            cellEdited(row, column, item->text().trimmed());
    });
    connect(m_add, &QPushButton::clicked, this, [this] { add(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < count())
            remove(row);
    });
}

void RecordTable::setColumns(const QStringList &headers, QList<int> stretchColumns)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < headers.size(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(
            c, stretchColumns.contains(c) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

bool RecordTable::editable() const
{
    return m_session->canEdit() && m_session->hasAssessment();
}

void RecordTable::refresh()
{
    m_filling = true;
    const bool canEdit = editable();
    fill(canEdit);
    m_add->setEnabled(canEdit && canAdd());
    m_remove->setEnabled(canEdit && count() > 0);
    m_filling = false;
}

void RecordTable::setTextCells(int row, const QStringList &texts, bool editable)
{
    const Qt::ItemFlags flags = editable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable)
                                         : (Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    for (int c = 0; c < texts.size(); ++c) {
        auto *item = new QTableWidgetItem(texts[c]);
        item->setFlags(flags);
        m_table->setItem(row, c, item);
    }
}

void RecordTable::editNewRow()
{
    const int last = m_table->rowCount() - 1;
    if (last < 0)
        return;
    m_table->setFocus();
    m_table->setCurrentCell(last, 0);
    m_table->editItem(m_table->item(last, 0));
}

std::optional<QDate> RecordTable::dateFromCell(const QString &text, const QString &example)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid()) {
        Q_EMIT m_session->problem(tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. %2.").arg(text, example));
        refresh();
        return std::nullopt;
    }
    return date;
}

} // namespace strongtrust::app
