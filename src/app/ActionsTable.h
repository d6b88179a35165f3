#pragma once

#include "workbook/AssessmentData.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace strongtrust::app {

class WorkbookSession;

// The actions the board agreed for one indicator: text, owner, due date, status.
class ActionsTable : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsTable(WorkbookSession *session, QWidget *parent = nullptr);
    void showIndicator(const QString &domainId, const QString &indicator);
    void refresh();
    int count() const;

private:
    QList<Action> current() const;
    void onItemChanged(int row, int column);

    WorkbookSession *m_session;
    QString m_domain;
    QString m_indicator;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace strongtrust::app
