#pragma once

#include "app/RecordTable.h"
#include "workbook/AssessmentData.h"

namespace strongtrust::app {

// Evidence behind the board's rating of one indicator: title, reference (a
// web address or a file, opened by double-click) and date; evidence more than
// twelve months older than the meeting is flagged as possibly stale.
class EvidenceTable : public RecordTable
{
    Q_OBJECT

public:
    explicit EvidenceTable(WorkbookSession *session, QWidget *parent = nullptr);
    void showIndicator(const QString &indicator);
    int count() const override;
    // True when `date` is more than twelve months before `reference`.

private:
    void fill(bool editable) override;
    void add() override;
    void remove(int row) override;
    void cellEdited(int row, int column, const QString &text) override;
    void open(int row);
    QList<Evidence> current() const;

    QString m_indicator;
};

} // namespace strongtrust::app
