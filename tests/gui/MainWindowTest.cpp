// The real main window on the offscreen platform, driven by keyboard and
// mouse as a clerk would in a board meeting.
#include "app/MainWindow.h"

#include "FakeDialogs.h"
#include "app/AssessmentPage.h"
#include "app/FrameworkNavigator.h"
#include "app/IndicatorView.h"
#include "app/MeetingView.h"
#include "app/RadarWidget.h"
#include "app/ReportPreview.h"
#include "app/TrustDialog.h"
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

#include <cmath>
#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

class MainWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(&dialogs);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }

    QString newWorkbookThroughTheMenu()
    {
        const QString path = dir.filePath(QStringLiteral("oakfield.strongtrust"));
        dialogs.newWorkbook
            = NewWorkbookRequest { path, QStringLiteral("Oakfield Learning Trust"), {} };
        action("actionNew")->trigger();
        return path;
    }

    void addTrustees(const QStringList &names)
    {
        TrustDialog trust(window->session(), window.get());
        trust.show();
        for (const QString &name : names) {
            trust.newName()->setFocus();
            QTest::keyClicks(trust.newName(), name);
            QTest::keyClick(trust.newName(), Qt::Key_Return);
        }
    }

    void startPeriod(const QString &period)
    {
        dialogs.newPeriod
            = NewPeriodRequest { period, QStringLiteral("Annual board self-assessment") };
        action("actionNewPeriod")->trigger();
    }

    QTemporaryDir dir;
    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
};

const QString kFirst = QStringLiteral("governance.shared-accountability");
const QString kSecond = QStringLiteral("governance.strategic-direction");

} // namespace

TEST_F(MainWindowTest, FirstStartOffersToCreateOrOpenTheSample)
{
    EXPECT_EQ(window->session(), nullptr);
    EXPECT_NE(window->findChild<QWidget *>(QStringLiteral("welcomeSample")), nullptr);
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->assessments().size(), 2);
    EXPECT_TRUE(s->hasAssessment());
    EXPECT_EQ(s->assessment().period, QStringLiteral("2025/26")); // the latest
    EXPECT_FALSE(s->data().ratings.isEmpty());
    EXPECT_FALSE(s->data().actions.isEmpty());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Oakfield Learning Trust")));
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
}

TEST_F(MainWindowTest, KeyboardSelectsAnIndicatorAndShowsItsGuidance)
{
    ASSERT_TRUE(window->openSample());
    auto *navigator = window->findChild<FrameworkNavigator *>(QStringLiteral("frameworkNavigator"));
    auto *detail = window->findChild<IndicatorView *>(QStringLiteral("indicatorDetail"));
    ASSERT_NE(navigator, nullptr);
    ASSERT_NE(detail, nullptr);
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Home);
    const Framework &fw = window->session()->framework();
    // Past the domain's baseline standards and measures, listed before its indicators.
    const int rowsBefore
        = (fw.domains[0].standards.isEmpty() ? 0 : 1) + (fw.domains[0].measures.isEmpty() ? 0 : 1);
    for (int k = 0; k < rowsBefore + 2; ++k)
        QTest::keyClick(navigator, Qt::Key_Down);
    const Indicator &second = fw.domains[0].indicators[1];
    const QString shown = detail->toPlainText();
    EXPECT_TRUE(shown.contains(second.text)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(second.guidance.split(u'\n').constFirst()));
    EXPECT_TRUE(shown.contains(second.prompts.constFirst()));
    for (const Level &l : fw.scale.levels)
        EXPECT_TRUE(shown.contains(l.label));
    EXPECT_EQ(window->assessmentPage()->currentIndicator(), second.fullId);
}

