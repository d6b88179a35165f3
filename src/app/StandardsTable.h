#pragma once

#include <QTableView>

namespace strongtrust::app {

class StandardsModel;
class WorkbookSession;

// A domain's baseline standards, judged in place (StandardsModel). The
// result is a list in its cell, as a trustee's rating is, and has keys of
// its own wherever the row is current: M met, N not met, 0 (or Backspace,
// or Delete) not judged; in the note's cell typing writes the note instead.
class StandardsTable : public QTableView
{
    Q_OBJECT

public:
    explicit StandardsTable(WorkbookSession *session, QWidget *parent = nullptr);

    StandardsModel *standardsModel() const { return m_model; }
    void showDomain(int domainIndex);
    // The full id of the current row's standard, or empty.
    QString currentStandard() const;
    void selectStandard(const QString &standard);

Q_SIGNALS:
    void currentStandardChanged(const QString &standard);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *object, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The result a key stands for, if it stands for one.
    static bool resultKey(const QKeyEvent *event, int *position);
    void syncEditors();
    void fitRowsLater();

    StandardsModel *m_model;
    bool m_fitPending = false;
};

} // namespace strongtrust::app
