#pragma once

// Shared by the report tests: a small, realistic workbook, and the poppler
// tools that read a PDF back (pdftotext, pdfinfo, pdfimages).
#include "framework/FrameworkLoader.h"
#include "report/Report.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace strongtrust::test {

struct ToolResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult r;
    if (!process.waitForStarted(10000)) {
        r.err = QStringLiteral("%1 did not start").arg(program);
        return r;
    }
    process.waitForFinished(60000);
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// Text as poppler extracts it, made comparable: ligatures spelled out and
// all runs of white space made one space.
inline QString normalised(QString text)
{
    text.replace(QChar(0xFB00), QLatin1String("ff"));
    text.replace(QChar(0xFB01), QLatin1String("fi"));
    text.replace(QChar(0xFB02), QLatin1String("fl"));
    text.replace(QChar(0xFB03), QLatin1String("ffi"));
    text.replace(QChar(0xFB04), QLatin1String("ffl"));
    return text.simplified();
}

// pdftotext of the whole file, or of pages first..last (from 1), as it comes.
inline QString pdfRawText(const QString &pdfPath, int first = 0, int last = 0)
{
    QStringList args { QStringLiteral("-enc"), QStringLiteral("UTF-8") };
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << pdfPath << QStringLiteral("-");
    const ToolResult r = runTool(QStringLiteral("pdftotext"), args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out;
}

// The same, normalised.
inline QString pdfText(const QString &pdfPath, int first = 0, int last = 0)
{
    return normalised(pdfRawText(pdfPath, first, last));
}

// The text as painted (-raw: a table cell's lines stay together), of the
// whole file or pages first..last, without what every page paints around the
// body: the running header (a line starting with `header`), the footer (a
// line starting with `footer`, with its page number) and the draft's
// watermark letters; so that a paragraph a page breaks reads as one. Normalised.
inline QString pdfBodyText(const QString &pdfPath, const QString &header, const QString &footer,
    int first = 0, int last = 0)
{
    QStringList args { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8") };
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << pdfPath << QStringLiteral("-");
    const ToolResult r = runTool(QStringLiteral("pdftotext"), args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList kept;
    for (const QString &line : r.out.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.size() == 1 && QStringLiteral("DRAFT").contains(t))
            continue;
        if (t.startsWith(header) || (t.startsWith(footer) && t.contains(QStringLiteral("Page "))))
            continue;
        kept.append(line);
    }
    return normalised(kept.join(u'\n'));
}

inline QString pdfInfo(const QString &pdfPath)
{
    const ToolResult r = runTool(
        QStringLiteral("pdfinfo"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out;
}

// One field of pdfinfo's report ("Title", "Author", "Pages"...), trimmed.
inline QString pdfInfoField(const QString &pdfPath, const QString &field)
{
    for (const QString &line : pdfInfo(pdfPath).split(u'\n')) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

inline int pdfPages(const QString &pdfPath)
{
    return pdfInfoField(pdfPath, QStringLiteral("Pages")).toInt();
}

// The rows of `pdfimages -list` after its two header lines: one per raster image.
inline QStringList pdfImages(const QString &pdfPath)
{
    const ToolResult r = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdfPath });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(2);
}

// Copies a file a test wrote into STRONGTRUST_TEST_ARTIFACTS, when set, to look at.
inline void keepArtifact(const QString &path, const QString &name)
{
    const QString keep = qEnvironmentVariable("STRONGTRUST_TEST_ARTIFACTS");
    if (keep.isEmpty())
        return;
    QDir().mkpath(keep);
    QFile::remove(keep + u'/' + name);
    QFile::copy(path, keep + u'/' + name);
}

// Renders the board report of `assessment` into `dir` as `name`, kept as an
// artifact; returns its path.
inline QString writeReportPdf(const QTemporaryDir &dir, const Workbook &wb, qint64 assessment,
    const ReportOptions &options, const QString &name)
{
    auto bytes = renderReportPdf(wb, assessment, options);
    EXPECT_TRUE(bytes.ok()) << bytes.errorText().toStdString();
    const QString path = dir.filePath(name);
    EXPECT_TRUE(writeFile(path, bytes.ok() ? bytes.value() : QByteArray()));
    keepArtifact(path, name);
    return path;
}

const QStringList kTrustees { QStringLiteral("Jane Smith"), QStringLiteral("Tom Chen"),
    QStringLiteral("Priya Ahmed") };
const QString kConfidentialEvidence = QStringLiteral("Confidential HR casework summary");
const QString kTrusteeNote
    = QStringLiteral("Heard directly from two headteachers at the spring visit.");

// A workbook with two periods of the built-in framework: 2024/25 (every
// indicator agreed at Developing) and 2025/26 (three trustees' ratings,
// consensus on most indicators, one "not applicable", evidence, a
// confidential item, notes, actions, a reason for change).
struct ReportWorkbook {
    std::unique_ptr<Workbook> wb;
    qint64 previous = 0;
    qint64 current = 0;
    QList<qint64> trustees;
};

inline ReportWorkbook makeReportWorkbook(
    const QString &path, const QString &trust = QStringLiteral("Oakfield Learning Trust"))
{
    ReportWorkbook r;
    auto created = Workbook::create(path, trust, FrameworkLoader::builtIn());
    EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
    if (!created)
        return r;
    r.wb = std::move(created).value();
    Workbook &wb = *r.wb;
    const Framework &fw = FrameworkLoader::builtIn();
    for (const QString &name : kTrustees)
        r.trustees.append(
            wb.addTrustee(name, name == kTrustees[0] ? QStringLiteral("Chair") : QString())
                .value());
    r.previous = wb.createAssessment(QStringLiteral("2024/25"),
                       QStringLiteral("Annual board self-assessment"), wb.defaultFrameworkKey())
                     .value();
    r.current = wb.createAssessment(QStringLiteral("2025/26"),
                      QStringLiteral("Annual board self-assessment"), wb.defaultFrameworkKey())
                    .value();
    int n = 0;
    for (const Domain &d : fw.domains) {
        for (const Indicator &ind : d.indicators) {
            EXPECT_TRUE(wb.setConsensus(r.previous, ind.fullId, RatingValue::of(2),
                              QStringLiteral("Agreed last year."), Confidence::Moderate)
                            .ok());
            const double agreed = d.id == QLatin1String("governance")
                ? 3
                : (d.id == QLatin1String("workforce") ? 1 : 2);
            for (int t = 0; t < r.trustees.size(); ++t) {
                const double level = std::clamp(agreed + (t == 1 ? (n % 3) - 1 : 0), 1.0, 4.0);
                EXPECT_TRUE(
                    wb.setRating(r.current, r.trustees[t], ind.fullId, RatingValue::of(level),
                          t == 2 && n == 0 ? kTrusteeNote : QString())
                        .ok());
            }
            if (ind.fullId == QLatin1String("civic.community-anchor")) {
                EXPECT_TRUE(
                    wb.setConsensus(r.current, ind.fullId, RatingValue::notApplicable(),
                          QStringLiteral("Not part of this year's plan."), Confidence::Unstated)
                        .ok());
            } else if (n % 7 != 6) {
                EXPECT_TRUE(
                    wb.setConsensus(r.current, ind.fullId, RatingValue::of(agreed),
                          QStringLiteral("The board agreed this after discussing the evidence."),
                          Confidence::Strong)
                        .ok());
            }
            ++n;
        }
    }
    const QString first = fw.domains[0].indicators[0].fullId;
    EXPECT_TRUE(wb.addEvidence(r.current, first,
                      Evidence { 0, QStringLiteral("Termly performance report"),
                          QStringLiteral("https://intranet.example/board/termly"),
                          QDate(2026, 1, 14), false })
                    .ok());
    EXPECT_TRUE(wb.addEvidence(r.current, first,
                      Evidence { 0, kConfidentialEvidence, {}, QDate(2026, 1, 20), true })
                    .ok());
    Action overdue;
    overdue.domain = QStringLiteral("workforce");
    overdue.text = QStringLiteral("Commission a staff wellbeing survey");
    overdue.owner = kTrustees[1];
    overdue.due = QDate(2026, 1, 31);
    EXPECT_TRUE(wb.addAction(r.current, overdue).ok());
    Action later;
    later.domain = QStringLiteral("governance");
    later.text = QStringLiteral("Complete the skills audit");
    later.owner = kTrustees[0];
    later.due = QDate(2026, 7, 1);
    later.status = ActionStatus::InProgress;
    EXPECT_TRUE(wb.addAction(r.current, later).ok());
    EXPECT_TRUE(wb.setChangeReason(r.current, QStringLiteral("governance"),
                      QStringLiteral("The board recruited two trustees with education expertise."))
                    .ok());
    EXPECT_TRUE(wb.setChangeReason(r.current, QStringLiteral("workforce"),
                      QStringLiteral("Staff turnover rose sharply in two schools."))
                    .ok());
    return r;
}

} // namespace strongtrust::test