TEST_F(MainWindowTest, ABoardMeetingFromNewWorkbookToReopening)
{
    const QString path = newWorkbookThroughTheMenu();
    ASSERT_NE(window->session(), nullptr) << dialogs.errors.join(u'\n').toStdString();
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("oakfield.strongtrust")));

    addTrustees({ QStringLiteral("Jane Smith"), QStringLiteral("Sam Patel"),
        QStringLiteral("Priya Raman") });
    ASSERT_EQ(window->session()->trustees().size(), 3);
    startPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(window->session()->hasAssessment()) << dialogs.errors.join(u'\n').toStdString();
    auto *periods = window->findChild<QComboBox *>(QStringLiteral("periodCombo"));
    EXPECT_EQ(periods->currentText(), QStringLiteral("2025/26"));

    // Meeting mode, by its key.
    QTest::keyClick(window.get(), Qt::Key_F11);
    ASSERT_TRUE(window->isMeetingMode());
    MeetingView *meeting = window->meetingView();
    meeting->setFocus();
    window->assessmentPage()->selectIndicator(kFirst);

    QTest::keyClick(meeting, Qt::Key_3); // the board agrees level 3 on the first indicator
    QTest::keyClick(meeting, Qt::Key_V); // the clerk enters the votes
    QLineEdit *vote = meeting->voteEntry();
    ASSERT_TRUE(vote->hasFocus());
    for (const char *v : { "1 3", "2 4", "3 1" }) {
        QTest::keyClicks(vote, QLatin1String(v));
        QTest::keyClick(vote, Qt::Key_Return);
    }
    QTest::keyClick(vote, Qt::Key_Escape); // back to the view's keys
    QTest::keyClick(meeting, Qt::Key_Right);
    EXPECT_EQ(window->assessmentPage()->currentIndicator(), kSecond);
    QTest::keyClick(meeting, Qt::Key_2);
    QTest::keyClick(meeting, Qt::Key_PageDown);
    QTest::keyClick(meeting, Qt::Key_0); // not applicable on the third

    WorkbookSession *s = window->session();
    const Framework &fw = s->framework();
    const QString third = fw.domains[0].indicators[2].fullId;
    EXPECT_EQ(s->consensus(kFirst).value, RatingValue::of(3));
    EXPECT_EQ(s->consensus(kSecond).value, RatingValue::of(2));
    EXPECT_TRUE(s->consensus(third).value.isNotApplicable());
    const QList<Trustee> trustees = s->trustees();
    EXPECT_EQ(s->rating(trustees[0].id, kFirst).value, RatingValue::of(3));
    EXPECT_EQ(s->rating(trustees[1].id, kFirst).value, RatingValue::of(4));
    EXPECT_EQ(s->rating(trustees[2].id, kFirst).value, RatingValue::of(1));
    EXPECT_TRUE(s->scores().find(kFirst)->disagreement); // 1 and 4 are three levels apart

    // The radar follows: governance's score is the mean of 3 and 2 (the third is N/A),
    // in meeting mode and in the rating view once back there.
    auto *meetingRadar = meeting->findChild<RadarWidget *>();
    ASSERT_NE(meetingRadar, nullptr);
    ASSERT_FALSE(meetingRadar->chartData().series.isEmpty());
    ASSERT_TRUE(meetingRadar->chartData().series[0].values[0].has_value());
    EXPECT_DOUBLE_EQ(*meetingRadar->chartData().series[0].values[0], 2.5);
    QTest::keyClick(meeting, Qt::Key_Escape);
    ASSERT_FALSE(window->isMeetingMode());
    const RadarChartData &chart = window->assessmentPage()->radar()->chartData();
    ASSERT_FALSE(chart.series.isEmpty());
    ASSERT_TRUE(chart.series[0].values[0].has_value());
    EXPECT_DOUBLE_EQ(*chart.series[0].values[0], 2.5);

    // Undo and redo by keyboard.
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(s->consensus(third).value.isUnrated());
    EXPECT_DOUBLE_EQ(*window->assessmentPage()->radar()->chartData().series[0].values[0], 2.5);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(s->consensus(third).value.isNotApplicable());

    // A note, a rationale and an action, through the session's commands.
    s->setRating(
        trustees[0].id, kFirst, RatingValue::of(3), QStringLiteral("Minutes show challenge"));
    s->setConsensus(kFirst, RatingValue::of(3), QStringLiteral("Agreed after the spring review"),
        Confidence::Moderate);
    Action action;
    action.domain = QStringLiteral("governance");
    action.indicator = kFirst;
    action.text = QStringLiteral("Refresh the skills audit");
    action.owner = QStringLiteral("Chair");
    action.due = QDate(2026, 7, 1);
    s->addAction(action);
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();

    // Close, reopen: everything is as it was.
    window->closeWorkbook();
    EXPECT_EQ(window->session(), nullptr);
    ASSERT_TRUE(window->openWorkbook(path));
    s = window->session();
    ASSERT_TRUE(s->hasAssessment());
    EXPECT_EQ(s->assessment().period, QStringLiteral("2025/26"));
    EXPECT_EQ(s->consensus(kFirst).value, RatingValue::of(3));
    EXPECT_EQ(s->consensus(kFirst).rationale, QStringLiteral("Agreed after the spring review"));
    EXPECT_EQ(s->consensus(kFirst).confidence, Confidence::Moderate);
    EXPECT_EQ(s->consensus(kSecond).value, RatingValue::of(2));
    EXPECT_TRUE(s->consensus(third).value.isNotApplicable());
    EXPECT_EQ(s->rating(trustees[0].id, kFirst).note, QStringLiteral("Minutes show challenge"));
    EXPECT_EQ(s->rating(trustees[1].id, kFirst).value, RatingValue::of(4));
    ASSERT_EQ(s->data().actions.size(), 1);
    EXPECT_EQ(s->data().actions[0].owner, QStringLiteral("Chair"));
    EXPECT_EQ(s->data().actions[0].due, QDate(2026, 7, 1));
}

