// A domain's baseline standards and measures (framework format version 2):
// floors the board says are met or not, and figures it tracks over the years.
#include "framework/BaselineReader.h"

#include <QRegularExpression>

namespace strongtrust {

using nlohmann::json;
using Need = JsonChecker::Need;

namespace {

constexpr int kMaxDecimals = 4;

} // namespace

QString FrameworkIds::checked(JsonChecker &check, const QString &id, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]+$"));
    if (!pattern.match(id).hasMatch())
        check.error(path,
            tr("\"%1\" is not a valid id: use lower-case letters a-z, digits "
               "and hyphens")
                .arg(id));
    return id;
}

void FrameworkIds::unique(
    JsonChecker &check, QHash<QString, QString> &seen, const QString &id, const QString &path)
{
    if (const auto it = seen.constFind(id); it != seen.cend())
        check.error(path, tr("duplicate id \"%1\" (also at %2)").arg(id, *it));
    else
        seen.insert(id, path);
}

QString ShortTitles::read(JsonChecker &check, const nlohmann::json &item, const QString &path)
{
    const auto given = check.string(item, path, "shortTitle", JsonChecker::Need::Optional);
    if (!given)
        return {};
    const QString title = given->simplified();
    if (title.size() > kMax)
        check.error(JsonChecker::child(path, "shortTitle"),
            tr("has %1 characters; a short title has at most %2").arg(title.size()).arg(kMax));
    return title;
}

void BaselineReader::readStandards(
    const json &v, const QString &path, Domain &domain, QHash<QString, QString> &ids)
{
    if (!m_check.array(v, path))
        return;
    if (v.size() > kMaxStandards)
        m_check.error(path,
            tr("has %n standard(s); a domain has at most %1 standards", nullptr, int(v.size()))
                .arg(kMaxStandards));
    for (std::size_t i = 0; i < v.size(); ++i) {
        const QString sp = JsonChecker::child(path, i);
        const json &sv = v[i];
        if (!m_check.object(sv, sp, { "id", "text", "shortTitle", "guidance", "source", "capsAt" }))
            continue;
        Standard standard;
        standard.id = itemId(sv, sp, ids);
        standard.fullId = domain.id + u'.' + standard.id;
        standard.text = m_check.string(sv, sp, "text", Need::Required).value_or(QString());
        standard.shortTitle = ShortTitles::read(m_check, sv, sp);
        standard.guidance
            = m_check.string(sv, sp, "guidance", Need::Optional, false).value_or(QString());
        standard.source
            = m_check.string(sv, sp, "source", Need::Optional, false).value_or(QString());
        standard.capsAt = capsAt(sv, sp);
        domain.standards.append(standard);
    }
}

void BaselineReader::readMeasures(
    const json &v, const QString &path, Domain &domain, QHash<QString, QString> &ids)
{
    if (!m_check.array(v, path))
        return;
    if (v.size() > kMaxMeasures)
        m_check.error(path,
            tr("has %n measure(s); a domain has at most %1 measures", nullptr, int(v.size()))
                .arg(kMaxMeasures));
    for (std::size_t i = 0; i < v.size(); ++i) {
        const QString mp = JsonChecker::child(path, i);
        const json &mv = v[i];
        if (!m_check.object(mv, mp,
                { "id", "title", "unit", "better", "decimals", "target", "guidance", "source" }))
            continue;
        Measure measure;
        measure.id = itemId(mv, mp, ids);
        measure.fullId = domain.id + u'.' + measure.id;
        measure.title = m_check.string(mv, mp, "title", Need::Required).value_or(QString());
        measure.unit = m_check.string(mv, mp, "unit", Need::Optional, false).value_or(QString());
        bool isRange = false;
        if (const auto key = m_check.string(mv, mp, "better", Need::Required)) {
            if (const auto direction = measureDirectionFromKey(*key)) {
                measure.better = *direction;
                isRange = *direction == MeasureDirection::Range;
            } else {
                m_check.error(JsonChecker::child(mp, "better"),
                    tr("\"%1\" is not one of \"higher\", \"lower\" or \"range\"").arg(*key));
            }
        }
        if (const auto decimals = m_check.integer(mv, mp, "decimals", Need::Optional)) {
            if (*decimals < 0 || *decimals > kMaxDecimals)
                m_check.error(JsonChecker::child(mp, "decimals"),
                    tr("%1 is not from 0 to %2").arg(*decimals).arg(kMaxDecimals));
            else
                measure.decimals = int(*decimals);
        }
        const json *target = m_check.field(mv, mp, "target", Need::Optional);
        if (target)
            measure.target = this->target(*target, JsonChecker::child(mp, "target"));
        else if (isRange)
            // Inside what? Without bounds a range measure is neither met nor missed.
            m_check.error(
                mp, tr("\"better\": \"range\" needs a \"target\" with \"min\" and/or \"max\""));
        measure.guidance
            = m_check.string(mv, mp, "guidance", Need::Optional, false).value_or(QString());
        measure.source
            = m_check.string(mv, mp, "source", Need::Optional, false).value_or(QString());
        domain.measures.append(measure);
    }
}

QString BaselineReader::itemId(const json &item, const QString &path, QHash<QString, QString> &ids)
{
    const auto id = m_check.string(item, path, "id", Need::Required);
    if (!id)
        return {};
    const QString idPath = JsonChecker::child(path, "id");
    const QString checked = FrameworkIds::checked(m_check, *id, idPath);
    FrameworkIds::unique(m_check, ids, checked, idPath);
    return checked;
}

std::optional<double> BaselineReader::capsAt(const json &standard, const QString &path)
{
    const auto value = m_check.number(standard, path, "capsAt", Need::Optional);
    if (!value)
        return std::nullopt;
    if (m_scale.indexOf(*value) >= 0)
        return value;
    // When the scale itself is broken its errors already say so.
    if (m_scaleComplete) {
        QStringList values;
        for (const Level &l : m_scale.levels)
            values.append(formatLevelValue(l.value));
        m_check.error(JsonChecker::child(path, "capsAt"),
            tr("%1 is not a level value of the scale (%2)")
                .arg(formatLevelValue(*value), values.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

MeasureTarget BaselineReader::target(const json &v, const QString &path)
{
    MeasureTarget t;
    if (!m_check.object(v, path, { "min", "max" }))
        return t;
    t.min = m_check.number(v, path, "min", Need::Optional);
    t.max = m_check.number(v, path, "max", Need::Optional);
    if (!v.contains("min") && !v.contains("max"))
        m_check.error(path, tr("gives neither \"min\" nor \"max\""));
    if (t.min && t.max && *t.min > *t.max)
        m_check.error(JsonChecker::child(path, "min"),
            tr("%1 is greater than \"max\" (%2)")
                .arg(formatLevelValue(*t.min), formatLevelValue(*t.max)));
    return t;
}

} // namespace strongtrust
