// The checks before sign-off in the window: Trust ▸ Checks Before Sign-Off
// lists what the core finds, Go To selects it in the rating view, the list
// follows the clerk's edits (and their undo), and the finalise dialog says
// what the checks found and opens them.
#include "FakeDialogs.h"
#include "app/AssessmentPage.h"
#include "app/FinaliseDialog.h"
#include "app/MainWindow.h"
#include "app/SignOffChecksDialog.h"
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

const QString kOverdue = QStringLiteral("Review the scheme of delegation");

class SignOffChecksGuiTest : public testing::Test
{
protected:
    void SetUp() override
    {
        const Framework &fw = FrameworkLoader::builtIn();
        first = fw.domains[0].indicators[0].fullId;
        second = fw.domains[1].indicators[0].fullId;
        const QString path = dir.filePath(QStringLiteral("checks.strongtrust"));
        {
            auto created = Workbook::create(path, QStringLiteral("Oakfield Learning Trust"), fw);
            ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
            Workbook &wb = *created.value();
            jane = wb.addTrustee(QStringLiteral("Jane Smith"), QStringLiteral("Chair")).value();
            const qint64 id
                = wb.createAssessment(QStringLiteral("2025/26"), {}, wb.defaultFrameworkKey())
                      .value();
            for (const Domain &d : fw.domains)
                for (const Indicator &i : d.indicators)
                    ASSERT_TRUE(wb.setRating(id, jane, i.fullId, RatingValue::of(3)).ok());
            tom = wb.addTrustee(QStringLiteral("Tom Chen")).value(); // rates nothing
            ASSERT_TRUE(wb.setConsensus(id, first, RatingValue::of(3), QStringLiteral("Agreed."),
                              Confidence::Strong)
                            .ok());
            Action a;
            a.text = kOverdue;
            a.indicator = second;
            a.due = QDate(2020, 1, 31);
            action = wb.addAction(id, a).value().id;
        }
        dialogs.auditName = QStringLiteral("Clerk");
        window = std::make_unique<MainWindow>(&dialogs);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openWorkbook(path));
    }

    SignOffChecksDialog *openChecks()
    {
        window->findChild<QAction *>(QStringLiteral("actionSignOffChecks"))->trigger();
        SignOffChecksDialog *checks = window->signOffChecks();
        EXPECT_TRUE(checks && checks->isVisible());
        return checks;
    }

    // The groups' titles, as the list shows them.
    static QStringList groups(const SignOffChecksDialog *checks)
    {
        QStringList titles;
        for (int i = 0; i < checks->list()->topLevelItemCount(); ++i)
            titles.append(checks->list()->topLevelItem(i)->text(0));
        return titles;
    }

    // The line of a finding: first column `subject`.
    static QTreeWidgetItem *line(const SignOffChecksDialog *checks, const QString &subject)
    {
        for (int i = 0; i < checks->list()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = checks->list()->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                if (group->child(j)->text(0) == subject)
                    return group->child(j);
            }
        }
        return nullptr;
    }

    QString indicatorText(const QString &fullId) const
    {
        return FrameworkLoader::builtIn().findIndicator(fullId)->text.simplified();
    }

    QTemporaryDir dir;
    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
    QString first, second;
    qint64 jane = 0, tom = 0, action = 0;
};

} // namespace

TEST_F(SignOffChecksGuiTest, ListsWhatTheChecksFind)
{
    SignOffChecksDialog *checks = openChecks();
    ASSERT_TRUE(checks);
    EXPECT_EQ(groups(checks),
        (QStringList { QStringLiteral("Agreed ratings citing no evidence (1)"),
            QStringLiteral("Overdue actions (1)"),
            QStringLiteral("Trustees who have not rated every indicator (1)") }));
    EXPECT_TRUE(checks->summary()->text().startsWith(
        QStringLiteral("3 points to look at before signing off")))
        << checks->summary()->text().toStdString();
    QTreeWidgetItem *rating = line(checks, indicatorText(first));
    ASSERT_TRUE(rating);
    EXPECT_EQ(rating->text(1),
        QStringLiteral("Agreed Established (3) with strong confidence, but no evidence is cited."));
    EXPECT_TRUE(line(checks, kOverdue));
    EXPECT_TRUE(line(checks, QStringLiteral("Tom Chen")));
    EXPECT_FALSE(line(checks, QStringLiteral("Jane Smith")));
    // With STRONGTRUST_SCREENSHOTS=DIR, saves the dialog there (to look at).
    if (const QString shots = qEnvironmentVariable("STRONGTRUST_SCREENSHOTS"); !shots.isEmpty()) {
        EXPECT_TRUE(checks->grab().save(shots + QStringLiteral("/sign-off-checks.png")));
    }
}

