#include "workbook/StoredValues.h"

#include "framework/Framework.h"

namespace strongtrust::stored {

QString kindOf(const RatingValue &v)
{
    switch (v.kind) {
    case RatingValue::Kind::Level:
        return QStringLiteral("level");
    case RatingValue::Kind::NotApplicable:
        return QStringLiteral("na");
    case RatingValue::Kind::Unrated:
        break;
    }
    return QStringLiteral("unrated");
}

QVariant levelOf(const RatingValue &v)
{
    return v.isLevel() ? QVariant(v.level) : QVariant(QMetaType(QMetaType::Double));
}

RatingValue valueFrom(const QVariant &kind, const QVariant &level)
{
    const QString k = kind.toString();
    if (k == QLatin1String("level"))
        return RatingValue::of(level.toDouble());
    if (k == QLatin1String("na"))
        return RatingValue::notApplicable();
    return RatingValue::unrated();
}

QString auditValue(const RatingValue &v)
{
    if (v.isLevel())
        return formatLevelValue(v.level);
    return v.isNotApplicable() ? QStringLiteral("na") : QString();
}

QVariant optionalId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> numberFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QString auditNumber(const std::optional<double> &v)
{
    return v ? formatLevelValue(*v) : QString();
}

QString noteText(const QString &text)
{
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    clean.replace(u'\r', u'\n');
    return clean.trimmed();
}

} // namespace strongtrust::stored
