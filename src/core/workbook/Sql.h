#pragma once

// Internal to the core: prepared statements with bound values, and SQLite
// errors turned into messages a clerk can act on.
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace strongtrust::sql {

// Prepares `statement`, binds `values` positionally (every value is bound,
// never spliced into the text) and runs it.
Result<QSqlQuery> run(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// The first row of a SELECT, or none. Prepared once per connection, and
// reset before it returns, so it holds no read snapshot open: for the
// lookups of every edit (an assessment, a trustee, a row's old value).
Result<std::optional<QSqlRecord>> firstRow(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

// Drops the statements prepared for a connection; call before closing it.
void forgetConnection(const QString &connectionName);

// The first column of the first row, or an invalid QVariant when no row.
Result<QVariant> scalar(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

// A message for a failed statement: a full disk, a locked or read-only
// file and a damaged database are named as such.
Diagnostic describe(const QSqlError &error, const QString &file);

// Null for an empty string, so optional text columns stay NULL.
QVariant nullIfEmpty(const QString &s);
// A date column: NULL for no date, else ISO 8601; and back.
QVariant dateValue(const QDate &d);
QDate dateFrom(const QVariant &v);

} // namespace strongtrust::sql
