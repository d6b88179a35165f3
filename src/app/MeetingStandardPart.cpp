#include "app/MeetingStandardPart.h"

#include "app/StandardsModel.h"
#include "app/WorkbookSession.h"
#include "workbook/Labels.h"

#include <QButtonGroup>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {

// The key that chooses each result in meeting mode, as its button shows it.
QString keyOf(StandardResult r)
{
    switch (r) {
    case StandardResult::Met:
        return QStringLiteral("M");
    case StandardResult::NotMet:
        return QStringLiteral("N");
    case StandardResult::NotJudged:
        break;
    }
    return QStringLiteral("0");
}

// The domain (by index) a standard belongs to, or -1.
int domainOf(const Framework &fw, const QString &standard)
{
    for (int d = 0; d < fw.domains.size(); ++d) {
        for (const Standard &s : fw.domains[d].standards) {
            if (s.fullId == standard)
                return d;
        }
    }
    return -1;
}

} // namespace

MeetingStandardPart::MeetingStandardPart(WorkbookSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_buttons(new QButtonGroup(this))
    , m_cap(new QLabel(this))
    , m_guidance(new QLabel(this))
{
    setObjectName(QStringLiteral("meetingStandard"));
    m_buttons->setExclusive(false);
    m_cap->setObjectName(QStringLiteral("meetingStandardCap"));
    m_cap->setWordWrap(true);
    m_cap->setTextFormat(Qt::PlainText);
    m_guidance->setObjectName(QStringLiteral("meetingStandardGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    m_guidance->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *row = new QHBoxLayout;
    for (StandardResult r :
        { StandardResult::Met, StandardResult::NotMet, StandardResult::NotJudged }) {
        auto *b = new QPushButton(
            QStringLiteral("%1  %2").arg(keyOf(r), Labels::standardResult(r)), this);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        b->setObjectName(QStringLiteral("meetingResult-%1").arg(keyOf(r)));
        b->setAccessibleName(tr("Record the standard as %1").arg(Labels::standardResult(r)));
        m_buttons->addButton(b, int(r));
        row->addWidget(b);
    }
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_cap);
    layout->addWidget(m_guidance, 1);
    connect(m_buttons, &QButtonGroup::idClicked, this,
        [this](int id) { Q_EMIT resultChosen(StandardResult(id)); });
}

void MeetingStandardPart::showStandard(const QString &standard, const QFont &font)
{
    m_standard = standard;
    m_font = font;
    refresh();
}

void MeetingStandardPart::refresh()
{
    // Set, not inherited: under the view's style sheet the buttons would
    // take the application's font instead of the view's large one.
    const int height = QFontMetrics(m_font).height() * 2;
    for (QAbstractButton *b : m_buttons->buttons()) {
        b->setFont(m_font);
        b->setMinimumHeight(height);
    }
    // As an indicator's level descriptors: smaller than the standard, readable still.
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.75);
    m_guidance->setFont(small);
    // What an unmet standard does to the domain: the room should not miss it.
    small.setWeight(QFont::DemiBold);
    m_cap->setFont(small);

    const Framework &fw = m_session->framework();
    const Standard *s = fw.findStandard(m_standard);
    const StandardJudgement j = m_session->standard(m_standard);
    for (QAbstractButton *b : m_buttons->buttons()) {
        b->setChecked(s && StandardResult(m_buttons->id(b)) == j.result);
        b->setEnabled(s && m_session->canEdit());
    }
    if (!s) {
        m_cap->clear();
        m_guidance->clear();
        return;
    }
    const int d = domainOf(fw, m_standard);
    QString cap;
    if (s->capsAt && d >= 0) {
        const int level = fw.scale.indexOf(*s->capsAt);
        cap = tr("While this standard is not met, %1 cannot be above %2.")
                  .arg(fw.domains[d].title,
                      level >= 0 ? fw.scale.levels[level].label : formatLevelValue(*s->capsAt));
    }
    m_cap->setText(cap);
    m_cap->setVisible(!cap.isEmpty());
    m_guidance->setText(s->guidance);
}

QString MeetingStandardPart::standardsList(const QFont &font, int width) const
{
    const Framework &fw = m_session->framework();
    const int d = domainOf(fw, m_standard);
    if (d < 0)
        return {};
    QFont bold = font;
    bold.setBold(true);
    QString list;
    const QList<Standard> &standards = fw.domains[d].standards;
    for (int i = 0; i < standards.size(); ++i) {
        const bool current = standards[i].fullId == m_standard;
        const QFontMetrics metrics(current ? bold : font);
        const StandardResult r = m_session->standard(standards[i].fullId).result;
        const QString mark = r == StandardResult::Met ? QStringLiteral("✓")
            : r == StandardResult::NotMet             ? QStringLiteral("✗")
                                                      : QStringLiteral("–");
        const QString line = QStringLiteral("%1. %2 ").arg(i + 1).arg(mark);
        // One line each, so that the whole list fits beside the chart: the
        // short title where the framework gives one, else the statement cut.
        const QString name
            = standards[i].shortTitle.isEmpty() ? standards[i].text : standards[i].shortTitle;
        const QString text = metrics.elidedText(name, Qt::ElideRight,
            std::max(width - metrics.horizontalAdvance(line) - metrics.averageCharWidth(), 40));
        QString entry = QString(line + text).toHtmlEscaped();
        if (current)
            entry = QStringLiteral("<b>%1</b>").arg(entry);
        list += entry + QStringLiteral("<br>");
    }
    return list;
}

} // namespace strongtrust::app
