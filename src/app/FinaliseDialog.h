#pragma once

#include <QDialog>
#include <QHash>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace strongtrust::app {

class WorkbookSession;

// Signs off the chosen draft assessment: the board's reasons for any domain
// that moved a whole level, then the chair's name, the date and the minute
// reference. Accepting writes the reasons, finalises and reloads the session,
// which then shows the assessment as final. Problems stay in the dialog.
// It says first what the checks before sign-off found, with a way to review them.
class FinaliseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FinaliseDialog(WorkbookSession *session, QWidget *parent = nullptr);

    QLineEdit *chair() const { return m_chair; }
    QDateEdit *date() const { return m_date; }
    QLineEdit *minuteRef() const { return m_minuteRef; }
    // The reason fields, by domain id (empty when no domain needs one).
    const QHash<QString, QLineEdit *> &reasons() const { return m_reasons; }
    QLabel *problem() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *checksSummary() const { return m_checksSummary; }
    QPushButton *reviewChecks() const { return m_reviewChecks; }

    void accept() override;

Q_SIGNALS:
    // The clerk chose to review the checks first: the dialog closes unsigned.
    void reviewChecksRequested();

private:
    void showProblem(const QString &text);
    void fitHeight();

    WorkbookSession *m_session;
    qint64 m_assessmentId;
    QLineEdit *m_chair;
    QDateEdit *m_date;
    QLineEdit *m_minuteRef;
    QHash<QString, QLineEdit *> m_reasons;
    QLabel *m_problem;
    QLabel *m_checksSummary = nullptr;
    QPushButton *m_reviewChecks = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace strongtrust::app
