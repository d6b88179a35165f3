#pragma once

#include "report/Narrative.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace strongtrust::app {

class WorkbookSession;

// The board's own words for a part of the report: the summary or a domain's
// paragraph. It starts from the generated text; what the clerk types replaces
// it in every report (saved as typing pauses, one undo step per stretch of
// typing), and "Revert to generated" gives the generated words back. Locked
// when the assessment is final or the workbook read-only.
class BoardWordsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BoardWordsEditor(WorkbookSession *session, QWidget *parent = nullptr);

    // Shows a part: the summary for an empty domain id.
    void showPart(const QString &domainId);
    QString part() const { return m_domainId; }
    // Saves what is typed and not yet saved (also done after a pause, on
    // leaving the field, on choosing another part).
    void commit();

private:
    void fillParts();
    void refresh();
    void forgetGenerated();
    QString generatedText();
    void showState();

    WorkbookSession *m_session;
    QComboBox *m_part;
    QPlainTextEdit *m_text;
    QPushButton *m_revert;
    QLabel *m_state;
    QTimer *m_pause;
    QString m_domainId;
    std::optional<Narrative> m_generated; // built once per change of the data
    bool m_showing = false; // the text is being set, not typed
};

} // namespace strongtrust::app
