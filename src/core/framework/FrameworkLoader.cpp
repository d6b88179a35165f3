#include "framework/FrameworkLoader.h"

#include "framework/BaselineReader.h"
#include "util/JsonChecker.h"
#include "util/JsonText.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <stdexcept>

namespace strongtrust {

using nlohmann::json;
using Need = JsonChecker::Need;

namespace {

constexpr int kMinLevels = 2;
constexpr int kMaxLevels = 10;
constexpr int kMaxDomains = 20;
constexpr int kMaxIndicators = 50;

// Parses a levelDescriptors key: it must be a JSON number as JSON writes it.
std::optional<double> parseNumberKey(const std::string &key)
{
    static const QRegularExpression jsonNumber(
        QStringLiteral(R"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$)"));
    const QString k = QString::fromStdString(key);
    if (!jsonNumber.match(k).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double d = k.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::FrameworkLoader)

public:
    explicit Reader(const QString &name) : m_check(name) { }

    Result<Framework> read(const json &root, const QByteArray &bytes)
    {
        const QString path = rootPath();
        if (!root.is_object()) {
            m_check.error(
                path, tr("expected an object, found %1").arg(JsonChecker::describe(root)));
            return m_check.diagnostics();
        }
        // Format and version come first: a newer document is refused as such,
        // not drowned in errors about fields this version does not know.
        if (const auto format = m_check.string(root, path, "format", Need::Required);
            format && *format != QLatin1String("strongtrust-framework"))
            m_check.error(JsonChecker::child(path, "format"),
                tr("must be \"strongtrust-framework\", found \"%1\"").arg(*format));
        if (const auto version = m_check.integer(root, path, "formatVersion", Need::Required)) {
            if (*version > FrameworkLoader::kFormatVersion) {
                m_check.error(JsonChecker::child(path, "formatVersion"),
                    tr("made by a newer version of strongtrust (format version %1); "
                       "this version reads format version %2")
                        .arg(*version)
                        .arg(FrameworkLoader::kFormatVersion));
                return m_check.diagnostics();
            }
            if (*version < 1)
                m_check.error(JsonChecker::child(path, "formatVersion"),
                    tr("must be between 1 and %1").arg(FrameworkLoader::kFormatVersion));
            else
                m_version = int(*version);
        }
        m_check.object(root, path,
            { "format", "formatVersion", "id", "version", "title", "source", "scale", "showOverall",
                "domains" });

        Framework fw;
        fw.formatVersion = m_version == 0 ? FrameworkLoader::kFormatVersion : m_version;
        if (const auto id = m_check.string(root, path, "id", Need::Required))
            fw.id = checkedId(*id, JsonChecker::child(path, "id"));
        fw.version = m_check.string(root, path, "version", Need::Optional).value_or(QString());
        fw.title = m_check.string(root, path, "title", Need::Required).value_or(QString());
        if (const json *source = m_check.field(root, path, "source", Need::Optional))
            fw.source = readSource(*source, JsonChecker::child(path, "source"));
        if (const json *scale = m_check.field(root, path, "scale", Need::Required))
            fw.scale = readScale(*scale, JsonChecker::child(path, "scale"));
        fw.showOverall = m_check.boolean(root, path, "showOverall", Need::Optional).value_or(true);
        if (const json *domains = m_check.field(root, path, "domains", Need::Required))
            readDomains(*domains, JsonChecker::child(path, "domains"), fw);

        if (m_check.hasErrors())
            return m_check.diagnostics();
        fw.json = bytes;
        return fw;
    }

private:
    QString checkedId(const QString &id, const QString &path)
    {
        return FrameworkIds::checked(m_check, id, path);
    }

    SourceRef readSource(const json &v, const QString &path)
    {
        SourceRef s;
        if (!m_check.object(v, path, { "publisher", "title", "year" }))
            return s;
        s.publisher = m_check.string(v, path, "publisher", Need::Optional).value_or(QString());
        s.title = m_check.string(v, path, "title", Need::Optional).value_or(QString());
        if (const auto year = m_check.integer(v, path, "year", Need::Optional)) {
            if (*year < 1000 || *year > 9999)
                m_check.error(
                    JsonChecker::child(path, "year"), tr("%1 is not a four-digit year").arg(*year));
            else
                s.year = int(*year);
        }
        return s;
    }

    Scale readScale(const json &v, const QString &path)
    {
        Scale scale;
        if (!m_check.object(v, path, { "id", "levels", "allowNotApplicable" }))
            return scale;
        if (const auto id = m_check.string(v, path, "id", Need::Optional))
            scale.id = checkedId(*id, JsonChecker::child(path, "id"));
        scale.allowNotApplicable
            = m_check.boolean(v, path, "allowNotApplicable", Need::Optional).value_or(true);

        const json *levels = m_check.field(v, path, "levels", Need::Required);
        const QString levelsPath = JsonChecker::child(path, "levels");
        if (!levels || !m_check.array(*levels, levelsPath))
            return scale;
        if (levels->size() < kMinLevels || levels->size() > kMaxLevels)
            m_check.error(levelsPath,
                tr("has %n level(s); a scale has %1 to %2 levels", nullptr, int(levels->size()))
                    .arg(kMinLevels)
                    .arg(kMaxLevels));

        static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        QHash<QString, QString> labelPaths; // folded label -> where first seen
        // The previous level's value, when it had a valid one (a plain pair
        // rather than std::optional: GCC's -Wmaybe-uninitialized misfires on it).
        bool hasPrevious = false;
        double previous = 0;
        for (std::size_t i = 0; i < levels->size(); ++i) {
            const json &lv = (*levels)[i];
            const QString lp = JsonChecker::child(levelsPath, i);
            Level level;
            if (!m_check.object(lv, lp, { "value", "label", "descriptor", "color" })) {
                hasPrevious = false;
                continue;
            }
            const auto value = m_check.number(lv, lp, "value", Need::Required);
            if (value) {
                level.value = *value;
                if (hasPrevious && !(*value > previous))
                    m_check.error(JsonChecker::child(lp, "value"),
                        tr("%1 is not greater than the previous level's value %2; "
                           "values must strictly increase")
                            .arg(formatLevelValue(*value), formatLevelValue(previous)));
            }
            hasPrevious = value.has_value();
            previous = value.value_or(0);
            if (const auto label = m_check.string(lv, lp, "label", Need::Required)) {
                level.label = label->trimmed();
                const QString folded = level.label.toCaseFolded();
                if (const auto seen = labelPaths.constFind(folded); seen != labelPaths.cend())
                    m_check.error(JsonChecker::child(lp, "label"),
                        tr("duplicate label \"%1\" (also at %2)").arg(level.label, *seen));
                else
                    labelPaths.insert(folded, JsonChecker::child(lp, "label"));
            }
            level.descriptor
                = m_check.string(lv, lp, "descriptor", Need::Optional, false).value_or(QString());
            if (const auto color = m_check.string(lv, lp, "color", Need::Optional)) {
                if (!colorPattern.match(*color).hasMatch())
                    m_check.error(JsonChecker::child(lp, "color"),
                        tr("\"%1\" is not a colour of the form #rrggbb").arg(*color));
                else
                    level.color = color->toLower();
            }
            scale.levels.append(level);
        }
        m_levelsComplete = scale.levels.size() == qsizetype(levels->size());
        return scale;
    }

    void readDomains(const json &v, const QString &path, Framework &fw)
    {
        if (!m_check.array(v, path))
            return;
        if (v.empty() || v.size() > kMaxDomains)
            m_check.error(path,
                tr("has %n domain(s); a framework has 1 to %1 domains", nullptr, int(v.size()))
                    .arg(kMaxDomains));
        QHash<QString, QString> idPaths;
        for (std::size_t i = 0; i < v.size(); ++i) {
            const QString dp = JsonChecker::child(path, i);
            const json &dv = v[i];
            if (!m_check.object(dv, dp,
                    { "id", "title", "summary", "core", "indicators", "standards", "measures" }))
                continue;
            Domain domain;
            if (const auto id = m_check.string(dv, dp, "id", Need::Required)) {
                domain.id = checkedId(*id, JsonChecker::child(dp, "id"));
                uniqueId(idPaths, domain.id, JsonChecker::child(dp, "id"));
            }
            domain.title = m_check.string(dv, dp, "title", Need::Required).value_or(QString());
            domain.summary
                = m_check.string(dv, dp, "summary", Need::Optional, false).value_or(QString());
            domain.core = m_check.boolean(dv, dp, "core", Need::Optional).value_or(false);
            // Ids are unique among the domain's indicators, standards and measures together.
            QHash<QString, QString> itemIds;
            if (const json *indicators = m_check.field(dv, dp, "indicators", Need::Required))
                readIndicators(
                    *indicators, JsonChecker::child(dp, "indicators"), fw.scale, domain, itemIds);
            BaselineReader baseline(m_check, fw.scale, m_levelsComplete);
            readBaseline(dv, dp, "standards", [&](const json &items, const QString &itemsPath) {
                baseline.readStandards(items, itemsPath, domain, itemIds);
            });
            readBaseline(dv, dp, "measures", [&](const json &items, const QString &itemsPath) {
                baseline.readMeasures(items, itemsPath, domain, itemIds);
            });
            for (int k = 0; k < domain.indicators.size(); ++k)
                fw.indicatorIndex.insert(
                    domain.indicators[k].fullId, { int(fw.domains.size()), k });
            fw.domains.append(domain);
        }
    }

    void readIndicators(const json &v, const QString &path, const Scale &scale, Domain &domain,
        QHash<QString, QString> &idPaths)
    {
        if (!m_check.array(v, path))
            return;
        if (v.empty() || v.size() > kMaxIndicators)
            m_check.error(path,
                tr("has %n indicator(s); a domain has 1 to %1 indicators", nullptr, int(v.size()))
                    .arg(kMaxIndicators));
        for (std::size_t i = 0; i < v.size(); ++i) {
            const QString ip = JsonChecker::child(path, i);
            const json &iv = v[i];
            if (!m_check.object(iv, ip,
                    { "id", "text", "shortTitle", "guidance", "prompts", "levelDescriptors" }))
                continue;
            Indicator ind;
            if (const auto id = m_check.string(iv, ip, "id", Need::Required)) {
                ind.id = checkedId(*id, JsonChecker::child(ip, "id"));
                uniqueId(idPaths, ind.id, JsonChecker::child(ip, "id"));
            }
            ind.fullId = domain.id + u'.' + ind.id;
            ind.text = m_check.string(iv, ip, "text", Need::Required).value_or(QString());
            ind.shortTitle = ShortTitles::read(m_check, iv, ip);
            ind.guidance
                = m_check.string(iv, ip, "guidance", Need::Optional, false).value_or(QString());
            if (const json *prompts = m_check.field(iv, ip, "prompts", Need::Optional)) {
                const QString pp = JsonChecker::child(ip, "prompts");
                if (m_check.array(*prompts, pp)) {
                    for (std::size_t k = 0; k < prompts->size(); ++k) {
                        if (auto p = m_check.asString((*prompts)[k], JsonChecker::child(pp, k)))
                            ind.prompts.append(*p);
                    }
                }
            }
            ind.levelDescriptors = QStringList(scale.levels.size(), QString());
            if (const json *ld = m_check.field(iv, ip, "levelDescriptors", Need::Optional))
                readLevelDescriptors(*ld, JsonChecker::child(ip, "levelDescriptors"), scale, ind);
            domain.indicators.append(ind);
        }
    }

    void readLevelDescriptors(
        const json &v, const QString &path, const Scale &scale, Indicator &ind)
    {
        if (!v.is_object()) {
            m_check.error(path, tr("expected an object, found %1").arg(JsonChecker::describe(v)));
            return;
        }
        QStringList values;
        for (const Level &l : scale.levels)
            values.append(formatLevelValue(l.value));
        for (auto it = v.begin(); it != v.end(); ++it) {
            const QString kp = JsonChecker::child(path, it.key());
            const auto text = m_check.asString(it.value(), kp, false);
            const auto number = parseNumberKey(it.key());
            const int index = number ? scale.indexOf(*number) : -1;
            if (index < 0) {
                // When the scale itself is broken its errors already say so.
                if (m_levelsComplete)
                    m_check.error(kp,
                        tr("\"%1\" is not a value of the scale (%2)")
                            .arg(QString::fromStdString(it.key()),
                                values.join(QStringLiteral(", "))));
                continue;
            }
            if (text)
                ind.levelDescriptors[index] = *text;
        }
    }

    void uniqueId(QHash<QString, QString> &seen, const QString &id, const QString &path)
    {
        FrameworkIds::unique(m_check, seen, id, path);
    }

    // A domain's standards or measures (format version 2), refused as such
    // in a version 1 file: an older strongtrust would refuse the file, so a
    // file that has them must say it needs a newer one.
    template <typename Read>
    void readBaseline(const json &dv, const QString &dp, std::string_view key, Read read)
    {
        const json *items = m_check.field(dv, dp, key, Need::Optional);
        if (!items)
            return;
        const QString path = JsonChecker::child(dp, key);
        if (m_version == 1) {
            m_check.error(path,
                tr("\"%1\" needs \"formatVersion\": 2 (this file says 1)")
                    .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
            return;
        }
        read(*items, path);
    }

    JsonChecker m_check;
    bool m_levelsComplete = false;
    int m_version = 0; // the document's formatVersion, once read as a valid one
};

} // namespace

Result<Framework> FrameworkLoader::loadBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > kMaxFileBytes)
        return Diagnostic { name, 0, 0, {},
            QCoreApplication::translate(
                "strongtrust::FrameworkLoader", "over 5 MiB; refused before reading") };
    auto parsed = parseJson(bytes, name);
    if (!parsed)
        return parsed.errors();
    return Reader(name).read(parsed.value(), bytes);
}

Result<Framework> FrameworkLoader::loadFile(const QString &path)
{
    auto bytes = readJsonFile(path, kMaxFileBytes);
    if (!bytes)
        return bytes.errors();
    return loadBytes(bytes.value(), path);
}

QString FrameworkLoader::builtInResourcePath()
{
    return QStringLiteral(":/frameworks/cst-strong-trust.json");
}

const Framework &FrameworkLoader::builtIn()
{
    // Loaded once: it is compiled in and cannot change while we run.
    static const Framework framework = [] {
        QFile file(builtInResourcePath());
        if (!file.open(QIODevice::ReadOnly))
            throw std::logic_error("built-in framework resource is missing");
        auto loaded = loadBytes(file.readAll(), builtInResourcePath());
        if (!loaded)
            throw std::logic_error(loaded.errorText().toStdString());
        return std::move(loaded).value();
    }();
    return framework;
}

} // namespace strongtrust