TEST_F(MainWindowTest, ConsensusButtonsAndRatingCombosByMouse)
{
    newWorkbookThroughTheMenu();
    addTrustees({ QStringLiteral("Jane Smith") });
    startPeriod(QStringLiteral("2025/26"));
    window->assessmentPage()->selectIndicator(kFirst);
    auto *button = window->findChild<QWidget *>(QStringLiteral("consensusButton-3"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(window->session()->consensus(kFirst).value, RatingValue::of(4));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("rating-0"));
    ASSERT_NE(combo, nullptr);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // "1 Emerging"
    EXPECT_EQ(window->session()->rating(window->session()->trustees()[0].id, kFirst).value,
        RatingValue::of(1));
}

TEST_F(MainWindowTest, EvidenceAndActionsAreEditedInTheirTables)
{
    newWorkbookThroughTheMenu();
    addTrustees({ QStringLiteral("Jane Smith") });
    startPeriod(QStringLiteral("2025/26"));
    // The trust dialog has come and gone: the main window is the active one again.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->assessmentPage()->selectIndicator(kFirst);
    WorkbookSession *s = window->session();
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("evidenceActionsTabs"));
    ASSERT_NE(tabs, nullptr);

    // Evidence: Add opens the new row's title for typing.
    auto *evidence = window->findChild<QTableView *>(QStringLiteral("evidenceList"));
    ASSERT_NE(evidence, nullptr);
    QAbstractItemModel *evidenceModel = evidence->model();
    auto cell
        = [](QAbstractItemModel *model, int row, int column) { return model->index(row, column); };
    tabs->setCurrentIndex(0);
    QTest::mouseClick(
        window->findChild<QPushButton *>(QStringLiteral("addEvidence")), Qt::LeftButton);
    ASSERT_EQ(s->consensus(kFirst).evidence.size(), 1);
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    QTest::keySequence(editor, QKeySequence::SelectAll);
    QTest::keyClicks(editor, QStringLiteral("Governance review 2025"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on its next turn
    EXPECT_EQ(s->consensus(kFirst).evidence.at(0).title, QStringLiteral("Governance review 2025"));
    // The keyboard stays in the table, on the cell just edited.
    EXPECT_EQ(QApplication::focusWidget(), evidence);
    EXPECT_EQ(evidence->currentIndex().row(), 0);
    EXPECT_TRUE(tabs->tabText(0).contains(QStringLiteral("(1)")));

    // A date that is not one is refused, named, and nothing changes.
    const QDate dated = s->consensus(kFirst).evidence.at(0).date;
    evidenceModel->setData(cell(evidenceModel, 0, 2), QStringLiteral("12/03/2026"));
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("\"12/03/2026\" is not a date")))
        << window->bannerText().toStdString();
    EXPECT_EQ(s->consensus(kFirst).evidence.at(0).date, dated);
    EXPECT_EQ(cell(evidenceModel, 0, 2).data().toString(), dated.toString(Qt::ISODate));
    evidenceModel->setData(cell(evidenceModel, 0, 2), QStringLiteral("2024-03-12"));
    EXPECT_EQ(s->consensus(kFirst).evidence.at(0).date, QDate(2024, 3, 12));
    EXPECT_TRUE(cell(evidenceModel, 0, 3).data().toString().contains(QStringLiteral("stale")));

    // Remove takes the current row; undo brings it back.
    evidence->setCurrentIndex(cell(evidenceModel, 0, 0));
    QTest::mouseClick(
        window->findChild<QPushButton *>(QStringLiteral("removeEvidence")), Qt::LeftButton);
    EXPECT_TRUE(s->consensus(kFirst).evidence.isEmpty());
    EXPECT_EQ(evidenceModel->rowCount(), 0);
    action("actionUndo")->trigger();
    ASSERT_EQ(s->consensus(kFirst).evidence.size(), 1);
    EXPECT_EQ(
        cell(evidenceModel, 0, 0).data().toString(), QStringLiteral("Governance review 2025"));

    // Actions: text, owner, due date and status, each saved as it is edited.
    tabs->setCurrentIndex(1);
    auto *actions = window->findChild<QTableView *>(QStringLiteral("actionsList"));
    ASSERT_NE(actions, nullptr);
    QAbstractItemModel *actionsModel = actions->model();
    QTest::mouseClick(
        window->findChild<QPushButton *>(QStringLiteral("addAction")), Qt::LeftButton);
    editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    QTest::keySequence(editor, QKeySequence::SelectAll);
    QTest::keyClicks(editor, QStringLiteral("Publish the scheme of delegation"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    actionsModel->setData(cell(actionsModel, 0, 1), QStringLiteral("  Clerk  "));
    actionsModel->setData(cell(actionsModel, 0, 2), QStringLiteral("2026-07-01"));
    auto *status = qobject_cast<QComboBox *>(actions->indexWidget(cell(actionsModel, 0, 3)));
    ASSERT_NE(status, nullptr);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    ASSERT_EQ(s->data().actions.size(), 1);
    const Action saved = s->data().actions.at(0);
    EXPECT_EQ(saved.indicator, kFirst);
    EXPECT_EQ(saved.text, QStringLiteral("Publish the scheme of delegation"));
    EXPECT_EQ(saved.owner, QStringLiteral("Clerk"));
    EXPECT_EQ(saved.due, QDate(2026, 7, 1));
    EXPECT_EQ(saved.status, ActionStatus::InProgress);
    EXPECT_TRUE(tabs->tabText(1).contains(QStringLiteral("(1)")));
    actions->setCurrentIndex(cell(actionsModel, 0, 0));
    QTest::mouseClick(
        window->findChild<QPushButton *>(QStringLiteral("removeAction")), Qt::LeftButton);
    EXPECT_TRUE(s->data().actions.isEmpty());
}

TEST_F(MainWindowTest, TheRatingViewFitsA1024By768Projector)
{
    ASSERT_TRUE(window->openSample());
    window->assessmentPage()->selectIndicator(kFirst);
    const QSize least = window->minimumSizeHint();
    EXPECT_LE(least.width(), 1024) << least.width();
    EXPECT_LE(least.height(), 768) << least.height();
    window->resize(1024, 768);
    QApplication::processEvents();
    // The navigator keeps room for its numbers, titles and levels.
    auto *navigator = window->assessmentPage()->navigator();
    EXPECT_GE(navigator->width(), navigator->fontMetrics().averageCharWidth() * 24);
    // Every consensus button shows its whole label.
    for (int id = 0; id < 4; ++id) {
        auto *b = window->findChild<QPushButton *>(QStringLiteral("consensusButton-%1").arg(id));
        ASSERT_NE(b, nullptr);
        EXPECT_GE(b->width(), b->sizeHint().width()) << b->text().toStdString();
    }
}

// Luminance contrast of two colours (WCAG 2): 1 to 21.
static double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST_F(MainWindowTest, MeetingModeIsLargeAndReadableFromTheBackOfTheRoom)
{
    ASSERT_TRUE(window->openSample());
    window->assessmentPage()->selectIndicator(kFirst);
    QTest::keyClick(window.get(), Qt::Key_F11);
    ASSERT_TRUE(window->isMeetingMode());
    const qreal body = QApplication::font().pointSizeF();
    for (const char *name : { "meetingLevel-1", "meetingLevel-4", "meetingLevel-0" }) {
        auto *button = window->findChild<QPushButton *>(QLatin1String(name));
        ASSERT_NE(button, nullptr) << name;
        EXPECT_GE(button->font().pointSizeF(), body * 1.5) << name;
    }
    auto *hints = window->findChild<QLabel *>(QStringLiteral("meetingHints"));
    ASSERT_NE(hints, nullptr);
    EXPECT_TRUE(hints->isEnabled());
    EXPECT_GE(contrast(hints->palette().color(QPalette::WindowText),
                  hints->palette().color(QPalette::Window)),
        4.5);
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
}

TEST_F(MainWindowTest, BlindModeHidesRatingsUntilRevealed)
{
    ASSERT_TRUE(window->openSample());
    action("actionBlind")->trigger();
    window->assessmentPage()->selectIndicator(kFirst);
    auto *table = window->findChild<QTableView *>(QStringLiteral("ratingsTable"));
    ASSERT_NE(table, nullptr);
    const QModelIndex level = table->model()->index(0, 1);
    EXPECT_EQ(table->indexWidget(level), nullptr); // no level shown
    EXPECT_TRUE(level.data().toString().contains(QStringLiteral("hidden"))
        || level.data().toString().contains(QStringLiteral("not yet")));
    QTest::mouseClick(
        window->findChild<QWidget *>(QStringLiteral("revealRatings")), Qt::LeftButton);
    EXPECT_NE(table->indexWidget(level), nullptr);
    action("actionHideNames")->trigger();
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("Trustee 1"));
    action("actionHideNames")->trigger();
}

TEST_F(MainWindowTest, ReadOnlyWorkbookShowsItAndRefusesEdits)
{
    const QString path = dir.filePath(QStringLiteral("locked.strongtrust"));
    {
        auto wb = Workbook::create(
            path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(wb.ok());
        ASSERT_TRUE(
            wb.value()
                ->createAssessment(QStringLiteral("2025/26"), {}, wb.value()->defaultFrameworkKey())
                .ok());
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = test::readFile(path);
    ASSERT_TRUE(window->openWorkbook(path));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("Read-only")))
        << window->bannerText().toStdString();
    window->assessmentPage()->selectIndicator(kFirst);
    QTest::keyClick(window.get(), Qt::Key_F11);
    QTest::keyClick(window->meetingView(), Qt::Key_3);
    EXPECT_TRUE(window->session()->consensus(kFirst).value.isUnrated());
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("Nothing was changed")))
        << window->bannerText().toStdString();
    window->closeWorkbook();
    EXPECT_EQ(test::readFile(path), before);
}

