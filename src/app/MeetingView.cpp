#include "app/MeetingView.h"

#include "app/AssessmentPage.h"
#include "app/DistributionWidget.h"
#include "app/FrameworkNavigator.h"
#include "app/LiveRatingController.h"
#include "app/MeetingMeasuresPart.h"
#include "app/MeetingStandardPart.h"
#include "app/RadarWidget.h"
#include "app/RatingsModel.h"
#include "app/RatingsTable.h"
#include "app/WorkbookSession.h"
#include "live/LiveSession.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {
constexpr int kNotApplicableId = 1000;
}

MeetingView::MeetingView(
    WorkbookSession *session, AssessmentPage *page, LiveRatingController *live, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_page(page)
    , m_live(live)
    , m_position(new QLabel(this))
    , m_text(new QLabel(this))
    , m_levels(new QGridLayout)
    , m_levelButtons(new QButtonGroup(this))
    , m_distribution(new DistributionWidget(this))
    , m_trustees(new QLabel(this))
    , m_status(new QLabel(this))
    , m_liveLine(new QLabel(this))
    , m_hints(new QLabel(this))
    , m_vote(new QLineEdit(this))
    , m_radar(new RadarWidget(session, this))
    , m_standardPart(new MeetingStandardPart(session, this))
    , m_measuresPart(new MeetingMeasuresPart(session, this))
    , m_columns(new QHBoxLayout)
{
    setObjectName(QStringLiteral("meetingView"));
    setAccessibleName(tr("Meeting mode"));
    setFocusPolicy(Qt::StrongFocus);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    setFont(big);
    QFont huge = big;
    huge.setPointSizeF(big.pointSizeF() * 1.5);
    huge.setWeight(QFont::DemiBold);
    m_text->setFont(huge);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("meetingIndicatorText"));
    m_position->setObjectName(QStringLiteral("meetingPosition"));
    m_trustees->setObjectName(QStringLiteral("meetingTrustees"));
    m_trustees->setWordWrap(true);
    m_trustees->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_status->setWordWrap(true);
    m_liveLine->setObjectName(QStringLiteral("meetingLive"));
    m_liveLine->setWordWrap(true);
    m_liveLine->setTextFormat(Qt::PlainText);
    m_liveLine->setVisible(false);
    // Set, not inherited (its style sheet would give it the application's
    // font), and a little smaller than the view's: it is for the clerk and
    // the room both, beside the indicator.
    QFont liveFont = big;
    liveFont.setPointSizeF(big.pointSizeF() * 0.8);
    m_liveLine->setFont(liveFont);
    // A calm green, apart from the problems' red: the room can rate now.
    m_liveLine->setStyleSheet(QStringLiteral(
        "QLabel { background: #e8f3ec; color: #173d2a; border-radius: 4px; padding: 6px 10px; }"));
    m_vote->setObjectName(QStringLiteral("voteEntry"));
    m_vote->setAccessibleName(tr("Vote entry: trustee number, then level"));
    m_vote->setPlaceholderText(tr("Vote: trustee number, space, level — e.g. 3 2 — then Enter"));
    m_levelButtons->setExclusive(false);
    // The agreed level must be plain from the back of the room.
    setStyleSheet(QStringLiteral("QPushButton:checked { background: #1f4e79; color: white;"
                                 " border: 2px solid #0f2a44; border-radius: 4px; }"));

    QLabel *hints = m_hints;
    hints->setObjectName(QStringLiteral("meetingHints"));
    // Quieter than the text, but readable: the window's text colour, a third
    // of the way to the background (a disabled label's grey is too faint to
    // read on a projector).
    QPalette quiet = hints->palette();
    const QColor ink = quiet.color(QPalette::WindowText);
    const QColor paper = quiet.color(QPalette::Window);
    quiet.setColor(QPalette::WindowText,
        QColor::fromRgbF(ink.redF() * 0.67f + paper.redF() * 0.33f,
            ink.greenF() * 0.67f + paper.greenF() * 0.33f,
            ink.blueF() * 0.67f + paper.blueF() * 0.33f));
    hints->setPalette(quiet);

    auto *left = new QVBoxLayout;
    left->addWidget(m_liveLine);
    left->addWidget(m_position);
    left->addWidget(m_text);
    left->addSpacing(12);
    left->addLayout(m_levels);
    // The guidance under a standard takes the height there is, as the
    // measures' table does: at its natural height it was cut off mid-line.
    left->addWidget(m_standardPart, 10);
    left->addWidget(m_measuresPart, 10); // the room's table takes the height there is
    left->addSpacing(12);
    left->addWidget(m_status);
    left->addWidget(m_distribution);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_radar, 3);
    right->addWidget(m_trustees, 2);
    right->addWidget(m_vote);
    auto *columns = m_columns;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->addLayout(columns, 1);
    layout->addWidget(hints);

    connect(m_levelButtons, &QButtonGroup::idClicked, this, [this](int id) {
        m_session->agreeLevel(m_page->currentIndicator(), id == kNotApplicableId ? -1 : id);
        setFocus();
    });
    connect(m_vote, &QLineEdit::returnPressed, this, [this] {
        if (enterVote(m_vote->text()))
            m_vote->clear();
    });
    connect(m_page, &AssessmentPage::stopChanged, this, &MeetingView::refresh);
    connect(m_standardPart, &MeetingStandardPart::resultChosen, this, [this](StandardResult r) {
        m_session->setStandardResult(m_page->currentStandard(), r);
        setFocus();
    });
    connect(m_session, &WorkbookSession::dataChanged, this, &MeetingView::refresh);
    connect(m_session, &WorkbookSession::assessmentChanged, this, &MeetingView::refresh);
    connect(m_page->ratings(), &RatingsTable::revealedChanged, this, &MeetingView::refresh);
    m_radar->setRatingsHidden(
        [this](const QString &indicator) { return !m_page->ratings()->isRevealed(indicator); });
    connect(m_live, &LiveRatingController::changed, this, &MeetingView::refreshLive);
}

