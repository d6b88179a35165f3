#include "app/StandardsPanel.h"

#include "app/ActionsTable.h"
#include "app/EvidenceTable.h"
#include "app/StandardsModel.h"
#include "app/StandardsTable.h"
#include "app/WorkbookSession.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {
// The record tables' names are the indicator view's with a prefix, so that
// each control has a name of its own in the window.
void nameTable(
    QWidget *table, QTableView *view, QPushButton *add, QPushButton *remove, const QString &name)
{
    table->setObjectName(QStringLiteral("standard%1Table").arg(name));
    view->setObjectName(QStringLiteral("standard%1List").arg(name));
    add->setObjectName(QStringLiteral("addStandard%1").arg(name));
    remove->setObjectName(QStringLiteral("removeStandard%1").arg(name));
}
} // namespace

StandardsPanel::StandardsPanel(WorkbookSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new StandardsTable(session, this))
    , m_keys(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_evidence(new EvidenceTable(session, this))
    , m_actions(new ActionsTable(session, this))
{
    setObjectName(QStringLiteral("standardsPanel"));
    nameTable(m_evidence, m_evidence->view(), m_evidence->addButton(), m_evidence->removeButton(),
        QStringLiteral("Evidence"));
    nameTable(m_actions, m_actions->view(), m_actions->addButton(), m_actions->removeButton(),
        QStringLiteral("Action"));
    m_evidence->view()->setAccessibleName(tr("Evidence for the standard"));
    m_actions->view()->setAccessibleName(tr("Actions about the standard"));
    m_keys->setObjectName(QStringLiteral("standardsKeys"));
    m_keys->setWordWrap(true);
    m_keys->setText(tr("Result by key: <b>M</b> met, <b>N</b> not met, <b>0</b> not judged. "
                       "Type in the note's cell to write a note."));
    m_keys->setTextFormat(Qt::RichText);
    m_tabs->setObjectName(QStringLiteral("standardTabs"));
    m_tabs->addTab(m_evidence, QString());
    m_tabs->addTab(m_actions, QString());

    auto *box = new QGroupBox(tr("Baseline standards"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_table, 1);
    boxLayout->addWidget(m_keys);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box, 2);
    layout->addWidget(m_tabs, 1);

    connect(m_table, &StandardsTable::currentStandardChanged, this, &StandardsPanel::showStandard);
    connect(m_session, &WorkbookSession::dataChanged, this, &StandardsPanel::refresh);
}

void StandardsPanel::showDomain(int domainIndex)
{
    m_domain = domainIndex;
    m_table->showDomain(domainIndex);
    showStandard(m_table->currentStandard());
}

QString StandardsPanel::currentStandard() const
{
    return m_table->currentStandard();
}

void StandardsPanel::selectStandard(const QString &standard)
{
    m_table->selectStandard(standard);
}

void StandardsPanel::showStandard(const QString &standard)
{
    const Framework &fw = m_session->framework();
    const QString domainId = fw.domains.value(m_domain).id;
    m_evidence->showIndicator(standard);
    m_actions->showIndicator(domainId, standard);
    refresh();
    Q_EMIT currentStandardChanged(standard);
}

void StandardsPanel::showTab(QWidget *tab)
{
    m_tabs->setCurrentWidget(tab);
}

void StandardsPanel::refresh()
{
    const int row = m_table->currentIndex().row() + 1;
    m_tabs->setTabText(0, tr("Evidence for standard %1 (%2)").arg(row).arg(m_evidence->count()));
    m_tabs->setTabText(1, tr("Actions (%1)").arg(m_actions->count()));
}

} // namespace strongtrust::app
