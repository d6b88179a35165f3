#pragma once

#include "app/RecordModel.h"
#include "workbook/AssessmentData.h"

#include <QDate>

namespace strongtrust::app {

// The evidence behind the board's rating of one indicator: title, reference
// (a web address or a file), date, and a flag on evidence dated more than
// twelve months before the meeting (isEvidenceStale).
class EvidenceModel : public RecordModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, RefColumn, DateColumn, FlagColumn, ColumnCount };

    explicit EvidenceModel(WorkbookSession *session, QObject *parent = nullptr);

    void setIndicator(const QString &indicator);
    const Evidence &evidence(int row) const { return m_rows.at(row); }

    bool addRecord() override;
    void removeRecord(int row) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    void update(const QString &changedIndicator);
    QList<Evidence> current() const;
    // Staleness is judged against the meeting, or today before a date is set.
    QDate reference() const;

    QString m_indicator;
    QList<Evidence> m_rows; // as shown
    QDate m_reference; // the one the flags were judged against
};

} // namespace strongtrust::app
