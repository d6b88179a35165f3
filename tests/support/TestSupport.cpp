#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace strongtrust::test {

nlohmann::json minimalFramework()
{
    return nlohmann::json::parse(R"({
      "format": "strongtrust-framework",
      "formatVersion": 1,
      "id": "test-framework",
      "version": "1.0",
      "title": "Test framework",
      "source": { "publisher": "Test publisher", "title": "A paper", "year": 2024 },
      "scale": {
        "id": "three-step",
        "levels": [
          { "value": 0, "label": "Low", "descriptor": "Little sign of it.", "color": "#d55e00" },
          { "value": 0.5, "label": "Middle", "descriptor": "Partly in place." },
          { "value": 1, "label": "High", "descriptor": "Fully in place.", "color": "#009E73" }
        ],
        "allowNotApplicable": false
      },
      "domains": [
        {
          "id": "alpha",
          "title": "Alpha",
          "summary": "First domain.",
          "indicators": [
            { "id": "one", "text": "Alpha one", "guidance": "Look at one.",
              "prompts": ["Is it one?", "Why one?"],
              "levelDescriptors": { "0": "none", "0.5": "half", "1": "all" } },
            { "id": "two", "text": "Alpha two" }
          ]
        },
        {
          "id": "beta",
          "title": "Beta",
          "indicators": [ { "id": "one", "text": "Beta one", "x-note": "ignored" } ]
        }
      ],
      "x-comment": "extension keys are ignored"
    })");
}

nlohmann::json baselineFramework()
{
    nlohmann::json fw = minimalFramework();
    fw["formatVersion"] = 2;
    fw["id"] = "baseline-framework";
    fw["domains"][0]["standards"] = nlohmann::json::parse(R"([
      { "id": "accounts-published", "text": "The trust publishes its audited accounts on time.",
        "source": "Academy Trust Handbook", "capsAt": 0.5 },
      { "id": "safeguarding", "text": "Safeguarding duties are met." }
    ])");
    fw["domains"][0]["measures"] = nlohmann::json::parse(R"([
      { "id": "reserves", "title": "Revenue reserves as a share of income", "unit": "%",
        "better": "range", "decimals": 1, "target": { "min": 5, "max": 12 } },
      { "id": "attendance", "title": "Attendance", "unit": "%", "better": "higher" }
    ])");
    fw["domains"][1]["measures"] = nlohmann::json::parse(R"([
      { "id": "suspensions", "title": "Suspensions", "unit": "pupils", "better": "lower",
        "decimals": 0 }
    ])");
    return fw;
}

QByteArray toBytes(const nlohmann::json &doc)
{
    return QByteArray::fromStdString(doc.dump(2));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

ProcessResult runStrongtrust(const QStringList &arguments, const QString &workingDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(STRONGTRUST_EXE), arguments);
    ProcessResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace strongtrust::test
