#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace strongtrust {

class Workbook;

// The archive bundle of a finalised assessment: a folder holding
//   report.pdf       the board's report
//   assessment.json  the interchange document (restores with `import`)
//   framework.json   the exact framework document the assessment used
//   audit.csv        the assessment's audit trail
//   measures.csv     the measures' values, where the framework has measures
//   manifest.json    what the bundle holds: each file's size and SHA-256
// so that the record of a year can be kept, checked later and restored.

inline constexpr char kArchiveFormat[] = "strongtrust-archive";
inline constexpr int kArchiveFormatVersion = 1;
inline constexpr char kArchiveManifest[] = "manifest.json";

// One way a bundle differs from its manifest.
struct ArchiveProblem {
    enum class Kind {
        Missing, // listed in the manifest, not in the folder
        Added, // in the folder, not listed in the manifest
        Altered, // its size or SHA-256 is not what the manifest says
        Manifest, // the manifest itself is missing, unreadable or malformed
    };
    Kind kind = Kind::Manifest;
    QString file; // the file's name in the bundle
    QString detail; // what differs, for a person

    QString toString() const; // "report.pdf: altered (…)"
};

// What verifyArchiveBundle found.
struct VerifyReport {
    QString trust; // from the manifest, when readable
    QString period;
    QString createdAt;
    int fileCount = 0; // files the manifest lists
    QList<ArchiveProblem> problems;

    bool intact() const { return problems.isEmpty(); }
    QStringList problemLines() const; // one a line, for the command line
};

class ArchiveBundle
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::ArchiveBundle)

public:
    // Writes the bundle of a final assessment (a draft is refused) as the
    // folder `outDir`, which must not exist or be empty. The bundle is built
    // in a hidden sibling folder and renamed into place, so a failure never
    // leaves a partial bundle under that name. Files are readable by their
    // owner only, like the workbook. Returns the bundle's path.
    static Result<QString> write(const Workbook &wb, qint64 assessmentId, const QString &outDir);

    // Checks a bundle against its manifest: every file missing, added or
    // altered, or a manifest that is missing or unreadable, is a problem.
    // Fails (rather than reports) only when `dir` is not a folder.
    static Result<VerifyReport> verify(const QString &dir);
};

// The same, as free functions.
inline Result<QString> writeArchiveBundle(
    const Workbook &wb, qint64 assessmentId, const QString &outDir)
{
    return ArchiveBundle::write(wb, assessmentId, outDir);
}
inline Result<VerifyReport> verifyArchiveBundle(const QString &dir)
{
    return ArchiveBundle::verify(dir);
}

} // namespace strongtrust
