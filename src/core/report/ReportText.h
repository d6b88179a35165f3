#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace strongtrust::report {

// Small text helpers shared by the narrative, the chart's description and the
// report writers, so that a score or a date reads the same everywhere.

// Decimals a score is shown with: one more than the scale's finest level value
// needs, at least one and at most two (1..4 -> "2.7"; 0/0.5/1 -> "0.75").
int scoreDecimals(const QList<double> &levelValues);
QString formatScore(double value, int decimals);
// "3 March 2026", whatever the system's locale.
QString formatDate(const QDate &date);
// “text” in typographic quotes, without a closing full stop of its own.
QString quoted(const QString &text);
// "A", "A and B", "A, B and C".
QString joinAnd(const QStringList &items);
// Upper-cases the first letter (a sentence that starts with a title).
QString capitalised(const QString &text);

} // namespace strongtrust::report
