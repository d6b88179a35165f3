#pragma once

#include <QWidget>

class QTableView;

namespace strongtrust::app {

class MeasuresModel;
class WorkbookSession;

// Meeting mode on a domain's measures: each measure's value against its
// target, how it moved since the previous period and its trend, in large
// type for the room. Values are recorded in the rating view beforehand,
// with their dates and sources; here they are read.
class MeetingMeasuresPart : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingMeasuresPart(WorkbookSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // `font`: the view's large type (a style sheet above would otherwise
    // give the table the application's font).
    void showDomain(int domainIndex, const QFont &font);

private:
    MeasuresModel *m_model;
    QTableView *m_table;
};

} // namespace strongtrust::app
