#include "exchange/AssessmentReader.h"

#include "framework/FrameworkLoader.h"
#include "util/JsonText.h"
#include "workbook/TextLimits.h"
#include "workbook/Workbook.h"

#include <QFileInfo>
#include <QStringList>

namespace strongtrust {

using nlohmann::json;
using Need = JsonChecker::Need;

namespace {

constexpr int kMaxPeriodLength = 40;

QString child(const QString &path, std::string_view key)
{
    return JsonChecker::child(path, key);
}

} // namespace

Result<AssessmentDocument> AssessmentReader::read(const json &root)
{
    const QString path = rootPath();
    if (!root.is_object()) {
        m_check.error(path, tr("expected an object, found %1").arg(JsonChecker::describe(root)));
        return m_check.diagnostics();
    }
    // Not an assessment, or one from a newer version: said once, rather
    // than drowned in errors about fields this version does not know.
    if (!readHeader(root))
        return m_check.diagnostics();
    m_check.object(root, path,
        { "format", "formatVersion", "exportedAt", "trust", "framework", "period", "title",
            "meetingDate", "raters", "ratings", "consensus", "actions", "changeReasons",
            "narrative", "standards", "measures", "signOff" });
    m_check.string(root, path, "exportedAt", Need::Optional, false);
    readTrust(root);
    readPeriod(root); // before the framework: an existing period decides it
    readFramework(root);
    m_doc.title = m_check.string(root, path, "title", Need::Optional, false);
    if (m_doc.title)
        withinLimit(m_doc.title->simplified(), child(path, "title"), limits::kTitle);
    m_doc.meetingDate = date(root, path, "meetingDate", Need::Optional);
    readRaters(root);
    readRatings(root);
    readConsensus(root);
    readActions(root);
    readChangeReasons(root);
    readNarrative(root);
    readStandards(root);
    readMeasures(root);
    readSignOff(root);
    if (m_check.hasErrors())
        return m_check.diagnostics();
    return std::move(m_doc);
}

bool AssessmentReader::readHeader(const json &root)
{
    const QString path = rootPath();
    const auto format = m_check.string(root, path, "format", Need::Required);
    if (format && *format != QLatin1String(kAssessmentFormat)) {
        m_check.error(child(path, "format"),
            tr("must be \"%1\", found \"%2\": this is not an "
               "assessment document")
                .arg(QLatin1String(kAssessmentFormat), *format));
        return false;
    }
    if (const auto version = m_check.integer(root, path, "formatVersion", Need::Required)) {
        m_version = *version;
        if (*version > kAssessmentFormatVersion) {
            m_check.error(child(path, "formatVersion"),
                tr("made by a newer version of strongtrust (format version %1); "
                   "this version reads format version %2")
                    .arg(*version)
                    .arg(kAssessmentFormatVersion));
            return false;
        }
        if (*version < kAssessmentFormatVersionBasic)
            m_check.error(child(path, "formatVersion"),
                tr("must be %1 or %2")
                    .arg(kAssessmentFormatVersionBasic)
                    .arg(kAssessmentFormatVersion));
    }
    return true;
}

void AssessmentReader::readTrust(const json &root)
{
    const json *trust = m_check.field(root, rootPath(), "trust", Need::Optional);
    const QString tp = child(rootPath(), "trust");
    if (!trust || !m_check.object(*trust, tp, { "name" }))
        return;
    const auto name = m_check.string(*trust, tp, "name", Need::Optional);
    if (name && !withinLimit(name->simplified(), child(tp, "name"), limits::kName))
        return;
    const QString ours = m_wb.trustName();
    // A return must not land in another trust's workbook.
    if (name && nameKey(*name) != nameKey(ours))
        m_check.error(child(tp, "name"),
            tr("this document is for the trust \"%1\", but this workbook is for \"%2\"")
                .arg(name->simplified(), ours));
}

void AssessmentReader::readPeriod(const json &root)
{
    const auto period = m_check.string(root, rootPath(), "period", Need::Required);
    if (!period)
        return;
    const QString pp = child(rootPath(), "period");
    const QString p = period->trimmed();
    for (const QChar c : p) {
        if (c.category() == QChar::Other_Control) {
            m_check.error(pp, tr("must not contain control characters"));
            return;
        }
    }
    if (p.size() > kMaxPeriodLength) {
        m_check.error(pp, tr("\"%1\" is longer than %2 characters").arg(p).arg(kMaxPeriodLength));
        return;
    }
    m_doc.period = p;
    m_doc.existing = m_wb.assessmentForPeriod(p);
    if (m_doc.existing && m_doc.existing->isFinal())
        m_check.error(
            pp, tr("the assessment for %1 is final (signed off) and cannot be changed").arg(p));
}

void AssessmentReader::readFramework(const json &root)
{
    const json *fw = m_check.field(root, rootPath(), "framework", Need::Required);
    const QString fp = child(rootPath(), "framework");
    if (!fw || !m_check.object(*fw, fp, { "id", "version" }))
        return;
    const auto id = m_check.string(*fw, fp, "id", Need::Required);
    const auto version = m_check.string(*fw, fp, "version", Need::Optional, false);
    if (id)
        resolveFramework(*id, version.value_or(QString()), child(fp, "id"));
}

void AssessmentReader::resolveFramework(
    const QString &id, const QString &version, const QString &idPath)
{
    if (m_doc.existing) {
        if (m_doc.existing->frameworkId != id) {
            m_check.error(idPath,
                tr("the assessment for %1 uses the framework \"%2\", not \"%3\"")
                    .arg(m_doc.period, m_doc.existing->frameworkId, id));
            return;
        }
        useStored(m_doc.existing->frameworkKey, idPath);
        return;
    }
    // A new period: a framework the workbook stores, or the built-in one.
    // The version named in the document wins, then the workbook's default.
    const qint64 defaultKey = m_wb.defaultFrameworkKey();
    const Framework &builtIn = FrameworkLoader::builtIn();
    const bool builtInMatches = builtIn.id == id;
    std::optional<StoredFramework> best;
    int bestRank = -1;
    QStringList known;
    for (const StoredFramework &f : m_wb.frameworks()) {
        if (!known.contains(f.id))
            known.append(f.id);
        if (f.id != id)
            continue;
        const int rank
            = (version.isEmpty() || f.version == version ? 2 : 0) + (f.key == defaultKey ? 1 : 0);
        if (rank > bestRank) {
            best = f;
            bestRank = rank;
        }
    }
    const bool builtInVersion = builtInMatches && (version.isEmpty() || builtIn.version == version);
    if (best && bestRank >= 2) {
        useStored(best->key, idPath);
    } else if (useFrameworkFile(id, version)) {
        // An archive restored into a workbook that never held its framework.
    } else if (best && !builtInVersion) {
        useStored(best->key, idPath);
    } else if (builtInMatches) {
        m_doc.framework = builtIn;
        m_doc.frameworkKey = 0;
        m_haveFramework = true;
    } else {
        if (!known.contains(builtIn.id))
            known.append(builtIn.id);
        m_check.error(idPath,
            tr("unknown framework \"%1\": this workbook knows %2%3")
                .arg(id, known.join(QStringLiteral(", ")),
                    m_frameworkFileProblem.isEmpty()
                        ? QString()
                        : QStringLiteral(" (") + m_frameworkFileProblem + u')'));
    }
}

// The exact framework an archived assessment used travels beside it as
// framework.json; it is taken when it is the framework (and version) named.
bool AssessmentReader::useFrameworkFile(const QString &id, const QString &version)
{
    if (m_frameworkFile.isEmpty() || !QFileInfo::exists(m_frameworkFile))
        return false;
    auto fw = FrameworkLoader::loadFile(m_frameworkFile);
    if (!fw) {
        m_frameworkFileProblem
            = tr("%1 beside it is not a valid framework: %2")
                  .arg(QFileInfo(m_frameworkFile).fileName(), fw.errors().constFirst().message);
        return false;
    }
    if (fw->id != id || (!version.isEmpty() && fw->version != version)) {
        m_frameworkFileProblem
            = tr("%1 beside it is the framework \"%2\" %3")
                  .arg(QFileInfo(m_frameworkFile).fileName(), fw->id, fw->version);
        return false;
    }
    m_doc.framework = std::move(fw).value();
    m_doc.frameworkKey = 0;
    m_haveFramework = true;
    return true;
}

void AssessmentReader::useStored(qint64 key, const QString &idPath)
{
    auto fw = m_wb.framework(key);
    if (!fw) {
        m_check.error(idPath, fw.errorText());
        return;
    }
    m_doc.framework = std::move(fw).value();
    m_doc.frameworkKey = key;
    m_haveFramework = true;
}

void AssessmentReader::readSignOff(const json &root)
{
    const json *v = m_check.field(root, rootPath(), "signOff", Need::Optional);
    const QString sp = child(rootPath(), "signOff");
    if (!v)
        return;
    // Restoring a signed-off assessment must not rewrite one in use.
    if (m_doc.existing)
        m_check.error(sp,
            tr("a signed-off assessment is restored only into a workbook with no "
               "assessment for %1, and this workbook has one")
                .arg(m_doc.period));
    if (!m_check.object(*v, sp, { "chair", "date", "minuteRef" }))
        return;
    SignOff s;
    s.chair = m_check.string(*v, sp, "chair", Need::Required).value_or(QString()).simplified();
    withinLimit(s.chair, child(sp, "chair"), limits::kName);
    s.date = date(*v, sp, "date", Need::Required).value_or(QDate());
    s.minuteRef = optionalText(*v, sp, "minuteRef").simplified();
    withinLimit(s.minuteRef, child(sp, "minuteRef"), limits::kMinuteRef);
    m_doc.signOff = s;
}

Result<AssessmentDocument> readAssessmentDocument(const Workbook &wb, const QByteArray &bytes,
    const QString &fileName, const QString &frameworkFile)
{
    auto parsed = parseJson(bytes, fileName);
    if (!parsed)
        return parsed.errors();
    return AssessmentReader(wb, fileName, frameworkFile).read(parsed.value());
}

} // namespace strongtrust
