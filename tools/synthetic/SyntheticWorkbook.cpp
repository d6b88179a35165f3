#include "SyntheticWorkbook.h"

#include "exchange/AssessmentImporter.h"

#include <QDate>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>

namespace strongtrust::synthetic {

using nlohmann::json;

namespace {

// The document's id of the nth trustee ("r1", "r2" ...). Appended rather than
// "r" + ...: GCC 12 warns falsely (-Wrestrict) on that form.
std::string raterId(int n)
{
    std::string id = "r";
    id += std::to_string(n);
    return id;
}

const char *const kFirstNames[] = { "Jane", "Sam", "Priya", "Tom", "Aisha", "Gareth", "Mei", "Olu",
    "Hannah", "Rhys", "Fatima", "David", "Chloe", "Imran", "Ruth", "Kwame", "Ellen", "Marek" };
const char *const kSurnames[] = { "Smith", "Patel", "Jones", "Okafor", "Williams", "Chen", "Hughes",
    "Khan", "Brown", "Evans", "Nowak", "Adeyemi", "Taylor", "Davies", "Ahmed", "Wright" };
const char *const kEvidence[] = { "Board minutes", "Annual school improvement review",
    "Staff survey", "Finance committee report", "Curriculum deep dive",
    "External governance review", "Attendance dashboard", "Parent survey" };

std::string trusteeName(int i)
{
    const int nf = int(std::size(kFirstNames));
    const int ns = int(std::size(kSurnames));
    std::string name = std::string(kFirstNames[i % nf]) + ' ' + kSurnames[(i * 7 + i / nf) % ns];
    if (i >= nf * ns / 2) // many trustees: keep names unique
        name += ' ' + std::to_string(i);
    return name;
}

json levelJson(double value)
{
    if (value == double(qint64(value)))
        return qint64(value);
    return value;
}

} // namespace

QString periodLabel(int year)
{
    return QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
}

namespace {

// A result for every standard (most met, a few not, one in twenty not yet
// judged) and a value for every measure, as a board that keeps its floor and
// its numbers up to date would record them.
void addStandardsAndMeasures(json &doc, const Framework &fw, const Spec &spec, int year,
    std::mt19937 &rng, std::vector<double> &measureTruth)
{
    std::uniform_int_distribution<int> percent(0, 99);
    std::normal_distribution<double> wander(0.0, 0.08);
    const QString period = periodLabel(year);
    json standards = json::array();
    json measures = json::array();
    std::size_t flat = 0;
    for (const Domain &d : fw.domains) {
        for (const Standard &st : d.standards) {
            const int roll = percent(rng);
            json s = { { "standard", st.fullId.toStdString() } };
            s["result"] = roll < 5 ? json(nullptr) : json(roll < 12 ? "not-met" : "met");
            if (roll >= 5 && roll < 12)
                s["note"] = QStringLiteral("Not met in %1: the board has asked for a plan "
                                           "and a date by which it will be met.")
                                .arg(period)
                                .toStdString();
            else if (spec.noteEveryRating)
                s["note"] = QStringLiteral("Checked for %1 against the register and the "
                                           "minutes.")
                                .arg(period)
                                .toStdString();
            standards.push_back(s);
        }
        for (const Measure &m : d.measures) {
            double &v = measureTruth[flat++];
            v = std::max(0.0, v * (1 + wander(rng)));
            json mv = { { "measure", m.fullId.toStdString() }, { "value", std::round(v * 10) / 10 },
                { "asOf", QDate(year + 1, 7, 31).toString(Qt::ISODate).toStdString() },
                { "source",
                    QStringLiteral("Trust dashboard, summer %1").arg(year + 1).toStdString() } };
            if (spec.noteEveryRating)
                mv["note"]
                    = QStringLiteral("Read from the dashboard for %1.").arg(period).toStdString();
            measures.push_back(mv);
        }
    }
    if (!standards.empty())
        doc["standards"] = standards;
    if (!measures.empty())
        doc["measures"] = measures;
    if (!standards.empty() || !measures.empty())
        doc["formatVersion"] = 2;
}

} // namespace

QList<QByteArray> documents(const Framework &fw, const QString &trustName, const Spec &spec)
{
    std::mt19937 rng(spec.seed);
    const int levels = int(fw.scale.levels.size());
    // Each indicator has a true position on the scale that drifts year by year.
    std::vector<double> truth;
    std::uniform_real_distribution<double> start(0.5, levels - 1.5);
    for (int i = 0; i < fw.indicatorCount(); ++i)
        truth.push_back(start(rng));

    // Each measure's value wanders from a start inside its target (or at 50).
    std::vector<double> measureTruth;
    for (const Domain &d : fw.domains) {
        for (const Measure &m : d.measures) {
            const double low = m.target.min.value_or(m.target.max.value_or(50) * 0.5);
            const double high = m.target.max.value_or(low * 2 + 1);
            measureTruth.push_back(std::uniform_real_distribution<double>(low, high)(rng));
        }
    }

    QList<QByteArray> out;
    for (int p = 0; p < spec.periods; ++p) {
        const int year = spec.firstYear + p;
        json doc = { { "format", "strongtrust-assessment" }, { "formatVersion", 1 },
            { "trust", { { "name", trustName.toStdString() } } },
            { "framework",
                { { "id", fw.id.toStdString() }, { "version", fw.version.toStdString() } } },
            { "period", periodLabel(year).toStdString() },
            { "title", "Annual board self-assessment" } };
        json raters = json::array();
        for (int t = 0; t < spec.trustees; ++t) {
            json r = { { "id", raterId(t + 1) }, { "name", trusteeName(t) } };
            if (t == 0)
                r["role"] = "Chair";
            raters.push_back(r);
        }
        doc["raters"] = raters;

        json ratings = json::array();
        json consensus = json::array();
        std::normal_distribution<double> drift(0.15, 0.3);
        std::normal_distribution<double> opinion(0.0, 0.7);
        std::uniform_int_distribution<int> percent(0, 99);
        int flat = 0;
        for (const Domain &d : fw.domains) {
            for (const Indicator &ind : d.indicators) {
                double &t = truth[std::size_t(flat++)];
                t = std::clamp(t + drift(rng), 0.0, double(levels - 1));
                for (int r = 0; r < spec.trustees; ++r) {
                    json rating = { { "rater", raterId(r + 1) },
                        { "indicator", ind.fullId.toStdString() } };
                    const int roll = percent(rng);
                    if (roll < 2 && fw.scale.allowNotApplicable) {
                        rating["level"] = "na";
                    } else if (roll < 4) {
                        rating["level"] = nullptr;
                        rating["note"] = "Not enough evidence seen to rate this yet.";
                    } else {
                        const int pos
                            = std::clamp(int(std::lround(t + opinion(rng))), 0, levels - 1);
                        rating["level"] = levelJson(fw.scale.levels[pos].value);
                        if (roll > 85)
                            rating["note"] = "Based on the termly report and the visit in spring.";
                    }
                    if (spec.noteEveryRating)
                        rating["note"] = QStringLiteral(
                            "Trustee %1 on %2 in %3: heard from the headteachers, read the "
                            "termly report and looked at the visit notes before rating.")
                                             .arg(r + 1)
                                             .arg(ind.fullId, periodLabel(year))
                                             .toStdString();
                    ratings.push_back(rating);
                }
                const int agreed = std::clamp(int(std::lround(t)), 0, levels - 1);
                json c = { { "indicator", ind.fullId.toStdString() },
                    { "level", levelJson(fw.scale.levels[agreed].value) },
                    { "rationale",
                        "The board agreed this level after discussing the evidence presented." },
                    { "confidence", percent(rng) < 50 ? "moderate" : "strong" } };
                if (percent(rng) < 60) {
                    const QDate date(year + 1, 1 + percent(rng) % 6, 1 + percent(rng) % 28);
                    c["evidence"] = json::array(
                        { { { "title", kEvidence[percent(rng) % std::size(kEvidence)] },
                            { "ref", "https://intranet.example/board/" + std::to_string(year) },
                            { "date", date.toString(Qt::ISODate).toStdString() } } });
                }
                consensus.push_back(c);
            }
        }
        doc["ratings"] = ratings;
        doc["consensus"] = consensus;

        json actions = json::array();
        for (int a = 0; a < spec.actionsPerPeriod; ++a) {
            const Domain &d = fw.domains[a % fw.domains.size()];
            const Indicator &ind = d.indicators[(a / int(fw.domains.size())) % d.indicators.size()];
            actions.push_back(
                { { "domain", d.id.toStdString() }, { "indicator", ind.fullId.toStdString() },
                    { "text",
                        "Strengthen the evidence for " + ind.id.toStdString() + " ("
                            + std::to_string(a + 1) + ")" },
                    { "owner", trusteeName(a % spec.trustees) },
                    { "due", QDate(year + 1, 7, 1).toString(Qt::ISODate).toStdString() },
                    { "status", p + 1 < spec.periods ? "done" : "open" } });
        }
        doc["actions"] = actions;
        if (spec.standardsAndMeasures)
            addStandardsAndMeasures(doc, fw, spec, year, rng, measureTruth);
        if (spec.finaliseAllButLast && p + 1 < spec.periods)
            doc["signOff"] = { { "chair", trusteeName(0) },
                { "date", QDate(year + 1, 3, 12).toString(Qt::ISODate).toStdString() },
                { "minuteRef", "BM/" + std::to_string(year + 1) + "/03" } };
        out.append(QByteArray::fromStdString(doc.dump(2)));
    }
    return out;
}

Result<std::unique_ptr<Workbook>> buildWorkbook(
    const QString &path, const QString &trustName, const Framework &framework, const Spec &spec)
{
    auto wb = Workbook::create(path, trustName, framework);
    if (!wb)
        return wb.errors();
    const QList<QByteArray> docs = documents(framework, trustName, spec);
    for (int i = 0; i < docs.size(); ++i) {
        auto imported = importAssessment(
            *wb.value(), docs[i], QStringLiteral("synthetic-%1.json").arg(i + 1));
        if (!imported)
            return imported.errors();
    }
    return wb;
}

} // namespace strongtrust::synthetic
