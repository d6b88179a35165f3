#include "periods/PeriodNames.h"

namespace strongtrust {

QString fileNamePart(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<'
            || c == u'>' || c == u'|' || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return out;
}

namespace {

QString academicYear(int start)
{
    return QStringLiteral("%1/%2").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString suggestedNextPeriod(const QList<AssessmentInfo> &periods, const QDate &today)
{
    if (periods.isEmpty())
        return academicYear(today.month() >= 9 ? today.year() : today.year() - 1);
    const QString latest = periods.last().period;
    bool ok = false;
    const int year = latest.left(4).toInt(&ok);
    if (ok && latest.size() == 7 && latest[4] == u'/')
        return academicYear(year + 1);
    return {};
}

bool isEvidenceStale(const QDate &evidenceDate, const QDate &reference)
{
    return evidenceDate.isValid() && reference.isValid() && evidenceDate < reference.addMonths(-12);
}

} // namespace strongtrust
