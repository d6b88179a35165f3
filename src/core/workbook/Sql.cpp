#include "workbook/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlError>

namespace strongtrust::sql {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Workbook)
};

// SQLite's primary result codes (the low byte of the extended code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    NotADb = 26
};
} // namespace

Diagnostic describe(const QSqlError &error, const QString &file)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    QString message;
    switch (ok ? code : -1) {
    case Full:
        message = Tr::tr("the disk is full (or the workbook has reached its size limit); "
                         "the change was not saved");
        break;
    case ReadOnly:
        message = Tr::tr("the workbook cannot be written (read-only file or folder); "
                         "the change was not saved");
        break;
    case Busy:
    case Locked:
        message = Tr::tr("the workbook is busy in another program; the change was not saved");
        break;
    case Corrupt:
    case NotADb:
        message = Tr::tr("the workbook is damaged (%1)").arg(error.databaseText());
        break;
    case IoErr:
        message = Tr::tr("the workbook could not be read or written (%1); the change was not saved")
                      .arg(error.databaseText());
        break;
    default:
        message = Tr::tr("database error: %1").arg(error.text());
        break;
    }
    return Diagnostic { file, 0, 0, {}, message };
}

namespace {

// Prepared writes, per connection. Preparing costs more than running a small
// statement, and every edit runs the same few writes. Only statements without
// rows are kept: a kept SELECT could hold a read snapshot open and leave a
// second, read-only process looking at old data.
QHash<QString, QHash<QString, QSqlQuery>> &preparedWrites()
{
    static QHash<QString, QHash<QString, QSqlQuery>> cache;
    return cache;
}

bool isWrite(const QString &statement)
{
    return statement.startsWith(QLatin1String("INSERT"))
        || statement.startsWith(QLatin1String("UPDATE"))
        || statement.startsWith(QLatin1String("DELETE"));
}

} // namespace

void forgetConnection(const QString &connectionName)
{
    preparedWrites().remove(connectionName);
}

// Runs `statement`, prepared once per connection when `keep` (see preparedWrites).
static Result<QSqlQuery> execute(
    const QSqlDatabase &db, const QString &statement, const QVariantList &values, bool keep)
{
    const bool cacheable = keep;
    QSqlQuery query;
    bool prepared = false;
    if (cacheable) {
        const QHash<QString, QSqlQuery> &forConnection = preparedWrites()[db.connectionName()];
        if (const auto it = forConnection.constFind(statement); it != forConnection.cend()) {
            // A copy shares the prepared statement, which is the point here.
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            query = *it;
            QT_WARNING_POP
            prepared = true;
        }
    }
    if (!prepared) {
        query = QSqlQuery(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return describe(query.lastError(), db.databaseName());
        if (cacheable) {
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            preparedWrites()[db.connectionName()].insert(statement, query);
            QT_WARNING_POP
        }
    }
    for (int i = 0; i < values.size(); ++i) {
        // The driver binds a null QString as SQL NULL; text columns are NOT
        // NULL, so a null string means empty text. (A deliberate NULL is a
        // null QVariant: see nullIfEmpty().)
        const QVariant &v = values[i];
        if (v.metaType().id() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
    if (!query.exec())
        return describe(query.lastError(), db.databaseName());
    return query;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return execute(db, statement, values, isWrite(statement));
}

Result<std::optional<QSqlRecord>> firstRow(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    // Kept prepared like a write: the statement is reset (finish) before this
    // returns, so it holds no read snapshot afterwards.
    auto q = execute(db, statement, QVariantList(values), true);
    if (!q)
        return q.errors();
    std::optional<QSqlRecord> row;
    if (q.value().next())
        row = q.value().record();
    q.value().finish();
    return row;
}

Result<QSqlQuery> run(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return run(db, statement, QVariantList(values));
}

Result<QVariant> scalar(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    auto q = run(db, statement, values);
    if (!q)
        return q.errors();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace strongtrust::sql
