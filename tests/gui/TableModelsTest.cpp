// The rating view's tables as item models: an edit announces the rows it
// touched and no more, so views keep their place and nothing is rebuilt.
#include "FakeDialogs.h"
#include "app/AssessmentPage.h"
#include "app/MainWindow.h"
#include "app/WorkbookSession.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

const QString kIndicator = QStringLiteral("governance.shared-accountability");
const QString kOther = QStringLiteral("governance.strategic-direction");

// Every signal a model sends that a view acts on, with the rows of each.
struct ModelSignals {
    explicit ModelSignals(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    // The rows dataChanged() covered, first to last of each signal.
    QList<QPair<int, int>> changedRows() const
    {
        QList<QPair<int, int>> rows;
        for (const QList<QVariant> &args : changed)
            rows.append({ args[0].toModelIndex().row(), args[1].toModelIndex().row() });
        return rows;
    }
    QSignalSpy reset, changed, inserted, removed, layout;
};

class TableModelsTest : public testing::Test
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
        ASSERT_TRUE(session->canEdit());
        window->assessmentPage()->selectIndicator(kIndicator);
        ratings = window->findChild<QTableView *>(QStringLiteral("ratingsTable"));
        evidence = window->findChild<QTableView *>(QStringLiteral("evidenceList"));
        ASSERT_NE(ratings, nullptr);
        ASSERT_NE(evidence, nullptr);
        ASSERT_GE(ratings->model()->rowCount(), 3);
    }

    // Types `text` into the cell at `index` of `view` as a user does: F2, the
    // text over what was there, Return.
    static void typeInto(QTableView *view, const QModelIndex &index, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        ASSERT_NE(editor, nullptr);
        ASSERT_NE(editor, view); // an editor opened
        QTest::keySequence(editor, QKeySequence::SelectAll);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits on its next turn
    }

    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
    WorkbookSession *session = nullptr;
    QTableView *ratings = nullptr;
    QTableView *evidence = nullptr;
};

} // namespace

TEST_F(TableModelsTest, TypingATrusteesNoteUpdatesThatRowAlone)
{
    QAbstractItemModel *model = ratings->model();
    const qint64 second = session->raters().at(1);
    // The combo boxes of the other rows are the same widgets after the edit.
    QWidget *firstCombo = ratings->indexWidget(model->index(0, 1));
    QWidget *thirdCombo = ratings->indexWidget(model->index(2, 1));
    ASSERT_NE(firstCombo, nullptr);
    ASSERT_NE(thirdCombo, nullptr);

    ModelSignals spy(model);
    typeInto(ratings, model->index(1, 2), QStringLiteral("Seen in the minutes"));

    EXPECT_EQ(session->rating(second, kIndicator).note, QStringLiteral("Seen in the minutes"));
    EXPECT_EQ(model->index(1, 2).data().toString(), QStringLiteral("Seen in the minutes"));
    EXPECT_EQ(spy.reset.count(), 0);
    EXPECT_EQ(spy.layout.count(), 0);
    EXPECT_EQ(spy.inserted.count() + spy.removed.count(), 0);
    ASSERT_GE(spy.changed.count(), 1);
    for (const auto &[first, last] : spy.changedRows()) {
        EXPECT_EQ(first, 1);
        EXPECT_EQ(last, 1);
    }
    EXPECT_EQ(ratings->indexWidget(model->index(0, 1)), firstCombo);
    EXPECT_EQ(ratings->indexWidget(model->index(2, 1)), thirdCombo);
    // The keyboard stays on the cell just edited.
    EXPECT_EQ(QApplication::focusWidget(), ratings);
    EXPECT_EQ(ratings->currentIndex(), model->index(1, 2));

    // Undo is an edit of that row too, and the view shows it.
    spy.changed.clear();
    window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    EXPECT_NE(session->rating(second, kIndicator).note, QStringLiteral("Seen in the minutes"));
    EXPECT_EQ(model->index(1, 2).data().toString(), session->rating(second, kIndicator).note);
    EXPECT_EQ(spy.reset.count(), 0);
    for (const auto &[first, last] : spy.changedRows()) {
        EXPECT_EQ(first, 1);
        EXPECT_EQ(last, 1);
    }
}

