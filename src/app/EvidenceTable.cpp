#include "periods/PeriodNames.h"
#include "app/EvidenceTable.h"

#include "app/WorkbookSession.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>

namespace strongtrust::app {

namespace {
enum Column { TitleColumn, RefColumn, DateColumn, FlagColumn };
}

EvidenceTable::EvidenceTable(WorkbookSession *session, QWidget *parent)
    : RecordTable(session, tr("&Add evidence"), parent)
{
    setObjectName(QStringLiteral("evidenceTable"));
    m_table->setObjectName(QStringLiteral("evidenceList"));
    m_table->setAccessibleName(tr("Evidence"));
    setColumns({tr("Title"), tr("Reference (link or file)"), tr("Date (YYYY-MM-DD)"), QString()}, {TitleColumn, RefColumn});
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_remove->setObjectName(QStringLiteral("removeEvidence"));

    // Double-click opens the reference, except where it starts editing a cell.
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == RefColumn || column == FlagColumn || !m_table->item(row, column)->flags().testFlag(Qt::ItemIsEditable))
            open(row);
    });
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

void EvidenceTable::fill(bool editable)
{
    const QList<Evidence> list = current();
    // Staleness is judged against the meeting, or today before a date is set.
    const QDate reference = m_session->hasAssessment() && m_session->assessment().meetingDate.isValid()
                                ? m_session->assessment().meetingDate
                                : QDate::currentDate();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Evidence &e = list[row];
        setTextCells(row, {e.title, e.ref, e.date.toString(Qt::ISODate)}, editable);
        const bool stale = isEvidenceStale(e.date, reference);
        auto *flag = new QTableWidgetItem(stale ? tr("⚠ possibly stale") : QString());
        flag->setFlags(Qt::ItemIsEnabled);
        if (stale)
            flag->setToolTip(tr("Dated more than twelve months before the meeting: is it still true?"));
        m_table->setItem(row, FlagColumn, flag);
    }
}

void EvidenceTable::add()
{
    m_session->addEvidence(m_indicator, Evidence{0, tr("New evidence"), QString(), QDate::currentDate()});
    editNewRow();
}

void EvidenceTable::remove(int row)
{
    m_session->removeEvidence(m_indicator, current().at(row));
}

void EvidenceTable::cellEdited(int row, int column, const QString &text)
{
    const Evidence before = current().at(row);
    Evidence after = before;
    if (column == TitleColumn) {
        after.title = text;
    } else if (column == RefColumn) {
        after.ref = text;
    } else if (column == DateColumn) {
        const std::optional<QDate> date = dateFromCell(text, QStringLiteral("2026-03-12"));
        if (!date)
            return;
        after.date = *date;
    }
    m_session->updateEvidence(m_indicator, before, after);
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
