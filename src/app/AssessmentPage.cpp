#include "app/AssessmentPage.h"

#include "app/ActionsModel.h"
#include "app/ActionsTable.h"
#include "app/ConsensusEditor.h"
#include "app/DistributionWidget.h"
#include "app/EvidenceModel.h"
#include "app/EvidenceTable.h"
#include "app/FrameworkNavigator.h"
#include "app/IndicatorView.h"
#include "app/MeasuresModel.h"
#include "app/MeasuresPanel.h"
#include "app/RadarWidget.h"
#include "app/RatingsModel.h"
#include "app/RatingsTable.h"
#include "app/StandardsPanel.h"
#include "app/WorkbookSession.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace strongtrust::app {

AssessmentPage::AssessmentPage(WorkbookSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new FrameworkNavigator(this))
    , m_text(new IndicatorView(this))
    , m_ratings(new RatingsTable(session, this))
    , m_distribution(new DistributionWidget(this))
    , m_spread(new QLabel(this))
    , m_reveal(new QPushButton(tr("&Reveal ratings"), this))
    , m_consensus(new ConsensusEditor(session, this))
    , m_tabs(new QTabWidget(this))
    , m_evidence(new EvidenceTable(session, this))
    , m_actions(new ActionsTable(session, this))
    , m_radar(new RadarWidget(session, this))
    , m_summary(new QLabel(this))
    , m_detail(new QWidget(this))
    , m_standards(new StandardsPanel(session, this))
    , m_measures(new MeasuresPanel(session, this))
    , m_lower(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("assessmentPage"));
    m_reveal->setObjectName(QStringLiteral("revealRatings"));
    m_reveal->setVisible(false);
    m_spread->setObjectName(QStringLiteral("spreadSummary"));
    m_spread->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("domainSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // Centre: what the indicator is, then what the board thinks of it.
    auto *ratingsBox = new QGroupBox(tr("Trustees' ratings"), m_detail);
    auto *ratingsLayout = new QVBoxLayout(ratingsBox);
    auto *spreadRow = new QHBoxLayout;
    spreadRow->addWidget(m_distribution, 1);
    auto *spreadSide = new QVBoxLayout;
    spreadSide->addWidget(m_spread);
    spreadSide->addWidget(m_reveal);
    spreadSide->addStretch(1);
    spreadRow->addLayout(spreadSide, 1);
    ratingsLayout->addWidget(m_ratings, 1);
    ratingsLayout->addLayout(spreadRow);
    auto *consensusBox = new QGroupBox(tr("The board's consensus"), m_detail);
    auto *consensusLayout = new QVBoxLayout(consensusBox);
    consensusLayout->addWidget(m_consensus);
    m_tabs->setObjectName(QStringLiteral("evidenceActionsTabs"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    m_tabs->addTab(m_actions, tr("Actions"));

    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(ratingsBox, 3);
    detailLayout->addWidget(consensusBox, 0);
    detailLayout->addWidget(m_tabs, 2);

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->setObjectName(QStringLiteral("centreSplitter"));
    m_lower->addWidget(m_detail);
    m_lower->addWidget(m_standards);
    m_lower->addWidget(m_measures);
    centre->addWidget(m_text);
    centre->addWidget(m_lower);
    centre->setStretchFactor(0, 2);
    centre->setStretchFactor(1, 5);
    centre->setChildrenCollapsible(false);
    centre->setSizes({ 300, 620 });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_radar, 3);
    auto *scroll = new QScrollArea(right);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    rightLayout->addWidget(scroll, 2);

    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    // The centre first: its consensus row stays on one line from about 1400 pixels.
    m_splitter->setSizes({ 330, 750, 380 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(
        m_navigator, &FrameworkNavigator::indicatorSelected, this, &AssessmentPage::showIndicator);
    connect(m_navigator, &FrameworkNavigator::domainSelected, this, &AssessmentPage::showDomain);
    connect(
        m_navigator, &FrameworkNavigator::standardsSelected, this, &AssessmentPage::showStandards);
    connect(
        m_navigator, &FrameworkNavigator::measuresSelected, this, &AssessmentPage::showMeasures);
    connect(m_measures, &MeasuresPanel::currentMeasureChanged, this, [this] {
        if (m_stop == FrameworkNavigator::Stop::Measures)
            showBaselineText();
    });
    connect(m_standards, &StandardsPanel::currentStandardChanged, this, [this] {
        if (m_stop != FrameworkNavigator::Stop::Standards)
            return;
        showBaselineText();
        Q_EMIT stopChanged();
    });
    connect(m_session, &WorkbookSession::assessmentChanged, this, &AssessmentPage::rebuild);
    connect(m_session, &WorkbookSession::dataChanged, this, &AssessmentPage::refresh);
    connect(m_session, &WorkbookSession::trusteesChanged, this, &AssessmentPage::refresh);
    connect(m_reveal, &QPushButton::clicked, m_ratings, &RatingsTable::reveal);
    m_radar->setRatingsHidden(
        [this](const QString &indicator) { return !m_ratings->isRevealed(indicator); });
    connect(m_ratings, &RatingsTable::revealedChanged, this, &AssessmentPage::refresh);
    rebuild();
}

void AssessmentPage::rebuild()
{
    const QString keep = m_indicator;
    const FrameworkNavigator::Stop keepStop = m_stop;
    const QString keepDomain = m_domainId;
    const QString keepStandard = m_standards->currentStandard();
    const QString keepMeasure = m_measures->currentMeasure();
    const Framework &fw = m_session->framework();
    m_navigator->setFramework(fw);
    m_indicator.clear();
    if (!keep.isEmpty() && fw.findIndicator(keep))
        m_navigator->select(keep);
    else if (!fw.domains.isEmpty())
        m_navigator->select(fw.domains.constFirst().indicators.constFirst().fullId);
    // Another period of the same framework: the same standards or measures stay in view.
    const int domain = fw.domainIndex(keepDomain);
    if (domain >= 0 && keepStop != FrameworkNavigator::Stop::Indicator) {
        m_navigator->selectStop(domain, keepStop);
        if (keepStop == FrameworkNavigator::Stop::Standards)
            m_standards->selectStandard(keepStandard);
        if (keepStop == FrameworkNavigator::Stop::Measures)
            m_measures->selectMeasure(keepMeasure);
    }
    refresh();
}

void AssessmentPage::selectIndicator(const QString &fullId)
{
    // A standard or measure (a check before sign-off may name one): its row too.
    const Framework &fw = m_session->framework();
    if (fw.findStandard(fullId)) {
        selectStandard(fullId);
        return;
    }
    m_navigator->select(fullId);
    if (fw.findMeasure(fullId))
        m_measures->selectMeasure(fullId);
}

void AssessmentPage::selectStop(int domainIndex, FrameworkNavigator::Stop stop)
{
    m_navigator->selectStop(domainIndex, stop);
}

QString AssessmentPage::currentStandard() const
{
    return m_stop == FrameworkNavigator::Stop::Standards ? m_standards->currentStandard()
                                                         : QString();
}

void AssessmentPage::selectStandard(const QString &fullId)
{
    m_navigator->select(fullId);
    m_standards->selectStandard(fullId);
}

namespace {
// Makes `row` of `view` current and selected, and scrolls to it.
void selectRow(QTableView *view, int row)
{
    if (row < 0)
        return;
    const QModelIndex index = view->model()->index(row, 0);
    view->setCurrentIndex(index);
    view->selectRow(row);
    view->scrollTo(index);
    view->setFocus();
}
} // namespace

void AssessmentPage::selectAction(const QString &indicator, qint64 actionId)
{
    selectIndicator(indicator);
    // About a standard: the standards' own tab of actions.
    const bool standard = m_session->framework().findStandard(indicator);
    ActionsTable *table = standard ? m_standards->actions() : m_actions;
    if (standard)
        m_standards->showTab(table);
    else
        m_tabs->setCurrentWidget(table);
    for (int row = 0; actionId && row < table->model()->rowCount(); ++row) {
        if (table->model()->action(row).id == actionId)
            selectRow(table->view(), row);
    }
}

void AssessmentPage::selectEvidence(const QString &indicator, qint64 evidenceId)
{
    selectIndicator(indicator);
    const bool standard = m_session->framework().findStandard(indicator);
    EvidenceTable *table = standard ? m_standards->evidence() : m_evidence;
    if (standard)
        m_standards->showTab(table);
    else
        m_tabs->setCurrentWidget(table);
    for (int row = 0; evidenceId && row < table->model()->rowCount(); ++row) {
        if (table->model()->evidence(row).id == evidenceId)
            selectRow(table->view(), row);
    }
}

void AssessmentPage::selectTrusteeRating(const QString &indicator, qint64 trusteeId)
{
    selectIndicator(indicator);
    RatingsModel *model = m_ratings->ratingsModel();
    for (int row = 0; trusteeId && row < model->rowCount(); ++row) {
        if (model->trusteeId(row) == trusteeId)
            selectRow(m_ratings, row);
    }
}

void AssessmentPage::setNamesHidden(bool hidden)
{
    m_ratings->setNamesHidden(hidden);
}

void AssessmentPage::setBlind(bool blind)
{
    m_ratings->setBlind(blind);
}

void AssessmentPage::showIndicator(int domain, int indicator)
{
    const Framework &fw = m_session->framework();
    m_text->showIndicator(fw, domain, indicator);
    m_indicator = fw.domains[domain].indicators[indicator].fullId;
    m_domainId = fw.domains[domain].id;
    m_detail->setEnabled(m_session->hasAssessment());
    m_ratings->showIndicator(m_indicator);
    m_consensus->showIndicator(m_indicator);
    m_evidence->showIndicator(m_indicator);
    m_actions->showIndicator(m_domainId, m_indicator);
    m_stop = FrameworkNavigator::Stop::Indicator;
    m_domain = domain;
    m_lower->setCurrentWidget(m_detail);
    refresh();
    Q_EMIT indicatorChanged(m_indicator);
    Q_EMIT stopChanged();
}

void AssessmentPage::showDomain(int domain)
{
    m_stop = FrameworkNavigator::Stop::Domain;
    m_domain = domain;
    m_domainId = m_session->framework().domains.value(domain).id;
    const QList<DomainScore> &scores = m_session->scores().domains;
    m_text->showDomain(m_session->framework(), domain,
        m_session->hasAssessment() && domain < scores.size() ? &scores[domain] : nullptr);
    m_lower->setCurrentWidget(m_detail);
    Q_EMIT stopChanged();
}

void AssessmentPage::showStandards(int domain)
{
    m_stop = FrameworkNavigator::Stop::Standards;
    m_domain = domain;
    m_domainId = m_session->framework().domains.value(domain).id;
    m_standards->showDomain(domain);
    m_lower->setCurrentWidget(m_standards);
    m_standards->setEnabled(m_session->hasAssessment());
    showBaselineText();
    Q_EMIT stopChanged();
}

void AssessmentPage::showMeasures(int domain)
{
    m_stop = FrameworkNavigator::Stop::Measures;
    m_domain = domain;
    m_domainId = m_session->framework().domains.value(domain).id;
    m_measures->showDomain(domain);
    m_lower->setCurrentWidget(m_measures);
    m_measures->setEnabled(m_session->hasAssessment());
    showBaselineText();
    Q_EMIT stopChanged();
}

void AssessmentPage::showBaselineText()
{
    const Framework &fw = m_session->framework();
    if (m_domain < 0 || m_domain >= fw.domains.size())
        return;
    const QList<DomainScore> &scores = m_session->scores().domains;
    const DomainScore *score
        = m_session->hasAssessment() && m_domain < scores.size() ? &scores[m_domain] : nullptr;
    if (m_stop == FrameworkNavigator::Stop::Standards)
        m_text->showStandards(fw, m_domain, score, m_standards->currentStandard());
    if (m_stop == FrameworkNavigator::Stop::Measures) {
        const int row = m_measures->model()->rowOf(m_measures->currentMeasure());
        m_text->showMeasures(fw, m_domain, m_measures->currentMeasure(),
            row >= 0 ? &m_measures->model()->trend(row) : nullptr);
    }
}

void AssessmentPage::updateTabs()
{
    m_tabs->setTabText(0, tr("Evidence (%1)").arg(m_evidence->count()));
    m_tabs->setTabText(1, tr("Actions (%1)").arg(m_actions->count()));
}

void AssessmentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

namespace {
// The line under a domain's score: how much of it is rated and agreed, and
// where it has standards, how many are met.
QString detail(const DomainScore &ds)
{
    QString line = AssessmentPage::tr("%1 of %2 indicators scored, %3 agreed")
                       .arg(ds.scoredCount)
                       .arg(ds.indicatorCount)
                       .arg(ds.consensusCount);
    if (ds.standardCount > 0)
        line += AssessmentPage::tr("; %1 of %n standard(s) met", nullptr, ds.standardCount)
                    .arg(ds.standardsMet);
    if (ds.isCapped() && ds.uncappedScore)
        line += AssessmentPage::tr("; %1 without the cap")
                    .arg(QString::number(*ds.uncappedScore, 'f', 2));
    return line;
}
} // namespace

void AssessmentPage::refresh()
{
    // Hidden behind meeting mode: catch up when shown, not on every key.
    if (!isVisible() && !m_indicator.isEmpty()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const Framework &fw = m_session->framework();
    const bool has = m_session->hasAssessment();
    m_navigator->setStatus(
        fw, has ? &m_session->scores() : nullptr, has ? &m_session->data() : nullptr);
    if (m_stop == FrameworkNavigator::Stop::Standards) {
        m_standards->refresh();
        showBaselineText(); // the domain's level may be held down now, or no longer
    }
    if (m_stop == FrameworkNavigator::Stop::Measures)
        showBaselineText(); // the trend drawn above follows the value
    if (m_stop == FrameworkNavigator::Stop::Domain && m_domain >= 0)
        m_text->showDomain(fw, m_domain,
            has && m_domain < m_session->scores().domains.size()
                ? &m_session->scores().domains[m_domain]
                : nullptr);
    m_radar->refresh();
    m_detail->setEnabled(has && !m_indicator.isEmpty());
    if (!m_indicator.isEmpty()) {
        // The tables follow the session through their models, row by row.
        m_consensus->refresh();
        updateTabs();
        const IndicatorScore *score = has ? m_session->scores().find(m_indicator) : nullptr;
        const bool revealed = m_ratings->isRevealed();
        m_distribution->setHidden(!revealed);
        m_reveal->setVisible(!revealed);
        if (score) {
            m_distribution->setScore(fw, *score);
            QString spread;
            if (!revealed)
                spread = tr("%n trustee(s) have rated.", nullptr,
                    score->levelCount + score->notApplicableCount);
            else if (score->levelCount == 0)
                spread = tr("No trustee has given a level yet.");
            else
                spread = tr("Mean %1, from %2 to %3, standard deviation %4 (%n level(s) given).",
                    nullptr, score->levelCount)
                             .arg(QString::number(*score->mean, 'f', 2),
                                 formatLevelValue(*score->min), formatLevelValue(*score->max),
                                 QString::number(*score->stdDev, 'f', 2));
            if (revealed && score->disagreement)
                spread
                    += u' ' + tr("Trustees disagree: their ratings are two or more levels apart.");
            m_spread->setText(spread);
        }
    }
    // Domain scores beside the chart, in words and numbers.
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    if (has) {
        const AssessmentScores &scores = m_session->scores();
        for (int d = 0; d < fw.domains.size() && d < scores.domains.size(); ++d) {
            const DomainScore &ds = scores.domains[d];
            QString value = tr("not rated");
            if (ds.score)
                value = QStringLiteral("<b>%1</b> %2")
                            .arg(QString::number(*ds.score, 'f', 2),
                                fw.scale.levels.value(nearestLevelIndex(fw.scale, *ds.score))
                                    .label.toHtmlEscaped());
            // Held down by a standard not met: said beside the level, in the flag's red.
            if (ds.score && ds.isCapped())
                value += QStringLiteral(" <span style='color:#a8322d'>%1</span>")
                             .arg(tr("(capped)").toHtmlEscaped());
            html
                += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr><tr><td "
                                  "colspan='2'><small>%3</small></td></tr>")
                       .arg(fw.domains[d].title.toHtmlEscaped(), value, detail(ds).toHtmlEscaped());
        }
        if (scores.overall)
            html += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr>")
                        .arg(tr("Overall"), QString::number(*scores.overall, 'f', 2));
    }
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

} // namespace strongtrust::app
