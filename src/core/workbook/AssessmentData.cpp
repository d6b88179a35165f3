#include "workbook/AssessmentData.h"

namespace strongtrust {

const Consensus *AssessmentData::consensusFor(const QString &indicator) const
{
    for (const Consensus &c : consensus) {
        if (c.indicator == indicator)
            return &c;
    }
    return nullptr;
}

const StandardJudgement *AssessmentData::standardFor(const QString &standard) const
{
    for (const StandardJudgement &s : standards) {
        if (s.standard == standard)
            return &s;
    }
    return nullptr;
}

const MeasureValue *AssessmentData::measureFor(const QString &measure) const
{
    for (const MeasureValue &m : measures) {
        if (m.measure == measure)
            return &m;
    }
    return nullptr;
}

QString standardResultKey(StandardResult r)
{
    switch (r) {
    case StandardResult::Met:
        return QStringLiteral("met");
    case StandardResult::NotMet:
        return QStringLiteral("not-met");
    case StandardResult::NotJudged:
        break;
    }
    return {};
}

std::optional<StandardResult> standardResultFromKey(const QString &key)
{
    if (key.isEmpty())
        return StandardResult::NotJudged;
    for (StandardResult r : { StandardResult::Met, StandardResult::NotMet }) {
        if (standardResultKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString confidenceKey(Confidence c)
{
    switch (c) {
    case Confidence::Limited:
        return QStringLiteral("limited");
    case Confidence::Moderate:
        return QStringLiteral("moderate");
    case Confidence::Strong:
        return QStringLiteral("strong");
    case Confidence::Unstated:
        break;
    }
    return {};
}

std::optional<Confidence> confidenceFromKey(const QString &key)
{
    if (key.isEmpty())
        return Confidence::Unstated;
    for (Confidence c : { Confidence::Limited, Confidence::Moderate, Confidence::Strong }) {
        if (confidenceKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString actionStatusKey(ActionStatus s)
{
    switch (s) {
    case ActionStatus::InProgress:
        return QStringLiteral("in-progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    case ActionStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    for (ActionStatus s : { ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
             ActionStatus::Dropped }) {
        if (actionStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace strongtrust
