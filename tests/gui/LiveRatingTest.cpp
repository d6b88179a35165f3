// Trustees rating on their own devices, as the window shows it: a live
// session started from meeting mode on loopback, ratings sent over real
// HTTP as a trustee's page sends them, and what the clerk and the room see.
#include "FakeDialogs.h"
#include "LiveClient.h"
#include "app/AssessmentPage.h"
#include "app/DistributionWidget.h"
#include "app/JoinScreen.h"
#include "app/LiveBar.h"
#include "app/LiveListenDialog.h"
#include "app/LiveRatingController.h"
#include "app/MainWindow.h"
#include "app/MeetingView.h"
#include "app/QrCodeWidget.h"
#include "app/RadarWidget.h"
#include "app/RatingsModel.h"
#include "app/RatingsTable.h"
#include "app/SendFormsDialog.h"
#include "app/TrusteeCodeDialog.h"
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "live/LiveSession.h"
#include "workbook/AuditEntry.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

const QString kFirst = QStringLiteral("governance.shared-accountability");
const QString kSecond = QStringLiteral("governance.strategic-direction");

class LiveRatingTest : public testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("oakfield.strongtrust"));
        {
            auto created = Workbook::create(
                path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
            ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
            Workbook &wb = *created.value();
            for (const char *name : { "Jane Smith", "Sam Patel", "Priya Raman" })
                trustees.append(wb.addTrustee(QLatin1String(name)).value());
            assessment
                = wb.createAssessment(QStringLiteral("2025/26"),
                        QStringLiteral("Annual board self-assessment"), wb.defaultFrameworkKey())
                      .value();
        }
        dialogs.auditName = QStringLiteral("Clerk to the board");
        window = std::make_unique<MainWindow>(&dialogs);
        window->resize(1440, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openWorkbook(path)) << dialogs.errors.join(u'\n').toStdString();
    }

    void TearDown() override { window.reset(); }

    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }
    WorkbookSession *session() { return window->session(); }
    LiveRatingController *live() { return window->liveRating(); }

    // Meeting mode on the first indicator, then L, answered "loopback, a free port".
    void startFromMeetingMode(bool blind)
    {
        window->assessmentPage()->selectIndicator(kFirst);
        QTest::keyClick(window.get(), Qt::Key_F11);
        ASSERT_TRUE(window->isMeetingMode());
        dialogs.liveListen = LiveListenRequest { QHostAddress(QHostAddress::LocalHost), 0, blind };
        QTest::keyClick(window->meetingView(), Qt::Key_L);
        ASSERT_TRUE(live()->isRunning()) << window->bannerText().toStdString();
    }

    QString tokenOf(qint64 trustee)
    {
        for (const live::TrusteeLink &l : live()->liveSession()->links()) {
            if (l.trusteeId == trustee)
                return l.url.fragment();
        }
        return {};
    }

    test::LiveAnswer rate(qint64 trustee, const QString &indicator, int level)
    {
        return client.rate(live()->liveSession()->baseUrl(), tokenOf(trustee), indicator, level);
    }

    QString label(const char *name)
    {
        auto *l = window->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    }

    QTemporaryDir dir;
    QString path;
    QList<qint64> trustees;
    qint64 assessment = 0;
    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
    test::LiveClient client;
};

} // namespace

