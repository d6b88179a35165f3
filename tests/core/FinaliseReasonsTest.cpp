// The year's cycle around sign-off: comparing periods, the reasons for a
// change of a whole level, carrying open actions forward, the interchange
// extensions (changeReasons, confidential evidence) and the audit trail.
#include "YearFixture.h"
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "history/AssessmentComparison.h"
#include "report/ReportData.h"
#include "support/TestSupport.h"
#include "workbook/AuditText.h"
#include "workbook/TextLimits.h"

using namespace strongtrust;
using nlohmann::json;
using test::succeeded;

namespace {

class FinaliseReasonsTest : public test::YearFixture
{
protected:
    // By value: the list is often a temporary.
    static std::optional<DomainChange> find(const QList<DomainChange> &changes, const char *domain)
    {
        for (const DomainChange &c : changes) {
            if (c.domainId == QLatin1String(domain))
                return c;
        }
        return std::nullopt;
    }

    // The built-in framework's document, changed by `edit`, loaded as a framework.
    template <typename Edit> static Framework variantOfBuiltIn(Edit edit)
    {
        json doc = json::parse(FrameworkLoader::builtIn().json.toStdString());
        edit(doc);
        auto fw = FrameworkLoader::loadBytes(
            QByteArray::fromStdString(doc.dump()), QStringLiteral("variant.json"));
        EXPECT_TRUE(fw.ok()) << fw.errorText().toStdString();
        return fw.ok() ? fw.value() : Framework {};
    }

    QList<AuditEntry> entries(qint64 id, const QString &entity)
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : wb->auditLog(id)) {
            if (e.entity == entity)
                out.append(e);
        }
        return out;
    }
};

} // namespace

TEST_F(FinaliseReasonsTest, ComparisonGivesEachDomainsScoresAndTheirDifference)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 1);
    const qint64 now = period(QStringLiteral("2025/26"), 2, 3);
    agree(now, QStringLiteral("civic"), 3); // education etc. stay at 2, civic rises by one

    const QList<DomainChange> changes = compareAssessments(*wb, last, now);
    ASSERT_EQ(changes.size(), FrameworkLoader::builtIn().domains.size());
    EXPECT_EQ(changes[0].domainId, QStringLiteral("governance")); // framework order
    EXPECT_EQ(changes[0].title, FrameworkLoader::builtIn().domains[0].title);

    const std::optional<DomainChange> governance = find(changes, "governance");
    ASSERT_TRUE(governance);
    EXPECT_TRUE(governance->comparable);
    EXPECT_EQ(governance->earlier, 1.0);
    EXPECT_EQ(governance->later, 3.0);
    EXPECT_EQ(governance->difference, 2.0);
    EXPECT_EQ(governance->levelChange, 2);
    EXPECT_TRUE(governance->movedAWholeLevel());

    const std::optional<DomainChange> education = find(changes, "education");
    ASSERT_TRUE(education);
    EXPECT_EQ(education->difference, 0.0);
    EXPECT_EQ(education->levelChange, 0);
    EXPECT_FALSE(education->movedAWholeLevel());

    const std::optional<DomainChange> civic = find(changes, "civic");
    ASSERT_TRUE(civic);
    EXPECT_EQ(civic->difference, 1.0);
    EXPECT_EQ(civic->levelChange, 1);

    // The other way round, the signs turn.
    EXPECT_EQ(find(compareAssessments(*wb, now, last), "governance")->difference, -2.0);
    // An unscored domain has no difference.
    const qint64 empty
        = wb->createAssessment(QStringLiteral("2026/27"), {}, wb->defaultFrameworkKey()).value();
    const std::optional<DomainChange> none
        = find(compareAssessments(*wb, now, empty), "governance");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->earlier, 3.0);
    EXPECT_FALSE(none->later);
    EXPECT_FALSE(none->difference);
    EXPECT_FALSE(none->movedAWholeLevel());
    EXPECT_TRUE(compareAssessments(*wb, now, 9999).isEmpty());
}

