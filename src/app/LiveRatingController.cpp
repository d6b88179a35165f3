#include "app/LiveRatingController.h"

#include "app/AssessmentPage.h"
#include "app/WorkbookSession.h"
#include "live/LiveSession.h"

namespace strongtrust::app {

LiveRatingController::LiveRatingController(
    WorkbookSession *session, AssessmentPage *page, QObject *parent)
    : QObject(parent), m_session(session), m_page(page)
{
    connect(m_session, &WorkbookSession::assessmentChanged, this,
        &LiveRatingController::followAssessment);
    connect(m_session, &WorkbookSession::dataChanged, this, [this] {
        if (isRunning())
            Q_EMIT changed();
    });
    connect(m_page, &AssessmentPage::indicatorChanged, this, [this](const QString &indicator) {
        if (isRunning())
            m_live->setCurrent(indicator);
        Q_EMIT changed();
    });
}

LiveRatingController::~LiveRatingController()
{
    // The session holds the workbook by reference: it stops before the
    // workbook session (its owner's sibling) closes the file.
    stop();
}

QString LiveRatingController::whyCannotStart() const
{
    if (!m_session->hasAssessment())
        return tr("There is no assessment to rate yet: start a period first.");
    if (!m_session->canEdit())
        return m_session->whyReadOnly() + u' ' + tr("Trustees cannot rate it from their devices.");
    if (activeTrustees().isEmpty())
        return tr("There is no active trustee to rate: add the trustees first (Trust ▸ Trust "
                  "and Trustees…).");
    return {};
}

Status LiveRatingController::start(const QHostAddress &address, quint16 port)
{
    if (isRunning())
        return success();
    if (const QString why = whyCannotStart(); !why.isEmpty())
        return Diagnostic { {}, 0, 0, {}, why };
    auto next
        = std::make_unique<live::LiveSession>(m_session->workbook(), m_session->assessmentId());
    if (auto s = next->start(address, port); !s)
        return s;
    m_live = std::move(next);
    m_fromDevices.clear();
    connect(m_live.get(), &live::LiveSession::ratingStored, this, &LiveRatingController::take);
    connect(m_live.get(), &live::LiveSession::stateChanged, this, &LiveRatingController::changed);
    connect(
        m_live.get(), &live::LiveSession::connectionsChanged, this, &LiveRatingController::changed);
    m_live->setCurrent(m_page->currentIndicator());
    Q_EMIT runningChanged(true);
    Q_EMIT changed();
    return success();
}

void LiveRatingController::stop()
{
    if (!m_live)
        return;
    // Detached first: what the session says while it stops is not news here.
    std::unique_ptr<live::LiveSession> ending = std::move(m_live);
    ending->disconnect(this);
    ending->stop();
    // Its server flushes the last answers after stop(), and needs the
    // session until then: the session goes when it says the server has
    // closed, or with this controller (before the workbook closes).
    live::LiveSession *closing = ending.release();
    closing->setParent(this);
    connect(closing, &live::LiveSession::closed, closing, &QObject::deleteLater);
    m_fromDevices.clear();
    Q_EMIT runningChanged(false);
    Q_EMIT changed();
}

bool LiveRatingController::isRunning() const
{
    return m_live && m_live->isRunning();
}

void LiveRatingController::followAssessment()
{
    if (!m_live)
        return;
    // Tokens name one period: a session never outlives the clerk's choice of it.
    if (m_session->assessmentId() != m_live->assessmentId()) {
        stop();
        Q_EMIT stoppedBecause(
            tr("Live rating stopped: another period was chosen. Trustees' links no longer work."));
    } else if (!m_session->canEdit()) {
        stop();
        Q_EMIT stoppedBecause(tr("Live rating stopped: %1").arg(m_session->whyReadOnly()));
    }
}

void LiveRatingController::take(
    qint64 trusteeId, const QString &indicator, const std::optional<Rating> &rating)
{
    if (!m_live || m_live->assessmentId() != m_session->assessmentId())
        return;
    m_fromDevices.insert(trusteeId);
    m_session->takeStoredRating(trusteeId, indicator, rating);
}

bool LiveRatingController::isCurrentOpen() const
{
    return isRunning() && m_live->isOpen(m_page->currentIndicator());
}

void LiveRatingController::setCurrentOpen(bool open)
{
    if (!isRunning() || m_page->currentIndicator().isEmpty())
        return;
    m_live->setOpen(m_page->currentIndicator(), open);
    Q_EMIT changed();
}

QList<qint64> LiveRatingController::activeTrustees() const
{
    QList<qint64> ids;
    for (const Trustee &t : m_session->trustees()) {
        if (!t.retired)
            ids.append(t.id);
    }
    return ids;
}

QList<qint64> LiveRatingController::whoHasRated(const QString &indicator) const
{
    QList<qint64> rated;
    if (!m_session->hasAssessment() || indicator.isEmpty())
        return rated;
    for (const qint64 id : m_session->raters()) {
        if (!m_session->rating(id, indicator).value.isUnrated())
            rated.append(id);
    }
    return rated;
}

QString LiveRatingController::whoHasRatedText(const QString &indicator, bool namesHidden) const
{
    // Worded to read right for any count: these lines are on the projector.
    const QList<qint64> rated = whoHasRated(indicator);
    const qsizetype expected = std::max(activeTrustees().size(), rated.size());
    if (rated.isEmpty())
        return tr("No trustee has rated this indicator yet");
    if (namesHidden)
        return tr("Trustees who have rated this indicator: %1 of %2")
            .arg(rated.size())
            .arg(expected);
    QStringList names;
    const QList<Trustee> trustees = m_session->trustees();
    for (const qint64 id : rated) {
        for (const Trustee &t : trustees) {
            if (t.id == id)
                names.append(t.name);
        }
    }
    return tr("Trustees who have rated this indicator: %1 of %2 (%3)")
        .arg(rated.size())
        .arg(expected)
        .arg(names.join(tr(", ")));
}

} // namespace strongtrust::app
