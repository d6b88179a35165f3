#include "workbook/AuditText.h"

#include "workbook/Labels.h"
#include "workbook/Workbook.h"

namespace strongtrust {

namespace {

bool is(const QString &s, const char *word)
{
    return s == QLatin1String(word);
}

} // namespace

AuditText::AuditText(const Workbook &wb)
{
    for (const Trustee &t : wb.trustees())
        m_trustees.insert(t.id, t.name);
    for (const AssessmentInfo &a : wb.assessments()) {
        if (auto fw = wb.framework(a.frameworkKey))
            m_frameworks.insert(a.id, fw.value());
        const auto data = wb.loadAssessment(a.id);
        if (!data)
            continue;
        for (const Action &action : data->actions)
            m_actions.insert(action.id, action.text);
        for (const Consensus &c : data->consensus) {
            for (const Evidence &e : c.evidence)
                m_evidence.insert(e.id, e.title);
        }
        for (const StandardJudgement &j : data->standards) {
            for (const Evidence &e : j.evidence)
                m_evidence.insert(e.id, e.title);
        }
    }
}

QString AuditText::author(const AuditEntry &e)
{
    if (is(e.via, "device"))
        return tr("%1 (own device)", "audit: a trustee rating on their own phone or laptop")
            .arg(e.actor);
    return e.actor;
}

QString AuditText::indicatorName(qint64 assessmentId, const QString &id) const
{
    const auto fw = m_frameworks.constFind(assessmentId);
    const Indicator *indicator = fw != m_frameworks.cend() ? fw->findIndicator(id) : nullptr;
    // Evidence and actions may be about a standard as well as an indicator.
    if (!indicator)
        return standardName(assessmentId, id);
    const auto [d, i] = fw->indicatorIndex.value(id);
    return tr("%1 %2.%3").arg(fw->domains[d].title).arg(d + 1).arg(i + 1);
}

QString AuditText::standardName(qint64 assessmentId, const QString &id) const
{
    const auto fw = m_frameworks.constFind(assessmentId);
    const Standard *standard = fw != m_frameworks.cend() ? fw->findStandard(id) : nullptr;
    if (!standard)
        return id;
    // Named with its domain, as indicators are, so that the trail reads (and
    // filters) by domain.
    return tr("%1 · %2", "audit: a domain and one of its standards or measures")
        .arg(domainName(assessmentId, id.section(u'.', 0, 0)), standard->text);
}

QString AuditText::measureName(qint64 assessmentId, const QString &id) const
{
    const auto fw = m_frameworks.constFind(assessmentId);
    const Measure *measure = fw != m_frameworks.cend() ? fw->findMeasure(id) : nullptr;
    if (!measure)
        return id;
    const QString title = measure->unit.isEmpty()
        ? measure->title
        : tr("%1 (%2)", "audit: a measure and its unit").arg(measure->title, measure->unit);
    return tr("%1 · %2", "audit: a domain and one of its standards or measures")
        .arg(domainName(assessmentId, id.section(u'.', 0, 0)), title);
}

QString AuditText::domainName(qint64 assessmentId, const QString &id) const
{
    const auto fw = m_frameworks.constFind(assessmentId);
    const int index = fw != m_frameworks.cend() ? fw->domainIndex(id) : -1;
    return index >= 0 ? fw->domains[index].title : id;
}

QString AuditText::value(const AuditEntry &e, const QString &raw) const
{
    const QString &f = e.field;
    // Before and after are both worth reading: "met → not met", and not
    // judged (stored as empty) says so rather than showing nothing.
    if (is(f, "result") && is(e.entity, "standard")) {
        if (raw.isEmpty())
            return tr("not judged", "audit: a baseline standard");
        if (is(raw, "met"))
            return tr("met", "audit: a baseline standard");
        if (is(raw, "not-met"))
            return tr("not met", "audit: a baseline standard");
        return raw;
    }
    if (raw.isEmpty())
        return raw;
    if (is(f, "level")) {
        if (raw == QLatin1String("na"))
            return Labels::ratingValue(Scale {}, RatingValue::notApplicable());
        const auto fw = m_frameworks.constFind(e.assessmentId);
        bool number = false;
        const double level = raw.toDouble(&number);
        if (!number)
            return raw;
        return fw != m_frameworks.cend() ? Labels::ratingValue(fw->scale, RatingValue::of(level))
                                         : raw;
    }
    if (is(f, "confidence"))
        return Labels::confidence(confidenceFromKey(raw).value_or(Confidence::Unstated));
    if (is(f, "status") && is(e.entity, "action"))
        return Labels::actionStatus(actionStatusFromKey(raw).value_or(ActionStatus::Open));
    if (is(f, "status"))
        return is(raw, "final") ? tr("final") : is(raw, "draft") ? tr("draft") : raw;
    if (is(f, "confidential") || is(f, "retired"))
        return is(raw, "yes") ? tr("yes") : is(raw, "no") ? tr("no") : raw;
    if (is(f, "indicator"))
        return indicatorName(e.assessmentId, raw);
    if (is(f, "domain"))
        return domainName(e.assessmentId, raw);
    if (is(f, "started from") && &raw == &e.newValue) {
        bool number = false;
        const int carried = raw.toInt(&number);
        return number ? tr("%n open action(s) carried forward", nullptr, carried) : raw;
    }
    return raw;
}

AuditLine AuditText::describe(const AuditEntry &e) const
{
    AuditLine line;
    const QString &entity = e.entity;
    const QString trustee = m_trustees.value(e.trusteeId, e.label);
    if (is(entity, "rating")) {
        line.what = tr("Rating");
        line.subject = tr("%1 · %2").arg(trustee, indicatorName(e.assessmentId, e.subject));
    } else if (is(entity, "consensus")) {
        line.what = tr("Consensus");
        line.subject = indicatorName(e.assessmentId, e.subject);
    } else if (is(entity, "evidence")) {
        line.what = tr("Evidence");
        const QString title = m_evidence.value(e.recordId, e.label);
        line.subject = title.isEmpty()
            ? indicatorName(e.assessmentId, e.subject)
            : tr("%1 · %2").arg(indicatorName(e.assessmentId, e.subject), title);
    } else if (is(entity, "action")) {
        line.what = tr("Action");
        line.subject = m_actions.value(e.recordId, e.label);
        if (!e.subject.isEmpty()) {
            const QString about = e.subject.contains(u'.')
                ? indicatorName(e.assessmentId, e.subject)
                : domainName(e.assessmentId, e.subject);
            line.subject = tr("%1 · %2").arg(line.subject, about);
        }
    } else if (is(entity, "change reason")) {
        line.what = tr("Reason for change");
        line.subject = domainName(e.assessmentId, e.subject);
    } else if (is(entity, "narrative")) {
        line.what = tr("The board's words");
        line.subject
            = is(e.subject, "summary") ? tr("Summary") : domainName(e.assessmentId, e.subject);
    } else if (is(entity, "standard")) {
        line.what = tr("Standard");
        line.subject = standardName(e.assessmentId, e.subject);
    } else if (is(entity, "measure")) {
        line.what = tr("Measure");
        line.subject = measureName(e.assessmentId, e.subject);
    } else if (is(entity, "amendment")) {
        line.what = tr("Amendment");
        line.subject = e.subject;
    } else if (is(entity, "trustee")) {
        line.what = tr("Trustee");
        line.subject = trustee;
    } else if (is(entity, "trust")) {
        line.what = tr("Trust");
        line.subject = e.label;
    } else if (is(entity, "framework")) {
        line.what = tr("Framework");
        line.subject = e.subject;
    } else if (is(entity, "assessment")) {
        line.what = tr("Assessment");
        line.subject = e.subject;
    } else {
        line.what = entity;
        line.subject = e.subject.isEmpty() ? e.label : e.subject;
    }
    static const QHash<QString, const char *> fields {
        { QStringLiteral("level"), QT_TR_NOOP("level") },
        { QStringLiteral("note"), QT_TR_NOOP("note") },
        { QStringLiteral("rationale"), QT_TR_NOOP("rationale") },
        { QStringLiteral("confidence"), QT_TR_NOOP("confidence") },
        { QStringLiteral("added"), QT_TR_NOOP("added") },
        { QStringLiteral("removed"), QT_TR_NOOP("removed") },
        { QStringLiteral("restored"), QT_TR_NOOP("restored") },
        { QStringLiteral("changed"), QT_TR_NOOP("changed") },
        { QStringLiteral("title"), QT_TR_NOOP("title") },
        { QStringLiteral("ref"), QT_TR_NOOP("reference") },
        { QStringLiteral("date"), QT_TR_NOOP("date") },
        { QStringLiteral("confidential"), QT_TR_NOOP("confidential") },
        { QStringLiteral("domain"), QT_TR_NOOP("domain") },
        { QStringLiteral("indicator"), QT_TR_NOOP("indicator") },
        { QStringLiteral("text"), QT_TR_NOOP("text") },
        { QStringLiteral("owner"), QT_TR_NOOP("owner") },
        { QStringLiteral("due"), QT_TR_NOOP("due") },
        { QStringLiteral("status"), QT_TR_NOOP("status") },
        { QStringLiteral("name"), QT_TR_NOOP("name") },
        { QStringLiteral("role"), QT_TR_NOOP("role") },
        { QStringLiteral("retired"), QT_TR_NOOP("retired") },
        { QStringLiteral("stored"), QT_TR_NOOP("stored") },
        { QStringLiteral("created"), QT_TR_NOOP("created") },
        { QStringLiteral("started from"), QT_TR_NOOP("started from") },
        { QStringLiteral("meeting date"), QT_TR_NOOP("meeting date") },
        { QStringLiteral("chair"), QT_TR_NOOP("chair") },
        { QStringLiteral("signed on"), QT_TR_NOOP("signed on") },
        { QStringLiteral("minute"), QT_TR_NOOP("minute") },
        { QStringLiteral("reason"), QT_TR_NOOP("reason") },
        { QStringLiteral("amendment"), QT_TR_NOOP("amendment") },
        { QStringLiteral("result"), QT_TR_NOOP("result") },
        { QStringLiteral("value"), QT_TR_NOOP("value") },
        { QStringLiteral("as of"), QT_TR_NOOP("as of") },
        { QStringLiteral("source"), QT_TR_NOOP("source") },
        { QStringLiteral("target min"), QT_TR_NOOP("target minimum") },
        { QStringLiteral("target max"), QT_TR_NOOP("target maximum") },
    };
    const auto field = fields.constFind(e.field);
    line.field = field != fields.cend() ? tr(*field) : e.field;
    line.oldValue = value(e, e.oldValue);
    line.newValue = value(e, e.newValue);
    return line;
}

} // namespace strongtrust
