#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace strongtrust {

class Workbook;

// What an import did, for the clerk to see.
struct ImportSummary {
    QString period;
    bool createdAssessment = false; // the period was new to the workbook
    int trusteesAdded = 0;          // raters not matched to an existing trustee
    int ratings = 0;                // entries of the document's "ratings"
    int consensus = 0;              // entries of its "consensus"
    int actions = 0;                // entries of its "actions"
    bool finalised = false;         // restored signed off (the document had "signOff")
};

// Imports an interchange document (a trustee's return, a full export or an
// archive's data file). Every problem is reported, each with its JSON path,
// and then nothing is written; otherwise all is written in one transaction.
Result<ImportSummary> importAssessment(Workbook &wb, const QByteArray &json,
                                       const QString &fileName);

// The same from a file, which is refused unread when over kMaxImportBytes.
Result<ImportSummary> importAssessmentFile(Workbook &wb, const QString &path);

inline constexpr qint64 kMaxImportBytes = 20 * 1024 * 1024;

} // namespace strongtrust
