// The real main window on the offscreen platform, driven by keyboard.
#include "app/FrameworkNavigator.h"
#include "app/IndicatorView.h"
#include "app/MainWindow.h"
#include "framework/FrameworkLoader.h"

#include <gtest/gtest.h>

#include <QTest>

using namespace strongtrust;
using namespace strongtrust::app;

TEST(MainWindow, KeyboardSelectsAnIndicatorAndShowsItsGuidance)
{
    const Framework &fw = FrameworkLoader::builtIn();
    MainWindow window(fw);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *navigator = window.findChild<FrameworkNavigator *>(QStringLiteral("frameworkNavigator"));
    auto *detail = window.findChild<IndicatorView *>(QStringLiteral("indicatorDetail"));
    ASSERT_NE(navigator, nullptr);
    ASSERT_NE(detail, nullptr);
    navigator->setFocus();

    // First row: the first domain, then down to its first and second indicators.
    QTest::keyClick(navigator, Qt::Key_Home);
    EXPECT_TRUE(detail->toPlainText().contains(fw.domains[0].title));
    QTest::keyClick(navigator, Qt::Key_Down);
    QTest::keyClick(navigator, Qt::Key_Down);

    const Indicator &second = fw.domains[0].indicators[1];
    const QString shown = detail->toPlainText();
    EXPECT_TRUE(shown.contains(second.text)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(second.guidance.split(u'\n').constFirst())) << shown.toStdString();
    EXPECT_TRUE(shown.contains(second.prompts.constFirst()));
    for (const Level &l : fw.scale.levels)
        EXPECT_TRUE(shown.contains(l.label)) << l.label.toStdString();
    EXPECT_TRUE(shown.contains(second.levelDescriptors.constLast()));
}

TEST(MainWindow, TextFromTheFrameworkIsNotMarkup)
{
    Framework fw = FrameworkLoader::builtIn();
    fw.domains[0].indicators[0].guidance = QStringLiteral("<b>bold?</b> & <script>x</script>");
    MainWindow window(fw);
    auto *navigator = window.findChild<FrameworkNavigator *>(QStringLiteral("frameworkNavigator"));
    auto *detail = window.findChild<IndicatorView *>(QStringLiteral("indicatorDetail"));
    navigator->select(fw.domains[0].indicators[0].fullId);
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("<b>bold?</b> & <script>x</script>")));
}

// With STRONGTRUST_SCREENSHOTS=DIR set, saves what the user sees, for the
// user guide (scripts/screenshots.sh) and for looking at a change.
TEST(MainWindow, Screenshot)
{
    const QString dir = qEnvironmentVariable("STRONGTRUST_SCREENSHOTS");
    const Framework &fw = FrameworkLoader::builtIn();
    MainWindow window(fw);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *navigator = window.findChild<FrameworkNavigator *>(QStringLiteral("frameworkNavigator"));
    navigator->select(fw.domains[1].indicators[2].fullId);
    const QPixmap shot = window.grab();
    EXPECT_EQ(shot.size(), window.size());
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(dir + QStringLiteral("/framework-browser.png")));
    }
}
