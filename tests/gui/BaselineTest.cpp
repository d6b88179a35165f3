// A domain's baseline standards and measures in the window (framework format
// version 2), driven by keyboard as a clerk does, each edit checked in the
// file through the core: judged, typed, refused, undone and redone.
#include "FakeDialogs.h"
#include "app/AssessmentPage.h"
#include "app/FrameworkNavigator.h"
#include "app/MainWindow.h"
#include "app/MeetingView.h"
#include "app/StandardsModel.h"
#include "app/StandardsPanel.h"
#include "app/StandardsTable.h"
#include "app/WorkbookSession.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

using Stop = FrameworkNavigator::Stop;

class BaselineTest : public testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(&dialogs);
        window->resize(1440, 900);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->openSample());
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        session = window->session();
        page = window->assessmentPage();
        ASSERT_TRUE(session->canEdit()); // the sample's latest year is a draft
        const Framework &fw = session->framework();
        ASSERT_EQ(fw.formatVersion, 2);
        ASSERT_GE(fw.domains[0].standards.size(), 2);
        ASSERT_FALSE(fw.domains[0].measures.isEmpty());
    }

    Workbook &wb() { return session->workbook(); }
    // Straight from the file, not from what the window holds.
    std::optional<StandardJudgement> stored(const QString &standard)
    {
        const AssessmentData data = wb().loadAssessment(session->assessmentId()).value();
        if (const StandardJudgement *j = data.standardFor(standard))
            return *j;
        return std::nullopt;
    }
    int auditEntries(const QString &entity)
    {
        int n = 0;
        for (const AuditEntry &e : wb().auditLog(session->assessmentId()))
            n += e.entity == entity ? 1 : 0;
        return n;
    }
    StandardsTable *showStandards(int domain)
    {
        page->selectStop(domain, Stop::Standards);
        auto *table = window->findChild<StandardsTable *>(QStringLiteral("standardsTable"));
        EXPECT_NE(table, nullptr);
        EXPECT_TRUE(table && table->isVisible());
        return table;
    }
    void undo() { QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); }
    void redo()
    {
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    }

    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
    WorkbookSession *session = nullptr;
    AssessmentPage *page = nullptr;
};

} // namespace

TEST_F(BaselineTest, AStandardIsJudgedByKeyAndUndoneInTheFile)
{
    StandardsTable *table = showStandards(0);
    ASSERT_NE(table, nullptr);
    const Domain &governance = session->framework().domains[0];
    const QString second = governance.standards[1].fullId;
    EXPECT_EQ(table->model()->rowCount(), governance.standards.size());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down); // from the first standard to the second
    ASSERT_EQ(table->currentStandard(), second);
    const int audited = auditEntries(QStringLiteral("standard"));

    QTest::keyClick(table, Qt::Key_N);
    ASSERT_TRUE(stored(second));
    EXPECT_EQ(stored(second)->result, StandardResult::NotMet);
    auto *combo = qobject_cast<QComboBox *>(
        table->indexWidget(table->model()->index(1, StandardsModel::ResultColumn)));
    ASSERT_NE(combo, nullptr);
    EXPECT_TRUE(combo->currentText().contains(QStringLiteral("Not met")))
        << combo->currentText().toStdString();
    EXPECT_EQ(auditEntries(QStringLiteral("standard")), audited + 1);
    // The navigator says so beside the domain's standards.
    FrameworkNavigator *navigator = page->navigator();
    const QModelIndex standardsRow
        = navigator->model()->index(0, 1, navigator->model()->index(0, 0));
    EXPECT_TRUE(standardsRow.data().toString().contains(QStringLiteral("1 not met")))
        << standardsRow.data().toString().toStdString();

    QTest::keyClick(table, Qt::Key_M);
    EXPECT_EQ(stored(second)->result, StandardResult::Met);
    // And by key on the list itself, as on the row.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_0);
    EXPECT_FALSE(stored(second)) << "not judged, no note: nothing recorded";
    EXPECT_TRUE(combo->currentText().contains(QStringLiteral("Not judged")));

    undo();
    EXPECT_EQ(stored(second)->result, StandardResult::Met);
    undo();
    EXPECT_EQ(stored(second)->result, StandardResult::NotMet);
    EXPECT_TRUE(combo->currentText().contains(QStringLiteral("Not met")));
    undo();
    EXPECT_FALSE(stored(second));
    EXPECT_EQ(session->standard(second).result, StandardResult::NotJudged);
    redo();
    EXPECT_EQ(stored(second)->result, StandardResult::NotMet);
    EXPECT_EQ(session->standard(second).result, StandardResult::NotMet);
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
}