void MeetingView::refreshLive()
{
    if (!isVisible())
        return;
    const int levels = int(m_session->framework().scale.levels.size());
    if (part() != Part::Indicator) {
        m_liveLine->setVisible(false);
        m_hints->setText(onStandard()
                ? tr("M met · N not met · 0 not judged · ←/→ move · Esc leave")
                : tr("←/→ move · Esc leave · values are recorded in the rating view"));
        return;
    }
    if (!m_live->isRunning()) {
        m_liveLine->setVisible(false);
        m_hints->setText(tr("1–%1 agree a level · 0 not applicable · ←/→ move · R reveal · V "
                            "vote · L live rating · Esc leave")
                             .arg(levels));
        return;
    }
    const QString indicator = m_page->currentIndicator();
    const bool namesHidden = m_page->ratings()->ratingsModel()->namesHidden();
    const QString open = m_live->isCurrentOpen() ? tr("Open for rating") : tr("Closed for rating");
    m_liveLine->setText(tr("%1 · %2 · Page: %3")
                            .arg(open, m_live->whoHasRatedText(indicator, namesHidden),
                                m_live->liveSession()->joinUrl().toString()));
    m_liveLine->setVisible(true);
    m_hints->setText(tr("1–%1 agree · 0 N/A · ←/→ move · R reveal · V vote · J join screen · C "
                        "close or reopen rating · L stop live · Esc leave")
                         .arg(levels));
}

void MeetingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    setFocus();
}

