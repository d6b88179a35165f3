#include "report/ReportText.h"

#include "framework/Framework.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace strongtrust::report {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Report)
};

} // namespace

int scoreDecimals(const QList<double> &levelValues)
{
    int finest = 0;
    for (double v : levelValues) {
        const QString text = formatLevelValue(v);
        const qsizetype dot = text.indexOf(u'.');
        if (dot >= 0)
            finest = std::max(finest, int(text.size() - dot - 1));
    }
    return std::clamp(finest + 1, 1, 2);
}

QString formatScore(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

QString quoted(const QString &text)
{
    QString t = text.simplified();
    while (t.endsWith(u'.') && !t.endsWith(QStringLiteral("...")))
        t.chop(1);
    return QStringLiteral("\u201c%1\u201d").arg(t);
}

QString joinAnd(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return Tr::tr("%1 and %2", "the last two items of a list")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString capitalised(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace strongtrust::report
