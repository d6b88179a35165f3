#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strongtrust::app {

class DialogProvider;
class WorkbookSession;

// File ▸ Send Rating Forms…: writes a return form (live-rating.md) for each
// chosen trustee into a folder, and says what it wrote, so the clerk can
// send each trustee their own file before the meeting.
class SendFormsDialog : public QDialog
{
    Q_OBJECT

public:
    SendFormsDialog(WorkbookSession *session, DialogProvider *dialogs, QWidget *parent = nullptr);

    QListWidget *trusteeList() const { return m_trustees; }
    QLineEdit *folder() const { return m_folder; }
    QPushButton *writeButton() const { return m_write; }
    QString resultText() const;
    // Writes the forms for the ticked trustees into the folder; false (and
    // why, in the dialog) when nothing was written.
    bool writeForms();

private:
    QList<qint64> chosenTrustees() const;
    void updateWriteButton();

    WorkbookSession *m_session;
    DialogProvider *m_dialogs;
    QListWidget *m_trustees;
    QLineEdit *m_folder;
    QPushButton *m_write;
    QLabel *m_result;
};

} // namespace strongtrust::app
