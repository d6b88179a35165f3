// Export ODT… in the report preview: the button asks where, and writes the
// editable report there (content checked through the core's package reader;
// the file itself is checked in depth by tests/cli/ReportOdtTest.cpp).
#include "FakeDialogs.h"
#include "app/MainWindow.h"
#include "app/ReportPreview.h"
#include "report/OdtPackage.h"
#include "support/TestSupport.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

TEST(ReportPreviewOdt, ExportOdtWritesTheEditableReport)
{
    QTemporaryDir dir;
    test::FakeDialogs dialogs;
    dialogs.auditName = QStringLiteral("Clerk");
    MainWindow window(&dialogs);
    window.show();
    ASSERT_TRUE(window.openSample());
    ReportPreview preview(window.session(), &dialogs, &window);
    preview.show();
    preview.waitForPages();

    auto *button = preview.findChild<QPushButton *>(QStringLiteral("exportOdt"));
    ASSERT_NE(button, nullptr);
    dialogs.exportPath.clear(); // cancelled: nothing written
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(QDir(dir.path()).isEmpty());

    dialogs.exportPath = dir.filePath(QStringLiteral("report.odt"));
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
    auto package = report::readPackage(test::readFile(dialogs.exportPath));
    ASSERT_TRUE(package.ok()) << package.errorText().toStdString();
    QString content;
    for (const report::PackageMember &m : package.value()) {
        if (m.name == QLatin1String("content.xml"))
            content = QString::fromUtf8(m.data);
    }
    EXPECT_TRUE(content.contains(QStringLiteral("Oakfield Learning Trust")));
    EXPECT_TRUE(content.contains(QStringLiteral("text:outline-level=\"1\"")));
    EXPECT_TRUE(content.contains(QStringLiteral("<draw:image ")));
}
