#pragma once

#include "framework/Framework.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace strongtrust {

// A rating: a level of the scale (by its value), "not applicable", or unrated.
struct RatingValue {
    enum class Kind { Unrated, NotApplicable, Level };
    Kind kind = Kind::Unrated;
    double level = 0; // meaningful only when kind == Level

    static RatingValue unrated() { return {}; }
    static RatingValue notApplicable() { return { Kind::NotApplicable, 0 }; }
    static RatingValue of(double value) { return { Kind::Level, value }; }

    bool isLevel() const { return kind == Kind::Level; }
    bool isNotApplicable() const { return kind == Kind::NotApplicable; }
    bool isUnrated() const { return kind == Kind::Unrated; }
    friend bool operator==(const RatingValue &a, const RatingValue &b)
    {
        return a.kind == b.kind && (a.kind != Kind::Level || a.level == b.level);
    }
};

// How strong the evidence behind a consensus rating is.
enum class Confidence { Unstated, Limited, Moderate, Strong };

struct Trustee {
    qint64 id = 0;
    QString name;
    QString role;
    bool retired = false;
};

enum class AssessmentStatus { Draft, Final };

struct SignOff {
    QString chair;
    QDate date;
    QString minuteRef;
    bool isSigned() const { return !chair.isEmpty() && date.isValid(); }
};

// One assessment (one period) as listed: everything but its ratings.
struct AssessmentInfo {
    qint64 id = 0;
    QString period; // "2025/26", or any label of 1-40 characters
    QString title;
    AssessmentStatus status = AssessmentStatus::Draft;
    QDate meetingDate;
    qint64 frameworkKey = 0; // the stored framework snapshot it uses
    QString frameworkId;
    QString frameworkVersion;
    SignOff signOff;
    QDateTime createdAt;
    bool isFinal() const { return status == AssessmentStatus::Final; }
};

struct Rating {
    qint64 trusteeId = 0;
    QString indicator; // full id, "DOMAIN.INDICATOR"
    RatingValue value;
    QString note;
};

struct Evidence {
    qint64 id = 0;
    QString title;
    QString ref; // a URL or a file path
    QDate date; // invalid when not given
    bool confidential = false; // public reports omit confidential evidence
};

struct Consensus {
    QString indicator;
    RatingValue value;
    QString rationale;
    Confidence confidence = Confidence::Unstated;
    QList<Evidence> evidence;
};

enum class ActionStatus { Open, InProgress, Done, Dropped };

struct Action {
    qint64 id = 0;
    QString domain; // domain id, may be empty
    // Full id of an indicator, or of a standard the action answers; may be empty.
    QString indicator;
    QString text;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    qint64 carriedFrom = 0; // the action of an earlier period this continues, or 0
};

// The board's own words where it replaced a generated paragraph of the
// report (the interchange document's `narrative`): plain text, paragraphs
// separated by blank lines. An empty summary, or a domain not in `domains`,
// is left to the generated words.
struct BoardNarrative {
    QString summary;
    QHash<QString, QString> domains; // domain id -> the board's text for its paragraph

    bool isEmpty() const { return summary.isEmpty() && domains.isEmpty(); }
    // The board's text for a part: the summary for an empty domain id.
    QString text(const QString &domainId) const
    {
        return domainId.isEmpty() ? summary : domains.value(domainId);
    }
};

// A baseline standard's result (framework format version 2).
enum class StandardResult { NotJudged, Met, NotMet };

// What the board recorded for one standard in one assessment.
struct StandardJudgement {
    QString standard; // full id, "DOMAIN.STANDARD"
    StandardResult result = StandardResult::NotJudged;
    QString note;
    QList<Evidence> evidence;

    // Nothing recorded: not judged, no note, no evidence.
    bool isEmpty() const
    {
        return result == StandardResult::NotJudged && note.isEmpty() && evidence.isEmpty();
    }
};

// A measure's value in one assessment (framework format version 2), with
// where it came from and, where the trust sets one, its own target.
struct MeasureValue {
    QString measure; // full id, "DOMAIN.MEASURE"
    std::optional<double> value; // empty: not yet known
    QDate asOf; // the date the value describes; invalid when not given
    QString source;
    QString note;
    MeasureTarget target; // the trust's own for this assessment; unset: the framework's

    // Nothing recorded: no value, date, source, note or target.
    bool isEmpty() const
    {
        return !value && !asOf.isValid() && source.isEmpty() && note.isEmpty() && !target.isSet();
    }
    friend bool operator==(const MeasureValue &a, const MeasureValue &b)
    {
        return a.measure == b.measure && a.value == b.value && a.asOf == b.asOf
            && a.source == b.source && a.note == b.note && a.target == b.target;
    }
};

// Everything recorded for one assessment.
struct AssessmentData {
    AssessmentInfo info;
    QList<Rating> ratings;
    QList<Consensus> consensus;
    QList<Action> actions;
    QHash<QString, QString>
        changeReasons; // domain id -> the board's reason for a change of a whole level or more
    BoardNarrative narrative; // the board's own words in the report, where it wrote them
    QList<StandardJudgement> standards; // only standards the board has recorded something for
    QList<MeasureValue> measures; // only measures the board has recorded something for

    const Consensus *consensusFor(const QString &indicator) const;
    const StandardJudgement *standardFor(const QString &standard) const;
    const MeasureValue *measureFor(const QString &measure) const;
};

// Text forms used in storage, exchange and reports (not translated).
QString confidenceKey(Confidence c); // "", "limited", "moderate", "strong"
std::optional<Confidence> confidenceFromKey(const QString &key);
QString standardResultKey(StandardResult r); // "", "met", "not-met"
std::optional<StandardResult> standardResultFromKey(const QString &key);
QString actionStatusKey(ActionStatus s); // "open", "in-progress", "done", "dropped"
std::optional<ActionStatus> actionStatusFromKey(const QString &key);

// Names compare case- and space-insensitively: "jane  SMITH " matches "Jane Smith".
QString nameKey(const QString &name);

} // namespace strongtrust
