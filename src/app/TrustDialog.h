#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace strongtrust::app {

class WorkbookSession;

// The trust's name and its trustees: add, rename, give a role, retire.
// Retired trustees keep their past ratings and leave the rating lists of new
// periods. Each change is saved (and undoable) at once.
class TrustDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrustDialog(WorkbookSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *trustName() const { return m_trustName; }
    QLineEdit *newName() const { return m_newName; }
    QLineEdit *newRole() const { return m_newRole; }
    void addTrustee();

private:
    void refresh();
    void onCellChanged(int row, int column);

    WorkbookSession *m_session;
    QLineEdit *m_trustName;
    QTableWidget *m_table;
    QLineEdit *m_newName;
    QLineEdit *m_newRole;
    QList<qint64> m_ids;
    bool m_filling = false;
};

} // namespace strongtrust::app
