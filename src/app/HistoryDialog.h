#pragma once

#include "framework/Framework.h"
#include "scoring/Scoring.h"
#include "workbook/AssessmentData.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QTableWidget;

namespace strongtrust::app {

class WorkbookSession;
class HistoryRadar;
class HistoryTrend;

// Every period of the workbook side by side, read-only: status, completion
// and each domain's score; two periods compared (radar overlay and what moved);
// and each domain's score across all periods.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(WorkbookSession *session, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    QTableWidget *historyTable() const { return m_table; }
    QComboBox *compareFrom() const { return m_from; }
    QComboBox *compareTo() const { return m_to; }
    QTableWidget *changesTable() const { return m_changes; }

    // One period as scored.
    struct Period {
        AssessmentInfo info;
        Framework framework;
        AssessmentScores scores;
    };

private:
    void fillHistory();
    void updateComparison();

    WorkbookSession *m_session;
    QList<Period> m_periods;
    QTableWidget *m_table;
    QComboBox *m_from;
    QComboBox *m_to;
    HistoryRadar *m_radar;
    QTableWidget *m_changes;
    HistoryTrend *m_trend;
};

} // namespace strongtrust::app
