#include "periods/SignOffChecks.h"

#include "report/ReportText.h"
#include "scoring/StoredScores.h"
#include "workbook/Workbook.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace strongtrust {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::SignOffChecks)
};

using report::formatDate;
using report::quoted;

// Checks in the order they are listed: what most needs the clerk's attention first.
constexpr SignOffCheck kOrder[] = { SignOffCheck::NoEvidence, SignOffCheck::DepartsFromMedian,
    SignOffCheck::EvidenceAfterMeeting, SignOffCheck::RepeatedDoneAction,
    SignOffCheck::OverdueAction, SignOffCheck::TrusteeNotRated };

QString levelText(const Scale &scale, double value)
{
    const int index = scale.indexOf(value);
    const QString label = index >= 0 ? scale.levels[index].label : formatLevelValue(value);
    return Tr::tr("%1 (%2)").arg(label, formatLevelValue(value));
}

// The median of the trustees' levels, by position on the scale: with an even
// number of ratings it may fall half-way between two levels.
std::optional<double> medianPosition(QList<int> positions)
{
    if (positions.isEmpty())
        return std::nullopt;
    std::sort(positions.begin(), positions.end());
    const auto n = positions.size();
    return n % 2 ? double(positions[n / 2]) : (positions[n / 2 - 1] + positions[n / 2]) / 2.0;
}

QString medianText(const Scale &scale, double position)
{
    const int below = int(std::floor(position));
    if (position == below)
        return levelText(scale, scale.levels[below].value);
    return Tr::tr("between %1 and %2")
        .arg(scale.levels[below].label, scale.levels[below + 1].label);
}

bool isOpen(const Action &a)
{
    return a.status == ActionStatus::Open || a.status == ActionStatus::InProgress;
}

// Actions compare by their words, whatever the case and spacing.
QString actionKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString actionDomain(const Framework &fw, const Action &a)
{
    if (!a.domain.isEmpty())
        return a.domain;
    const auto it = fw.indicatorIndex.constFind(a.indicator);
    return it != fw.indicatorIndex.cend() ? fw.domains[it->first].id : QString();
}

class Checker
{
public:
    explicit Checker(const SignOffCheckInput &input) : in(input), scale(input.framework.scale)
    {
        out.asOf = signOffCheckDate(in.data.info.meetingDate, in.today);
    }

    SignOffChecks run()
    {
        agreedRatings();
        evidenceAfterMeeting();
        repeatedActions();
        overdueActions();
        trusteesNotRated();
        std::stable_sort(out.findings.begin(), out.findings.end(),
            [](const SignOffFinding &a, const SignOffFinding &b) {
                return rank(a.check) < rank(b.check);
            });
        return std::move(out);
    }

private:
    static int rank(SignOffCheck c)
    {
        return int(std::find(std::begin(kOrder), std::end(kOrder), c) - std::begin(kOrder));
    }

    SignOffFinding aboutIndicator(SignOffCheck check, const Domain &d, const Indicator &ind) const
    {
        SignOffFinding f;
        f.check = check;
        f.indicator = ind.fullId;
        f.domain = d.id;
        f.subject = ind.text.simplified();
        return f;
    }

    void agreedRatings()
    {
        QHash<QString, QList<int>> positions;
        for (const Rating &r : in.data.ratings) {
            if (!r.value.isLevel())
                continue;
            if (const int p = scale.indexOf(r.value.level); p >= 0)
                positions[r.indicator].append(p);
        }
        for (const Domain &d : in.framework.domains) {
            for (const Indicator &ind : d.indicators) {
                const Consensus *c = in.data.consensusFor(ind.fullId);
                if (!c || !c->value.isLevel())
                    continue;
                const QString agreed = levelText(scale, c->value.level);
                if (c->evidence.isEmpty()) {
                    SignOffFinding f = aboutIndicator(SignOffCheck::NoEvidence, d, ind);
                    f.strongConfidence = c->confidence == Confidence::Strong;
                    f.detail = f.strongConfidence
                        ? Tr::tr("Agreed %1 with strong confidence, but no evidence is cited.")
                              .arg(agreed)
                        : Tr::tr("Agreed %1, and no evidence is cited.").arg(agreed);
                    out.findings.append(f);
                }
                const auto median = medianPosition(positions.value(ind.fullId));
                const int position = scale.indexOf(c->value.level);
                if (median && position >= 0 && std::abs(position - *median) >= 1.0
                    && c->rationale.trimmed().isEmpty()) {
                    SignOffFinding f = aboutIndicator(SignOffCheck::DepartsFromMedian, d, ind);
                    f.detail = Tr::tr("Agreed %1; the trustees' median is %2, and no rationale "
                                      "says why the board departed from it.")
                                   .arg(agreed, medianText(scale, *median));
                    out.findings.append(f);
                }
            }
        }
    }

