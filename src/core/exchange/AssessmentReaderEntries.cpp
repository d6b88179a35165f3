// The lists of an interchange document (raters, ratings, consensus, actions)
// and the values in them; the document itself is read in AssessmentReader.cpp.
#include "exchange/AssessmentReader.h"
#include "workbook/TextLimits.h"
#include "workbook/Workbook.h"

#include <QLocale>
#include <QStringList>

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

void AssessmentReader::readRaters(const json &root)
{
    const json *raters = arrayField(root, "raters");
    if (!raters)
        return;
    const QString path = child(rootPath(), "raters");
    QHash<QString, QString> namePaths; // name key -> where first seen
    for (std::size_t i = 0; i < raters->size(); ++i) {
        const json &rv = (*raters)[i];
        const QString rp = child(path, i);
        if (!m_check.object(rv, rp, { "id", "name", "role" }))
            continue;
        const auto id = m_check.string(rv, rp, "id", Need::Required);
        const auto name = m_check.string(rv, rp, "name", Need::Required);
        const auto role = m_check.string(rv, rp, "role", Need::Optional, false);
        if (name)
            withinLimit(name->simplified(), child(rp, "name"), limits::kName);
        if (role)
            withinLimit(role->simplified(), child(rp, "role"), limits::kRole);
        if (id) {
            if (const auto seen = m_raterPaths.constFind(*id); seen != m_raterPaths.cend()) {
                m_check.error(
                    child(rp, "id"), tr("duplicate rater id \"%1\" (also at %2)").arg(*id, *seen));
                continue;
            }
            m_raterPaths.insert(*id, child(rp, "id"));
        }
        // Two raters of one name would be one trustee rating twice.
        if (name) {
            const QString key = nameKey(*name);
            if (const auto seen = namePaths.constFind(key); seen != namePaths.cend()) {
                m_check.error(child(rp, "name"),
                    tr("\"%1\" is the same trustee as the rater at %2")
                        .arg(name->simplified(), *seen));
                continue;
            }
            namePaths.insert(key, child(rp, "name"));
        }
        if (id && name) {
            m_raterIndex.insert(*id, int(m_doc.raters.size()));
            m_doc.raters.append({ *id, name->simplified(), role.value_or(QString()).simplified() });
        }
    }
}

void AssessmentReader::readRatings(const json &root)
{
    const json *ratings = arrayField(root, "ratings");
    if (!ratings)
        return;
    const QString path = child(rootPath(), "ratings");
    QHash<std::pair<QString, QString>, QString> seen; // (rater, indicator) -> path
    for (std::size_t i = 0; i < ratings->size(); ++i) {
        const json &rv = (*ratings)[i];
        const QString rp = child(path, i);
        if (!m_check.object(rv, rp, { "rater", "indicator", "level", "note" }))
            continue;
        const auto rater = m_check.string(rv, rp, "rater", Need::Required);
        const auto ind = indicator(rv, rp, Need::Required);
        const auto value = level(rv, rp);
        const QString note = optionalText(rv, rp, "note");
        withinLimit(note, child(rp, "note"), limits::kNote);
        if (rater && !m_raterPaths.contains(*rater))
            m_check.error(child(rp, "rater"),
                tr("unknown rater \"%1\": not the id of any of the document's raters").arg(*rater));
        if (!rater || !ind)
            continue;
        const auto key = std::pair(*rater, *ind);
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            m_check.error(rp,
                tr("duplicate rating of \"%1\" by rater \"%2\" (first at %3)")
                    .arg(*ind, *rater, *first));
            continue;
        }
        seen.insert(key, rp);
        if (value && m_raterIndex.contains(*rater))
            m_doc.ratings.append({ m_raterIndex.value(*rater), *ind, *value, note });
    }
}

QList<Evidence> AssessmentReader::readEvidence(const json &list, const QString &path)
{
    QList<Evidence> out;
    if (!m_check.array(list, path))
        return out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString ep = child(path, i);
        if (!m_check.object(list[i], ep, { "title", "ref", "date", "confidential" }))
            continue;
        Evidence e;
        e.title = m_check.string(list[i], ep, "title", Need::Required).value_or(QString());
        e.title = e.title.simplified();
        withinLimit(e.title, child(ep, "title"), limits::kEvidenceTitle);
        e.ref = optionalText(list[i], ep, "ref").trimmed();
        withinLimit(e.ref, child(ep, "ref"), limits::kEvidenceRef);
        e.date = date(list[i], ep, "date", Need::Optional).value_or(QDate());
        e.confidential
            = m_check.boolean(list[i], ep, "confidential", Need::Optional).value_or(false);
        out.append(e);
    }
    return out;
}

