#include "app/SampleWorkbook.h"

#include "exchange/AssessmentImporter.h"
#include "framework/FrameworkLoader.h"

#include <QDir>
#include <QFile>

namespace strongtrust::app {

Result<std::unique_ptr<Workbook>> createSampleWorkbook(const QString &path)
{
    auto wb = Workbook::create(
        path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
    if (!wb)
        return wb.errors();
    const QStringList documents
        = QDir(QStringLiteral(":/samples"))
              .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : documents) {
        QFile file(QStringLiteral(":/samples/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Diagnostic { file.fileName(), 0, 0, {}, file.errorString() };
        auto imported = importAssessment(*wb.value(), file.readAll(), name);
        if (!imported)
            return imported.errors();
    }
    return wb;
}

} // namespace strongtrust::app
