#pragma once

#include "framework/Framework.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace strongtrust {

// Reads framework documents (docs/framework-format.md) and checks every rule,
// reporting all problems at once rather than stopping at the first.
class FrameworkLoader
{
public:
    static constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;
    // The newest format version read; every older one is read as well.
    static constexpr int kFormatVersion = 2;

    // A framework file. Errors name the file.
    static Result<Framework> loadFile(const QString &path);
    // A framework held in memory (a resource, a workbook's stored copy);
    // `name` is what errors call it.
    static Result<Framework> loadBytes(const QByteArray &json, const QString &name);
    // The framework compiled into the application.
    static const Framework &builtIn();
    static QString builtInResourcePath();
};

} // namespace strongtrust
