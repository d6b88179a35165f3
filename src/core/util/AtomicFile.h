#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace strongtrust {

// Writes `data` to a temporary file beside `path` and renames it into place,
// so that a failure never leaves a half-written file under the name asked for.
Status writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace strongtrust