TEST_F(FinaliseReasonsTest, AnotherFrameworkIsNotComparable)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 1);
    auto other = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("fw.json"));
    ASSERT_TRUE(other.ok());
    const qint64 key = wb->storeFramework(other.value()).value();
    const qint64 now = wb->createAssessment(QStringLiteral("2025/26"), {}, key).value();
    ASSERT_TRUE(succeeded(wb->setConsensus(
        now, QStringLiteral("alpha.one"), RatingValue::of(1), {}, Confidence::Unstated)));
    const QList<DomainChange> changes = compareAssessments(*wb, last, now);
    ASSERT_EQ(changes.size(), 2 + FrameworkLoader::builtIn().domains.size());
    EXPECT_EQ(changes[0].domainId, QStringLiteral("alpha"));
    for (const DomainChange &c : changes) {
        EXPECT_FALSE(c.comparable) << c.domainId.toStdString();
        EXPECT_FALSE(c.difference);
    }
    EXPECT_TRUE(wb->domainsNeedingReason(now).isEmpty());
}

// One rule decides what is compared, wherever it is compared: the window's
// history, the reasons asked for at sign-off, the report and its chart.
TEST_F(FinaliseReasonsTest, ARevisedFrameworkOnTheSameScaleIsComparedEverywhere)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 1);
    const Framework revised = variantOfBuiltIn([](json &doc) {
        doc["id"] = "cst-strong-trust-revised";
        doc["version"] = "2";
    });
    const qint64 key = wb->storeFramework(revised).value();
    ASSERT_NE(key, wb->defaultFrameworkKey());
    const qint64 now = wb->createAssessment(QStringLiteral("2025/26"), {}, key).value();
    for (const Domain &d : revised.domains)
        agree(now, d.id, d.id == QLatin1String("governance") ? 3 : 2);

    const std::optional<DomainChange> governance
        = find(compareAssessments(*wb, last, now), "governance");
    ASSERT_TRUE(governance);
    EXPECT_TRUE(governance->comparable);
    EXPECT_EQ(governance->levelChange, 2);
    EXPECT_EQ(wb->domainsNeedingReason(now), QList<QString> { QStringLiteral("governance") });

    auto report = loadReportData(*wb, now, {});
    ASSERT_TRUE(report.ok()) << report.errorText().toStdString();
    EXPECT_EQ(report.value().comparisonState, ComparisonState::Available);
}

TEST_F(FinaliseReasonsTest, TheSameFrameworkOnAnotherScaleIsComparedNowhere)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 1);
    // The same framework id and levels, but the scale is named as another.
    const Framework rescaled
        = variantOfBuiltIn([](json &doc) { doc["scale"]["id"] = "another-scale"; });
    const qint64 key = wb->storeFramework(rescaled).value();
    ASSERT_NE(key, wb->defaultFrameworkKey());
    const qint64 now = wb->createAssessment(QStringLiteral("2025/26"), {}, key).value();
    for (const Domain &d : rescaled.domains)
        agree(now, d.id, d.id == QLatin1String("governance") ? 3 : 2);

    for (const DomainChange &c : compareAssessments(*wb, last, now)) {
        EXPECT_FALSE(c.comparable) << c.domainId.toStdString();
        EXPECT_FALSE(c.levelChange);
    }
    EXPECT_TRUE(wb->domainsNeedingReason(now).isEmpty());

    auto report = loadReportData(*wb, now, {});
    ASSERT_TRUE(report.ok()) << report.errorText().toStdString();
    EXPECT_EQ(report.value().comparisonState, ComparisonState::Incomparable);
}

