#pragma once

#include "framework/Framework.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace strongtrust {

class Workbook;

// What the clerk should look at before the chair signs an assessment off:
// things that are not wrong as data, but that a board paper should not carry
// unremarked. Each finding names what it is about, so that the window can go
// to it and the report can list it.
enum class SignOffCheck {
    NoEvidence, // an agreed level that cites no evidence (strongConfidence says whether marked
                // "strong")
    DepartsFromMedian, // an agreed level a level or more from the trustees' median, no rationale
    EvidenceAfterMeeting, // evidence dated after the board's meeting
    RepeatedDoneAction, // an action repeated from an earlier period where it was marked done
    OverdueAction, // an open or in-progress action due before the meeting (or today)
    TrusteeNotRated, // an active trustee with indicators still to rate
};

// One finding. What it is about: an indicator (and its domain), an action,
// a piece of evidence or a trustee; the ids let a view select it.
struct SignOffFinding {
    SignOffCheck check = SignOffCheck::NoEvidence;
    QString indicator; // full id, or empty
    QString domain; // domain id of the indicator or action, or empty
    qint64 actionId = 0;
    qint64 evidenceId = 0;
    qint64 trusteeId = 0;
    QString subject; // what it is about, in words: the indicator, the action, the trustee
    QString detail; // why it is listed, one sentence
    bool strongConfidence = false; // NoEvidence: the rating is marked strong confidence
};

struct SignOffChecks {
    QList<SignOffFinding> findings; // by check (in the enum's order), then framework order
    QDate asOf; // the date overdue actions are judged on

    bool isEmpty() const { return findings.isEmpty(); }
    int count(SignOffCheck check) const;
    int strongWithoutEvidence() const;
    QList<SignOffFinding> of(SignOffCheck check) const;
};

// An earlier period's actions, for the repeated-action check.
struct EarlierActions {
    QString period;
    QList<Action> actions;
};

// Everything the checks read; pure data, so that the checks can be tested on
// a hand-made assessment.
struct SignOffCheckInput {
    const Framework &framework;
    const AssessmentData &data; // data.info.meetingDate is the meeting
    QList<Trustee> trustees; // every trustee of the workbook
    QList<qint64> raters; // those expected to rate
    QList<EarlierActions> earlier; // the periods before this one
    QDate today;
};

// The date overdue actions are judged on: the later of the meeting and
// today, so an action due before the meeting is overdue at it, and one
// already past due is overdue even when the meeting has been.
QDate signOffCheckDate(const QDate &meetingDate, const QDate &today);

// Runs every check. The same input gives the same findings, in the same order.
SignOffChecks checkBeforeSignOff(const SignOffCheckInput &input);

// The actions of every period before `assessment` (in period order).
Result<QList<EarlierActions>> earlierActions(const Workbook &wb, const AssessmentInfo &assessment);

// Loads a stored assessment (with its earlier periods' actions) and checks it.
Result<SignOffChecks> checkStoredAssessment(
    const Workbook &wb, qint64 assessmentId, const QDate &today);

// The heading of a group of findings: "Agreed ratings citing no evidence (3)".
QString signOffCheckTitle(SignOffCheck check, int count);
// What the clerk can do about a finding of this kind, one sentence.
QString signOffCheckAdvice(SignOffCheck check);

} // namespace strongtrust
