// Baseline standards and measures (`standards`, `measures`, format version
// 2): the board's judgement of each standard, with its evidence, and each
// measure's value with its date, source and the trust's own target.
#include "exchange/AssessmentReader.h"
#include "workbook/MeasureStore.h"
#include "workbook/StoredValues.h"
#include "workbook/TextLimits.h"

#include <cmath>

namespace strongtrust {

using nlohmann::json;
using Need = JsonChecker::Need;

namespace {

QString child(const QString &path, std::string_view key)
{
    return JsonChecker::child(path, key);
}

QString child(const QString &path, std::size_t index)
{
    return JsonChecker::child(path, index);
}

} // namespace

void AssessmentReader::readStandards(const json &root)
{
    const json *list = arrayField(root, "standards");
    if (!list)
        return;
    const QString path = child(rootPath(), "standards");
    if (saysVersion1())
        m_check.error(path,
            tr("baseline standards need \"formatVersion\": 2 (this document says %1)")
                .arg(m_version));
    QHash<QString, QString> seen; // standard -> path
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &sv = (*list)[i];
        const QString sp = child(path, i);
        if (!m_check.object(sv, sp, { "standard", "result", "note", "evidence" }))
            continue;
        AssessmentDocument::DocStandard entry;
        const auto id = m_check.string(sv, sp, "standard", Need::Required);
        bool known = id.has_value();
        if (id && m_haveFramework && !m_doc.framework.findStandard(*id)) {
            m_check.error(child(sp, "standard"), tr("unknown standard \"%1\"").arg(*id));
            known = false;
        }
        if (known) {
            if (const auto first = seen.constFind(*id); first != seen.cend())
                m_check.error(child(sp, "standard"),
                    tr("duplicate entry for the standard \"%1\" (first at %2)").arg(*id, *first));
            else
                seen.insert(*id, child(sp, "standard"));
            entry.judgement.standard = *id;
        }
        entry.judgement.result = standardResult(sv, sp).value_or(StandardResult::NotJudged);
        entry.judgement.note = stored::noteText(optionalText(sv, sp, "note"));
        withinLimit(entry.judgement.note, child(sp, "note"), limits::kStandardNote);
        if (const json *evidence = m_check.field(sv, sp, "evidence", Need::Optional)) {
            entry.hasEvidence = true;
            entry.judgement.evidence = readEvidence(*evidence, child(sp, "evidence"));
        }
        m_doc.standards.append(entry);
    }
}

std::optional<StandardResult> AssessmentReader::standardResult(const json &obj, const QString &path)
{
    const json *v = m_check.field(obj, path, "result", Need::Required);
    if (!v)
        return std::nullopt;
    if (v->is_null())
        return StandardResult::NotJudged;
    if (v->is_string()) {
        const QString key = QString::fromStdString(v->get<std::string>());
        // The empty key is how storage says "not judged"; a document says null.
        if (const auto r = standardResultFromKey(key); r && !key.isEmpty())
            return *r;
    }
    m_check.error(child(path, "result"),
        tr("%1 is not one of met, not-met, null").arg(QString::fromStdString(v->dump())));
    return std::nullopt;
}

void AssessmentReader::readMeasures(const json &root)
{
    const json *list = arrayField(root, "measures");
    if (!list)
        return;
    const QString path = child(rootPath(), "measures");
    if (saysVersion1())
        m_check.error(
            path, tr("measures need \"formatVersion\": 2 (this document says %1)").arg(m_version));
    QHash<QString, QString> seen; // measure -> path
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &mv = (*list)[i];
        const QString mp = child(path, i);
        if (!m_check.object(mv, mp, { "measure", "value", "asOf", "source", "note", "target" }))
            continue;
        MeasureValue entry;
        const auto id = m_check.string(mv, mp, "measure", Need::Required);
        bool known = id.has_value();
        if (id && m_haveFramework && !m_doc.framework.findMeasure(*id)) {
            m_check.error(child(mp, "measure"), tr("unknown measure \"%1\"").arg(*id));
            known = false;
        }
        if (known) {
            if (const auto first = seen.constFind(*id); first != seen.cend())
                m_check.error(child(mp, "measure"),
                    tr("duplicate entry for the measure \"%1\" (first at %2)").arg(*id, *first));
            else
                seen.insert(*id, child(mp, "measure"));
            entry.measure = *id;
        }
        entry.value = measureValue(mv, mp).value_or(std::nullopt);
        entry.asOf = date(mv, mp, "asOf", Need::Optional).value_or(QDate());
        entry.source = optionalText(mv, mp, "source");
        entry.note = optionalText(mv, mp, "note");
        entry.target = measureTarget(mv, mp).value_or(MeasureTarget {});
        entry = MeasureStore::normalised(entry);
        withinLimit(entry.source, child(mp, "source"), limits::kMeasureSource);
        withinLimit(entry.note, child(mp, "note"), limits::kMeasureNote);
        m_doc.measures.append(entry);
    }
}

// A finite number or null (not yet known); nullopt when refused.
std::optional<std::optional<double>> AssessmentReader::measureValue(
    const json &obj, const QString &path)
{
    const json *v = m_check.field(obj, path, "value", Need::Required);
    if (!v)
        return std::nullopt;
    if (v->is_null())
        return std::optional<double>();
    if (v->is_number()) {
        const double d = v->get<double>();
        if (std::isfinite(d))
            return std::optional<double>(d);
        m_check.error(child(path, "value"), tr("must be a finite number"));
        return std::nullopt;
    }
    m_check.error(child(path, "value"),
        tr("expected a number or null, found %1").arg(JsonChecker::describe(*v)));
    return std::nullopt;
}

// The trust's own target: `min`, `max` or both, finite, min at most max.
std::optional<MeasureTarget> AssessmentReader::measureTarget(const json &obj, const QString &path)
{
    const json *v = m_check.field(obj, path, "target", Need::Optional);
    const QString tp = child(path, "target");
    if (!v || !m_check.object(*v, tp, { "min", "max" }))
        return std::nullopt;
    MeasureTarget t;
    t.min = m_check.number(*v, tp, "min", Need::Optional);
    t.max = m_check.number(*v, tp, "max", Need::Optional);
    if (!t.isSet()) {
        m_check.error(tp, tr("give \"min\", \"max\" or both"));
        return std::nullopt;
    }
    if (t.min && t.max && *t.min > *t.max) {
        m_check.error(child(tp, "min"),
            tr("%1 is above the maximum %2")
                .arg(formatLevelValue(*t.min), formatLevelValue(*t.max)));
        return std::nullopt;
    }
    return t;
}

} // namespace strongtrust
