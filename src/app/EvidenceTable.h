#pragma once

#include "workbook/AssessmentData.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace strongtrust::app {

class WorkbookSession;

// Evidence behind the board's rating of one indicator: title, reference (a
// web address or a file, opened by double-click) and date; evidence more than
// twelve months older than the meeting is flagged as possibly stale.
class EvidenceTable : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceTable(WorkbookSession *session, QWidget *parent = nullptr);
    void showIndicator(const QString &indicator);
    void refresh();
    int count() const;
    // True when `date` is more than twelve months before `reference`.
    static bool isStale(const QDate &date, const QDate &reference);

private:
    void onItemChanged(int row, int column);
    void open(int row);
    QList<Evidence> current() const;

    WorkbookSession *m_session;
    QString m_indicator;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace strongtrust::app