    void evidenceAfterMeeting()
    {
        const QDate meeting = in.data.info.meetingDate;
        if (!meeting.isValid())
            return;
        for (const Domain &d : in.framework.domains) {
            for (const Indicator &ind : d.indicators) {
                const Consensus *c = in.data.consensusFor(ind.fullId);
                if (!c)
                    continue;
                for (const Evidence &e : c->evidence) {
                    if (!e.date.isValid() || e.date <= meeting)
                        continue;
                    SignOffFinding f = aboutIndicator(SignOffCheck::EvidenceAfterMeeting, d, ind);
                    f.evidenceId = e.id;
                    f.detail = Tr::tr("%1 is dated %2, after the board's meeting on %3.")
                                   .arg(quoted(e.title.simplified()), formatDate(e.date),
                                       formatDate(meeting));
                    out.findings.append(f);
                }
            }
        }
    }

    SignOffFinding aboutAction(SignOffCheck check, const Action &a) const
    {
        SignOffFinding f;
        f.check = check;
        f.actionId = a.id;
        f.indicator = a.indicator;
        f.domain = actionDomain(in.framework, a);
        f.subject = a.text.simplified();
        return f;
    }

    void repeatedActions()
    {
        // Earlier periods' done actions, by id and by their words (latest period wins).
        QHash<qint64, QString> doneById; // action id -> its period
        QHash<QString, QString> doneByText; // action words -> the latest period it was done in
        for (const EarlierActions &period : in.earlier) {
            for (const Action &a : period.actions) {
                if (a.status != ActionStatus::Done)
                    continue;
                doneById.insert(a.id, period.period);
                doneByText.insert(actionKey(a.text), period.period);
            }
        }
        for (const Action &a : in.data.actions) {
            QString detail;
            if (a.carriedFrom && doneById.contains(a.carriedFrom))
                detail = Tr::tr("Carried forward from %1, where it was marked done.")
                             .arg(doneById.value(a.carriedFrom));
            else if (const auto it = doneByText.constFind(actionKey(a.text));
                     it != doneByText.cend() && !actionKey(a.text).isEmpty())
                detail = Tr::tr("The same action was marked done in %1.").arg(it.value());
            if (detail.isEmpty())
                continue;
            SignOffFinding f = aboutAction(SignOffCheck::RepeatedDoneAction, a);
            f.detail = detail;
            out.findings.append(f);
        }
    }

    void overdueActions()
    {
        for (const Action &a : in.data.actions) {
            if (!isOpen(a) || !a.due.isValid() || a.due >= out.asOf)
                continue;
            SignOffFinding f = aboutAction(SignOffCheck::OverdueAction, a);
            f.detail = a.status == ActionStatus::InProgress
                ? Tr::tr("Due %1 and still in progress on %2.")
                      .arg(formatDate(a.due), formatDate(out.asOf))
                : Tr::tr("Due %1 and still open on %2.")
                      .arg(formatDate(a.due), formatDate(out.asOf));
            out.findings.append(f);
        }
    }

    void trusteesNotRated()
    {
        const int indicators = in.framework.indicatorCount();
        const QSet<qint64> raters(in.raters.cbegin(), in.raters.cend());
        QHash<qint64, QSet<QString>> rated;
        for (const Rating &r : in.data.ratings) {
            if (!r.value.isUnrated() && in.framework.findIndicator(r.indicator))
                rated[r.trusteeId].insert(r.indicator);
        }
        for (const Trustee &t : in.trustees) {
            if (t.retired || !raters.contains(t.id))
                continue;
            const int given = int(rated.value(t.id).size());
            if (given >= indicators)
                continue;
            SignOffFinding f;
            f.check = SignOffCheck::TrusteeNotRated;
            f.trusteeId = t.id;
            f.subject = t.name.simplified();
            // The first indicator still to rate, so a view can go straight to it.
            for (const Domain &d : in.framework.domains) {
                for (const Indicator &ind : d.indicators) {
                    if (f.indicator.isEmpty() && !rated.value(t.id).contains(ind.fullId)) {
                        f.indicator = ind.fullId;
                        f.domain = d.id;
                    }
                }
            }
            // Spelt out for one indicator: "any of the 1 indicator" reads wrongly.
            if (indicators == 1)
                f.detail = Tr::tr("Has not rated the framework's one indicator.");
            else if (given == 0)
                f.detail = Tr::tr("Has not rated any of the %n indicator(s).", nullptr, indicators);
            else
                f.detail = Tr::tr("Has rated %1 of the %n indicator(s).", nullptr, indicators)
                               .arg(given);
            out.findings.append(f);
        }
    }

