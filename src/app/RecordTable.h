#pragma once

#include <QWidget>

#include <optional>

class QDate;
class QPushButton;
class QTableWidget;

namespace strongtrust::app {

class WorkbookSession;

// The things the board records about one indicator (its evidence, its
// actions) as a table edited in place, with Add and Remove below. The
// subclass says what its rows are and what adding, removing and editing a
// cell mean; this class keeps the table, the buttons and the difference
// between the user's edits and its own refilling.
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    // Rows shown for the current indicator.
    virtual int count() const = 0;
    // Fills the table again from the session.
    void refresh();

protected:
    RecordTable(WorkbookSession *session, const QString &addText, QWidget *parent);

    void setColumns(const QStringList &headers, QList<int> stretchColumns);
    // Puts texts into a row's first cells, editable when `editable`.
    void setTextCells(int row, const QStringList &texts, bool editable);
    // After an add: focuses the new last row and starts editing its first cell.
    void editNewRow();
    // The date typed into a cell, or nothing after telling the user how to
    // write one (`example` is a date in ISO form); an empty text is no date.
    std::optional<QDate> dateFromCell(const QString &text, const QString &example);

    // Sets the row count and each row's cells.
    virtual void fill(bool editable) = 0;
    virtual bool canAdd() const { return true; }
    virtual void add() = 0;
    virtual void remove(int row) = 0;
    // The user changed a text cell; `text` is trimmed.
    virtual void cellEdited(int row, int column, const QString &text) = 0;

    bool editable() const;

    WorkbookSession *m_session;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;

private:
    bool m_filling = false;
};

} // namespace strongtrust::app
