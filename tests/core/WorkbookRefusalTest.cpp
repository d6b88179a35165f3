// Files the workbook refuses or opens read-only. Each refusal is explained,
// and the file is left exactly as it was, byte for byte.
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/TextLimits.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

const QString kIndicator = QStringLiteral("governance.shared-accountability");

class WorkbookRefusal : public testing::Test
{
protected:
    QString makeWorkbook(const QString &name = QStringLiteral("trust.strongtrust"))
    {
        const QString path = dir.filePath(name);
        auto wb = Workbook::create(
            path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        EXPECT_TRUE(wb.ok()) << wb.errorText().toStdString();
        auto a = wb.value()->createAssessment(
            QStringLiteral("2025/26"), {}, wb.value()->defaultFrameworkKey());
        auto t = wb.value()->addTrustee(QStringLiteral("Jane Smith"));
        EXPECT_TRUE(
            wb.value()->setRating(a.value(), t.value(), kIndicator, RatingValue::of(3)).ok());
        return path;
    }

    // Opening must fail with a message containing `fragment`, leaving the bytes as they were.
    void expectRefused(const QString &path, const QString &fragment)
    {
        const QByteArray before = test::readFile(path);
        auto wb = Workbook::open(path);
        ASSERT_FALSE(wb.ok());
        EXPECT_TRUE(wb.errorText().contains(fragment)) << wb.errorText().toStdString();
        EXPECT_TRUE(wb.errorText().startsWith(path)) << wb.errorText().toStdString();
        EXPECT_EQ(test::readFile(path), before);
    }

    // Runs raw SQL on a file, outside the workbook class.
    void rawSql(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                ASSERT_TRUE(q.exec(s)) << s.toStdString();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(WorkbookRefusal, MissingFile)
{
    auto wb = Workbook::open(dir.filePath(QStringLiteral("absent.strongtrust")));
    ASSERT_FALSE(wb.ok());
    EXPECT_TRUE(wb.errorText().contains(QStringLiteral("no such file")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.strongtrust"))));
}

TEST_F(WorkbookRefusal, NotASqliteFile)
{
    const QString path = dir.filePath(QStringLiteral("notes.strongtrust"));
    ASSERT_TRUE(test::writeFile(path, QByteArray("Minutes of the board meeting\n").repeated(20)));
    expectRefused(path, QStringLiteral("not a SQLite database"));
}

TEST_F(WorkbookRefusal, EmptyFile)
{
    const QString path = dir.filePath(QStringLiteral("empty.strongtrust"));
    ASSERT_TRUE(test::writeFile(path, {}));
    expectRefused(path, QStringLiteral("is empty"));
}

TEST_F(WorkbookRefusal, SqliteFileThatIsNotAWorkbook)
{
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawSql(
        path, { QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)") });
    expectRefused(path, QStringLiteral("not a strongtrust workbook"));
}

TEST_F(WorkbookRefusal, WorkbookFromANewerVersion)
{
    const QString path = makeWorkbook();
    rawSql(path, { QStringLiteral("PRAGMA user_version = 99") });
    expectRefused(path, QStringLiteral("newer version of strongtrust"));
}

TEST_F(WorkbookRefusal, CorruptDatabase)
{
    const QString path = makeWorkbook();
    QByteArray bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), 4 * 4096);
    // Scribble over the second page onwards (the first holds the header we check).
    for (qsizetype i = 4096; i < 4096 * 3; ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
    ASSERT_TRUE(test::writeFile(path, bytes));
    expectRefused(path, QStringLiteral("damaged"));
}

TEST_F(WorkbookRefusal, ReadOnlyFileOpensReadOnlyAndRefusesEdits)
{
    const QString path = makeWorkbook();
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = test::readFile(path);
    {
        auto wb = Workbook::open(path);
        ASSERT_TRUE(wb.ok()) << wb.errorText().toStdString();
        EXPECT_TRUE(wb.value()->isReadOnly());
        EXPECT_TRUE(wb.value()->readOnlyReason().contains(QStringLiteral("read-only")));
        const auto a = wb.value()->assessmentForPeriod(QStringLiteral("2025/26"));
        ASSERT_TRUE(a.has_value());
        EXPECT_EQ(wb.value()->loadAssessment(a->id)->ratings.size(), 1); // it can be read
        const auto s = wb.value()->setRating(
            a->id, wb.value()->trustees()[0].id, kIndicator, RatingValue::of(1));
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.errorText().contains(QStringLiteral("read-only")))
            << s.errorText().toStdString();
        EXPECT_FALSE(wb.value()->addTrustee(QStringLiteral("Sam")).ok());
    }
    EXPECT_EQ(test::readFile(path), before);
}

TEST_F(WorkbookRefusal, ReadOnlyFolderOpensReadOnly)
{
    const QString path = makeWorkbook();
    const QByteArray before = test::readFile(path);
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    {
        auto wb = Workbook::open(path);
        ASSERT_TRUE(wb.ok()) << wb.errorText().toStdString();
        EXPECT_TRUE(wb.value()->isReadOnly());
        EXPECT_TRUE(wb.value()->readOnlyReason().contains(QStringLiteral("folder")));
        EXPECT_EQ(wb.value()->trustees().size(), 1);
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(test::readFile(path), before);
}

TEST_F(WorkbookRefusal, FullDiskRefusesTheChangeAndLosesNothing)
{
    const QString path = makeWorkbook();
    const QByteArray before = test::readFile(path);
    {
        auto wb = Workbook::open(path);
        ASSERT_TRUE(wb.ok());
        QSqlQuery q(wb.value()->database());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        q.finish();
        const auto a = wb.value()->assessmentForPeriod(QStringLiteral("2025/26"));
        // The longest note accepted: larger than the pages left.
        const auto s = wb.value()->setRating(a->id, wb.value()->trustees()[0].id, kIndicator,
            RatingValue::of(2), QString(limits::kNote, u'n'));
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.errorText().contains(QStringLiteral("disk is full")))
            << s.errorText().toStdString();
        // What was there before is intact.
        EXPECT_EQ(wb.value()->loadAssessment(a->id)->ratings[0].value, RatingValue::of(3));
    }
    EXPECT_EQ(test::readFile(path), before);
    EXPECT_TRUE(Workbook::open(path).ok());
}

TEST_F(WorkbookRefusal, SecondProcessGetsItReadOnly)
{
    const QString path = makeWorkbook();
    QProcess holder;
    holder.start(QStringLiteral(STRONGTRUST_WORKBOOK_CHILD), { QStringLiteral("hold"), path });
    ASSERT_TRUE(holder.waitForStarted());
    ASSERT_TRUE(holder.waitForReadyRead(30000));
    ASSERT_EQ(QString::fromUtf8(holder.readLine()).trimmed(), QStringLiteral("ready"));

    auto wb = Workbook::open(path);
    ASSERT_TRUE(wb.ok()) << wb.errorText().toStdString();
    EXPECT_TRUE(wb.value()->isReadOnly());
    EXPECT_TRUE(wb.value()->readOnlyReason().contains(QStringLiteral("in use")))
        << wb.value()->readOnlyReason().toStdString();
    EXPECT_EQ(wb.value()->trustees().size(), 1);
    wb = Workbook::open(dir.filePath(QStringLiteral("absent"))); // release ours

    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30000));
    auto again = Workbook::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value()->isReadOnly()) << again.value()->readOnlyReason().toStdString();
}

TEST_F(WorkbookRefusal, StaleLockOfACrashedProcessIsTakenOver)
{
    const QString path = makeWorkbook();
    QProcess holder;
    holder.start(QStringLiteral(STRONGTRUST_WORKBOOK_CHILD), { QStringLiteral("hold"), path });
    ASSERT_TRUE(holder.waitForReadyRead(30000));
    holder.kill(); // SIGKILL: no chance to remove its lock
    ASSERT_TRUE(holder.waitForFinished(30000));
    auto wb = Workbook::open(path);
    ASSERT_TRUE(wb.ok());
    EXPECT_FALSE(wb.value()->isReadOnly()) << wb.value()->readOnlyReason().toStdString();
}