void MeetingView::rebuildLevels()
{
    const Scale &scale = m_session->framework().scale;
    QString key;
    for (const Level &l : scale.levels)
        key += l.label + u'|';
    // Another framework's scale may allow "not applicable" where this one does not.
    key += scale.allowNotApplicable ? u'n' : u'-';
    if (key == m_scaleKey)
        return;
    m_scaleKey = key;
    for (QAbstractButton *b : m_levelButtons->buttons()) {
        m_levelButtons->removeButton(b);
        delete b;
    }
    qDeleteAll(m_descriptors);
    m_descriptors.clear();
    // One row a level: the button that agrees it, and what it looks like for
    // this indicator beside it, readable from the back of the room.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.75);
    int buttonWidth = 0;
    for (int i = 0; i < scale.levels.size(); ++i)
        buttonWidth = std::max(buttonWidth,
            fontMetrics().horizontalAdvance(
                QStringLiteral("%1  %2").arg(i + 1).arg(scale.levels[i].label)));
    buttonWidth += fontMetrics().height() * 2;
    for (int i = 0; i < scale.levels.size(); ++i) {
        auto *b
            = new QPushButton(QStringLiteral("%1  %2").arg(i + 1).arg(scale.levels[i].label), this);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        b->setObjectName(QStringLiteral("meetingLevel-%1").arg(i + 1));
        b->setAccessibleName(tr("Agree level %1, %2").arg(i + 1).arg(scale.levels[i].label));
        // Set, not inherited: under the view's style sheet the buttons would
        // take the application's font instead of the view's large one.
        b->setFont(font());
        b->setMinimumSize(buttonWidth, fontMetrics().height() * 2);
        m_levelButtons->addButton(b, i);
        m_levels->addWidget(b, i, 0, Qt::AlignTop);
        auto *d = new QLabel(this);
        d->setWordWrap(true);
        d->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
        d->setFont(small);
        m_descriptors.append(d);
        m_levels->addWidget(d, i, 1);
    }
    m_levels->setColumnStretch(1, 1);
    if (scale.allowNotApplicable) {
        auto *na = new QPushButton(tr("0  Not applicable"), this);
        na->setCheckable(true);
        na->setFocusPolicy(Qt::TabFocus);
        na->setObjectName(QStringLiteral("meetingLevel-0"));
        na->setAccessibleName(tr("Agree not applicable"));
        na->setFont(font());
        na->setMinimumSize(buttonWidth, fontMetrics().height() * 2);
        m_levelButtons->addButton(na, kNotApplicableId);
        m_levels->addWidget(na, int(scale.levels.size()), 0, Qt::AlignTop);
    }
}

void MeetingView::refresh()
{
    if (!isVisible())
        return;
    rebuildLevels();
    refreshLive();
    const Part shown = part();
    showParts(shown);
    if (shown != Part::Indicator) {
        m_radar->refresh();
        if (shown == Part::Standard)
            refreshStandard();
        else
            refreshMeasures();
        return;
    }
    const Framework &fw = m_session->framework();
    const QString id = m_page->currentIndicator();
    const Indicator *ind = fw.findIndicator(id);
    m_radar->refresh();
    if (!ind || !m_session->hasAssessment()) {
        m_text->setText(tr("Choose an indicator."));
        return;
    }
    const auto [d, i] = fw.indicatorIndex.value(id);
    int ordinal = 0;
    for (int k = 0; k < d; ++k)
        ordinal += int(fw.domains[k].indicators.size());
    ordinal += i + 1;
    m_position->setText(tr("%1 · indicator %2.%3 · %4 of %5")
                            .arg(fw.domains[d].title)
                            .arg(d + 1)
                            .arg(i + 1)
                            .arg(ordinal)
                            .arg(fw.indicatorCount()));
    m_text->setText(ind->text);
    const Consensus c = m_session->consensus(id);
    for (QAbstractButton *b : m_levelButtons->buttons()) {
        const int bid = m_levelButtons->id(b);
        b->setChecked(bid == kNotApplicableId
                ? c.value.isNotApplicable()
                : (c.value.isLevel() && fw.scale.indexOf(c.value.level) == bid));
        b->setEnabled(m_session->canEdit());
    }
    for (int l = 0; l < m_descriptors.size(); ++l)
        m_descriptors[l]->setText(ind->levelDescriptors.value(l).isEmpty()
                ? fw.scale.levels.value(l).descriptor
                : ind->levelDescriptors.value(l));
    const IndicatorScore *score = m_session->scores().find(id);
    const bool revealed = m_page->ratings()->isRevealed();
    m_distribution->setHidden(!revealed);
    if (score)
        m_distribution->setScore(fw, *score);
    QString status;
    if (score && revealed && score->disagreement)
        status = tr("Trustees disagree: their ratings are two or more levels apart.");
    if (!m_session->canEdit())
        status = m_session->whyReadOnly();
    m_status->setText(status);

    // The numbered list the clerk types votes against.
    QString list;
    const QList<qint64> raters = m_session->raters();
    const QList<Trustee> trustees = m_session->trustees();
    const bool namesHidden = m_page->ratings()->ratingsModel()->namesHidden();
    for (int k = 0; k < raters.size(); ++k) {
        QString name = tr("Trustee %1").arg(k + 1);
        for (const Trustee &t : trustees) {
            if (t.id == raters[k] && !namesHidden)
                name = t.name;
        }
        const Rating r = m_session->rating(raters[k], id);
        QString value = QStringLiteral("–");
        if (!r.value.isUnrated())
            value = !revealed ? tr("rated")
                : r.value.isNotApplicable()
                ? tr("N/A")
                : fw.scale.levels.value(fw.scale.indexOf(r.value.level)).label;
        list += QStringLiteral("%1. %2: <b>%3</b><br>")
                    .arg(k + 1)
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_trustees->setText(list);
}

bool MeetingView::enterVote(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d+)\s*[ :=,]\s*(\d+|na|n/a)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    const QList<qint64> raters = m_session->raters();
    const Scale &scale = m_session->framework().scale;
    if (!match.hasMatch()) {
        m_status->setText(
            tr("Type a vote as the trustee's number, a space and the level, e.g. \"3 2\"."));
        return false;
    }
    const int who = match.captured(1).toInt();
    const QString level = match.captured(2).toLower();
    if (who < 1 || who > raters.size()) {
        m_status->setText(
            tr("There is no trustee %1 in the list (1 to %2).").arg(who).arg(raters.size()));
        return false;
    }
    RatingValue value;
    if (level == QLatin1String("0") || level.startsWith(u'n')) {
        if (!scale.allowNotApplicable) {
            m_status->setText(tr("This framework does not allow \"not applicable\"."));
            return false;
        }
        value = RatingValue::notApplicable();
    } else {
        const int position = level.toInt();
        if (position < 1 || position > scale.levels.size()) {
            m_status->setText(tr("Levels go from 1 to %1.").arg(scale.levels.size()));
            return false;
        }
        value = RatingValue::of(scale.levels[position - 1].value);
    }
    m_session->setRatingValue(raters[who - 1], m_page->currentIndicator(), value);
    return true;
}