TEST_F(LiveRatingTest, StartedFromMeetingModeTheJoinScreenShowsTheWayInAndNoToken)
{
    startFromMeetingMode(true);
    // Offered: the machine's network addresses, loopback too, a network one first.
    ASSERT_FALSE(dialogs.liveAddressesOffered.isEmpty());
    EXPECT_TRUE(dialogs.liveAddressesOffered.constLast().address.isLoopback());
    ASSERT_GE(dialogs.liveAddressSuggested, 0);
    EXPECT_EQ(dialogs.liveAddressesOffered[dialogs.liveAddressSuggested].isLoopback(),
        dialogs.liveAddressesOffered.size() == 1);
    EXPECT_EQ(live()->liveSession()->baseUrl().host(), QStringLiteral("127.0.0.1"));

    // The room joins first: the join screen, in place of meeting mode.
    ASSERT_TRUE(window->isJoinScreenShown());
    JoinScreen *join = window->joinScreen();
    ASSERT_TRUE(join->isVisible());
    QStringList shown;
    for (const QLabel *l : join->findChildren<QLabel *>())
        shown << l->text();
    const QString all = shown.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Oakfield Learning Trust"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("2025/26")));
    EXPECT_TRUE(all.contains(QStringLiteral("Scan the code on your card or open your link")));
    EXPECT_TRUE(all.contains(live()->liveSession()->joinUrl().toString())) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Trustees who have rated this indicator: 0 of 3")))
        << all.toStdString();
    for (const live::TrusteeLink &l : live()->liveSession()->links()) {
        ASSERT_FALSE(l.url.fragment().isEmpty());
        EXPECT_FALSE(all.contains(l.url.fragment())) << "a token on the projector";
    }
    EXPECT_FALSE(window->liveBar()->isVisible()); // nothing of the clerk's over it

    // Esc goes back to the indicator; J brings the join screen again.
    QTest::keyClick(join, Qt::Key_Escape);
    EXPECT_FALSE(window->isJoinScreenShown());
    EXPECT_TRUE(window->isMeetingMode());
    EXPECT_TRUE(window->meetingView()->isVisible());
    QTest::keyClick(window->meetingView(), Qt::Key_J);
    EXPECT_TRUE(window->isJoinScreenShown());
    QTest::keyClick(window->joinScreen(), Qt::Key_J);
    EXPECT_FALSE(window->isJoinScreenShown());
}

TEST_F(LiveRatingTest, RatingsFromDevicesShowAtOnceAndBlindRatingHidesTheirLevels)
{
    startFromMeetingMode(true);
    QTest::keyClick(window->joinScreen(), Qt::Key_Escape);
    MeetingView *meeting = window->meetingView();
    EXPECT_EQ(live()->liveSession()->current(), kFirst); // the pages follow the clerk

    const Framework &fw = session()->framework();
    const QString established = fw.scale.levels[fw.scale.indexOf(3)].label;
    const test::LiveAnswer a = rate(trustees[0], kFirst, 3);
    ASSERT_EQ(a.status, 200) << a.body.toStdString();
    // The window's copy, and the score, at once; nothing on the clerk's undo stack.
    EXPECT_EQ(session()->rating(trustees[0], kFirst).value, RatingValue::of(3));
    EXPECT_EQ(session()->scores().find(kFirst)->levelCount, 1);
    EXPECT_EQ(session()->undoStack()->count(), 0);
    // The radar: governance's provisional score would give the hidden rating
    // away, so before the reveal it is not drawn.
    auto *radar = meeting->findChild<RadarWidget *>();
    ASSERT_NE(radar, nullptr);
    ASSERT_FALSE(radar->chartData().series.isEmpty());
    EXPECT_FALSE(radar->chartData().series[0].values[0].has_value());

    // Who has rated, by name (names are shown), and never how: blind.
    EXPECT_TRUE(label("meetingLive")
                    .contains(QStringLiteral(
                        "Trustees who have rated this indicator: 1 of 3 (Jane Smith)")))
        << label("meetingLive").toStdString();
    const QString list = label("meetingTrustees");
    EXPECT_TRUE(list.contains(QStringLiteral("Jane Smith: <b>rated</b>"))) << list.toStdString();
    EXPECT_FALSE(list.contains(QStringLiteral("Established"))) << list.toStdString();
    auto *distribution = meeting->findChild<DistributionWidget *>();
    ASSERT_NE(distribution, nullptr);
    EXPECT_FALSE(distribution->showsCounts());
    EXPECT_FALSE(
        distribution->accessibleDescription().contains(established)); // nor to a screen reader

    ASSERT_EQ(rate(trustees[1], kFirst, 1).status, 200);
    EXPECT_TRUE(label("meetingLive").contains(QStringLiteral(": 2 of 3")))
        << label("meetingLive").toStdString();
    EXPECT_FALSE(radar->chartData().series[0].values[0].has_value());

    // R reveals: the levels, the spread, and the radar.
    QTest::keyClick(meeting, Qt::Key_R);
    ASSERT_TRUE(radar->chartData().series[0].values[0].has_value());
    EXPECT_DOUBLE_EQ(*radar->chartData().series[0].values[0], 2.0);
    EXPECT_TRUE(
        label("meetingTrustees").contains(QStringLiteral("Jane Smith: <b>%1</b>").arg(established)))
        << label("meetingTrustees").toStdString();
    EXPECT_TRUE(distribution->showsCounts());
    EXPECT_TRUE(
        distribution->accessibleDescription().contains(established + QStringLiteral(": 1")));

    // With names hidden, a count only.
    action("actionHideNames")->trigger();
    ASSERT_EQ(rate(trustees[2], kSecond, 2).status, 200); // another indicator: not counted here
    EXPECT_TRUE(label("meetingLive")
                    .contains(QStringLiteral("Trustees who have rated this indicator: 2 of 3 ·")))
        << label("meetingLive").toStdString();
    EXPECT_FALSE(label("meetingLive").contains(QStringLiteral("Jane Smith")));
    action("actionHideNames")->trigger();
}

