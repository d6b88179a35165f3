#include "app/AuditDialog.h"

#include "app/WorkbookSession.h"
#include "workbook/AuditText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace strongtrust::app {

namespace {
enum Column {
    WhenColumn,
    WhoColumn,
    PeriodColumn,
    WhatColumn,
    KeyColumn,
    FieldColumn,
    OldColumn,
    NewColumn,
    ColumnCount
};
// What the filters match, kept on the subject's cell.
enum Role { TrusteeRole = Qt::UserRole, SubjectRole };
} // namespace

AuditDialog::AuditDialog(WorkbookSession *session, QWidget *parent)
    : QDialog(parent)
    , m_entries(session->workbook().auditLog())
    , m_table(new QTableWidget(this))
    , m_period(new QComboBox(this))
    , m_trustee(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail of %1").arg(session->workbook().trustName()));
    resize(1100, 640);

    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->setAccessibleName(tr("Period filter"));
    m_period->addItem(tr("All periods"), QString());
    for (const AssessmentInfo &a : session->assessments())
        m_period->addItem(a.period, a.period);
    m_trustee->setObjectName(QStringLiteral("auditTrustee"));
    m_trustee->setAccessibleName(tr("Trustee filter"));
    m_trustee->addItem(tr("All trustees"), QString());
    for (const Trustee &t : session->workbook().trustees())
        m_trustee->addItem(t.name, t.id);
    m_domain->setObjectName(QStringLiteral("auditDomain"));
    m_domain->setAccessibleName(tr("Domain filter"));
    m_domain->addItem(tr("All domains"), QString());
    // The trail keeps ids, so an entry is found under a trustee's name of
    // today; and it reads in the viewer's language.
    const AuditText text(session->workbook());
    for (const Domain &d : session->framework().domains)
        m_domain->addItem(d.title, QString(d.id + u'.'));
    for (QComboBox *c : { m_period, m_trustee, m_domain })
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("Period"), tr("What"),
        tr("About"), tr("Field"), tr("Old"), tr("New") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setRowCount(int(m_entries.size()));
    // Newest first: that is what one looks for.
    for (int i = 0; i < m_entries.size(); ++i) {
        const AuditEntry &e = m_entries[m_entries.size() - 1 - i];
        const AuditLine line = text.describe(e);
        const QStringList cells { QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
            AuditText::author(e), e.period, line.what, line.subject, line.field, line.oldValue,
            line.newValue };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(cells[c]);
            m_table->setItem(i, c, item);
            if (c == KeyColumn) {
                item->setData(TrusteeRole, e.trusteeId);
                item->setData(SubjectRole, e.subject);
            }
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 280));
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setAccessibleName(tr("Entries shown"));

    auto *filters = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *trusteeLabel = new QLabel(tr("T&rustee:"), this);
    trusteeLabel->setBuddy(m_trustee);
    auto *domainLabel = new QLabel(tr("&Domain:"), this);
    domainLabel->setBuddy(m_domain);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(trusteeLabel);
    filters->addWidget(m_trustee);
    filters->addSpacing(12);
    filters->addWidget(domainLabel);
    filters->addWidget(m_domain);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("auditButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    for (QComboBox *c : { m_period, m_trustee, m_domain })
        connect(c, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilters);
    applyFilters();
}

int AuditDialog::visibleRows() const
{
    int n = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        n += m_table->isRowHidden(r) ? 0 : 1;
    return n;
}

void AuditDialog::applyFilters()
{
    const QString period = m_period->currentData().toString();
    const qint64 trustee = m_trustee->currentData().toLongLong();
    const QString domain = m_domain->currentData().toString();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *subject = m_table->item(r, KeyColumn);
        const bool show = (period.isEmpty() || m_table->item(r, PeriodColumn)->text() == period)
            && (!trustee || subject->data(TrusteeRole).toLongLong() == trustee)
            && (domain.isEmpty() || subject->data(SubjectRole).toString().startsWith(domain)
                || subject->data(SubjectRole).toString() == domain.chopped(1));
        m_table->setRowHidden(r, !show);
    }
    m_count->setText(tr("%1 of %n entries", nullptr, int(m_entries.size())).arg(visibleRows()));
}

} // namespace strongtrust::app
