#include "framework/Framework.h"

#include <QLocale>

#include <cmath>

namespace strongtrust {

int Scale::indexOf(double value) const
{
    for (int i = 0; i < levels.size(); ++i) {
        if (levels[i].value == value)
            return i;
    }
    return -1;
}

bool scalesComparable(const Scale &a, const Scale &b)
{
    if (a.id != b.id || a.levels.size() != b.levels.size())
        return false;
    for (qsizetype i = 0; i < a.levels.size(); ++i) {
        if (a.levels[i].value != b.levels[i].value)
            return false;
    }
    return true;
}

int Framework::indicatorCount() const
{
    int n = 0;
    for (const Domain &d : domains)
        n += int(d.indicators.size());
    return n;
}

const Indicator *Framework::findIndicator(const QString &fullId) const
{
    const auto it = indicatorIndex.constFind(fullId);
    if (it == indicatorIndex.cend())
        return nullptr;
    return &domains[it->first].indicators[it->second];
}

// Standards and measures are few (at most 30 a domain), so a scan is enough;
// the full id names the domain, so only that domain is scanned.
template <typename Item>
static const Item *findInDomain(
    const Framework &fw, const QString &fullId, const QList<Item> Domain::*items)
{
    const qsizetype dot = fullId.indexOf(u'.');
    if (dot <= 0)
        return nullptr;
    const int d = fw.domainIndex(fullId.left(dot));
    if (d < 0)
        return nullptr;
    for (const Item &item : fw.domains[d].*items) {
        if (item.fullId == fullId)
            return &item;
    }
    return nullptr;
}

const Standard *Framework::findStandard(const QString &fullId) const
{
    return findInDomain(*this, fullId, &Domain::standards);
}

const Measure *Framework::findMeasure(const QString &fullId) const
{
    return findInDomain(*this, fullId, &Domain::measures);
}

int Framework::standardCount() const
{
    int n = 0;
    for (const Domain &d : domains)
        n += int(d.standards.size());
    return n;
}

int Framework::measureCount() const
{
    int n = 0;
    for (const Domain &d : domains)
        n += int(d.measures.size());
    return n;
}

int Framework::domainIndex(const QString &domainId) const
{
    for (int i = 0; i < domains.size(); ++i) {
        if (domains[i].id == domainId)
            return i;
    }
    return -1;
}

QList<int> Framework::summaryOrder() const
{
    QList<int> order;
    for (int i = 0; i < domains.size(); ++i) {
        if (domains[i].core)
            order.append(i);
    }
    for (int i = 0; i < domains.size(); ++i) {
        if (!domains[i].core)
            order.append(i);
    }
    return order;
}

QString measureDirectionKey(MeasureDirection d)
{
    switch (d) {
    case MeasureDirection::Higher:
        return QStringLiteral("higher");
    case MeasureDirection::Lower:
        return QStringLiteral("lower");
    case MeasureDirection::Range:
        return QStringLiteral("range");
    }
    return {};
}

std::optional<MeasureDirection> measureDirectionFromKey(const QString &key)
{
    for (MeasureDirection d :
        { MeasureDirection::Higher, MeasureDirection::Lower, MeasureDirection::Range }) {
        if (measureDirectionKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QString formatLevelValue(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    // Shortest text that reads back as the same double.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace strongtrust
