#pragma once

// A workbook whose framework has baseline standards and measures beside its
// indicators (framework format version 2), with one draft assessment, on a
// real temporary file. Shared by the tests of standards and measures: the
// edit path, the interchange document, the measures CSV and the archive.
#include "YearFixture.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>

namespace strongtrust::test {

inline const QString kAccounts = QStringLiteral("alpha.accounts-published");
inline const QString kSafeguarding = QStringLiteral("alpha.safeguarding");
inline const QString kReserves = QStringLiteral("alpha.reserves");
inline const QString kAttendance = QStringLiteral("alpha.attendance");
inline const QString kSuspensions = QStringLiteral("beta.suspensions");
inline const QString kAlphaOne = QStringLiteral("alpha.one");

class BaselineFixture : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto fw = FrameworkLoader::loadBytes(toBytes(baselineFramework()), QStringLiteral("fw"));
        ASSERT_TRUE(fw.ok()) << fw.errorText().toStdString();
        framework = std::move(fw).value();
        ASSERT_EQ(framework.standardCount(), 2);
        ASSERT_EQ(framework.measureCount(), 3);
        wb = newWorkbook(QStringLiteral("oakfield.strongtrust"));
        ASSERT_TRUE(wb);
        path = wb->path();
        auto created = wb->createAssessment(
            QStringLiteral("2025/26"), QStringLiteral("Annual review"), wb->defaultFrameworkKey());
        ASSERT_TRUE(succeeded(created));
        id = created.value();
    }

    // A workbook of the same trust on the same framework, with no assessment.
    std::unique_ptr<Workbook> newWorkbook(const QString &name)
    {
        auto created = Workbook::create(dir.filePath(name), kYearTrust, framework);
        EXPECT_TRUE(succeeded(created));
        if (!created.ok())
            return nullptr;
        auto w = std::move(created).value();
        w->setActor(QStringLiteral("Clerk"));
        return w;
    }

    // Entries of one entity in the assessment's trail, oldest first.
    QList<AuditEntry> entries(const QString &entity, qint64 assessmentId = 0) const
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : wb->auditLog(assessmentId ? assessmentId : id)) {
            if (e.entity == entity)
                out.append(e);
        }
        return out;
    }

    // A measure's record, as a caller builds one.
    static MeasureValue record(const QString &measure, std::optional<double> value,
        const QDate &asOf = {}, const QString &source = {}, const QString &note = {},
        MeasureTarget target = {})
    {
        MeasureValue m;
        m.measure = measure;
        m.value = value;
        m.asOf = asOf;
        m.source = source;
        m.note = note;
        m.target = target;
        return m;
    }

    // Something recorded for every kind of thing: standards (met, not met
    // with a note and evidence), measures (a value with its own target, a
    // value not yet known with a note), an action answering the unmet standard.
    void fill(qint64 assessmentId)
    {
        ASSERT_TRUE(succeeded(wb->setStandard(assessmentId, kAccounts, StandardResult::Met)));
        ASSERT_TRUE(succeeded(wb->setStandard(assessmentId, kSafeguarding, StandardResult::NotMet,
            QStringLiteral("Two DBS checks were late.\nNow fixed."))));
        ASSERT_TRUE(succeeded(wb->addEvidence(assessmentId, kSafeguarding,
            Evidence { 0, QStringLiteral("Single central record audit"),
                QStringLiteral("hr/scr-2026.pdf"), QDate(2026, 2, 1) })));
        ASSERT_TRUE(succeeded(wb->setMeasure(assessmentId,
            record(kReserves, 8.4, QDate(2025, 8, 31), QStringLiteral("Audited accounts 2024/25"),
                {}, MeasureTarget { 6, 10 }))));
        ASSERT_TRUE(succeeded(wb->setMeasure(assessmentId,
            record(kAttendance, std::nullopt, {}, {}, QStringLiteral("Awaiting the census")))));
        ASSERT_TRUE(succeeded(wb->setMeasure(
            assessmentId, record(kSuspensions, 12.0, QDate(2026, 1, 31), QStringLiteral("MIS")))));
        ASSERT_TRUE(succeeded(wb->addAction(assessmentId,
            Action { 0, QStringLiteral("alpha"), kSafeguarding,
                QStringLiteral("Check every DBS renewal monthly"), QStringLiteral("HR lead"),
                QDate(2026, 4, 30), ActionStatus::Open, 0 })));
    }

    // Runs one statement on the workbook's own connection: true when SQLite took it.
    bool exec(const QString &statement, QString *error = nullptr)
    {
        QSqlQuery q(wb->database());
        const bool ok = q.exec(statement);
        if (error)
            *error = q.lastError().text();
        return ok;
    }

    void reopen()
    {
        wb.reset();
        auto opened = Workbook::open(path);
        ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
        wb = std::move(opened).value();
        wb->setActor(QStringLiteral("Clerk"));
    }

    QTemporaryDir dir;
    Framework framework;
    QString path;
    std::unique_ptr<Workbook> wb;
    qint64 id = 0;
};

} // namespace strongtrust::test
