// MeetingView: a domain's baseline standards and measures (framework format
// version 2), the stops before its indicators, and moving through them. The
// view's assembly, the indicators and the vote entry are in MeetingView.cpp.
#include "app/AssessmentPage.h"
#include "app/DistributionWidget.h"
#include "app/FrameworkNavigator.h"
#include "app/MeetingMeasuresPart.h"
#include "app/MeetingStandardPart.h"
#include "app/MeetingView.h"
#include "app/RadarWidget.h"
#include "app/WorkbookSession.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace strongtrust::app {

MeetingView::Part MeetingView::part() const
{
    if (m_page->currentStop() == FrameworkNavigator::Stop::Standards
        && !m_page->currentStandard().isEmpty())
        return Part::Standard;
    if (m_page->currentStop() == FrameworkNavigator::Stop::Measures)
        return Part::Measures;
    return Part::Indicator;
}

void MeetingView::showParts(Part part)
{
    const bool indicator = part == Part::Indicator;
    for (QAbstractButton *b : m_levelButtons->buttons())
        b->setVisible(indicator);
    for (QLabel *d : std::as_const(m_descriptors))
        d->setVisible(indicator);
    m_vote->setVisible(indicator);
    m_standardPart->setVisible(part == Part::Standard);
    m_measuresPart->setVisible(part == Part::Measures);
    // The measures' table is the room's to read, across the whole screen:
    // the chart of the levels has nothing to say about them.
    m_radar->setVisible(part != Part::Measures);
    m_trustees->setVisible(part != Part::Measures);
    m_columns->setStretch(1, part == Part::Measures ? 0 : 2);
    if (!indicator)
        m_distribution->setVisible(false);
}

void MeetingView::refreshMeasures()
{
    const Framework &fw = m_session->framework();
    const int d = m_page->currentDomain();
    if (d < 0 || d >= fw.domains.size())
        return;
    m_position->setText(tr("%1 · %n measure(s)", nullptr, int(fw.domains[d].measures.size()))
                            .arg(fw.domains[d].title));
    m_text->setText(tr("Measures against their targets"));
    m_measuresPart->showDomain(d, font());
    m_status->setText(QString());
    m_trustees->clear();
}

void MeetingView::refreshStandard()
{
    const Framework &fw = m_session->framework();
    const QString id = m_page->currentStandard();
    const int d = m_page->currentDomain();
    const QList<Standard> &standards = fw.domains.value(d).standards;
    int at = 0;
    while (at < standards.size() && standards[at].fullId != id)
        ++at;
    if (at == standards.size())
        return;
    m_position->setText(tr("%1 · baseline standard %2 of %3")
                            .arg(fw.domains[d].title)
                            .arg(at + 1)
                            .arg(standards.size()));
    m_text->setText(standards[at].text);
    m_standardPart->showStandard(id, font());
    m_status->setText(m_session->canEdit() ? QString() : m_session->whyReadOnly());
    m_trustees->setText(m_standardPart->standardsList(m_trustees->font(), m_trustees->width()));
}

void MeetingView::move(int direction)
{
    const Framework &fw = m_session->framework();
    if (onStandard()) {
        const QList<Standard> &standards = fw.domains.value(m_page->currentDomain()).standards;
        int at = 0;
        while (at < standards.size() && standards[at].fullId != m_page->currentStandard())
            ++at;
        const int next = at + direction;
        if (next >= 0 && next < standards.size()) {
            m_page->selectStandard(standards[next].fullId);
            return;
        }
    }
    m_page->navigator()->step(direction);
    if (m_page->currentStop() == FrameworkNavigator::Stop::Standards) {
        const QList<Standard> &standards = fw.domains.value(m_page->currentDomain()).standards;
        if (!standards.isEmpty())
            m_page->selectStandard(
                direction > 0 ? standards.constFirst().fullId : standards.constLast().fullId);
    }
}

} // namespace strongtrust::app