void MeetingView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const int levels = int(m_session->framework().scale.levels.size());
    const bool plain = event->modifiers() == Qt::NoModifier;
    const bool forward = key == Qt::Key_Right || key == Qt::Key_Down || key == Qt::Key_PageDown
        || key == Qt::Key_Space;
    const bool back = key == Qt::Key_Left || key == Qt::Key_Up || key == Qt::Key_PageUp;
    if (forward || back) {
        move(forward ? +1 : -1);
        return;
    }
    if (part() != Part::Indicator) {
        // A standard's keys; the level, vote and reveal keys are the indicators'.
        if (plain && key == Qt::Key_M && onStandard())
            m_session->setStandardResult(m_page->currentStandard(), StandardResult::Met);
        else if (plain && key == Qt::Key_N && onStandard())
            m_session->setStandardResult(m_page->currentStandard(), StandardResult::NotMet);
        else if (plain && onStandard()
            && (key == Qt::Key_0 || key == Qt::Key_Backspace || key == Qt::Key_Delete))
            m_session->setStandardResult(m_page->currentStandard(), StandardResult::NotJudged);
        else if (key == Qt::Key_Escape)
            Q_EMIT exitRequested();
        else if (key == Qt::Key_L && plain)
            Q_EMIT liveRequested();
        else
            QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_1 < levels
        && event->modifiers() == Qt::NoModifier) {
        m_session->agreeLevel(m_page->currentIndicator(), key - Qt::Key_1);
    } else if (key == Qt::Key_0 && event->modifiers() == Qt::NoModifier) {
        m_session->agreeLevel(m_page->currentIndicator(), -1);
    } else if (key == Qt::Key_R) {
        m_page->ratings()->reveal();
    } else if (key == Qt::Key_V) {
        m_vote->setFocus();
    } else if (key == Qt::Key_L && event->modifiers() == Qt::NoModifier) {
        Q_EMIT liveRequested();
    } else if (key == Qt::Key_J && event->modifiers() == Qt::NoModifier && m_live->isRunning()) {
        Q_EMIT joinScreenRequested();
    } else if (key == Qt::Key_C && event->modifiers() == Qt::NoModifier && m_live->isRunning()) {
        m_live->setCurrentOpen(!m_live->isCurrentOpen());
    } else if (key == Qt::Key_Escape && focusWidget() == m_vote) {
        setFocus(); // out of the vote entry, back to the keys of the view
    } else if (key == Qt::Key_Escape) {
        Q_EMIT exitRequested();
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace strongtrust::app
