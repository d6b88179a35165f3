#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QPlainTextEdit;
class QPushButton;

namespace strongtrust::app {

class WorkbookSession;

// The board's agreed rating for one indicator: a level (or not applicable),
// the rationale, and how strong the evidence behind it is.
class ConsensusEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConsensusEditor(WorkbookSession *session, QWidget *parent = nullptr);

    void showIndicator(const QString &indicator);
    void refresh();
    // Chooses the scale's level at this position (0-based); -1 not applicable.
    void chooseLevel(int position);

private:
    void rebuildButtons();
    void commitRationale();

    WorkbookSession *m_session;
    QString m_indicator;
    qint64 m_shownAssessment = 0; // whose rationale the editor holds
    QHBoxLayout *m_buttonRow;
    QButtonGroup *m_buttons;
    QPlainTextEdit *m_rationale;
    QComboBox *m_confidence;
    QString m_scaleKey; // the scale the buttons were built for
};

} // namespace strongtrust::app
