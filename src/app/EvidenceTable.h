#pragma once

#include "app/RecordTable.h"

namespace strongtrust::app {

class EvidenceModel;

// Evidence behind the board's rating of one indicator: title, reference (a
// web address or a file, opened by double-click) and date; evidence more than
// twelve months older than the meeting is flagged as possibly stale.
class EvidenceTable : public RecordTable
{
    Q_OBJECT

public:
    explicit EvidenceTable(WorkbookSession *session, QWidget *parent = nullptr);
    void showIndicator(const QString &indicator);
    EvidenceModel *model() const { return m_evidence; }

private:
    void open(int row);

    EvidenceModel *m_evidence;
};

} // namespace strongtrust::app