TEST_F(LiveRatingTest, OpenRatingShowsLevelsAsTheyArrive)
{
    startFromMeetingMode(false);
    QTest::keyClick(window->joinScreen(), Qt::Key_Escape);
    ASSERT_EQ(rate(trustees[2], kFirst, 4).status, 200);
    const Framework &fw = session()->framework();
    const QString level = fw.scale.levels[fw.scale.indexOf(4)].label;
    EXPECT_TRUE(
        label("meetingTrustees").contains(QStringLiteral("Priya Raman: <b>%1</b>").arg(level)))
        << label("meetingTrustees").toStdString();
    EXPECT_TRUE(window->meetingView()->findChild<DistributionWidget *>()->showsCounts());
}

TEST_F(LiveRatingTest, ClosingAnIndicatorRefusesItsRatingsUntilReopened)
{
    startFromMeetingMode(true);
    QTest::keyClick(window->joinScreen(), Qt::Key_Escape);
    QTest::keyClick(window->meetingView(), Qt::Key_C);
    EXPECT_FALSE(live()->isCurrentOpen());
    EXPECT_FALSE(live()->liveSession()->isOpen(kFirst));
    EXPECT_TRUE(action("actionCloseRating")->isChecked());
    EXPECT_TRUE(label("meetingLive").startsWith(QStringLiteral("Closed for rating")))
        << label("meetingLive").toStdString();

    const test::LiveAnswer refused = rate(trustees[0], kFirst, 3);
    EXPECT_EQ(refused.status, 409) << refused.body.toStdString();
    EXPECT_TRUE(session()->rating(trustees[0], kFirst).value.isUnrated());
    // Other indicators stay open.
    EXPECT_EQ(rate(trustees[0], kSecond, 3).status, 200);

    // Reopened from the menu's command, in the rating view.
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
    ASSERT_FALSE(window->isMeetingMode());
    window->assessmentPage()->selectIndicator(kFirst);
    EXPECT_TRUE(window->liveBar()->isVisible());
    EXPECT_TRUE(window->liveBar()->text().contains(QStringLiteral("closed for this indicator")));
    action("actionCloseRating")->trigger();
    EXPECT_TRUE(live()->isCurrentOpen());
    EXPECT_EQ(rate(trustees[0], kFirst, 3).status, 200);
    EXPECT_EQ(session()->rating(trustees[0], kFirst).value, RatingValue::of(3));
}

