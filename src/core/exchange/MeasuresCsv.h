#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace strongtrust {

class Workbook;

// What an import of measures' values did, for the clerk to see.
struct MeasuresImportSummary {
    QString period;
    int rows = 0; // rows naming a measure
    int changed = 0; // of those, the measures whose record changed
};

// The columns of the measures CSV (docs/interchange.md), as its header names them.
namespace measurescsv {
inline constexpr char kMeasure[] = "measure";
inline constexpr char kValue[] = "value";
inline constexpr char kAsOf[] = "asOf";
inline constexpr char kSource[] = "source";
inline constexpr char kNote[] = "note";
inline constexpr char kTargetMin[] = "targetMin";
inline constexpr char kTargetMax[] = "targetMax";
// Written for the reader of an export; ignored on import (they come from the framework).
inline constexpr char kTitle[] = "title";
inline constexpr char kUnit[] = "unit";
} // namespace measurescsv

// Imports measures' values into one assessment from CSV: a header row naming
// the columns `measure`, `value`, `asOf`, `source` (in any order) and
// optionally `note`, and `targetMin` with `targetMax` (the trust's own
// target); `title` and `unit` are ignored. One row per measure, by its full
// id; a row states the measure's value, date and source, and its note and
// target where the file has those columns (where it has not, they are left
// as they are); an empty value is "not yet known".
// Every bad cell is reported by row and column ("row 4, column value: "8,4"
// is not a number"), and then nothing is written; otherwise every row is
// written through the workbook's edit path (MeasureStore), audited, in one
// transaction. A UTF-8 byte order mark and CRLF line ends are accepted.
Result<MeasuresImportSummary> importMeasuresCsv(
    Workbook &wb, qint64 assessmentId, const QByteArray &csv, const QString &fileName);

// The same from a file, refused unread when over kMaxMeasuresCsvBytes.
Result<MeasuresImportSummary> importMeasuresCsvFile(
    Workbook &wb, qint64 assessmentId, const QString &path);

// An assessment's measures as CSV (UTF-8 with a byte order mark, CRLF): one
// row per measure of its framework, in framework order, recorded or not, in
// the columns measure, title, unit, value, asOf, source, note, targetMin,
// targetMax. Importing it back changes nothing; filled in, it imports.
Result<QByteArray> exportMeasuresCsv(const Workbook &wb, qint64 assessmentId);

inline constexpr qint64 kMaxMeasuresCsvBytes = 5 * 1024 * 1024;

} // namespace strongtrust
