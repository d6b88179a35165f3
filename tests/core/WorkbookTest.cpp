// The workbook file, its contents and its audit trail, on real temporary files.
#include "workbook/Workbook.h"

#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/AuditText.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

const QString kIndicator = QStringLiteral("governance.shared-accountability");

class WorkbookTest : public testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("oakfield.strongtrust"));
        auto created = Workbook::create(
            path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        wb = std::move(created).value();
        wb->setActor(QStringLiteral("Clerk"));
        auto a = wb->createAssessment(QStringLiteral("2025/26"),
            QStringLiteral("Annual self-assessment"), wb->defaultFrameworkKey());
        ASSERT_TRUE(a.ok()) << a.errorText().toStdString();
        assessment = a.value();
        auto jane = wb->addTrustee(QStringLiteral("Jane Smith"), QStringLiteral("Chair"));
        ASSERT_TRUE(jane.ok());
        janeId = jane.value();
    }

    void reopen()
    {
        wb.reset();
        auto opened = Workbook::open(path);
        ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
        wb = std::move(opened).value();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workbook> wb;
    qint64 assessment = 0;
    qint64 janeId = 0;
};

} // namespace

TEST_F(WorkbookTest, NewFileIsMarkedOursAndOwnerOnly)
{
    EXPECT_EQ(QFileInfo(path).permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
    QSqlQuery q(wb->database());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), qint64(Workbook::kApplicationId));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Workbook::schemaVersion());
    EXPECT_FALSE(wb->isReadOnly());
}

TEST_F(WorkbookTest, CreateRefusesToOverwrite)
{
    wb.reset();
    const QByteArray before = test::readFile(path);
    auto again = Workbook::create(path, QStringLiteral("Other"), FrameworkLoader::builtIn());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.errorText().contains(QStringLiteral("already exists")));
    EXPECT_EQ(test::readFile(path), before);
}

TEST_F(WorkbookTest, ClosedWorkbookIsOneSelfContainedFile)
{
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(3)).ok());
    wb.reset();
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(files, QStringList { QStringLiteral("oakfield.strongtrust") });
}

TEST_F(WorkbookTest, EveryEditSurvivesReopening)
{
    ASSERT_TRUE(wb->setTrustName(QStringLiteral("Oakfield  Learning Trust (North)")).ok());
    auto sam = wb->addTrustee(QStringLiteral("Sam Patel"));
    ASSERT_TRUE(sam.ok());
    ASSERT_TRUE(wb->setTrusteeRole(sam.value(), QStringLiteral("Vice-chair")).ok());
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(3),
                      QStringLiteral("Minutes show challenge"))
                    .ok());
    ASSERT_TRUE(
        wb->setRating(assessment, sam.value(), kIndicator, RatingValue::notApplicable()).ok());
    ASSERT_TRUE(wb->setConsensus(assessment, kIndicator, RatingValue::of(3),
                      QStringLiteral("Agreed"), Confidence::Moderate)
                    .ok());
    ASSERT_TRUE(wb->addEvidence(assessment, kIndicator,
                      Evidence { 0, QStringLiteral("Board minutes, March"),
                          QStringLiteral("minutes/2026-03.pdf"), QDate(2026, 3, 1) })
                    .ok());
    Action action;
    action.domain = QStringLiteral("governance");
    action.indicator = kIndicator;
    action.text = QStringLiteral("Review the scheme of delegation");
    action.owner = QStringLiteral("Clerk");
    action.due = QDate(2026, 7, 1);
    ASSERT_TRUE(wb->addAction(assessment, action).ok());
    ASSERT_TRUE(wb->setMeetingDate(assessment, QDate(2026, 3, 12)).ok());

    reopen();
    EXPECT_EQ(wb->trustName(), QStringLiteral("Oakfield Learning Trust (North)"));
    ASSERT_EQ(wb->trustees().size(), 2);
    EXPECT_EQ(wb->trustees()[1].role, QStringLiteral("Vice-chair"));
    auto data = wb->loadAssessment(assessment);
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->ratings.size(), 2);
    EXPECT_EQ(data->ratings[0].value, RatingValue::of(3));
    EXPECT_EQ(data->ratings[0].note, QStringLiteral("Minutes show challenge"));
    EXPECT_TRUE(data->ratings[1].value.isNotApplicable());
    const Consensus *c = data->consensusFor(kIndicator);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->value, RatingValue::of(3));
    EXPECT_EQ(c->confidence, Confidence::Moderate);
    ASSERT_EQ(c->evidence.size(), 1);
    EXPECT_EQ(c->evidence[0].date, QDate(2026, 3, 1));
    ASSERT_EQ(data->actions.size(), 1);
    EXPECT_EQ(data->actions[0].due, QDate(2026, 7, 1));
    EXPECT_EQ(data->info.meetingDate, QDate(2026, 3, 12));
    EXPECT_EQ(data->info.title, QStringLiteral("Annual self-assessment"));
}

