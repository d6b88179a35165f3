#pragma once

#include "app/RecordTable.h"
#include "workbook/AssessmentData.h"

namespace strongtrust::app {

// The actions the board agreed for one indicator: text, owner, due date, status.
class ActionsTable : public RecordTable
{
    Q_OBJECT

public:
    explicit ActionsTable(WorkbookSession *session, QWidget *parent = nullptr);
    void showIndicator(const QString &domainId, const QString &indicator);
    int count() const override;

private:
    void fill(bool editable) override;
    bool canAdd() const override { return !m_indicator.isEmpty(); }
    void add() override;
    void remove(int row) override;
    void cellEdited(int row, int column, const QString &text) override;
    QList<Action> current() const;

    QString m_domain;
    QString m_indicator;
};

} // namespace strongtrust::app
