#include "app/WorkbookSession.h"

#include <QUndoCommand>

#include <algorithm>

namespace strongtrust::app {

namespace {

// One edit as an undo command: redo and undo each write through the workbook
// at once. A change the workbook refuses is reported and dropped from the
// stack, so that undo never replays something that did not happen.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(WorkbookSession *session, const QString &text, QString indicator, std::function<Status()> redo,
                std::function<Status()> undo, WorkbookSession::Patch redoPatch = {}, WorkbookSession::Patch undoPatch = {})
        : QUndoCommand(text), m_session(session), m_indicator(std::move(indicator)), m_redo(std::move(redo)),
          m_undo(std::move(undo)), m_redoPatch(std::move(redoPatch)), m_undoPatch(std::move(undoPatch))
    {
    }

    void redo() override
    {
        if (!m_session->apply(m_redo, m_indicator, m_redoPatch))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_session->apply(m_undo, m_indicator, m_undoPatch))
            setObsolete(true);
    }

private:
    WorkbookSession *m_session;
    QString m_indicator;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    WorkbookSession::Patch m_redoPatch;
    WorkbookSession::Patch m_undoPatch;
};

// The loaded data after a rating is stored as the workbook stores it: an
// unrated value with no note is no rating at all.
WorkbookSession::Patch ratingPatch(const Rating &r)
{
    return [r](AssessmentData &data) {
        auto it = std::find_if(data.ratings.begin(), data.ratings.end(), [&](const Rating &x) {
            return x.trusteeId == r.trusteeId && x.indicator == r.indicator;
        });
        const bool remove = r.value.isUnrated() && r.note.isEmpty();
        if (it != data.ratings.end()) {
            if (remove)
                data.ratings.erase(it);
            else
                *it = r;
        } else if (!remove) {
            data.ratings.append(r);
        }
    };
}

WorkbookSession::Patch consensusPatch(const Consensus &c)
{
    return [c](AssessmentData &data) {
        auto it = std::find_if(data.consensus.begin(), data.consensus.end(),
                               [&](const Consensus &x) { return x.indicator == c.indicator; });
        if (it == data.consensus.end()) {
            data.consensus.append(c);
            return;
        }
        it->value = c.value; // evidence is not part of this edit
        it->rationale = c.rationale;
        it->confidence = c.confidence;
    };
}

QString describe(const Framework &fw, const RatingValue &v)
{
    if (v.isNotApplicable())
        return WorkbookSession::tr("not applicable");
    if (!v.isLevel())
        return WorkbookSession::tr("unrated");
    const int i = fw.scale.indexOf(v.level);
    return i >= 0 ? fw.scale.levels[i].label : formatLevelValue(v.level);
}

} // namespace

WorkbookSession::WorkbookSession(std::unique_ptr<Workbook> workbook, QObject *parent)
    : QObject(parent), m_workbook(std::move(workbook))
{
    m_trustees = m_workbook->trustees();
    if (auto fw = m_workbook->framework(m_workbook->defaultFrameworkKey()))
        m_framework = fw.value();
    const QList<AssessmentInfo> all = m_workbook->assessments();
    // Open on the latest period: the one a board is working on.
    if (!all.isEmpty())
        (void)selectAssessment(all.last().id);
}

WorkbookSession::~WorkbookSession()
{
    // Commands refer to this session; clear them before its members go.
    m_undo.clear();
}

bool WorkbookSession::canEdit() const
{
    return !m_workbook->isReadOnly() && (!m_data || !m_data->info.isFinal());
}

QString WorkbookSession::whyReadOnly() const
{
    if (m_workbook->isReadOnly())
        return tr("Read-only: %1.").arg(m_workbook->readOnlyReason());
    if (m_data && m_data->info.isFinal())
        return tr("The %1 assessment is final: signed off by %2 on %3. It cannot be changed.")
            .arg(m_data->info.period, m_data->info.signOff.chair,
                 QLocale().toString(m_data->info.signOff.date, QLocale::LongFormat));
    return {};
}