TEST_F(FinaliseReasonsTest, SignOffWaitsForTheReasonForAWholeLevelOfChange)
{
    period(QStringLiteral("2024/25"), 2, 1);
    const qint64 now = period(QStringLiteral("2025/26"), 2, 3);
    agree(now, QStringLiteral("workforce"), 1); // down a level

    EXPECT_EQ(wb->domainsNeedingReason(now),
        (QList<QString> { QStringLiteral("governance"), QStringLiteral("workforce") }));
    const auto refused = wb->finalise(now, signOff());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("governance (Expert governance)")))
        << refused.errorText().toStdString();
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("workforce")))
        << refused.errorText().toStdString();
    EXPECT_FALSE(wb->assessment(now)->isFinal());

    ASSERT_TRUE(succeeded(wb->setChangeReason(
        now, QStringLiteral("governance"), QStringLiteral("New chair and skills audit"))));
    EXPECT_EQ(wb->domainsNeedingReason(now), QList<QString> { QStringLiteral("workforce") });
    EXPECT_FALSE(wb->finalise(now, signOff()).ok());
    ASSERT_TRUE(succeeded(wb->setChangeReason(
        now, QStringLiteral("workforce"), QStringLiteral("Staff survey fell"))));
    EXPECT_TRUE(wb->domainsNeedingReason(now).isEmpty());
    ASSERT_TRUE(succeeded(wb->finalise(now, signOff())));
    EXPECT_TRUE(wb->assessment(now)->isFinal());

    const auto data = wb->loadAssessment(now).value();
    EXPECT_EQ(data.changeReasons.value(QStringLiteral("governance")),
        QStringLiteral("New chair and skills audit"));
    EXPECT_EQ(data.changeReasons.size(), 2);
}

TEST_F(FinaliseReasonsTest, LessThanAWholeLevelNeedsNoReason)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 2);
    const qint64 now = period(QStringLiteral("2025/26"), 2, 2);
    // Half the governance indicators up a level: the score is 2.5, whose
    // nearest level is still 2 (ties go to the lower level).
    const Domain &d = FrameworkLoader::builtIn().domains[0];
    for (qsizetype i = 0; i < d.indicators.size() / 2; ++i)
        ASSERT_TRUE(succeeded(wb->setConsensus(
            now, d.indicators[i].fullId, RatingValue::of(3), {}, Confidence::Unstated)));
    const std::optional<DomainChange> governance
        = find(compareAssessments(*wb, last, now), "governance");
    ASSERT_TRUE(governance);
    EXPECT_EQ(governance->difference, 0.5);
    EXPECT_EQ(governance->levelChange, 0);
    EXPECT_TRUE(wb->domainsNeedingReason(now).isEmpty());
    // The first period has nothing before it.
    EXPECT_TRUE(wb->domainsNeedingReason(last).isEmpty());
}

TEST_F(FinaliseReasonsTest, ReasonsAreValidatedAndEmptyRemovesThem)
{
    const qint64 id = period(QStringLiteral("2025/26"), 2, 2);
    EXPECT_FALSE(wb->setChangeReason(id, QStringLiteral("nosuch"), QStringLiteral("Why")).ok());
    EXPECT_FALSE(
        wb->setChangeReason(9999, QStringLiteral("governance"), QStringLiteral("Why")).ok());
    ASSERT_TRUE(succeeded(
        wb->setChangeReason(id, QStringLiteral("governance"), QStringLiteral("  Why  "))));
    EXPECT_EQ(wb->loadAssessment(id)->changeReasons.value(QStringLiteral("governance")),
        QStringLiteral("Why"));
    const auto count = wb->auditLog(id).size();
    ASSERT_TRUE(
        succeeded(wb->setChangeReason(id, QStringLiteral("governance"), QStringLiteral("Why"))));
    EXPECT_EQ(wb->auditLog(id).size(), count); // unchanged: no entry
    ASSERT_TRUE(succeeded(wb->setChangeReason(id, QStringLiteral("governance"), QString())));
    EXPECT_TRUE(wb->loadAssessment(id)->changeReasons.isEmpty());
}