TEST_F(MainWindowTest, FinalAssessmentCannotBeEdited)
{
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    ASSERT_TRUE(s->selectPeriod(QStringLiteral("2024/25")).ok());
    ASSERT_TRUE(s->assessment().isFinal());
    const RatingValue before = s->consensus(kFirst).value;
    window->assessmentPage()->selectIndicator(kFirst);
    auto *button = window->findChild<QWidget *>(QStringLiteral("consensusButton-0"));
    EXPECT_FALSE(button->isEnabled());
    s->setConsensusValue(kFirst, RatingValue::of(1));
    EXPECT_EQ(s->consensus(kFirst).value, before);
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("final")))
        << window->bannerText().toStdString();
}

TEST_F(MainWindowTest, TextFromTheWorkbookIsNotMarkup)
{
    newWorkbookThroughTheMenu();
    addTrustees({ QStringLiteral("<b>Jane</b> & <script>x</script>") });
    startPeriod(QStringLiteral("2025/26"));
    window->assessmentPage()->selectIndicator(kFirst);
    QTest::keyClick(window.get(), Qt::Key_F11);
    auto *list = window->findChild<QLabel *>(QStringLiteral("meetingTrustees"));
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(
        list->text().contains(QStringLiteral("&lt;b&gt;Jane&lt;/b&gt; &amp; &lt;script&gt;")))
        << list->text().toStdString();
}

