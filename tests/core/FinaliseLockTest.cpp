// A finalised assessment cannot change, at every level: the workbook's own
// edits, an import, and SQL issued to the file directly, from any connection.
#include "YearFixture.h"
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>

using namespace strongtrust;
using test::succeeded;

namespace {

const QString kInd = QStringLiteral("governance.shared-accountability");

class FinaliseLockTest : public test::YearFixture
{
protected:
    void SetUp() override
    {
        YearFixture::SetUp();
        draftId = wb->createAssessment(QStringLiteral("2024/25"), QStringLiteral("Last year"),
                        wb->defaultFrameworkKey())
                      .value();
        fill(draftId);
        finalId = wb->createAssessment(QStringLiteral("2025/26"), QStringLiteral("This year"),
                        wb->defaultFrameworkKey())
                      .value();
        fill(finalId);
        ASSERT_TRUE(succeeded(wb->setChangeReason(
            finalId, QStringLiteral("civic"), QStringLiteral("New partnerships"))));
        ASSERT_TRUE(succeeded(wb->finalise(finalId, signOff())));
    }

    qint64 draftId = 0;
    qint64 finalId = 0;
};

// Every statement a writer could issue against each protected table.
QStringList directChanges(qint64 id)
{
    const QString a = QString::number(id);
    return {
        QStringLiteral("UPDATE rating SET note = 'changed' WHERE assessment = ") + a,
        QStringLiteral("DELETE FROM rating WHERE assessment = ") + a,
        QStringLiteral(
            "INSERT INTO rating (assessment, trustee, indicator, kind, level) VALUES (%1, 2, "
            "'governance.intervention', 'level', 4)")
            .arg(id),
        QStringLiteral("UPDATE consensus SET level = 1 WHERE assessment = ") + a,
        QStringLiteral("DELETE FROM consensus WHERE assessment = ") + a,
        QStringLiteral("INSERT INTO consensus (assessment, indicator, kind, level) VALUES (%1, "
                       "'governance.intervention', 'level', 4)")
            .arg(id),
        QStringLiteral("UPDATE evidence SET title = 'changed' WHERE assessment = ") + a,
        QStringLiteral("UPDATE evidence SET confidential = 0 WHERE assessment = ") + a,
        QStringLiteral("DELETE FROM evidence WHERE assessment = ") + a,
        QStringLiteral("INSERT INTO evidence (assessment, indicator, position, title) VALUES (%1, "
                       "'governance.intervention', 9, 'Late')")
            .arg(id),
        QStringLiteral("UPDATE action SET status = 'done' WHERE assessment = ") + a,
        QStringLiteral("DELETE FROM action WHERE assessment = ") + a,
        QStringLiteral("INSERT INTO action (assessment, position, text) VALUES (%1, 9, 'Late')")
            .arg(id),
        QStringLiteral("UPDATE change_reason SET reason = 'changed' WHERE assessment = ") + a,
        QStringLiteral("DELETE FROM change_reason WHERE assessment = ") + a,
        QStringLiteral("INSERT INTO change_reason (assessment, domain, reason) VALUES (%1, "
                       "'education', 'Late')")
            .arg(id),
        // The built-in framework has no standards or measures to update;
        // BaselineStoreTest changes existing rows of a framework that has.
        QStringLiteral("INSERT INTO standard_result (assessment, standard, result) VALUES (%1, "
                       "'governance.late', 'met')")
            .arg(id),
        QStringLiteral("INSERT INTO measure_value (assessment, measure, value) VALUES (%1, "
                       "'governance.late', 1)")
            .arg(id),
        QStringLiteral("UPDATE assessment SET title = 'changed' WHERE id = ") + a,
        QStringLiteral("UPDATE assessment SET status = 'draft' WHERE id = ") + a,
        QStringLiteral("UPDATE assessment SET chair = 'Someone else' WHERE id = ") + a,
        QStringLiteral("DELETE FROM assessment WHERE id = ") + a,
    };
}

} // namespace

TEST_F(FinaliseLockTest, FinalisingRecordsTheSignOff)
{
    const auto a = wb->assessment(finalId);
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->isFinal());
    EXPECT_EQ(a->signOff.chair, QStringLiteral("Jane Smith"));
    EXPECT_EQ(a->signOff.date, QDate(2026, 3, 12));
    EXPECT_EQ(a->signOff.minuteRef, QStringLiteral("BM/2026/03/7"));
    reopen();
    EXPECT_TRUE(wb->assessment(finalId)->isFinal());
}

