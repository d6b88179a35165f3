// The yearly archive in the window: finalising and signing off, archiving a
// final assessment, the history of periods, the audit trail and the name it
// records. Driven on the sample workbook (2024/25 final, 2025/26 draft), and
// the history on a workbook of three periods made here.
#include "FakeDialogs.h"
#include "app/AuditDialog.h"
#include "app/FinaliseDialog.h"
#include "app/HistoryDialog.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/WorkbookSession.h"
#include "archive/ArchiveBundle.h"
#include "framework/FrameworkLoader.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

class YearlyArchiveTest : public testing::Test
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

    qint64 periodId(const QString &period)
    {
        const auto a = window->session()->workbook().assessmentForPeriod(period);
        return a ? a->id : 0;
    }

    // With STRONGTRUST_SCREENSHOTS=DIR, saves the widget there (to look at).
    static void screenshot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("STRONGTRUST_SCREENSHOTS");
        const QPixmap shot = w->grab();
        EXPECT_FALSE(shot.isNull());
        if (!dir.isEmpty()) {
            EXPECT_TRUE(shot.save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png")));
        }
    }

    QTemporaryDir dir;
    test::FakeDialogs dialogs;
    std::unique_ptr<MainWindow> window;
};

const QString k2024 = QStringLiteral("2024/25");
const QString k2025 = QStringLiteral("2025/26");

} // namespace

TEST_F(YearlyArchiveTest, FinalisingTheDraftMakesItFinalAndReadOnly)
{
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    ASSERT_TRUE(s->selectPeriod(k2025).ok());
    ASSERT_FALSE(s->assessment().isFinal());
    EXPECT_TRUE(action("actionFinalise")->isEnabled());

    FinaliseDialog dialog(s, window.get());
    dialog.show();
    for (QLineEdit *reason : dialog.reasons())
        QTest::keyClicks(reason, QStringLiteral("The board agreed the new scheme of delegation"));
    QTest::keyClicks(dialog.chair(), QStringLiteral("Ruth Okafor"));
    QTest::keyClicks(dialog.minuteRef(), QStringLiteral("Minute 2026/14"));
    EXPECT_EQ(dialog.date()->date(), QDate::currentDate());
    screenshot(&dialog, "finalise-dialog");
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem()->text().toStdString();
    const auto info = s->workbook().assessment(periodId(k2025));
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->isFinal());
    EXPECT_EQ(info->signOff.chair, QStringLiteral("Ruth Okafor"));
    EXPECT_EQ(info->signOff.minuteRef, QStringLiteral("Minute 2026/14"));
    EXPECT_EQ(s->assessmentId(), periodId(k2025));
    EXPECT_TRUE(s->assessment().isFinal());
    EXPECT_FALSE(s->canEdit());
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("final")))
        << window->bannerText().toStdString();
    EXPECT_FALSE(action("actionFinalise")->isEnabled());
}

