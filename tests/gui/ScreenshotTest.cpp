// Screenshots of the real window for docs/user-guide.md. With
// STRONGTRUST_SCREENSHOTS=DIR set (scripts/screenshots.sh), each screen is
// saved there as PNG; without it the screens are still built and grabbed,
// so the test also checks that every screen renders.
#include "FakeDialogs.h"
#include "LiveClient.h"
#include "app/AssessmentPage.h"
#include "app/FrameworkNavigator.h"
#include "app/JoinScreen.h"
#include "app/LiveRatingController.h"
#include "app/MainWindow.h"
#include "app/MeetingView.h"
#include "app/NewPeriodDialog.h"
#include "app/ReportPreview.h"
#include "app/TrustDialog.h"
#include "app/UserGuideDialog.h"
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "live/LiveSession.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

void save(QWidget *widget, const char *name)
{
    const QPixmap shot = widget->grab();
    ASSERT_FALSE(shot.isNull());
    ASSERT_EQ(shot.size(), widget->size());
    const QString dir = qEnvironmentVariable("STRONGTRUST_SCREENSHOTS");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png")));
    }
}

} // namespace

TEST(Screenshots, EveryScreenOfTheGuide)
{
    test::FakeDialogs dialogs;
    MainWindow window(&dialogs);
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    save(&window, "welcome");

    ASSERT_TRUE(window.openSample());
    window.assessmentPage()->selectIndicator(QStringLiteral("education.behaviour-attendance"));
    QCoreApplication::processEvents();
    save(&window, "rating-view");

    // A domain's baseline standards, then its measures (framework format version 2).
    window.assessmentPage()->selectStop(0, FrameworkNavigator::Stop::Standards);
    QCoreApplication::processEvents();
    save(&window, "domain-standards");
    window.assessmentPage()->selectStop(1, FrameworkNavigator::Stop::Measures);
    QCoreApplication::processEvents();
    save(&window, "domain-measures");

    TrustDialog trust(window.session(), &window);
    trust.show();
    QCoreApplication::processEvents();
    save(&trust, "trust-and-trustees");
    trust.close();

    // Trust ▸ New Period… on a workbook still on an earlier edition of the
    // built-in framework.
    NewPeriodOffer offer;
    offer.suggested = QStringLiteral("2026/27");
    offer.currentFramework = FrameworkLoader::builtIn().title + QStringLiteral(" 2023.1");
    offer.builtInFramework
        = FrameworkLoader::builtIn().title + u' ' + FrameworkLoader::builtIn().version;
    offer.builtInAddsBaseline = true;
    offer.preferBuiltIn = true;
    NewPeriodDialog newPeriod(offer, &window);
    newPeriod.show();
    QCoreApplication::processEvents();
    save(&newPeriod, "new-period");
    newPeriod.close();

    ReportPreview report(window.session(), &dialogs, &window);
    report.resize(1280, 900); // the board's words beside the pages
    report.show();
    report.waitForPages();
    EXPECT_GT(report.pageCount(), 1);
    save(&report, "report-preview");
    report.close();

    UserGuideDialog guide(&window);
    guide.show();
    QCoreApplication::processEvents();
    EXPECT_FALSE(guide.grab().isNull()); // rendered, though not pictured in itself
    guide.close();

    window.assessmentPage()->selectIndicator(QStringLiteral("education.behaviour-attendance"));
    window.setMeetingMode(true);
    // The offscreen screen is small; show the mode at the guide's size.
    window.showNormal();
    window.resize(1440, 900);
    QCoreApplication::processEvents();
    save(&window, "meeting-mode");
    // A domain's baseline standards come first in the meeting, one at a time.
    window.assessmentPage()->selectStandard(
        window.session()->framework().domains[0].standards[0].fullId);
    QCoreApplication::processEvents();
    save(&window, "meeting-standard");
    window.setMeetingMode(false);
}

TEST(Screenshots, LiveRating)
{
    test::FakeDialogs dialogs;
    MainWindow window(&dialogs);
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openSample());
    // A new year, so that some trustees have rated and some have not yet.
    ASSERT_TRUE(window.session()->startPeriod(
        QStringLiteral("2026/27"), QStringLiteral("Annual board self-assessment")));
    const QString indicator = QStringLiteral("governance.shared-accountability");
    window.assessmentPage()->selectIndicator(indicator);
    window.setMeetingMode(true);
    window.showNormal();
    window.resize(1440, 900);
    dialogs.liveListen = LiveListenRequest { QHostAddress(QHostAddress::LocalHost), 0, true };
    QTest::keyClick(window.meetingView(), Qt::Key_L);
    ASSERT_TRUE(window.liveRating()->isRunning()) << window.bannerText().toStdString();
    live::LiveSession *session = window.liveRating()->liveSession();

    // Three trustees rate from their phones.
    test::LiveClient phone;
    const QList<live::TrusteeLink> links = session->links();
    ASSERT_GE(links.size(), 4);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(
            phone.rate(session->baseUrl(), links[i].url.fragment(), indicator, 2 + i % 2).status,
            200);
    QCoreApplication::processEvents();
    ASSERT_TRUE(window.isJoinScreenShown());
    save(&window, "live-join-screen");

    QTest::keyClick(window.joinScreen(), Qt::Key_Escape);
    QCoreApplication::processEvents();
    save(&window, "live-meeting");
    window.setMeetingMode(false);
}
