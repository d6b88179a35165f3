#pragma once

// Synthetic assessments for benchmarks, crash tests and demonstrations: a
// trust whose board rates every indicator each year, with realistic spread,
// notes, consensus, evidence and actions. Deterministic for a given seed.
#include "framework/Framework.h"
#include "util/Result.h"
#include "workbook/Workbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace strongtrust::synthetic {

struct Spec {
    int periods = 10;
    int trustees = 15;
    int firstYear = 2016; // the first period is "2016/17"
    quint32 seed = 20261123;
    int actionsPerPeriod = 6;
    bool finaliseAllButLast = true; // earlier periods carry a sign-off
    // Every rating carries a note of its own (distinct text), as for testing
    // that a report loses none of them.
    bool noteEveryRating = false;
    // Where the framework has baseline standards and measures (format
    // version 2), a result for every standard and a value for every measure.
    bool standardsAndMeasures = true;
};

// The period label of academic year `year`: 2025 -> "2025/26".
QString periodLabel(int year);

// One interchange document per period, oldest first.
QList<QByteArray> documents(const Framework &framework, const QString &trustName, const Spec &spec);

// A new workbook at `path` holding those documents, imported one by one.
Result<std::unique_ptr<Workbook>> buildWorkbook(
    const QString &path, const QString &trustName, const Framework &framework, const Spec &spec);

} // namespace strongtrust::synthetic
