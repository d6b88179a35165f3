#include "app/ActionsTable.h"

#include "app/ActionsModel.h"

#include <QPushButton>
#include <QTableView>

namespace strongtrust::app {

ActionsTable::ActionsTable(WorkbookSession *session, QWidget *parent)
    : RecordTable(session, new ActionsModel(session), tr("Add a&ction"), parent)
    , m_actions(static_cast<ActionsModel *>(m_model))
{
    setObjectName(QStringLiteral("actionsTable"));
    m_table->setObjectName(QStringLiteral("actionsList"));
    m_table->setAccessibleName(tr("Actions"));
    setStretchColumns({ ActionsModel::TextColumn });
    setChoiceColumn(ActionsModel::StatusColumn);
    m_add->setObjectName(QStringLiteral("addAction"));
    m_remove->setObjectName(QStringLiteral("removeAction"));
}

void ActionsTable::showIndicator(const QString &domainId, const QString &indicator)
{
    m_actions->setIndicator(domainId, indicator);
}

} // namespace strongtrust::app
