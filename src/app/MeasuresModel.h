#pragma once

#include "report/ReportData.h"
#include "report/TrendChart.h"
#include "scoring/MeasureComparison.h"
#include "workbook/AssessmentData.h"

#include <QAbstractTableModel>

namespace strongtrust::app {

class WorkbookSession;

// A domain's measures as a table: one row per measure of the framework,
// columns title, value (with its unit, marked against its target), as-of
// date, source, note, target (the framework's, or the trust's own), the
// movement since the previous period and the trend across the periods. The
// value, date, source, note and target are typed into their cells; what is
// typed is read by the core (MeasureInput) and refused, with a message and
// nothing written, when it is not a number, a date or a target. Every edit
// goes through the session, undoable and written through the workbook.
class MeasuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What the board reads first comes first (the value beside its trend);
    // what the clerk types once a year (date, source, note) after it.
    enum Column {
        TitleColumn,
        ValueColumn,
        TrendColumn,
        TargetColumn,
        MoveColumn,
        AsOfColumn,
        SourceColumn,
        NoteColumn,
        ColumnCount
    };

    explicit MeasuresModel(WorkbookSession *session, QObject *parent = nullptr);

    void setDomain(int domainIndex);
    int domain() const { return m_domain; }
    QString measureId(int row) const;
    int rowOf(const QString &measure) const;
    // What the trend column draws for a row (TrendDelegate).
    const TrendChartData &trend(int row) const { return m_rows.at(row).trend; }
    // Whether the previous period is there to compare with (the movement column).
    bool compared() const;
    bool editable() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row {
        Measure measure;
        MeasureValue value; // as recorded; an empty record but for its id when none
        MeasureComparison comparison;
        TrendChartData trend;
    };
    void reload();
    void update(const QString &changed);
    Row rowFor(const Measure &measure, const QList<MeasurePeriod> &history) const;

    WorkbookSession *m_session;
    int m_domain = -1;
    QList<Row> m_rows;
};

} // namespace strongtrust::app
