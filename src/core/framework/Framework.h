#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

struct Domain {
    QString id;
    QString title;
    QString summary;
    // The framework puts this domain at the heart of the others: reports
    // present core domains first in their summaries.
    bool core = false;
    QList<Indicator> indicators;
};

struct SourceRef {
    QString publisher;
    QString title;
    int year = 0; // 0 when not given
};

// A validated framework: the structure the board rates against. Built only by
// FrameworkLoader, so every instance satisfies the rules of the format.
struct Framework {
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
    // Index of the domain with this id, or -1.
    int domainIndex(const QString &domainId) const;
    // Domain indices in the order summaries present them: core domains first,
    // then the others, each in framework order.
    QList<int> summaryOrder() const;

    // Built by the loader: full id -> (domain index, indicator index).
    QHash<QString, std::pair<int, int>> indicatorIndex;
};

// A level value as JSON writes it: "1", "0.25", "10".
QString formatLevelValue(double value);

} // namespace strongtrust
