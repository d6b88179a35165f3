#include "workbook/EditRules.h"

#include "workbook/AssessmentStore.h"
#include "workbook/FrameworkStore.h"
#include "workbook/TextLimits.h"
#include "workbook/WorkbookDatabase.h"

#include <QLocale>

#include <cmath>

namespace strongtrust {

Result<EditTarget> EditRules::target(qint64 assessmentId) const
{
    if (auto s = m_db.refuseIfReadOnly(); !s)
        return s.errors();
    const auto a = m_assessments.assessment(assessmentId);
    if (!a)
        return m_db.problem(tr("assessment %1").arg(assessmentId), tr("no such assessment"));
    if (a->isFinal())
        return m_db.problem(tr("the assessment for %1").arg(a->period),
            tr("it is final (signed off by %1 on %2) and cannot be changed")
                .arg(a->signOff.chair, a->signOff.date.toString(Qt::ISODate)));
    auto fw = m_frameworks.framework(a->frameworkKey);
    if (!fw)
        return fw.errors();
    return EditTarget { *a, std::move(fw).value() };
}

Status EditRules::checkLength(
    const WorkbookDatabase &db, const QString &what, const QString &text, int limit)
{
    if (text.size() <= limit)
        return success();
    const QLocale locale;
    return db.problem(what,
        tr("is %1 characters long; the longest accepted is %2")
            .arg(locale.toString(qlonglong(text.size())), locale.toString(limit)));
}

Status EditRules::indicator(const Framework &fw, const QString &indicator) const
{
    if (!fw.findIndicator(indicator))
        return m_db.problem(
            tr("indicator \"%1\"").arg(indicator), tr("not in the framework %1").arg(fw.id));
    return success();
}

Status EditRules::indicatorOrStandard(const Framework &fw, const QString &id) const
{
    if (!fw.findIndicator(id) && !fw.findStandard(id))
        return m_db.problem(
            tr("indicator or standard \"%1\"").arg(id), tr("not in the framework %1").arg(fw.id));
    return success();
}

Status EditRules::value(const Framework &fw, const RatingValue &value) const
{
    if (value.isLevel() && fw.scale.indexOf(value.level) < 0)
        return m_db.problem(tr("level %1").arg(formatLevelValue(value.level)),
            tr("not a level of the framework's scale"));
    if (value.isNotApplicable() && !fw.scale.allowNotApplicable)
        return m_db.problem(tr("not applicable"), tr("the framework's scale does not allow it"));
    return success();
}

Status EditRules::rating(const EditTarget &target, const Rating &rating) const
{
    if (auto s = indicator(target.framework, rating.indicator); !s)
        return s;
    if (auto s = value(target.framework, rating.value); !s)
        return s;
    return length(tr("the note"), rating.note, limits::kNote);
}

Status EditRules::consensus(const EditTarget &target, const Consensus &consensus) const
{
    if (auto s = indicator(target.framework, consensus.indicator); !s)
        return s;
    if (auto s = value(target.framework, consensus.value); !s)
        return s;
    return length(tr("the rationale"), consensus.rationale, limits::kRationale);
}

Status EditRules::evidence(const EditTarget &target, const QString &ind, const Evidence &e) const
{
    if (auto s = indicatorOrStandard(target.framework, ind); !s)
        return s;
    if (e.title.simplified().isEmpty())
        return m_db.problem(tr("evidence"), tr("a title is needed"));
    if (auto s = length(tr("the evidence's title"), e.title.simplified(), limits::kEvidenceTitle);
        !s)
        return s;
    return length(tr("the evidence's reference"), e.ref.trimmed(), limits::kEvidenceRef);
}

Status EditRules::action(const EditTarget &target, const Action &action) const
{
    if (action.text.trimmed().isEmpty())
        return m_db.problem(tr("action"), tr("the action needs a text"));
    if (auto s = length(tr("the action"), action.text.trimmed(), limits::kActionText); !s)
        return s;
    if (auto s = length(tr("the action's owner"), action.owner.simplified(), limits::kName); !s)
        return s;
    // An action may answer an unmet standard as well as an indicator.
    if (!action.indicator.isEmpty()) {
        if (auto s = indicatorOrStandard(target.framework, action.indicator); !s)
            return s;
    }
    if (!action.domain.isEmpty() && target.framework.domainIndex(action.domain) < 0)
        return m_db.problem(tr("domain \"%1\"").arg(action.domain),
            tr("not in the framework %1").arg(target.framework.id));
    return success();
}

Status EditRules::changeReason(
    const EditTarget &target, const QString &domainId, const QString &reason) const
{
    if (target.framework.domainIndex(domainId) < 0)
        return m_db.problem(tr("domain \"%1\"").arg(domainId),
            tr("not in the framework %1").arg(target.framework.id));
    return length(tr("the reason for change"), reason.trimmed(), limits::kChangeReason);
}

Status EditRules::narrative(
    const EditTarget &target, const QString &domainId, const QString &text) const
{
    if (!domainId.isEmpty() && target.framework.domainIndex(domainId) < 0)
        return m_db.problem(tr("domain \"%1\"").arg(domainId),
            tr("not in the framework %1").arg(target.framework.id));
    return length(domainId.isEmpty() ? tr("the board's summary") : tr("the board's paragraph"),
        text, limits::kNarrative);
}

Status EditRules::standard(
    const EditTarget &target, const QString &standard, const QString &note) const
{
    if (!target.framework.findStandard(standard))
        return m_db.problem(tr("standard \"%1\"").arg(standard),
            tr("not in the framework %1").arg(target.framework.id));
    return length(tr("the note on the standard"), note, limits::kStandardNote);
}

Status EditRules::measure(const EditTarget &target, const MeasureValue &value) const
{
    const Measure *measure = target.framework.findMeasure(value.measure);
    if (!measure)
        return m_db.problem(tr("measure \"%1\"").arg(value.measure),
            tr("not in the framework %1").arg(target.framework.id));
    const QString title = measure->title;
    if (value.value && !std::isfinite(*value.value))
        return m_db.problem(tr("the value of \"%1\"").arg(title), tr("is not a finite number"));
    // A date outside these years has no YYYY-MM-DD form for an export to write.
    if (value.asOf.isValid() && (value.asOf.year() < 1 || value.asOf.year() > 9999))
        return m_db.problem(tr("the date of \"%1\"").arg(title),
            tr("%1 is not a date from the year 1 to 9999").arg(value.asOf.toString(Qt::ISODate)));
    const MeasureTarget &t = value.target;
    if ((t.min && !std::isfinite(*t.min)) || (t.max && !std::isfinite(*t.max)))
        return m_db.problem(
            tr("the target of \"%1\"").arg(title), tr("its bounds must be finite numbers"));
    if (t.min && t.max && *t.min > *t.max)
        return m_db.problem(tr("the target of \"%1\"").arg(title),
            tr("its minimum %1 is above its maximum %2")
                .arg(formatLevelValue(*t.min), formatLevelValue(*t.max)));
    if (auto s
        = length(tr("the source of \"%1\"").arg(title), value.source, limits::kMeasureSource);
        !s)
        return s;
    return length(tr("the note on \"%1\"").arg(title), value.note, limits::kMeasureNote);
}

} // namespace strongtrust
