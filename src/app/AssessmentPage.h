#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace strongtrust::app {

class ActionsTable;
class ConsensusEditor;
class DistributionWidget;
class EvidenceTable;
class FrameworkNavigator;
class IndicatorView;
class RadarWidget;
class RatingsTable;
class WorkbookSession;

// The rating view of one period: the navigator of domains and indicators,
// the chosen indicator with trustees' ratings, their spread, the board's
// consensus, evidence and actions, and the radar of domain scores.
class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPage(WorkbookSession *session, QWidget *parent = nullptr);

    FrameworkNavigator *navigator() const { return m_navigator; }
    RadarWidget *radar() const { return m_radar; }
    RatingsTable *ratings() const { return m_ratings; }
    ConsensusEditor *consensusEditor() const { return m_consensus; }
    QString currentIndicator() const { return m_indicator; }
    QSplitter *splitter() const { return m_splitter; }

    void setNamesHidden(bool hidden);
    void setBlind(bool blind);
    void selectIndicator(const QString &fullId);
    // Goes to a record of an indicator: its tab shown, its row current and
    // selected (0 leaves the selection as it is). For the checks before sign-off.
    void selectAction(const QString &indicator, qint64 actionId);
    void selectEvidence(const QString &indicator, qint64 evidenceId);
    void selectTrusteeRating(const QString &indicator, qint64 trusteeId);

Q_SIGNALS:
    void indicatorChanged(const QString &fullId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild(); // another assessment or framework
    void refresh(); // data changed
    void showIndicator(int domain, int indicator);
    void showDomain(int domain);
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
    QString m_indicator;
    QString m_domainId;
    bool m_stale = false; // data changed while hidden (meeting mode)
};

} // namespace strongtrust::app