    const SignOffCheckInput &in;
    const Scale &scale;
    SignOffChecks out;
};

} // namespace

int SignOffChecks::count(SignOffCheck check) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [check](const SignOffFinding &f) { return f.check == check; }));
}

int SignOffChecks::strongWithoutEvidence() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const SignOffFinding &f) {
        return f.check == SignOffCheck::NoEvidence && f.strongConfidence;
    }));
}

QList<SignOffFinding> SignOffChecks::of(SignOffCheck check) const
{
    QList<SignOffFinding> list;
    for (const SignOffFinding &f : findings) {
        if (f.check == check)
            list.append(f);
    }
    return list;
}

QDate signOffCheckDate(const QDate &meetingDate, const QDate &today)
{
    if (!meetingDate.isValid())
        return today;
    if (!today.isValid())
        return meetingDate;
    return std::max(meetingDate, today);
}

SignOffChecks checkBeforeSignOff(const SignOffCheckInput &input)
{
    return Checker(input).run();
}

Result<SignOffChecks> checkStoredAssessment(
    const Workbook &wb, qint64 assessmentId, const QDate &today)
{
    auto scored = scoreStoredAssessment(wb, assessmentId);
    if (!scored)
        return scored.errors();
    const ScoredAssessment &s = scored.value();
    auto earlier = earlierActions(wb, s.data.info);
    if (!earlier)
        return earlier.errors();
    return checkBeforeSignOff(
        { s.framework, s.data, wb.trustees(), s.raters, std::move(earlier).value(), today });
}

Result<QList<EarlierActions>> earlierActions(const Workbook &wb, const AssessmentInfo &assessment)
{
    QList<EarlierActions> earlier;
    for (const AssessmentInfo &info : wb.assessments()) {
        if (info.id == assessment.id || info.period >= assessment.period)
            continue;
        auto data = wb.loadAssessment(info.id);
        if (!data)
            return data.errors();
        earlier.append({ info.period, data.value().actions });
    }
    return earlier;
}

QString signOffCheckTitle(SignOffCheck check, int count)
{
    switch (check) {
    case SignOffCheck::NoEvidence:
        return Tr::tr("Agreed ratings citing no evidence (%1)").arg(count);
    case SignOffCheck::DepartsFromMedian:
        return Tr::tr("Agreed ratings a level or more from the trustees' median, with no "
                      "rationale (%1)")
            .arg(count);
    case SignOffCheck::EvidenceAfterMeeting:
        return Tr::tr("Evidence dated after the meeting (%1)").arg(count);
    case SignOffCheck::RepeatedDoneAction:
        return Tr::tr("Actions repeated after being marked done (%1)").arg(count);
    case SignOffCheck::OverdueAction:
        return Tr::tr("Overdue actions (%1)").arg(count);
    case SignOffCheck::TrusteeNotRated:
        return Tr::tr("Trustees who have not rated every indicator (%1)").arg(count);
    }
    return {};
}

QString signOffCheckAdvice(SignOffCheck check)
{
    switch (check) {
    case SignOffCheck::NoEvidence:
        return Tr::tr("Cite the evidence the board relied on, or lower the confidence.");
    case SignOffCheck::DepartsFromMedian:
        return Tr::tr("Record the board's rationale for the agreed rating.");
    case SignOffCheck::EvidenceAfterMeeting:
        return Tr::tr("Correct the date, or remove evidence the board did not have at the "
                      "meeting.");
    case SignOffCheck::RepeatedDoneAction:
        return Tr::tr("Say what is still to do, or drop the repeated action.");
    case SignOffCheck::OverdueAction:
        return Tr::tr("Set a new due date, or mark the action done or dropped.");
    case SignOffCheck::TrusteeNotRated:
        return Tr::tr("Ask the trustee to rate, or note why they did not.");
    }
    return {};
}

} // namespace strongtrust
