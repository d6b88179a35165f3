// `strongtrust report --odt`: an OpenDocument Text file a word processor
// opens. Its content.xml is read back from the zip (unzip) and checked for
// headings, tables and the chart as an image; then LibreOffice converts it
// to PDF headless, and the PDF's text is what the report says.
#include "SyntheticWorkbook.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

const QString kTrust = QStringLiteral("Oakfield Learning Trust");

struct Ran {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Ran run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, arguments);
    Ran r;
    if (!p.waitForStarted(10000)) {
        r.err = program + QStringLiteral(" did not start");
        return r;
    }
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

class ReportOdt : public testing::Test
{
protected:
    void SetUp() override
    {
        workbook = dir.filePath(QStringLiteral("oak.strongtrust"));
        synthetic::Spec spec;
        spec.periods = 2;
        spec.trustees = 3;
        auto wb = synthetic::buildWorkbook(workbook, kTrust, FrameworkLoader::builtIn(), spec);
        ASSERT_TRUE(wb.ok()) << wb.errorText().toStdString();
        period = wb.value()->assessments().last().period;
        for (const Domain &d : FrameworkLoader::builtIn().domains)
            domains.append(d.title);
        trustee = wb.value()->trustees().first().name;
    }

    QString writeOdt(const QStringList &extra = {})
    {
        const QString out = dir.filePath(QStringLiteral("report.odt"));
        const auto r = test::runStrongtrust(
            QStringList { QStringLiteral("report"), workbook, QStringLiteral("--period"), period,
                QStringLiteral("--odt"), out }
            + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("OpenDocument Text"))) << r.out.toStdString();
        return out;
    }

    // One member of the zip, as unzip prints it.
    QString member(const QString &odt, const QString &name)
    {
        const Ran r = run(QStringLiteral("unzip"), { QStringLiteral("-p"), odt, name });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QString::fromUtf8(r.out);
    }

    QTemporaryDir dir;
    QString workbook;
    QString period;
    QStringList domains;
    QString trustee;
};

} // namespace

