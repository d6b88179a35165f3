#include "util/JsonChecker.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace strongtrust {

using nlohmann::json;

void JsonChecker::error(const QString &path, const QString &message)
{
    m_errors.append(Diagnostic { m_file, 0, 0, path, message });
}

QString JsonChecker::child(const QString &path, std::string_view key)
{
    // RFC 6901: "~" and "/" inside a key are escaped.
    QString k = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    k.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return (path == rootPath() ? QString() : path) + u'/' + k;
}

QString JsonChecker::child(const QString &path, std::size_t index)
{
    return (path == rootPath() ? QString() : path) + u'/' + QString::number(index);
}

QString JsonChecker::describe(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return tr("null");
    case json::value_t::object:
        return tr("an object");
    case json::value_t::array:
        return tr("an array");
    case json::value_t::string:
        return tr("a string");
    case json::value_t::boolean:
        return tr("a boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return tr("a number");
    default:
        return tr("an unsupported value");
    }
}

bool JsonChecker::object(
    const json &v, const QString &path, std::initializer_list<std::string_view> allowed)
{
    if (!v.is_object()) {
        error(path, tr("expected an object, found %1").arg(describe(v)));
        return false;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string &key = it.key();
        if (key.rfind("x-", 0) == 0)
            continue;
        bool known = false;
        for (std::string_view a : allowed)
            known = known || key == a;
        if (!known)
            error(child(path, key), tr("unknown field \"%1\"").arg(QString::fromStdString(key)));
    }
    return true;
}

bool JsonChecker::array(const json &v, const QString &path)
{
    if (!v.is_array()) {
        error(path, tr("expected an array, found %1").arg(describe(v)));
        return false;
    }
    return true;
}

const json *JsonChecker::field(
    const json &obj, const QString &path, std::string_view key, Need need)
{
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (need == Need::Required)
            error(path,
                tr("missing required field \"%1\"")
                    .arg(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()))));
        return nullptr;
    }
    return &*it;
}

std::optional<QString> JsonChecker::asString(const json &v, const QString &path, bool nonEmpty)
{
    if (!v.is_string()) {
        error(path, tr("expected a string, found %1").arg(describe(v)));
        return std::nullopt;
    }
    QString s = QString::fromStdString(v.get_ref<const std::string &>());
    if (nonEmpty && s.trimmed().isEmpty()) {
        error(path, tr("must not be empty"));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonChecker::string(
    const json &obj, const QString &path, std::string_view key, Need need, bool nonEmpty)
{
    const json *v = field(obj, path, key, need);
    if (!v)
        return std::nullopt;
    return asString(*v, child(path, key), nonEmpty);
}

std::optional<double> JsonChecker::number(
    const json &obj, const QString &path, std::string_view key, Need need)
{
    const json *v = field(obj, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->is_number()) {
        error(child(path, key), tr("expected a number, found %1").arg(describe(*v)));
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d)) {
        error(child(path, key), tr("must be a finite number"));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> JsonChecker::integer(
    const json &obj, const QString &path, std::string_view key, Need need)
{
    const json *v = field(obj, path, key, need);
    if (!v)
        return std::nullopt;
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            return static_cast<qint64>(u);
        error(child(path, key), tr("number is out of range"));
        return std::nullopt;
    }
    if (v->is_number_integer())
        return v->get<qint64>();
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9e15)
            return static_cast<qint64>(d);
    }
    error(child(path, key), tr("expected a whole number, found %1").arg(describe(*v)));
    return std::nullopt;
}

std::optional<bool> JsonChecker::boolean(
    const json &obj, const QString &path, std::string_view key, Need need)
{
    const json *v = field(obj, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        error(child(path, key), tr("expected true or false, found %1").arg(describe(*v)));
        return std::nullopt;
    }
    return v->get<bool>();
}

} // namespace strongtrust