Status WorkbookSession::selectAssessment(qint64 id)
{
    auto data = m_workbook->loadAssessment(id);
    if (!data)
        return data.errors();
    auto fw = m_workbook->framework(data->info.frameworkKey);
    if (!fw)
        return fw.errors();
    m_data = std::move(data).value();
    m_framework = fw.value();
    m_raters = m_workbook->raters(id);
    m_previous = m_workbook->previousAssessment(id);
    m_previousScores.reset();
    if (m_previous) {
        auto prevData = m_workbook->loadAssessment(m_previous->id);
        auto prevFw = m_workbook->framework(m_previous->frameworkKey);
        if (prevData && prevFw) {
            m_previousFramework = prevFw.value();
            m_previousScores = scoreAssessment(m_previousFramework, prevData.value(), m_workbook->raters(m_previous->id));
        } else {
            m_previous.reset();
        }
    }
    // Undo history belongs to one assessment's view of the data.
    m_undo.clear();
    rescore();
    Q_EMIT assessmentChanged();
    return success();
}

Status WorkbookSession::selectPeriod(const QString &period)
{
    const auto a = m_workbook->assessmentForPeriod(period);
    if (!a)
        return Diagnostic{path(), 0, 0, {}, tr("no assessment for %1").arg(period)};
    return selectAssessment(a->id);
}

void WorkbookSession::rescore()
{
    if (m_data)
        m_scores = scoreAssessment(m_framework, *m_data, m_raters);
}

Status WorkbookSession::reload()
{
    m_trustees = m_workbook->trustees();
    if (!m_data)
        return success();
    auto data = m_workbook->loadAssessment(m_data->info.id);
    if (!data)
        return data.errors();
    m_data = std::move(data).value();
    m_raters = m_workbook->raters(m_data->info.id);
    rescore();
    return success();
}

Status WorkbookSession::apply(const std::function<Status()> &change, const QString &indicator, const Patch &patch)
{
    Status s = change();
    if (!s) {
        Q_EMIT problem(s.errorText());
        return s;
    }
    if (patch && m_data) {
        patch(*m_data);
        rescore();
    } else if (auto r = reload(); !r) {
        Q_EMIT problem(r.errorText());
        return r;
    }
    Q_EMIT dataChanged(indicator);
    Q_EMIT saved();
    return success();
}

void WorkbookSession::push(const QString &text, const QString &indicator, std::function<Status()> redo,
                           std::function<Status()> undo, Patch redoPatch, Patch undoPatch)
{
    if (!canEdit()) {
        Q_EMIT problem(whyReadOnly() + u' ' + tr("Nothing was changed."));
        return;
    }
    m_undo.push(new EditCommand(this, text, indicator, std::move(redo), std::move(undo), std::move(redoPatch),
                                std::move(undoPatch)));
}

Rating WorkbookSession::rating(qint64 trusteeId, const QString &indicator) const
{
    if (m_data) {
        for (const Rating &r : m_data->ratings) {
            if (r.trusteeId == trusteeId && r.indicator == indicator)
                return r;
        }
    }
    return Rating{trusteeId, indicator, RatingValue::unrated(), {}};
}

Consensus WorkbookSession::consensus(const QString &indicator) const
{
    if (m_data) {
        if (const Consensus *c = m_data->consensusFor(indicator))
            return *c;
    }
    Consensus c;
    c.indicator = indicator;
    return c;
}

void WorkbookSession::setRating(qint64 trusteeId, const QString &indicator, const RatingValue &value, const QString &note)
{
    if (!m_data)
        return;
    const Rating old = rating(trusteeId, indicator);
    if (old.value == value && old.note == note)
        return;
    const qint64 a = m_data->info.id;
    QString who;
    for (const Trustee &t : m_trustees)
        who = t.id == trusteeId ? t.name : who;
    const QString text = old.note != note && old.value == value
                             ? tr("Note of %1").arg(who)
                             : tr("%1 rates %2").arg(who, describe(m_framework, value));
    push(text, indicator, [this, a, trusteeId, indicator, value, note] {
        return m_workbook->setRating(a, trusteeId, indicator, value, note);
    }, [this, a, old] { return m_workbook->setRating(a, old.trusteeId, old.indicator, old.value, old.note); },
         ratingPatch(Rating{trusteeId, indicator, value, note}), ratingPatch(old));
}

