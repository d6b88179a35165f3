#include "app/ConsensusEditor.h"

#include "app/WorkbookSession.h"
#include "workbook/Labels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace strongtrust::app {

namespace {
constexpr int kNotApplicableId = 1000;
constexpr int kClearId = 1001;

// Commits the rationale when the editor loses focus, not on every keystroke.
class RationaleEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onFinished;

protected:
    void focusOutEvent(QFocusEvent *e) override
    {
        QPlainTextEdit::focusOutEvent(e);
        if (onFinished)
            onFinished();
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        // Tab leaves the field (a rationale has no use for tab characters).
        if (e->key() == Qt::Key_Tab || e->key() == Qt::Key_Backtab) {
            e->ignore();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }
};
} // namespace

ConsensusEditor::ConsensusEditor(WorkbookSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_buttonRow(new QHBoxLayout)
    , m_buttons(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("consensusEditor"));
    setAccessibleName(tr("The board's consensus"));
    m_buttons->setExclusive(false);
    auto *rationale = new RationaleEdit(this);
    rationale->onFinished = [this] { commitRationale(); };
    rationale->setTabChangesFocus(true);
    m_rationale = rationale;
    m_rationale->setObjectName(QStringLiteral("consensusRationale"));
    m_rationale->setAccessibleName(tr("Rationale for the agreed level"));
    m_rationale->setPlaceholderText(
        tr("Why the board agreed this level: the evidence it weighed."));
    m_rationale->setMaximumHeight(90);
    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("consensusConfidence"));
    m_confidence->setAccessibleName(tr("Confidence in the evidence"));
    for (Confidence c :
        { Confidence::Unstated, Confidence::Limited, Confidence::Moderate, Confidence::Strong })
        m_confidence->addItem(Labels::confidence(c), int(c));

    auto *form = new QFormLayout;
    form->addRow(tr("Agreed level:"), m_buttonRow);
    form->addRow(tr("Rationale:"), m_rationale);
    // A short label (the field's accessible name and tip say it in full):
    // the longest label sets how much room every field has.
    form->addRow(tr("Confidence:"), m_confidence);
    m_confidence->setToolTip(tr("The board's confidence in the evidence behind the agreed level"));
    // On a narrow screen (a 1024-pixel projector) the labels go above their
    // fields rather than pushing the window wider than the screen.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    setLayout(form);

    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == kClearId)
            m_session->setConsensusValue(m_indicator, RatingValue::unrated());
        else
            chooseLevel(id == kNotApplicableId ? -1 : id);
    });
    connect(m_confidence, &QComboBox::activated, this, [this] {
        const Consensus c = m_session->consensus(m_indicator);
        m_session->setConsensus(
            m_indicator, c.value, c.rationale, Confidence(m_confidence->currentData().toInt()));
    });
}

void ConsensusEditor::rebuildButtons()
{
    const Scale &scale = m_session->framework().scale;
    QString key;
    for (const Level &l : scale.levels)
        key += l.label + u'|';
    key += scale.allowNotApplicable ? u'n' : u'-';
    if (key == m_scaleKey)
        return;
    m_scaleKey = key;
    for (QAbstractButton *b : m_buttons->buttons()) {
        m_buttons->removeButton(b);
        delete b;
    }
    // And the trailing stretch, or the next scale's buttons would follow it.
    while (m_buttonRow->count() > 0)
        delete m_buttonRow->takeAt(0);
    auto add = [this](const QString &text, int id, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QStringLiteral("consensusButton-%1").arg(id));
        b->setCheckable(true);
        b->setAccessibleName(accessible);
        m_buttons->addButton(b, id);
        m_buttonRow->addWidget(b);
    };
    for (int i = 0; i < scale.levels.size(); ++i)
        add(QStringLiteral("&%1 %2").arg(i + 1).arg(scale.levels[i].label), i,
            tr("Agree level %1, %2").arg(i + 1).arg(scale.levels[i].label));
    if (scale.allowNotApplicable)
        add(tr("N/A"), kNotApplicableId, tr("Agree not applicable"));
    add(tr("Clear"), kClearId, tr("Clear the agreed level"));
    m_buttonRow->addStretch(1);
}

void ConsensusEditor::showIndicator(const QString &indicator)
{
    commitRationale();
    m_indicator = indicator;
    refresh();
}

void ConsensusEditor::refresh()
{
    rebuildButtons();
    const Consensus c = m_session->consensus(m_indicator);
    const Scale &scale = m_session->framework().scale;
    const int chosen = c.value.isLevel() ? scale.indexOf(c.value.level)
                                         : (c.value.isNotApplicable() ? kNotApplicableId : -2);
    const bool editable = m_session->canEdit() && m_session->hasAssessment();
    for (QAbstractButton *b : m_buttons->buttons()) {
        b->setChecked(m_buttons->id(b) == chosen);
        b->setEnabled(editable);
    }
    if (!m_rationale->hasFocus() || m_rationale->toPlainText() != c.rationale)
        m_rationale->setPlainText(c.rationale);
    m_shownAssessment = m_session->assessmentId();
    m_rationale->setReadOnly(!editable);
    m_confidence->setCurrentIndex(m_confidence->findData(int(c.confidence)));
    m_confidence->setEnabled(editable);
}

void ConsensusEditor::chooseLevel(int position)
{
    m_session->agreeLevel(m_indicator, position);
}

void ConsensusEditor::commitRationale()
{
    if (m_indicator.isEmpty() || !m_session->hasAssessment() || m_rationale->isReadOnly())
        return;
    // Another period chosen since the text was shown (the same indicator
    // stays on screen): the text is the other period's, not an edit of this one.
    if (m_shownAssessment != m_session->assessmentId())
        return;
    const Consensus c = m_session->consensus(m_indicator);
    if (m_rationale->toPlainText() != c.rationale)
        m_session->setConsensus(m_indicator, c.value, m_rationale->toPlainText(), c.confidence);
}

} // namespace strongtrust::app
