#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace strongtrust::app {

class MeasuresModel;
class WorkbookSession;

// What the board records for a domain's measures: a table with a row per
// measure (MeasuresModel), its value, date, source and note typed into
// their cells, its target, how it moved since the previous period, and its
// trend across the periods.
class MeasuresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresPanel(WorkbookSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MeasuresModel *model() const { return m_model; }
    void showDomain(int domainIndex);
    QString currentMeasure() const;
    void selectMeasure(const QString &measure);

Q_SIGNALS:
    void currentMeasureChanged(const QString &measure);

private:
    void updateColumns();

    WorkbookSession *m_session;
    MeasuresModel *m_model;
    QTableView *m_table;
    QLabel *m_hint;
};

} // namespace strongtrust::app
