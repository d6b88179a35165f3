// What the first window shows, and the work start-up leaves until later:
// the welcome page without the workbook's tool bar or an empty recent list,
// the bars' extension icons loaded when drawn, settings not rewritten when
// unchanged.
#include "FakeDialogs.h"
#include "app/DeferredIconStyle.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/WorkbookSession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

class StartUpTest : public testing::Test
{
protected:
    void SetUp() override { Settings::recentFiles.set({}); }
    void TearDown() override { Settings::recentFiles.set({}); }

    std::unique_ptr<MainWindow> showWindow()
    {
        auto window = std::make_unique<MainWindow>(&dialogs);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    test::FakeDialogs dialogs;
};

QToolBar *toolBar(MainWindow &window)
{
    return window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
}

} // namespace

TEST_F(StartUpTest, TheToolBarComesWithAWorkbookAndGoesWithIt)
{
    auto window = showWindow();
    ASSERT_NE(toolBar(*window), nullptr);
    EXPECT_FALSE(toolBar(*window)->isVisible()) << "nothing on it works without a workbook";

    ASSERT_TRUE(window->openSample());
    EXPECT_TRUE(toolBar(*window)->isVisible());

    window->closeWorkbook();
    EXPECT_FALSE(toolBar(*window)->isVisible());
}

TEST_F(StartUpTest, AToolBarTheUserHidIsNotShownAgainByEveryEdit)
{
    auto window = showWindow();
    ASSERT_TRUE(window->openSample());
    toolBar(*window)->toggleViewAction()->trigger();
    ASSERT_FALSE(toolBar(*window)->isVisible());
    // Choosing another period re-runs the update that opening a workbook runs.
    auto *periods = window->findChild<QComboBox *>(QStringLiteral("periodCombo"));
    ASSERT_NE(periods, nullptr);
    const QString before = window->session()->assessment().period;
    QTest::keyClick(periods, Qt::Key_Up);
    ASSERT_NE(window->session()->assessment().period, before);
    EXPECT_FALSE(toolBar(*window)->isVisible());
}

TEST_F(StartUpTest, RecentWorkbooksAppearOnlyWhenThereAreSome)
{
    auto first = showWindow();
    auto *recent = first->findChild<QListWidget *>(QStringLiteral("recentFiles"));
    ASSERT_NE(recent, nullptr);
    EXPECT_FALSE(recent->isVisible()) << "no empty box on a first start";
    first.reset();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trust.strongtrust"));
    Settings::noteRecentFile(path);
    auto second = showWindow();
    recent = second->findChild<QListWidget *>(QStringLiteral("recentFiles"));
    ASSERT_NE(recent, nullptr);
    EXPECT_TRUE(recent->isVisible());
    ASSERT_EQ(recent->count(), 1);
    EXPECT_TRUE(recent->item(0)->text().contains(path));
    // As tall as its one entry, not the rest of the page.
    EXPECT_LT(recent->height(), recent->sizeHintForRow(0) * 3);
}

TEST(DeferredIconStyle, ExtensionIconsAreTheBaseStylesOnceDrawn)
{
    auto *style = new DeferredIconStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    std::unique_ptr<QStyle> owner(style);
    for (QStyle::StandardPixmap which : { QStyle::SP_ToolBarHorizontalExtensionButton,
             QStyle::SP_ToolBarVerticalExtensionButton }) {
        const QIcon deferred = style->standardIcon(which);
        const QIcon direct = style->baseStyle()->standardIcon(which);
        ASSERT_FALSE(deferred.isNull());
        ASSERT_FALSE(direct.isNull());
        const QImage drawn = deferred.pixmap(QSize(16, 16)).toImage();
        ASSERT_FALSE(drawn.isNull());
        EXPECT_EQ(drawn, direct.pixmap(QSize(16, 16)).toImage()) << which;
        EXPECT_EQ(deferred.actualSize(QSize(32, 32)), direct.actualSize(QSize(32, 32)));
    }
    // Every other icon is the base style's, as it is.
    EXPECT_EQ(style->standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16)).toImage(),
        style->baseStyle()
            ->standardIcon(QStyle::SP_DialogOkButton)
            .pixmap(QSize(16, 16))
            .toImage());
}

TEST(DeferredIconStyle, ADeferredIconOutlivingItsStyleIsEmptyNotACrash)
{
    QIcon icon;
    {
        DeferredIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    }
    EXPECT_TRUE(icon.pixmap(QSize(16, 16)).isNull());
}

TEST_F(StartUpTest, AnOverflowingToolBarShowsItsDeferredExtensionIcon)
{
    const QString styleName = QApplication::style()->name();
    QApplication::setStyle(new DeferredIconStyle(QStyleFactory::create(styleName)));
    {
        auto window = showWindow();
        ASSERT_TRUE(window->openSample());
        window->resize(420, 600); // too narrow for the tool bar's buttons
        QToolButton *extension = nullptr;
        for (QToolButton *b : toolBar(*window)->findChildren<QToolButton *>()) {
            if (QByteArray(b->metaObject()->className()) == "QToolBarExtension")
                extension = b;
        }
        ASSERT_NE(extension, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return extension->isVisible(); }));
        const QImage icon = extension->icon().pixmap(QSize(16, 16)).toImage();
        ASSERT_FALSE(icon.isNull());
        // Drawn: some pixel of the button's arrow is not transparent.
        bool inked = false;
        for (int y = 0; y < icon.height() && !inked; ++y) {
            for (int x = 0; x < icon.width() && !inked; ++x)
                inked = qAlpha(icon.pixel(x, y)) > 0;
        }
        EXPECT_TRUE(inked);
    }
    QApplication::setStyle(QStyleFactory::create(styleName));
}

TEST(SettingsWrites, AnUnchangedValueLeavesTheFileAlone)
{
    Settings::windowGeometry.set(QByteArray("first"));
    const QString file = QSettings().fileName();
    ASSERT_TRUE(QFileInfo::exists(file));
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2);
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(past, QFileDevice::FileModificationTime));
    }
    Settings::windowGeometry.set(QByteArray("first"));
    EXPECT_EQ(QFileInfo(file).lastModified().toUTC().toSecsSinceEpoch(), past.toSecsSinceEpoch());

    Settings::windowGeometry.set(QByteArray("second"));
    EXPECT_NE(QFileInfo(file).lastModified().toUTC().toSecsSinceEpoch(), past.toSecsSinceEpoch());
    EXPECT_EQ(Settings::windowGeometry.get(), QByteArray("second"));
}
