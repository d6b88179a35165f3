#pragma once

// Internal to the core: what must be known about a file before SQLite opens
// it, and how it is opened. Refusals happen here, without writing a byte.
#include "util/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace strongtrust::workbookfile {

// Reads the 100-byte SQLite header: refuses a file that is not SQLite, not a
// workbook (application id), or from a newer version (user_version).
Status inspect(const QString &path, quint32 applicationId, int newestVersion);

struct Access {
    bool readOnly = false;
    QString reason; // why read-only, for the user
    std::unique_ptr<QLockFile> lock; // held while we may write
};

// Decides whether the file can be written: asked for read-only, file or
// folder not writable, or in use by another process (its lock is held).
Access decideAccess(const QString &path, bool askedReadOnly);

// Opens a connection named `connection` on `path`. A read-only database in a
// read-only folder is opened immutable (nothing can be written there anyway).
Status openConnection(const QString &path, const QString &connection, bool readOnly);
void closeConnection(const QString &connection);

// A name for a new connection, unique in this process.
QString newConnectionName();

// The login name, the default actor of the audit trail.
QString loginName();

} // namespace strongtrust::workbookfile
