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