TEST_F(LiveRatingTest, TheRatingViewTellsTheSessionItsIndicatorAndWhoHasRated)
{
    window->assessmentPage()->selectIndicator(kFirst);
    dialogs.liveListen = LiveListenRequest { QHostAddress(QHostAddress::LocalHost), 0, true };
    action("actionStartLive")->trigger();
    ASSERT_TRUE(live()->isRunning()) << window->bannerText().toStdString();
    EXPECT_FALSE(action("actionStartLive")->isVisible());
    EXPECT_TRUE(action("actionStopLive")->isVisible());
    window->setJoinScreenShown(false);
    EXPECT_TRUE(window->liveBar()->isVisible());
    window->assessmentPage()->selectIndicator(kSecond);
    EXPECT_EQ(live()->liveSession()->current(), kSecond);

    ASSERT_EQ(rate(trustees[1], kSecond, 2).status, 200);
    EXPECT_TRUE(window->liveBar()->text().contains(
        QStringLiteral("Trustees who have rated this indicator: 1 of 3 (Sam Patel)")))
        << window->liveBar()->text().toStdString();
    // In the table: rated, but hidden (blind).
    RatingsModel *model = window->assessmentPage()->ratings()->ratingsModel();
    EXPECT_EQ(model->data(model->index(1, RatingsModel::LevelColumn)).toString(),
        QStringLiteral("rated (hidden)"));

    // The clerk still types a vote for a trustee without a device.
    session()->setRatingValue(trustees[2], kSecond, RatingValue::of(3));
    EXPECT_EQ(session()->undoStack()->count(), 1);
    EXPECT_TRUE(window->liveBar()->text().contains(QStringLiteral(": 2 of 3")));
    // The trail tells them apart: Sam from his device, Priya's vote by the clerk.
    bool samFromDevice = false;
    bool priyaByClerk = false;
    for (const AuditEntry &e : session()->workbook().auditLog(assessment)) {
        if (e.entity != QLatin1String("rating") || e.subject != kSecond)
            continue;
        samFromDevice |= e.trusteeId == trustees[1] && e.actor == QLatin1String("Sam Patel")
            && e.via == QLatin1String("device");
        priyaByClerk |= e.trusteeId == trustees[2] && e.actor == QLatin1String("Clerk to the board")
            && e.via.isEmpty();
    }
    EXPECT_TRUE(samFromDevice);
    EXPECT_TRUE(priyaByClerk);
}

TEST_F(LiveRatingTest, TheClerksUndoNeverReplacesATrusteesNewerRating)
{
    startFromMeetingMode(false);
    QTest::keyClick(window->joinScreen(), Qt::Key_Escape);
    MeetingView *meeting = window->meetingView();
    // The clerk types Jane's vote, then Jane changes it on her phone.
    QTest::keyClick(meeting, Qt::Key_V);
    QTest::keyClicks(meeting->voteEntry(), QStringLiteral("1 2"));
    QTest::keyClick(meeting->voteEntry(), Qt::Key_Return);
    QTest::keyClick(meeting->voteEntry(), Qt::Key_Escape);
    ASSERT_EQ(session()->undoStack()->count(), 1);
    ASSERT_EQ(rate(trustees[0], kFirst, 4).status, 200);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(session()->rating(trustees[0], kFirst).value, RatingValue::of(4));
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("own device")))
        << window->bannerText().toStdString();
    EXPECT_EQ(session()->undoStack()->count(), 0);
}

