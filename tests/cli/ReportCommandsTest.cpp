// `strongtrust report`, end to end through the built executable, with no
// display and QT_QPA_PLATFORM unset (as a clerk's script runs it).
#include "SyntheticWorkbook.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using test::runStrongtrust;

namespace {

const QString kTrust = QStringLiteral("Oakfield Learning Trust");

class ReportCommands : public testing::Test
{
protected:
    void SetUp() override
    {
        workbook = dir.filePath(QStringLiteral("oak.strongtrust"));
        synthetic::Spec spec;
        spec.periods = 3;
        spec.trustees = 4;
        auto wb = synthetic::buildWorkbook(workbook, kTrust, FrameworkLoader::builtIn(), spec);
        ASSERT_TRUE(wb.ok()) << wb.errorText().toStdString();
        for (const Trustee &t : wb.value()->trustees())
            trustees.append(t.name);
        ASSERT_FALSE(trustees.isEmpty());
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    test::ProcessResult report(const QStringList &extra)
    {
        return runStrongtrust(QStringList { QStringLiteral("report"), workbook } + extra);
    }

    QTemporaryDir dir;
    QString workbook;
    QStringList trustees;
};

const QString kPeriod = synthetic::periodLabel(2018); // the third of three periods

} // namespace

TEST_F(ReportCommands, WritesAPdf)
{
    const QString out = file(QStringLiteral("report.pdf"));
    const auto r = report({ QStringLiteral("--period"), kPeriod, QStringLiteral("--pdf"), out });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Wrote %1 (%2, PDF, ").arg(out, kPeriod)))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("pages, for the board)"))) << r.out.toStdString();
    const QByteArray pdf = test::readFile(out);
    EXPECT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(20).toStdString();

    QProcess text;
    text.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-") });
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(body.contains(kTrust));
    EXPECT_TRUE(body.contains(QStringLiteral("Compared with %1").arg(synthetic::periodLabel(2017))))
        << body.left(800).toStdString();
    // Nothing left behind but the report.
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : files)
        EXPECT_TRUE(
            f == QLatin1String("report.pdf") || f.startsWith(QLatin1String("oak.strongtrust")))
            << f.toStdString();
}

TEST_F(ReportCommands, WritesHtmlForEachAudience)
{
    const QString board = file(QStringLiteral("board.html"));
    const auto b = report({ QStringLiteral("--period"), kPeriod, QStringLiteral("--html"), board });
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    const QString boardHtml = QString::fromUtf8(test::readFile(board));
    EXPECT_TRUE(boardHtml.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(boardHtml.contains(trustees.first()));

    const QString open = file(QStringLiteral("public.html"));
    const auto p = report({ QStringLiteral("--period"), kPeriod, QStringLiteral("--html"), open,
        QStringLiteral("--audience"), QStringLiteral("public") });
    ASSERT_EQ(p.exitCode, 0) << p.err.toStdString();
    EXPECT_TRUE(p.out.contains(QStringLiteral("for the public"))) << p.out.toStdString();
    const QString publicHtml = QString::fromUtf8(test::readFile(open));
    for (const QString &name : trustees)
        EXPECT_FALSE(publicHtml.contains(name)) << name.toStdString();
}

TEST_F(ReportCommands, WritesTheMinutesAsTextOrHtml)
{
    const QString text = file(QStringLiteral("minute.txt"));
    const auto t
        = report({ QStringLiteral("--period"), kPeriod, QStringLiteral("--minutes"), text });
    ASSERT_EQ(t.exitCode, 0) << t.err.toStdString();
    const QString minute = QString::fromUtf8(test::readFile(text));
    EXPECT_TRUE(minute.startsWith(
        QStringLiteral("Draft minute: board self-assessment, %1\n").arg(kPeriod)));
    EXPECT_TRUE(minute.contains(QStringLiteral("The board agreed the following actions:")));
    EXPECT_FALSE(minute.contains(u'<'));

    const QString html = file(QStringLiteral("minute.HTML"));
    const auto h
        = report({ QStringLiteral("--period"), kPeriod, QStringLiteral("--minutes"), html });
    ASSERT_EQ(h.exitCode, 0) << h.err.toStdString();
    EXPECT_TRUE(test::readFile(html).startsWith("<!DOCTYPE html>"));
}

TEST_F(ReportCommands, ComparesWithTheNamedPeriod)
{
    const QString out = file(QStringLiteral("m.txt"));
    const QString first = synthetic::periodLabel(2016);
    const auto r = report({ QStringLiteral("--period"), kPeriod, QStringLiteral("--minutes"), out,
        QStringLiteral("--compare"), first });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(test::readFile(out))
                    .contains(QStringLiteral("and compared it with %1.").arg(first)));
}

TEST_F(ReportCommands, UsageErrors)
{
    const QString out = file(QStringLiteral("x.pdf"));
    const QList<QStringList> bad = {
        { QStringLiteral("--pdf"), out }, // no period
        { QStringLiteral("--period"), kPeriod }, // no output
        { QStringLiteral("--period"), kPeriod, QStringLiteral("--pdf"), out,
            QStringLiteral("--html"), out }, // two outputs
        { QStringLiteral("--period"), kPeriod, QStringLiteral("--pdf"), out,
            QStringLiteral("--audience"), QStringLiteral("everyone") },
        { QStringLiteral("--period"), kPeriod, QStringLiteral("--pdf"), out,
            QStringLiteral("--colour") },
    };
    for (const QStringList &args : bad) {
        const auto r = report(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Try 'strongtrust report --help'.")))
            << r.err.toStdString();
    }
    const auto none = runStrongtrust({ QStringLiteral("report") });
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_FALSE(QFile::exists(out));

    const auto help = runStrongtrust({ QStringLiteral("report"), QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--audience")));
}

TEST_F(ReportCommands, RefusalsChangeNothing)
{
    const QString out = file(QStringLiteral("x.pdf"));
    auto refused = [&](const QStringList &args, const QString &message) {
        const auto r = runStrongtrust(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    };
    refused({ QStringLiteral("report"), workbook, QStringLiteral("--period"),
                QStringLiteral("1999/00"), QStringLiteral("--pdf"), out },
        QStringLiteral("no assessment for the period \"1999/00\""));
    refused(
        { QStringLiteral("report"), workbook, QStringLiteral("--period"), kPeriod,
            QStringLiteral("--pdf"), out, QStringLiteral("--compare"), QStringLiteral("1999/00") },
        QStringLiteral("no assessment for the period \"1999/00\" to compare with"));
    refused({ QStringLiteral("report"), file(QStringLiteral("missing.strongtrust")),
                QStringLiteral("--period"), kPeriod, QStringLiteral("--pdf"), out },
        QStringLiteral("missing.strongtrust"));
    const QString notWorkbook = file(QStringLiteral("notes.strongtrust"));
    ASSERT_TRUE(test::writeFile(notWorkbook, QByteArray("just some notes\n")));
    refused({ QStringLiteral("report"), notWorkbook, QStringLiteral("--period"), kPeriod,
                QStringLiteral("--pdf"), out },
        QStringLiteral("notes.strongtrust"));

    // An output that cannot be written leaves nothing behind.
    const QString nowhere = file(QStringLiteral("no/such/folder/report.pdf"));
    const auto r
        = report({ QStringLiteral("--period"), kPeriod, QStringLiteral("--pdf"), nowhere });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
}

TEST_F(ReportCommands, ListedInTheOverview)
{
    const auto r = runStrongtrust({ QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("report WORKBOOK --period P")))
        << r.out.toStdString();
}
