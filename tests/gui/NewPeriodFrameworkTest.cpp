// Trust ▸ New Period… on a workbook whose latest period is on another
// framework than this version's built-in one: the dialog offers the move, by
// keyboard, and the window starts the period on the framework chosen.
#include "FakeDialogs.h"
#include "app/MainWindow.h"
#include "app/NewPeriodDialog.h"
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

NewPeriodOffer earlierEditionOffer()
{
    NewPeriodOffer offer;
    offer.suggested = QStringLiteral("2025/26");
    offer.currentFramework = QStringLiteral("A strong trust 2023.1");
    offer.builtInFramework = QStringLiteral("A strong trust 2026.1");
    offer.builtInAddsBaseline = true;
    offer.preferBuiltIn = true;
    return offer;
}

TEST(NewPeriodDialogTest, OffersTheNewerEditionAndTheKeyboardChoosesEither)
{
    NewPeriodDialog dialog(earlierEditionOffer());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *framework = dialog.findChild<QComboBox *>(QStringLiteral("framework"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("frameworkNote"));
    ASSERT_TRUE(framework && note);
    EXPECT_TRUE(framework->isVisible());
    EXPECT_EQ(framework->count(), 2);
    EXPECT_TRUE(dialog.request().builtInFramework) << "an earlier edition moves on by default";
    EXPECT_TRUE(note->text().contains(QStringLiteral("baseline standards and measures")))
        << note->text().toStdString();
    EXPECT_TRUE(
        note->text().contains(QStringLiteral("Earlier periods keep A strong trust 2023.1")));

    framework->setFocus();
    QTest::keyClick(framework, Qt::Key_Up);
    EXPECT_FALSE(dialog.request().builtInFramework);
    EXPECT_TRUE(note->text().contains(QStringLiteral("as the latest period is")))
        << note->text().toStdString();
    QTest::keyClick(framework, Qt::Key_Down);
    EXPECT_TRUE(dialog.request().builtInFramework);
    EXPECT_EQ(dialog.request().period, QStringLiteral("2025/26"));
}

TEST(NewPeriodDialogTest, NoChoiceWhereTheLatestPeriodIsOnTheBuiltInFramework)
{
    NewPeriodOffer offer;
    offer.suggested = QStringLiteral("2026/27");
    NewPeriodDialog dialog(offer);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("framework"))->isVisible());
    EXPECT_FALSE(dialog.request().builtInFramework);
}

class NewPeriodWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const QString frameworkFile = dir.filePath(QStringLiteral("own.json"));
        ASSERT_TRUE(test::writeFile(frameworkFile, test::toBytes(test::minimalFramework())));
        window = std::make_unique<MainWindow>(&dialogs);
        window->show();
        ASSERT_TRUE(window->createWorkbook(
            NewWorkbookRequest { dir.filePath(QStringLiteral("oakfield.strongtrust")),
                QStringLiteral("Oakfield Learning Trust"), frameworkFile }));
    }

    void startPeriod(const QString &period, bool onBuiltIn)
    {
        NewPeriodRequest request { period, QStringLiteral("Annual review") };
        request.builtInFramework = onBuiltIn;
        dialogs.newPeriod = request;
        window->findChild<QAction *>(QStringLiteral("actionNewPeriod"))->trigger();
    }

    QString frameworkOfPeriod(const QString &period) const
    {
        const Workbook &wb = window->session()->workbook();
        const auto a = wb.assessmentForPeriod(period);
        return a ? wb.framework(a->frameworkKey)->id : QString();
    }

    QTemporaryDir dir;
    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
};

TEST_F(NewPeriodWindowTest, ATrustsOwnFrameworkIsKeptUnlessTheClerkMovesIt)
{
    const Framework &builtIn = FrameworkLoader::builtIn();
    startPeriod(QStringLiteral("2024/25"), false);
    EXPECT_EQ(dialogs.newPeriodOffered.currentFramework, QStringLiteral("Test framework 1.0"));
    EXPECT_EQ(dialogs.newPeriodOffered.builtInFramework, builtIn.title + u' ' + builtIn.version);
    EXPECT_FALSE(dialogs.newPeriodOffered.preferBuiltIn) << "another framework, not an edition";
    EXPECT_TRUE(dialogs.newPeriodOffered.builtInAddsBaseline);
    EXPECT_EQ(frameworkOfPeriod(QStringLiteral("2024/25")), QStringLiteral("test-framework"));

    startPeriod(QStringLiteral("2025/26"), true);
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
    EXPECT_EQ(frameworkOfPeriod(QStringLiteral("2025/26")), builtIn.id);
    EXPECT_EQ(window->session()->framework().id, builtIn.id) << "the new period is shown";
    EXPECT_EQ(frameworkOfPeriod(QStringLiteral("2024/25")), QStringLiteral("test-framework"));

    // From then on the latest period is on the built-in framework: no choice.
    startPeriod(QStringLiteral("2026/27"), false);
    EXPECT_TRUE(dialogs.newPeriodOffered.builtInFramework.isEmpty());
    EXPECT_EQ(frameworkOfPeriod(QStringLiteral("2026/27")), builtIn.id);
}

} // namespace
