// Baseline standards and measures in the workbook (schema step 7): each
// edit checked by EditRules and written with its audit entries in one
// transaction, read back by loadAssessment, described by AuditText, locked
// with a final assessment, and migrated into from the previous schema.
#include "BaselineFixture.h"
#include "workbook/AuditText.h"
#include "workbook/TextLimits.h"

#include <QFileInfo>
#include <QSqlDatabase>

#include <cmath>
#include <limits>

using namespace strongtrust;
using namespace strongtrust::test;

static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

class BaselineStoreTest : public BaselineFixture
{
protected:
    // The refusal of a failed edit, or a failure when it succeeded.
    template <typename T> QString refusal(const Result<T> &r)
    {
        EXPECT_FALSE(r.ok()) << "the edit was accepted";
        return r.errorText();
    }
};

TEST_F(BaselineStoreTest, StandardsAreJudgedAuditedAndReadBack)
{
    auto met
        = wb->setStandard(id, kAccounts, StandardResult::Met, QStringLiteral("  On time.\r\n"));
    ASSERT_TRUE(succeeded(met));
    EXPECT_TRUE(met->changed());
    EXPECT_EQ(met->before.result, StandardResult::NotJudged);
    EXPECT_EQ(met->before.note, QString());
    EXPECT_EQ(met->after.result, StandardResult::Met);
    EXPECT_EQ(met->after.note, QStringLiteral("On time.")); // as stored

    // The same judgement again changes nothing, not even the trail.
    auto again = wb->setStandard(id, kAccounts, StandardResult::Met, QStringLiteral("On time."));
    ASSERT_TRUE(succeeded(again));
    EXPECT_FALSE(again->changed());
    ASSERT_EQ(entries(QStringLiteral("standard")).size(), 2); // result and note

    auto unmet = wb->setStandard(id, kAccounts, StandardResult::NotMet, QStringLiteral("Late."));
    ASSERT_TRUE(succeeded(unmet));
    // What an undo step needs: the judgement before, to set again.
    EXPECT_EQ(unmet->before.result, StandardResult::Met);
    EXPECT_EQ(unmet->before.note, QStringLiteral("On time."));

    const auto trail = entries(QStringLiteral("standard"));
    ASSERT_EQ(trail.size(), 4);
    EXPECT_EQ(trail[0].subject, kAccounts);
    EXPECT_EQ(trail[0].field, QStringLiteral("result"));
    EXPECT_EQ(trail[0].oldValue, QString());
    EXPECT_EQ(trail[0].newValue, QStringLiteral("met"));
    EXPECT_EQ(trail[2].field, QStringLiteral("result"));
    EXPECT_EQ(trail[2].oldValue, QStringLiteral("met"));
    EXPECT_EQ(trail[2].newValue, QStringLiteral("not-met"));
    EXPECT_EQ(trail[3].field, QStringLiteral("note"));
    EXPECT_EQ(trail[3].actor, QStringLiteral("Clerk"));

    reopen();
    const auto data = wb->loadAssessment(id);
    ASSERT_TRUE(succeeded(data));
    ASSERT_EQ(data->standards.size(), 1);
    const StandardJudgement *j = data->standardFor(kAccounts);
    ASSERT_TRUE(j);
    EXPECT_EQ(j->result, StandardResult::NotMet);
    EXPECT_EQ(j->note, QStringLiteral("Late."));
    EXPECT_FALSE(data->standardFor(kSafeguarding));

    // Undo: the judgement before, through the same call.
    ASSERT_TRUE(
        succeeded(wb->setStandard(id, kAccounts, unmet->before.result, unmet->before.note)));
    EXPECT_EQ(wb->standards().judgement(id, kAccounts)->result, StandardResult::Met);

    // Not judged with no note leaves no row.
    auto cleared = wb->setStandard(id, kAccounts, StandardResult::NotJudged);
    ASSERT_TRUE(succeeded(cleared));
    EXPECT_TRUE(wb->loadAssessment(id)->standards.isEmpty());
    QSqlQuery q(wb->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM standard_result")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(BaselineStoreTest, AStandardsEvidenceIsItsOwnNotAConsensus)
{
    auto added = wb->addEvidence(id, kSafeguarding,
        Evidence { 0, QStringLiteral("Single central record audit"), {}, QDate(2026, 2, 1) });
    ASSERT_TRUE(succeeded(added));
    auto data = wb->loadAssessment(id);
    ASSERT_TRUE(succeeded(data));
    EXPECT_TRUE(data->consensus.isEmpty());
    ASSERT_EQ(data->standards.size(), 1); // listed for its evidence alone
    const StandardJudgement *j = data->standardFor(kSafeguarding);
    ASSERT_TRUE(j);
    EXPECT_EQ(j->result, StandardResult::NotJudged);
    ASSERT_EQ(j->evidence.size(), 1);
    EXPECT_EQ(j->evidence[0].title, QStringLiteral("Single central record audit"));

    // Judging it keeps the evidence; clearing the judgement keeps it too.
    ASSERT_TRUE(succeeded(wb->setStandard(id, kSafeguarding, StandardResult::Met)));
    ASSERT_TRUE(succeeded(wb->setStandard(id, kSafeguarding, StandardResult::NotJudged)));
    data = wb->loadAssessment(id);
    ASSERT_EQ(data->standardFor(kSafeguarding)->evidence.size(), 1);

    // Removing it goes through the same edit path as an indicator's.
    ASSERT_TRUE(succeeded(wb->removeEvidence(id, added->id)));
    EXPECT_TRUE(wb->loadAssessment(id)->standards.isEmpty());

    // Evidence for something that is neither an indicator nor a standard.
    const QString refused = refusal(
        wb->addEvidence(id, kReserves, Evidence { 0, QStringLiteral("Accounts"), {}, {} }));
    EXPECT_TRUE(refused.contains(kReserves)) << refused.toStdString();
}

TEST_F(BaselineStoreTest, MeasuresAreRecordedAuditedAndReadBack)
{
    auto set = wb->setMeasure(id,
        record(kReserves, 8.4, QDate(2025, 8, 31), QStringLiteral("  Audited   accounts "),
            QStringLiteral("Before the pay award.\r\n"), MeasureTarget { 6, std::nullopt }));
    ASSERT_TRUE(succeeded(set));
    EXPECT_TRUE(set->changed());
    EXPECT_TRUE(set->before.isEmpty());
    EXPECT_EQ(set->before.measure, kReserves);
    EXPECT_EQ(set->after.source, QStringLiteral("Audited accounts"));
    EXPECT_EQ(set->after.note, QStringLiteral("Before the pay award."));

    auto trail = entries(QStringLiteral("measure"));
    ASSERT_EQ(trail.size(), 5); // value, as of, source, note, target min
    EXPECT_EQ(trail[0].subject, kReserves);
    EXPECT_EQ(trail[0].field, QStringLiteral("value"));
    EXPECT_EQ(trail[0].newValue, QStringLiteral("8.4"));
    EXPECT_EQ(trail[1].field, QStringLiteral("as of"));
    EXPECT_EQ(trail[1].newValue, QStringLiteral("2025-08-31"));
    EXPECT_EQ(trail[4].field, QStringLiteral("target min"));
    EXPECT_EQ(trail[4].newValue, QStringLiteral("6"));

    // The same record again changes nothing.
    auto same = wb->setMeasure(id, set->after);
    ASSERT_TRUE(succeeded(same));
    EXPECT_FALSE(same->changed());
    EXPECT_EQ(entries(QStringLiteral("measure")).size(), 5);

    // A new value: one entry, and the record before for undo.
    MeasureValue next = set->after;
    next.value = 9.25;
    auto changed = wb->setMeasure(id, next);
    ASSERT_TRUE(succeeded(changed));
    EXPECT_EQ(changed->before, set->after);
    trail = entries(QStringLiteral("measure"));
    ASSERT_EQ(trail.size(), 6);
    EXPECT_EQ(trail[5].oldValue, QStringLiteral("8.4"));
    EXPECT_EQ(trail[5].newValue, QStringLiteral("9.25"));

    reopen();
    const auto data = wb->loadAssessment(id);
    ASSERT_TRUE(succeeded(data));
    ASSERT_EQ(data->measures.size(), 1);
    EXPECT_EQ(data->measures[0], changed->after);
    EXPECT_EQ(*data->measures[0].value, 9.25);
    EXPECT_EQ(data->measures[0].target.min, 6.0);
    EXPECT_FALSE(data->measures[0].target.max);

    // Undo puts the old record back through the same call.
    ASSERT_TRUE(succeeded(wb->setMeasure(id, changed->before)));
    EXPECT_EQ(wb->measures().measure(id, kReserves).value(), set->after);

    // A value not yet known is a record too; an empty record is none.
    ASSERT_TRUE(
        succeeded(wb->setMeasure(id, record(kAttendance, std::nullopt, QDate(2026, 1, 1)))));
    ASSERT_EQ(wb->loadAssessment(id)->measures.size(), 2);
    EXPECT_FALSE(wb->loadAssessment(id)->measureFor(kAttendance)->value);
    ASSERT_TRUE(succeeded(wb->setMeasure(id, record(kAttendance, std::nullopt))));
    EXPECT_FALSE(wb->loadAssessment(id)->measureFor(kAttendance));
}

TEST_F(BaselineStoreTest, EditRulesRefuseWhatIsNotTheFrameworksOrNotANumber)
{
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const int before = int(wb->auditLog().size());

    EXPECT_TRUE(refusal(wb->setStandard(id, QStringLiteral("alpha.nope"), StandardResult::Met))
                    .contains(QStringLiteral("alpha.nope")));
    // An indicator is not a standard, nor a measure.
    EXPECT_TRUE(refusal(wb->setStandard(id, kAlphaOne, StandardResult::Met))
                    .contains(QStringLiteral("not in the framework")));
    EXPECT_TRUE(refusal(wb->setMeasure(id, record(kAlphaOne, 1)))
                    .contains(QStringLiteral("not in the framework")));
    EXPECT_TRUE(refusal(wb->setMeasure(id, record(kAccounts, 1)))
                    .contains(QStringLiteral("not in the framework")));
    EXPECT_TRUE(refusal(wb->setMeasure(id, record(kReserves, inf)))
                    .contains(QStringLiteral("not a finite number")));
    EXPECT_TRUE(refusal(wb->setMeasure(id, record(kReserves, nan)))
                    .contains(QStringLiteral("not a finite number")));
    EXPECT_TRUE(
        refusal(wb->setMeasure(id, record(kReserves, 8, {}, {}, {}, MeasureTarget { 10, 6 })))
            .contains(QStringLiteral("minimum 10 is above its maximum 6")));
    EXPECT_TRUE(
        refusal(wb->setMeasure(id, record(kReserves, 8, {}, {}, {}, MeasureTarget { -inf, 6 })))
            .contains(QStringLiteral("finite")));
    EXPECT_TRUE(refusal(wb->setMeasure(id, record(kReserves, 8, QDate(10000, 1, 1))))
                    .contains(QStringLiteral("1 to 9999")));
    const QString longSource = refusal(
        wb->setMeasure(id, record(kReserves, 8, {}, QString(limits::kMeasureSource + 1, u's'))));
    EXPECT_TRUE(longSource.contains(QStringLiteral("source"))) << longSource.toStdString();
    EXPECT_TRUE(refusal(
        wb->setMeasure(id, record(kReserves, 8, {}, {}, QString(limits::kMeasureNote + 1, u'n'))))
                    .contains(QStringLiteral("note")));
    EXPECT_TRUE(refusal(wb->setStandard(id, kAccounts, StandardResult::Met,
                            QString(limits::kStandardNote + 1, u'n')))
                    .contains(QStringLiteral("note")));
    // At the limit is accepted.
    EXPECT_TRUE(succeeded(
        wb->setMeasure(id, record(kReserves, 8, {}, QString(limits::kMeasureSource, u's')))));
    EXPECT_EQ(int(wb->auditLog().size()), before + 2) << "only the accepted edit is written";
}

TEST_F(BaselineStoreTest, AnActionMayAnswerAnUnmetStandard)
{
    fill(id);
    auto data = wb->loadAssessment(id);
    ASSERT_EQ(data->actions.size(), 1);
    EXPECT_EQ(data->actions[0].indicator, kSafeguarding);
    // A measure is not something an action is about; an unknown id neither.
    Action bad = data->actions[0];
    bad.id = 0;
    bad.indicator = kReserves;
    EXPECT_TRUE(refusal(wb->addAction(id, bad)).contains(kReserves));

    // Carried forward into the next period on the same framework, with its standard.
    auto next = wb->startPeriodFrom(id, QStringLiteral("2026/27"), QStringLiteral("Next year"));
    ASSERT_TRUE(succeeded(next));
    const auto carried = wb->loadAssessment(next.value());
    ASSERT_EQ(carried->actions.size(), 1);
    EXPECT_EQ(carried->actions[0].indicator, kSafeguarding);
    // The judgements and values are the year's own: not carried (the trust's
    // own targets are, NewPeriodFrameworkTest).
    EXPECT_TRUE(carried->standards.isEmpty());
    for (const MeasureValue &m : carried->measures)
        EXPECT_FALSE(m.value) << m.measure.toStdString();
}

TEST_F(BaselineStoreTest, TheAuditTrailReadsInWords)
{
    ASSERT_TRUE(succeeded(wb->setStandard(id, kSafeguarding, StandardResult::Met)));
    ASSERT_TRUE(succeeded(wb->setStandard(id, kSafeguarding, StandardResult::NotMet)));
    ASSERT_TRUE(succeeded(wb->setMeasure(id, record(kReserves, 8.4))));
    ASSERT_TRUE(succeeded(
        wb->addEvidence(id, kSafeguarding, Evidence { 0, QStringLiteral("SCR audit"), {}, {} })));
    ASSERT_TRUE(succeeded(wb->addAction(id,
        Action { 0, {}, kSafeguarding, QStringLiteral("Monthly DBS check"), {}, {},
            ActionStatus::Open, 0 })));
    const AuditText text(*wb);

    const auto standard = entries(QStringLiteral("standard"));
    ASSERT_EQ(standard.size(), 2);
    const AuditLine first = text.describe(standard[0]);
    EXPECT_EQ(first.what, QStringLiteral("Standard"));
    EXPECT_EQ(first.subject, QStringLiteral("Alpha · Safeguarding duties are met."));
    EXPECT_EQ(first.field, QStringLiteral("result"));
    EXPECT_EQ(first.oldValue, QStringLiteral("not judged"));
    EXPECT_EQ(first.newValue, QStringLiteral("met"));
    const AuditLine second = text.describe(standard[1]);
    EXPECT_EQ(second.oldValue, QStringLiteral("met"));
    EXPECT_EQ(second.newValue, QStringLiteral("not met"));

    const AuditLine measure = text.describe(entries(QStringLiteral("measure"))[0]);
    EXPECT_EQ(measure.what, QStringLiteral("Measure"));
    EXPECT_EQ(measure.subject, QStringLiteral("Alpha · Revenue reserves as a share of income (%)"));
    EXPECT_EQ(measure.field, QStringLiteral("value"));
    EXPECT_EQ(measure.newValue, QStringLiteral("8.4"));

    const AuditLine evidence = text.describe(entries(QStringLiteral("evidence"))[0]);
    EXPECT_EQ(evidence.subject, QStringLiteral("Alpha · Safeguarding duties are met. · SCR audit"));
    const AuditLine action = text.describe(entries(QStringLiteral("action"))[0]);
    EXPECT_EQ(
        action.subject, QStringLiteral("Monthly DBS check · Alpha · Safeguarding duties are met."));
}

TEST_F(BaselineStoreTest, AFinalAssessmentsStandardsAndMeasuresAreLocked)
{
    fill(id);
    ASSERT_TRUE(succeeded(wb->finalise(id,
        SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12), QStringLiteral("BM/7") },
        Workbook::ReasonCheck::NotChecked)));
    const auto before = wb->loadAssessment(id).value();
    const int trail = int(wb->auditLog().size());

    // The edit path refuses.
    EXPECT_TRUE(refusal(wb->setStandard(id, kAccounts, StandardResult::NotMet))
                    .contains(QStringLiteral("final")));
    EXPECT_TRUE(
        refusal(wb->setMeasure(id, record(kReserves, 1))).contains(QStringLiteral("final")));
    EXPECT_TRUE(
        refusal(wb->addEvidence(id, kAccounts, Evidence { 0, QStringLiteral("Late"), {}, {} }))
            .contains(QStringLiteral("final")));

    // And so does the file itself, to any program.
    const QString a = QString::number(id);
    const QStringList statements {
        QStringLiteral("UPDATE standard_result SET result = 'met' WHERE assessment = ") + a,
        QStringLiteral("DELETE FROM standard_result WHERE assessment = ") + a,
        QStringLiteral("INSERT INTO standard_result (assessment, standard) VALUES (%1, '%2')")
            .arg(a, kSafeguarding + QStringLiteral("x")),
        QStringLiteral("UPDATE measure_value SET value = 1 WHERE assessment = ") + a,
        QStringLiteral("UPDATE measure_value SET target_min = NULL WHERE assessment = ") + a,
        QStringLiteral("DELETE FROM measure_value WHERE assessment = ") + a,
        QStringLiteral("INSERT INTO measure_value (assessment, measure) VALUES (%1, 'x.y')").arg(a),
        QStringLiteral("DELETE FROM evidence WHERE assessment = ") + a,
    };
    for (const QString &statement : statements) {
        QString error;
        EXPECT_FALSE(exec(statement, &error)) << statement.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("final"))) << error.toStdString();
    }
    const auto after = wb->loadAssessment(id).value();
    EXPECT_EQ(after.standards.size(), before.standards.size());
    EXPECT_EQ(after.measures, before.measures);
    EXPECT_EQ(after.standardFor(kSafeguarding)->evidence.size(), 1);
    EXPECT_EQ(int(wb->auditLog().size()), trail);
}

