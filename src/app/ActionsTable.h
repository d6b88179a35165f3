#pragma once

#include "app/RecordTable.h"

namespace strongtrust::app {

class ActionsModel;

// The actions the board agreed for one indicator: text, owner, due date, status.
class ActionsTable : public RecordTable
{
    Q_OBJECT

public:
    explicit ActionsTable(WorkbookSession *session, QWidget *parent = nullptr);
    void showIndicator(const QString &domainId, const QString &indicator);
    ActionsModel *model() const { return m_actions; }

private:
    ActionsModel *m_actions;
};

} // namespace strongtrust::app