TEST_F(TableModelsTest, ARatingChosenByKeyIsThatRowsChangeAndTheComboFollowsUndo)
{
    QAbstractItemModel *model = ratings->model();
    auto *combo = qobject_cast<QComboBox *>(ratings->indexWidget(model->index(2, 1)));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->objectName(), QStringLiteral("rating-2"));
    EXPECT_TRUE(combo->isEnabled());
    const qint64 third = session->raters().at(2);
    const RatingValue before = session->rating(third, kIndicator).value;
    const int at = combo->currentIndex();

    ModelSignals spy(model);
    combo->setFocus();
    QTest::keyClick(combo, at == 0 ? Qt::Key_Down : Qt::Key_Up);
    EXPECT_FALSE(session->rating(third, kIndicator).value == before);
    EXPECT_EQ(spy.reset.count(), 0);
    ASSERT_GE(spy.changed.count(), 1);
    for (const auto &[first, last] : spy.changedRows()) {
        EXPECT_EQ(first, 2);
        EXPECT_EQ(last, 2);
    }
    window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    EXPECT_TRUE(session->rating(third, kIndicator).value == before);
    EXPECT_EQ(combo->currentIndex(), at);
    EXPECT_EQ(ratings->indexWidget(model->index(2, 1)), combo);
    EXPECT_EQ(spy.reset.count(), 0);
}

TEST_F(TableModelsTest, AnEditOfAnotherIndicatorLeavesTheTablesAlone)
{
    ModelSignals ratingSpy(ratings->model());
    ModelSignals evidenceSpy(evidence->model());
    session->setRating(
        session->raters().at(0), kOther, RatingValue::of(2), QStringLiteral("Elsewhere"));
    session->addEvidence(
        kOther, Evidence { 0, QStringLiteral("Elsewhere"), QString(), QDate(2026, 1, 5) });
    for (const ModelSignals *spy : { &ratingSpy, &evidenceSpy }) {
        EXPECT_EQ(spy->reset.count(), 0);
        EXPECT_EQ(spy->changed.count(), 0);
        EXPECT_EQ(spy->inserted.count(), 0);
        EXPECT_EQ(spy->removed.count(), 0);
    }
}