TEST_F(WorkbookTest, EditsAreValidatedAgainstTheFramework)
{
    EXPECT_FALSE(
        wb->setRating(assessment, janeId, QStringLiteral("governance.no-such"), RatingValue::of(3))
            .ok());
    EXPECT_FALSE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(5)).ok());
    EXPECT_FALSE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(2.5)).ok());
    EXPECT_FALSE(wb->setRating(assessment, 999, kIndicator, RatingValue::of(3)).ok());
    EXPECT_FALSE(wb->setRating(999, janeId, kIndicator, RatingValue::of(3)).ok());
    EXPECT_FALSE(wb->setConsensus(assessment, QStringLiteral("nope"), RatingValue::of(3), {},
                       Confidence::Unstated)
                     .ok());
    Action bad;
    bad.text = QStringLiteral("x");
    bad.domain = QStringLiteral("nope");
    EXPECT_FALSE(wb->addAction(assessment, bad).ok());
    EXPECT_TRUE(wb->loadAssessment(assessment)->ratings.isEmpty());
}

TEST_F(WorkbookTest, UnratedWithoutNoteRemovesTheRating)
{
    const auto first = wb->setRating(assessment, janeId, kIndicator, RatingValue::of(2));
    ASSERT_TRUE(first.ok()) << first.errorText().toStdString();
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::unrated()).ok());
    EXPECT_TRUE(wb->loadAssessment(assessment)->ratings.isEmpty());
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::unrated(),
                      QStringLiteral("undecided"))
                    .ok());
    EXPECT_EQ(wb->loadAssessment(assessment)->ratings.size(), 1);
}

TEST_F(WorkbookTest, AuditTrailRecordsWhoWhatOldAndNew)
{
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(2)).ok());
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(3)).ok());
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(3))
                    .ok()); // no change: no entry
    const QList<AuditEntry> log = wb->auditLog(assessment);
    QList<AuditEntry> ratings;
    for (const AuditEntry &e : log) {
        if (e.entity == QLatin1String("rating"))
            ratings.append(e);
    }
    ASSERT_EQ(ratings.size(), 2);
    EXPECT_EQ(ratings[1].actor, QStringLiteral("Clerk"));
    // Stored in ids and raw values, not in names or words.
    EXPECT_EQ(ratings[1].trusteeId, janeId);
    EXPECT_EQ(ratings[1].subject, kIndicator);
    EXPECT_EQ(ratings[1].field, QStringLiteral("level"));
    EXPECT_EQ(ratings[1].oldValue, QStringLiteral("2"));
    EXPECT_EQ(ratings[1].newValue, QStringLiteral("3"));
    // Shown in the viewer's words.
    const AuditLine line = AuditText(*wb).describe(ratings[1]);
    EXPECT_EQ(line.what, QStringLiteral("Rating"));
    EXPECT_TRUE(line.subject.startsWith(QStringLiteral("Jane Smith · ")))
        << line.subject.toStdString();
    EXPECT_EQ(line.oldValue, QStringLiteral("2 Developing"));
    EXPECT_EQ(line.newValue, QStringLiteral("3 Established"));
    EXPECT_EQ(ratings[1].period, QStringLiteral("2025/26"));
    EXPECT_TRUE(ratings[1].at.isValid());
    // Trustees are recorded outside any assessment.
    bool trusteeAdded = false;
    for (const AuditEntry &e : wb->auditLog())
        trusteeAdded
            = trusteeAdded || (e.entity == QLatin1String("trustee") && e.trusteeId == janeId);
    EXPECT_TRUE(trusteeAdded);
}

TEST_F(WorkbookTest, TrusteesAreMatchedByNameIgnoringCaseAndSpaces)
{
    ASSERT_TRUE(wb->trusteeByName(QStringLiteral("  jane   SMITH ")).has_value());
    EXPECT_FALSE(wb->addTrustee(QStringLiteral("JANE smith")).ok());
    auto sam = wb->addTrustee(QStringLiteral("Sam Patel"));
    EXPECT_FALSE(wb->renameTrustee(sam.value(), QStringLiteral("jane smith")).ok());
    ASSERT_TRUE(wb->setTrusteeRetired(janeId, true).ok());
    EXPECT_TRUE(wb->trustee(janeId)->retired);
}

TEST_F(WorkbookTest, RetiredTrusteesKeepTheirRatingsAndLeaveTheRaters)
{
    auto sam = wb->addTrustee(QStringLiteral("Sam Patel"));
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(3)).ok());
    ASSERT_TRUE(wb->setTrusteeRetired(janeId, true).ok());
    ASSERT_TRUE(wb->setTrusteeRetired(sam.value(), true).ok());
    EXPECT_EQ(wb->raters(assessment), QList<qint64> { janeId }); // rated, so still a rater here
    EXPECT_EQ(wb->loadAssessment(assessment)->ratings.size(), 1);
}

