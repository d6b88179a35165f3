#pragma once

// Shared by the tests of baseline standards and measures: frameworks of any
// scale built from a few lines, standards and measures added to a loaded
// framework (with their full ids, as the loader would set them), and the
// board's judgements and values.
#include "framework/FrameworkLoader.h"
#include "report/ReportData.h"
#include "scoring/Scoring.h"
#include "workbook/AssessmentData.h"

#include <gtest/gtest.h>

namespace strongtrust::test {

// A framework on a scale of these (value, label) levels, with domains
// "gov" (indicators a, b, c), "people" (d) and "money" (e).
inline Framework scaledFramework(const QList<std::pair<double, QString>> &levels)
{
    QString scale;
    for (const auto &[value, label] : levels) {
        if (!scale.isEmpty())
            scale += u',';
        scale += QStringLiteral(R"({ "value": %1, "label": "%2" })")
                     .arg(formatLevelValue(value), label);
    }
    const QString text = QStringLiteral(R"({
      "format": "strongtrust-framework", "formatVersion": 1, "id": "baseline-test",
      "version": "1", "title": "Baseline test framework",
      "scale": { "levels": [ %1 ], "allowNotApplicable": true },
      "domains": [
        { "id": "gov", "title": "Governance",
          "indicators": [ { "id": "a", "text": "A" }, { "id": "b", "text": "B" },
                          { "id": "c", "text": "C" } ] },
        { "id": "people", "title": "People", "indicators": [ { "id": "d", "text": "D" } ] },
        { "id": "money", "title": "Money", "indicators": [ { "id": "e", "text": "E" } ] }
      ] })")
                             .arg(scale);
    const auto r = FrameworkLoader::loadBytes(text.toUtf8(), QStringLiteral("baseline.json"));
    EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
    return r.ok() ? r.value() : Framework {};
}

inline Framework fourLevels()
{
    return scaledFramework({ { 1, QStringLiteral("Emerging") }, { 2, QStringLiteral("Developing") },
        { 3, QStringLiteral("Secure") }, { 4, QStringLiteral("Strong") } });
}

inline Domain &domainOf(Framework &fw, const QString &domainId)
{
    const int d = fw.domainIndex(domainId);
    EXPECT_GE(d, 0) << domainId.toStdString();
    return fw.domains[std::max(d, 0)];
}

// Adds a standard to a domain; returns its full id.
inline QString addStandard(Framework &fw, const QString &domainId, const QString &id,
    const QString &text, std::optional<double> capsAt = std::nullopt)
{
    Standard s;
    s.id = id;
    s.fullId = domainId + u'.' + id;
    s.text = text;
    s.capsAt = capsAt;
    domainOf(fw, domainId).standards.append(s);
    fw.formatVersion = 2;
    return s.fullId;
}

inline Measure &addMeasure(Framework &fw, const QString &domainId, const QString &id,
    const QString &title, const QString &unit, MeasureDirection better, int decimals,
    MeasureTarget target = {})
{
    Measure m;
    m.id = id;
    m.fullId = domainId + u'.' + id;
    m.title = title;
    m.unit = unit;
    m.better = better;
    m.decimals = decimals;
    m.target = target;
    Domain &d = domainOf(fw, domainId);
    d.measures.append(m);
    fw.formatVersion = 2;
    return d.measures.last();
}

inline void judge(
    AssessmentData &data, const QString &standard, StandardResult result, const QString &note = {})
{
    StandardJudgement j;
    j.standard = standard;
    j.result = result;
    j.note = note;
    data.standards.append(j);
}

inline void record(AssessmentData &data, const QString &measure, std::optional<double> value,
    const QString &note = {}, MeasureTarget ownTarget = {})
{
    MeasureValue v;
    v.measure = measure;
    v.value = value;
    v.note = note;
    v.target = ownTarget;
    data.measures.append(v);
}

inline void record(QList<MeasureValue> &values, const QString &measure, double value)
{
    MeasureValue v;
    v.measure = measure;
    v.value = value;
    values.append(v);
}

inline void agree(AssessmentData &data, const QString &indicator, double level)
{
    Consensus c;
    c.indicator = indicator;
    c.value = RatingValue::of(level);
    data.consensus.append(c);
}