TEST_F(BaselineStoreTest, TheDatabaseHoldsATargetInOrder)
{
    // Whatever program writes the file: a target's min is at most its max.
    QString error;
    EXPECT_FALSE(exec(QStringLiteral("INSERT INTO measure_value (assessment, measure, target_min,"
                                     " target_max) VALUES (%1, 'alpha.reserves', 10, 6)")
                          .arg(id),
        &error));
    EXPECT_TRUE(error.contains(QStringLiteral("CHECK"))) << error.toStdString();
    EXPECT_FALSE(exec(QStringLiteral("INSERT INTO standard_result (assessment, standard, result)"
                                     " VALUES (%1, 'alpha.safeguarding', 'maybe')")
                          .arg(id)));
}

TEST_F(BaselineStoreTest, AReadOnlyWorkbookRefusesEveryEdit)
{
    fill(id);
    wb.reset();
    auto ro = Workbook::open(path, Workbook::OpenOptions { true });
    ASSERT_TRUE(succeeded(ro));
    Workbook &r = *ro.value();
    EXPECT_FALSE(r.setStandard(id, kAccounts, StandardResult::NotMet).ok());
    EXPECT_FALSE(r.setMeasure(id, record(kReserves, 1)).ok());
    EXPECT_EQ(r.loadAssessment(id)->standardFor(kAccounts)->result, StandardResult::Met);
}

