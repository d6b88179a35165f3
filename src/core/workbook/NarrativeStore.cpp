#include "workbook/NarrativeStore.h"

#include "workbook/EditRules.h"
#include "workbook/Sql.h"
#include "workbook/WorkbookDatabase.h"

namespace strongtrust {

QString NarrativeStore::normalised(const QString &text)
{
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    clean.replace(u'\r', u'\n');
    return clean.trimmed();
}

QString NarrativeStore::auditSubject(const QString &domainId)
{
    return domainId.isEmpty() ? QStringLiteral("summary") : domainId;
}

Result<QString> NarrativeStore::setNarrative(
    qint64 assessmentId, const QString &domainId, const QString &text)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    const QString clean = normalised(text);
    if (auto s = m_rules.narrative(target.value(), domainId, clean); !s)
        return s.errors();
    const QSqlDatabase db = m_db.connection();
    const Status written = m_db.transaction([&]() -> Status {
        auto old = sql::scalar(db,
            QStringLiteral("SELECT text FROM narrative WHERE assessment = ? AND domain = ?"),
            { assessmentId, domainId });
        if (!old)
            return old.errors();
        const QString before = old.value().toString();
        if (before == clean)
            return success();
        auto r = clean.isEmpty()
            ? sql::run(db,
                QStringLiteral("DELETE FROM narrative WHERE assessment = ? AND domain = ?"),
                { assessmentId, domainId })
            : sql::run(db,
                QStringLiteral(
                    "INSERT INTO narrative (assessment, domain, text) VALUES (?, ?, ?)"
                    " ON CONFLICT (assessment, domain) DO UPDATE SET text = excluded.text"),
                { assessmentId, domainId, clean });
        if (!r)
            return r.errors();
        AuditEntry e;
        e.assessmentId = assessmentId;
        e.entity = QStringLiteral("narrative");
        e.subject = auditSubject(domainId);
        e.field = QStringLiteral("text");
        e.oldValue = before;
        e.newValue = clean;
        return m_db.audit(e);
    });
    if (!written)
        return written.errors();
    // Read back, so that the caller holds what the file holds.
    auto stored = sql::scalar(db,
        QStringLiteral("SELECT text FROM narrative WHERE assessment = ? AND domain = ?"),
        { assessmentId, domainId });
    if (!stored)
        return stored.errors();
    return stored.value().toString();
}

} // namespace strongtrust