TEST_F(MainWindowTest, ReportPreviewShowsPagesAndExports)
{
    ASSERT_TRUE(window->openSample());
    ReportPreview preview(window->session(), &dialogs, window.get());
    preview.show();
    preview.waitForPages();
    EXPECT_GT(preview.pageCount(), 2);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(preview.exportTo(ReportPreview::Format::Pdf, pdf).ok());
    EXPECT_TRUE(test::readFile(pdf).startsWith("%PDF"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    dialogs.exportPath = html;
    auto *button = preview.findChild<QPushButton *>(QStringLiteral("exportHtml"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(test::readFile(html).contains("Oakfield Learning Trust"));
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
}

TEST_F(MainWindowTest, HelpShowsTheUserGuideWithItsPictures)
{
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *guide = window->findChild<QTextBrowser *>(QStringLiteral("userGuideText"));
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    const QString text = guide->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Meeting mode"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The clerk's year")));
    // The screenshots come with it.
    const QVariant image = guide->loadResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/docs/images/meeting-mode.png")));
    EXPECT_TRUE(image.isValid());
}

TEST_F(MainWindowTest, AToolBarTheUserHidStaysHiddenAfterMeetingMode)
{
    ASSERT_TRUE(window->openSample());
    auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_NE(bar, nullptr);
    ASSERT_FALSE(bar->isHidden());
    bar->hide(); // as from the bar's context menu
    QTest::keyClick(window.get(), Qt::Key_F11);
    ASSERT_TRUE(window->isMeetingMode());
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
    ASSERT_FALSE(window->isMeetingMode());
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(window->menuBar()->isVisible());

    // And one that was shown comes back.
    bar->show();
    QTest::keyClick(window.get(), Qt::Key_F11);
    EXPECT_TRUE(bar->isHidden());
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isHidden());
}

