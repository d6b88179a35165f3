// A domain's baseline standards and measures in the window (framework format
// version 2), driven by keyboard as a clerk does, each edit checked in the
// file through the core: judged, typed, refused, undone and redone.
#include "FakeDialogs.h"
#include "app/ActionsModel.h"
#include "app/ActionsTable.h"
#include "app/AssessmentPage.h"
#include "app/FrameworkNavigator.h"
#include "app/MainWindow.h"
#include "app/MeasuresModel.h"
#include "app/MeetingView.h"
#include "app/RadarWidget.h"
#include "app/Settings.h"
#include "app/StandardsModel.h"
#include "app/StandardsPanel.h"
#include "app/StandardsTable.h"
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "report/MeasureWords.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

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
        dialogs.auditName = QStringLiteral("Clerk");
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

    // Opening the sample stores the name asked for; later tests ask again.
    void TearDown() override { QSettings().remove(Settings::auditName.key()); }

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
    // The sample's board found it met, and wrote nothing more.
    ASSERT_TRUE(stored(second));
    ASSERT_EQ(stored(second)->result, StandardResult::Met);
    ASSERT_TRUE(stored(second)->note.isEmpty());
    EXPECT_EQ(table->model()->rowCount(), governance.standards.size());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down); // from the first standard to the second
    ASSERT_EQ(table->currentStandard(), second);
    const int audited = auditEntries(QStringLiteral("standard"));

    QTest::keyClick(table, Qt::Key_N);
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

    // By key on the list itself, as on the row: not judged, and with no note
    // nothing is recorded at all.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_0);
    EXPECT_FALSE(stored(second));
    EXPECT_TRUE(combo->currentText().contains(QStringLiteral("Not judged")));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_M);
    EXPECT_EQ(stored(second)->result, StandardResult::Met);

    undo();
    EXPECT_FALSE(stored(second));
    undo();
    EXPECT_EQ(stored(second)->result, StandardResult::NotMet);
    EXPECT_TRUE(combo->currentText().contains(QStringLiteral("Not met")));
    undo();
    EXPECT_EQ(stored(second)->result, StandardResult::Met);
    EXPECT_EQ(session->standard(second).result, StandardResult::Met);
    EXPECT_FALSE(standardsRow.data().toString().contains(QStringLiteral("not met")));
    redo();
    EXPECT_EQ(stored(second)->result, StandardResult::NotMet);
    EXPECT_EQ(session->standard(second).result, StandardResult::NotMet);
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
}

