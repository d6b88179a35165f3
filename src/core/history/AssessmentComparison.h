#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace strongtrust {

class Workbook;

// One domain's score in two assessments: for the history view, the report's
// change from the previous period and the reasons for change.
struct DomainChange {
    QString domainId;
    QString title; // as the later assessment's framework names it
    std::optional<double> earlier; // the domain's score in the earlier assessment, if scored
    std::optional<double> later; // and in the later one
    std::optional<double> difference; // later - earlier, when both are scored and comparable
    // Positions of the scale levels nearest to each score, later minus earlier:
    // +1 is up a whole level. Empty unless both are scored and comparable.
    std::optional<int> levelChange;
    // The domain (by id) is in both frameworks, and they share their scale
    // (scalesComparable, the rule the report and the charts follow too).
    bool comparable = false;

    // The board should say why: the domain moved a whole level or more.
    bool movedAWholeLevel() const { return levelChange && *levelChange != 0; }
    // How it moved, in words: "up 1 level", "down, within the level", "no
    // change", "not comparable", "not scored in both".
    QString movement() const;
};

// The translation context of the comparison's words.
struct AssessmentComparison {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AssessmentComparison)
};

// The domains of two assessments side by side: those of the later one's
// framework in its order, then any the earlier one alone has. Empty when
// either assessment (or its framework) cannot be read.
QList<DomainChange> compareAssessments(const Workbook &wb, qint64 earlierId, qint64 laterId);

} // namespace strongtrust