TEST_F(FinaliseReasonsTest, ANewPeriodCarriesForwardTheOpenActions)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 2);
    ASSERT_TRUE(succeeded(
        wb->setRating(last, jane, QStringLiteral("governance.intervention"), RatingValue::of(3))));
    QList<qint64> ids;
    for (const auto &[text, status] : QList<std::pair<const char *, ActionStatus>> {
             { "Open one", ActionStatus::Open }, { "Going", ActionStatus::InProgress },
             { "Finished", ActionStatus::Done }, { "Abandoned", ActionStatus::Dropped } }) {
        const auto id = wb->addAction(last,
            Action { 0, QStringLiteral("governance"), QStringLiteral("governance.intervention"),
                QString::fromLatin1(text), QStringLiteral("Clerk"), QDate(2025, 7, 1), status, 0 });
        ASSERT_TRUE(succeeded(id));
        ids.append(id.value().id);
    }
    ASSERT_TRUE(succeeded(wb->finalise(last, signOff())));

    const auto next
        = wb->startPeriodFrom(last, QStringLiteral(" 2025/26 "), QStringLiteral("Next year"));
    ASSERT_TRUE(succeeded(next));
    const auto data = wb->loadAssessment(next.value()).value();
    EXPECT_EQ(data.info.period, QStringLiteral("2025/26"));
    EXPECT_EQ(data.info.title, QStringLiteral("Next year"));
    EXPECT_EQ(data.info.frameworkKey, wb->assessment(last)->frameworkKey);
    EXPECT_FALSE(data.info.isFinal());
    EXPECT_TRUE(data.ratings.isEmpty());
    EXPECT_TRUE(data.consensus.isEmpty());
    ASSERT_EQ(data.actions.size(), 2);
    EXPECT_EQ(data.actions[0].text, QStringLiteral("Open one"));
    EXPECT_EQ(data.actions[0].carriedFrom, ids[0]);
    EXPECT_EQ(data.actions[0].status, ActionStatus::Open);
    EXPECT_EQ(data.actions[0].owner, QStringLiteral("Clerk"));
    EXPECT_EQ(data.actions[0].indicator, QStringLiteral("governance.intervention"));
    EXPECT_EQ(data.actions[1].text, QStringLiteral("Going"));
    EXPECT_EQ(data.actions[1].carriedFrom, ids[1]);
    EXPECT_EQ(data.actions[1].status, ActionStatus::InProgress);
    EXPECT_NE(data.actions[0].id, ids[0]);
    // Trustees are the workbook's: the same two rate the new period.
    EXPECT_EQ(wb->raters(next.value()), (QList<qint64> { jane, sam }));
    // The previous period is as it was.
    EXPECT_EQ(wb->loadAssessment(last)->actions.size(), 4);

    const QList<AuditEntry> started = entries(next.value(), QStringLiteral("assessment"));
    ASSERT_FALSE(started.isEmpty());
    EXPECT_EQ(started.constLast().field, QStringLiteral("started from"));
    EXPECT_EQ(started.constLast().oldValue, QStringLiteral("2024/25"));
    EXPECT_EQ(entries(next.value(), QStringLiteral("action")).size(), 2);

    // Refused: an existing period, one before the last, no such previous.
    EXPECT_FALSE(wb->startPeriodFrom(last, QStringLiteral("2025/26"), {}).ok());
    const auto earlier = wb->startPeriodFrom(last, QStringLiteral("2023/24"), {});
    ASSERT_FALSE(earlier.ok());
    EXPECT_TRUE(earlier.errorText().contains(QStringLiteral("after")))
        << earlier.errorText().toStdString();
    EXPECT_FALSE(wb->startPeriodFrom(9999, QStringLiteral("2030/31"), {}).ok());
}

