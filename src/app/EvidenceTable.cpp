#include "app/EvidenceTable.h"

#include "app/WorkbookSession.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {
enum Column { TitleColumn, RefColumn, DateColumn, FlagColumn };
}

EvidenceTable::EvidenceTable(WorkbookSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_add(new QPushButton(tr("&Add evidence"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("evidenceTable"));
    m_table->setObjectName(QStringLiteral("evidenceList"));
    m_table->setAccessibleName(tr("Evidence"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Reference (link or file)"), tr("Date (YYYY-MM-DD)"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RefColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FlagColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_remove->setObjectName(QStringLiteral("removeEvidence"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::cellChanged, this, &EvidenceTable::onItemChanged);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == RefColumn || column == FlagColumn || !m_table->item(row, column)->flags().testFlag(Qt::ItemIsEditable))
            open(row);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_session->addEvidence(m_indicator, Evidence{0, tr("New evidence"), QString(), QDate::currentDate()});
        m_table->setFocus();
        m_table->setCurrentCell(m_table->rowCount() - 1, TitleColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, TitleColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<Evidence> list = current();
        const int row = m_table->currentRow();
        if (row >= 0 && row < list.size())
            m_session->removeEvidence(m_indicator, list[row]);
    });
}

bool EvidenceTable::isStale(const QDate &date, const QDate &reference)
{
    return date.isValid() && reference.isValid() && date < reference.addMonths(-12);
}

QList<Evidence> EvidenceTable::current() const
{
    return m_session->consensus(m_indicator).evidence;
}

int EvidenceTable::count() const
{
    return int(current().size());
}

void EvidenceTable::showIndicator(const QString &indicator)
{
    m_indicator = indicator;
    refresh();
}

void EvidenceTable::refresh()
{
    m_filling = true;
    const bool editable = m_session->canEdit() && m_session->hasAssessment();
    const QList<Evidence> list = current();
    // Staleness is judged against the meeting, or today before a date is set.
    const QDate reference = m_session->hasAssessment() && m_session->assessment().meetingDate.isValid()
                                ? m_session->assessment().meetingDate
                                : QDate::currentDate();
    m_table->setRowCount(int(list.size()));
    const Qt::ItemFlags flags = editable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable)
                                         : (Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    for (int row = 0; row < list.size(); ++row) {
        const Evidence &e = list[row];
        const QStringList texts{e.title, e.ref, e.date.toString(Qt::ISODate)};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setFlags(flags);
            m_table->setItem(row, c, item);
        }
        auto *flag = new QTableWidgetItem(isStale(e.date, reference) ? tr("⚠ possibly stale") : QString());
        flag->setFlags(Qt::ItemIsEnabled);
        if (isStale(e.date, reference))
            flag->setToolTip(tr("Dated more than twelve months before the meeting: is it still true?"));
        m_table->setItem(row, FlagColumn, flag);
    }
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && !list.isEmpty());
    m_filling = false;
}

void EvidenceTable::onItemChanged(int row, int column)
{
    if (m_filling)
        return;
    const QList<Evidence> list = current();
    if (row >= list.size() || column == FlagColumn)
        return;
    Evidence after = list[row];
    const QString text = m_table->item(row, column)->text().trimmed();
    if (column == TitleColumn)
        after.title = text;
    else if (column == RefColumn)
        after.ref = text;
    else {
        after.date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !after.date.isValid()) {
            Q_EMIT m_session->problem(tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2026-03-12.").arg(text));
            refresh();
            return;
        }
    }
    m_session->updateEvidence(m_indicator, list[row], after);
}

void EvidenceTable::open(int row)
{
    const QList<Evidence> list = current();
    if (row < 0 || row >= list.size() || list[row].ref.isEmpty())
        return;
    const QString ref = list[row].ref;
    const QUrl url = QFileInfo::exists(ref) ? QUrl::fromLocalFile(ref) : QUrl::fromUserInput(ref);
    QDesktopServices::openUrl(url);
}

} // namespace strongtrust::app
