// The board's own words, as the clerk writes them in the report preview: by
// keyboard, saved through the undo stack, reverted, printed, and locked once
// the assessment is final. On the sample workbook (2024/25 final, 2025/26 draft).
#include "report/BoardWords.h"

#include "FakeDialogs.h"
#include "app/BoardWordsEditor.h"
#include "app/MainWindow.h"
#include "app/ReportPreview.h"
#include "app/Settings.h"
#include "app/WorkbookSession.h"
#include "core/ReportTestSupport.h"
#include "report/ReportData.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

class BoardWordsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        dialogs.auditName = QStringLiteral("Clerk");
        window = std::make_unique<MainWindow>(&dialogs);
        window->show();
        ASSERT_TRUE(window->openSample());
        session = window->session();
        ASSERT_TRUE(session->selectPeriod(QStringLiteral("2025/26")).ok());
        preview = std::make_unique<ReportPreview>(session, &dialogs, window.get());
        preview->show();
        preview->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(preview.get()));
        preview->waitForPages();
        text = preview->findChild<QPlainTextEdit *>(QStringLiteral("boardWordsText"));
        part = preview->findChild<QComboBox *>(QStringLiteral("boardWordsPart"));
        revert = preview->findChild<QPushButton *>(QStringLiteral("boardWordsRevert"));
        state = preview->findChild<QLabel *>(QStringLiteral("boardWordsState"));
        ASSERT_TRUE(text && part && revert && state);
    }

    // Opening the sample stores the name asked for; later tests ask again.
    void TearDown() override { QSettings().remove(Settings::auditName.key()); }

    // The generated words of a part, as the report would print them without the board's.
    QString generated(const QString &domainId) const
    {
        auto data = loadReportData(session->workbook(), session->assessmentId(), {});
        EXPECT_TRUE(data.ok());
        data.value().current.data.narrative = {};
        return report::generatedText(buildNarrative(data.value()), domainId);
    }

    // Waits for the pause after typing that saves the words.
    bool savedWithin(const std::function<bool()> &done, int ms = 4000)
    {
        for (int waited = 0; waited < ms && !done(); waited += 50)
            QTest::qWait(50);
        return done();
    }

    int narrativeEntries() const
    {
        int n = 0;
        for (const AuditEntry &e : session->workbook().auditLog(session->assessmentId()))
            n += e.entity == QLatin1String("narrative") ? 1 : 0;
        return n;
    }

    QTemporaryDir dir;
    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
    WorkbookSession *session = nullptr;
    std::unique_ptr<ReportPreview> preview;
    QPlainTextEdit *text = nullptr;
    QComboBox *part = nullptr;
    QPushButton *revert = nullptr;
    QLabel *state = nullptr;
};

} // namespace

TEST_F(BoardWordsTest, TheClerkWritesTheBoardsWordsByKeyboardAndUndoesThem)
{
    // It starts from the generated summary, which stays generated until edited.
    const QString summary = generated({});
    ASSERT_FALSE(summary.isEmpty());
    EXPECT_EQ(text->toPlainText(), summary);
    EXPECT_FALSE(revert->isEnabled());
    EXPECT_TRUE(state->text().contains(QStringLiteral("Generated"))) << state->text().toStdString();
    const int undoBefore = session->undoStack()->count();

    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral(" The board will revisit this in July."));
    ASSERT_TRUE(savedWithin([&] { return !session->data().narrative.summary.isEmpty(); }));
    EXPECT_EQ(session->data().narrative.summary,
        summary + QStringLiteral(" The board will revisit this in July."));
    // Typed key by key, stored and undoable as one step, audited once.
    EXPECT_EQ(session->undoStack()->count(), undoBefore + 1);
    EXPECT_EQ(narrativeEntries(), 1);
    EXPECT_EQ(session->workbook().auditLog(session->assessmentId()).constLast().actor,
        QStringLiteral("Clerk"));
    EXPECT_TRUE(revert->isEnabled());
    EXPECT_EQ(session->workbook().loadAssessment(session->assessmentId())->narrative.summary,
        session->data().narrative.summary);

    // Undo and redo by keyboard, in the field.
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(session->data().narrative.summary.isEmpty());
    EXPECT_TRUE(session->workbook().loadAssessment(session->assessmentId())->narrative.isEmpty());
    EXPECT_EQ(text->toPlainText(), summary);
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(session->data().narrative.summary.endsWith(QStringLiteral("in July.")));
    EXPECT_TRUE(text->toPlainText().endsWith(QStringLiteral("in July.")));

    // A domain's paragraph: chosen by keyboard, replaced outright.
    part->setFocus();
    QTest::keyClick(part, Qt::Key_Down);
    ASSERT_EQ(part->currentData().toString(), QStringLiteral("governance"));
    EXPECT_EQ(text->toPlainText(), generated(QStringLiteral("governance")));
    text->setFocus();
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral("Governance is sound."));
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Local committees need clearer terms."));
    QTest::keyClick(text, Qt::Key_Tab); // leaving the field saves at once
    EXPECT_EQ(session->data().narrative.domains.value(QStringLiteral("governance")),
        QStringLiteral("Governance is sound.\n\nLocal committees need clearer terms."));

    // It is in the report the preview exports, as two paragraphs, unmarked.
    const QString pdf = dir.filePath(QStringLiteral("board.pdf"));
    ASSERT_TRUE(preview->exportTo(ReportPreview::Format::Pdf, pdf).ok());
    const QString printed = test::pdfText(pdf);
    EXPECT_TRUE(printed.contains(QStringLiteral("The board will revisit this in July.")));
    // In order; the text between them may hold the draft mark's letters,
    // which the extracted text reads where the mark crosses the page.
    const auto first = printed.indexOf(QStringLiteral("Governance is sound."));
    const auto second = printed.indexOf(QStringLiteral("Local committees need clearer terms."));
    EXPECT_GE(first, 0);
    EXPECT_GT(second, first);
    EXPECT_FALSE(printed.contains(test::normalised(generated(QStringLiteral("governance")))));

    // Revert to generated, by keyboard: the generated words come back, and undo undoes that.
    revert->setFocus();
    QTest::keyClick(revert, Qt::Key_Space);
    EXPECT_FALSE(session->data().narrative.domains.contains(QStringLiteral("governance")));
    EXPECT_EQ(text->toPlainText(), generated(QStringLiteral("governance")));
    EXPECT_FALSE(revert->isEnabled());
    session->undoStack()->undo();
    EXPECT_EQ(session->data().narrative.domains.value(QStringLiteral("governance")),
        QStringLiteral("Governance is sound.\n\nLocal committees need clearer terms."));
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
}

TEST_F(BoardWordsTest, AFinalAssessmentsWordsCannotBeEdited)
{
    ASSERT_TRUE(session->selectPeriod(QStringLiteral("2024/25")).ok());
    ASSERT_TRUE(session->assessment().isFinal());
    EXPECT_TRUE(text->isReadOnly());
    EXPECT_FALSE(revert->isEnabled());
    EXPECT_TRUE(state->text().contains(QStringLiteral("final"))) << state->text().toStdString();
    const QString before = text->toPlainText();
    EXPECT_EQ(before, generated({}));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Changed"));
    QTest::keyClick(text, Qt::Key_Tab);
    QTest::qWait(1200);
    EXPECT_EQ(text->toPlainText(), before);
    EXPECT_TRUE(session->data().narrative.isEmpty());
    EXPECT_EQ(narrativeEntries(), 0);
}
