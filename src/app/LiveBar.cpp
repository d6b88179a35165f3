#include "app/LiveBar.h"

#include "app/AssessmentPage.h"
#include "app/LiveRatingController.h"
#include "app/RatingsModel.h"
#include "app/RatingsTable.h"
#include "app/WorkbookSession.h"
#include "live/LiveSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace strongtrust::app {

LiveBar::LiveBar(LiveRatingController *live, AssessmentPage *page, QWidget *parent)
    : QFrame(parent), m_live(live), m_page(page), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("liveBar"));
    setStyleSheet(QStringLiteral("#liveBar { background: #e8f3ec; color: #173d2a;"
                                 " border-bottom: 1px solid #b9d8c4; }"));
    m_text->setObjectName(QStringLiteral("liveBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    connect(m_live, &LiveRatingController::changed, this, &LiveBar::refresh);
    connect(m_page->ratings(), &RatingsTable::revealedChanged, this, &LiveBar::refresh);
    setVisible(false);
}

void LiveBar::addCommand(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout()->addWidget(button);
}

QString LiveBar::text() const
{
    return m_text->text();
}

void LiveBar::refresh()
{
    if (!m_live->isRunning()) {
        m_text->clear();
        return;
    }
    const QString indicator = m_page->currentIndicator();
    const bool namesHidden = m_page->ratings()->ratingsModel()->namesHidden();
    QStringList parts;
    parts << tr("Live rating at %1").arg(m_live->liveSession()->joinUrl().toString());
    parts << (m_live->isCurrentOpen() ? tr("open for this indicator")
                                      : tr("closed for this indicator"));
    parts << m_live->whoHasRatedText(indicator, namesHidden);
    m_text->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace strongtrust::app
