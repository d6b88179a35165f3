#pragma once

#include "workbook/AssessmentData.h"

#include <QAbstractTableModel>
#include <QSet>

namespace strongtrust::app {

class WorkbookSession;

// Each trustee's rating and note for one indicator, as a table: one row per
// rater, columns name, rating, note. Edits go through the session (undoable,
// written through the workbook). When the session reports an edit, only the
// rows whose rating or note changed are announced; the model is reset only
// when the indicator, the assessment or the trustees change.
//
// Names can be hidden ("Trustee 1, 2 …"); in blind mode ratings and notes
// stay hidden, and cannot be edited, until revealed for the indicator.
class RatingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LevelColumn, NoteColumn, ColumnCount };

    explicit RatingsModel(WorkbookSession *session, QObject *parent = nullptr);

    void setIndicator(const QString &indicator);
    QString indicator() const { return m_indicator; }
    void setNamesHidden(bool hidden);
    bool namesHidden() const { return m_namesHidden; }
    void setBlind(bool blind);
    void reveal(); // the current indicator's ratings, in blind mode
    bool isRevealed() const;
    // Whether this indicator's ratings may be shown: always in open rating.
    bool isRevealed(const QString &indicator) const;
    // The trustee of a row.
    qint64 trusteeId(int row) const { return m_rows.value(row).trusteeId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload(); // reset: new indicator, assessment or trustees
    void update(const QString &changedIndicator); // an edit: announce the rows it changed
    void announceRows(int first, int last, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    QString name(int row) const;
    QStringList choices() const;
    int position(const RatingValue &value) const; // in choices()
    bool editable() const;

    WorkbookSession *m_session;
    QString m_indicator;
    QList<Rating> m_rows; // as shown, one per rater
    QStringList m_names; // "Name (Role)", per row
    bool m_namesHidden = false;
    bool m_blind = false;
    QSet<QString> m_revealed;
};

} // namespace strongtrust::app
