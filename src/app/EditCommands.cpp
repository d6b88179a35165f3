#include "app/EditCommands.h"

#include "app/WorkbookSession.h"

namespace strongtrust::app {

namespace {

// A refused change is dropped from the stack (QUndoStack removes an
// obsolete command after redo or undo).
void keepIf(QUndoCommand *command, bool done)
{
    if (!done)
        command->setObsolete(true);
}

} // namespace

// --- ratings

RatingCommand::RatingCommand(
    WorkbookSession *session, const QString &text, Rating before, Rating after)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_outsideChanges(session->outsideChanges(m_after.trusteeId, m_after.indicator))
{
}

void RatingCommand::redo()
{
    keepIf(this, bool(m_session->storeRatingUnlessChanged(m_after, m_outsideChanges)));
}

void RatingCommand::undo()
{
    keepIf(this, bool(m_session->storeRatingUnlessChanged(m_before, m_outsideChanges)));
}

bool RatingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RatingCommand *>(other);
    // Typing a note: the same rating, its level unchanged by either step.
    if (next->m_after.trusteeId != m_after.trusteeId || next->m_after.indicator != m_after.indicator
        || !(m_before.value == m_after.value) || !(next->m_before.value == next->m_after.value)
        || next->m_outsideChanges != m_outsideChanges)
        return false;
    m_after = next->m_after;
    return true;
}

ConsensusCommand::ConsensusCommand(
    WorkbookSession *session, const QString &text, Consensus before, Consensus after)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void ConsensusCommand::redo()
{
    keepIf(this, bool(m_session->storeConsensus(m_after)));
}

void ConsensusCommand::undo()
{
    keepIf(this, bool(m_session->storeConsensus(m_before)));
}

bool ConsensusCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ConsensusCommand *>(other);
    // Typing the rationale: the same indicator, its level and confidence unchanged.
    auto textOnly = [](const Consensus &a, const Consensus &b) {
        return a.value == b.value && a.confidence == b.confidence;
    };
    if (next->m_after.indicator != m_after.indicator || !textOnly(m_before, m_after)
        || !textOnly(next->m_before, next->m_after))
        return false;
    m_after = next->m_after;
    return true;
}

// --- baseline standards and measures

StandardCommand::StandardCommand(WorkbookSession *session, const QString &text,
    StandardJudgement before, StandardJudgement after)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void StandardCommand::redo()
{
    keepIf(this, bool(m_session->storeStandard(m_after)));
}

void StandardCommand::undo()
{
    keepIf(this, bool(m_session->storeStandard(m_before)));
}

bool StandardCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const StandardCommand *>(other);
    // Typing the note: the same standard, its result unchanged by either step.
    if (next->m_after.standard != m_after.standard || m_before.result != m_after.result
        || next->m_before.result != next->m_after.result)
        return false;
    m_after = next->m_after;
    return true;
}

MeasureCommand::MeasureCommand(
    WorkbookSession *session, const QString &text, MeasureValue before, MeasureValue after)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void MeasureCommand::redo()
{
    keepIf(this, bool(m_session->storeMeasure(m_after)));
}

void MeasureCommand::undo()
{
    keepIf(this, bool(m_session->storeMeasure(m_before)));
}

MeasuresImportCommand::MeasuresImportCommand(WorkbookSession *session, const QString &text,
    QList<MeasureValue> before, QList<MeasureValue> after)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void MeasuresImportCommand::redo()
{
    keepIf(this, bool(m_session->storeMeasures(m_after)));
}

void MeasuresImportCommand::undo()
{
    keepIf(this, bool(m_session->storeMeasures(m_before)));
}

// --- evidence

AddEvidenceCommand::AddEvidenceCommand(
    WorkbookSession *session, QString indicator, Evidence evidence)
    : QUndoCommand(WorkbookSession::tr("Add evidence"))
    , m_session(session)
    , m_indicator(std::move(indicator))
    , m_evidence(std::move(evidence))
{
}

void AddEvidenceCommand::redo()
{
    if (m_removed) {
        keepIf(this, bool(m_session->storeEvidenceRestore(*m_removed)));
        return;
    }
    auto added = m_session->storeNewEvidence(m_indicator, m_evidence);
    if (added)
        m_evidence = added.value();
    keepIf(this, bool(added));
}

void AddEvidenceCommand::undo()
{
    auto removed = m_session->storeEvidenceRemoval(m_evidence.id);
    if (removed)
        m_removed = removed.value();
    keepIf(this, bool(removed));
}

EditEvidenceCommand::EditEvidenceCommand(
    WorkbookSession *session, QString indicator, Evidence before, Evidence after)
    : QUndoCommand(WorkbookSession::tr("Edit evidence"))
    , m_session(session)
    , m_indicator(std::move(indicator))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditEvidenceCommand::redo()
{
    keepIf(this, bool(m_session->storeEvidence(m_indicator, m_after)));
}

void EditEvidenceCommand::undo()
{
    keepIf(this, bool(m_session->storeEvidence(m_indicator, m_before)));
}

bool EditEvidenceCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditEvidenceCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

RemoveEvidenceCommand::RemoveEvidenceCommand(
    WorkbookSession *session, QString indicator, qint64 evidenceId)
    : QUndoCommand(WorkbookSession::tr("Remove evidence"))
    , m_session(session)
    , m_indicator(std::move(indicator))
    , m_id(evidenceId)
{
}