TEST_F(BaselineTest, AStandardsNoteIsTypedIntoItsCellAsOneStep)
{
    StandardsTable *table = showStandards(0);
    ASSERT_NE(table, nullptr);
    const QString first = session->framework().domains[0].standards[0].fullId;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, StandardsModel::NoteColumn));
    // Typing starts the note: "M" here is the note's first letter, not "met".
    QTest::keyClick(table, 'M');
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, table);
    QTest::keyClicks(editor, QStringLiteral("inuted in March"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    ASSERT_TRUE(stored(first));
    EXPECT_EQ(stored(first)->note, QStringLiteral("Minuted in March"));
    EXPECT_EQ(stored(first)->result, StandardResult::NotJudged);
    EXPECT_EQ(QApplication::focusWidget(), table);
    undo();
    EXPECT_FALSE(stored(first));
}

TEST_F(BaselineTest, EvidenceOfAStandardIsItsOwn)
{
    StandardsTable *table = showStandards(0);
    ASSERT_NE(table, nullptr);
    const QString first = session->framework().domains[0].standards[0].fullId;
    table->setFocus();
    table->selectStandard(first);
    auto *add = window->findChild<QWidget *>(QStringLiteral("addStandardEvidence"));
    ASSERT_NE(add, nullptr);
    ASSERT_TRUE(add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_TRUE(stored(first));
    ASSERT_EQ(stored(first)->evidence.size(), 1);
    EXPECT_EQ(session->evidence(first).size(), 1);
    // Nothing of it reaches an indicator's consensus.
    const AssessmentData data = wb().loadAssessment(session->assessmentId()).value();
    for (const Consensus &c : data.consensus)
        EXPECT_NE(c.indicator, first);
    undo();
    EXPECT_FALSE(stored(first));
    EXPECT_TRUE(session->evidence(first).isEmpty());
}

TEST_F(BaselineTest, AFinalAssessmentsStandardsCannotBeChanged)
{
    ASSERT_TRUE(session->selectPeriod(QStringLiteral("2024/25")).ok());
    ASSERT_FALSE(session->canEdit());
    StandardsTable *table = showStandards(0);
    ASSERT_NE(table, nullptr);
    const QString first = session->framework().domains[0].standards[0].fullId;
    const auto before = stored(first);
    const auto entries = wb().auditLog().size();
    auto *combo = qobject_cast<QComboBox *>(
        table->indexWidget(table->model()->index(0, StandardsModel::ResultColumn)));
    ASSERT_NE(combo, nullptr);
    EXPECT_FALSE(combo->isEnabled());
    EXPECT_FALSE(table->model()
                     ->flags(table->model()->index(0, StandardsModel::NoteColumn))
                     .testFlag(Qt::ItemIsEditable));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, StandardsModel::TextColumn));
    QTest::keyClick(table, Qt::Key_M);
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("final")))
        << window->bannerText().toStdString();
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(stored(first).has_value(), before.has_value());
    EXPECT_EQ(wb().auditLog().size(), entries);
    for (const char *name : { "addStandardEvidence", "addStandardAction" })
        EXPECT_FALSE(window->findChild<QWidget *>(QLatin1String(name))->isEnabled()) << name;
}

