#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class QDate;

namespace strongtrust::app {

class WorkbookSession;

// The base of the tables of records the board keeps about one indicator
// (evidence, actions): rows that have an id, added, edited and removed
// through the session. When the session reports an edit the rows shown are
// brought up to date one by one — removed, inserted, or announced as
// changed — so that a view keeps its current cell, its selection and any
// open editor; the model is reset only for another indicator or assessment.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    bool editable() const;
    virtual bool canAdd() const { return editable(); }
    // Adds a record through the session; true when a row was added (the last).
    virtual bool addRecord() = 0;
    virtual void removeRecord(int row) = 0;

protected:
    explicit RecordModel(WorkbookSession *session, QObject *parent);

    // Brings `shown` (the rows as the view knows them) to `now`, announcing
    // each step. Rows are the same record when their ids are equal; a kept
    // row whose `same(before, after)` is false is announced as changed, as
    // is every kept row when `allChanged`.
    template <typename T, typename Same>
    void sync(QList<T> &shown, const QList<T> &now, Same same, bool allChanged = false);

    // The date typed into a cell, or nothing after telling the user how to
    // write one (`example` is a date in ISO form); an empty text is no date.
    std::optional<QDate> dateFromText(const QString &text, const QString &example) const;

    WorkbookSession *m_session;
};

template <typename T, typename Same>
void RecordModel::sync(QList<T> &shown, const QList<T> &now, Same same, bool allChanged)
{
    auto indexIn = [](const QList<T> &list, qint64 id) {
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].id == id)
                return i;
        }
        return -1;
    };
    // Removed rows, from the end so the rows above keep their numbers.
    for (int last = int(shown.size()) - 1; last >= 0; --last) {
        if (indexIn(now, shown[last].id) >= 0)
            continue;
        int first = last;
        while (first > 0 && indexIn(now, shown[first - 1].id) < 0)
            --first;
        beginRemoveRows({}, first, last);
        shown.erase(shown.begin() + first, shown.begin() + last + 1);
        endRemoveRows();
        last = first;
    }
    // The rows kept must be in the same order; if they are not, start again.
    for (int i = 1; i < shown.size(); ++i) {
        if (indexIn(now, shown[i - 1].id) > indexIn(now, shown[i].id)) {
            beginResetModel();
            shown = now;
            endResetModel();
            return;
        }
    }
    // New rows, where they now are.
    for (int row = 0; row < now.size(); ++row) {
        if (row < shown.size() && shown[row].id == now[row].id)
            continue;
        int end = row;
        while (end < now.size() && indexIn(shown, now[end].id) < 0)
            ++end;
        beginInsertRows({}, row, end - 1);
        for (int i = row; i < end; ++i)
            shown.insert(i, now[i]);
        endInsertRows();
        row = end - 1;
    }
    // Changed rows, in runs.
    int first = -1;
    for (int row = 0; row <= shown.size(); ++row) {
        const bool changed = row < shown.size() && (allChanged || !same(shown[row], now[row]));
        if (changed) {
            shown[row] = now[row];
            if (first < 0)
                first = row;
        } else if (first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(row - 1, columnCount() - 1));
            first = -1;
        }
    }
}

} // namespace strongtrust::app
