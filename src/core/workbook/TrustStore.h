#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>
#include <QVariantList>

#include <optional>

namespace strongtrust {

class WorkbookDatabase;

// The trust and its trustees (tables `trust`, `trustee`). Trustees belong to
// the workbook, not to a period, and are never deleted: a trustee who leaves
// is retired, so every period's record still names them.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::TrustStore)

public:
    explicit TrustStore(WorkbookDatabase &db) : m_db(db) { }

    QString trustName() const;
    Status setTrustName(const QString &name);

    // In the order they were added, retired ones included.
    QList<Trustee> trustees() const;
    std::optional<Trustee> trustee(qint64 id) const;
    // Matched case- and space-insensitively.
    std::optional<Trustee> trusteeByName(const QString &name) const;
    Result<qint64> addTrustee(const QString &name, const QString &role = {});
    Status renameTrustee(qint64 id, const QString &name);
    Status setTrusteeRole(qint64 id, const QString &role);
    Status setTrusteeRetired(qint64 id, bool retired);

private:
    Status checkName(const QString &name) const;
    // Runs `statement` on trustee `t` and records the change of `field`, in one transaction.
    Status writeTrustee(const Trustee &t, const QString &statement, const QVariantList &values,
        const QString &field, const QString &before, const QString &after);

    WorkbookDatabase &m_db;
};

} // namespace strongtrust