TEST_F(BaselineStoreTest, AVersion6WorkbookIsMigratedAfterABackup)
{
    ASSERT_TRUE(succeeded(wb->setNarrative(id, {}, QStringLiteral("The board's words."))));
    // As version 6 left it: no standard_result or measure_value, nor their triggers.
    {
        QSqlQuery q(wb->database());
        for (const char *s :
            { "DROP TABLE standard_result", "DROP TABLE measure_value", "PRAGMA user_version = 6" })
            ASSERT_TRUE(q.exec(QLatin1String(s))) << s;
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type ="
                                          " 'trigger' AND name LIKE 'measure_value%'"))
            && q.next());
        ASSERT_EQ(q.value(0).toInt(), 0);
    }
    reopen();
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".v6.bak")));
    QSqlQuery q(wb->database());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Workbook::schemaVersion());
    EXPECT_GE(Workbook::schemaVersion(), 7);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                      " AND (name LIKE 'standard_result_final_%'"
                                      " OR name LIKE 'measure_value_final_%')"))
        && q.next());
    EXPECT_EQ(q.value(0).toInt(), 6);
    // What it held is kept, and the new records can be written.
    EXPECT_EQ(wb->loadAssessment(id)->narrative.summary, QStringLiteral("The board's words."));
    fill(id);
    const auto data = wb->loadAssessment(id);
    EXPECT_EQ(data->standards.size(), 2);
    EXPECT_EQ(data->measures.size(), 3);
}

} // namespace