TEST_F(BaselineTest, AStandardsNoteIsTypedIntoItsCellAsOneStep)
{
    StandardsTable *table = showStandards(0);
    ASSERT_NE(table, nullptr);
    const QString second = session->framework().domains[0].standards[1].fullId;
    ASSERT_TRUE(stored(second)->note.isEmpty());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, StandardsModel::NoteColumn));
    // Typing starts the note: "M" here is the note's first letter, not "met".
    QTest::keyClick(table, 'M');
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, table);
    QTest::keyClicks(editor, QStringLiteral("inuted in March"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(stored(second)->note, QStringLiteral("Minuted in March"));
    EXPECT_EQ(stored(second)->result, StandardResult::Met);
    EXPECT_EQ(QApplication::focusWidget(), table);
    undo();
    EXPECT_TRUE(stored(second)->note.isEmpty());
    EXPECT_EQ(stored(second)->result, StandardResult::Met);
}

TEST_F(BaselineTest, EvidenceOfAStandardIsItsOwn)
{
    StandardsTable *table = showStandards(0);
    ASSERT_NE(table, nullptr);
    const QString second = session->framework().domains[0].standards[1].fullId;
    ASSERT_TRUE(stored(second)->evidence.isEmpty());
    table->setFocus();
    table->selectStandard(second);
    auto *add = window->findChild<QWidget *>(QStringLiteral("addStandardEvidence"));
    ASSERT_NE(add, nullptr);
    ASSERT_TRUE(add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_EQ(stored(second)->evidence.size(), 1);
    EXPECT_EQ(session->evidence(second).size(), 1);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("standardTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_TRUE(tabs->tabText(0).contains(QStringLiteral("(1)"))) << tabs->tabText(0).toStdString();
    // Nothing of it reaches an indicator's consensus.
    const AssessmentData data = wb().loadAssessment(session->assessmentId()).value();
    for (const Consensus &c : data.consensus)
        EXPECT_NE(c.indicator, second);
    undo();
    EXPECT_TRUE(stored(second)->evidence.isEmpty());
    EXPECT_TRUE(session->evidence(second).isEmpty());
    EXPECT_EQ(stored(second)->result, StandardResult::Met);
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
    ASSERT_EQ(before->result, StandardResult::Met); // as the board signed it off
    QTest::keyClick(table, Qt::Key_N);
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("final")))
        << window->bannerText().toStdString();
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(stored(first)->result, StandardResult::Met);
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
    // Beside the chart, the domain's standards by their short titles; under
    // the buttons, the guidance whole, not cut off at the foot of its label.
    auto *list = window->findChild<QLabel *>(QStringLiteral("meetingTrustees"));
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->text().contains(education.standards[0].shortTitle.toHtmlEscaped()))
        << list->text().toStdString();
    auto *guidance = window->findChild<QLabel *>(QStringLiteral("meetingStandardGuidance"));
    ASSERT_NE(guidance, nullptr);
    EXPECT_FALSE(guidance->text().isEmpty());
    EXPECT_GE(guidance->height(), guidance->heightForWidth(guidance->width()));
    auto *notMet = window->findChild<QWidget *>(QStringLiteral("meetingResult-N"));
    ASSERT_NE(notMet, nullptr);
    EXPECT_TRUE(notMet->isVisible());
    EXPECT_FALSE(window->findChild<QWidget *>(QStringLiteral("meetingLevel-1"))->isVisible());

    // N: not met, on the file; the level keys do nothing here.
    ASSERT_EQ(stored(education.standards[0].fullId)->result, StandardResult::Met);
    QTest::keyClick(meeting, Qt::Key_N);
    EXPECT_EQ(stored(education.standards[0].fullId)->result, StandardResult::NotMet);
    const RatingValue agreed = session->consensus(governance.indicators.constLast().fullId).value;
    QTest::keyClick(meeting, Qt::Key_3);
    EXPECT_EQ(session->consensus(governance.indicators.constLast().fullId).value, agreed);
    QTest::keyClick(meeting, Qt::Key_Space);
    EXPECT_EQ(page->currentStandard(), education.standards[1].fullId);
    QTest::keyClick(meeting, Qt::Key_0);
    EXPECT_FALSE(stored(education.standards[1].fullId)) << "not judged, no note: no row";
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
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(education.standards[0].fullId)->result, StandardResult::Met);
    QTest::keyClick(meeting, Qt::Key_Escape);
    EXPECT_FALSE(window->isMeetingMode());
}

namespace {

// Types `text` into the cell `index` of `view` as a clerk does: the first
// key starts the editor over what was there, the rest go into it, Return.
void typeInto(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, text.at(0).toLatin1());
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, view) << "an editor opened";
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on its next turn
}

} // namespace

