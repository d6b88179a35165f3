#include "cli/OpenForReading.h"

namespace strongtrust::cli {

Result<std::unique_ptr<Workbook>> openForReading(const QString &path)
{
    return Workbook::open(path);
}

} // namespace strongtrust::cli
