#include "app/WorkbookSession.h"

#include "app/EditCommands.h"
#include "framework/FrameworkLoader.h"
#include "scoring/StoredScores.h"

#include <QLocale>
#include <QVersionNumber>

#include <algorithm>

namespace strongtrust::app {

namespace {

// A value as the undo history names it: the level's label.
QString describe(const Framework &fw, const RatingValue &v)
{
    if (v.isNotApplicable())
        return WorkbookSession::tr("not applicable");
    if (!v.isLevel())
        return WorkbookSession::tr("unrated");
    const int i = fw.scale.indexOf(v.level);
    return i >= 0 ? fw.scale.levels[i].label : formatLevelValue(v.level);
}

template <typename List, typename Match> auto findIn(List &list, Match match)
{
    return std::find_if(list.begin(), list.end(), match);
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
    auto scored = scoreStoredAssessment(*m_workbook, id);
    if (!scored)
        return scored.errors();
    m_data = std::move(scored.value().data);
    m_framework = std::move(scored.value().framework);
    m_raters = std::move(scored.value().raters);
    m_scores = std::move(scored.value().scores);
    m_trustees = m_workbook->trustees();
    m_previous = m_workbook->previousAssessment(id);
    m_previousScores.reset();
    if (m_previous) {
        if (auto previous = scoreStoredAssessment(*m_workbook, m_previous->id)) {
            m_previousFramework = std::move(previous.value().framework);
            m_previousScores = std::move(previous.value().scores);
        } else {
            m_previous.reset();
        }
    }
    loadEarlierMeasures();
    // Undo history belongs to one assessment's view of the data.
    m_undo.clear();
    m_outsideChanges.clear();
    Q_EMIT assessmentChanged();
    return success();
}

Status WorkbookSession::selectPeriod(const QString &period)
{
    const auto a = m_workbook->assessmentForPeriod(period);
    if (!a)
        return Diagnostic { path(), 0, 0, {}, tr("no assessment for %1").arg(period) };
    return selectAssessment(a->id);
}

void WorkbookSession::rescore()
{
    if (m_data)
        m_scores = scoreAssessment(m_framework, *m_data, m_raters);
}

void WorkbookSession::changed(const QString &indicator)
{
    rescore();
    Q_EMIT dataChanged(indicator);
    Q_EMIT saved();
}

bool WorkbookSession::refuseIfReadOnly()
{
    if (!m_workbook->isReadOnly())
        return false;
    Q_EMIT problem(whyReadOnly());
    return true;
}

void WorkbookSession::push(QUndoCommand *command)
{
    if (!canEdit()) {
        delete command;
        Q_EMIT problem(whyReadOnly() + u' ' + tr("Nothing was changed."));
        return;
    }
    m_undo.push(command);
}

Consensus &WorkbookSession::consensusEntry(const QString &indicator)
{
    auto it
        = findIn(m_data->consensus, [&](const Consensus &c) { return c.indicator == indicator; });
    if (it != m_data->consensus.end())
        return *it;
    Consensus c;
    c.indicator = indicator;
    m_data->consensus.append(c);
    return m_data->consensus.last();
}

Rating WorkbookSession::rating(qint64 trusteeId, const QString &indicator) const
{
    if (m_data) {
        for (const Rating &r : m_data->ratings) {
            if (r.trusteeId == trusteeId && r.indicator == indicator)
                return r;
        }
    }
    return Rating { trusteeId, indicator, RatingValue::unrated(), {} };
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

QString WorkbookSession::trusteeName(qint64 id) const
{
    for (const Trustee &t : m_trustees) {
        if (t.id == id)
            return t.name;
    }
    return tr("a trustee");
}

// --- ratings stored by someone else

void WorkbookSession::takeStoredRating(
    qint64 trusteeId, const QString &indicator, const std::optional<Rating> &stored)
{
    if (!m_data)
        return;
    ++m_outsideChanges[qMakePair(trusteeId, indicator)];
    auto it = findIn(m_data->ratings,
        [&](const Rating &x) { return x.trusteeId == trusteeId && x.indicator == indicator; });
    if (!stored) {
        if (it != m_data->ratings.end())
            m_data->ratings.erase(it);
    } else if (it != m_data->ratings.end()) {
        *it = *stored;
    } else {
        m_data->ratings.append(*stored);
    }
    // A trustee who was not expected (retired since) still counts once rated.
    if (stored && !m_raters.contains(trusteeId))
        m_raters = m_workbook->raters(m_data->info.id);
    changed(indicator);
}

int WorkbookSession::outsideChanges(qint64 trusteeId, const QString &indicator) const
{
    return m_outsideChanges.value(qMakePair(trusteeId, indicator));
}

Status WorkbookSession::storeRatingUnlessChanged(const Rating &r, int outsideChangesSeen)
{
    if (outsideChanges(r.trusteeId, r.indicator) != outsideChangesSeen) {
        const QString why
            = tr("Not changed: %1 has rated this indicator from their own device since, and "
                 "their rating stands. Change it in the table if the board agrees.")
                  .arg(trusteeName(r.trusteeId));
        Q_EMIT problem(why);
        return Diagnostic { path(), 0, 0, {}, why };
    }
    return storeRating(r);
}

// --- the edit path

Status WorkbookSession::storeRating(const Rating &r)
{
    if (!m_data)
        return success();
    auto stored = reported(
        m_workbook->setRating(m_data->info.id, r.trusteeId, r.indicator, r.value, r.note));
    if (!stored)
        return stored.errors();
    auto it = findIn(m_data->ratings,
        [&](const Rating &x) { return x.trusteeId == r.trusteeId && x.indicator == r.indicator; });
    if (!stored.value()) {
        if (it != m_data->ratings.end())
            m_data->ratings.erase(it);
    } else if (it != m_data->ratings.end()) {
        *it = *stored.value();
    } else {
        m_data->ratings.append(*stored.value());
    }
    changed(r.indicator);
    return success();
}

Status WorkbookSession::storeConsensus(const Consensus &c)
{
    if (!m_data)
        return success();
    auto stored = reported(
        m_workbook->setConsensus(m_data->info.id, c.indicator, c.value, c.rationale, c.confidence));
    if (!stored)
        return stored.errors();
    Consensus &entry = consensusEntry(c.indicator);
    const Consensus now = stored.value().value_or(Consensus { c.indicator, {}, {}, {}, {} });
    entry.value = now.value; // its evidence is not part of this edit
    entry.rationale = now.rationale;
    entry.confidence = now.confidence;
    changed(c.indicator);
    return success();
}

Result<Evidence> WorkbookSession::storeNewEvidence(
    const QString &indicator, const Evidence &evidence)
{
    if (!m_data)
        return Diagnostic { path(), 0, 0, {}, tr("no assessment is open") };
    auto stored = reported(m_workbook->addEvidence(m_data->info.id, indicator, evidence));
    if (!stored)
        return stored;
    evidenceEntry(indicator).append(stored.value());
    changed(indicator);
    return stored;
}

Status WorkbookSession::storeEvidence(const QString &indicator, const Evidence &evidence)
{
    if (!m_data)
        return success();
    auto stored = reported(m_workbook->updateEvidence(m_data->info.id, evidence));
    if (!stored)
        return stored.errors();
    QList<Evidence> &list = evidenceEntry(indicator);
    if (auto it = findIn(list, [&](const Evidence &e) { return e.id == evidence.id; });
        it != list.end())
        *it = stored.value();
    changed(indicator);
    return success();
}

Result<RemovedEvidence> WorkbookSession::storeEvidenceRemoval(qint64 evidenceId)
{
    if (!m_data)
        return Diagnostic { path(), 0, 0, {}, tr("no assessment is open") };
    auto removed = reported(m_workbook->removeEvidence(m_data->info.id, evidenceId));
    if (!removed)
        return removed;
    QList<Evidence> &list = evidenceEntry(removed->indicator);
    list.erase(std::remove_if(
                   list.begin(), list.end(), [&](const Evidence &e) { return e.id == evidenceId; }),
        list.end());
    if (m_framework.findStandard(removed->indicator))
        tidyStandard(removed->indicator);
    changed(removed->indicator);
    return removed;
}

Status WorkbookSession::storeEvidenceRestore(const RemovedEvidence &removed)
{
    if (!m_data)
        return success();
    if (auto restored = reported(m_workbook->records().restoreEvidence(m_data->info.id, removed));
        !restored)
        return restored.errors();
    // Back in its place: the list as stored, in its order.
    auto list = reported(m_workbook->records().evidence(m_data->info.id, removed.indicator));
    if (!list)
        return list.errors();
    evidenceEntry(removed.indicator) = list.value();
    changed(removed.indicator);
    return success();
}

Result<Action> WorkbookSession::storeNewAction(const Action &action)
{
    if (!m_data)
        return Diagnostic { path(), 0, 0, {}, tr("no assessment is open") };
    auto stored = reported(m_workbook->addAction(m_data->info.id, action));
    if (!stored)
        return stored;
    m_data->actions.append(stored.value());
    changed(action.indicator);
    return stored;
}

Status WorkbookSession::storeAction(const Action &action)
{
    if (!m_data)
        return success();
    auto stored = reported(m_workbook->updateAction(m_data->info.id, action));
    if (!stored)
        return stored.errors();
    auto it = findIn(m_data->actions, [&](const Action &a) { return a.id == action.id; });
    if (it != m_data->actions.end())
        *it = stored.value();
    changed(action.indicator);
    return success();
}

Result<RemovedAction> WorkbookSession::storeActionRemoval(qint64 actionId)
{
    if (!m_data)
        return Diagnostic { path(), 0, 0, {}, tr("no assessment is open") };
    auto removed = reported(m_workbook->removeAction(m_data->info.id, actionId));
    if (!removed)
        return removed;
    m_data->actions.erase(std::remove_if(m_data->actions.begin(), m_data->actions.end(),
                              [&](const Action &a) { return a.id == actionId; }),
        m_data->actions.end());
    changed(removed->action.indicator);
    return removed;
}

Status WorkbookSession::storeActionRestore(const RemovedAction &removed)
{
    if (!m_data)
        return success();
    if (auto restored = reported(m_workbook->records().restoreAction(m_data->info.id, removed));
        !restored)
        return restored.errors();
    auto list = reported(m_workbook->records().actions(m_data->info.id));
    if (!list)
        return list.errors();
    m_data->actions = list.value();
    changed(removed.action.indicator);
    return success();
}

Status WorkbookSession::storeNarrative(const QString &domainId, const QString &text)
{
    if (!m_data)
        return success();
    auto stored = reported(m_workbook->setNarrative(m_data->info.id, domainId, text));
    if (!stored)
        return stored.errors();
    BoardNarrative &words = m_data->narrative;
    if (domainId.isEmpty())
        words.summary = stored.value();
    else if (stored.value().isEmpty())
        words.domains.remove(domainId);
    else
        words.domains.insert(domainId, stored.value());
    Q_EMIT narrativeChanged(domainId);
    Q_EMIT saved();
    return success();
}

Status WorkbookSession::storeTrustName(const QString &name)
{
    if (auto s = reported(m_workbook->setTrustName(name)); !s)
        return s;
    Q_EMIT trusteesChanged();
    Q_EMIT saved();
    return success();
}

Result<qint64> WorkbookSession::storeNewTrustee(const QString &name, const QString &role)
{
    auto id = reported(m_workbook->addTrustee(name, role));
    if (!id)
        return id;
    m_trustees = m_workbook->trustees();
    if (m_data)
        m_raters = m_workbook->raters(m_data->info.id);
    Q_EMIT trusteesChanged();
    changed({});
    return id;
}

Status WorkbookSession::storeTrusteeName(qint64 id, const QString &name)
{
    if (auto s = reported(m_workbook->renameTrustee(id, name)); !s)
        return s;
    m_trustees = m_workbook->trustees();
    Q_EMIT trusteesChanged();
    changed({});
    return success();
}

Status WorkbookSession::storeTrusteeRole(qint64 id, const QString &role)
{
    if (auto s = reported(m_workbook->setTrusteeRole(id, role)); !s)
        return s;
    m_trustees = m_workbook->trustees();
    Q_EMIT trusteesChanged();
    changed({});
    return success();
}

Status WorkbookSession::storeTrusteeRetired(qint64 id, bool retired)
{
    if (auto s = reported(m_workbook->setTrusteeRetired(id, retired)); !s)
        return s;
    m_trustees = m_workbook->trustees();
    if (m_data)
        m_raters = m_workbook->raters(m_data->info.id);
    Q_EMIT trusteesChanged();
    changed({});
    return success();
}

// --- edits as undo commands

void WorkbookSession::setRating(
    qint64 trusteeId, const QString &indicator, const RatingValue &value, const QString &note)
{
    if (!m_data)
        return;
    const Rating old = rating(trusteeId, indicator);
    if (old.value == value && old.note == note)
        return;
    const QString who = trusteeName(trusteeId);
    const QString text = old.note != note && old.value == value
        ? tr("Note of %1").arg(who)
        : tr("%1 rates %2").arg(who, describe(m_framework, value));
    push(new RatingCommand(this, text, old, Rating { trusteeId, indicator, value, note }));
}

void WorkbookSession::setRatingValue(
    qint64 trusteeId, const QString &indicator, const RatingValue &value)
{
    setRating(trusteeId, indicator, value, rating(trusteeId, indicator).note);
}

void WorkbookSession::setConsensus(const QString &indicator, const RatingValue &value,
    const QString &rationale, Confidence confidence)
{
    if (!m_data)
        return;
    const Consensus old = consensus(indicator);
    if (old.value == value && old.rationale == rationale && old.confidence == confidence)
        return;
    const QString text = old.value == value ? tr("Consensus rationale")
                                            : tr("Consensus: %1").arg(describe(m_framework, value));
    Consensus next = old;
    next.value = value;
    next.rationale = rationale;
    next.confidence = confidence;
    push(new ConsensusCommand(this, text, old, next));
}

void WorkbookSession::setConsensusValue(const QString &indicator, const RatingValue &value)
{
    const Consensus c = consensus(indicator);
    setConsensus(indicator, value, c.rationale, c.confidence);
}

void WorkbookSession::agreeLevel(const QString &indicator, int position)
{
    const Scale &scale = m_framework.scale;
    if (position < 0) {
        if (scale.allowNotApplicable)
            setConsensusValue(indicator, RatingValue::notApplicable());
        return;
    }
    if (position < scale.levels.size())
        setConsensusValue(indicator, RatingValue::of(scale.levels[position].value));
}

void WorkbookSession::addEvidence(const QString &indicator, const Evidence &evidence)
{
    if (m_data)
        push(new AddEvidenceCommand(this, indicator, evidence));
}

void WorkbookSession::updateEvidence(
    const QString &indicator, const Evidence &before, const Evidence &after)
{
    if (m_data)
        push(new EditEvidenceCommand(this, indicator, before, after));
}

void WorkbookSession::removeEvidence(const QString &indicator, const Evidence &evidence)
{
    if (m_data)
        push(new RemoveEvidenceCommand(this, indicator, evidence.id));
}

void WorkbookSession::addAction(const Action &action)
{
    if (m_data)
        push(new AddActionCommand(this, action));
}

void WorkbookSession::updateAction(const Action &before, const Action &after)
{
    if (m_data)
        push(new EditActionCommand(this, before, after));
}

void WorkbookSession::removeAction(const Action &action)
{
    if (m_data)
        push(new RemoveActionCommand(this, action.id, action.indicator));
}

void WorkbookSession::setNarrative(const QString &domainId, const QString &text, bool typing)
{
    if (!m_data)
        return;
    const QString before = m_data->narrative.text(domainId);
    if (before == NarrativeStore::normalised(text))
        return;
    push(new NarrativeCommand(this, domainId, before, text, typing));
}

void WorkbookSession::setTrustName(const QString &name)
{
    const QString old = m_workbook->trustName();
    if (old == name.simplified() || refuseIfReadOnly())
        return;
    m_undo.push(new TrustNameCommand(this, old, name));
}

void WorkbookSession::addTrustee(const QString &name, const QString &role)
{
    if (refuseIfReadOnly())
        return;
    m_undo.push(new AddTrusteeCommand(this, name, role));
}

void WorkbookSession::renameTrustee(qint64 id, const QString &name)
{
    const auto t = m_workbook->trustee(id);
    if (!t || t->name == name.simplified() || refuseIfReadOnly())
        return;
    m_undo.push(new TrusteeCommand(
        this, tr("Rename trustee"), id, TrusteeCommand::Field::Name, t->name, name));
}

void WorkbookSession::setTrusteeRole(qint64 id, const QString &role)
{
    const auto t = m_workbook->trustee(id);
    if (!t || t->role == role.simplified() || refuseIfReadOnly())
        return;
    m_undo.push(new TrusteeCommand(
        this, tr("Trustee role"), id, TrusteeCommand::Field::Role, t->role, role));
}

void WorkbookSession::setTrusteeRetired(qint64 id, bool retired)
{
    const auto t = m_workbook->trustee(id);
    if (!t || t->retired == retired || refuseIfReadOnly())
        return;
    m_undo.push(new TrusteeCommand(this, retired ? tr("Retire trustee") : tr("Reinstate trustee"),
        id, TrusteeCommand::Field::Retired, t->retired, retired));
}

NewPeriodOffer WorkbookSession::newPeriodOffer(const QString &suggested) const
{
    NewPeriodOffer offer;
    offer.suggested = suggested;
    const QList<AssessmentInfo> all = m_workbook->assessments();
    const auto current = m_workbook->framework(
        all.isEmpty() ? m_workbook->defaultFrameworkKey() : all.last().frameworkKey);
    if (!current)
        return offer;
    const auto name = [](const Framework &fw) { return tr("%1 %2").arg(fw.title, fw.version); };
    offer.currentFramework = name(current.value());
    const Framework &builtIn = FrameworkLoader::builtIn();
    if (current->json == builtIn.json
        || (current->id == builtIn.id && current->version == builtIn.version))
        return offer;
    offer.builtInFramework = name(builtIn);
    offer.builtInAddsBaseline = current->standardCount() + current->measureCount() == 0
        && builtIn.standardCount() + builtIn.measureCount() > 0;
    // An earlier edition of the built-in framework moves on by default; a
    // trust's own framework stays unless the clerk chooses otherwise.
    offer.preferBuiltIn = current->id == builtIn.id
        && QVersionNumber::fromString(current->version)
            < QVersionNumber::fromString(builtIn.version);
    return offer;
}

Result<qint64> WorkbookSession::startPeriod(
    const QString &period, const QString &title, const Framework *framework)
{
    if (m_workbook->isReadOnly())
        return Diagnostic { path(), 0, 0, {}, whyReadOnly() };
    // From the latest period: its framework (or the one given), open actions
    // and the trust's own targets carried forward.
    const QList<AssessmentInfo> all = m_workbook->assessments();
    auto id = all.isEmpty() ? m_workbook->startFirstPeriod(period, title, framework)
        : framework         ? m_workbook->startPeriodOn(all.last().id, period, title, *framework)
                            : m_workbook->startPeriodFrom(all.last().id, period, title);
    if (!id)
        return id;
    if (auto s = selectAssessment(id.value()); !s)
        return s.errors();
    Q_EMIT saved();
    return id;
}

} // namespace strongtrust::app
