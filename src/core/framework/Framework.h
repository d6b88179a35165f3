#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strongtrust {

// One step of a framework's rating scale. Levels are addressed by position
// (first to last); the value is what is stored and averaged.
struct Level {
    double value = 0;
    QString label;
    QString descriptor;
    QString color; // "#rrggbb", or empty when the framework gives none
};

struct Scale {
    QString id; // empty when the framework does not name its scale
    QList<Level> levels;
    bool allowNotApplicable = true;

    // Position of the level with exactly this value, or -1.
    int indexOf(double value) const;
    double minValue() const { return levels.isEmpty() ? 0 : levels.first().value; }
    double maxValue() const { return levels.isEmpty() ? 0 : levels.last().value; }
};

// The one rule for comparing two assessments (framework-format.md: scores on
// different scales are never charted or compared as if comparable): the same
// scale, that is the same scale id (or none on both) and the same level
// values. The frameworks may differ otherwise, say a revised edition; their
// domains are then compared where their ids match.
bool scalesComparable(const Scale &a, const Scale &b);

struct Indicator {
    QString id; // unique within its domain
    QString fullId; // "DOMAIN.INDICATOR": what ratings refer to
    QString text;
    // A few words naming the indicator in running prose ("Board expertise");
    // empty when the framework gives none. Tables quote the full `text`.
    QString shortTitle;
    QString guidance;
    QStringList prompts;
    // One entry per scale level, by position; empty where the framework has none.
    QStringList levelDescriptors;
};

// A baseline standard (framework format version 2): a floor the board must be
// able to say is met, judged met / not met / not yet judged, beside the scale.
struct Standard {
    QString id; // unique among its domain's indicators, standards and measures
    QString fullId; // "DOMAIN.STANDARD": what results refer to
    QString text;
    // A few words naming the duty in running prose ("Safer recruitment");
    // empty: prose names it by its text up to the first colon or semicolon.
    QString shortTitle;
    QString guidance;
    QString source; // the duty's source, as the framework names it
    // While the standard is not met, the domain's level cannot be above this
    // level value of the scale; empty when an unmet standard caps nothing.
    std::optional<double> capsAt;
};

// A target for a measure: a lower bound, an upper bound, or both. Set by the
// framework, or by the trust for one assessment (overriding the framework's).
struct MeasureTarget {
    std::optional<double> min;
    std::optional<double> max;

    bool isSet() const { return min.has_value() || max.has_value(); }
    bool contains(double value) const { return (!min || value >= *min) && (!max || value <= *max); }
    friend bool operator==(const MeasureTarget &a, const MeasureTarget &b)
    {
        return a.min == b.min && a.max == b.max;
    }
};

// Which way a measure is better: higher, lower, or inside its target range.
enum class MeasureDirection { Higher, Lower, Range };

// A quantitative measure (framework format version 2) a board tracks over the
// years: a value per assessment, compared with its target and with earlier ones.
struct Measure {
    QString id; // unique among its domain's indicators, standards and measures
    QString fullId; // "DOMAIN.MEASURE": what values refer to
    QString title;
    QString unit; // "%", "days", "£", "pupils"; may be empty
    MeasureDirection better = MeasureDirection::Higher;
    int decimals = 1; // 0 to 4: how values are shown
    MeasureTarget target; // the framework's; may be unset
    QString guidance;
    QString source;
};

struct Domain {
    QString id;
    QString title;
    QString summary;
    // The framework puts this domain at the heart of the others: reports
    // present core domains first in their summaries.
    bool core = false;
    QList<Indicator> indicators;
    QList<Standard> standards; // format version 2; empty in version 1
    QList<Measure> measures; // format version 2; empty in version 1
};

struct SourceRef {
    QString publisher;
    QString title;
    int year = 0; // 0 when not given
};

// A validated framework: the structure the board rates against. Built only by
// FrameworkLoader, so every instance satisfies the rules of the format.
struct Framework {
    int formatVersion = 1; // 2 when a domain has standards or measures
    QString id;
    QString version;
    QString title;
    SourceRef source;
    Scale scale;
    // Whether reports headline one level across all domains (their equal-weighted
    // mean). A framework whose domains are not meant to be added up sets it false.
    bool showOverall = true;
    QList<Domain> domains;
    // The exact document it was loaded from, kept so that an assessment can
    // store the framework it used and render as it was years later.
    QByteArray json;

    int indicatorCount() const;
    // The indicator with this full id, or nullptr.
    const Indicator *findIndicator(const QString &fullId) const;
    // The standard or measure with this full id, or nullptr.
    const Standard *findStandard(const QString &fullId) const;
    const Measure *findMeasure(const QString &fullId) const;
    int standardCount() const;
    int measureCount() const;
    // Index of the domain with this id, or -1.
    int domainIndex(const QString &domainId) const;
    // Domain indices in the order summaries present them: core domains first,
    // then the others, each in framework order.
    QList<int> summaryOrder() const;

    // Built by the loader: full id -> (domain index, indicator index).
    QHash<QString, std::pair<int, int>> indicatorIndex;
};

// Text forms of a measure's direction ("higher", "lower", "range"), as files write them.
QString measureDirectionKey(MeasureDirection d);
std::optional<MeasureDirection> measureDirectionFromKey(const QString &key);

// A level value as JSON writes it: "1", "0.25", "10".
QString formatLevelValue(double value);

} // namespace strongtrust
