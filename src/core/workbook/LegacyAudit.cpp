#include "workbook/LegacyAudit.h"

#include "workbook/AssessmentData.h"
#include "workbook/Sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace strongtrust::legacyaudit {

namespace {

// Trustees by every name they have had: their names today, then, following
// the renames recorded in the trail from the newest back, the names before.
Result<QHash<QString, qint64>> trusteesByName(const QSqlDatabase &db)
{
    QHash<QString, qint64> byName;
    auto now = sql::run(db, QStringLiteral("SELECT id, name FROM trustee"));
    if (!now)
        return now.errors();
    while (now.value().next())
        byName.insert(nameKey(now.value().value(1).toString()), now.value().value(0).toLongLong());
    auto renames = sql::run(db,
        QStringLiteral("SELECT old_value, new_value FROM audit WHERE entity"
                       " = 'trustee' AND field = 'name' ORDER BY id DESC"));
    if (!renames)
        return renames.errors();
    while (renames.value().next()) {
        const QString before = nameKey(renames.value().value(0).toString());
        const qint64 id = byName.value(nameKey(renames.value().value(1).toString()));
        if (id && !byName.contains(before))
            byName.insert(before, id);
    }
    return byName;
}

// The one row of `table` that matches, or 0 when none or several do.
qint64 uniqueRecord(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto q = sql::run(db, statement, values);
    if (!q || !q.value().next())
        return 0;
    const qint64 id = q.value().value(0).toLongLong();
    return q.value().next() ? 0 : id;
}

QString leadingNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d+)"));
    const auto m = number.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

} // namespace

QString rawLevel(const QString &written)
{
    static const QRegularExpression level(QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)"));
    if (written.trimmed().isEmpty())
        return {};
    const auto m = level.match(written);
    // Anything else earlier versions wrote for a value was "not applicable",
    // in whatever language the interface had that day.
    return m.hasMatch() ? m.captured(1) : QStringLiteral("na");
}

Status convert(const QSqlDatabase &db)
{
    auto names = trusteesByName(db);
    if (!names)
        return names.errors();
    auto rows = sql::run(db,
        QStringLiteral("SELECT id, COALESCE(assessment, 0), entity, key, field,"
                       " COALESCE(old_value, ''), COALESCE(new_value, '')"
                       " FROM audit ORDER BY id"));
    if (!rows)
        return rows.errors();
    struct Converted {
        qint64 id;
        QString label;
        qint64 trustee = 0;
        QString subject;
        qint64 record = 0;
        QString oldValue;
        QString newValue;
    };
    QList<Converted> converted;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        const qint64 assessment = q.value(1).toLongLong();
        const QString entity = q.value(2).toString();
        const QString key = q.value(3).toString();
        const QString field = q.value(4).toString();
        Converted c { q.value(0).toLongLong(), {}, 0, {}, 0, q.value(5).toString(),
            q.value(6).toString() };
        if (entity == QLatin1String("rating")) {
            // "NAME · INDICATOR"
            const qsizetype dot = key.lastIndexOf(QStringLiteral(" \u00b7 "));
            const QString name = dot >= 0 ? key.left(dot) : key;
            c.subject = dot >= 0 ? key.mid(dot + 3) : QString();
            c.trustee = names.value().value(nameKey(name));
            c.label = name;
        } else if (entity == QLatin1String("trustee")) {
            c.trustee = names.value().value(nameKey(key));
            c.label = key;
        } else if (entity == QLatin1String("action")) {
            c.label = key;
            c.record = uniqueRecord(db,
                QStringLiteral("SELECT id FROM action WHERE assessment = ? AND"
                               " text = ?"),
                { assessment, key });
        } else if (entity == QLatin1String("evidence")) {
            c.subject = key;
            const QString title = field == QLatin1String("removed") ? c.oldValue : c.newValue;
            if (field == QLatin1String("added") || field == QLatin1String("removed"))
                c.record = uniqueRecord(db,
                    QStringLiteral("SELECT id FROM evidence WHERE assessment"
                                   " = ? AND indicator = ? AND title = ?"),
                    { assessment, key, title });
        } else if (entity == QLatin1String("trust")) {
            c.label = key;
        } else {
            // consensus, change reason, amendment: an indicator, a domain or a
            // period; assessment: its period; framework: its id.
            c.subject = key;
        }
        if (field == QLatin1String("level")) {
            c.oldValue = rawLevel(c.oldValue);
            c.newValue = rawLevel(c.newValue);
        } else if (entity == QLatin1String("assessment") && field == QLatin1String("status")) {
            // "final: signed off by …" in the language of the day; the sign-off
            // itself is in the assessment's row.
            c.newValue = QStringLiteral("final");
        } else if (entity == QLatin1String("assessment")
            && field == QLatin1String("started from")) {
            c.newValue = leadingNumber(c.newValue); // "%n open action(s) carried forward"
        }
        converted.append(c);
    }
    for (const Converted &c : converted) {
        auto optionalId = [](qint64 id) {
            return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
        };
        if (auto r = sql::run(db,
                QStringLiteral("UPDATE audit SET key = ?, trustee = ?, subject = ?,"
                               " record = ?, old_value = ?, new_value = ? WHERE id = ?"),
                { c.label, optionalId(c.trustee), c.subject, optionalId(c.record),
                    sql::nullIfEmpty(c.oldValue), sql::nullIfEmpty(c.newValue), c.id });
            !r)
            return r.errors();
    }
    return success();
}

} // namespace strongtrust::legacyaudit