TEST_F(FinaliseReasonsTest, ANewPeriodOnAnotherFrameworkKeepsWhatStillApplies)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 2);
    ASSERT_TRUE(succeeded(wb->addAction(last,
        Action { 0, QStringLiteral("governance"), QStringLiteral("governance.intervention"),
            QStringLiteral("Carry me"), {}, {}, ActionStatus::Open, 0 })));
    auto other = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("fw.json"));
    ASSERT_TRUE(other.ok());
    const qint64 key = wb->storeFramework(other.value()).value();
    const auto next = wb->startPeriodFrom(last, QStringLiteral("2025/26"), {}, key);
    ASSERT_TRUE(succeeded(next));
    const auto data = wb->loadAssessment(next.value()).value();
    EXPECT_EQ(data.info.frameworkId, QStringLiteral("test-framework"));
    ASSERT_EQ(data.actions.size(), 1);
    EXPECT_EQ(data.actions[0].text, QStringLiteral("Carry me"));
    EXPECT_TRUE(data.actions[0].domain.isEmpty());
    EXPECT_TRUE(data.actions[0].indicator.isEmpty());
}

TEST_F(FinaliseReasonsTest, ReasonsAndConfidentialEvidenceTravelInTheDocument)
{
    period(QStringLiteral("2024/25"), 2, 1);
    const qint64 now = period(QStringLiteral("2025/26"), 2, 3);
    fill(now);
    ASSERT_TRUE(succeeded(
        wb->setChangeReason(now, QStringLiteral("governance"), QStringLiteral("New chair"))));
    ASSERT_TRUE(succeeded(
        wb->setChangeReason(now, QStringLiteral("civic"), QStringLiteral("=cmd|' /C calc'!A0"))));
    ASSERT_TRUE(succeeded(wb->finalise(now, signOff())));

    const QByteArray bytes = exportAssessmentJson(*wb, now).value();
    const json doc = json::parse(bytes.toStdString());
    EXPECT_EQ(doc["changeReasons"], json::parse(R"([{"domain": "governance", "reason": "New chair"},
                                                    {"domain": "civic", "reason": "=cmd|' /C calc'!A0"}])"));
    // After the actions, before the sign-off.
    EXPECT_LT(bytes.indexOf("\"actions\""), bytes.indexOf("\"changeReasons\""));
    EXPECT_LT(bytes.indexOf("\"changeReasons\""), bytes.indexOf("\"signOff\""));
    const json &evidence = doc["consensus"][0]["evidence"];
    ASSERT_EQ(evidence.size(), 2u);
    EXPECT_FALSE(evidence[0].contains("confidential"));
    EXPECT_EQ(evidence[1]["confidential"], true);

    // Into an empty workbook and out again: the same bytes, and restored final
    // although that workbook has no earlier period to compare with.
    auto copy = Workbook::create(dir.filePath(QStringLiteral("copy.strongtrust")), test::kYearTrust,
        FrameworkLoader::builtIn());
    ASSERT_TRUE(copy.ok());
    const auto imported = importAssessment(*copy.value(), bytes, QStringLiteral("export.json"));
    ASSERT_TRUE(succeeded(imported));
    EXPECT_TRUE(imported->finalised);
    const auto restored = copy.value()->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(restored);
    EXPECT_EQ(exportAssessmentJson(*copy.value(), restored->id).value(), bytes);
    const auto data = copy.value()->loadAssessment(restored->id).value();
    EXPECT_TRUE(data.consensusFor(QStringLiteral("governance.shared-accountability"))
                    ->evidence[1]
                    .confidential);
    EXPECT_EQ(data.changeReasons.size(), 2);
}

TEST_F(FinaliseReasonsTest, ADocumentWithoutTheExtensionsExportsAsBefore)
{
    const qint64 id = period(QStringLiteral("2025/26"), 2, 2);
    const QByteArray bytes = exportAssessmentJson(*wb, id).value();
    EXPECT_FALSE(bytes.contains("changeReasons"));
    EXPECT_FALSE(bytes.contains("confidential"));
}

