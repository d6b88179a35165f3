#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace strongtrust::test {

// A small valid framework: two domains, a three-level scale with fractional
// values. Tests break it one rule at a time.
nlohmann::json minimalFramework();

QByteArray toBytes(const nlohmann::json &doc);

// A file's bytes, or empty.
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// The result of running the strongtrust executable.
struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built executable headless: no DISPLAY and no QT_QPA_PLATFORM, as
// a clerk's script would.
ProcessResult runStrongtrust(const QStringList &arguments, const QString &workingDir = {});

} // namespace strongtrust::test