TEST_F(LiveRatingTest, StoppingEndsEveryLink)
{
    startFromMeetingMode(true);
    QTest::keyClick(window->joinScreen(), Qt::Key_Escape);
    const QUrl base = live()->liveSession()->baseUrl();
    const QString token = tokenOf(trustees[0]);
    QTest::keyClick(window->meetingView(), Qt::Key_L); // L again stops
    EXPECT_FALSE(live()->isRunning());
    EXPECT_FALSE(window->isJoinScreenShown());
    EXPECT_FALSE(window->findChild<QLabel *>(QStringLiteral("meetingLive"))->isVisible());
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(); // the server closes its sockets
    const test::LiveAnswer after = client.rate(base, token, kFirst, 3);
    EXPECT_NE(after.status, 200) << after.body.toStdString();
    EXPECT_TRUE(session()->rating(trustees[0], kFirst).value.isUnrated());
}

TEST_F(LiveRatingTest, AnotherPeriodOrClosingTheWorkbookStopsTheSession)
{
    startFromMeetingMode(true);
    QTest::keyClick(window->joinScreen(), Qt::Key_Escape);
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
    dialogs.newPeriod = NewPeriodRequest { QStringLiteral("2026/27"), QString() };
    action("actionNewPeriod")->trigger();
    ASSERT_EQ(session()->assessment().period, QStringLiteral("2026/27"));
    EXPECT_FALSE(live()->isRunning());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("another period")))
        << window->statusBar()->currentMessage().toStdString();

    dialogs.liveListen = LiveListenRequest { QHostAddress(QHostAddress::LocalHost), 0, true };
    action("actionStartLive")->trigger();
    ASSERT_TRUE(live()->isRunning());
    const QUrl base = live()->liveSession()->baseUrl();
    window->closeWorkbook();
    EXPECT_EQ(window->liveRating(), nullptr);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    EXPECT_FALSE(probe.waitForConnected(2000)) << "still listening after the workbook closed";
}

TEST_F(LiveRatingTest, StartIsRefusedClearlyWhenNoOneCanRate)
{
    // Final: signed off.
    {
        SignOff s;
        s.chair = QStringLiteral("Jane Smith");
        s.date = QDate(2026, 3, 20);
        ASSERT_TRUE(session()->workbook().finalise(assessment, s).ok());
        ASSERT_TRUE(session()->selectAssessment(assessment).ok());
    }
    dialogs.liveListen = LiveListenRequest { QHostAddress(QHostAddress::LocalHost), 0, true };
    action("actionStartLive")->trigger();
    EXPECT_FALSE(live()->isRunning());
    EXPECT_TRUE(dialogs.liveAddressesOffered.isEmpty()); // refused before asking
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("final")))
        << window->bannerText().toStdString();
}

TEST_F(LiveRatingTest, StartIsRefusedWhenEveryTrusteeHasRetired)
{
    for (const qint64 id : trustees)
        session()->setTrusteeRetired(id, true);
    dialogs.liveListen = LiveListenRequest { QHostAddress(QHostAddress::LocalHost), 0, true };
    action("actionStartLive")->trigger();
    EXPECT_FALSE(live()->isRunning());
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("no active trustee")))
        << window->bannerText().toStdString();
}

TEST_F(LiveRatingTest, ATrusteesCodeShowsOneTrusteeAtATimeOnlyWhenChosen)
{
    startFromMeetingMode(true);
    const QList<live::TrusteeLink> links = live()->liveSession()->links();
    TrusteeCodeDialog dialog(links, window.get());
    dialog.show();
    EXPECT_TRUE(dialog.shownLink().isEmpty());
    EXPECT_FALSE(dialog.code()->code().has_value());
    dialog.trusteeList()->setCurrentRow(1);
    EXPECT_EQ(dialog.shownLink(), links[1].url.toString(QUrl::FullyEncoded));
    EXPECT_EQ(dialog.code()->text(), links[1].url.toString(QUrl::FullyEncoded));
    dialog.trusteeList()->setCurrentRow(2);
    EXPECT_EQ(dialog.code()->text(), links[2].url.toString(QUrl::FullyEncoded));
}