TEST_F(YearlyArchiveTest, OkIsRefusedWhileTheChairsNameIsEmpty)
{
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    ASSERT_TRUE(s->selectPeriod(k2025).ok());

    FinaliseDialog dialog(s, window.get());
    dialog.show();
    for (QLineEdit *reason : dialog.reasons())
        QTest::keyClicks(reason, QStringLiteral("A reason"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.problem()->text().isEmpty());
    EXPECT_FALSE(s->workbook().assessment(periodId(k2025))->isFinal());
    EXPECT_TRUE(s->canEdit());
}

TEST_F(YearlyArchiveTest, ANeededReasonMustBeGivenAndIsSaved)
{
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    ASSERT_TRUE(s->selectPeriod(k2025).ok());
    // Move a domain for which the sample records no reason (the sample explains
    // the moves it has) to the level of the scale farthest from last year's score.
    const Framework &fw = s->framework();
    ASSERT_TRUE(s->previousScores());
    int d = 0;
    while (d < fw.domains.size() && s->data().changeReasons.contains(fw.domains[d].id))
        ++d;
    ASSERT_LT(d, fw.domains.size());
    const Domain &domain = fw.domains[d];
    const std::optional<double> before = s->previousScores()->domains[d].score;
    ASSERT_TRUE(before);
    const double target = *before - fw.scale.minValue() > fw.scale.maxValue() - *before
        ? fw.scale.minValue()
        : fw.scale.maxValue();
    for (const Indicator &i : domain.indicators)
        s->setConsensus(
            i.fullId, RatingValue::of(target), QStringLiteral("Agreed"), Confidence::Moderate);
    const QList<QString> needing = s->workbook().domainsNeedingReason(s->assessmentId());
    ASSERT_TRUE(needing.contains(domain.id));

    FinaliseDialog dialog(s, window.get());
    dialog.show();
    ASSERT_EQ(dialog.reasons().size(), needing.size());
    QTest::keyClicks(dialog.chair(), QStringLiteral("Ruth Okafor"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.problem()->text().isEmpty());
    EXPECT_FALSE(s->workbook().assessment(periodId(k2025))->isFinal());

    for (QLineEdit *reason : dialog.reasons())
        QTest::keyClicks(reason, QStringLiteral("New trustees with finance experience"));
    screenshot(&dialog, "finalise-dialog-reasons");
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem()->text().toStdString();
    EXPECT_TRUE(s->workbook().assessment(periodId(k2025))->isFinal());
    EXPECT_FALSE(s->canEdit());
    bool saved = false;
    for (const AuditEntry &e : s->workbook().auditLog(periodId(k2025)))
        saved = saved
            || (e.entity == QStringLiteral("change reason")
                && e.newValue.contains(QStringLiteral("finance experience")));
    EXPECT_TRUE(saved);
}

TEST_F(YearlyArchiveTest, ArchivesAFinalAssessmentAndRefusesADraft)
{
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    const QString out = dir.filePath(QStringLiteral("archive 2024-25"));
    dialogs.archivePath = out;

    ASSERT_TRUE(s->selectPeriod(k2025).ok());
    action("actionArchive")->trigger();
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_TRUE(window->bannerText().contains(QStringLiteral("final")))
        << window->bannerText().toStdString();

    ASSERT_TRUE(s->selectPeriod(k2024).ok());
    action("actionArchive")->trigger();
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(u'\n').toStdString();
    EXPECT_TRUE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("manifest.json"))));
    EXPECT_TRUE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.pdf"))));
    auto verified = verifyArchiveBundle(out);
    ASSERT_TRUE(verified.ok()) << verified.errorText().toStdString();
    EXPECT_TRUE(verified->intact());

    // A second archive into the same (now full) folder is refused, with a message.
    action("actionArchive")->trigger();
    EXPECT_EQ(dialogs.errors.size(), 1);
}