TEST_F(ReportOdt, ContentHasHeadingsTablesAndTheChart)
{
    const QString odt = writeOdt();
    const QByteArray bytes = test::readFile(odt);
    ASSERT_TRUE(bytes.startsWith("PK")) << "not a zip";
    // The first member names the type, stored uncompressed, as ODF requires.
    EXPECT_EQ(bytes.mid(30, 8), QByteArrayLiteral("mimetype"));
    EXPECT_EQ(member(odt, QStringLiteral("mimetype")),
        QStringLiteral("application/vnd.oasis.opendocument.text"));

    const QString content = member(odt, QStringLiteral("content.xml"));
    ASSERT_FALSE(content.isEmpty());
    EXPECT_TRUE(content.contains(QStringLiteral("<table:table "))) << "no table";
    EXPECT_TRUE(content.contains(QStringLiteral("<table:table-row"))) << "no table rows";
    EXPECT_TRUE(content.contains(QStringLiteral("<draw:image "))) << "no image";
    // Every row of every table has as many cells as the table has columns
    // (Qt's writer, left alone, makes a cell of each paragraph).
    QXmlStreamReader xml(content);
    int tables = 0;
    int columns = 0;
    int cells = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement() && name == QLatin1String("table")) {
            ++tables;
            columns = 0;
        } else if (xml.isStartElement() && name == QLatin1String("table-column")) {
            ++columns;
        } else if (xml.isStartElement() && name == QLatin1String("table-row")) {
            cells = 0;
        } else if (xml.isStartElement() && name == QLatin1String("table-cell")) {
            ++cells;
        } else if (xml.isEndElement() && name == QLatin1String("table-row")) {
            EXPECT_EQ(cells, columns) << "table " << tables << " at line " << xml.lineNumber();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(tables, 10);

    // Real headings, of their levels, not paragraphs that only look like them.
    EXPECT_TRUE(content.contains(QRegularExpression(
        QStringLiteral(R"(<text:h [^>]*text:outline-level="1"><text:span [^>]*>Summary<)"))));
    EXPECT_TRUE(content.contains(QRegularExpression(QStringLiteral(
        R"(<text:h [^>]*text:outline-level="2"><text:span [^>]*>Domains at a glance<)"))));
    EXPECT_FALSE(content.contains(QRegularExpression(
        QStringLiteral(R"(<text:p [^>]*><text:span [^>]*>Summary</text:span></text:p>)"))));
    // The page: A4, with the report's running header and footer.
    const QString styles = member(odt, QStringLiteral("styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral(R"(fo:page-width="210mm" fo:page-height="297mm")")));
    EXPECT_TRUE(styles.contains(QStringLiteral("<text:page-number/>")));
    EXPECT_TRUE(styles.contains(kTrust));
    EXPECT_TRUE(member(odt, QStringLiteral("META-INF/manifest.xml"))
                    .contains(QStringLiteral(R"(manifest:full-path="styles.xml")")));
    for (const QString &heading : { QStringLiteral("Summary"),
             QStringLiteral("Domains at a glance"), QStringLiteral("Actions"),
             QStringLiteral("Sign-off"), QStringLiteral("Appendix: checks before sign-off"),
             QStringLiteral("Appendix: trustees") })
        EXPECT_TRUE(content.contains(heading)) << heading.toStdString();
    for (const QString &d : std::as_const(domains))
        EXPECT_TRUE(content.contains(d.toHtmlEscaped())) << d.toStdString();
    EXPECT_TRUE(content.contains(trustee.toHtmlEscaped())); // the board's report

    // The picture the image refers to is in the file, as PNG.
    const auto at = content.indexOf(QStringLiteral("xlink:href=\""));
    ASSERT_GE(at, 0);
    const auto start = at + 12;
    const QString href = content.mid(start, content.indexOf(u'"', start) - start);
    const Ran picture = run(QStringLiteral("unzip"), { QStringLiteral("-p"), odt, href });
    EXPECT_EQ(picture.exitCode, 0) << href.toStdString();
    EXPECT_TRUE(picture.out.startsWith("\x89PNG")) << href.toStdString();
    EXPECT_GT(picture.out.size(), 10000); // a chart, not an empty image

    // Written under a temporary name and renamed: nothing else left behind.
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        EXPECT_TRUE(f == QLatin1String("report.odt") || f.startsWith(QLatin1String("oak.")))
            << f.toStdString();
}

TEST_F(ReportOdt, PublicOdtLeavesOutTrusteesNames)
{
    const QString odt = writeOdt({ QStringLiteral("--audience"), QStringLiteral("public") });
    const QString content = member(odt, QStringLiteral("content.xml"));
    EXPECT_TRUE(content.contains(QStringLiteral("Summary")));
    EXPECT_FALSE(content.contains(trustee.toHtmlEscaped()));
    EXPECT_FALSE(content.contains(QStringLiteral("checks before sign-off")));
}

TEST_F(ReportOdt, OneOutputOnly)
{
    const auto r
        = test::runStrongtrust({ QStringLiteral("report"), workbook, QStringLiteral("--period"),
            period, QStringLiteral("--odt"), dir.filePath(QStringLiteral("a.odt")),
            QStringLiteral("--pdf"), dir.filePath(QStringLiteral("a.pdf")) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--odt OUT"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.odt"))));
}

// LibreOffice opens it: converted headless to PDF, the text is the report's.
// scripts/bootstrap.sh installs LibreOffice for the tests, so its absence is
// a failure, not a reason to skip.
TEST_F(ReportOdt, LibreOfficeConvertsItToPdf)
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    ASSERT_FALSE(office.isEmpty())
        << "LibreOffice (soffice) is not on PATH: scripts/bootstrap.sh test installs "
           "libreoffice-writer-nogui";
    const QString odt = writeOdt();
    QTemporaryDir profile; // its own user profile: no clash with another instance
    const QString outDir = dir.filePath(QStringLiteral("converted"));
    const Ran r = run(office,
        { QStringLiteral("-env:UserInstallation=%1")
                .arg(QUrl::fromLocalFile(profile.path()).toString()),
            QStringLiteral("--headless"), QStringLiteral("--norestore"),
            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
            outDir, odt },
        240000);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    const QString pdf = outDir + QStringLiteral("/report.pdf");
    ASSERT_TRUE(QFile::exists(pdf)) << r.err.toStdString() << r.out.toStdString();
    const Ran text = run(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString body = QString::fromUtf8(text.out).simplified();
    EXPECT_TRUE(body.contains(kTrust));
    EXPECT_TRUE(body.contains(QStringLiteral("Domains at a glance")));
    EXPECT_TRUE(body.contains(QStringLiteral("Appendix: checks before sign-off")));
    for (const QString &d : std::as_const(domains))
        EXPECT_TRUE(body.contains(d)) << d.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("Page 1 of "))) << body.left(2000).toStdString();
    const Ran info = run(QStringLiteral("pdfinfo"), { pdf });
    EXPECT_TRUE(QString::fromUtf8(info.out).contains(QStringLiteral("(A4)")))
        << info.out.toStdString();
    // The chart reached the PDF as a picture.
    const Ran images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    EXPECT_GE(images.out.split('\n').size(), 3) << images.out.toStdString();
}
