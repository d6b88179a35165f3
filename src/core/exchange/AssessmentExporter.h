#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace strongtrust {

class Workbook;

// An assessment as an interchange document (docs: interchange-format.md):
// pretty-printed UTF-8 JSON, byte-stable, so that export → import into an
// empty workbook → export gives the same bytes.
Result<QByteArray> exportAssessmentJson(const Workbook &wb, qint64 assessmentId);

// An assessment as RFC 4180 CSV (UTF-8 with a byte order mark, CRLF): one row
// per indicator in framework order, with consensus, spread and each rater's level.
Result<QByteArray> exportAssessmentCsv(const Workbook &wb, qint64 assessmentId);

} // namespace strongtrust
