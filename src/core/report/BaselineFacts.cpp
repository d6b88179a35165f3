#include "report/BaselineFacts.h"

namespace strongtrust::report {

QList<StandardFact> standardFacts(const ReportData &data, int domainIndex)
{
    const Framework &fw = data.current.framework;
    const AssessmentData &recorded = data.current.data;
    QList<StandardFact> out;
    for (int d = 0; d < fw.domains.size(); ++d) {
        if (domainIndex >= 0 && d != domainIndex)
            continue;
        const DomainScore *ds
            = d < data.current.scores.domains.size() ? &data.current.scores.domains[d] : nullptr;
        for (const Standard &standard : fw.domains[d].standards) {
            StandardFact f;
            f.domainIndex = d;
            f.standard = &standard;
            f.judgement = recorded.standardFor(standard.fullId);
            f.result = f.judgement ? f.judgement->result : StandardResult::NotJudged;
            for (const Action &a : recorded.actions) {
                if (a.indicator == standard.fullId)
                    f.actions.append(&a);
            }
            f.capping = ds && ds->cappedBy.contains(standard.fullId);
            out.append(f);
        }
    }
    return out;
}

QList<StandardFact> withResult(const QList<StandardFact> &facts, StandardResult result)
{
    QList<StandardFact> out;
    for (const StandardFact &f : facts) {
        if (f.result == result)
            out.append(f);
    }
    return out;
}

StandardTally tallyOf(const QList<StandardFact> &facts)
{
    StandardTally t;
    t.total = int(facts.size());
    for (const StandardFact &f : facts) {
        switch (f.result) {
        case StandardResult::Met:
            ++t.met;
            break;
        case StandardResult::NotMet:
            ++t.notMet;
            break;
        case StandardResult::NotJudged:
            ++t.notJudged;
            break;
        }
    }
    return t;
}

QList<MeasureFact> measureFacts(const ReportData &data, int domainIndex)
{
    const Framework &fw = data.current.framework;
    QList<MeasureFact> out;
    for (int d = 0; d < fw.domains.size(); ++d) {
        if (domainIndex >= 0 && d != domainIndex)
            continue;
        for (const Measure &measure : fw.domains[d].measures) {
            MeasureFact f;
            f.domainIndex = d;
            f.measure = &measure;
            f.value = data.current.data.measureFor(measure.fullId);
            if (data.compared()) {
                const EarlierMeasure earlier { data.comparison->framework.findMeasure(
                                                   measure.fullId),
                    data.comparison->data.measureFor(measure.fullId) };
                f.comparison = compareMeasure(measure, f.value, &earlier);
            } else {
                f.comparison = compareMeasure(measure, f.value);
            }
            out.append(f);
        }
    }
    return out;
}

TrendChartData measureTrend(const ReportData &data, const MeasureFact &fact)
{
    return trendChartData(*fact.measure, fact.comparison.target, data.measureHistory);
}

int recordedPoints(const TrendChartData &trend)
{
    int n = 0;
    for (const TrendPoint &p : trend.points)
        n += p.value ? 1 : 0;
    return n;
}

int domainOfStandard(const Framework &fw, const QString &fullId)
{
    for (int d = 0; d < fw.domains.size(); ++d) {
        for (const Standard &s : fw.domains[d].standards) {
            if (s.fullId == fullId)
                return d;
        }
    }
    return -1;
}

} // namespace strongtrust::report
