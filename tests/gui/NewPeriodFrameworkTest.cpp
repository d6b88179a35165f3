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
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    EXPECT_EQ(framework->count(), 3); // keep, the built-in, a file
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

TEST(NewPeriodDialogTest, NoChoiceWhereTheLatestFrameworkIsUnknown)
{
    NewPeriodOffer offer;
    offer.suggested = QStringLiteral("2026/27");
    NewPeriodDialog dialog(offer);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("framework"))->isVisible());
    EXPECT_FALSE(dialog.request().builtInFramework);
    EXPECT_TRUE(dialog.request().frameworkFile.isEmpty());
}

TEST(NewPeriodDialogTest, AFrameworkFileIsCheckedBeforeTheDialogCloses)
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    const QString good = dir.filePath(QStringLiteral("next.json"));
    ASSERT_TRUE(test::writeFile(broken, "{\n  \"format\": \"strongtrust-framework\",\n  oops\n}"));
    ASSERT_TRUE(test::writeFile(good, test::toBytes(test::baselineFramework())));
    NewPeriodOffer offer;
    offer.suggested = QStringLiteral("2026/27");
    offer.currentFramework = QStringLiteral("Five domains of a strong trust 2026.1");
    NewPeriodDialog dialog(offer);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *framework = dialog.findChild<QComboBox *>(QStringLiteral("framework"));
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("frameworkFile"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("frameworkNote"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    ASSERT_TRUE(framework && file && note && buttons);
    // On the built-in framework already: keep it, or a file.
    EXPECT_EQ(framework->count(), 2);
    EXPECT_FALSE(file->isVisible());

    framework->setFocus();
    QTest::keyClick(framework, Qt::Key_End);
    ASSERT_TRUE(file->isVisible());
    QTest::keyClicks(file, broken);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()) << "a broken file keeps the dialog open";
    EXPECT_TRUE(note->text().contains(broken + QStringLiteral(":3:")))
        << note->text().toStdString();

    file->clear();
    QTest::keyClicks(file, good);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.request().frameworkFile, good);
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

    // From then on the latest period is on the built-in framework: it is not
    // offered again, and a framework file still is.
    startPeriod(QStringLiteral("2026/27"), false);
    EXPECT_TRUE(dialogs.newPeriodOffered.builtInFramework.isEmpty());
    EXPECT_EQ(dialogs.newPeriodOffered.currentFramework, builtIn.title + u' ' + builtIn.version);
    EXPECT_EQ(frameworkOfPeriod(QStringLiteral("2026/27")), builtIn.id);

    const QString file = dir.filePath(QStringLiteral("next.json"));
    ASSERT_TRUE(test::writeFile(file, test::toBytes(test::baselineFramework())));
    NewPeriodRequest request { QStringLiteral("2027/28"), QStringLiteral("Annual review") };
    request.frameworkFile = file;
    dialogs.newPeriod = request;
    window->findChild<QAction *>(QStringLiteral("actionNewPeriod"))->trigger();
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
    EXPECT_EQ(frameworkOfPeriod(QStringLiteral("2027/28")), QStringLiteral("baseline-framework"));
}

} // namespace
