#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace strongtrust::test {

// A small valid framework: two domains, a three-level scale with fractional
// values. Tests break it one rule at a time.
nlohmann::json minimalFramework();

// The same with baseline standards and measures (framework format version 2):
// in "alpha", the standards accounts-published (capsAt 0.5) and safeguarding
// and the measures reserves (%, range, target 5-12) and attendance (%,
// higher); in "beta", the measure suspensions (pupils, lower). Its id is
// "baseline-framework".
nlohmann::json baselineFramework();

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
