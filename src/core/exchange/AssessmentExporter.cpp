#include "exchange/AssessmentExporter.h"

#include "exchange/AssessmentDocument.h"
#include "scoring/Scoring.h"
#include "util/CsvWriter.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <nlohmann/json.hpp>

namespace strongtrust {

namespace {

// Insertion order is kept, so the document reads in the order the format
// describes and is the same bytes every time.
using ojson = nlohmann::ordered_json;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AssessmentExporter)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

std::string isoDate(const QDate &d)
{
    return utf8(d.toString(Qt::ISODate));
}

// A level value as a JSON number: an integer where it is whole, so "3" and
// not "3.0" is written and read back.
ojson levelNumber(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return ojson(static_cast<qint64>(value));
    return ojson(value);
}

ojson ratingLevel(const RatingValue &v)
{
    if (v.isLevel())
        return levelNumber(v.level);
    if (v.isNotApplicable())
        return ojson(kNotApplicableKey);
    return ojson(nullptr);
}

// Everything an export needs, loaded once.
struct Loaded {
    AssessmentData data;
    Framework framework;
};

Result<Loaded> load(const Workbook &wb, qint64 assessmentId)
{
    auto data = wb.loadAssessment(assessmentId);
    if (!data)
        return data.errors();
    auto fw = wb.framework(data->info.frameworkKey);
    if (!fw)
        return fw.errors();
    return Loaded { std::move(data).value(), std::move(fw).value() };
}

// Trustees who have a rating row in this assessment, in trustee order.
QList<Trustee> ratersOf(const Workbook &wb, const AssessmentData &data)
{
    QSet<qint64> rated;
    for (const Rating &r : data.ratings)
        rated.insert(r.trusteeId);
    QList<Trustee> out;
    for (const Trustee &t : wb.trustees()) {
        if (rated.contains(t.id))
            out.append(t);
    }
    return out;
}

bool hasContent(const Consensus &c)
{
    return !c.value.isUnrated() || !c.rationale.isEmpty() || c.confidence != Confidence::Unstated
        || !c.evidence.isEmpty();
}

ojson evidenceList(const QList<Evidence> &list)
{
    ojson evidence = ojson::array();
    for (const Evidence &e : list) {
        ojson item = ojson::object();
        item["title"] = utf8(e.title);
        if (!e.ref.isEmpty())
            item["ref"] = utf8(e.ref);
        if (e.date.isValid())
            item["date"] = isoDate(e.date);
        if (e.confidential)
            item["confidential"] = true;
        evidence.push_back(std::move(item));
    }
    return evidence;
}

ojson consensusEntry(const Consensus &c)
{
    ojson entry = ojson::object();
    entry["indicator"] = utf8(c.indicator);
    entry["level"] = ratingLevel(c.value);
    if (!c.rationale.isEmpty())
        entry["rationale"] = utf8(c.rationale);
    if (c.confidence != Confidence::Unstated)
        entry["confidence"] = utf8(confidenceKey(c.confidence));
    // Always written, even empty: an export states the whole evidence list,
    // so importing it replaces what the workbook holds.
    entry["evidence"] = evidenceList(c.evidence);
    return entry;
}

ojson standardEntry(const StandardJudgement &j)
{
    ojson entry = ojson::object();
    entry["standard"] = utf8(j.standard);
    entry["result"] = j.result == StandardResult::NotJudged
        ? ojson(nullptr)
        : ojson(utf8(standardResultKey(j.result)));
    if (!j.note.isEmpty())
        entry["note"] = utf8(j.note);
    entry["evidence"] = evidenceList(j.evidence); // the whole list, as for consensus
    return entry;
}

ojson optionalNumber(const std::optional<double> &v)
{
    return v ? levelNumber(*v) : ojson(nullptr);
}

ojson measureEntry(const MeasureValue &m)
{
    ojson entry = ojson::object();
    entry["measure"] = utf8(m.measure);
    entry["value"] = optionalNumber(m.value);
    if (m.asOf.isValid())
        entry["asOf"] = isoDate(m.asOf);
    if (!m.source.isEmpty())
        entry["source"] = utf8(m.source);
    if (!m.note.isEmpty())
        entry["note"] = utf8(m.note);
    if (m.target.isSet()) {
        ojson target = ojson::object();
        if (m.target.min)
            target["min"] = levelNumber(*m.target.min);
        if (m.target.max)
            target["max"] = levelNumber(*m.target.max);
        entry["target"] = std::move(target);
    }
    return entry;
}

ojson actionEntry(const Action &a)
{
    ojson entry = ojson::object();
    if (!a.domain.isEmpty())
        entry["domain"] = utf8(a.domain);
    if (!a.indicator.isEmpty())
        entry["indicator"] = utf8(a.indicator);
    entry["text"] = utf8(a.text);
    if (!a.owner.isEmpty())
        entry["owner"] = utf8(a.owner);
    if (a.due.isValid())
        entry["due"] = isoDate(a.due);
    entry["status"] = utf8(actionStatusKey(a.status));
    return entry;
}

ojson buildDocument(const Workbook &wb, const Loaded &loaded)
{
    const AssessmentInfo &info = loaded.data.info;
    const Framework &fw = loaded.framework;

    ojson doc = ojson::object();
    doc["format"] = kAssessmentFormat;
    // Version 2 only for what version 1 cannot say, so that a document
    // without the board's own words, standards or measures reads in every
    // earlier strongtrust.
    const bool basic = loaded.data.narrative.isEmpty() && loaded.data.standards.isEmpty()
        && loaded.data.measures.isEmpty();
    doc["formatVersion"] = basic ? kAssessmentFormatVersionBasic : kAssessmentFormatVersion;
    doc["trust"] = ojson { { "name", utf8(wb.trustName()) } };
    ojson framework = ojson::object();
    framework["id"] = utf8(info.frameworkId);
    if (!info.frameworkVersion.isEmpty())
        framework["version"] = utf8(info.frameworkVersion);
    doc["framework"] = std::move(framework);
    doc["period"] = utf8(info.period);
    if (!info.title.isEmpty())
        doc["title"] = utf8(info.title);
    if (info.meetingDate.isValid())
        doc["meetingDate"] = isoDate(info.meetingDate);

    const QList<Trustee> raters = ratersOf(wb, loaded.data);
    QHash<qint64, std::string> raterIds;
    ojson raterList = ojson::array();
    for (const Trustee &t : raters) {
        // Appended, not "r" + ...: GCC 12 warns falsely (-Wrestrict) on that form.
        std::string id = "r";
        id += std::to_string(raterIds.size() + 1);
        raterIds.insert(t.id, id);
        ojson r = ojson::object();
        r["id"] = id;
        r["name"] = utf8(t.name);
        if (!t.role.isEmpty())
            r["role"] = utf8(t.role);
        raterList.push_back(std::move(r));
    }
    doc["raters"] = std::move(raterList);

    // Framework order, then rater order: the workbook's own order (trustee,
    // then framework) would change with the order trustees were added.
    QHash<QString, QHash<qint64, const Rating *>> byIndicator;
    for (const Rating &r : loaded.data.ratings)
        byIndicator[r.indicator].insert(r.trusteeId, &r);
    ojson ratings = ojson::array();
    ojson consensus = ojson::array();
    for (const Domain &domain : fw.domains) {
        for (const Indicator &ind : domain.indicators) {
            const auto cells = byIndicator.value(ind.fullId);
            for (const Trustee &t : raters) {
                const Rating *r = cells.value(t.id);
                if (!r)
                    continue;
                ojson entry = ojson::object();
                entry["rater"] = raterIds.value(t.id);
                entry["indicator"] = utf8(ind.fullId);
                entry["level"] = ratingLevel(r->value);
                if (!r->note.isEmpty())
                    entry["note"] = utf8(r->note);
                ratings.push_back(std::move(entry));
            }
            if (const Consensus *c = loaded.data.consensusFor(ind.fullId); c && hasContent(*c))
                consensus.push_back(consensusEntry(*c));
        }
    }
    doc["ratings"] = std::move(ratings);
    doc["consensus"] = std::move(consensus);

    ojson actions = ojson::array();
    for (const Action &a : loaded.data.actions)
        actions.push_back(actionEntry(a));
    doc["actions"] = std::move(actions);

    // Written only when there are any, so documents without them read as before.
    ojson reasons = ojson::array();
    for (const Domain &domain : fw.domains) {
        const auto it = loaded.data.changeReasons.constFind(domain.id);
        if (it == loaded.data.changeReasons.cend())
            continue;
        ojson entry = ojson::object();
        entry["domain"] = utf8(domain.id);
        entry["reason"] = utf8(*it);
        reasons.push_back(std::move(entry));
    }
    if (!reasons.empty())
        doc["changeReasons"] = std::move(reasons);

    if (!loaded.data.narrative.isEmpty()) {
        const BoardNarrative &words = loaded.data.narrative;
        ojson narrative = ojson::object();
        if (!words.summary.isEmpty())
            narrative["summary"] = utf8(words.summary);
        ojson domains = ojson::object();
        for (const Domain &domain : fw.domains) { // framework order: byte-stable
            const auto it = words.domains.constFind(domain.id);
            if (it != words.domains.cend())
                domains[utf8(domain.id)] = utf8(*it);
        }
        if (!domains.empty())
            narrative["domains"] = std::move(domains);
        doc["narrative"] = std::move(narrative);
    }

    // Written only when there are any, in the framework's order: byte-stable.
    ojson standards = ojson::array();
    ojson measures = ojson::array();
    for (const Domain &domain : fw.domains) {
        for (const Standard &standard : domain.standards) {
            const StandardJudgement *j = loaded.data.standardFor(standard.fullId);
            if (j && !j->isEmpty())
                standards.push_back(standardEntry(*j));
        }
        for (const Measure &measure : domain.measures) {
            const MeasureValue *m = loaded.data.measureFor(measure.fullId);
            if (m && !m->isEmpty())
                measures.push_back(measureEntry(*m));
        }
    }
    if (!standards.empty())
        doc["standards"] = std::move(standards);
    if (!measures.empty())
        doc["measures"] = std::move(measures);

    if (info.isFinal()) {
        ojson signOff = ojson::object();
        signOff["chair"] = utf8(info.signOff.chair);
        signOff["date"] = isoDate(info.signOff.date);
        if (!info.signOff.minuteRef.isEmpty())
            signOff["minuteRef"] = utf8(info.signOff.minuteRef);
        doc["signOff"] = std::move(signOff);
    }
    return doc;
}

// ---- CSV

// A computed number (mean, spread): at most two decimals, no trailing zeros,
// always a '.' whatever the locale.
QString computedNumber(const std::optional<double> &v)
{
    if (!v)
        return {};
    QString s = QString::number(std::round(*v * 100) / 100, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString csvLevel(const RatingValue &v)
{
    if (v.isLevel())
        return formatLevelValue(v.level);
    if (v.isNotApplicable())
        return QString::fromLatin1(kNotApplicableKey);
    return {};
}

// A level is a number; "na" is text.
void levelCell(CsvWriter &csv, const RatingValue &v)
{
    csv.cell(csvLevel(v), v.isLevel() ? CsvWriter::Kind::Number : CsvWriter::Kind::Text);
}

QString levelLabel(const Scale &scale, const RatingValue &v)
{
    if (v.isNotApplicable())
        return Tr::tr("Not applicable");
    if (v.isLevel()) {
        const int i = scale.indexOf(v.level);
        return i >= 0 ? scale.levels[i].label : QString();
    }
    return {};
}

} // namespace

Result<QByteArray> exportAssessmentJson(const Workbook &wb, qint64 assessmentId)
{
    auto loaded = load(wb, assessmentId);
    if (!loaded)
        return loaded.errors();
    const ojson doc = buildDocument(wb, loaded.value());
    // Replace rather than throw on text that is not valid UTF-8.
    const std::string text = doc.dump(2, ' ', false, ojson::error_handler_t::replace);
    QByteArray bytes = QByteArray::fromStdString(text);
    bytes.append('\n');
    return bytes;
}

Result<QByteArray> exportAssessmentCsv(const Workbook &wb, qint64 assessmentId)
{
    auto loaded = load(wb, assessmentId);
    if (!loaded)
        return loaded.errors();
    const AssessmentData &data = loaded->data;
    const Framework &fw = loaded->framework;
    const QList<qint64> raters = wb.raters(assessmentId);
    const AssessmentScores scores = scoreAssessment(fw, data, raters);

    QHash<qint64, QString> names;
    for (const Trustee &t : wb.trustees())
        names.insert(t.id, t.name);
    QHash<QString, QHash<qint64, RatingValue>> grid;
    for (const Rating &r : data.ratings)
        grid[r.indicator].insert(r.trusteeId, r.value);

    CsvWriter csv;
    for (const char *column :
        { "period", "domain_id", "domain", "indicator", "indicator_text", "consensus",
            "consensus_label", "confidence", "rationale", "score", "mean", "min", "max", "std_dev",
            "levels_given", "not_applicable", "unrated", "disagreement", "evidence_count" })
        csv.cell(QString::fromLatin1(column));
    for (qint64 id : raters)
        csv.cell(names.value(id));
    csv.endRow();

    for (const Domain &domain : fw.domains) {
        for (const Indicator &ind : domain.indicators) {
            const Consensus *c = data.consensusFor(ind.fullId);
            const RatingValue agreed = c ? c->value : RatingValue::unrated();
            const IndicatorScore *s = scores.find(ind.fullId);
            csv.cell(data.info.period);
            csv.cell(domain.id);
            csv.cell(domain.title);
            csv.cell(ind.fullId);
            csv.cell(ind.text);
            levelCell(csv, agreed);
            csv.cell(levelLabel(fw.scale, agreed));
            csv.cell(c ? confidenceKey(c->confidence) : QString());
            csv.cell(c ? c->rationale : QString());
            csv.number(s ? computedNumber(s->score) : QString());
            csv.number(s ? computedNumber(s->mean) : QString());
            csv.number(s ? computedNumber(s->min) : QString());
            csv.number(s ? computedNumber(s->max) : QString());
            csv.number(s ? computedNumber(s->stdDev) : QString());
            csv.number(QString::number(s ? s->levelCount : 0));
            csv.number(QString::number(s ? s->notApplicableCount : 0));
            csv.number(QString::number(s ? s->unratedCount : int(raters.size())));
            csv.cell(s && s->disagreement ? QStringLiteral("yes") : QStringLiteral("no"));
            csv.number(QString::number(c ? c->evidence.size() : 0));
            const auto cells = grid.value(ind.fullId);
            for (qint64 id : raters) {
                levelCell(csv, cells.value(id));
            }
            csv.endRow();
        }
    }
    return csv.bytes();
}

} // namespace strongtrust
