#pragma once

// Internal to the core: FrameworkLoader's reading of a domain's baseline
// standards and measures (framework format version 2), and the id rules that
// a domain's indicators, standards and measures share.
#include "framework/Framework.h"
#include "util/JsonChecker.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

namespace strongtrust {

// The id rules of the format: lower-case [a-z0-9-]+, unique among siblings.
class FrameworkIds
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::FrameworkLoader)

public:
    // The id as given; reported at `path` unless it follows the pattern.
    static QString checked(JsonChecker &check, const QString &id, const QString &path);
    // Reported at `path` when `seen` holds `id` already; else recorded there.
    static void unique(
        JsonChecker &check, QHash<QString, QString> &seen, const QString &id, const QString &path);
};

// An indicator's or a standard's optional `shortTitle`: a few words for
// running prose, simplified; reported at its path when too long.
class ShortTitles
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::FrameworkLoader)

public:
    static constexpr int kMax = 80; // a few words, not a second statement

    static QString read(JsonChecker &check, const nlohmann::json &item, const QString &path);
};

class BaselineReader
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::FrameworkLoader)

public:
    using json = nlohmann::json;

    static constexpr int kMaxStandards = 30;
    static constexpr int kMaxMeasures = 30;

    // `scaleComplete`: every level of the scale was read, so a value that is
    // not on it is the item's fault rather than the scale's.
    BaselineReader(JsonChecker &check, const Scale &scale, bool scaleComplete)
        : m_check(check), m_scale(scale), m_scaleComplete(scaleComplete)
    {
    }

    // `ids`: the domain's ids so far (indicators first), with where each was
    // given; standards and measures share them.
    void readStandards(
        const json &v, const QString &path, Domain &domain, QHash<QString, QString> &ids);
    void readMeasures(
        const json &v, const QString &path, Domain &domain, QHash<QString, QString> &ids);

private:
    // The item's id, checked and recorded in `ids`; empty when missing.
    QString itemId(const json &item, const QString &path, QHash<QString, QString> &ids);
    std::optional<double> capsAt(const json &standard, const QString &path);
    MeasureTarget target(const json &v, const QString &path);

    JsonChecker &m_check;
    const Scale &m_scale;
    bool m_scaleComplete;
};

} // namespace strongtrust
