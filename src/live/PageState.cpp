#include "live/PageState.h"

#include "live/PageText.h"

#include <QJsonArray>

namespace strongtrust::live {

QJsonValue levelJson(const RatingValue &value)
{
    if (value.isNotApplicable())
        return QStringLiteral("na");
    if (value.isLevel())
        return value.level;
    return QJsonValue::Null;
}

QJsonObject followJson(const QString &current, const QStringList &open, bool locked)
{
    return {
        { QStringLiteral("current"), current.isEmpty() ? QJsonValue() : QJsonValue(current) },
        { QStringLiteral("open"), QJsonArray::fromStringList(open) },
        { QStringLiteral("final"), locked },
    };
}

QJsonObject pageStateJson(const PageState &s)
{
    const Framework &fw = *s.framework;
    QJsonArray levels;
    for (const Level &l : fw.scale.levels) {
        levels.append(QJsonObject { { QStringLiteral("value"), l.value },
            { QStringLiteral("label"), l.label }, { QStringLiteral("descriptor"), l.descriptor } });
    }
    QJsonArray domains;
    for (const Domain &d : fw.domains) {
        QJsonArray indicators;
        for (const Indicator &i : d.indicators) {
            indicators.append(QJsonObject {
                { QStringLiteral("id"), i.fullId },
                { QStringLiteral("text"), i.text },
                { QStringLiteral("guidance"), i.guidance },
                { QStringLiteral("prompts"), QJsonArray::fromStringList(i.prompts) },
                { QStringLiteral("levels"), QJsonArray::fromStringList(i.levelDescriptors) },
            });
        }
        domains.append(QJsonObject { { QStringLiteral("id"), d.id },
            { QStringLiteral("title"), d.title }, { QStringLiteral("summary"), d.summary },
            { QStringLiteral("indicators"), indicators } });
    }
    QJsonObject ratings;
    for (const Rating &r : s.ratings) {
        ratings.insert(r.indicator,
            QJsonObject {
                { QStringLiteral("level"), levelJson(r.value) },
                { QStringLiteral("note"), r.note },
            });
    }
    QJsonObject state = followJson(s.current, s.open, s.locked);
    state.insert(QStringLiteral("api"), 1);
    state.insert(QStringLiteral("mode"), s.mode);
    state.insert(QStringLiteral("trust"), s.trust);
    state.insert(QStringLiteral("period"), s.assessment.period);
    state.insert(QStringLiteral("title"), s.assessment.title);
    state.insert(
        QStringLiteral("trustee"), QJsonObject { { QStringLiteral("name"), s.trusteeName } });
    state.insert(QStringLiteral("scale"),
        QJsonObject { { QStringLiteral("levels"), levels },
            { QStringLiteral("allowNotApplicable"), fw.scale.allowNotApplicable } });
    state.insert(QStringLiteral("domains"), domains);
    state.insert(QStringLiteral("ratings"), ratings);
    state.insert(QStringLiteral("text"), PageText::all());
    state.insert(
        QStringLiteral("limits"), QJsonObject { { QStringLiteral("note"), kDeviceNoteLimit } });
    return state;
}

} // namespace strongtrust::live
