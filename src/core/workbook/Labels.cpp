#include "workbook/Labels.h"

namespace strongtrust {

QString Labels::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Dropped:
        return tr("Dropped");
    case ActionStatus::Open:
        break;
    }
    return tr("Open");
}

QString Labels::confidence(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Limited:
        return tr("Limited");
    case Confidence::Moderate:
        return tr("Moderate");
    case Confidence::Strong:
        return tr("Strong");
    case Confidence::Unstated:
        break;
    }
    return tr("Not stated");
}

QString Labels::standardResult(StandardResult result)
{
    switch (result) {
    case StandardResult::Met:
        return tr("Met", "a baseline standard");
    case StandardResult::NotMet:
        return tr("Not met", "a baseline standard");
    case StandardResult::NotJudged:
        break;
    }
    return tr("Not judged", "a baseline standard");
}

QString Labels::ratingValue(const Scale &scale, const RatingValue &value)
{
    if (value.isNotApplicable())
        return tr("not applicable");
    if (!value.isLevel())
        return tr("unrated");
    const int index = scale.indexOf(value.level);
    return index >= 0 ? tr("%1 %2").arg(formatLevelValue(value.level), scale.levels[index].label)
                      : formatLevelValue(value.level);
}

} // namespace strongtrust
