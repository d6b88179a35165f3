#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace strongtrust::app {

class RecordModel;
class WorkbookSession;

// The things the board records about one indicator (its evidence, its
// actions) as a table edited in place, with Add and Remove below. The
// model (a RecordModel) says what the rows are and what adding, removing
// and editing a cell mean; this class keeps the view and the buttons.
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    // Rows shown for the current indicator.
    int count() const;
    QTableView *view() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    RecordTable(
        WorkbookSession *session, RecordModel *model, const QString &addText, QWidget *parent);

    void setStretchColumns(QList<int> stretchColumns);
    // Shows `column` as a combo box in every row (ChoiceDelegate).
    void setChoiceColumn(int column);

    WorkbookSession *m_session;
    RecordModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;

private:
    void updateButtons();
    void syncEditors();
    // After an add: focuses the new last row and starts editing its first cell.
    void editNewRow();

    int m_choiceColumn = -1;
};

} // namespace strongtrust::app
