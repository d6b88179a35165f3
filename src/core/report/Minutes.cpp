#include "report/Minutes.h"

#include "report/BaselineFacts.h"
#include "report/NarrativeParts.h"
#include "report/ReportHtml.h"
#include "report/ReportText.h"

namespace strongtrust::report {

namespace {

QString domainMinute(const ReportData &data, const DomainNarrative &dn, const DomainScore &ds)
{
    const Scale &scale = data.current.framework.scale;
    if (!dn.score)
        return Tr::tr("%1: not yet rated.").arg(dn.title);
    int agreed = 0;
    for (const IndicatorScore &s : data.current.scores.indicators) {
        if (s.domainIndex == data.current.framework.domainIndex(dn.domainId)
            && s.basis == ScoreBasis::Consensus)
            ++agreed;
    }
    QString text;
    if (dn.provisional)
        text = Tr::tr("%1: provisionally %2 (score %3); the board has yet to agree %4 of its %5 "
                      "scored indicators.")
                   .arg(dn.title, dn.level, narrative::score(scale, *dn.score),
                       QString::number(ds.scoredCount - agreed), QString::number(ds.scoredCount));
    else
        text = Tr::tr("%1: %2 (score %3).")
                   .arg(dn.title, dn.level, narrative::score(scale, *dn.score));
    if (!dn.cap.isEmpty() && dn.uncappedScore)
        text += u' '
            + Tr::tr("It is %1; its indicators' score is %2.")
                  .arg(dn.cap, narrative::score(scale, *dn.uncappedScore));
    if (dn.previousScore && data.compared()) {
        const QString period = data.comparison->info.period;
        const QString before = narrative::score(scale, *dn.previousScore);
        if (before == narrative::score(scale, *dn.score))
            text += u' ' + Tr::tr("Unchanged from %1.").arg(period);
        else if (*dn.score > *dn.previousScore)
            text += u' ' + Tr::tr("Up from %1 in %2.").arg(before, period);
        else
            text += u' ' + Tr::tr("Down from %1 in %2.").arg(before, period);
    }
    const QString reason = data.current.data.changeReasons.value(dn.domainId).simplified();
    if (!reason.isEmpty())
        text += u' ' + Tr::tr("Reason for the change: %1").arg(reason);
    return text;
}

QString actionMinute(const ReportData &data, const Action &a)
{
    QString text = a.text.simplified();
    if (!text.endsWith(u'.'))
        text += u'.';
    if (!data.isPublic() && !a.owner.trimmed().isEmpty())
        text += u' ' + Tr::tr("Owner: %1.").arg(a.owner.simplified());
    if (a.due.isValid())
        text += u' ' + Tr::tr("Due: %1.").arg(formatDate(a.due));
    switch (a.status) {
    case ActionStatus::Open:
        break;
    case ActionStatus::InProgress:
        text += u' ' + Tr::tr("In progress.");
        break;
    case ActionStatus::Done:
        text += u' ' + Tr::tr("Done.");
        break;
    case ActionStatus::Dropped:
        text += u' ' + Tr::tr("Dropped.");
        break;
    }
    if (narrative::isOverdue(a, data.today))
        text += u' ' + Tr::tr("Overdue.");
    return text;
}

} // namespace

Minutes buildMinutes(const ReportData &data, const Narrative &narrative)
{
    const AssessmentInfo &info = data.current.info;
    Minutes m;
    m.heading = Tr::tr("Draft minute: board self-assessment, %1").arg(info.period);
    m.preamble.append(data.trustName);
    if (info.meetingDate.isValid())
        m.preamble.append(Tr::tr("Board meeting of %1").arg(formatDate(info.meetingDate)));

    QString considered = Tr::tr("The board considered its self-assessment for %1 against %2")
                             .arg(info.period, data.current.framework.title);
    // Those who gave a rating, not those expected to: a trustee who has not
    // rated has not informed the position.
    const int rated = int(participation(data).rated.size());
    if (rated > 0)
        considered
            += Tr::tr(", drawing on the individual ratings of %n trustee(s)", nullptr, rated);
    if (data.compared())
        considered += Tr::tr(", and compared it with %1").arg(data.comparison->info.period);
    m.items.append({ considered + u'.', {} });

    MinuteItem position;
    bool anyProvisional = false;
    for (const DomainNarrative &dn : narrative.domains)
        anyProvisional = anyProvisional || dn.provisional;
    position.text = anyProvisional
        ? Tr::tr("The board agreed the following position for each domain, where it has "
                 "agreed its ratings; provisional positions rest on trustees' individual "
                 "ratings and are still to be agreed:")
        : Tr::tr("The board agreed the following position for each domain:");
    for (int d = 0; d < narrative.domains.size(); ++d)
        position.subItems.append(
            domainMinute(data, narrative.domains[d], data.current.scores.domains[d]));
    const Scale &scale = data.current.framework.scale;
    if (data.current.scores.overall && data.current.framework.showOverall)
        position.subItems.append(
            Tr::tr("Overall: %1 (mean score %2).")
                .arg(narrative::levelLabel(scale, *data.current.scores.overall),
                    narrative::score(scale, *data.current.scores.overall)));
    m.items.append(position);

    // The floor: every standard not met, with the domain it belongs to.
    const NarrativeContext c(data);
    MinuteItem unmet;
    for (const StandardFact &f : withResult(standardFacts(data, -1), StandardResult::NotMet))
        unmet.subItems.append(Tr::tr("%1 (%2).")
                                  .arg(c.standardName(*f.standard),
                                      data.current.framework.domains[f.domainIndex].title));
    if (!unmet.subItems.isEmpty()) {
        unmet.text
            = Tr::tr("The board noted that %n baseline standard(s) (is|are) not met:", nullptr,
                int(unmet.subItems.size()));
        m.items.append(unmet);
    }

    if (!narrative.priorities.isEmpty())
        m.items.append({ Tr::tr("The board noted as its priorities:"), narrative.priorities });

    MinuteItem actions;
    if (data.current.data.actions.isEmpty()) {
        actions.text = Tr::tr("No actions were recorded.");
    } else {
        actions.text = Tr::tr("The board agreed the following actions:");
        for (const Action &a : data.current.data.actions)
            actions.subItems.append(actionMinute(data, a));
    }
    m.items.append(actions);

    if (info.isFinal()) {
        QString signedOff = data.isPublic() || info.signOff.chair.trimmed().isEmpty()
            ? Tr::tr("The chair signed off the self-assessment on behalf of the board on %1")
                  .arg(formatDate(info.signOff.date))
            : Tr::tr("%1, chair, signed off the self-assessment on behalf of the board on %2")
                  .arg(info.signOff.chair.simplified(), formatDate(info.signOff.date));
        if (!info.signOff.minuteRef.trimmed().isEmpty())
            signedOff += Tr::tr(" (minute %1)").arg(info.signOff.minuteRef.simplified());
        m.items.append({ signedOff + u'.', {} });
    } else {
        m.items.append(
            { Tr::tr(
                  "RESOLVED: that the board approves its self-assessment for %1 and authorises the "
                  "chair to sign it off on the board's behalf.")
                    .arg(info.period),
                {} });
    }
    return m;
}

QString minutesText(const Minutes &minutes)
{
    QString text = minutes.heading + u'\n';
    for (const QString &line : minutes.preamble)
        text += line + u'\n';
    text += u'\n';
    for (int i = 0; i < minutes.items.size(); ++i) {
        const MinuteItem &item = minutes.items[i];
        text += QStringLiteral("%1. %2\n").arg(i + 1).arg(item.text);
        for (int s = 0; s < item.subItems.size(); ++s) {
            const QString label = s < 26 ? QString(QChar(u'a' + s)) : QString::number(s + 1);
            text += QStringLiteral("   (%1) %2\n").arg(label, item.subItems[s]);
        }
        text += u'\n';
    }
    return text;
}

QString minutesHtml(const Minutes &minutes)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta "
        "charset=\"utf-8\">\n<title>%1</title>\n"
        "<style>body{font-family:\"DejaVu Sans\",\"Segoe UI\",Arial,sans-serif;max-width:48rem;"
        "margin:0 auto;padding:1.5rem;line-height:1.5;color:#1a1a1a}h1{font-size:1.4rem;"
        "color:#1f4e79}ol ol{list-style-type:lower-alpha}li{margin-bottom:.4rem}"
        ".preamble{color:#5a5a5a}</style>\n</head>\n<body>\n")
                       .arg(esc(minutes.heading));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(minutes.heading));
    for (const QString &line : minutes.preamble)
        html += QStringLiteral("<p class=\"preamble\">%1</p>\n").arg(esc(line));
    html += QStringLiteral("<ol>\n");
    for (const MinuteItem &item : minutes.items) {
        html += QStringLiteral("<li>%1").arg(esc(item.text));
        if (!item.subItems.isEmpty()) {
            html += QStringLiteral("\n<ol>\n");
            for (const QString &sub : item.subItems)
                html += QStringLiteral("<li>%1</li>\n").arg(esc(sub));
            html += QStringLiteral("</ol>\n");
        }
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ol>\n</body>\n</html>\n");
}

} // namespace strongtrust::report
