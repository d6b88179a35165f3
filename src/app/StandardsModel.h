#pragma once

#include "workbook/AssessmentData.h"

#include <QAbstractTableModel>

namespace strongtrust::app {

class WorkbookSession;

// A domain's baseline standards as a table: one row per standard of the
// framework, columns text, result and note. The result is chosen from a
// list (ChoiceDelegate) or by key (StandardsTable); every edit goes through
// the session, undoable and written through the workbook. When the session
// reports an edit, only that standard's row is announced; the model is
// reset for another domain or assessment.
class StandardsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, ResultColumn, NoteColumn, ColumnCount };

    explicit StandardsModel(WorkbookSession *session, QObject *parent = nullptr);

    void setDomain(int domainIndex);
    int domain() const { return m_domain; }
    // The full id of the standard in a row, or empty.
    QString standardId(int row) const;
    int rowOf(const QString &standard) const;
    bool editable() const;
    // Records `result` for the standard in `row`, as choosing it from the list does.
    void setResult(int row, StandardResult result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    void update(const QString &changed);

    WorkbookSession *m_session;
    int m_domain = -1;
    QStringList m_ids; // the standards' full ids, by row
    QList<StandardJudgement> m_rows; // as shown
};

// The results in the order the list offers them (its positions).
QList<StandardResult> standardResultChoices();

} // namespace strongtrust::app
