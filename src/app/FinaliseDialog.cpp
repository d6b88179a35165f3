#include "app/FinaliseDialog.h"

#include "app/SignOffChecksDialog.h"
#include "app/WorkbookSession.h"
#include "history/AssessmentComparison.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace strongtrust::app {

namespace {
QString formatScore(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 2) : FinaliseDialog::tr("not scored");
}
} // namespace

FinaliseDialog::FinaliseDialog(WorkbookSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_assessmentId(session->assessmentId())
    , m_chair(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_minuteRef(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("finaliseDialog"));
    const QString period = session->hasAssessment() ? session->assessment().period : QString();
    setWindowTitle(tr("Finalise and sign off %1").arg(period));

    auto *intro
        = new QLabel(tr("Once signed off, the %1 assessment is final: it can no longer be changed, "
                        "and signing off cannot be undone. Corrections afterwards are recorded as "
                        "amendments.")
                         .arg(period),
            this);
    intro->setObjectName(QStringLiteral("finaliseIntro"));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);

    // What the checks before sign-off found, with the way to mend it first.
    const Workbook &wb = session->workbook();
    if (m_assessmentId) {
        auto checks = checkStoredAssessment(wb, m_assessmentId, QDate::currentDate());
        auto *group = new QGroupBox(tr("Checks before sign-off"), this);
        group->setObjectName(QStringLiteral("checksGroup"));
        auto *groupLayout = new QHBoxLayout(group);
        m_checksSummary
            = new QLabel(checks ? signOffChecksSummary(checks.value()) : checks.errorText(), group);
        m_checksSummary->setObjectName(QStringLiteral("finaliseChecks"));
        m_checksSummary->setWordWrap(true);
        groupLayout->addWidget(m_checksSummary, 1);
        m_reviewChecks = new QPushButton(tr("&Review the Checks…"), group);
        m_reviewChecks->setObjectName(QStringLiteral("reviewChecks"));
        m_reviewChecks->setEnabled(checks && !checks.value().isEmpty());
        groupLayout->addWidget(m_reviewChecks, 0, Qt::AlignTop);
        layout->addWidget(group);
        connect(m_reviewChecks, &QPushButton::clicked, this, [this] {
            Q_EMIT reviewChecksRequested();
            reject();
        });
    }

    // Reasons for change: one field per domain that moved a whole level.
    const QList<QString> needing
        = m_assessmentId ? wb.domainsNeedingReason(m_assessmentId) : QList<QString> {};
    if (!needing.isEmpty()) {
        QList<DomainChange> changes;
        if (session->previous())
            changes = compareAssessments(wb, session->previous()->id, m_assessmentId);
        auto *group = new QGroupBox(tr("The board's reasons for change"), this);
        group->setObjectName(QStringLiteral("reasonsGroup"));
        auto *groupLayout = new QVBoxLayout(group);
        auto *note = new QLabel(
            tr("Each of these moved a whole level or more since the previous period: say why."),
            group);
        groupLayout->addWidget(note);
        auto *form = new QFormLayout;
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const QString &domainId : needing) {
            QString title = domainId;
            QString detail;
            for (const DomainChange &c : changes) {
                if (c.domainId == domainId) {
                    title = c.title;
                    detail = tr("%1 → %2").arg(formatScore(c.earlier), formatScore(c.later));
                }
            }
            if (const int i = session->framework().domainIndex(domainId);
                i >= 0 && title == domainId)
                title = session->framework().domains[i].title;
            auto *edit = new QLineEdit(group);
            edit->setObjectName(QStringLiteral("reason_%1").arg(domainId));
            edit->setAccessibleName(tr("Reason for the change in %1").arg(title));
            edit->setPlaceholderText(tr("Why the score moved"));
            const QString label
                = detail.isEmpty() ? tr("%1:").arg(title) : tr("%1 (%2):").arg(title, detail);
            form->addRow(label, edit);
            m_reasons.insert(domainId, edit);
        }
        groupLayout->addLayout(form);
        layout->addWidget(group);
    }

    m_chair->setObjectName(QStringLiteral("chairName"));
    m_chair->setAccessibleName(tr("Chair's name"));
    m_date->setObjectName(QStringLiteral("signOffDate"));
    m_date->setAccessibleName(tr("Date of sign-off"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_minuteRef->setObjectName(QStringLiteral("minuteRef"));
    m_minuteRef->setAccessibleName(tr("Minute reference"));
    m_minuteRef->setPlaceholderText(tr("e.g. Board minutes 2026-07-12, item 5"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Chair's name:"), m_chair);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Minute reference:"), m_minuteRef);
    layout->addLayout(form);

    m_problem->setObjectName(QStringLiteral("finaliseProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #7a1f1b;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_buttons->setObjectName(QStringLiteral("finaliseButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Finalise and Sign Off"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("finaliseOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("finaliseCancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FinaliseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 10);
    fitHeight();
    if (!m_reasons.isEmpty())
        m_reasons.value(needing.first())->setFocus();
    else
        m_chair->setFocus();
}

void FinaliseDialog::fitHeight()
{
    // Word-wrapped labels need the height they take at the dialog's width.
    const int needed = layout()->totalHeightForWidth(width());
    setMinimumHeight(std::max(needed, layout()->totalMinimumSize().height()));
    if (height() < minimumHeight())
        resize(width(), minimumHeight());
}

void FinaliseDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    fitHeight();
}

void FinaliseDialog::accept()
{
    if (!m_assessmentId || !m_session->canEdit()) {
        showProblem(m_session->hasAssessment() ? m_session->whyReadOnly()
                                               : tr("There is no assessment to finalise."));
        return;
    }
    QStringList missing;
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it) {
        if (it.value()->text().trimmed().isEmpty())
            missing.append(it.value()->accessibleName());
    }
    if (!missing.isEmpty()) {
        missing.sort();
        showProblem(tr("Give the board's reason for each change first: %1.")
                        .arg(missing.join(QStringLiteral("; "))));
        return;
    }
    const QString chair = m_chair->text().simplified();
    if (chair.isEmpty()) {
        showProblem(tr("Enter the chair's name: the sign-off records who signed."));
        m_chair->setFocus();
        return;
    }
    // The reasons and the sign-off are written together, or neither is.
    QHash<QString, QString> reasons;
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it)
        reasons.insert(it.key(), it.value()->text().trimmed());
    const SignOff signOff { chair, m_date->date(), m_minuteRef->text().simplified() };
    if (auto s = m_session->workbook().periods().finalise(m_assessmentId, signOff, reasons); !s) {
        showProblem(s.errorText());
        return;
    }
    // Reload: the window shows the assessment as final.
    if (auto s = m_session->selectAssessment(m_assessmentId); !s) {
        showProblem(s.errorText());
        return;
    }
    QDialog::accept();
}

} // namespace strongtrust::app