// What the sample baseline records, for tests to look for.
namespace sample {
const QString kSafeguarding = QStringLiteral("governance.safeguarding-oversight"); // caps at 2
const QString kSafeguardingName = QStringLiteral("Board oversight of safeguarding");
const QString kSafeguardingNote
    = QStringLiteral("The named trustee stood down in January; the annual report is due in May.");
const QString kSafeguardingAction = QStringLiteral("Appoint a new safeguarding trustee");
const QString kRegister = QStringLiteral("governance.register-of-interests");
const QString kRegisterNote
    = QStringLiteral("Checked <b>annually</b> & reported to the audit committee.");
const QString kHealth = QStringLiteral("workforce.health-and-safety"); // caps at 2, above Emerging
const QString kHealthName = QStringLiteral("Health and safety at work");
const QString kHealthNote = QStringLiteral("Two schools' fire risk assessments are out of date.");
const QString kReservesNote = QStringLiteral("Reserves rebuilt after the 2024 deficit.");
const QString kAbsenceNote = QStringLiteral("Absence fell after the new wellbeing offer.");
} // namespace sample

// The text of one of the framework's standards.
inline QString standardText(const Framework &fw, const QString &fullId)
{
    const Standard *s = fw.findStandard(fullId);
    EXPECT_NE(s, nullptr) << fullId.toStdString();
    return s ? s->text : QString();
}

// Records for the built-in framework's baseline standards and measures (in a
// report of the test workbook) what a board might: two standards not met
// (one capping Expert governance at Developing; one capping Workforce at
// Developing, already below), one met, the rest not yet judged; an action
// on the first; values for three measures in this period, the comparison
// period and one before them (2023/24, for the trends), with the trust's
// own targets. Then scores both periods again, as loading them would.
inline void addSampleBaseline(ReportData &data, const QList<qint64> &comparisonRaters)
{
    using namespace sample;
    AssessmentData &now = data.current.data;
    judge(now, kSafeguarding, StandardResult::NotMet, kSafeguardingNote);
    judge(now, kRegister, StandardResult::Met, kRegisterNote);
    judge(now, kHealth, StandardResult::NotMet, kHealthNote);
    Action action;
    action.id = 9001;
    action.indicator = kSafeguarding;
    action.text = kSafeguardingAction;
    action.owner = QStringLiteral("Jane Smith");
    action.due = QDate(2026, 4, 30);
    action.status = ActionStatus::InProgress;
    now.actions.append(action);
    // Reserves (higher is better) within the trust's own band; attendance
    // (higher) against its own floor; sickness absence (lower) above its own ceiling.
    record(now, QStringLiteral("efficiency.reserves"), 6.3, kReservesNote, { 5.0, 12.0 });
    record(now, QStringLiteral("education.attendance"), 95.6, {}, { 95.0, std::nullopt });
    record(now, QStringLiteral("workforce.sickness-absence"), 7.9, kAbsenceNote,
        { std::nullopt, 7.5 });
    data.current.scores = scoreAssessment(data.current.framework, now, data.raters);

    MeasurePeriod before;
    before.period = QStringLiteral("2023/24");
    for (const Domain &d : data.current.framework.domains)
        before.measures.append(d.measures);
    record(before.values, QStringLiteral("efficiency.reserves"), 4.1);
    record(before.values, QStringLiteral("education.attendance"), 94.1);
    record(before.values, QStringLiteral("workforce.sickness-absence"), 9.5);
    data.measureHistory = { before };

    if (data.comparison) {
        AssessmentData &then = data.comparison->data;
        judge(then, kSafeguarding, StandardResult::Met);
        record(then, QStringLiteral("education.attendance"), 94.8);
        record(then, QStringLiteral("workforce.sickness-absence"), 8.8);
        data.comparison->scores
            = scoreAssessment(data.comparison->framework, then, comparisonRaters);
        data.measureHistory.append(periodMeasures(
            data.comparison->info, data.comparison->framework, data.comparison->data));
    }
    data.measureHistory.append(periodMeasures(data.current.info, data.current.framework, now));
}

} // namespace strongtrust::test
