#pragma once

#include "workbook/AuditEntry.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace strongtrust::app {

class WorkbookSession;

// The workbook's audit trail, read-only, narrowed by period, trustee and
// domain as the filters change.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(WorkbookSession *session, QWidget *parent = nullptr);

    QTableWidget *auditTable() const { return m_table; }
    QComboBox *periodFilter() const { return m_period; }
    QComboBox *trusteeFilter() const { return m_trustee; }
    QComboBox *domainFilter() const { return m_domain; }
    // Rows shown with the current filters.
    int visibleRows() const;

private:
    void applyFilters();

    QList<AuditEntry> m_entries;
    QTableWidget *m_table;
    QComboBox *m_period;
    QComboBox *m_trustee;
    QComboBox *m_domain;
    QLabel *m_count;
};

} // namespace strongtrust::app
