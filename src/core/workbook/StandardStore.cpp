#include "workbook/StandardStore.h"

#include "workbook/EditRules.h"
#include "workbook/Sql.h"
#include "workbook/StoredValues.h"
#include "workbook/WorkbookDatabase.h"

namespace strongtrust {

Result<StandardJudgement> StandardStore::judgement(
    qint64 assessmentId, const QString &standard) const
{
    auto row = sql::firstRow(m_db.connection(),
        QStringLiteral("SELECT result, note FROM standard_result"
                       " WHERE assessment = ? AND standard = ?"),
        { assessmentId, standard });
    if (!row)
        return row.errors();
    StandardJudgement j;
    j.standard = standard;
    if (const auto &r = row.value()) {
        j.result
            = standardResultFromKey(r->value(0).toString()).value_or(StandardResult::NotJudged);
        j.note = r->value(1).toString();
    }
    return j;
}

Result<StandardEdit> StandardStore::setStandard(
    qint64 assessmentId, const QString &standard, StandardResult result, const QString &note)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    StandardEdit edit;
    edit.after.standard = standard;
    edit.after.result = result;
    edit.after.note = stored::noteText(note);
    if (auto s = m_rules.standard(target.value(), standard, edit.after.note); !s)
        return s.errors();
    const bool removes = result == StandardResult::NotJudged && edit.after.note.isEmpty();
    const QSqlDatabase db = m_db.connection();
    const Status written = m_db.transaction([&]() -> Status {
        auto old = judgement(assessmentId, standard);
        if (!old)
            return old.errors();
        edit.before = old.value();
        if (!edit.changed())
            return success();
        auto r = removes
            ? sql::run(db,
                QStringLiteral("DELETE FROM standard_result WHERE assessment = ? AND standard = ?"),
                { assessmentId, standard })
            : sql::run(db,
                QStringLiteral("INSERT INTO standard_result (assessment, standard, result, note)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (assessment, standard)"
                               " DO UPDATE SET result = excluded.result, note = excluded.note"),
                { assessmentId, standard, standardResultKey(result), edit.after.note });
        if (!r)
            return r.errors();
        AuditEntry e;
        e.assessmentId = assessmentId;
        e.entity = QStringLiteral("standard");
        e.subject = standard;
        return m_db.auditChanges(e,
            { { QStringLiteral("result"), standardResultKey(edit.before.result),
                  standardResultKey(result) },
                { QStringLiteral("note"), edit.before.note, edit.after.note } });
    });
    if (!written)
        return written.errors();
    return edit;
}

} // namespace strongtrust
