#pragma once

#include "workbook/AssessmentData.h"

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace strongtrust::app {

class WorkbookSession;

// Meeting mode on a baseline standard: the results as large buttons (keys M,
// N and 0, as MeetingView reads them), what an unmet standard does to its
// domain's level, and the standard's guidance, readable from the back of
// the room. The standard's text is MeetingView's, as an indicator's is.
class MeetingStandardPart : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingStandardPart(WorkbookSession *session, QWidget *parent = nullptr);

    // `font`: the view's large type (a style sheet above would otherwise
    // give the parts the application's font).
    void showStandard(const QString &standard, const QFont &font);
    void refresh();
    // The list of the domain's standards with their results, for the side
    // column (rich text, escaped), `width` pixels wide in `font`.
    QString standardsList(const QFont &font, int width) const;

Q_SIGNALS:
    void resultChosen(StandardResult result);

private:
    WorkbookSession *m_session;
    QString m_standard;
    QFont m_font;
    QButtonGroup *m_buttons;
    QLabel *m_cap;
    QLabel *m_guidance;
};

} // namespace strongtrust::app
