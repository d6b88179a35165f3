#pragma once

// Internal to the report: the clerk's draft minute, decided once and written
// as plain text or HTML.
#include "report/Narrative.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strongtrust::report {

struct MinuteItem {
    QString text;
    QStringList subItems; // (a), (b), ...
};

struct Minutes {
    QString heading; // "Draft minute: board self-assessment, 2025/26"
    QStringList preamble; // the trust, the meeting
    QList<MinuteItem> items;
};

Minutes buildMinutes(const ReportData &data, const Narrative &narrative);
QString minutesText(const Minutes &minutes);
QString minutesHtml(const Minutes &minutes);

} // namespace strongtrust::report
