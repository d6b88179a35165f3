#pragma once

// Internal to the core: an interchange document read and checked against a
// workbook, as plain values, before anything is written.
#include "framework/Framework.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace strongtrust {

class Workbook;

inline constexpr char kAssessmentFormat[] = "strongtrust-assessment";
// The newest version this build reads. An export says version 2 only when it
// carries something version 1 lacks (the board's own words, baseline
// standards, measures), so that an older strongtrust still reads every
// document that needs nothing newer.
inline constexpr int kAssessmentFormatVersion = 2;
inline constexpr int kAssessmentFormatVersionBasic = 1;
// How "not applicable" is written where a level could be.
inline constexpr char kNotApplicableKey[] = "na";

// Everything a valid document says, resolved against the workbook it is for.
struct AssessmentDocument {
    struct Rater {
        QString id;
        QString name;
        QString role;
    };
    struct DocRating {
        int rater = 0; // index into raters
        QString indicator;
        RatingValue value;
        QString note;
    };
    struct DocConsensus {
        Consensus consensus;
        bool hasEvidence = false; // "evidence" given: it replaces the stored list
    };
    struct DocStandard {
        StandardJudgement judgement; // as the workbook keeps it (note normalised)
        bool hasEvidence = false; // "evidence" given: it replaces the stored list
    };

    QString period; // trimmed
    std::optional<QString> title;
    std::optional<QDate> meetingDate;
    QList<Rater> raters;
    QList<DocRating> ratings;
    QList<DocConsensus> consensus;
    QList<Action> actions;
    QList<std::pair<QString, QString>> changeReasons; // (domain id, reason), in document order
    // The board's own words (version 2, `narrative`): each part given
    // replaces the stored one; parts not given are left alone.
    std::optional<QString> narrativeSummary;
    QList<std::pair<QString, QString>> narrativeDomains; // (domain id, text), in document order
    // Baseline standards and measures (version 2): each entry states the
    // whole judgement or record of its standard or measure; those not given
    // are left alone.
    QList<DocStandard> standards;
    QList<MeasureValue> measures; // as MeasureStore::normalised makes them
    std::optional<SignOff> signOff;

    // The framework the assessment uses: that of the period's assessment when
    // it exists, else one the workbook stores (frameworkKey), or the built-in
    // one or the one beside the document (frameworkKey 0: to be stored first).
    Framework framework;
    qint64 frameworkKey = 0;
    std::optional<AssessmentInfo> existing;
};

// Parses `json` and checks every rule of the format and every reference to
// the workbook (trust, framework, period, finality), reporting every problem
// with its JSON path. Reads the workbook, never writes it. `frameworkFile`,
// when given and it exists, is a framework document that a new period may use
// when the workbook holds no framework of the document's id and version (an
// archive bundle's framework.json, beside its assessment.json).
Result<AssessmentDocument> readAssessmentDocument(const Workbook &wb, const QByteArray &json,
    const QString &fileName, const QString &frameworkFile = {});

} // namespace strongtrust