void AssessmentReader::readConsensus(const json &root)
{
    const json *list = arrayField(root, "consensus");
    if (!list)
        return;
    const QString path = child(rootPath(), "consensus");
    QHash<QString, QString> seen; // indicator -> path
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &cv = (*list)[i];
        const QString cp = child(path, i);
        if (!m_check.object(
                cv, cp, { "indicator", "level", "rationale", "confidence", "evidence" }))
            continue;
        AssessmentDocument::DocConsensus entry;
        const auto ind = indicator(cv, cp, Need::Required);
        if (ind) {
            if (const auto first = seen.constFind(*ind); first != seen.cend())
                m_check.error(child(cp, "indicator"),
                    tr("duplicate consensus for \"%1\" (first at %2)").arg(*ind, *first));
            else
                seen.insert(*ind, child(cp, "indicator"));
            entry.consensus.indicator = *ind;
        }
        entry.consensus.value = level(cv, cp).value_or(RatingValue());
        entry.consensus.rationale = optionalText(cv, cp, "rationale");
        withinLimit(entry.consensus.rationale, child(cp, "rationale"), limits::kRationale);
        if (const auto key = m_check.string(cv, cp, "confidence", Need::Optional)) {
            if (const auto c = confidenceFromKey(*key); c && !key->isEmpty())
                entry.consensus.confidence = *c;
            else
                m_check.error(child(cp, "confidence"),
                    tr("\"%1\" is not a confidence: use limited, moderate or strong").arg(*key));
        }
        if (const json *evidence = m_check.field(cv, cp, "evidence", Need::Optional)) {
            entry.hasEvidence = true;
            entry.consensus.evidence = readEvidence(*evidence, child(cp, "evidence"));
        }
        m_doc.consensus.append(entry);
    }
}

void AssessmentReader::readActions(const json &root)
{
    const json *list = arrayField(root, "actions");
    if (!list)
        return;
    const QString path = child(rootPath(), "actions");
    const Framework &fw = m_doc.framework;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &av = (*list)[i];
        const QString ap = child(path, i);
        if (!m_check.object(av, ap, { "domain", "indicator", "text", "owner", "due", "status" }))
            continue;
        Action a;
        a.text = m_check.string(av, ap, "text", Need::Required).value_or(QString()).trimmed();
        withinLimit(a.text, child(ap, "text"), limits::kActionText);
        const auto domain = m_check.string(av, ap, "domain", Need::Optional);
        int domainIndex = -1;
        if (domain && m_haveFramework) {
            domainIndex = fw.domainIndex(*domain);
            if (domainIndex < 0)
                m_check.error(child(ap, "domain"), tr("unknown domain \"%1\"").arg(*domain));
        }
        // An action may answer an unmet standard as well as an indicator;
        // either is named by a full id that starts with its domain's id.
        const auto ind = indicator(av, ap, Need::Optional, true);
        if (ind && domainIndex >= 0 && !ind->startsWith(fw.domains[domainIndex].id + u'.'))
            m_check.error(child(ap, "indicator"),
                tr("the indicator \"%1\" is not in the domain \"%2\"").arg(*ind, *domain));
        a.domain = domain.value_or(QString());
        a.indicator = ind.value_or(QString());
        a.owner = optionalText(av, ap, "owner").simplified();
        withinLimit(a.owner, child(ap, "owner"), limits::kName);
        a.due = date(av, ap, "due", Need::Optional).value_or(QDate());
        if (const auto status = m_check.string(av, ap, "status", Need::Optional)) {
            if (const auto s = actionStatusFromKey(*status))
                a.status = *s;
            else
                m_check.error(child(ap, "status"),
                    tr("\"%1\" is not a status: use open, in-progress, done or dropped")
                        .arg(*status));
        }
        m_doc.actions.append(a);
    }
}