TEST_F(MainWindowTest, MeetingModeOffersNotApplicableOnlyWhereTheScaleAllowsIt)
{
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    // The same levels, but a scale without "not applicable".
    nlohmann::json doc = nlohmann::json::parse(FrameworkLoader::builtIn().json.toStdString());
    doc["id"] = "cst-strong-trust-no-na";
    doc["scale"]["allowNotApplicable"] = false;
    auto fw = FrameworkLoader::loadBytes(test::toBytes(doc), QStringLiteral("no-na.json"));
    ASSERT_TRUE(fw.ok()) << fw.errorText().toStdString();
    auto key = s->workbook().storeFramework(fw.value());
    ASSERT_TRUE(key.ok());
    const QString period = s->assessments().last().period + QStringLiteral(" (no N/A)");
    ASSERT_TRUE(s->workbook().createAssessment(period, {}, key.value()).ok());

    window->assessmentPage()->selectIndicator(kFirst);
    QTest::keyClick(window.get(), Qt::Key_F11);
    ASSERT_TRUE(window->isMeetingMode());
    EXPECT_NE(window->findChild<QPushButton *>(QStringLiteral("meetingLevel-0")), nullptr);
    ASSERT_TRUE(s->selectPeriod(period).ok());
    window->assessmentPage()->selectIndicator(kFirst);
    EXPECT_EQ(window->findChild<QPushButton *>(QStringLiteral("meetingLevel-0")), nullptr);
    EXPECT_NE(window->findChild<QPushButton *>(QStringLiteral("meetingLevel-1")), nullptr);
    // And the key does nothing there.
    QTest::keyClick(window->meetingView(), Qt::Key_0);
    EXPECT_TRUE(s->consensus(kFirst).value.isUnrated());
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
}

TEST_F(MainWindowTest, ANewPeriodDoesNotTakeTheRationaleShownFromTheLastOne)
{
    ASSERT_TRUE(window->openSample());
    window->assessmentPage()->selectIndicator(kFirst);
    const QString before = window->session()->consensus(kFirst).rationale;
    ASSERT_FALSE(before.isEmpty()); // the sample's 2025/26 has one
    startPeriod(QStringLiteral("2026/27"));
    ASSERT_EQ(window->session()->assessment().period, QStringLiteral("2026/27"));
    EXPECT_EQ(window->assessmentPage()->currentIndicator(), kFirst);
    EXPECT_TRUE(window->session()->consensus(kFirst).rationale.isEmpty())
        << window->session()->consensus(kFirst).rationale.toStdString();
    EXPECT_EQ(window->session()->undoStack()->count(), 0);
}