TEST_F(FinaliseReasonsTest, ImportMergesReasonsAndChecksThem)
{
    const qint64 id = period(QStringLiteral("2025/26"), 2, 2);
    ASSERT_TRUE(
        succeeded(wb->setChangeReason(id, QStringLiteral("education"), QStringLiteral("Kept"))));
    json doc = { { "format", "strongtrust-assessment" }, { "formatVersion", 1 },
        { "framework", { { "id", "cst-strong-trust" } } }, { "period", "2025/26" },
        { "changeReasons",
            json::array({ { { "domain", "governance" }, { "reason", "Imported" } } }) },
        { "consensus",
            json::array({ { { "indicator", "governance.intervention" }, { "level", 2 },
                { "evidence",
                    json::array({ { { "title", "Secret" }, { "confidential", true } } }) } } }) } };
    ASSERT_TRUE(succeeded(importAssessment(*wb, test::toBytes(doc), QStringLiteral("r.json"))));
    auto data = wb->loadAssessment(id).value();
    EXPECT_EQ(data.changeReasons.value(QStringLiteral("governance")), QStringLiteral("Imported"));
    EXPECT_EQ(data.changeReasons.value(QStringLiteral("education")), QStringLiteral("Kept"));
    EXPECT_TRUE(
        data.consensusFor(QStringLiteral("governance.intervention"))->evidence[0].confidential);
    const auto auditCount = wb->auditLog().size();
    ASSERT_TRUE(succeeded(importAssessment(*wb, test::toBytes(doc), QStringLiteral("r.json"))));
    EXPECT_EQ(wb->auditLog().size(), auditCount); // the same again changes nothing

    doc["changeReasons"] = json::array({ { { "domain", "nosuch" }, { "reason", "x" } },
        { { "domain", "governance" }, { "reason", "" } },
        { { "domain", "education" }, { "reason", "a" } },
        { { "domain", "education" }, { "reason", "b" } },
        { { "domain", "civic" }, { "reason", "c" }, { "why", "d" } } });
    doc["consensus"][0]["evidence"][0]["confidential"] = "yes";
    const auto r = importAssessment(*wb, test::toBytes(doc), QStringLiteral("r.json"));
    ASSERT_FALSE(r.ok());
    QStringList paths;
    for (const Diagnostic &d : r.errors())
        paths.append(d.path);
    EXPECT_TRUE(paths.contains(QStringLiteral("/changeReasons/0/domain")))
        << r.errorText().toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("/changeReasons/1/reason")))
        << r.errorText().toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("/changeReasons/3/domain")))
        << r.errorText().toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("/changeReasons/4/why")))
        << r.errorText().toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("/consensus/0/evidence/0/confidential")))
        << r.errorText().toStdString();
    EXPECT_EQ(wb->auditLog().size(), auditCount);
}

