#include "workbook/MeasureStore.h"

#include "workbook/EditRules.h"
#include "workbook/Sql.h"
#include "workbook/StoredValues.h"
#include "workbook/WorkbookDatabase.h"

namespace strongtrust {

MeasureValue MeasureStore::normalised(MeasureValue value)
{
    value.source = value.source.simplified();
    value.note = stored::noteText(value.note);
    return value;
}

Result<MeasureValue> MeasureStore::measure(qint64 assessmentId, const QString &measure) const
{
    auto row = sql::firstRow(m_db.connection(),
        QStringLiteral("SELECT value, as_of, source, note, target_min, target_max"
                       " FROM measure_value WHERE assessment = ? AND measure = ?"),
        { assessmentId, measure });
    if (!row)
        return row.errors();
    MeasureValue m;
    m.measure = measure;
    if (const auto &r = row.value()) {
        m.value = stored::numberFrom(r->value(0));
        m.asOf = sql::dateFrom(r->value(1));
        m.source = r->value(2).toString();
        m.note = r->value(3).toString();
        m.target.min = stored::numberFrom(r->value(4));
        m.target.max = stored::numberFrom(r->value(5));
    }
    return m;
}

Result<MeasureEdit> MeasureStore::setMeasure(qint64 assessmentId, const MeasureValue &value)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    MeasureEdit edit;
    edit.after = normalised(value);
    if (auto s = m_rules.measure(target.value(), edit.after); !s)
        return s.errors();
    const MeasureValue &next = edit.after;
    const QSqlDatabase db = m_db.connection();
    const Status written = m_db.transaction([&]() -> Status {
        auto old = measure(assessmentId, next.measure);
        if (!old)
            return old.errors();
        edit.before = old.value();
        if (!edit.changed())
            return success();
        auto r = next.isEmpty()
            ? sql::run(db,
                QStringLiteral("DELETE FROM measure_value WHERE assessment = ? AND measure = ?"),
                { assessmentId, next.measure })
            : sql::run(db,
                QStringLiteral("INSERT INTO measure_value (assessment, measure, value, as_of,"
                               " source, note, target_min, target_max)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (assessment, measure) DO UPDATE SET"
                               " value = excluded.value, as_of = excluded.as_of,"
                               " source = excluded.source, note = excluded.note,"
                               " target_min = excluded.target_min,"
                               " target_max = excluded.target_max"),
                { assessmentId, next.measure, stored::optionalNumber(next.value),
                    sql::dateValue(next.asOf), next.source, next.note,
                    stored::optionalNumber(next.target.min),
                    stored::optionalNumber(next.target.max) });
        if (!r)
            return r.errors();
        const MeasureValue &was = edit.before;
        AuditEntry e;
        e.assessmentId = assessmentId;
        e.entity = QStringLiteral("measure");
        e.subject = next.measure;
        const QList<WorkbookDatabase::FieldChange> changes {
            { QStringLiteral("value"), stored::auditNumber(was.value),
                stored::auditNumber(next.value) },
            { QStringLiteral("as of"), was.asOf.toString(Qt::ISODate),
                next.asOf.toString(Qt::ISODate) },
            { QStringLiteral("source"), was.source, next.source },
            { QStringLiteral("note"), was.note, next.note },
            { QStringLiteral("target min"), stored::auditNumber(was.target.min),
                stored::auditNumber(next.target.min) },
            { QStringLiteral("target max"), stored::auditNumber(was.target.max),
                stored::auditNumber(next.target.max) },
        };
        return m_db.auditChanges(e, changes);
    });
    if (!written)
        return written.errors();
    return edit;
}

} // namespace strongtrust
