// Starting a period: on a newer framework (an existing workbook moving to the
// edition with baseline standards and measures), and with the trust's own
// targets carried forward. Real workbooks on temporary files.
#include "BaselineFixture.h"

#include <QSet>

namespace strongtrust::test {
namespace {

Framework loaded(const nlohmann::json &doc)
{
    auto fw = FrameworkLoader::loadBytes(toBytes(doc), QStringLiteral("fw.json"));
    EXPECT_TRUE(fw.ok()) << fw.errorText().toStdString();
    return fw.ok() ? std::move(fw).value() : Framework {};
}

// The next edition of the test framework: version 2.0 of the same id, with
// baseline standards and measures, and without the indicator "alpha.two".
Framework nextEdition()
{
    nlohmann::json doc = baselineFramework();
    doc["id"] = "test-framework";
    doc["version"] = "2.0";
    doc["domains"][0]["indicators"].erase(1);
    return loaded(doc);
}

Action openAction(const QString &indicator, const QString &text)
{
    Action a;
    a.indicator = indicator;
    a.text = text;
    a.status = ActionStatus::Open;
    return a;
}

MeasureTarget targetOf(const QList<MeasureValue> &values, const QString &measure)
{
    for (const MeasureValue &m : values) {
        if (m.measure == measure)
            return m.target;
    }
    ADD_FAILURE() << "no record of " << measure.toStdString();
    return {};
}

class NewPeriodFrameworkTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = Workbook::create(dir.filePath(QStringLiteral("oakfield.strongtrust")),
            kYearTrust, loaded(minimalFramework()));
        ASSERT_TRUE(succeeded(created));
        wb = std::move(created).value();
        wb->setActor(QStringLiteral("Clerk"));
        auto first = wb->createAssessment(
            QStringLiteral("2024/25"), QStringLiteral("Annual review"), wb->defaultFrameworkKey());
        ASSERT_TRUE(succeeded(first));
        previous = first.value();
        ASSERT_TRUE(succeeded(wb->addAction(
            previous, openAction(QStringLiteral("alpha.one"), QStringLiteral("Keep")))));
        ASSERT_TRUE(succeeded(wb->addAction(
            previous, openAction(QStringLiteral("alpha.two"), QStringLiteral("Dropped id")))));
    }

    QTemporaryDir dir;
    std::unique_ptr<Workbook> wb;
    qint64 previous = 0;
};

TEST_F(NewPeriodFrameworkTest, ANewPeriodMovesToTheNewerEditionAndTheOldOneStaysOnItsOwn)
{
    const Framework newer = nextEdition();
    auto started = wb->startPeriodOn(
        previous, QStringLiteral("2025/26"), QStringLiteral("Annual review"), newer);
    ASSERT_TRUE(succeeded(started));

    const auto next = wb->assessment(started.value());
    const auto before = wb->assessment(previous);
    ASSERT_TRUE(next && before);
    EXPECT_NE(next->frameworkKey, before->frameworkKey);
    EXPECT_EQ(wb->framework(next->frameworkKey)->version, QStringLiteral("2.0"));
    EXPECT_EQ(wb->framework(next->frameworkKey)->standardCount(), 2);
    EXPECT_EQ(wb->framework(before->frameworkKey)->version, QStringLiteral("1.0"));
    EXPECT_EQ(wb->frameworks().size(), 2);

    // Actions carried forward keep their text; an indicator the new edition
    // no longer has is dropped from the action, not the action itself.
    const auto data = wb->loadAssessment(started.value());
    ASSERT_EQ(data->actions.size(), 2);
    EXPECT_EQ(data->actions[0].indicator, QStringLiteral("alpha.one"));
    EXPECT_EQ(data->actions[1].text, QStringLiteral("Dropped id"));
    EXPECT_TRUE(data->actions[1].indicator.isEmpty());

    // The new period has the standards; the earlier one does not.
    EXPECT_TRUE(succeeded(wb->setStandard(started.value(), kSafeguarding, StandardResult::Met)));
    EXPECT_FALSE(wb->setStandard(previous, kSafeguarding, StandardResult::Met).ok());

    // The period after it stays on the edition it was moved to, which is
    // stored once however often a period starts on it.
    auto after = wb->startPeriodFrom(started.value(), QStringLiteral("2026/27"), {});
    ASSERT_TRUE(succeeded(after));
    EXPECT_EQ(wb->assessment(after.value())->frameworkKey, next->frameworkKey);
    auto again = wb->startPeriodOn(started.value(), QStringLiteral("2027/28"), {}, newer);
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(wb->assessment(again.value())->frameworkKey, next->frameworkKey);
    EXPECT_EQ(wb->frameworks().size(), 2);
}

