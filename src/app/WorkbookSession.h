#pragma once

#include "app/DialogProvider.h"
#include "exchange/MeasuresCsv.h"
#include "framework/Framework.h"
#include "report/ReportData.h"
#include "scoring/MeasureComparison.h"
#include "scoring/Scoring.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"
#include "workbook/Workbook.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace strongtrust::app {

// The open workbook as the window sees it: the chosen assessment, its data
// and scores (kept current after every edit), and the undo stack. Every edit
// is an undo command that writes through the workbook at once; widgets only
// display what this holds and ask it for changes.
class WorkbookSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkbookSession(std::unique_ptr<Workbook> workbook, QObject *parent = nullptr);
    ~WorkbookSession() override;

    Workbook &workbook() { return *m_workbook; }
    const Workbook &workbook() const { return *m_workbook; }
    QUndoStack *undoStack() { return &m_undo; }
    QString path() const { return m_workbook->path(); }
    bool isReadOnly() const { return m_workbook->isReadOnly(); }

    // --- the chosen assessment (none when the workbook has no period yet)
    QList<AssessmentInfo> assessments() const { return m_workbook->assessments(); }
    bool hasAssessment() const { return m_data.has_value(); }
    qint64 assessmentId() const { return m_data ? m_data->info.id : 0; }
    const AssessmentInfo &assessment() const { return m_data->info; }
    const AssessmentData &data() const { return *m_data; }
    const AssessmentScores &scores() const { return m_scores; }
    // The framework of the chosen assessment, or the workbook's default.
    const Framework &framework() const { return m_framework; }
    QList<Trustee> trustees() const { return m_trustees; }
    const QList<qint64> &raters() const { return m_raters; }
    // The period before the chosen one, with its scores, when there is one.
    const std::optional<AssessmentInfo> &previous() const { return m_previous; }
    const std::optional<AssessmentScores> &previousScores() const { return m_previousScores; }
    const Framework *previousFramework() const
    {
        return m_previous ? &m_previousFramework : nullptr;
    }
    // Every period up to the chosen one, oldest first, with its measures: what
    // the trend charts draw (the chosen one as held here, edits and all).
    // Later periods are left out, as the report leaves them out, so that an
    // earlier year reads as it did. Empty when the framework has no measures.
    QList<MeasurePeriod> measureHistory() const;
    // The previous period's record of a measure, for the movement since then;
    // nullopt with no previous period.
    std::optional<EarlierMeasure> earlierMeasure(const QString &measure) const;
    // Edits are possible: writable file, draft assessment.
    bool canEdit() const;
    // Why edits are refused, for the banner; empty when they are not.
    QString whyReadOnly() const;

    Status selectAssessment(qint64 id);
    Status selectPeriod(const QString &period);

    // --- edits, each one undoable command (EditCommands.h)
    void setRating(
        qint64 trusteeId, const QString &indicator, const RatingValue &value, const QString &note);
    void setRatingValue(qint64 trusteeId, const QString &indicator, const RatingValue &value);
    void setConsensus(const QString &indicator, const RatingValue &value, const QString &rationale,
        Confidence confidence);
    void setConsensusValue(const QString &indicator, const RatingValue &value);
    // Agrees the level at `position` of the scale (0 = the first), or "not
    // applicable" for -1 where the scale allows it.
    void agreeLevel(const QString &indicator, int position);
    // The board's judgement of a baseline standard (framework format version
    // 2): its result, and its note. `typing`: merges with the next step.
    void setStandard(const QString &standard, StandardResult result, const QString &note);
    void setStandardResult(const QString &standard, StandardResult result);
    // A measure's whole record (value, as-of date, source, note, the trust's
    // own target), in place of what is recorded: copy measure(), change a field.
    void setMeasure(const MeasureValue &record);
    // Evidence of an indicator's consensus, or of a baseline standard (by its full id).
    void addEvidence(const QString &indicator, const Evidence &evidence);
    void updateEvidence(const QString &indicator, const Evidence &before, const Evidence &after);
    void removeEvidence(const QString &indicator, const Evidence &evidence);
    void addAction(const Action &action);
    void updateAction(const Action &before, const Action &after);
    void removeAction(const Action &action);
    // The board's own words for the summary (empty `domainId`) or a domain's
    // paragraph; empty text goes back to the generated words. `typing`: one
    // step of an edit in progress, which merges with the next (QUndoCommand::mergeWith).
    void setNarrative(const QString &domainId, const QString &text, bool typing);
    void setTrustName(const QString &name);
    void addTrustee(const QString &name, const QString &role);
    void renameTrustee(qint64 id, const QString &name);
    void setTrusteeRole(qint64 id, const QString &role);
    void setTrusteeRetired(qint64 id, bool retired);
    // Imports a measures CSV (docs/interchange.md) into the assessment shown,
    // all or nothing, as one undo step; refused with every bad cell named.
    Result<MeasuresImportSummary> importMeasures(const QString &csvPath);
    // A new period after the latest, with its open actions carried forward:
    // not undoable (a document-level step), reported by result.
    // What Trust ▸ New Period… offers: `suggested` as the label and, where the
    // latest period is on another framework than this version's built-in
    // one, the choice to move to it.
    NewPeriodOffer newPeriodOffer(const QString &suggested) const;
    // The next period from the latest (the first, on a workbook with none):
    // on the latest period's framework, or on `framework` where one is given.
    Result<qint64> startPeriod(
        const QString &period, const QString &title, const Framework *framework = nullptr);

    // --- the edit path of the undo commands: each writes through the
    // workbook (which checks and audits it) and brings the assessment held
    // here up to date from the row the workbook returns. A refusal is
    // reported through problem() and changes nothing.
    Status storeRating(const Rating &rating);
    Status storeConsensus(const Consensus &consensus);
    Status storeStandard(const StandardJudgement &judgement); // its result and note
    Status storeMeasure(const MeasureValue &record);
    // Several measures' records at once, in one transaction: all or none.
    Status storeMeasures(const QList<MeasureValue> &records);
    Result<Evidence> storeNewEvidence(const QString &indicator, const Evidence &evidence);
    Status storeEvidence(const QString &indicator, const Evidence &evidence);
    Result<RemovedEvidence> storeEvidenceRemoval(qint64 evidenceId);
    Status storeEvidenceRestore(const RemovedEvidence &removed);
    Result<Action> storeNewAction(const Action &action);
    Status storeAction(const Action &action);
    Result<RemovedAction> storeActionRemoval(qint64 actionId);
    Status storeActionRestore(const RemovedAction &removed);
    Status storeNarrative(const QString &domainId, const QString &text);
    Status storeTrustName(const QString &name);
    Result<qint64> storeNewTrustee(const QString &name, const QString &role);
    Status storeTrusteeName(qint64 id, const QString &name);
    Status storeTrusteeRole(qint64 id, const QString &role);
    Status storeTrusteeRetired(qint64 id, bool retired);

    // A rating someone else stored (a trustee on their own device, through
    // the live session): taken into the data held here, rescored and
    // announced as an edit is, but not a step of the clerk's undo history.
    // `stored` empty: the rating was withdrawn.
    void takeStoredRating(
        qint64 trusteeId, const QString &indicator, const std::optional<Rating> &stored);
    // How many times someone else has stored this rating: an undo command
    // keeps the count it saw, and refuses to undo or redo over a newer one.
    int outsideChanges(qint64 trusteeId, const QString &indicator) const;
    // Stores `rating` as an undo or redo of the clerk's, unless someone else
    // has changed it since the command saw `outsideChangesSeen`: then the
    // trustee's own rating stands, and problem() says why.
    Status storeRatingUnlessChanged(const Rating &rating, int outsideChangesSeen);

    // Current rating of a trustee for an indicator (unrated when none).
    Rating rating(qint64 trusteeId, const QString &indicator) const;
    Consensus consensus(const QString &indicator) const;
    // What is recorded for a standard or a measure: an empty record when nothing is.
    StandardJudgement standard(const QString &standard) const;
    MeasureValue measure(const QString &measure) const;
    // The evidence of an indicator's consensus, or of a standard.
    QList<Evidence> evidence(const QString &subject) const;

