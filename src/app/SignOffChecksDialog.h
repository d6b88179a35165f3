#pragma once

#include "periods/SignOffChecks.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace strongtrust::app {

class WorkbookSession;

// The checks before sign-off of the chosen assessment, kept current while
// the clerk mends them: one group per check, one line per finding, and Go To
// (or a double click) to select what a finding is about in the rating view.
// Not modal, so that the clerk can work with it open.
class SignOffChecksDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignOffChecksDialog(WorkbookSession *session, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    QPushButton *goToButton() const { return m_goTo; }
    const SignOffChecks &checks() const { return m_checks; }
    // The date overdue actions are judged on besides the meeting (tests fix it).
    void setToday(const QDate &today);
    // Goes to the current finding (what Go To and a double click do).
    void goToCurrent();

Q_SIGNALS:
    // The rating view should select what `finding` is about.
    void goTo(const strongtrust::SignOffFinding &finding);

private:
    void loadEarlier(); // another assessment: its earlier periods' actions
    void refresh(); // the checks again, from the session's data
    void updateButtons();

    WorkbookSession *m_session;
    QDate m_today;
    QList<EarlierActions> m_earlier;
    SignOffChecks m_checks;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_goTo;
};

// One line summing up the checks, for the finalise dialog: "4 points to look
// at before signing off: …", or that there is none.
QString signOffChecksSummary(const SignOffChecks &checks);

} // namespace strongtrust::app