TEST_F(BaselineTest, AMeasuresValueIsTypedIntoItsCellAndUndone)
{
    page->selectStop(0, Stop::Measures);
    auto *table = window->findChild<QTableView *>(QStringLiteral("measuresTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_TRUE(table->isVisible());
    const Measure &attendance = session->framework().domains[0].measures[0];
    ASSERT_EQ(attendance.unit, QStringLiteral("%"));
    auto storedRecord = [&]() -> std::optional<MeasureValue> {
        const AssessmentData data = wb().loadAssessment(session->assessmentId()).value();
        const MeasureValue *v = data.measureFor(attendance.fullId);
        return v ? std::optional(*v) : std::nullopt;
    };
    const std::optional<MeasureValue> before = storedRecord(); // as the sample's clerk left it
    ASSERT_TRUE(before && before->value);
    const QModelIndex value = table->model()->index(0, MeasuresModel::ValueColumn);
    const auto stack = session->undoStack()->count();

    // Typed over the value there, as in a spreadsheet.
    typeInto(table, value, QStringLiteral("87"));
    EXPECT_EQ(storedRecord()->value, 87.0);
    EXPECT_TRUE(value.data().toString().startsWith(QStringLiteral("87%")))
        << value.data().toString().toStdString();
    EXPECT_EQ(session->undoStack()->count(), stack + 1);
    EXPECT_EQ(QApplication::focusWidget(), table); // still in the table, on that cell
    EXPECT_EQ(table->currentIndex(), value);

    // The date and source beside it, each a step of its own.
    typeInto(
        table, table->model()->index(0, MeasuresModel::AsOfColumn), QStringLiteral("2025-09-01"));
    typeInto(table, table->model()->index(0, MeasuresModel::SourceColumn),
        QStringLiteral("Clerk's register, autumn"));
    EXPECT_EQ(storedRecord()->asOf, QDate(2025, 9, 1));
    EXPECT_EQ(storedRecord()->source, QStringLiteral("Clerk's register, autumn"));
    EXPECT_EQ(storedRecord()->value, 87.0);
    EXPECT_EQ(session->undoStack()->count(), stack + 3);

    undo();
    undo();
    EXPECT_EQ(storedRecord()->value, 87.0);
    EXPECT_EQ(storedRecord()->asOf, before->asOf);
    undo();
    EXPECT_TRUE(storedRecord() == before);
    EXPECT_TRUE(session->measure(attendance.fullId) == *before);
    redo();
    EXPECT_EQ(storedRecord()->value, 87.0);

    // Cleared, the value is "not yet known".
    typeInto(table, value, QStringLiteral(" "));
    EXPECT_FALSE(storedRecord()->value.has_value());
    EXPECT_EQ(value.data().toString(), QStringLiteral("—"));
}

TEST_F(BaselineTest, ABadNumberIsRefusedWithAMessageAndNothingWritten)
{
    page->selectStop(0, Stop::Measures);
    auto *table = window->findChild<QTableView *>(QStringLiteral("measuresTable"));
    ASSERT_NE(table, nullptr);
    const Measure &attendance = session->framework().domains[0].measures[0];
    const MeasureValue before = session->measure(attendance.fullId);
    const QByteArray file = test::readFile(wb().path());
    const auto entries = wb().auditLog().size();
    const auto stack = session->undoStack()->count();

    typeInto(table, table->model()->index(0, MeasuresModel::ValueColumn), QStringLiteral("9O"));
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("\"9O\" is not a number")))
        << window->bannerText().toStdString();
    EXPECT_TRUE(window->bannerText().contains(attendance.title));
    const AssessmentData data = wb().loadAssessment(session->assessmentId()).value();
    ASSERT_NE(data.measureFor(attendance.fullId), nullptr);
    EXPECT_TRUE(*data.measureFor(attendance.fullId) == before);
    EXPECT_EQ(wb().auditLog().size(), entries);
    EXPECT_EQ(session->undoStack()->count(), stack);
    EXPECT_EQ(test::readFile(wb().path()), file) << "not a byte written";
    EXPECT_TRUE(table->model()
                    ->index(0, MeasuresModel::ValueColumn)
                    .data()
                    .toString()
                    .startsWith(measureValueText(attendance, *before.value)));

    // A target that is not one, likewise; one that is, taken as the trust's own.
    typeInto(table, table->model()->index(0, MeasuresModel::TargetColumn), QStringLiteral("high"));
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("is not a target")))
        << window->bannerText().toStdString();
    EXPECT_EQ(wb().auditLog().size(), entries);
    typeInto(table, table->model()->index(0, MeasuresModel::TargetColumn), QStringLiteral(">= 90"));
    const MeasureValue own = session->measure(attendance.fullId);
    EXPECT_EQ(own.target, (MeasureTarget { 90, std::nullopt }));
    EXPECT_TRUE(table->model()
                    ->index(0, MeasuresModel::TargetColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("trust's own")));
}

