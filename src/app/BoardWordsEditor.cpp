#include "app/BoardWordsEditor.h"

#include "app/WorkbookSession.h"
#include "report/BoardWords.h"
#include "report/ReportData.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {

// How long typing may pause before what is typed is saved: short enough that
// nothing typed waits long, long enough that the trail records words, not keys.
constexpr int kSavePauseMs = 800;

// A text field whose undo and redo are the session's (so they reach the
// workbook and its trail), since the window's own shortcuts do not reach a
// dialog; and where Tab leaves the field.
class WordsEdit : public QPlainTextEdit
{
public:
    WordsEdit(WorkbookSession *session, std::function<void()> beforeUndo, QWidget *parent)
        : QPlainTextEdit(parent), m_session(session), m_beforeUndo(std::move(beforeUndo))
    {
        setUndoRedoEnabled(false);
        setTabChangesFocus(true);
    }
    std::function<void()> onFocusOut;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(e);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                e->accept();
                return true;
            }
        }
        return QPlainTextEdit::event(e);
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->matches(QKeySequence::Undo) || e->matches(QKeySequence::Redo)) {
            m_beforeUndo();
            if (e->matches(QKeySequence::Undo))
                m_session->undoStack()->undo();
            else
                m_session->undoStack()->redo();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }
    void focusOutEvent(QFocusEvent *e) override
    {
        QPlainTextEdit::focusOutEvent(e);
        if (onFocusOut)
            onFocusOut();
    }

private:
    WorkbookSession *m_session;
    std::function<void()> m_beforeUndo;
};

} // namespace

BoardWordsEditor::BoardWordsEditor(WorkbookSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_part(new QComboBox(this))
    , m_revert(new QPushButton(tr("&Revert to generated"), this))
    , m_state(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("boardWordsEditor"));
    auto *text = new WordsEdit(
        session, [this] { commit(); }, this);
    text->onFocusOut = [this] { commit(); };
    m_text = text;
    m_text->setObjectName(QStringLiteral("boardWordsText"));
    m_text->setAccessibleName(tr("The board's words for this part of the report"));
    m_text->setPlaceholderText(tr("Empty: the report uses the generated words."));
    m_part->setObjectName(QStringLiteral("boardWordsPart"));
    m_part->setAccessibleName(tr("Part of the report"));
    m_revert->setObjectName(QStringLiteral("boardWordsRevert"));
    m_revert->setToolTip(tr("Remove the board's words for this part: the report goes back to "
                            "the words generated from the ratings"));
    m_state->setObjectName(QStringLiteral("boardWordsState"));
    m_state->setWordWrap(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kSavePauseMs);

    fillParts();

    auto *heading = new QLabel(tr("<b>The board's words</b>"), this);
    auto *explain = new QLabel(tr("Replace the generated summary or a domain's paragraph with "
                                  "the board's own text. Paragraphs are separated by a blank "
                                  "line."),
        this);
    explain->setWordWrap(true);
    auto *partLabel = new QLabel(tr("&Part:"), this);
    partLabel->setBuddy(m_part);
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(partLabel);
    partRow->addWidget(m_part, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addLayout(partRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_revert, 0, Qt::AlignLeft);

    connect(m_part, &QComboBox::currentIndexChanged, this,
        [this] { showPart(m_part->currentData().toString()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_pause->start();
    });
    connect(m_pause, &QTimer::timeout, this, &BoardWordsEditor::commit);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_pause->stop();
        m_session->setNarrative(m_domainId, QString(), false);
    });
    connect(m_session, &WorkbookSession::narrativeChanged, this, [this](const QString &domainId) {
        if (domainId == m_domainId)
            refresh();
    });
    // The generated words follow the ratings.
    connect(m_session, &WorkbookSession::dataChanged, this, [this] {
        forgetGenerated();
        refresh();
    });
    connect(m_session, &WorkbookSession::assessmentChanged, this, [this] {
        forgetGenerated();
        fillParts();
        refresh();
    });
    refresh();
}

void BoardWordsEditor::fillParts()
{
    // Another assessment may use another framework: its own domains.
    const QSignalBlocker quiet(m_part);
    m_part->clear();
    m_part->addItem(tr("Summary"), QString());
    for (const Domain &d : m_session->framework().domains)
        m_part->addItem(d.title, d.id);
    const int index = m_part->findData(m_domainId);
    if (index >= 0) {
        m_part->setCurrentIndex(index);
    } else {
        m_domainId.clear();
        m_part->setCurrentIndex(0);
        m_showing = true;
        m_text->clear();
        m_showing = false;
    }
}

void BoardWordsEditor::showPart(const QString &domainId)
{
    if (domainId == m_domainId)
        return;
    commit();
    m_domainId = domainId;
    const int index = m_part->findData(domainId);
    if (index >= 0 && index != m_part->currentIndex())
        m_part->setCurrentIndex(index);
    m_showing = true;
    m_text->clear(); // so that refresh() shows the new part's words
    m_showing = false;
    refresh();
}

void BoardWordsEditor::commit()
{
    m_pause->stop();
    if (!m_session->hasAssessment() || m_text->isReadOnly())
        return;
    const QString typed = NarrativeStore::normalised(m_text->toPlainText());
    const QString stored = m_session->data().narrative.text(m_domainId);
    // Words the clerk has not touched stay generated: they follow the ratings.
    if (stored.isEmpty() && (typed.isEmpty() || typed == generatedText()))
        return;
    if (typed != stored)
        m_session->setNarrative(m_domainId, typed, true);
}

void BoardWordsEditor::forgetGenerated()
{
    m_generated.reset();
}

QString BoardWordsEditor::generatedText()
{
    if (!m_session->hasAssessment())
        return {};
    if (!m_generated) {
        auto report = loadReportData(m_session->workbook(), m_session->assessmentId(), {});
        if (!report)
            return {};
        report.value().current.data.narrative = {};
        m_generated = buildNarrative(report.value());
    }
    return report::generatedText(*m_generated, m_domainId);
}

void BoardWordsEditor::refresh()
{
    const bool editable = m_session->hasAssessment() && m_session->canEdit();
    m_text->setReadOnly(!editable);
    const QString stored
        = m_session->hasAssessment() ? m_session->data().narrative.text(m_domainId) : QString();
    const QString text = m_text->toPlainText();
    const QString shown = NarrativeStore::normalised(text);
    // The field already holds these words (the clerk is typing them): leave
    // the cursor where it is. Otherwise (another part, undo, revert) show them.
    const bool holds
        = !text.isEmpty() && (shown == stored || (stored.isEmpty() && shown == generatedText()));
    if (!holds) {
        m_showing = true;
        m_text->setPlainText(stored.isEmpty() ? generatedText() : stored);
        m_showing = false;
    }
    m_revert->setEnabled(editable && !stored.isEmpty());
    showState();
}

void BoardWordsEditor::showState()
{
    if (!m_session->hasAssessment()) {
        m_state->setText(tr("No assessment is open."));
        return;
    }
    const bool own = !m_session->data().narrative.text(m_domainId).isEmpty();
    if (!m_session->canEdit()) {
        m_state->setText(m_session->whyReadOnly());
        return;
    }
    m_state->setText(own ? tr("The board's words: the report prints them in place of the "
                              "generated paragraph.")
                         : tr("Generated from the ratings. Edit the text to use the board's own "
                              "words instead."));
}

} // namespace strongtrust::app
