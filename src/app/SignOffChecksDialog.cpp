#include "app/SignOffChecksDialog.h"

#include "app/WorkbookSession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {

constexpr SignOffCheck kChecks[] = { SignOffCheck::NoEvidence, SignOffCheck::DepartsFromMedian,
    SignOffCheck::EvidenceAfterMeeting, SignOffCheck::RepeatedDoneAction,
    SignOffCheck::OverdueAction, SignOffCheck::TrusteeNotRated };

// Where in m_checks.findings a line's finding is (-1 on a group's line).
constexpr int kFindingRole = Qt::UserRole + 1;

} // namespace

QString signOffChecksSummary(const SignOffChecks &checks)
{
    if (checks.isEmpty())
        return SignOffChecksDialog::tr("The checks before sign-off found nothing to look at.");
    QStringList groups;
    for (const SignOffCheck check : kChecks) {
        if (const int n = checks.count(check); n > 0)
            groups.append(signOffCheckTitle(check, n));
    }
    const auto n = checks.findings.size();
    const QString lead = n == 1
        ? SignOffChecksDialog::tr("1 point to look at before signing off: %1.")
        : SignOffChecksDialog::tr("%1 points to look at before signing off: %2.").arg(n);
    return lead.arg(groups.join(QStringLiteral("; ")));
}

SignOffChecksDialog::SignOffChecksDialog(WorkbookSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_goTo(new QPushButton(tr("&Go To"), this))
{
    setObjectName(QStringLiteral("signOffChecksDialog"));
    setWindowTitle(tr("Checks Before Sign-Off"));
    setModal(false);
    m_summary->setObjectName(QStringLiteral("signOffChecksSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("signOffChecksList"));
    m_list->setAccessibleName(tr("Checks before sign-off"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("About"), tr("What was found") });
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 300);
    m_goTo->setObjectName(QStringLiteral("signOffChecksGoTo"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_goTo, QDialogButtonBox::ActionRole);

    auto *intro = new QLabel(tr("What a chair should not sign unremarked. Mend each in the "
                                "rating view: choose a line and Go To; the list follows your "
                                "edits."),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_goTo, &QPushButton::clicked, this, &SignOffChecksDialog::goToCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &SignOffChecksDialog::goToCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SignOffChecksDialog::updateButtons);
    connect(m_session, &WorkbookSession::assessmentChanged, this, [this] {
        loadEarlier();
        refresh();
    });
    connect(m_session, &WorkbookSession::dataChanged, this, &SignOffChecksDialog::refresh);
    connect(m_session, &WorkbookSession::trusteesChanged, this, &SignOffChecksDialog::refresh);
    loadEarlier();
    refresh();
}

void SignOffChecksDialog::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void SignOffChecksDialog::loadEarlier()
{
    m_earlier.clear();
    if (!m_session->hasAssessment())
        return;
    // Only the chosen period is edited here, so its earlier periods are read once.
    auto earlier = earlierActions(m_session->workbook(), m_session->assessment());
    if (earlier)
        m_earlier = std::move(earlier).value();
    else
        m_summary->setText(earlier.errorText());
}

void SignOffChecksDialog::refresh()
{
    // Keep the line the clerk was on, where its finding is still there.
    const QTreeWidgetItem *current = m_list->currentItem();
    const int was = current ? current->data(0, kFindingRole).toInt() : -1;
    const SignOffFinding before
        = was >= 0 && was < m_checks.findings.size() ? m_checks.findings[was] : SignOffFinding {};

    m_list->clear();
    if (!m_session->hasAssessment()) {
        m_checks = {};
        m_summary->setText(tr("There is no assessment to check yet."));
        updateButtons();
        return;
    }
    m_checks = checkBeforeSignOff({ m_session->framework(), m_session->data(),
        m_session->trustees(), m_session->raters(), m_earlier, m_today });
    m_summary->setText(signOffChecksSummary(m_checks));
    QTreeWidgetItem *keep = nullptr;
    for (const SignOffCheck check : kChecks) {
        const int n = m_checks.count(check);
        if (n == 0)
            continue;
        auto *group = new QTreeWidgetItem(m_list, { signOffCheckTitle(check, n) });
        group->setData(0, kFindingRole, -1);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setToolTip(0, signOffCheckAdvice(check));
        for (int i = 0; i < m_checks.findings.size(); ++i) {
            const SignOffFinding &f = m_checks.findings[i];
            if (f.check != check)
                continue;
            auto *line = new QTreeWidgetItem(group, { f.subject, f.detail });
            line->setData(0, kFindingRole, i);
            line->setToolTip(0, f.subject);
            line->setToolTip(1, f.detail);
            if (was >= 0 && f.check == before.check && f.indicator == before.indicator
                && f.actionId == before.actionId && f.evidenceId == before.evidenceId
                && f.trusteeId == before.trusteeId)
                keep = line;
        }
    }
    m_list->expandAll();
    if (keep)
        m_list->setCurrentItem(keep);
    updateButtons();
}

void SignOffChecksDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_goTo->setEnabled(item && item->data(0, kFindingRole).toInt() >= 0);
}

void SignOffChecksDialog::goToCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(0, kFindingRole).toInt() : -1;
    if (index < 0 || index >= m_checks.findings.size())
        return;
    Q_EMIT goTo(m_checks.findings[index]);
}

} // namespace strongtrust::app
