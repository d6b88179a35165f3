#pragma once

// Internal to the core: reads a parsed JSON document field by field, keeping
// the JSON pointer of every value so that each problem can name where it is.
#include "util/Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace strongtrust {

class JsonChecker
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::JsonChecker)

public:
    enum class Need { Required, Optional };

    explicit JsonChecker(QString fileName) : m_file(std::move(fileName)) { }

    void error(const QString &path, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    const Diagnostics &diagnostics() const { return m_errors; }

    static QString child(const QString &path, std::string_view key);
    static QString child(const QString &path, std::size_t index);
    // "a string", "a number", "an object"... for messages.
    static QString describe(const nlohmann::json &v);

    // False (with an error) unless v is an object. Keys outside `allowed` are
    // reported, except those starting with "x-", which are for extensions.
    bool object(const nlohmann::json &v, const QString &path,
        std::initializer_list<std::string_view> allowed);
    bool array(const nlohmann::json &v, const QString &path);

    // Field of an object already checked with object(). A missing required
    // field is reported; a missing optional one is nullptr.
    const nlohmann::json *field(
        const nlohmann::json &obj, const QString &path, std::string_view key, Need need);

    std::optional<QString> string(const nlohmann::json &obj, const QString &path,
        std::string_view key, Need need, bool nonEmpty = true);
    std::optional<double> number(
        const nlohmann::json &obj, const QString &path, std::string_view key, Need need);
    std::optional<qint64> integer(
        const nlohmann::json &obj, const QString &path, std::string_view key, Need need);
    std::optional<bool> boolean(
        const nlohmann::json &obj, const QString &path, std::string_view key, Need need);

    // A value already found: check it is a (non-empty) string.
    std::optional<QString> asString(
        const nlohmann::json &v, const QString &path, bool nonEmpty = true);

private:
    QString m_file;
    Diagnostics m_errors;
};

// The path to show for the document root.
inline QString rootPath()
{
    return QStringLiteral("/");
}

} // namespace strongtrust
