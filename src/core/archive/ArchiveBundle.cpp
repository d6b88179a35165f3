#include "archive/ArchiveBundle.h"

#include "Version.h"
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "exchange/MeasuresCsv.h"
#include "report/Report.h"
#include "util/AtomicFile.h"
#include "util/CsvWriter.h"
#include "util/JsonChecker.h"
#include "util/JsonText.h"
#include "workbook/AuditText.h"
#include "workbook/Workbook.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

namespace strongtrust {

namespace {

using ojson = nlohmann::ordered_json;
using Need = JsonChecker::Need;

const QString kReportFile = QStringLiteral("report.pdf");
const QString kAssessmentFile = QStringLiteral("assessment.json");
const QString kAuditFile = QStringLiteral("audit.csv");
const QString kMeasuresFile = QStringLiteral("measures.csv");
constexpr qint64 kMaxManifestBytes = 1024 * 1024;

QString manifestName()
{
    return QString::fromLatin1(kArchiveManifest);
}

Diagnostic problem(const QString &path, const QString &message)
{
    return Diagnostic { path, 0, 0, {}, message };
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// The audit trail of one assessment as a table: RFC 4180, formula-guarded.
// The stored entry (stable ids, raw values) and, beside it, how it reads in
// the language of whoever made the archive, with the names of that day.
QByteArray auditCsv(const Workbook &wb, qint64 assessmentId)
{
    CsvWriter csv;
    for (const char *column : { "at", "actor", "via", "entity", "trustee", "subject", "record",
             "field", "old", "new", "label", "about", "old text", "new text" })
        csv.cell(QString::fromLatin1(column));
    csv.endRow();
    const AuditText text(wb);
    auto id = [](qint64 v) { return v ? QString::number(v) : QString(); };
    for (const AuditEntry &e : wb.auditLog(assessmentId)) {
        const AuditLine line = text.describe(e);
        csv.cell(e.at.toUTC().toString(Qt::ISODateWithMs));
        csv.cell(e.actor);
        csv.cell(e.via);
        csv.cell(e.entity);
        csv.cell(id(e.trusteeId));
        csv.cell(e.subject);
        csv.cell(id(e.recordId));
        csv.cell(e.field);
        csv.cell(e.oldValue);
        csv.cell(e.newValue);
        csv.cell(e.label);
        csv.cell(line.subject);
        csv.cell(line.oldValue);
        csv.cell(line.newValue);
        csv.endRow();
    }
    return csv.bytes();
}

// SHA-256 of a file, read in pieces; empty when it cannot be read.
QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(u'/') && !name.contains(u'\\') && !name.contains(QChar(0));
}

} // namespace

QString ArchiveProblem::toString() const
{
    switch (kind) {
    case Kind::Missing:
        return ArchiveBundle::tr("%1: missing (the manifest lists it)").arg(file);
    case Kind::Added:
        return ArchiveBundle::tr("%1: added (the manifest does not list it)").arg(file);
    case Kind::Altered:
        return ArchiveBundle::tr("%1: altered (%2)").arg(file, detail);
    case Kind::Manifest:
        break;
    }
    return QStringLiteral("%1: %2").arg(file, detail);
}

QStringList VerifyReport::problemLines() const
{
    QStringList lines;
    for (const ArchiveProblem &p : problems)
        lines.append(p.toString());
    return lines;
}

Result<QString> ArchiveBundle::write(const Workbook &wb, qint64 assessmentId, const QString &outDir)
{
    const auto info = wb.assessment(assessmentId);
    if (!info)
        return problem(wb.path(), tr("no assessment %1").arg(assessmentId));
    if (!info->isFinal())
        return problem(wb.path(),
            tr("the assessment for %1 is a draft: only a final (signed-off) assessment is "
               "archived; finalise it first")
                .arg(info->period));
    if (outDir.trimmed().isEmpty())
        return problem(outDir, tr("the archive needs a folder name"));
    const QFileInfo target(QDir::cleanPath(QDir(outDir).absolutePath()));
    if (target.exists() && !target.isDir())
        return problem(
            outDir, tr("exists and is not a folder; an archive is never written over a file"));
    if (target.isDir()
        && !QDir(target.absoluteFilePath())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .isEmpty())
        return problem(outDir, tr("is not empty; an archive goes into a new or empty folder"));
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return problem(outDir, tr("the folder %1 does not exist").arg(parent));

    // Everything is made before anything is written.
    const auto fw = wb.framework(info->frameworkKey);
    if (!fw)
        return fw.errors();
    auto json = exportAssessmentJson(wb, assessmentId);
    if (!json)
        return json.errors();
    ReportOptions options;
    options.audience = ReportAudience::Board;
    // The report reads as of the day it was signed (stale evidence and the like).
    if (info->signOff.date.isValid())
        options.today = info->signOff.date;
    auto pdf = renderReportPdf(wb, assessmentId, options);
    if (!pdf)
        return pdf.errors();
    QList<std::pair<QString, QByteArray>> files = {
        { kReportFile, pdf.value() },
        { kAssessmentFile, json.value() },
        { QString::fromLatin1(kArchivedFrameworkFile), fw->json },
        { kAuditFile, auditCsv(wb, assessmentId) },
    };
    // The year's measures as a table for a spreadsheet, where the framework
    // has any (their values are in assessment.json too).
    if (fw->measureCount() > 0) {
        auto measures = exportMeasuresCsv(wb, assessmentId);
        if (!measures)
            return measures.errors();
        files.append({ kMeasuresFile, measures.value() });
    }

    ojson manifest = ojson::object();
    manifest["format"] = kArchiveFormat;
    manifest["formatVersion"] = kArchiveFormatVersion;
    manifest["app"] = ojson { { "name", "strongtrust" }, { "version", kVersion } };
    manifest["createdAt"] = utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    manifest["trust"] = utf8(wb.trustName());
    manifest["period"] = utf8(info->period);
    ojson list = ojson::array();
    for (const auto &[name, bytes] : files) {
        ojson entry = ojson::object();
        entry["name"] = utf8(name);
        entry["size"] = bytes.size();
        entry["sha256"]
            = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
        list.push_back(std::move(entry));
    }
    manifest["files"] = std::move(list);
    QByteArray manifestBytes
        = QByteArray::fromStdString(manifest.dump(2, ' ', false, ojson::error_handler_t::replace));
    manifestBytes.append('\n');

    // Built beside the target (same file system, so the rename is atomic),
    // owner-only like the workbook: it holds the board's deliberations.
    QTemporaryDir temp(parent + QStringLiteral("/.%1.partial-XXXXXX").arg(target.fileName()));
    if (!temp.isValid())
        return problem(outDir, tr("cannot be created: %1").arg(temp.errorString()));
    for (const auto &[name, bytes] : files) {
        const QString path = temp.filePath(name);
        if (auto s = writeFileAtomically(path, bytes); !s)
            return problem(outDir, tr("cannot be written: %1").arg(s.errorText()));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (auto s = writeFileAtomically(temp.filePath(manifestName()), manifestBytes); !s)
        return problem(outDir, tr("cannot be written: %1").arg(s.errorText()));
    QFile::setPermissions(temp.filePath(manifestName()), QFile::ReadOwner | QFile::WriteOwner);

    // What was written is checked before it takes the name asked for.
    auto check = verify(temp.path());
    if (!check)
        return check.errors();
    if (!check->intact())
        return problem(outDir,
            tr("the bundle did not read back as written: %1")
                .arg(check->problemLines().join(QStringLiteral("; "))));
    if (target.isDir() && !QDir(parent).rmdir(target.fileName()))
        return problem(outDir, tr("the empty folder could not be replaced"));
    if (!QDir(parent).rename(QFileInfo(temp.path()).fileName(), target.fileName()))
        return problem(outDir,
            tr("cannot be created (the name was taken meanwhile, or the folder refused the "
               "rename)"));
    temp.setAutoRemove(false);
    return target.absoluteFilePath();
}

Result<VerifyReport> ArchiveBundle::verify(const QString &dir)
{
    const QFileInfo folder(dir);
    if (!folder.isDir())
        return problem(dir,
            folder.exists() ? tr("is not a folder; an archive bundle is a folder")
                            : tr("does not exist"));
    VerifyReport report;
    const QDir bundle(folder.absoluteFilePath());
    const QString manifestPath = bundle.filePath(manifestName());
    auto manifestProblem = [&](const QString &detail) {
        report.problems.append(
            ArchiveProblem { ArchiveProblem::Kind::Manifest, manifestName(), detail });
        return report;
    };
    if (!QFileInfo(manifestPath).isFile())
        return manifestProblem(tr("missing: there is nothing to check the bundle against"));
    auto bytes = readJsonFile(manifestPath, kMaxManifestBytes);
    if (!bytes)
        return manifestProblem(tr("unreadable: %1").arg(bytes.errors().constFirst().message));
    auto parsed = parseJson(bytes.value(), manifestName());
    if (!parsed)
        return manifestProblem(tr("not valid JSON: %1").arg(parsed.errorText()));

    // Every problem with the manifest's content, with its JSON path.
    JsonChecker check(manifestName());
    const nlohmann::json &root = parsed.value();
    const QString rp = rootPath();
    struct Listed {
        QString name;
        qint64 size = 0;
        QString sha256;
    };
    QList<Listed> listed;
    if (check.object(root, rp,
            { "format", "formatVersion", "app", "createdAt", "trust", "period", "files" })) {
        const auto format = check.string(root, rp, "format", Need::Required);
        if (format && *format != QLatin1String(kArchiveFormat))
            check.error(JsonChecker::child(rp, "format"),
                tr("must be \"%1\", found \"%2\": this is not an archive manifest")
                    .arg(QLatin1String(kArchiveFormat), *format));
        const auto version = check.integer(root, rp, "formatVersion", Need::Required);
        if (version && *version > kArchiveFormatVersion)
            check.error(JsonChecker::child(rp, "formatVersion"),
                tr("made by a newer version of strongtrust (format version %1); this version reads "
                   "format version %2")
                    .arg(*version)
                    .arg(kArchiveFormatVersion));
        else if (version && *version < 1)
            check.error(JsonChecker::child(rp, "formatVersion"),
                tr("must be %1").arg(kArchiveFormatVersion));
        report.trust = check.string(root, rp, "trust", Need::Optional, false).value_or(QString());
        report.period = check.string(root, rp, "period", Need::Optional, false).value_or(QString());
        report.createdAt
            = check.string(root, rp, "createdAt", Need::Optional, false).value_or(QString());
        if (const nlohmann::json *files = check.field(root, rp, "files", Need::Required)) {
            const QString fp = JsonChecker::child(rp, "files");
            QHash<QString, QString> seen;
            static const QRegularExpression sha256Form(QStringLiteral("^[0-9a-f]{64}$"));
            if (check.array(*files, fp)) {
                for (std::size_t i = 0; i < files->size(); ++i) {
                    const nlohmann::json &entry = (*files)[i];
                    const QString ep = JsonChecker::child(fp, i);
                    if (!check.object(entry, ep, { "name", "size", "sha256" }))
                        continue;
                    const auto name = check.string(entry, ep, "name", Need::Required);
                    const auto size = check.integer(entry, ep, "size", Need::Required);
                    const auto sha = check.string(entry, ep, "sha256", Need::Required);
                    bool ok = name && size && sha;
                    if (name && (!isPlainFileName(*name) || *name == manifestName())) {
                        check.error(JsonChecker::child(ep, "name"),
                            tr("\"%1\" is not the name of a file in the bundle").arg(*name));
                        ok = false;
                    } else if (name && seen.contains(*name)) {
                        check.error(JsonChecker::child(ep, "name"),
                            tr("\"%1\" is listed twice (first at %2)")
                                .arg(*name, seen.value(*name)));
                        ok = false;
                    } else if (name) {
                        seen.insert(*name, JsonChecker::child(ep, "name"));
                    }
                    if (size && *size < 0) {
                        check.error(JsonChecker::child(ep, "size"), tr("must not be negative"));
                        ok = false;
                    }
                    if (sha && !sha256Form.match(*sha).hasMatch()) {
                        check.error(JsonChecker::child(ep, "sha256"),
                            tr("is not a SHA-256 (64 hex digits)"));
                        ok = false;
                    }
                    if (ok)
                        listed.append(Listed { *name, *size, *sha });
                }
            }
        }
    }
    for (const Diagnostic &d : check.diagnostics())
        manifestProblem(d.path.isEmpty() ? d.message : d.path + QStringLiteral(": ") + d.message);
    report.fileCount = int(listed.size());

    QSet<QString> names;
    for (const Listed &f : listed) {
        names.insert(f.name);
        const QFileInfo file(bundle.filePath(f.name));
        if (!file.exists() && !file.isSymLink()) {
            report.problems.append(ArchiveProblem { ArchiveProblem::Kind::Missing, f.name, {} });
        } else if (!file.isFile()) {
            report.problems.append(
                ArchiveProblem { ArchiveProblem::Kind::Altered, f.name, tr("not a file") });
        } else if (file.size() != f.size) {
            report.problems.append(ArchiveProblem { ArchiveProblem::Kind::Altered, f.name,
                tr("%1 bytes; the manifest says %2").arg(file.size()).arg(f.size) });
        } else if (const QString actual = fileSha256(file.absoluteFilePath()); actual != f.sha256) {
            report.problems.append(ArchiveProblem { ArchiveProblem::Kind::Altered, f.name,
                actual.isEmpty()
                    ? tr("cannot be read")
                    : tr("its SHA-256 is not the manifest's: the content has changed") });
        }
    }
    // Against a manifest that could not be read whole, every other file would
    // look added: only what it does list is compared.
    if (check.hasErrors())
        return report;
    for (const QString &name : bundle.entryList(
             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name != manifestName() && !names.contains(name))
            report.problems.append(ArchiveProblem { ArchiveProblem::Kind::Added, name, {} });
    }
    return report;
}

} // namespace strongtrust
