#pragma once

// Internal to the report: the zip of an OpenDocument file, read into its
// members and written back, so that the editable export can add what Qt's
// ODF writer leaves out (real headings, an A4 page).
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace strongtrust::report {

struct PackageMember {
    QString name; // its path in the zip, "content.xml"
    QByteArray data; // uncompressed
};

// The members of a zip (stored or deflated), in the order of its directory.
Result<QList<PackageMember>> readPackage(const QByteArray &zip);
// A zip of `members` in their order: "mimetype" stored uncompressed (as
// OpenDocument requires of the first member), everything else deflated.
QByteArray writePackage(const QList<PackageMember> &members);

} // namespace strongtrust::report