TEST_F(TableModelsTest, AddingEvidenceInsertsOneRowAndRemovingItTakesOneAway)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("evidenceActionsTabs"));
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(0);
    QAbstractItemModel *model = evidence->model();
    const int rows = model->rowCount();
    ASSERT_EQ(rows, session->consensus(kIndicator).evidence.size());

    ModelSignals spy(model);
    QTest::mouseClick(
        window->findChild<QPushButton *>(QStringLiteral("addEvidence")), Qt::LeftButton);
    ASSERT_EQ(session->consensus(kIndicator).evidence.size(), rows + 1);
    EXPECT_EQ(model->rowCount(), rows + 1);
    EXPECT_EQ(spy.reset.count(), 0);
    EXPECT_EQ(spy.removed.count(), 0);
    ASSERT_EQ(spy.inserted.count(), 1);
    EXPECT_EQ(spy.inserted[0][1].toInt(), rows); // first
    EXPECT_EQ(spy.inserted[0][2].toInt(), rows); // last
    EXPECT_TRUE(tabs->tabText(0).contains(QStringLiteral("(%1)").arg(rows + 1)))
        << tabs->tabText(0).toStdString();

    // The new row's title is open for typing; what is typed changes that row.
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(editor, evidence);
    QTest::keySequence(editor, QKeySequence::SelectAll);
    QTest::keyClicks(editor, QStringLiteral("Skills audit"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(
        session->consensus(kIndicator).evidence.at(rows).title, QStringLiteral("Skills audit"));
    EXPECT_EQ(spy.reset.count(), 0);
    ASSERT_GE(spy.changed.count(), 1);
    for (const auto &[first, last] : spy.changedRows()) {
        EXPECT_EQ(first, rows);
        EXPECT_EQ(last, rows);
    }

    // Remove takes that row away, undo puts it back in its place.
    evidence->setCurrentIndex(model->index(rows, 0));
    QTest::mouseClick(
        window->findChild<QPushButton *>(QStringLiteral("removeEvidence")), Qt::LeftButton);
    EXPECT_EQ(model->rowCount(), rows);
    ASSERT_EQ(spy.removed.count(), 1);
    EXPECT_EQ(spy.removed[0][1].toInt(), rows);
    EXPECT_EQ(spy.removed[0][2].toInt(), rows);
    window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(model->rowCount(), rows + 1);
    EXPECT_EQ(spy.inserted.count(), 2);
    EXPECT_EQ(model->index(rows, 0).data().toString(), QStringLiteral("Skills audit"));
    EXPECT_EQ(spy.reset.count(), 0);
    EXPECT_EQ(spy.layout.count(), 0);
}

TEST_F(TableModelsTest, AnotherIndicatorIsAReset)
{
    ModelSignals spy(ratings->model());
    window->assessmentPage()->selectIndicator(kOther);
    EXPECT_EQ(spy.reset.count(), 1);
    // The combo boxes are there again for the new indicator's ratings.
    EXPECT_NE(ratings->indexWidget(ratings->model()->index(0, 1)), nullptr);
}

TEST_F(TableModelsTest, AFinalAssessmentsTablesCannotBeEdited)
{
    ASSERT_TRUE(session->selectPeriod(QStringLiteral("2024/25")).ok());
    ASSERT_FALSE(session->canEdit());
    window->assessmentPage()->selectIndicator(kIndicator);
    QAbstractItemModel *model = ratings->model();
    ASSERT_GT(model->rowCount(), 0);
    auto *combo = qobject_cast<QComboBox *>(ratings->indexWidget(model->index(0, 1)));
    ASSERT_NE(combo, nullptr);
    EXPECT_FALSE(combo->isEnabled());
    EXPECT_FALSE(model->flags(model->index(0, 2)).testFlag(Qt::ItemIsEditable));
    const QString note = session->rating(session->raters().at(0), kIndicator).note;
    ratings->setFocus();
    ratings->setCurrentIndex(model->index(0, 2));
    QTest::keyClick(ratings, Qt::Key_F2);
    EXPECT_EQ(QApplication::focusWidget(), ratings); // no editor
    EXPECT_FALSE(model->setData(model->index(0, 2), QStringLiteral("Changed")));
    EXPECT_EQ(session->rating(session->raters().at(0), kIndicator).note, note);
    for (const char *name : { "addEvidence", "removeEvidence", "addAction", "removeAction" })
        EXPECT_FALSE(window->findChild<QPushButton *>(QLatin1String(name))->isEnabled()) << name;
    EXPECT_FALSE(
        evidence->model()->flags(evidence->model()->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_F(TableModelsTest, HidingNamesRenamesTheRowsAndTheirCombosWithoutAReset)
{
    QAbstractItemModel *model = ratings->model();
    QWidget *combo = ratings->indexWidget(model->index(0, 1));
    ASSERT_NE(combo, nullptr);
    ModelSignals spy(model);
    window->findChild<QAction *>(QStringLiteral("actionHideNames"))->trigger();
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Trustee 1"));
    EXPECT_EQ(ratings->indexWidget(model->index(0, 1)), combo);
    EXPECT_EQ(combo->accessibleName(), QStringLiteral("Rating of Trustee 1"));
    EXPECT_EQ(spy.reset.count(), 0);
    EXPECT_GE(spy.changed.count(), 1);
    window->findChild<QAction *>(QStringLiteral("actionHideNames"))->trigger();
    EXPECT_NE(model->index(0, 0).data().toString(), QStringLiteral("Trustee 1"));
    EXPECT_FALSE(combo->accessibleName().contains(QStringLiteral("Trustee 1")));
}