TEST_F(FinaliseReasonsTest, EachKindOfChangeIsAudited)
{
    const qint64 last = period(QStringLiteral("2024/25"), 2, 1);
    ASSERT_TRUE(succeeded(wb->addAction(
        last, Action { 0, {}, {}, QStringLiteral("Carry"), {}, {}, ActionStatus::Open, 0 })));
    ASSERT_TRUE(succeeded(wb->finalise(last, signOff())));
    const qint64 now = wb->startPeriodFrom(last, QStringLiteral("2025/26"), {}).value();
    agree(now, QStringLiteral("governance"), 3);
    fill(now);
    auto data = wb->loadAssessment(now).value();
    Evidence e = data.consensusFor(QStringLiteral("governance.shared-accountability"))->evidence[0];
    e.confidential = true;
    ASSERT_TRUE(succeeded(wb->updateEvidence(now, e)));
    ASSERT_TRUE(
        succeeded(wb->setChangeReason(now, QStringLiteral("governance"), QStringLiteral("First"))));
    ASSERT_TRUE(succeeded(
        wb->setChangeReason(now, QStringLiteral("governance"), QStringLiteral("Second"))));
    ASSERT_TRUE(succeeded(wb->finalise(now, signOff())));
    ASSERT_TRUE(succeeded(wb->addAmendment(now, QStringLiteral("A correction"))));

    const QList<AuditEntry> reasons = entries(now, QStringLiteral("change reason"));
    ASSERT_EQ(reasons.size(), 2);
    EXPECT_EQ(reasons[1].subject, QStringLiteral("governance"));
    EXPECT_EQ(reasons[1].oldValue, QStringLiteral("First"));
    EXPECT_EQ(reasons[1].newValue, QStringLiteral("Second"));
    // Evidence added as confidential, and evidence made confidential: an
    // entry each, in raw values.
    int confidential = 0;
    for (const AuditEntry &a : entries(now, QStringLiteral("evidence")))
        confidential
            += a.field == QStringLiteral("confidential") && a.newValue == QStringLiteral("yes");
    EXPECT_EQ(confidential, 2);
    const QList<AuditEntry> assessment = entries(now, QStringLiteral("assessment"));
    QStringList fields;
    for (const AuditEntry &a : assessment)
        fields.append(a.field);
    EXPECT_EQ(fields,
        (QStringList { QStringLiteral("created"), QStringLiteral("started from"),
            QStringLiteral("chair"), QStringLiteral("signed on"), QStringLiteral("minute"),
            QStringLiteral("status") }));
    EXPECT_EQ(assessment[2].newValue, QStringLiteral("Jane Smith"));
    EXPECT_EQ(assessment[3].newValue, QStringLiteral("2026-03-12"));
    EXPECT_EQ(assessment.constLast().newValue, QStringLiteral("final"));
    EXPECT_EQ(entries(now, QStringLiteral("amendment")).size(), 1);
    for (const AuditEntry &a : wb->auditLog(now))
        EXPECT_EQ(a.actor, QStringLiteral("Clerk"));
}

TEST_F(FinaliseReasonsTest, ARefusedSignOffWritesNeitherItNorItsReasons)
{
    period(QStringLiteral("2024/25"), 2, 1);
    const qint64 now = period(QStringLiteral("2025/26"), 2, 3);
    agree(now, QStringLiteral("workforce"), 1);
    const int entries = int(wb->auditLog().size());

    // A reason for one of the two domains: the sign-off is refused, and the
    // reason it came with is not written either.
    const auto refused = wb->periods().finalise(
        now, signOff(), { { QStringLiteral("governance"), QStringLiteral("New chair") } });
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("workforce")))
        << refused.errorText().toStdString();
    EXPECT_TRUE(wb->loadAssessment(now)->changeReasons.isEmpty());
    EXPECT_FALSE(wb->assessment(now)->isFinal());
    EXPECT_EQ(int(wb->auditLog().size()), entries);

    // Both reasons: reasons and sign-off together.
    ASSERT_TRUE(succeeded(wb->periods().finalise(now, signOff(),
        { { QStringLiteral("governance"), QStringLiteral("New chair") },
            { QStringLiteral("workforce"), QStringLiteral("Staff survey fell") } })));
    EXPECT_TRUE(wb->assessment(now)->isFinal());
    EXPECT_EQ(wb->loadAssessment(now)->changeReasons.size(), 2);
}