TEST_F(BaselineTest, MeetingModeTakesADomainsStandardsBeforeItsIndicators)
{
    const Framework &fw = session->framework();
    const Domain &governance = fw.domains[0];
    const Domain &education = fw.domains[1];
    page->selectIndicator(governance.indicators.constLast().fullId);
    QTest::keyClick(window.get(), Qt::Key_F11);
    ASSERT_TRUE(window->isMeetingMode());
    QWidget *meeting = window->meetingView();
    auto *position = window->findChild<QLabel *>(QStringLiteral("meetingPosition"));
    auto *text = window->findChild<QLabel *>(QStringLiteral("meetingIndicatorText"));
    ASSERT_NE(position, nullptr);
    ASSERT_NE(text, nullptr);

    // From governance's last indicator, forward: education's standards, one at a time.
    QTest::keyClick(meeting, Qt::Key_Right);
    ASSERT_EQ(page->currentStop(), Stop::Standards);
    EXPECT_EQ(page->currentStandard(), education.standards[0].fullId);
    EXPECT_EQ(text->text(), education.standards[0].text);
    EXPECT_TRUE(position->text().contains(
        QStringLiteral("baseline standard 1 of %1").arg(education.standards.size())))
        << position->text().toStdString();
    auto *notMet = window->findChild<QWidget *>(QStringLiteral("meetingResult-N"));
    ASSERT_NE(notMet, nullptr);
    EXPECT_TRUE(notMet->isVisible());
    EXPECT_FALSE(window->findChild<QWidget *>(QStringLiteral("meetingLevel-1"))->isVisible());

    // N: not met, on the file; the level keys do nothing here.
    QTest::keyClick(meeting, Qt::Key_N);
    ASSERT_TRUE(stored(education.standards[0].fullId));
    EXPECT_EQ(stored(education.standards[0].fullId)->result, StandardResult::NotMet);
    const RatingValue agreed = session->consensus(governance.indicators.constLast().fullId).value;
    QTest::keyClick(meeting, Qt::Key_3);
    EXPECT_EQ(session->consensus(governance.indicators.constLast().fullId).value, agreed);
    QTest::keyClick(meeting, Qt::Key_Space);
    EXPECT_EQ(page->currentStandard(), education.standards[1].fullId);
    QTest::keyClick(meeting, Qt::Key_M);
    EXPECT_EQ(stored(education.standards[1].fullId)->result, StandardResult::Met);

    // Back past the first standard: governance's last indicator again; and
    // forward through every standard, then the measures, then the first indicator.
    QTest::keyClick(meeting, Qt::Key_Left);
    QTest::keyClick(meeting, Qt::Key_Left);
    EXPECT_EQ(page->currentStop(), Stop::Indicator);
    EXPECT_EQ(page->currentIndicator(), governance.indicators.constLast().fullId);
    for (int i = 0; i < education.standards.size(); ++i) {
        QTest::keyClick(meeting, Qt::Key_PageDown);
        ASSERT_EQ(page->currentStandard(), education.standards[i].fullId) << i;
    }
    QTest::keyClick(meeting, Qt::Key_PageDown);
    EXPECT_EQ(page->currentStop(), Stop::Measures);
    EXPECT_EQ(page->currentDomain(), 1);
    QTest::keyClick(meeting, Qt::Key_PageDown);
    EXPECT_EQ(page->currentStop(), Stop::Indicator);
    EXPECT_EQ(page->currentIndicator(), education.indicators[0].fullId);
    EXPECT_TRUE(window->findChild<QWidget *>(QStringLiteral("meetingLevel-1"))->isVisible());
    // Backwards, a domain's standards come from their last.
    QTest::keyClick(meeting, Qt::Key_PageUp);
    QTest::keyClick(meeting, Qt::Key_PageUp);
    EXPECT_EQ(page->currentStandard(), education.standards.constLast().fullId);

    // Undo is the same key as ever.
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(education.standards[1].fullId)) << "not judged again: no row";
    QTest::keyClick(meeting, Qt::Key_Escape);
    EXPECT_FALSE(window->isMeetingMode());
}
