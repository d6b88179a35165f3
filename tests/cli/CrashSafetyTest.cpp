// A crash in the middle of an import: the import process is killed with
// SIGKILL while its transaction is writing. The workbook must open afterwards,
// pass SQLite's integrity check, and hold the import wholly or not at all; and
// at least one kill must be seen to have landed mid-import, or the test proves
// nothing.
#include "SyntheticWorkbook.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

// The size of a file, or -1 when there is none.
qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

QString integrityCheck(const Workbook &wb)
{
    QSqlQuery q(wb.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check did not run");
    return q.value(0).toString();
}

} // namespace

TEST(CrashSafety, ImportKilledWhileWritingIsAllOrNothing)
{
    QTemporaryDir dir;
    const QString trust = QStringLiteral("Oakfield Learning Trust");
    synthetic::Spec spec;
    spec.periods = 1;
    spec.trustees = 100;
    // Every rating with a long note (kept twice: in the rating and its audit
    // entry): some 9 MB to write, far beyond SQLite's page cache (2 MB), so the
    // transaction spills pages into the write-ahead log long before it commits.
    nlohmann::json doc = nlohmann::json::parse(
        synthetic::documents(FrameworkLoader::builtIn(), trust, spec).constFirst().toStdString());
    const std::string filler(1500, 'x');
    int n = 0;
    for (nlohmann::json &rating : doc["ratings"])
        rating["note"] = "Note " + std::to_string(++n) + ": " + filler;
    const QString docPath = dir.filePath(QStringLiteral("big.json"));
    ASSERT_TRUE(test::writeFile(docPath, test::toBytes(doc)));
    const int expectedRatings = spec.trustees * FrameworkLoader::builtIn().indicatorCount();
    ASSERT_EQ(n, expectedRatings);
    const QString period = QStringLiteral("2016/17");

    // Each attempt waits until the import's transaction has written its first
    // page to the write-ahead log (nothing else writes to the workbook), then
    // waits `delay` more and kills. Early kills land mid-transaction; late ones
    // may find it committed. Both must leave a sound workbook. The last attempt
    // is not killed: the import that finishes shows what "whole" is.
    const int kNoKill = -1;
    const QList<int> delaysMs = { 0, 3, 30, 300, 1000, 3000, kNoKill };
    int midImport = 0; // killed after the transaction began writing, found absent
    int whole = 0; // killed (or finished) after it committed, found whole
    int finishedFirst = 0;
    QElapsedTimer budget;
    budget.start();
    for (const int delayMs : delaysMs) {
        if (budget.elapsed() > 150000 && delayMs != kNoKill)
            continue; // bounded: the kills so far are enough to judge by
        const QString name
            = delayMs == kNoKill ? QStringLiteral("finished") : QString::number(delayMs);
        const QString path = dir.filePath(QStringLiteral("wb-%1.strongtrust").arg(name));
        const QString wal = path + QStringLiteral("-wal");
        int auditBefore = 0;
        {
            auto wb = Workbook::create(path, trust, FrameworkLoader::builtIn());
            ASSERT_TRUE(wb.ok()) << wb.errorText().toStdString();
            auditBefore = int(wb.value()->auditLog().size());
        }
        ASSERT_LT(sizeOf(wal), 1) << "a closed workbook leaves no write-ahead log";

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(STRONGTRUST_EXE), { QStringLiteral("import"), path, docPath });
        ASSERT_TRUE(child.waitForStarted());

        // Poll for the first frame in the log (its 32-byte header and beyond).
        QElapsedTimer waited;
        waited.start();
        bool writing = false;
        while (delayMs != kNoKill && child.state() != QProcess::NotRunning
            && waited.elapsed() < 60000) {
            if (sizeOf(wal) > 32) {
                writing = true;
                break;
            }
            QThread::usleep(200);
            child.waitForFinished(0); // lets QProcess notice an exit
        }
        if (delayMs == kNoKill)
            ASSERT_TRUE(child.waitForFinished(120000)) << "the import did not finish";
        else if (writing && delayMs > 0)
            QThread::msleep(delayMs);
        const bool killedWhileRunning = child.state() != QProcess::NotRunning;
        child.kill(); // SIGKILL
        child.waitForFinished(10000);
        const bool killed = killedWhileRunning && child.exitStatus() == QProcess::CrashExit;
        const qint64 walAfter = sizeOf(wal);
        if (!killed) {
            ++finishedFirst;
            EXPECT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
        }

        auto wb = Workbook::open(path);
        ASSERT_TRUE(wb.ok()) << "after kill at +" << delayMs
                             << " ms: " << wb.errorText().toStdString();
        EXPECT_FALSE(wb.value()->isReadOnly()) << wb.value()->readOnlyReason().toStdString();
        EXPECT_EQ(integrityCheck(*wb.value()), QStringLiteral("ok"))
            << "after kill at +" << delayMs << " ms";
        const auto a = wb.value()->assessmentForPeriod(period);
        if (!a) {
            // None of it: no trustee, no audit entry, nothing.
            EXPECT_TRUE(killed) << "an import that exited by itself must have committed";
            EXPECT_TRUE(wb.value()->trustees().isEmpty()) << "trustees left by a killed import";
            EXPECT_TRUE(wb.value()->assessments().isEmpty());
            EXPECT_EQ(wb.value()->auditLog().size(), auditBefore)
                << "audit entries left by a killed import";
            // The log held the transaction's pages when it was killed: it had begun.
            if (killed && walAfter > 32)
                ++midImport;
        } else {
            ++whole;
            const auto data = wb.value()->loadAssessment(a->id);
            ASSERT_TRUE(data.ok()) << data.errorText().toStdString();
            EXPECT_EQ(data->ratings.size(), expectedRatings)
                << "partial import after kill at +" << delayMs << " ms";
            EXPECT_EQ(wb.value()->trustees().size(), spec.trustees)
                << "after kill at +" << delayMs << " ms";
            EXPECT_GE(wb.value()->auditLog().size(), auditBefore + expectedRatings);
        }
        const QString when = delayMs == kNoKill ? QStringLiteral("no kill")
                                                : QStringLiteral("kill at +%1 ms").arg(delayMs);
        std::printf("%s: %s, log %lld bytes, %s\n", qPrintable(when),
            killed ? "killed" : "had exited", static_cast<long long>(walAfter),
            a ? "present" : "absent");
    }
    std::printf("kills: %d mid-import (found absent), %d found whole, %d imports finished first\n",
        midImport, whole, finishedFirst);
    // Unless a kill landed while the transaction was writing, nothing above
    // was tested.
    EXPECT_GE(midImport, 1) << "no kill landed while the import was writing";
    EXPECT_GE(whole, 1) << "not even the import left to finish was found whole";
}
