#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace strongtrust::app {

class ActionsTable;
class EvidenceTable;
class StandardsTable;
class WorkbookSession;

// What the board records for a domain's baseline standards: each standard's
// result and note in a table, and below it the evidence for the chosen
// standard and the actions the board agreed about it.
class StandardsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StandardsPanel(WorkbookSession *session, QWidget *parent = nullptr);

    StandardsTable *table() const { return m_table; }
    EvidenceTable *evidence() const { return m_evidence; }
    ActionsTable *actions() const { return m_actions; }
    void showDomain(int domainIndex);
    QString currentStandard() const;
    void selectStandard(const QString &standard);
    void refresh();
    // Brings the evidence or the actions tab to the front.
    void showTab(QWidget *tab);

Q_SIGNALS:
    void currentStandardChanged(const QString &standard);

private:
    void showStandard(const QString &standard);

    WorkbookSession *m_session;
    StandardsTable *m_table;
    QLabel *m_keys;
    QTabWidget *m_tabs;
    EvidenceTable *m_evidence;
    ActionsTable *m_actions;
    int m_domain = -1;
};

} // namespace strongtrust::app