void WorkbookSession::setRatingValue(qint64 trusteeId, const QString &indicator, const RatingValue &value)
{
    setRating(trusteeId, indicator, value, rating(trusteeId, indicator).note);
}

void WorkbookSession::setConsensus(const QString &indicator, const RatingValue &value, const QString &rationale,
                                   Confidence confidence)
{
    if (!m_data)
        return;
    const Consensus old = consensus(indicator);
    if (old.value == value && old.rationale == rationale && old.confidence == confidence)
        return;
    const qint64 a = m_data->info.id;
    const QString text = old.value == value ? tr("Consensus rationale") : tr("Consensus: %1").arg(describe(m_framework, value));
    Consensus next = old;
    next.value = value;
    next.rationale = rationale;
    next.confidence = confidence;
    push(text, indicator, [this, a, indicator, value, rationale, confidence] {
        return m_workbook->setConsensus(a, indicator, value, rationale, confidence);
    }, [this, a, old] { return m_workbook->setConsensus(a, old.indicator, old.value, old.rationale, old.confidence); },
         consensusPatch(next), consensusPatch(old));
}

void WorkbookSession::setConsensusValue(const QString &indicator, const RatingValue &value)
{
    const Consensus c = consensus(indicator);
    setConsensus(indicator, value, c.rationale, c.confidence);
}

void WorkbookSession::addEvidence(const QString &indicator, const Evidence &evidence)
{
    if (!m_data)
        return;
    const qint64 a = m_data->info.id;
    auto id = std::make_shared<qint64>(0);
    push(tr("Add evidence"), indicator, [this, a, indicator, evidence, id]() -> Status {
        auto r = m_workbook->addEvidence(a, indicator, evidence);
        if (!r)
            return r.errors();
        *id = r.value();
        return success();
    }, [this, a, id] { return m_workbook->removeEvidence(a, *id); });
}

void WorkbookSession::updateEvidence(const QString &indicator, const Evidence &before, const Evidence &after)
{
    if (!m_data)
        return;
    const qint64 a = m_data->info.id;
    push(tr("Edit evidence"), indicator, [this, a, after] { return m_workbook->updateEvidence(a, after); },
         [this, a, before] { return m_workbook->updateEvidence(a, before); });
}

void WorkbookSession::removeEvidence(const QString &indicator, const Evidence &evidence)
{
    if (!m_data)
        return;
    const qint64 a = m_data->info.id;
    // Undo adds it back (with a new id), at the end of the list.
    auto id = std::make_shared<qint64>(evidence.id);
    push(tr("Remove evidence"), indicator, [this, a, id] { return m_workbook->removeEvidence(a, *id); },
         [this, a, indicator, evidence, id]() -> Status {
             auto r = m_workbook->addEvidence(a, indicator, evidence);
             if (!r)
                 return r.errors();
             *id = r.value();
             return success();
         });
}

void WorkbookSession::addAction(const Action &action)
{
    if (!m_data)
        return;
    const qint64 a = m_data->info.id;
    auto id = std::make_shared<qint64>(0);
    push(tr("Add action"), action.indicator, [this, a, action, id]() -> Status {
        auto r = m_workbook->addAction(a, action);
        if (!r)
            return r.errors();
        *id = r.value();
        return success();
    }, [this, a, id] { return m_workbook->removeAction(a, *id); });
}

void WorkbookSession::updateAction(const Action &before, const Action &after)
{
    if (!m_data)
        return;
    const qint64 a = m_data->info.id;
    push(tr("Edit action"), after.indicator, [this, a, after] { return m_workbook->updateAction(a, after); },
         [this, a, before] { return m_workbook->updateAction(a, before); });
}

void WorkbookSession::removeAction(const Action &action)
{
    if (!m_data)
        return;
    const qint64 a = m_data->info.id;
    auto id = std::make_shared<qint64>(action.id);
    push(tr("Remove action"), action.indicator, [this, a, id] { return m_workbook->removeAction(a, *id); },
         [this, a, action, id]() -> Status {
             auto r = m_workbook->addAction(a, action);
             if (!r)
                 return r.errors();
             *id = r.value();
             return success();
         });
}