TEST_F(LiveRatingTest, PrintTrusteeCardsSavesTheSheet)
{
    startFromMeetingMode(true);
    QTest::keyClick(window->joinScreen(), Qt::Key_Escape);
    QTest::keyClick(window->meetingView(), Qt::Key_Escape);
    dialogs.exportPath = dir.filePath(QStringLiteral("cards.pdf"));
    action("actionPrintCards")->trigger();
    ASSERT_TRUE(QFileInfo::exists(dialogs.exportPath)) << dialogs.errors.join(u'\n').toStdString();
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("only while this live session runs")));
}

TEST_F(LiveRatingTest, SendRatingFormsWritesOneFileForEachChosenTrustee)
{
    SendFormsDialog forms(session(), &dialogs, window.get());
    forms.show();
    QListWidget *list = forms.trusteeList();
    ASSERT_EQ(list->count(), 3);
    for (int i = 0; i < list->count(); ++i)
        EXPECT_EQ(list->item(i)->checkState(), Qt::Checked); // every active trustee
    list->item(1)->setCheckState(Qt::Unchecked); // Sam rates in the room
    const QString out = dir.filePath(QStringLiteral("forms"));
    ASSERT_TRUE(QDir().mkpath(out));
    dialogs.folder = out;
    QTest::mouseClick(
        forms.findChild<QPushButton *>(QStringLiteral("formsBrowse")), Qt::LeftButton);
    EXPECT_EQ(forms.folder()->text(), out);
    QTest::mouseClick(forms.writeButton(), Qt::LeftButton);

    const QStringList files = QDir(out).entryList({ QStringLiteral("*.html") }, QDir::Files);
    ASSERT_EQ(files.size(), 2) << forms.resultText().toStdString();
    const QString result = forms.resultText();
    EXPECT_TRUE(result.contains(QStringLiteral("Jane Smith"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("Priya Raman")));
    EXPECT_FALSE(result.contains(QStringLiteral("Sam Patel")));
    for (const QString &f : files)
        EXPECT_TRUE(result.contains(QDir::toNativeSeparators(QDir(out).filePath(f))))
            << f.toStdString() << '\n'
            << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("Send each trustee their own file")));
}

TEST_F(LiveRatingTest, SendRatingFormsSaysWhyNothingWasWritten)
{
    SendFormsDialog forms(session(), &dialogs, window.get());
    forms.folder()->setText(dir.filePath(QStringLiteral("not-there")));
    EXPECT_FALSE(forms.writeForms());
    EXPECT_TRUE(forms.resultText().startsWith(QStringLiteral("No form was written")))
        << forms.resultText().toStdString();
}

TEST_F(LiveRatingTest, TheListenDialogOffersTheAddressesWithTheSuggestedFirst)
{
    const QList<ListenChoice> choices { { QHostAddress(QStringLiteral("192.168.1.20")),
                                            QStringLiteral("wlan0") },
        { QHostAddress(QHostAddress::LocalHost), {} } };
    EXPECT_EQ(defaultListenChoice(choices), 0);
    LiveListenDialog dialog(choices, defaultListenChoice(choices), true, window.get());
    auto *address = dialog.findChild<QComboBox *>(QStringLiteral("liveAddress"));
    auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("livePort"));
    ASSERT_NE(address, nullptr);
    ASSERT_NE(port, nullptr);
    EXPECT_EQ(address->count(), 2);
    EXPECT_TRUE(address->itemText(0).contains(QStringLiteral("192.168.1.20")));
    EXPECT_TRUE(address->itemText(1).contains(QStringLiteral("this computer only")));
    EXPECT_EQ(dialog.request().address, choices[0].address);
    EXPECT_EQ(dialog.request().port, 0); // a free port
    EXPECT_TRUE(dialog.request().blind);
    address->setCurrentIndex(1);
    port->setValue(8080);
    EXPECT_TRUE(dialog.request().address.isLoopback());
    EXPECT_EQ(dialog.request().port, 8080);
    // Loopback alone, when the machine has no network: then it is the one offered.
    EXPECT_EQ(defaultListenChoice({ choices[1] }), 0);
}
