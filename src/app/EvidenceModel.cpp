#include "app/EvidenceModel.h"

#include "app/WorkbookSession.h"
#include "periods/PeriodNames.h"

namespace strongtrust::app {

EvidenceModel::EvidenceModel(WorkbookSession *session, QObject *parent)
    : RecordModel(session, parent)
{
    connect(m_session, &WorkbookSession::assessmentChanged, this, &EvidenceModel::reload);
    connect(m_session, &WorkbookSession::dataChanged, this, &EvidenceModel::update);
    reload();
}

void EvidenceModel::setIndicator(const QString &indicator)
{
    if (indicator == m_indicator)
        return;
    m_indicator = indicator;
    reload();
}

QList<Evidence> EvidenceModel::current() const
{
    if (!m_session->hasAssessment() || m_indicator.isEmpty())
        return {};
    return m_session->evidence(m_indicator);
}

QDate EvidenceModel::reference() const
{
    return m_session->hasAssessment() && m_session->assessment().meetingDate.isValid()
        ? m_session->assessment().meetingDate
        : QDate::currentDate();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_rows = current();
    m_reference = reference();
    endResetModel();
}

void EvidenceModel::update(const QString &changedIndicator)
{
    if (!changedIndicator.isEmpty() && changedIndicator != m_indicator)
        return;
    const QDate now = reference();
    const bool newReference = now != m_reference;
    m_reference = now;
    sync(
        m_rows, current(),
        [](const Evidence &a, const Evidence &b) {
            return a.title == b.title && a.ref == b.ref && a.date == b.date
                && a.confidential == b.confidential;
        },
        newReference);
}

bool EvidenceModel::addRecord()
{
    const auto before = m_rows.size();
    m_session->addEvidence(
        m_indicator, Evidence { 0, tr("New evidence"), QString(), QDate::currentDate() });
    return m_rows.size() > before;
}

void EvidenceModel::removeRecord(int row)
{
    if (row >= 0 && row < m_rows.size())
        m_session->removeEvidence(m_indicator, m_rows.at(row));
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Evidence &e = m_rows[index.row()];
    const bool stale = isEvidenceStale(e.date, m_reference);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case TitleColumn:
            return e.title;
        case RefColumn:
            return e.ref;
        case DateColumn:
            return e.date.toString(Qt::ISODate);
        case FlagColumn:
            return stale && role == Qt::DisplayRole ? tr("⚠ possibly stale") : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FlagColumn && stale)
        return tr("Dated more than twelve months before the meeting: is it still true?");
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case RefColumn:
        return tr("Reference (link or file)");
    case DateColumn:
        return tr("Date (YYYY-MM-DD)");
    default:
        return QString();
    }
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == FlagColumn)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool EvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size()
        || !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    const Evidence before = m_rows.at(index.row());
    Evidence after = before;
    if (index.column() == TitleColumn) {
        after.title = text;
    } else if (index.column() == RefColumn) {
        after.ref = text;
    } else if (index.column() == DateColumn) {
        const std::optional<QDate> date = dateFromText(text, QStringLiteral("2026-03-12"));
        if (!date)
            return false;
        after.date = *date;
    }
    if (after.title != before.title || after.ref != before.ref || after.date != before.date)
        m_session->updateEvidence(m_indicator, before, after);
    return true;
}

} // namespace strongtrust::app
