#pragma once

// A trust's workbook through the year: periods with agreed ratings, actions
// and sign-off, on real temporary files. Shared by the finalise, history and
// archive tests.
#include "framework/FrameworkLoader.h"
#include "workbook/Workbook.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>
#include <ostream>

namespace strongtrust::test {

template <typename T> testing::AssertionResult succeeded(const Result<T> &r)
{
    if (r.ok())
        return testing::AssertionSuccess();
    return testing::AssertionFailure() << r.errorText().toStdString();
}

// Only success or the errors: a failed Result<T> as a Status.
template <typename T> Status statusOf(const Result<T> &r)
{
    if (r.ok())
        return success();
    return r.errors();
}

inline const QString kYearTrust = QStringLiteral("Oakfield Learning Trust");

class YearFixture : public testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("oakfield.strongtrust"));
        auto created = Workbook::create(path, kYearTrust, FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        wb = std::move(created).value();
        wb->setActor(QStringLiteral("Clerk"));
        jane = wb->addTrustee(QStringLiteral("Jane Smith"), QStringLiteral("Chair")).value();
        sam = wb->addTrustee(QStringLiteral("Sam Patel")).value();
    }

    // The board's agreed level for every indicator of a domain.
    void agree(qint64 id, const QString &domainId, double level)
    {
        const Framework &fw = FrameworkLoader::builtIn();
        const Domain &d = fw.domains[fw.domainIndex(domainId)];
        ASSERT_TRUE(succeeded(wb->transaction([&]() -> Status {
            for (const Indicator &i : d.indicators) {
                if (auto s = wb->setConsensus(id, i.fullId, RatingValue::of(level),
                        QStringLiteral("Agreed"), Confidence::Moderate);
                    !s)
                    return s;
            }
            return success();
        })));
    }

    // A period with every domain agreed at `level`, governance at `governance`.
    qint64 period(const QString &label, double level, double governance)
    {
        auto created = wb->createAssessment(
            label, QStringLiteral("Annual board self-assessment"), wb->defaultFrameworkKey());
        EXPECT_TRUE(succeeded(created));
        const qint64 id = created.ok() ? created.value() : 0;
        for (const Domain &d : FrameworkLoader::builtIn().domains)
            agree(id, d.id, d.id == QLatin1String("governance") ? governance : level);
        return id;
    }

    // A rating, consensus (at 3) with evidence (one confidential) and an action.
    void fill(qint64 id)
    {
        const QString ind = QStringLiteral("governance.shared-accountability");
        ASSERT_TRUE(
            succeeded(wb->setRating(id, jane, ind, RatingValue::of(3), QStringLiteral("Minutes"))));
        ASSERT_TRUE(succeeded(wb->setConsensus(
            id, ind, RatingValue::of(3), QStringLiteral("Agreed"), Confidence::Moderate)));
        ASSERT_TRUE(succeeded(wb->addEvidence(
            id, ind, Evidence { 0, QStringLiteral("Board minutes"), {}, QDate(2026, 3, 1) })));
        Evidence secret { 0, QStringLiteral("Confidential HR report"),
            QStringLiteral("hr/2026.pdf"), {} };
        secret.confidential = true;
        ASSERT_TRUE(succeeded(wb->addEvidence(id, ind, secret)));
        ASSERT_TRUE(succeeded(wb->addAction(id,
            Action { 0, QStringLiteral("governance"), ind, QStringLiteral("Review delegation"),
                QStringLiteral("Clerk"), QDate(2026, 7, 1), ActionStatus::Open, 0 })));
    }

    SignOff signOff() const
    {
        return SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12),
            QStringLiteral("BM/2026/03/7") };
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
    QString path;
    std::unique_ptr<Workbook> wb;
    qint64 jane = 0;
    qint64 sam = 0;
};

} // namespace strongtrust::test
