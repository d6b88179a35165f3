#include "workbook/MeasureInput.h"

#include <QStringList>

#include <cmath>

namespace strongtrust {

namespace {

// Dashes and the minus sign as people type them (or paste them from a
// document): U+2212 minus is a minus; en and em dashes separate a range.
QString normalised(QString text)
{
    text.replace(QChar(0x2212), u'-');
    text.replace(QChar(0x2014), QChar(0x2013));
    return text.trimmed();
}

// `text` without the measure's unit before or after the number.
QString withoutUnit(const Measure &m, QString text)
{
    text = text.trimmed();
    const QString unit = m.unit.trimmed();
    if (unit.isEmpty())
        return text;
    if (text.endsWith(unit, Qt::CaseInsensitive))
        text.chop(unit.size());
    else if (text.startsWith(unit, Qt::CaseInsensitive))
        text.remove(0, unit.size());
    return text.trimmed();
}

// A finite number in `locale`'s form or the C locale's, or nothing.
std::optional<double> number(const Measure &m, const QString &text, const QLocale &locale)
{
    const QString bare = withoutUnit(m, text);
    if (bare.isEmpty())
        return std::nullopt;
    bool ok = false;
    double d = locale.toDouble(bare, &ok);
    if (!ok)
        d = QLocale::c().toDouble(bare, &ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// A number to show in a message, as the measure shows its values.
QString example(const Measure &m, const QLocale &locale)
{
    const double sample = m.target.min ? *m.target.min : m.target.max ? *m.target.max : 12.5;
    return locale.toString(sample, 'f', m.decimals);
}

QString exact(double value, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', QLocale::FloatingPointShortest);
}

Diagnostic problem(const QString &message)
{
    return Diagnostic { {}, 0, 0, {}, message };
}

} // namespace

Result<std::optional<double>> MeasureInput::value(
    const Measure &m, const QString &text, const QLocale &locale)
{
    const QString typed = normalised(text);
    if (typed.isEmpty())
        return std::optional<double>();
    if (const auto d = number(m, typed, locale))
        return std::optional<double>(*d);
    return problem(m.unit.isEmpty()
            ? tr("%1: \"%2\" is not a number. Type the value as a number, e.g. %3.")
                  .arg(m.title, text.trimmed(), example(m, locale))
            : tr("%1: \"%2\" is not a number. Type the value in %3, e.g. %4.")
                  .arg(m.title, text.trimmed(), m.unit, example(m, locale)));
}

Result<MeasureTarget> MeasureInput::target(
    const Measure &m, const QString &text, const QLocale &locale)
{
    const QString typed = normalised(text);
    if (typed.isEmpty())
        return MeasureTarget {};
    const QString sample = example(m, locale);
    auto refused = [&] {
        return problem(
            tr("%1: \"%2\" is not a target. Type a range such as %3–%4, or \"≥ %3\" for at "
               "least %3, or \"≤ %4\" for at most %4; leave it empty for the framework's.")
                .arg(m.title, text.trimmed(), sample, locale.toString(25.0, 'f', m.decimals)));
    };

    // One bound, named by a sign or a word.
    const QStringList atLeast { QStringLiteral("≥"), QStringLiteral(">="),
        QStringLiteral("at least"), tr("at least", "a typed target") };
    const QStringList atMost { QStringLiteral("≤"), QStringLiteral("<="), QStringLiteral("at most"),
        QStringLiteral("up to"), tr("at most", "a typed target") };
    for (const auto &[words, isMin] :
        { std::pair { atLeast, true }, std::pair { atMost, false } }) {
        for (const QString &word : words) {
            if (!typed.startsWith(word, Qt::CaseInsensitive))
                continue;
            const auto bound = number(m, typed.mid(word.size()), locale);
            if (!bound)
                return refused();
            MeasureTarget t;
            (isMin ? t.min : t.max) = *bound;
            return t;
        }
    }

    // A range: the first place a separator splits the text into two numbers
    // ("-5--3" splits at its second hyphen, "1e-3-2" at its third).
    const QStringList separators { QStringLiteral(" to "), QString(QChar(0x2013)),
        QStringLiteral("-"), tr(" to ", "a typed target range") };
    for (int at = 1; at < typed.size(); ++at) {
        for (const QString &separator : separators) {
            if (typed.mid(at, separator.size()).compare(separator, Qt::CaseInsensitive) != 0)
                continue;
            const auto low = number(m, typed.left(at), locale);
            const auto high = number(m, typed.mid(at + separator.size()), locale);
            if (!low || !high)
                continue;
            if (*low > *high)
                return problem(tr("%1: the target's lower end (%2) is above its upper end (%3).")
                                   .arg(m.title, exact(*low, locale), exact(*high, locale)));
            return MeasureTarget { *low, *high };
        }
    }

    // A bare number: the bound the measure's direction implies.
    if (const auto bound = number(m, typed, locale)) {
        if (m.better == MeasureDirection::Higher)
            return MeasureTarget { *bound, std::nullopt };
        if (m.better == MeasureDirection::Lower)
            return MeasureTarget { std::nullopt, *bound };
    }
    return refused();
}

QString MeasureInput::valueText(double value, const QLocale &locale)
{
    return exact(value, locale);
}

QString MeasureInput::targetText(const MeasureTarget &t, const QLocale &locale)
{
    if (t.min && t.max)
        return exact(*t.min, locale) + QChar(0x2013) + exact(*t.max, locale);
    if (t.min)
        return QStringLiteral("≥ ") + exact(*t.min, locale);
    if (t.max)
        return QStringLiteral("≤ ") + exact(*t.max, locale);
    return {};
}

} // namespace strongtrust