TEST_F(BaselineTest, AFinalAssessmentsMeasuresCannotBeTypedInto)
{
    ASSERT_TRUE(session->selectPeriod(QStringLiteral("2024/25")).ok());
    page->selectStop(0, Stop::Measures);
    auto *table = window->findChild<QTableView *>(QStringLiteral("measuresTable"));
    ASSERT_NE(table, nullptr);
    const QModelIndex value = table->model()->index(0, MeasuresModel::ValueColumn);
    const QString shown = value.data().toString();
    EXPECT_FALSE(value.flags().testFlag(Qt::ItemIsEditable));
    table->setFocus();
    table->setCurrentIndex(value);
    QTest::keyClick(table, '5');
    EXPECT_EQ(QApplication::focusWidget(), table) << "no editor";
    EXPECT_FALSE(table->model()->setData(value, QStringLiteral("5")));
    EXPECT_EQ(value.data().toString(), shown);
    const Measure &attendance = session->framework().domains[0].measures[0];
    const AssessmentData data = wb().loadAssessment(session->assessmentId()).value();
    ASSERT_NE(data.measureFor(attendance.fullId), nullptr);
    EXPECT_EQ(data.measureFor(attendance.fullId)->value, 84.0); // as signed off
}

TEST_F(BaselineTest, AStandardNotMetCapsItsDomainWhereverItsLevelShows)
{
    const Framework &fw = session->framework();
    const Domain &governance = fw.domains[0];
    // The first standard with a cap below the domain's level now.
    const Standard *capping = nullptr;
    for (const Standard &s : governance.standards) {
        if (s.capsAt && !capping)
            capping = &s;
    }
    ASSERT_NE(capping, nullptr);
    const double before = *session->scores().domains[0].score;
    ASSERT_GT(before, *capping->capsAt);
    const QString capLabel = fw.scale.levels[fw.scale.indexOf(*capping->capsAt)].label;

    StandardsTable *table = showStandards(0);
    ASSERT_NE(table, nullptr);
    table->setFocus();
    table->selectStandard(capping->fullId);
    QTest::keyClick(table, Qt::Key_N);
    ASSERT_TRUE(session->scores().domains[0].isCapped());

    // The navigator's level, with why on hovering.
    FrameworkNavigator *navigator = page->navigator();
    const QModelIndex status = navigator->model()->index(0, 1);
    EXPECT_TRUE(status.data().toString().contains(QStringLiteral("(capped)")))
        << status.data().toString().toStdString();
    EXPECT_TRUE(status.data().toString().contains(capLabel));
    EXPECT_TRUE(status.data(Qt::ToolTipRole).toString().contains(capping->text));
    // The page above the standards, and the domain's own page.
    auto *detail = window->findChild<QTextBrowser *>(QStringLiteral("indicatorDetail"));
    ASSERT_NE(detail, nullptr);
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("is held at")))
        << detail->toPlainText().toStdString();
    page->selectStop(0, Stop::Domain);
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("is held at")));
    EXPECT_TRUE(detail->toPlainText().contains(capping->text));
    // The radar, under the domain's name, and the scores beside it.
    const RadarChartData &chart = page->radar()->chartData();
    ASSERT_FALSE(chart.axisNotes.isEmpty());
    EXPECT_TRUE(chart.axisNotes[0].contains(capLabel)) << chart.axisNotes[0].toStdString();
    auto *summary = window->findChild<QLabel *>(QStringLiteral("domainSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("(capped)")));

    // Undone: the cap goes everywhere.
    undo();
    EXPECT_FALSE(session->scores().domains[0].isCapped());
    EXPECT_DOUBLE_EQ(*session->scores().domains[0].score, before);
    EXPECT_FALSE(
        navigator->model()->index(0, 1).data().toString().contains(QStringLiteral("capped")));
    EXPECT_TRUE(page->radar()->chartData().axisNotes.value(0).isEmpty());
    EXPECT_FALSE(detail->toPlainText().contains(QStringLiteral("is held at")));
}

TEST_F(BaselineTest, AVersionOneFrameworkShowsNoStandardsOrMeasures)
{
    // The built-in framework without its standards and measures: a version 1 file.
    nlohmann::json doc = nlohmann::json::parse(FrameworkLoader::builtIn().json.toStdString());
    doc["id"] = "cst-strong-trust-v1";
    doc["formatVersion"] = 1;
    for (auto &d : doc["domains"]) {
        d.erase("standards");
        d.erase("measures");
    }
    auto fw = FrameworkLoader::loadBytes(test::toBytes(doc), QStringLiteral("v1.json"));
    ASSERT_TRUE(fw.ok()) << fw.errorText().toStdString();
    ASSERT_EQ(fw.value().formatVersion, 1);
    auto key = wb().storeFramework(fw.value());
    ASSERT_TRUE(key.ok());
    const QString period = QStringLiteral("2026/27");
    ASSERT_TRUE(wb().createAssessment(period, {}, key.value()).ok());
    ASSERT_TRUE(session->selectPeriod(period).ok());

    // Domains and indicators alone, as ever.
    QAbstractItemModel *tree = page->navigator()->model();
    for (int d = 0; d < tree->rowCount(); ++d) {
        const QModelIndex domain = tree->index(d, 0);
        ASSERT_EQ(tree->rowCount(domain), fw.value().domains[d].indicators.size());
        EXPECT_TRUE(tree->index(0, 0, domain)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("%1.1 ").arg(d + 1)));
    }
    page->selectStop(0, Stop::Domain);
    auto *detail = window->findChild<QTextBrowser *>(QStringLiteral("indicatorDetail"));
    EXPECT_FALSE(detail->toPlainText().contains(QStringLiteral("standard")));
    auto *summary = window->findChild<QLabel *>(QStringLiteral("domainSummary"));
    EXPECT_FALSE(summary->text().contains(QStringLiteral("standard")));
    // Meeting mode goes from indicator to indicator.
    page->selectIndicator(fw.value().domains[0].indicators.constLast().fullId);
    QTest::keyClick(window.get(), Qt::Key_F11);
    QTest::keyClick(window->meetingView(), Qt::Key_Right);
    EXPECT_EQ(page->currentStop(), Stop::Indicator);
    EXPECT_EQ(page->currentIndicator(), fw.value().domains[1].indicators[0].fullId);
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
}

TEST_F(BaselineTest, GoingToAnActionAboutAStandardShowsItAmongTheStandards)
{
    // The sample's board agreed actions about the standards it found not met.
    QString standard;
    qint64 action = 0;
    for (const Action &a : session->data().actions) {
        if (session->framework().findStandard(a.indicator) && !action) {
            standard = a.indicator;
            action = a.id;
        }
    }
    ASSERT_NE(action, 0);
    page->selectAction(standard, action);
    EXPECT_EQ(page->currentStop(), Stop::Standards);
    EXPECT_EQ(page->currentStandard(), standard);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("standardTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->currentWidget(), page->standardsPanel()->actions());
    QTableView *list = page->standardsPanel()->actions()->view();
    ASSERT_TRUE(list->currentIndex().isValid());
    const auto id
        = page->standardsPanel()->actions()->model()->action(list->currentIndex().row()).id;
    EXPECT_EQ(id, action);
}
