#pragma once

#include "framework/Framework.h"
#include "util/Result.h"
#include "workbook/AuditEntry.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <tuple>
#include <utility>

class QLockFile;

namespace strongtrust {

// The workbook file: creating, opening (inspect, lock, migrate), the SQLite
// connection, transactions and the writing of audit entries. The stores
// (TrusteeStore, FrameworkStore, AssessmentStore, RatingStore, RecordStore,
// AuditStore) read and write their tables through it.
class WorkbookDatabase
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::WorkbookDatabase)

public:
    static constexpr quint32 kApplicationId = 0x53545452; // "STTR"

    // A new file at `path` (which must not exist): the schema, the trust and
    // its default framework, built under a temporary name and renamed.
    static Status create(const QString &path, const QString &trustName, const Framework &framework);
    static Result<std::unique_ptr<WorkbookDatabase>> open(const QString &path, bool readOnly);

    ~WorkbookDatabase();
    WorkbookDatabase(const WorkbookDatabase &) = delete;
    WorkbookDatabase &operator=(const WorkbookDatabase &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setActor(const QString &name) { m_actor = name; }
    QString actor() const { return m_actor; }

    // While one lives, audit entries name `actor` and `via` instead of the
    // workbook's user: a trustee's rating from their own device is theirs.
    // Edits run on the workbook's one thread, so the scope is exactly the
    // edit made inside it.
    class ScopedAuthor
    {
    public:
        ScopedAuthor(WorkbookDatabase &db, const QString &actor, const QString &via)
            : m_db(db)
            , m_actor(std::exchange(db.m_actor, actor))
            , m_via(std::exchange(db.m_via, via))
        {
        }
        ~ScopedAuthor()
        {
            m_db.m_actor = m_actor;
            m_db.m_via = m_via;
        }
        ScopedAuthor(const ScopedAuthor &) = delete;
        ScopedAuthor &operator=(const ScopedAuthor &) = delete;

    private:
        WorkbookDatabase &m_db;
        QString m_actor;
        QString m_via;
    };

    QSqlDatabase connection() const;

    // Runs `body` as one transaction; nested calls join the outer one.
    Status transaction(const std::function<Status()> &body);
    Status refuseIfReadOnly() const;

    // "PATH: WHAT: DETAIL", the form of every refusal of an edit.
    Diagnostic problem(const QString &what, const QString &detail) const;
    Diagnostic fileProblem(const QString &message) const;

    // Writes one audit entry (its id, time, actor and period are filled in).
    Status audit(const AuditEntry &entry);
    // One entry, `entry` with its field and values, for each (field, before,
    // after) that differ.
    using FieldChange = std::tuple<QString, QString, QString>;
    Status auditChanges(AuditEntry entry, const QList<FieldChange> &changes);

private:
    WorkbookDatabase(QString path, QString connectionName, bool readOnly, QString readOnlyReason,
        std::unique_ptr<QLockFile> lock);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    QString m_actor;
    QString m_via;
    int m_transactionDepth = 0;
};

// The current time as the workbook stores it: UTC, ISO 8601 with milliseconds.
QString workbookNow();

} // namespace strongtrust
