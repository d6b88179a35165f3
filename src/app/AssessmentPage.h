#pragma once

#include "app/FrameworkNavigator.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace strongtrust::app {

class ActionsTable;
class ConsensusEditor;
class DistributionWidget;
class EvidenceTable;
class FrameworkNavigator;
class IndicatorView;
class MeasuresPanel;
class RadarWidget;
class RatingsTable;
class StandardsPanel;
class WorkbookSession;

// The rating view of one period: the navigator of domains and indicators,
// the chosen indicator with trustees' ratings, their spread, the board's
// consensus, evidence and actions, and the radar of domain scores. For a
// domain's baseline standards or measures (framework format version 2) the
// centre shows those instead (StandardsPanel, MeasuresPanel).
class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPage(WorkbookSession *session, QWidget *parent = nullptr);

    FrameworkNavigator *navigator() const { return m_navigator; }
    RadarWidget *radar() const { return m_radar; }
    RatingsTable *ratings() const { return m_ratings; }
    ConsensusEditor *consensusEditor() const { return m_consensus; }
    // The indicator last chosen: it stays while a domain, its standards or
    // its measures are shown (live rating keeps to it).
    QString currentIndicator() const { return m_indicator; }
    // What the centre shows, and for which domain.
    FrameworkNavigator::Stop currentStop() const { return m_stop; }
    int currentDomain() const { return m_domain; }
    // The standard chosen in the standards shown, or empty.
    QString currentStandard() const;
    StandardsPanel *standardsPanel() const { return m_standards; }
    MeasuresPanel *measuresPanel() const { return m_measures; }
    // Shows the standards of its domain with this standard chosen.
    void selectStandard(const QString &fullId);
    void selectStop(int domainIndex, FrameworkNavigator::Stop stop);
    QSplitter *splitter() const { return m_splitter; }

    void setNamesHidden(bool hidden);
    void setBlind(bool blind);
    // An indicator; or a standard or measure, shown among its domain's.
    void selectIndicator(const QString &fullId);
    // Goes to a record of an indicator: its tab shown, its row current and
    // selected (0 leaves the selection as it is). For the checks before sign-off.
    void selectAction(const QString &indicator, qint64 actionId);
    void selectEvidence(const QString &indicator, qint64 evidenceId);
    void selectTrusteeRating(const QString &indicator, qint64 trusteeId);

Q_SIGNALS:
    void indicatorChanged(const QString &fullId);
    // Another row of the navigator, or another standard chosen.
    void stopChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild(); // another assessment or framework
    void refresh(); // data changed
    void showIndicator(int domain, int indicator);
    void showDomain(int domain);
    void showStandards(int domain);
    void showMeasures(int domain);
    void showBaselineText(); // the text above the standards or measures
    void updateTabs();

    WorkbookSession *m_session;
    QSplitter *m_splitter;
    FrameworkNavigator *m_navigator;
    IndicatorView *m_text;
    RatingsTable *m_ratings;
    DistributionWidget *m_distribution;
    QLabel *m_spread;
    QPushButton *m_reveal;
    ConsensusEditor *m_consensus;
    QTabWidget *m_tabs;
    EvidenceTable *m_evidence;
    ActionsTable *m_actions;
    RadarWidget *m_radar;
    QLabel *m_summary;
    QWidget *m_detail;
    StandardsPanel *m_standards;
    MeasuresPanel *m_measures;
    QStackedWidget *m_lower; // the indicator's detail, or the standards, or the measures
    FrameworkNavigator::Stop m_stop = FrameworkNavigator::Stop::Indicator;
    int m_domain = -1;
    QString m_indicator;
    QString m_domainId;
    bool m_stale = false; // data changed while hidden (meeting mode)
};

} // namespace strongtrust::app