TEST_F(SignOffChecksGuiTest, GoToSelectsTheIndicatorTheActionAndTheTrustee)
{
    SignOffChecksDialog *checks = openChecks();
    ASSERT_TRUE(checks);
    AssessmentPage *page = window->assessmentPage();
    window->assessmentPage()->selectIndicator(
        FrameworkLoader::builtIn().domains.last().indicators.last().fullId);

    // A group's line goes nowhere.
    checks->list()->setCurrentItem(checks->list()->topLevelItem(0));
    EXPECT_FALSE(checks->goToButton()->isEnabled());

    checks->list()->setCurrentItem(line(checks, indicatorText(first)));
    ASSERT_TRUE(checks->goToButton()->isEnabled());
    QTest::mouseClick(checks->goToButton(), Qt::LeftButton);
    EXPECT_EQ(page->currentIndicator(), first);

    // The overdue action: its indicator, the Actions tab, its row selected.
    checks->list()->setCurrentItem(line(checks, kOverdue));
    QTest::keyClick(checks->list(), Qt::Key_Return);
    EXPECT_EQ(page->currentIndicator(), second);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("evidenceActionsTabs"));
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->currentIndex(), 1);
    auto *actions = qobject_cast<QTableView *>(tabs->currentWidget()->findChild<QTableView *>());
    ASSERT_TRUE(actions);
    ASSERT_TRUE(actions->currentIndex().isValid());
    EXPECT_EQ(actions->currentIndex().data().toString(), kOverdue);

    // Tom: the first indicator he has not rated, his row current.
    checks->list()->setCurrentItem(line(checks, QStringLiteral("Tom Chen")));
    QTest::mouseClick(checks->goToButton(), Qt::LeftButton);
    EXPECT_EQ(page->currentIndicator(), first);
}

TEST_F(SignOffChecksGuiTest, FollowsTheClerksEditsAndTheirUndo)
{
    SignOffChecksDialog *checks = openChecks();
    ASSERT_TRUE(checks);
    WorkbookSession *s = window->session();
    checks->list()->setCurrentItem(line(checks, kOverdue));

    s->addEvidence(
        first, Evidence { 0, QStringLiteral("Board minutes"), {}, QDate(2025, 12, 1), false });
    EXPECT_FALSE(groups(checks).contains(QStringLiteral("Agreed ratings citing no evidence (1)")));
    ASSERT_TRUE(checks->list()->currentItem()); // still on the overdue action
    EXPECT_EQ(checks->list()->currentItem()->text(0), kOverdue);

    Action done = s->data().actions.first();
    const Action before = done;
    done.status = ActionStatus::Done;
    s->updateAction(before, done);
    EXPECT_FALSE(groups(checks).contains(QStringLiteral("Overdue actions (1)")));
    EXPECT_EQ(groups(checks),
        QStringList { QStringLiteral("Trustees who have not rated every indicator (1)") });

    s->undoStack()->undo(); // the action is open again
    s->undoStack()->undo(); // and the evidence gone
    EXPECT_EQ(groups(checks).size(), 3);
}

TEST_F(SignOffChecksGuiTest, TheFinaliseDialogSaysWhatTheyFoundAndOpensThem)
{
    {
        FinaliseDialog dialog(window->session(), window.get());
        ASSERT_TRUE(dialog.checksSummary());
        EXPECT_TRUE(dialog.checksSummary()->text().contains(
            QStringLiteral("3 points to look at before signing off")))
            << dialog.checksSummary()->text().toStdString();
        EXPECT_TRUE(dialog.checksSummary()->text().contains(QStringLiteral("Overdue actions (1)")));
        EXPECT_TRUE(dialog.reviewChecks()->isEnabled());
    }
    // Through the menu: Review the Checks closes the dialog unsigned and opens the list.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<FinaliseDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        QTest::mouseClick(dialog->reviewChecks(), Qt::LeftButton);
    });
    window->findChild<QAction *>(QStringLiteral("actionFinalise"))->trigger();
    EXPECT_FALSE(window->session()->assessment().isFinal());
    ASSERT_TRUE(window->signOffChecks());
    EXPECT_TRUE(window->signOffChecks()->isVisible());
}

TEST_F(SignOffChecksGuiTest, NothingFoundLeavesNothingToReview)
{
    WorkbookSession *s = window->session();
    s->addEvidence(
        first, Evidence { 0, QStringLiteral("Board minutes"), {}, QDate(2025, 12, 1), false });
    Action done = s->data().actions.first();
    const Action before = done;
    done.status = ActionStatus::Done;
    s->updateAction(before, done);
    for (const Domain &d : FrameworkLoader::builtIn().domains)
        for (const Indicator &i : d.indicators)
            s->setRatingValue(tom, i.fullId, RatingValue::of(3));

    SignOffChecksDialog *checks = openChecks();
    ASSERT_TRUE(checks);
    EXPECT_EQ(checks->list()->topLevelItemCount(), 0);
    EXPECT_EQ(checks->summary()->text(),
        QStringLiteral("The checks before sign-off found nothing to look at."));
    FinaliseDialog dialog(s, window.get());
    EXPECT_FALSE(dialog.reviewChecks()->isEnabled());
}