void WorkbookSession::setTrustName(const QString &name)
{
    const QString old = m_workbook->trustName();
    if (old == name.simplified())
        return;
    if (m_workbook->isReadOnly()) {
        Q_EMIT problem(whyReadOnly());
        return;
    }
    m_undo.push(new EditCommand(this, tr("Rename trust"), {}, [this, name] { return m_workbook->setTrustName(name); },
                                [this, old] { return m_workbook->setTrustName(old); }));
    Q_EMIT trusteesChanged();
}

void WorkbookSession::addTrustee(const QString &name, const QString &role)
{
    if (m_workbook->isReadOnly()) {
        Q_EMIT problem(whyReadOnly());
        return;
    }
    // Undo of adding retires the trustee: a trustee's row is kept for the audit trail.
    auto id = std::make_shared<qint64>(0);
    m_undo.push(new EditCommand(this, tr("Add trustee %1").arg(name.simplified()), {}, [this, name, role, id]() -> Status {
        if (*id) // redo after undo: bring the same trustee back
            return m_workbook->setTrusteeRetired(*id, false);
        auto r = m_workbook->addTrustee(name, role);
        if (!r)
            return r.errors();
        *id = r.value();
        return success();
    }, [this, id] { return m_workbook->setTrusteeRetired(*id, true); }));
    Q_EMIT trusteesChanged();
}

void WorkbookSession::renameTrustee(qint64 id, const QString &name)
{
    const auto t = m_workbook->trustee(id);
    if (!t || t->name == name.simplified())
        return;
    if (m_workbook->isReadOnly()) {
        Q_EMIT problem(whyReadOnly());
        return;
    }
    const QString old = t->name;
    m_undo.push(new EditCommand(this, tr("Rename trustee"), {}, [this, id, name] { return m_workbook->renameTrustee(id, name); },
                                [this, id, old] { return m_workbook->renameTrustee(id, old); }));
    Q_EMIT trusteesChanged();
}

void WorkbookSession::setTrusteeRole(qint64 id, const QString &role)
{
    const auto t = m_workbook->trustee(id);
    if (!t || t->role == role.simplified())
        return;
    if (m_workbook->isReadOnly()) {
        Q_EMIT problem(whyReadOnly());
        return;
    }
    const QString old = t->role;
    m_undo.push(new EditCommand(this, tr("Trustee role"), {}, [this, id, role] { return m_workbook->setTrusteeRole(id, role); },
                                [this, id, old] { return m_workbook->setTrusteeRole(id, old); }));
    Q_EMIT trusteesChanged();
}

void WorkbookSession::setTrusteeRetired(qint64 id, bool retired)
{
    const auto t = m_workbook->trustee(id);
    if (!t || t->retired == retired)
        return;
    if (m_workbook->isReadOnly()) {
        Q_EMIT problem(whyReadOnly());
        return;
    }
    m_undo.push(new EditCommand(this, retired ? tr("Retire trustee") : tr("Reinstate trustee"), {},
                                [this, id, retired] { return m_workbook->setTrusteeRetired(id, retired); },
                                [this, id, retired] { return m_workbook->setTrusteeRetired(id, !retired); }));
    Q_EMIT trusteesChanged();
}

Result<qint64> WorkbookSession::startPeriod(const QString &period, const QString &title)
{
    if (m_workbook->isReadOnly())
        return Diagnostic{path(), 0, 0, {}, whyReadOnly()};
    // From the latest period: same framework, open actions carried forward.
    const QList<AssessmentInfo> all = m_workbook->assessments();
    auto id = all.isEmpty() ? m_workbook->createAssessment(period, title, m_workbook->defaultFrameworkKey())
                            : m_workbook->startPeriodFrom(all.last().id, period, title);
    if (!id)
        return id;
    if (auto s = selectAssessment(id.value()); !s)
        return s.errors();
    Q_EMIT saved();
    return id;
}

} // namespace strongtrust::app