TEST_F(WorkbookTest, AssessmentsArePerPeriod)
{
    EXPECT_FALSE(
        wb->createAssessment(QStringLiteral("2025/26"), {}, wb->defaultFrameworkKey()).ok());
    EXPECT_FALSE(wb->createAssessment(QStringLiteral(""), {}, wb->defaultFrameworkKey()).ok());
    EXPECT_FALSE(wb->createAssessment(QString(41, u'x'), {}, wb->defaultFrameworkKey()).ok());
    auto earlier = wb->createAssessment(QStringLiteral("2024/25"), {}, wb->defaultFrameworkKey());
    ASSERT_TRUE(earlier.ok());
    const auto list = wb->assessments();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].period, QStringLiteral("2024/25"));
    EXPECT_EQ(wb->previousAssessment(assessment)->id, earlier.value());
    EXPECT_FALSE(wb->previousAssessment(earlier.value()).has_value());
}

TEST_F(WorkbookTest, FinalAssessmentCannotChange)
{
    ASSERT_TRUE(wb->setRating(assessment, janeId, kIndicator, RatingValue::of(3)).ok());
    ASSERT_TRUE(wb->finalise(assessment,
                      SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12),
                          QStringLiteral("BM/2026/03/7") })
                    .ok());
    const auto status = wb->setRating(assessment, janeId, kIndicator, RatingValue::of(4));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorText().contains(QStringLiteral("final")))
        << status.errorText().toStdString();
    EXPECT_FALSE(
        wb->setConsensus(assessment, kIndicator, RatingValue::of(4), {}, Confidence::Strong).ok());
    EXPECT_FALSE(
        wb->finalise(assessment, SignOff { QStringLiteral("X"), QDate(2026, 4, 1), {} }).ok());
    EXPECT_EQ(wb->loadAssessment(assessment)->ratings[0].value, RatingValue::of(3));
    EXPECT_EQ(wb->assessment(assessment)->signOff.minuteRef, QStringLiteral("BM/2026/03/7"));
}

TEST_F(WorkbookTest, TransactionIsAllOrNothing)
{
    const Status s = wb->transaction([&]() -> Status {
        if (auto r = wb->setRating(assessment, janeId, kIndicator, RatingValue::of(3)); !r)
            return r;
        return wb->setRating(
            assessment, janeId, QStringLiteral("bogus.indicator"), RatingValue::of(3));
    });
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(wb->loadAssessment(assessment)->ratings.isEmpty());
}

TEST_F(WorkbookTest, FrameworkSnapshotIsStoredOnce)
{
    const qint64 key = wb->defaultFrameworkKey();
    EXPECT_EQ(wb->storeFramework(FrameworkLoader::builtIn()).value(), key);
    auto other = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("min"));
    ASSERT_TRUE(other.ok());
    auto otherKey = wb->storeFramework(other.value());
    ASSERT_TRUE(otherKey.ok());
    EXPECT_NE(otherKey.value(), key);
    EXPECT_EQ(wb->frameworks().size(), 2);
    EXPECT_EQ(wb->framework(otherKey.value())->id, QStringLiteral("test-framework"));
    reopen();
    EXPECT_EQ(wb->framework(otherKey.value())->json, other->json);
}

TEST_F(WorkbookTest, OlderSchemaIsMigratedAfterABackup)
{
    // Make the file look as version 1 left it: without the version 3 triggers,
    // table and column, and without the version 2 indexes.
    {
        QSqlQuery q(wb->database());
        QStringList triggers;
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        while (q.next())
            triggers.append(q.value(0).toString());
        EXPECT_FALSE(triggers.isEmpty());
        for (const QString &t : triggers)
            ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER ") + t)) << t.toStdString();
        for (const char *s :
            { "DROP TABLE change_reason", "ALTER TABLE evidence DROP COLUMN confidential",
                "DROP INDEX evidence_by_indicator", "DROP INDEX action_by_assessment",
                "DROP INDEX audit_by_assessment", "ALTER TABLE audit DROP COLUMN trustee",
                "ALTER TABLE audit DROP COLUMN subject", "ALTER TABLE audit DROP COLUMN record",
                "ALTER TABLE audit DROP COLUMN via", "DROP TABLE narrative",
                "DROP TABLE standard_result", "DROP TABLE measure_value",
                "PRAGMA user_version = 1" })
            ASSERT_TRUE(q.exec(QLatin1String(s))) << s;
    }
    reopen();
    QSqlQuery q(wb->database());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Workbook::schemaVersion());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                      "name = 'audit_by_assessment'"))
        && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(wb->trustees().size(), 1);
    // The backup is a workbook of the old version, holding the same data.
    const QString backup = path + QStringLiteral(".v1.bak");
    ASSERT_TRUE(QFileInfo::exists(backup));
    const QByteArray header = test::readFile(backup).left(100);
    EXPECT_EQ(static_cast<unsigned char>(header[63]), 1u); // user_version, big-endian at offset 60
}
