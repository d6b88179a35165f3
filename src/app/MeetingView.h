#pragma once

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace strongtrust::app {

class AssessmentPage;
class DistributionWidget;
class LiveRatingController;
class MeetingMeasuresPart;
class MeetingStandardPart;
class RadarWidget;
class WorkbookSession;

// Meeting mode: one indicator at a time, in large type, for a projector.
// Keys 1 to N agree the scale's first to Nth level (0 not applicable), arrows
// and Page Up/Down move between indicators, R reveals hidden ratings, and V
// goes to the vote entry, where the clerk types "trustee level" (e.g. "3 2").
// L starts or stops live rating; while it runs, J shows the join screen and C
// closes (or reopens) rating for the indicator, and a line says who has rated.
// A domain's baseline standards come before its indicators (framework format
// version 2), one standard at a time: M met, N not met, 0 not judged; then
// its measures, read from a table.
class MeetingView : public QWidget
{
    Q_OBJECT

public:
    MeetingView(WorkbookSession *session, AssessmentPage *page, LiveRatingController *live,
        QWidget *parent = nullptr);

    QLineEdit *voteEntry() const { return m_vote; }
    // Applies a typed vote, "TRUSTEE LEVEL": trustee by its number in the
    // list, level by its position on the scale, 0 or "na" for not applicable.
    bool enterVote(const QString &text);

Q_SIGNALS:
    void exitRequested();
    void liveRequested(); // start live rating, or stop it
    void joinScreenRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshLive();
    void rebuildLevels();
    // The next (+1) or previous (-1) thing to discuss: a standard, or a stop
    // of the navigator (a domain's standards start from their first going
    // forward, from their last going back).
    void move(int direction);
    void refreshStandard();
    void refreshMeasures();
    // What the view is on, and the parts that show for it.
    enum class Part { Indicator, Standard, Measures };
    Part part() const;
    void showParts(Part part);
    bool onStandard() const { return part() == Part::Standard; }

    WorkbookSession *m_session;
    AssessmentPage *m_page;
    LiveRatingController *m_live;
    QLabel *m_position;
    QLabel *m_text;
    QGridLayout *m_levels;
    QButtonGroup *m_levelButtons;
    QList<QLabel *> m_descriptors;
    DistributionWidget *m_distribution;
    QLabel *m_trustees;
    QLabel *m_status;
    QLabel *m_liveLine;
    QLabel *m_hints;
    QLineEdit *m_vote;
    RadarWidget *m_radar;
    QString m_scaleKey;
    MeetingStandardPart *m_standardPart;
    MeetingMeasuresPart *m_measuresPart;
    QHBoxLayout *m_columns; // the indicator's or standard's column, and the chart's
};

} // namespace strongtrust::app
