#include "app/MeasuresPanel.h"

#include "app/MeasuresModel.h"
#include "app/TrendDelegate.h"
#include "app/WorkbookSession.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace strongtrust::app {

MeasuresPanel::MeasuresPanel(WorkbookSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MeasuresModel(session, this))
    , m_table(new QTableView(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("measuresPanel"));
    m_table->setObjectName(QStringLiteral("measuresTable"));
    m_table->setAccessibleName(tr("Measures"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(MeasuresModel::TrendColumn, new TrendDelegate(m_table));
    m_table->verticalHeader()->setVisible(true); // numbered, as meeting mode names them
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    // A value is typed straight into its cell, as into a spreadsheet.
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    // The title wraps in a column of its own width; the figures keep to
    // theirs; the date, source and note follow, scrolled to as they are typed.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int character = fontMetrics().averageCharWidth();
    for (const auto &[column, characters] : { std::pair { MeasuresModel::TitleColumn, 30 },
             std::pair { MeasuresModel::SourceColumn, 22 },
             std::pair { MeasuresModel::NoteColumn, 22 } }) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, character * characters);
    }
    header->setStretchLastSection(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_hint->setObjectName(QStringLiteral("measuresHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Type a value into its cell (with or without its unit). A target is typed "
                       "as 5–12, ≥ 5 or ≤ 12; clear it for the framework's."));

    auto *box = new QGroupBox(tr("Measures"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_table, 1);
    boxLayout->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            Q_EMIT currentMeasureChanged(m_model->measureId(current.row()));
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeasuresPanel::updateColumns);
}

void MeasuresPanel::updateColumns()
{
    // No earlier period: nothing moved, and the column would say so on every row.
    m_table->setColumnHidden(MeasuresModel::MoveColumn, !m_model->compared());
}

void MeasuresPanel::showDomain(int domainIndex)
{
    m_model->setDomain(domainIndex);
    updateColumns();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, MeasuresModel::ValueColumn));
}

QString MeasuresPanel::currentMeasure() const
{
    return m_model->measureId(m_table->currentIndex().row());
}

void MeasuresPanel::selectMeasure(const QString &measure)
{
    const int row = m_model->rowOf(measure);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, MeasuresModel::ValueColumn));
    m_table->scrollTo(m_table->currentIndex());
}

} // namespace strongtrust::app
