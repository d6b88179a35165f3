#include "report/ReportChecksAppendix.h"

#include "report/NarrativeParts.h"
#include "report/ReportData.h"
#include "report/ReportText.h"

#include <algorithm>

namespace strongtrust::report {

namespace {

constexpr SignOffCheck kChecks[] = { SignOffCheck::NoEvidence, SignOffCheck::DepartsFromMedian,
    SignOffCheck::EvidenceAfterMeeting, SignOffCheck::RepeatedDoneAction,
    SignOffCheck::OverdueAction, SignOffCheck::TrusteeNotRated };

Block textBlock(Block::Kind kind, const QString &text)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

// Where a finding sits, under what it is about: the domain of an indicator,
// the indicator (or domain) of an action, a trustee's role.
QString whereText(const ReportData &data, const SignOffFinding &f)
{
    const Framework &fw = data.current.framework;
    if (f.check == SignOffCheck::TrusteeNotRated) {
        for (const Trustee &t : data.trustees) {
            if (t.id == f.trusteeId)
                return t.role.simplified();
        }
        return {};
    }
    if (f.actionId && !f.indicator.isEmpty()) {
        if (const Indicator *ind = fw.findIndicator(f.indicator))
            return Tr::tr("Indicator: %1").arg(ind->text.simplified());
    }
    if (const int d = fw.domainIndex(f.domain); d >= 0)
        return fw.domains[d].title;
    return {};
}

} // namespace

void addChecksAppendix(const ReportData &data, ReportContent &out)
{
    const SignOffChecks &checks = data.checks;
    Block title = textBlock(Block::Kind::Heading1, Tr::tr("Appendix: checks before sign-off"));
    title.anchor = QStringLiteral("checks");
    title.pageBreakBefore = true;
    out.blocks.append(title);
    const QString date = formatDate(checks.asOf);
    if (checks.isEmpty()) {
        out.blocks.append(textBlock(Block::Kind::Paragraph,
            Tr::tr("None of the checks before sign-off found anything to look at on %1: every "
                   "agreed rating cites evidence and departs from the trustees' median only with "
                   "a rationale, no evidence is dated after the meeting, no action is overdue or "
                   "repeated after being done, and every trustee has rated every indicator.")
                .arg(date)));
        return;
    }
    out.blocks.append(textBlock(Block::Kind::Paragraph,
        data.current.info.isFinal()
            ? Tr::tr("These points were found in the assessment as it was signed off, judged on "
                     "%1. They are listed for the record.")
                  .arg(date)
            : Tr::tr("Before the chair signs off, the clerk should look at these points in the "
                     "workbook; overdue actions are judged on %1.")
                  .arg(date)));
    for (const SignOffCheck check : kChecks) {
        QList<SignOffFinding> findings = checks.of(check);
        if (findings.isEmpty())
            continue;
        out.blocks.append(
            textBlock(Block::Kind::Heading2, signOffCheckTitle(check, int(findings.size()))));
        QString advice = signOffCheckAdvice(check);
        if (check == SignOffCheck::NoEvidence) {
            // The strong ones first: confidence without evidence matters most.
            std::stable_partition(findings.begin(), findings.end(),
                [](const SignOffFinding &f) { return f.strongConfidence; });
            if (const int strong = checks.strongWithoutEvidence(); strong > 0)
                advice = Tr::tr("%1 of them marked strong confidence.").arg(strong) + u' ' + advice;
        }
        out.blocks.append(textBlock(Block::Kind::Note, advice));
        out.blocks.last().keepWithNext = true;
        Block table;
        table.kind = Block::Kind::Table;
        table.table.headers = { check == SignOffCheck::TrusteeNotRated ? Tr::tr("Trustee")
                : findings.first().actionId                            ? Tr::tr("Action")
                                                                       : Tr::tr("Indicator"),
            Tr::tr("What was found") };
        table.table.widths = { 45, 55 };
        for (const SignOffFinding &f : std::as_const(findings)) {
            const QString where = whereText(data, f);
            table.table.rows.append(
                { Cell { f.subject, where.isEmpty() ? QStringList {} : QStringList { where } },
                    Cell { f.detail, {} } });
        }
        out.blocks.append(table);
    }
}

} // namespace strongtrust::report
