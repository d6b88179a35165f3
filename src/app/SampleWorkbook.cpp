#include "app/SampleWorkbook.h"

#include "exchange/AssessmentImporter.h"
#include "framework/FrameworkLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace strongtrust::app {

// The periods are imported in order, and each after the first is started
// from the one before, as a clerk would: its open actions are carried
// forward, linked to the actions they continue, and the document then
// records what became of them (scripts/make-sample.py).
Result<std::unique_ptr<Workbook>> createSampleWorkbook(const QString &path)
{
    auto wb = Workbook::create(
        path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
    if (!wb)
        return wb.errors();
    Workbook &book = *wb.value();
    const QStringList documents
        = QDir(QStringLiteral(":/samples"))
              .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : documents) {
        QFile file(QStringLiteral(":/samples/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Diagnostic { file.fileName(), 0, 0, {}, file.errorString() };
        const QByteArray bytes = file.readAll();
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        const QString period = doc.value(QLatin1String("period")).toString();
        const QList<AssessmentInfo> earlier = book.assessments();
        if (!earlier.isEmpty() && !book.assessmentForPeriod(period)) {
            auto started = book.startPeriodFrom(
                earlier.last().id, period, doc.value(QLatin1String("title")).toString());
            if (!started)
                return started.errors();
        }
        auto imported = importAssessment(book, bytes, name);
        if (!imported)
            return imported.errors();
    }
    return wb;
}

} // namespace strongtrust::app