TEST_F(NewPeriodFrameworkTest, ARefusedStartStoresNoFramework)
{
    const int audited = int(wb->auditLog().size());
    const auto refused = wb->startPeriodOn(previous, QStringLiteral("2023/24"), {}, nextEdition());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("must come after")))
        << refused.errorText().toStdString();
    EXPECT_EQ(wb->frameworks().size(), 1);
    EXPECT_EQ(wb->assessments().size(), 1);
    EXPECT_EQ(int(wb->auditLog().size()), audited);
}

TEST(NewPeriodFirstTest, TheFirstPeriodMayStartOnAnotherFramework)
{
    QTemporaryDir dir;
    auto created = Workbook::create(
        dir.filePath(QStringLiteral("new.strongtrust")), kYearTrust, loaded(minimalFramework()));
    ASSERT_TRUE(succeeded(created));
    Workbook &wb = *created.value();
    const Framework newer = nextEdition();
    auto first = wb.startFirstPeriod(QStringLiteral("2025/26"), {}, &newer);
    ASSERT_TRUE(succeeded(first));
    EXPECT_EQ(
        wb.framework(wb.assessment(first.value())->frameworkKey)->version, QStringLiteral("2.0"));
    // Refused (the period exists): the framework of the refused start is
    // not stored either.
    nlohmann::json other = baselineFramework();
    other["version"] = "3.0";
    const Framework third = loaded(other);
    EXPECT_FALSE(wb.startFirstPeriod(QStringLiteral("2025/26"), {}, &third).ok());
    EXPECT_EQ(wb.frameworks().size(), 2);
    // Without a framework: the workbook's default.
    auto plain = wb.startFirstPeriod(QStringLiteral("2026/27"), {});
    ASSERT_TRUE(succeeded(plain));
    EXPECT_EQ(wb.assessment(plain.value())->frameworkKey, wb.defaultFrameworkKey());
}

using CarriedTargetsTest = BaselineFixture;

TEST_F(CarriedTargetsTest, TheTrustsOwnTargetsCarryForwardWithoutTheYearsValues)
{
    ASSERT_TRUE(succeeded(wb->setMeasure(id,
        record(kReserves, 8.4, QDate(2025, 8, 31), QStringLiteral("Accounts"), {},
            MeasureTarget { 6, 10 }))));
    ASSERT_TRUE(succeeded(
        wb->setMeasure(id, record(kAttendance, 95.1, {}, {}, {}, MeasureTarget { 96, {} }))));
    ASSERT_TRUE(succeeded(wb->setMeasure(id, record(kSuspensions, 12))));

    auto next = wb->startPeriodFrom(id, QStringLiteral("2026/27"), {});
    ASSERT_TRUE(succeeded(next));
    const auto data = wb->loadAssessment(next.value());
    ASSERT_EQ(data->measures.size(), 2);
    for (const MeasureValue &m : data->measures) {
        EXPECT_FALSE(m.value) << m.measure.toStdString();
        EXPECT_FALSE(m.asOf.isValid());
        EXPECT_TRUE(m.source.isEmpty());
    }
    EXPECT_EQ(targetOf(data->measures, kAttendance), (MeasureTarget { 96, {} }));
    EXPECT_EQ(targetOf(data->measures, kReserves), (MeasureTarget { 6, 10 }));
    // Each carried target is in the new period's trail, as any edit is.
    QSet<QString> audited;
    for (const AuditEntry &e : entries(QStringLiteral("measure"), next.value()))
        audited.insert(e.subject);
    EXPECT_EQ(audited, (QSet<QString> { kAttendance, kReserves }));
}

TEST_F(CarriedTargetsTest, ATargetStaysBehindWhenTheMeasureChangedOrWent)
{
    ASSERT_TRUE(
        succeeded(wb->setMeasure(id, record(kReserves, 8.4, {}, {}, {}, MeasureTarget { 6, 10 }))));
    ASSERT_TRUE(succeeded(
        wb->setMeasure(id, record(kAttendance, 95.1, {}, {}, {}, MeasureTarget { 96, {} }))));
    ASSERT_TRUE(succeeded(
        wb->setMeasure(id, record(kSuspensions, 12, {}, {}, {}, MeasureTarget { {}, 10 }))));

    // The next edition drops reserves, counts absence in days rather than a
    // percentage, and keeps suspensions as they were.
    nlohmann::json doc = baselineFramework();
    doc["version"] = "2.0";
    doc["domains"][0]["measures"].erase(0);
    doc["domains"][0]["measures"][0]["unit"] = "days";
    auto next = wb->startPeriodOn(id, QStringLiteral("2026/27"), {}, loaded(doc));
    ASSERT_TRUE(succeeded(next));
    const auto data = wb->loadAssessment(next.value());
    ASSERT_EQ(data->measures.size(), 1);
    EXPECT_EQ(data->measures[0].measure, kSuspensions);
    EXPECT_EQ(data->measures[0].target, (MeasureTarget { {}, 10 }));
}

} // namespace
} // namespace strongtrust::test
