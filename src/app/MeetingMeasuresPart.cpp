#include "app/MeetingMeasuresPart.h"

#include "app/MeasuresModel.h"
#include "app/TrendDelegate.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace strongtrust::app {

MeetingMeasuresPart::MeetingMeasuresPart(WorkbookSession *session, QWidget *parent)
    : QWidget(parent), m_model(new MeasuresModel(session, this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("meetingMeasures"));
    m_table->setObjectName(QStringLiteral("meetingMeasuresTable"));
    m_table->setAccessibleName(tr("Measures"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(MeasuresModel::TrendColumn, new TrendDelegate(m_table));
    // For reading aloud: the keys stay with meeting mode's moves.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    for (int c :
        { MeasuresModel::AsOfColumn, MeasuresModel::SourceColumn, MeasuresModel::NoteColumn })
        m_table->setColumnHidden(c, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeasuresModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void MeetingMeasuresPart::showDomain(int domainIndex, const QFont &font)
{
    // The view's type, as its level buttons have: read from the back of the room.
    m_table->setFont(font);
    // The header is drawn by the view's style sheet, which sets its own type.
    m_table->horizontalHeader()->setStyleSheet(
        QStringLiteral("QHeaderView::section { font-size: %1pt; padding: 4px; }")
            .arg(font.pointSizeF() * 0.8));
    m_model->setDomain(domainIndex);
    m_table->setColumnHidden(MeasuresModel::MoveColumn, !m_model->compared());
}

} // namespace strongtrust::app
