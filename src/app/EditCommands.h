#pragma once

// The undo commands: one class per kind of edit, each holding the values
// before and after (or the row it removed) and writing through the session,
// which writes through the workbook's edit path and keeps its in-memory
// assessment in step from the row the workbook returns. A command whose
// change the workbook refuses (read-only, final, full disk) is marked
// obsolete, so undo never replays something that did not happen.
//
// Not here, because they cannot be undone: signing off and starting a new
// period (the window says so where they are asked for).
#include "workbook/AssessmentData.h"
#include "workbook/RecordStore.h"

#include <QUndoCommand>

namespace strongtrust::app {

class WorkbookSession;

// Ids for QUndoCommand::id(): commands of one id may merge.
enum class CommandId {
    Rating = 1,
    Consensus,
    EditEvidence,
    EditAction,
    TrustName,
    TrusteeName,
    Narrative,
    Standard
};

// A trustee's rating of an indicator: level and note. Typing a note merges
// into one step, as long as the level stays the same. A trustee may change
// the same rating from their own device (live rating) after the clerk's
// step: undoing or redoing the step then refuses, so the trustee's newer
// rating is never silently replaced by an older one.
class RatingCommand : public QUndoCommand
{
public:
    RatingCommand(WorkbookSession *session, const QString &text, Rating before, Rating after);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::Rating); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkbookSession *m_session;
    Rating m_before;
    Rating m_after;
    int m_outsideChanges; // WorkbookSession::outsideChanges() when this step was made
};

// The board's agreed rating of an indicator: level, rationale, confidence.
// Typing the rationale merges into one step.
class ConsensusCommand : public QUndoCommand
{
public:
    ConsensusCommand(
        WorkbookSession *session, const QString &text, Consensus before, Consensus after);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::Consensus); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkbookSession *m_session;
    Consensus m_before;
    Consensus m_after;
};

// The board's judgement of a baseline standard: its result and note (its
// evidence is edited by the evidence commands). Typing the note merges into
// one step, as long as the result stays the same.
class StandardCommand : public QUndoCommand
{
public:
    StandardCommand(WorkbookSession *session, const QString &text, StandardJudgement before,
        StandardJudgement after);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::Standard); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkbookSession *m_session;
    StandardJudgement m_before;
    StandardJudgement m_after;
};

// A measure's whole record for the assessment: value, as-of date, source,
// note and the trust's own target. Each cell edited is a step of its own.
class MeasureCommand : public QUndoCommand
{
public:
    MeasureCommand(
        WorkbookSession *session, const QString &text, MeasureValue before, MeasureValue after);
    void redo() override;
    void undo() override;

private:
    WorkbookSession *m_session;
    MeasureValue m_before;
    MeasureValue m_after;
};

// A measures CSV imported into the assessment: every measure it changed, as
// it was and as it is, restored together by undo in one transaction.
class MeasuresImportCommand : public QUndoCommand
{
public:
    MeasuresImportCommand(WorkbookSession *session, const QString &text, QList<MeasureValue> before,
        QList<MeasureValue> after);
    void redo() override;
    void undo() override;

private:
    WorkbookSession *m_session;
    QList<MeasureValue> m_before;
    QList<MeasureValue> m_after;
};

// Adds an evidence item; undo removes it, redo restores the same row.
class AddEvidenceCommand : public QUndoCommand
{
public:
    AddEvidenceCommand(WorkbookSession *session, QString indicator, Evidence evidence);
    void redo() override;
    void undo() override;

private:
    WorkbookSession *m_session;
    QString m_indicator;
    Evidence m_evidence;
    std::optional<RemovedEvidence> m_removed; // after an undo
};

// Changes an evidence item; edits of the same item in a row merge.
class EditEvidenceCommand : public QUndoCommand
{
public:
    EditEvidenceCommand(
        WorkbookSession *session, QString indicator, Evidence before, Evidence after);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::EditEvidence); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkbookSession *m_session;
    QString m_indicator;
    Evidence m_before;
    Evidence m_after;
};

// Removes an evidence item; undo restores the same row (same id, same place).
class RemoveEvidenceCommand : public QUndoCommand
{
public:
    RemoveEvidenceCommand(WorkbookSession *session, QString indicator, qint64 evidenceId);
    void redo() override;
    void undo() override;

private:
    WorkbookSession *m_session;
    QString m_indicator;
    qint64 m_id;
    std::optional<RemovedEvidence> m_removed;
};

// Adds an action; undo removes it, redo restores the same row.
class AddActionCommand : public QUndoCommand
{
public:
    AddActionCommand(WorkbookSession *session, Action action);
    void redo() override;
    void undo() override;

private:
    WorkbookSession *m_session;
    Action m_action;
    std::optional<RemovedAction> m_removed;
};

// Changes an action; edits of the same action in a row merge.
class EditActionCommand : public QUndoCommand
{
public:
    EditActionCommand(WorkbookSession *session, Action before, Action after);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::EditAction); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkbookSession *m_session;
    Action m_before;
    Action m_after;
};

// Removes an action; undo restores the same row with the links of the
// actions that continue it in later periods.
class RemoveActionCommand : public QUndoCommand
{
public:
    RemoveActionCommand(WorkbookSession *session, qint64 actionId, const QString &indicator);
    void redo() override;
    void undo() override;

private:
    WorkbookSession *m_session;
    qint64 m_id;
    QString m_indicator;
    std::optional<RemovedAction> m_removed;
};

// The board's own words for the summary (empty domain id) or a domain's
// paragraph, in place of the generated ones; empty text goes back to the
// generated words. Typing in one part merges into one step; reverting to the
// generated words is a step of its own.
class NarrativeCommand : public QUndoCommand
{
public:
    NarrativeCommand(
        WorkbookSession *session, QString domainId, QString before, QString after, bool typing);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::Narrative); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkbookSession *m_session;
    QString m_domainId;
    QString m_before;
    QString m_after;
    bool m_typing;
};

// The trust's name; typing merges.
class TrustNameCommand : public QUndoCommand
{
public:
    TrustNameCommand(WorkbookSession *session, QString before, QString after);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::TrustName); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkbookSession *m_session;
    QString m_before;
    QString m_after;
};

// Adds a trustee; undo retires them (a trustee's row stays for the audit
// trail), redo brings the same trustee back.
class AddTrusteeCommand : public QUndoCommand
{
public:
    AddTrusteeCommand(WorkbookSession *session, QString name, QString role);
    void redo() override;
    void undo() override;

private:
    WorkbookSession *m_session;
    QString m_name;
    QString m_role;
    qint64 m_id = 0;
};

// A trustee's name, role or retirement.
class TrusteeCommand : public QUndoCommand
{
public:
    enum class Field { Name, Role, Retired };
    TrusteeCommand(WorkbookSession *session, const QString &text, qint64 trusteeId, Field field,
        QVariant before, QVariant after);
    void redo() override;
    void undo() override;
    int id() const override { return m_field == Field::Name ? int(CommandId::TrusteeName) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QVariant &value);

    WorkbookSession *m_session;
    qint64 m_trustee;
    Field m_field;
    QVariant m_before;
    QVariant m_after;
};

} // namespace strongtrust::app