void RemoveEvidenceCommand::redo()
{
    auto removed = m_session->storeEvidenceRemoval(m_id);
    if (removed)
        m_removed = removed.value();
    keepIf(this, bool(removed));
}

void RemoveEvidenceCommand::undo()
{
    keepIf(this, m_removed && m_session->storeEvidenceRestore(*m_removed));
}

// --- actions

AddActionCommand::AddActionCommand(WorkbookSession *session, Action action)
    : QUndoCommand(WorkbookSession::tr("Add action"))
    , m_session(session)
    , m_action(std::move(action))
{
}

void AddActionCommand::redo()
{
    if (m_removed) {
        keepIf(this, bool(m_session->storeActionRestore(*m_removed)));
        return;
    }
    auto added = m_session->storeNewAction(m_action);
    if (added)
        m_action = added.value();
    keepIf(this, bool(added));
}

void AddActionCommand::undo()
{
    auto removed = m_session->storeActionRemoval(m_action.id);
    if (removed)
        m_removed = removed.value();
    keepIf(this, bool(removed));
}

EditActionCommand::EditActionCommand(WorkbookSession *session, Action before, Action after)
    : QUndoCommand(WorkbookSession::tr("Edit action"))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditActionCommand::redo()
{
    keepIf(this, bool(m_session->storeAction(m_after)));
}

void EditActionCommand::undo()
{
    keepIf(this, bool(m_session->storeAction(m_before)));
}

bool EditActionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditActionCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

RemoveActionCommand::RemoveActionCommand(
    WorkbookSession *session, qint64 actionId, const QString &indicator)
    : QUndoCommand(WorkbookSession::tr("Remove action"))
    , m_session(session)
    , m_id(actionId)
    , m_indicator(indicator)
{
}

void RemoveActionCommand::redo()
{
    auto removed = m_session->storeActionRemoval(m_id);
    if (removed)
        m_removed = removed.value();
    keepIf(this, bool(removed));
}

void RemoveActionCommand::undo()
{
    keepIf(this, m_removed && m_session->storeActionRestore(*m_removed));
}

// --- the trust and its trustees

// --- the board's words

NarrativeCommand::NarrativeCommand(
    WorkbookSession *session, QString domainId, QString before, QString after, bool typing)
    : QUndoCommand(after.trimmed().isEmpty() ? WorkbookSession::tr("Revert to the generated words")
                                             : WorkbookSession::tr("Edit the board's words"))
    , m_session(session)
    , m_domainId(std::move(domainId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_typing(typing)
{
}

void NarrativeCommand::redo()
{
    keepIf(this, bool(m_session->storeNarrative(m_domainId, m_after)));
}

void NarrativeCommand::undo()
{
    keepIf(this, bool(m_session->storeNarrative(m_domainId, m_before)));
}

bool NarrativeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NarrativeCommand *>(other);
    if (!m_typing || !next->m_typing || next->m_domainId != m_domainId)
        return false;
    m_after = next->m_after;
    return true;
}

TrustNameCommand::TrustNameCommand(WorkbookSession *session, QString before, QString after)
    : QUndoCommand(WorkbookSession::tr("Rename trust"))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void TrustNameCommand::redo()
{
    keepIf(this, bool(m_session->storeTrustName(m_after)));
}

void TrustNameCommand::undo()
{
    keepIf(this, bool(m_session->storeTrustName(m_before)));
}

bool TrustNameCommand::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const TrustNameCommand *>(other)->m_after;
    return true;
}

AddTrusteeCommand::AddTrusteeCommand(WorkbookSession *session, QString name, QString role)
    : QUndoCommand(WorkbookSession::tr("Add trustee %1").arg(name.simplified()))
    , m_session(session)
    , m_name(std::move(name))
    , m_role(std::move(role))
{
}

void AddTrusteeCommand::redo()
{
    if (m_id) { // redo after undo: bring the same trustee back
        keepIf(this, bool(m_session->storeTrusteeRetired(m_id, false)));
        return;
    }
    auto id = m_session->storeNewTrustee(m_name, m_role);
    if (id)
        m_id = id.value();
    keepIf(this, bool(id));
}

void AddTrusteeCommand::undo()
{
    keepIf(this, bool(m_session->storeTrusteeRetired(m_id, true)));
}

TrusteeCommand::TrusteeCommand(WorkbookSession *session, const QString &text, qint64 trusteeId,
    Field field, QVariant before, QVariant after)
    : QUndoCommand(text)
    , m_session(session)
    , m_trustee(trusteeId)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool TrusteeCommand::apply(const QVariant &value)
{
    switch (m_field) {
    case Field::Name:
        return bool(m_session->storeTrusteeName(m_trustee, value.toString()));
    case Field::Role:
        return bool(m_session->storeTrusteeRole(m_trustee, value.toString()));
    case Field::Retired:
        break;
    }
    return bool(m_session->storeTrusteeRetired(m_trustee, value.toBool()));
}

void TrusteeCommand::redo()
{
    keepIf(this, apply(m_after));
}

void TrusteeCommand::undo()
{
    keepIf(this, apply(m_before));
}

bool TrusteeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TrusteeCommand *>(other);
    if (next->m_trustee != m_trustee || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace strongtrust::app
