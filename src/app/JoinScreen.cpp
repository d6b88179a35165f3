#include "app/JoinScreen.h"

#include "app/LiveRatingController.h"
#include "app/WorkbookSession.h"
#include "live/LiveSession.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {

QLabel *centred(QWidget *parent, const char *name, qreal scale, QFont::Weight weight)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAlignment(Qt::AlignHCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont f = parent->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(weight);
    label->setFont(f);
    return label;
}

} // namespace

JoinScreen::JoinScreen(WorkbookSession *session, LiveRatingController *live, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_live(live)
    , m_trust(centred(this, "joinTrust", 2.8, QFont::DemiBold))
    , m_period(centred(this, "joinPeriod", 1.7, QFont::Normal))
    , m_instruction(centred(this, "joinInstruction", 2.6, QFont::DemiBold))
    , m_address(centred(this, "joinAddress", 2.6, QFont::Normal))
    , m_network(centred(this, "joinNetwork", 1.5, QFont::Normal))
    , m_progress(centred(this, "joinProgress", 2.0, QFont::Normal))
    , m_devices(centred(this, "joinDevices", 1.5, QFont::Normal))
{
    setObjectName(QStringLiteral("joinScreen"));
    setAccessibleName(tr("Join screen"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    // Dark ink on a soft paper colour: calm on a projector, and readable
    // where a projector washes out pale greys.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xf6, 0xf4, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x23, 0x2e));
    setPalette(p);
    QFont mono = m_address->font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_address->setFont(mono);
    QPalette accent = m_address->palette();
    accent.setColor(QPalette::WindowText, QColor(0x1f, 0x4e, 0x79));
    m_address->setPalette(accent);
    m_instruction->setText(tr("Scan the code on your card or open your link"));
    m_network->setText(tr("Your device must be on this room's network. The page is at:"));

    auto *back = centred(this, "joinHint", 1.0, QFont::Normal);
    back->setText(tr("Esc: back to the meeting"));
    QPalette quiet = back->palette();
    quiet.setColor(QPalette::WindowText, QColor(0x5c, 0x63, 0x6b));
    back->setPalette(quiet);
    m_devices->setPalette(quiet);
    m_period->setPalette(quiet);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 48, 64, 24);
    layout->addStretch(2);
    layout->addWidget(m_trust);
    layout->addWidget(m_period);
    layout->addStretch(2);
    layout->addWidget(m_instruction);
    layout->addSpacing(24);
    layout->addWidget(m_network);
    layout->addWidget(m_address);
    layout->addStretch(2);
    layout->addWidget(m_progress);
    layout->addWidget(m_devices);
    layout->addStretch(3);
    layout->addWidget(back);

    connect(m_live, &LiveRatingController::changed, this, &JoinScreen::refresh);
    connect(m_session, &WorkbookSession::dataChanged, this, &JoinScreen::refresh);
    connect(m_session, &WorkbookSession::trusteesChanged, this, &JoinScreen::refresh);
}

void JoinScreen::setIndicator(const QString &indicator)
{
    m_indicator = indicator;
    refresh();
}

void JoinScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    setFocus();
}

void JoinScreen::refresh()
{
    if (!isVisible())
        return;
    m_trust->setText(m_session->workbook().trustName());
    if (m_session->hasAssessment()) {
        const AssessmentInfo &a = m_session->assessment();
        m_period->setText(a.title.isEmpty() ? a.period : tr("%1, %2").arg(a.title, a.period));
    }
    const live::LiveSession *s = m_live->liveSession();
    // The page's address only: never a link, which would carry a token.
    m_address->setText(
        s && m_live->isRunning() ? s->joinUrl().toString() : tr("Live rating is not running."));
    const int expected = int(m_live->activeTrustees().size());
    const int rated = int(m_live->whoHasRated(m_indicator).size());
    // Worded to read right for any count.
    m_progress->setText(
        tr("Trustees who have rated this indicator: %1 of %2").arg(rated).arg(expected));
    const int connected = s && m_live->isRunning() ? int(s->connectedTrustees().size()) : 0;
    m_devices->setText(tr("Trustees connected: %1 of %2").arg(connected).arg(expected));
}

void JoinScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_J)
        Q_EMIT backRequested();
    else
        QWidget::keyPressEvent(event);
}

} // namespace strongtrust::app
