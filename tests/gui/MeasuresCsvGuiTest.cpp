// Trust ▸ Import Measures from CSV… and Export Measures as CSV… in the real
// window on the sample workbook: a finance director's spreadsheet goes in as
// one undo step, a bad cell is named and changes nothing, and the export is
// the table the import reads.
#include "FakeDialogs.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/WorkbookSession.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

class MeasuresCsvGuiTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        dialogs.auditName = QStringLiteral("Clerk");
        window = std::make_unique<MainWindow>(&dialogs);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->openSample());
        session = window->session();
        ASSERT_TRUE(session->canEdit()); // the sample's latest year is a draft
        const Domain &first = session->framework().domains[0];
        ASSERT_GE(first.measures.size(), 2);
        a = first.measures[0].fullId;
        b = first.measures[1].fullId;
    }

    void TearDown() override { QSettings().remove(Settings::auditName.key()); }

    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }

    // Straight from the file, not from what the window holds.
    MeasureValue stored(const QString &measure)
    {
        const AssessmentData data
            = session->workbook().loadAssessment(session->assessmentId()).value();
        if (const MeasureValue *m = data.measureFor(measure))
            return *m;
        return MeasureValue {};
    }

    QString csvFile(const QByteArray &bytes)
    {
        const QString path = dir.filePath(QStringLiteral("measures-%1.csv").arg(++files));
        EXPECT_TRUE(test::writeFile(path, bytes));
        return path;
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(window.get(), key, modifiers);
        QCoreApplication::processEvents();
    }

    QTemporaryDir dir;
    int files = 0;
    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
    WorkbookSession *session = nullptr;
    QString a;
    QString b;
};

TEST_F(MeasuresCsvGuiTest, ASpreadsheetGoesInAsOneStepAndUndoesTogether)
{
    const MeasureValue wasA = stored(a);
    const MeasureValue wasB = stored(b);
    const int steps = session->undoStack()->count();
    dialogs.openFile = csvFile("measure,value,asOf,source,note\r\n" + a.toUtf8()
        + ",41.5,2026-07-31,Finance dashboard,From the spreadsheet\r\n" + b.toUtf8()
        + ",3,2026-07-31,Finance dashboard,\r\n");
    ASSERT_TRUE(action("actionImportMeasures")->isEnabled());
    action("actionImportMeasures")->trigger();
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
    EXPECT_EQ(stored(a).value, 41.5);
    EXPECT_EQ(stored(a).source, QStringLiteral("Finance dashboard"));
    EXPECT_EQ(stored(b).value, 3.0);
    EXPECT_EQ(session->measure(a).value, 41.5) << "the window shows what the file holds";
    EXPECT_TRUE(
        window->statusBar()->currentMessage().contains(QStringLiteral("2 measures changed")))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_EQ(session->undoStack()->count(), steps + 1);
    EXPECT_EQ(session->undoStack()->undoText(), QStringLiteral("Import 2 measures"));

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(a), wasA);
    EXPECT_EQ(stored(b), wasB);
    EXPECT_EQ(session->measure(a), wasA);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(a).value, 41.5);
    EXPECT_EQ(stored(b).value, 3.0);
}

TEST_F(MeasuresCsvGuiTest, ABadCellIsNamedAndNothingChanges)
{
    const MeasureValue wasA = stored(a);
    const int audited = int(session->workbook().auditLog(session->assessmentId()).size());
    const int steps = session->undoStack()->count();
    dialogs.openFile = csvFile("measure,value,asOf,source\n" + a.toUtf8()
        + ",12,2026-07-31,Dashboard\n" + b.toUtf8() + ",8;4,2026-07-31,Dashboard\n");
    action("actionImportMeasures")->trigger();
    ASSERT_EQ(dialogs.errors.size(), 1);
    EXPECT_TRUE(dialogs.errors[0].contains(QStringLiteral("row 3, column value")))
        << dialogs.errors[0].toStdString();
    EXPECT_TRUE(dialogs.errors[0].contains(QStringLiteral("Nothing was imported")));
    EXPECT_EQ(stored(a), wasA);
    EXPECT_EQ(int(session->workbook().auditLog(session->assessmentId()).size()), audited);
    EXPECT_EQ(session->undoStack()->count(), steps);
}

TEST_F(MeasuresCsvGuiTest, TheExportIsTheTableTheImportReads)
{
    dialogs.exportPath = dir.filePath(QStringLiteral("out.csv"));
    action("actionExportMeasures")->trigger();
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
    const QByteArray csv = test::readFile(dialogs.exportPath);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBFmeasure,title,unit,value,asOf,source,note"))
        << csv.left(120).toStdString();
    EXPECT_TRUE(csv.contains(a.toUtf8()));

    // Read back unchanged, it changes nothing and adds no undo step.
    const int steps = session->undoStack()->count();
    dialogs.openFile = dialogs.exportPath;
    action("actionImportMeasures")->trigger();
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
    EXPECT_EQ(session->undoStack()->count(), steps);
}

TEST_F(MeasuresCsvGuiTest, AFinalPeriodExportsButTakesNoImport)
{
    const auto earlier = session->workbook().previousAssessment(session->assessmentId());
    ASSERT_TRUE(earlier && earlier->status == AssessmentStatus::Final);
    ASSERT_TRUE(session->selectAssessment(earlier->id));
    QCoreApplication::processEvents();
    EXPECT_FALSE(action("actionImportMeasures")->isEnabled());
    EXPECT_TRUE(action("actionExportMeasures")->isEnabled());
}

} // namespace