// The board's reasons for a domain's change of a whole level or more.
void AssessmentReader::readChangeReasons(const json &root)
{
    const json *list = arrayField(root, "changeReasons");
    if (!list)
        return;
    const QString path = child(rootPath(), "changeReasons");
    QHash<QString, QString> seen; // domain -> path
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &rv = (*list)[i];
        const QString rp = child(path, i);
        if (!m_check.object(rv, rp, { "domain", "reason" }))
            continue;
        const auto domain = m_check.string(rv, rp, "domain", Need::Required);
        const auto reason = m_check.string(rv, rp, "reason", Need::Required);
        if (reason)
            withinLimit(reason->trimmed(), child(rp, "reason"), limits::kChangeReason);
        if (!domain)
            continue;
        if (m_haveFramework && m_doc.framework.domainIndex(*domain) < 0) {
            m_check.error(child(rp, "domain"), tr("unknown domain \"%1\"").arg(*domain));
            continue;
        }
        if (const auto first = seen.constFind(*domain); first != seen.cend()) {
            m_check.error(child(rp, "domain"),
                tr("duplicate reason for \"%1\" (first at %2)").arg(*domain, *first));
            continue;
        }
        seen.insert(*domain, child(rp, "domain"));
        if (reason) // an empty reason is reported by the checker
            m_doc.changeReasons.append({ *domain, reason->trimmed() });
    }
}

QString AssessmentReader::optionalText(const json &obj, const QString &path, std::string_view key)
{
    return m_check.string(obj, path, key, Need::Optional, false).value_or(QString());
}

bool AssessmentReader::withinLimit(const QString &text, const QString &path, int limit)
{
    if (text.size() <= limit)
        return true;
    // Counts with thousands separators, in English where no locale is set.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    m_check.error(path,
        tr("is %1 characters long; the longest accepted is %2")
            .arg(locale.toString(text.size()), locale.toString(limit)));
    return false;
}

std::optional<QDate> AssessmentReader::date(
    const json &obj, const QString &path, std::string_view key, Need need)
{
    const auto text = m_check.string(obj, path, key, need);
    if (!text)
        return std::nullopt;
    // Exactly YYYY-MM-DD: Qt alone would also take "2026-03-01T10:00".
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (text->size() != 10 || !d.isValid()) {
        m_check.error(
            child(path, key), tr("malformed date \"%1\": expected YYYY-MM-DD").arg(*text));
        return std::nullopt;
    }
    return d;
}

// A full indicator id of the framework (unchecked when the framework
// itself could not be found: that error is already reported).
std::optional<QString> AssessmentReader::indicator(
    const json &obj, const QString &path, Need need, bool orStandard)
{
    const auto id = m_check.string(obj, path, "indicator", need);
    if (id && m_haveFramework && !m_doc.framework.findIndicator(*id)
        && !(orStandard && m_doc.framework.findStandard(*id))) {
        m_check.error(child(path, "indicator"),
            orStandard ? tr("unknown indicator or standard \"%1\"").arg(*id)
                       : tr("unknown indicator \"%1\"").arg(*id));
        return std::nullopt;
    }
    return id;
}

QString AssessmentReader::scaleValues() const
{
    QStringList values;
    for (const Level &l : m_doc.framework.scale.levels)
        values.append(formatLevelValue(l.value));
    return values.join(QStringLiteral(", "));
}

std::optional<RatingValue> AssessmentReader::level(const json &obj, const QString &path)
{
    const json *v = m_check.field(obj, path, "level", Need::Required);
    if (!v)
        return std::nullopt;
    const QString lp = child(path, "level");
    const Scale &scale = m_doc.framework.scale;
    if (v->is_null())
        return RatingValue::unrated();
    if (v->is_string() && v->get_ref<const std::string &>() == kNotApplicableKey) {
        if (m_haveFramework && !scale.allowNotApplicable) {
            m_check.error(lp,
                tr("\"na\" (not applicable) is not allowed by the scale of %1")
                    .arg(m_doc.framework.id));
            return std::nullopt;
        }
        return RatingValue::notApplicable();
    }
    if (v->is_number()) {
        const double d = v->get<double>();
        if (!std::isfinite(d) || (m_haveFramework && scale.indexOf(d) < 0)) {
            m_check.error(lp,
                tr("%1 is not a level of the scale (%2)")
                    .arg(QString::fromStdString(v->dump()), scaleValues()));
            return std::nullopt;
        }
        return RatingValue::of(d);
    }
    m_check.error(lp,
        tr("expected a level of the scale, \"na\" or null, found %1")
            .arg(JsonChecker::describe(*v)));
    return std::nullopt;
}

// An array field, or nullptr when absent or not an array (reported).
const json *AssessmentReader::arrayField(const json &root, std::string_view key)
{
    const json *v = m_check.field(root, rootPath(), key, Need::Optional);
    if (!v || !m_check.array(*v, child(rootPath(), key)))
        return nullptr;
    return v;
}

} // namespace strongtrust
