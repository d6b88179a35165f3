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
    int trusteesAdded = 0; // raters not matched to an existing trustee
    int ratings = 0; // entries of the document's "ratings"
    int consensus = 0; // entries of its "consensus"
    int actions = 0; // entries of its "actions"
    int standards = 0; // entries of its "standards"
    int measures = 0; // entries of its "measures"
    bool finalised = false; // restored signed off (the document had "signOff")
};

// Imports an interchange document (a trustee's return, a full export or an
// archive's data file). Every problem is reported, each with its JSON path,
// and then nothing is written; otherwise all is written in one transaction.
// `frameworkFile` (optional): a framework document a new period may use when
// the workbook holds none of the document's framework id and version.
Result<ImportSummary> importAssessment(Workbook &wb, const QByteArray &json,
    const QString &fileName, const QString &frameworkFile = {});

// The same from a file, which is refused unread when over kMaxImportBytes.
// A framework.json beside the file (as in an archive bundle) is the framework
// file above, so that an archive restores into a workbook that never held its
// framework.
Result<ImportSummary> importAssessmentFile(Workbook &wb, const QString &path);

// The name of the framework document beside an archive's assessment.json.
inline constexpr char kArchivedFrameworkFile[] = "framework.json";

inline constexpr qint64 kMaxImportBytes = 20 * 1024 * 1024;

} // namespace strongtrust