// Three periods whose every indicator has an agreed level chosen here, so that
// each domain's score (the mean of its indicators) is known without the code
// that computes it: on the built-in framework (governance 6 indicators,
// education 7, workforce 6, efficiency 6, civic 5).
//
//   domain       2023/24  2024/25  2025/26
//   governance   2        3        3
//   education    2        2        16/7 (six at 2, one at 4)
//   workforce    3        3        1
//   efficiency   2        2        4
//   civic        —        1        —     (no agreed level: no score)
TEST_F(YearlyArchiveTest, HistoryShowsEveryPeriodAndWhatMoved)
{
    const QString path = dir.filePath(QStringLiteral("history.strongtrust"));
    const QString k2023 = QStringLiteral("2023/24");
    {
        auto created = Workbook::create(
            path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        Workbook &wb = *created.value();
        const Framework &fw = FrameworkLoader::builtIn();
        ASSERT_EQ(fw.domains.size(), 5);
        const QStringList ids { QStringLiteral("governance"), QStringLiteral("education"),
            QStringLiteral("workforce"), QStringLiteral("efficiency"), QStringLiteral("civic") };
        const QList<int> sizes { 6, 7, 6, 6, 5 };
        for (int d = 0; d < 5; ++d) {
            ASSERT_EQ(fw.domains[d].id, ids[d]);
            ASSERT_EQ(fw.domains[d].indicators.size(), sizes[d]) << ids[d].toStdString();
        }
        // Agrees `levels[d]` (0: none) on every indicator of domain d.
        const auto agreeAll = [&](qint64 id, const QList<double> &levels) {
            for (int d = 0; d < 5; ++d) {
                if (levels[d] == 0)
                    continue;
                for (const Indicator &i : fw.domains[d].indicators)
                    ASSERT_TRUE(wb.setConsensus(id, i.fullId, RatingValue::of(levels[d]),
                                      QStringLiteral("Agreed"), Confidence::Moderate)
                                    .ok());
            }
        };
        const qint64 first = wb.createAssessment(k2023, QStringLiteral("Self-assessment"),
                                   wb.defaultFrameworkKey())
                                 .value();
        agreeAll(first, { 2, 2, 3, 2, 0 });
        ASSERT_TRUE(
            wb.finalise(first, SignOff { QStringLiteral("Jane Smith"), QDate(2024, 3, 12), {} })
                .ok());
        const auto second = wb.startPeriodFrom(first, k2024, QStringLiteral("Self-assessment"));
        ASSERT_TRUE(second.ok()) << second.errorText().toStdString();
        agreeAll(second.value(), { 3, 2, 3, 2, 1 });
        ASSERT_TRUE(wb.setChangeReason(second.value(), QStringLiteral("governance"),
                          QStringLiteral("New trustees"))
                        .ok());
        const Status signed2024 = wb.finalise(
            second.value(), SignOff { QStringLiteral("Jane Smith"), QDate(2025, 3, 11), {} });
        ASSERT_TRUE(signed2024.ok()) << signed2024.errorText().toStdString();
        const auto third
            = wb.startPeriodFrom(second.value(), k2025, QStringLiteral("Self-assessment"));
        ASSERT_TRUE(third.ok()) << third.errorText().toStdString();
        agreeAll(third.value(), { 3, 2, 1, 4, 0 });
        ASSERT_TRUE(wb.setConsensus(third.value(), fw.domains[1].indicators[0].fullId,
                          RatingValue::of(4), {}, Confidence::Strong)
                        .ok());
    }
    ASSERT_TRUE(window->openWorkbook(path));
    WorkbookSession *s = window->session();
    HistoryDialog dialog(s, window.get());
    dialog.show();

    const auto number = [](double v) { return QLocale().toString(v, 'f', 2); };
    const QString none = QStringLiteral("—");

    // Every period, in order, with its status and each domain's score.
    QTableWidget *history = dialog.historyTable();
    ASSERT_EQ(history->rowCount(), 3);
    ASSERT_EQ(history->columnCount(), 3 + 5);
    const QStringList periods { k2023, k2024, k2025 };
    const QList<QStringList> scores {
        { number(2), number(2), number(3), number(2), none },
        { number(3), number(2), number(3), number(2), number(1) },
        { number(3), number(16.0 / 7.0), number(1), number(4), none },
    };
    for (int row = 0; row < 3; ++row) {
        SCOPED_TRACE(periods[row].toStdString());
        EXPECT_EQ(history->item(row, 0)->text(), periods[row]);
        EXPECT_EQ(history->item(row, 1)->text().startsWith(QStringLiteral("Final")), row < 2)
            << history->item(row, 1)->text().toStdString();
        for (int d = 0; d < 5; ++d)
            EXPECT_EQ(history->item(row, 3 + d)->text(), scores[row][d]) << "domain " << d;
    }

    // What moved: domain, from, to, change (as a number and as text), movement.
    struct Moved {
        const char *domain;
        QString from;
        QString to;
        std::optional<double> change;
        const char *movement;
    };
    const auto expectChanges = [&](const QList<Moved> &expected) {
        QTableWidget *changes = dialog.changesTable();
        ASSERT_EQ(changes->rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            const Moved &m = expected[row];
            SCOPED_TRACE(m.domain);
            EXPECT_EQ(changes->item(row, 0)->text(), QString::fromUtf8(m.domain));
            EXPECT_EQ(changes->item(row, 1)->text(), m.from);
            EXPECT_EQ(changes->item(row, 2)->text(), m.to);
            const QVariant diff = changes->item(row, 3)->data(Qt::UserRole);
            ASSERT_EQ(diff.isValid(), m.change.has_value());
            if (m.change) {
                EXPECT_NEAR(diff.toDouble(), *m.change, 1e-9);
                EXPECT_EQ(changes->item(row, 3)->text(),
                    (*m.change > 0 ? QStringLiteral("+") : QString()) + number(*m.change));
            }
            EXPECT_EQ(changes->item(row, 4)->text(), QString::fromUtf8(m.movement));
        }
    };

    // By default the last two periods.
    EXPECT_EQ(dialog.compareFrom()->currentText(), k2024);
    EXPECT_EQ(dialog.compareTo()->currentText(), k2025);
    expectChanges({
        { "Expert governance", number(3), number(3), 0.0, "no change" },
        { "Quality of education", number(2), number(16.0 / 7.0), 2.0 / 7.0,
            "up, within the level" },
        { "Workforce resilience and wellbeing", number(3), number(1), -2.0, "down 2 levels" },
        { "Efficiency and effectiveness", number(2), number(4), 2.0, "up 2 levels" },
        { "Public benefit and civic duty", number(1), none, std::nullopt, "not scored in both" },
    });
    screenshot(&dialog, "history-dialog");

    // The first period against the last.
    dialog.compareFrom()->setCurrentIndex(0);
    expectChanges({
        { "Expert governance", number(2), number(3), 1.0, "up 1 level" },
        { "Quality of education", number(2), number(16.0 / 7.0), 2.0 / 7.0,
            "up, within the level" },
        { "Workforce resilience and wellbeing", number(3), number(1), -2.0, "down 2 levels" },
        { "Efficiency and effectiveness", number(2), number(4), 2.0, "up 2 levels" },
        { "Public benefit and civic duty", none, none, std::nullopt, "not scored in both" },
    });

    // The same period on both sides: nothing moved.
    dialog.compareFrom()->setCurrentIndex(2);
    expectChanges({
        { "Expert governance", number(3), number(3), 0.0, "no change" },
        { "Quality of education", number(16.0 / 7.0), number(16.0 / 7.0), 0.0, "no change" },
        { "Workforce resilience and wellbeing", number(1), number(1), 0.0, "no change" },
        { "Efficiency and effectiveness", number(4), number(4), 0.0, "no change" },
        { "Public benefit and civic duty", none, none, std::nullopt, "not scored in both" },
    });
}

TEST_F(YearlyArchiveTest, AuditTrailListsEntriesAndFiltersByPeriod)
{
    ASSERT_TRUE(window->openSample());
    WorkbookSession *s = window->session();
    s->setTrustName(
        QStringLiteral("Oakfield Learning Trust (renamed)")); // an entry outside any period
    AuditDialog dialog(s, window.get());
    dialog.show();
    const int all = dialog.auditTable()->rowCount();
    EXPECT_EQ(all, int(s->workbook().auditLog().size()));
    ASSERT_GT(all, 0);
    EXPECT_EQ(dialog.visibleRows(), all);
    EXPECT_EQ(dialog.periodFilter()->itemData(0).toString(), QString());

    dialog.periodFilter()->setCurrentIndex(dialog.periodFilter()->findData(k2025));
    const int in2025 = dialog.visibleRows();
    EXPECT_LT(in2025, all);
    int expected = 0;
    for (const AuditEntry &e : s->workbook().auditLog())
        expected += e.period == k2025 ? 1 : 0;
    EXPECT_EQ(in2025, expected);

    // A domain narrows further, to entries about it, shown by its title.
    dialog.domainFilter()->setCurrentIndex(1);
    EXPECT_LE(dialog.visibleRows(), in2025);
    for (int r = 0; r < dialog.auditTable()->rowCount(); ++r) {
        if (!dialog.auditTable()->isRowHidden(r)) {
            EXPECT_TRUE(
                dialog.auditTable()->item(r, 4)->text().contains(s->framework().domains[0].title))
                << dialog.auditTable()->item(r, 4)->text().toStdString();
        }
    }
    dialog.periodFilter()->setCurrentIndex(0);
    dialog.domainFilter()->setCurrentIndex(0);
    EXPECT_EQ(dialog.visibleRows(), all);
    screenshot(&dialog, "audit-dialog");
}

TEST_F(YearlyArchiveTest, TheAuditNameIsAskedOnceAndRemembered)
{
    QSettings().remove(Settings::auditName.key());
    dialogs.auditName = QStringLiteral("Clerk to the Board");
    ASSERT_TRUE(window->openSample());
    EXPECT_EQ(dialogs.auditNameAsked, 1);
    EXPECT_EQ(Settings::auditName.get(), QStringLiteral("Clerk to the Board"));
    EXPECT_EQ(window->session()->workbook().actor(), QStringLiteral("Clerk to the Board"));

    ASSERT_TRUE(window->openSample());
    EXPECT_EQ(dialogs.auditNameAsked, 1);
    EXPECT_EQ(window->session()->workbook().actor(), QStringLiteral("Clerk to the Board"));

    // Changed later from the Trust menu.
    dialogs.auditName = QStringLiteral("Ruth Okafor");
    action("actionAuditName")->trigger();
    EXPECT_EQ(dialogs.auditNameAsked, 2);
    EXPECT_EQ(window->session()->workbook().actor(), QStringLiteral("Ruth Okafor"));
    QSettings().remove(Settings::auditName.key());
}

TEST_F(YearlyArchiveTest, JustAcceptingKeepsTheSuggestedName)
{
    QSettings().remove(Settings::auditName.key());
    ASSERT_TRUE(window->openSample());
    EXPECT_EQ(dialogs.auditNameAsked, 1);
    EXPECT_FALSE(Settings::auditName.get().isEmpty());
    EXPECT_EQ(window->session()->workbook().actor(), Settings::auditName.get());
    QSettings().remove(Settings::auditName.key());
}

TEST_F(YearlyArchiveTest, NewActionsNeedAWorkbook)
{
    for (const char *name :
        { "actionFinalise", "actionArchive", "actionHistory", "actionAudit", "actionAuditName" }) {
        ASSERT_NE(action(name), nullptr) << name;
        EXPECT_FALSE(action(name)->isEnabled()) << name;
    }
    ASSERT_TRUE(window->openSample());
    for (const char *name : { "actionArchive", "actionHistory", "actionAudit" })
        EXPECT_TRUE(action(name)->isEnabled()) << name;
}