TEST_F(FinaliseLockTest, EveryEditOfTheWorkbookIsRefused)
{
    const auto before = wb->loadAssessment(finalId).value();
    const qint64 evidenceId = before.consensusFor(kInd)->evidence.constFirst().id;
    Action action = before.actions.constFirst();
    action.status = ActionStatus::Done;
    Evidence evidence = before.consensusFor(kInd)->evidence.constFirst();
    evidence.title = QStringLiteral("Changed");

    const QList<std::pair<const char *, Status>> refused = {
        { "setRating", wb->setRating(finalId, jane, kInd, RatingValue::of(1)) },
        { "setConsensus",
            wb->setConsensus(finalId, kInd, RatingValue::of(1), {}, Confidence::Strong) },
        { "addEvidence",
            test::statusOf(
                wb->addEvidence(finalId, kInd, Evidence { 0, QStringLiteral("Late"), {}, {} })) },
        { "updateEvidence", wb->updateEvidence(finalId, evidence) },
        { "removeEvidence", wb->removeEvidence(finalId, evidenceId) },
        { "replaceEvidence", wb->replaceEvidence(finalId, kInd, {}) },
        { "addAction",
            test::statusOf(wb->addAction(finalId,
                Action { 0, {}, {}, QStringLiteral("Late"), {}, {}, ActionStatus::Open, 0 })) },
        { "updateAction", wb->updateAction(finalId, action) },
        { "removeAction", wb->removeAction(finalId, action.id) },
        { "setChangeReason",
            wb->setChangeReason(finalId, QStringLiteral("civic"), QStringLiteral("Other")) },
        { "setAssessmentTitle", wb->setAssessmentTitle(finalId, QStringLiteral("Changed")) },
        { "setMeetingDate", wb->setMeetingDate(finalId, QDate(2026, 1, 1)) },
        { "finalise",
            wb->finalise(finalId, SignOff { QStringLiteral("Someone"), QDate(2026, 4, 1), {} }) },
    };
    for (const auto &[what, status] : refused) {
        EXPECT_FALSE(status.ok()) << what;
        EXPECT_TRUE(status.errorText().contains(QStringLiteral("final")))
            << what << ": " << status.errorText().toStdString();
    }
    const auto after = wb->loadAssessment(finalId).value();
    EXPECT_EQ(after.ratings.size(), before.ratings.size());
    EXPECT_EQ(after.actions.constFirst().status, ActionStatus::Open);
    EXPECT_EQ(after.changeReasons, before.changeReasons);
    EXPECT_EQ(after.info.signOff.chair, QStringLiteral("Jane Smith"));
}

TEST_F(FinaliseLockTest, ImportIntoAFinalAssessmentIsRefused)
{
    const QByteArray doc = R"({"format": "strongtrust-assessment", "formatVersion": 1,
        "framework": {"id": "cst-strong-trust"}, "period": "2025/26",
        "raters": [{"id": "r1", "name": "Sam Patel"}],
        "ratings": [{"rater": "r1", "indicator": "governance.intervention", "level": 2}]})";
    const auto auditBefore = wb->auditLog().size();
    const auto r = importAssessment(*wb, doc, QStringLiteral("return.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors().constFirst().path, QStringLiteral("/period"));
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("final"))) << r.errorText().toStdString();
    EXPECT_EQ(wb->auditLog().size(), auditBefore);
}

TEST_F(FinaliseLockTest, TheDatabaseRefusesDirectChangesToAFinalAssessment)
{
    for (const QString &statement : directChanges(finalId)) {
        QString error;
        EXPECT_FALSE(exec(statement, &error)) << statement.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("final")))
            << statement.toStdString() << ": " << error.toStdString();
    }
    // Moving a draft's row into the final assessment is a change to it too.
    EXPECT_FALSE(exec(QStringLiteral("UPDATE rating SET assessment = %1 WHERE assessment = %2")
                          .arg(finalId)
                          .arg(draftId)));
    // The framework it used is part of its record.
    EXPECT_FALSE(exec(QStringLiteral("UPDATE framework SET title = 'changed' WHERE id = %1")
                          .arg(wb->assessment(finalId)->frameworkKey)));
    const auto data = wb->loadAssessment(finalId).value();
    EXPECT_EQ(data.ratings.size(), 1);
    EXPECT_EQ(data.consensusFor(kInd)->evidence.size(), 2);
    EXPECT_EQ(data.info.title, QStringLiteral("This year"));
    EXPECT_TRUE(data.info.isFinal());
}

