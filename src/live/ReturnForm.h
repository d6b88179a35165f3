#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace strongtrust {
class Workbook;
}

namespace strongtrust::live {

struct WrittenForm {
    qint64 trusteeId = 0;
    QString name;
    QString path; // the HTML file written
};

// Return forms (live-rating.md): the rating page written as one HTML file for
// one trustee and one period, carrying the framework, the trustee's earlier
// answers and the return to fill; it needs and uses no network.
class ReturnForm
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::live::ReturnForm)

public:
    // One form per trustee in `trusteeIds` (every active trustee when empty)
    // into `dir`, each written to a temporary name and renamed. All or
    // nothing: on a problem no form is left behind.
    static Result<QList<WrittenForm>> write(const Workbook &workbook, qint64 assessmentId,
        const QString &dir, const QList<qint64> &trusteeIds = {});
    // The HTML of one trustee's form.
    static Result<QByteArray> html(const Workbook &workbook, qint64 assessmentId, qint64 trusteeId);
    // "jane-smith-2025-26-return.json": what the form saves.
    static QString returnFileName(const QString &trusteeName, const QString &period);
    // "jane-smith-2025-26-form.html": the form's own file name.
    static QString formFileName(const QString &trusteeName, const QString &period);
};

} // namespace strongtrust::live