Q_SIGNALS:
    void assessmentChanged(); // another assessment chosen, or reloaded
    void dataChanged(const QString &indicator); // an edit; empty = possibly everywhere
    void trusteesChanged();
    void narrativeChanged(const QString &domainId); // the board's words for a part; "" = summary
    void saved(); // an edit is on disk
    void problem(const QString &message); // an edit was refused

private:
    // Pushes `command` when an edit is possible; otherwise says why and drops it.
    void push(QUndoCommand *command);
    bool refuseIfReadOnly();
    // After a stored change: rescore, tell the views, say it is saved.
    void changed(const QString &indicator);
    // A refusal says why (problem()); either way the result goes on.
    template <typename T> Result<T> reported(Result<T> result)
    {
        if (!result)
            Q_EMIT problem(result.errorText());
        return result;
    }
    Consensus &consensusEntry(const QString &indicator);
    // The entry of a standard in the data held, added in framework order when
    // there is none; dropped again by tidyStandard() once it holds nothing.
    StandardJudgement &standardEntry(const QString &standard);
    void tidyStandard(const QString &standard);
    QList<Evidence> &evidenceEntry(const QString &subject);
    void rescore();
    QString trusteeName(qint64 id) const;

    std::unique_ptr<Workbook> m_workbook;
    QUndoStack m_undo;
    std::optional<AssessmentData> m_data;
    AssessmentScores m_scores;
    Framework m_framework;
    QList<Trustee> m_trustees;
    QList<qint64> m_raters;
    std::optional<AssessmentInfo> m_previous;
    std::optional<AssessmentScores> m_previousScores;
    Framework m_previousFramework;
    QList<MeasurePeriod> m_earlierMeasures; // the periods before the chosen one
    void loadEarlierMeasures();
    QHash<QPair<qint64, QString>, int> m_outsideChanges; // of the chosen assessment
};

} // namespace strongtrust::app