TEST_F(FinaliseReasonsTest, TheAuditTrailSurvivesARenameAndReadsInTheViewersWords)
{
    const qint64 now = period(QStringLiteral("2025/26"), 2, 2);
    const QString ind = QStringLiteral("governance.shared-accountability");
    ASSERT_TRUE(
        succeeded(wb->setRating(now, jane, ind, RatingValue::of(3), QStringLiteral("Minutes"))));
    ASSERT_TRUE(succeeded(
        wb->setRating(now, jane, ind, RatingValue::notApplicable(), QStringLiteral("Minutes"))));
    const auto action = wb->addAction(now,
        Action { 0, {}, ind, QStringLiteral("Review delegation"), {}, {}, ActionStatus::Open, 0 });
    ASSERT_TRUE(succeeded(action));
    Action reworded = action.value();
    reworded.text = QStringLiteral("Review the scheme of delegation");
    reworded.status = ActionStatus::InProgress;
    ASSERT_TRUE(succeeded(wb->updateAction(now, reworded)));
    ASSERT_TRUE(succeeded(wb->renameTrustee(jane, QStringLiteral("Jane Okafor"))));

    QList<AuditEntry> ratings;
    QList<AuditEntry> actions;
    for (const AuditEntry &e : wb->auditLog(now)) {
        if (e.entity == QLatin1String("rating"))
            ratings.append(e);
        if (e.entity == QLatin1String("action"))
            actions.append(e);
    }
    ASSERT_EQ(ratings.size(), 3); // level, note, then level again
    for (const AuditEntry &e : ratings)
        EXPECT_EQ(e.trusteeId, jane);
    EXPECT_EQ(ratings[2].oldValue, QStringLiteral("3"));
    EXPECT_EQ(ratings[2].newValue, QStringLiteral("na")); // not a word of any language
    for (const AuditEntry &e : actions)
        EXPECT_EQ(e.recordId, action.value().id);

    // Read today: under the trustee's new name and the action's new words.
    const AuditText text(*wb);
    for (const AuditEntry &e : ratings) {
        const AuditLine line = text.describe(e);
        EXPECT_TRUE(line.subject.startsWith(QStringLiteral("Jane Okafor · ")))
            << line.subject.toStdString();
    }
    const AuditLine changed = text.describe(ratings[2]);
    EXPECT_EQ(changed.oldValue, QStringLiteral("3 Established"));
    EXPECT_EQ(changed.newValue, QStringLiteral("not applicable"));
    for (const AuditEntry &e : actions) {
        EXPECT_TRUE(
            text.describe(e).subject.startsWith(QStringLiteral("Review the scheme of delegation")))
            << text.describe(e).subject.toStdString();
    }
    bool status = false;
    for (const AuditEntry &e : actions) {
        if (e.field == QLatin1String("status")) {
            status = true;
            EXPECT_EQ(e.newValue, QStringLiteral("in-progress"));
            EXPECT_EQ(text.describe(e).newValue, QStringLiteral("In progress"));
        }
    }
    EXPECT_TRUE(status);
}

TEST_F(FinaliseReasonsTest, EveryEditIsHeldToTheTextLimits)
{
    const qint64 now = period(QStringLiteral("2025/26"), 2, 2);
    const QString ind = QStringLiteral("governance.shared-accountability");
    const int entries = int(wb->auditLog().size());
    EXPECT_TRUE(
        succeeded(wb->setRating(now, jane, ind, RatingValue::of(2), QString(limits::kNote, u'x'))));
    const auto longNote
        = wb->setRating(now, jane, ind, RatingValue::of(2), QString(limits::kNote + 1, u'x'));
    ASSERT_FALSE(longNote.ok());
    EXPECT_TRUE(longNote.errorText().contains(
        QStringLiteral("the note: is 20,001 characters long; the longest accepted is 20,000")))
        << longNote.errorText().toStdString();
    EXPECT_FALSE(wb->setConsensus(now, ind, RatingValue::of(2),
                       QString(limits::kRationale + 1, u'r'), Confidence::Strong)
                     .ok());
    EXPECT_FALSE(
        wb->addEvidence(now, ind, Evidence { 0, QString(limits::kEvidenceTitle + 1, u't'), {}, {} })
            .ok());
    EXPECT_FALSE(wb->addAction(now,
                       Action { 0, {}, ind, QString(limits::kActionText + 1, u'a'), {}, {},
                           ActionStatus::Open, 0 })
                     .ok());
    EXPECT_FALSE(wb->setChangeReason(
                       now, QStringLiteral("governance"), QString(limits::kChangeReason + 1, u'c'))
                     .ok());
    EXPECT_FALSE(wb->renameTrustee(jane, QString(limits::kName + 1, u'n')).ok());
    // Only the accepted note was written.
    EXPECT_EQ(int(wb->auditLog().size()), entries + 2);
    EXPECT_EQ(wb->loadAssessment(now)->ratings.value(0).note.size(), limits::kNote);
}