TEST_F(FinaliseLockTest, AnotherProgramWritingTheFileIsRefusedToo)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(this));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        EXPECT_FALSE(q.exec(
            QStringLiteral("UPDATE consensus SET level = 1 WHERE assessment = %1").arg(finalId)));
        EXPECT_FALSE(q.exec(
            QStringLiteral("UPDATE assessment SET status = 'draft' WHERE id = %1").arg(finalId)));
        EXPECT_TRUE(q.exec(
            QStringLiteral("UPDATE consensus SET level = 1 WHERE assessment = %1").arg(draftId)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(FinaliseLockTest, DraftsStayEditableDirectly)
{
    for (const QString &statement : directChanges(draftId)) {
        if (statement.startsWith(QStringLiteral("DELETE FROM assessment")))
            continue; // its rows refer to it
        QString error;
        EXPECT_TRUE(exec(statement, &error))
            << statement.toStdString() << ": " << error.toStdString();
    }
}

TEST_F(FinaliseLockTest, AnAmendmentIsRecordedAndTheRecordStaysAsSigned)
{
    const QByteArray before = exportAssessmentJson(*wb, finalId).value();
    ASSERT_TRUE(succeeded(wb->addAmendment(
        finalId, QStringLiteral("  Minute BM/2026/03/7 should read BM/2026/03/8.  "))));
    const QList<AuditEntry> amendments = wb->amendments(finalId);
    ASSERT_EQ(amendments.size(), 1);
    EXPECT_EQ(amendments[0].entity, QStringLiteral("amendment"));
    EXPECT_EQ(amendments[0].actor, QStringLiteral("Clerk"));
    EXPECT_EQ(amendments[0].period, QStringLiteral("2025/26"));
    EXPECT_EQ(
        amendments[0].newValue, QStringLiteral("Minute BM/2026/03/7 should read BM/2026/03/8."));
    EXPECT_EQ(wb->auditLog(finalId).constLast().entity, QStringLiteral("amendment"));
    EXPECT_EQ(exportAssessmentJson(*wb, finalId).value(), before);
    EXPECT_TRUE(wb->assessment(finalId)->isFinal());

    EXPECT_FALSE(wb->addAmendment(finalId, QStringLiteral("   ")).ok());
    const auto onDraft = wb->addAmendment(draftId, QStringLiteral("A correction"));
    EXPECT_FALSE(onDraft.ok());
    EXPECT_TRUE(onDraft.errorText().contains(QStringLiteral("draft")));
    EXPECT_FALSE(wb->addAmendment(9999, QStringLiteral("A correction")).ok());
    EXPECT_EQ(wb->amendments(finalId).size(), 1);
}

TEST_F(FinaliseLockTest, AReadOnlyWorkbookTakesNoAmendment)
{
    wb.reset();
    auto ro = Workbook::open(path, Workbook::OpenOptions { true });
    ASSERT_TRUE(ro.ok());
    EXPECT_FALSE(ro.value()->addAmendment(finalId, QStringLiteral("A correction")).ok());
}

TEST_F(FinaliseLockTest, AVersion2WorkbookIsMigratedAndItsFinalAssessmentsLocked)
{
    // As version 2 left it: no triggers, no change_reason, no confidential column.
    {
        QSqlQuery q(wb->database());
        QStringList triggers;
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        while (q.next())
            triggers.append(q.value(0).toString());
        for (const QString &t : triggers)
            ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER ") + t));
        for (const char *s :
            { "DROP TABLE change_reason", "ALTER TABLE evidence DROP COLUMN confidential",
                "ALTER TABLE audit DROP COLUMN trustee", "ALTER TABLE audit DROP COLUMN subject",
                "ALTER TABLE audit DROP COLUMN record", "ALTER TABLE audit DROP COLUMN via",
                "DROP TABLE narrative", "DROP TABLE standard_result", "DROP TABLE measure_value",
                "PRAGMA user_version = 2" })
            ASSERT_TRUE(q.exec(QLatin1String(s))) << s;
        // Without the triggers, version 2 let this through.
        ASSERT_TRUE(q.exec(
            QStringLiteral("UPDATE assessment SET title = 'Edited behind its back' WHERE id = %1")
                .arg(finalId)));
    }
    reopen();
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".v2.bak")));
    QSqlQuery q(wb->database());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Workbook::schemaVersion());
    EXPECT_GE(Workbook::schemaVersion(), 5);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"))
        && q.next());
    // 18 of step 3, 3 of step 6 (narrative), 6 of step 7 (standards, measures)
    EXPECT_EQ(q.value(0).toInt(), 27);
    EXPECT_FALSE(
        exec(QStringLiteral("UPDATE assessment SET title = 'Again' WHERE id = %1").arg(finalId)));
    // Evidence kept, none of it confidential; no reasons yet.
    const auto data = wb->loadAssessment(draftId).value();
    ASSERT_EQ(data.consensusFor(kInd)->evidence.size(), 2);
    EXPECT_FALSE(data.consensusFor(kInd)->evidence[1].confidential);
    EXPECT_TRUE(wb->loadAssessment(finalId)->changeReasons.isEmpty());
    EXPECT_TRUE(succeeded(
        wb->setChangeReason(draftId, QStringLiteral("governance"), QStringLiteral("Works"))));
}
