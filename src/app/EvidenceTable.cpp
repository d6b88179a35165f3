#include "app/EvidenceTable.h"

#include "app/EvidenceModel.h"
#include "app/WorkbookSession.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QPushButton>
#include <QTableView>
#include <QUrl>

namespace strongtrust::app {

EvidenceTable::EvidenceTable(WorkbookSession *session, QWidget *parent)
    : RecordTable(session, new EvidenceModel(session), tr("&Add evidence"), parent)
    , m_evidence(static_cast<EvidenceModel *>(m_model))
{
    setObjectName(QStringLiteral("evidenceTable"));
    m_table->setObjectName(QStringLiteral("evidenceList"));
    m_table->setAccessibleName(tr("Evidence"));
    setStretchColumns({ EvidenceModel::TitleColumn, EvidenceModel::RefColumn });
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_remove->setObjectName(QStringLiteral("removeEvidence"));

    // Double-click opens the reference, except where it starts editing a cell.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == EvidenceModel::RefColumn
            || index.column() == EvidenceModel::FlagColumn
            || !index.flags().testFlag(Qt::ItemIsEditable))
            open(index.row());
    });
}

void EvidenceTable::showIndicator(const QString &indicator)
{
    m_evidence->setIndicator(indicator);
}

void EvidenceTable::open(int row)
{
    if (row < 0 || row >= count())
        return;
    const QString ref = m_evidence->evidence(row).ref;
    if (ref.isEmpty())
        return;
    const QUrl url = QFileInfo::exists(ref) ? QUrl::fromLocalFile(ref) : QUrl::fromUserInput(ref);
    QDesktopServices::openUrl(url);
}

} // namespace strongtrust::app
