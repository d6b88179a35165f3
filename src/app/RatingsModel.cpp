#include "app/RatingsModel.h"

#include "app/ChoiceDelegate.h"
#include "app/WorkbookSession.h"

namespace strongtrust::app {

RatingsModel::RatingsModel(WorkbookSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &WorkbookSession::assessmentChanged, this, &RatingsModel::reload);
    connect(m_session, &WorkbookSession::trusteesChanged, this, &RatingsModel::reload);
    connect(m_session, &WorkbookSession::dataChanged, this, &RatingsModel::update);
    reload();
}

void RatingsModel::setIndicator(const QString &indicator)
{
    if (indicator == m_indicator)
        return;
    m_indicator = indicator;
    reload();
}

void RatingsModel::setNamesHidden(bool hidden)
{
    if (hidden == m_namesHidden)
        return;
    m_namesHidden = hidden;
    // The names, and the rating combo boxes named after them.
    announceRows(0, int(m_rows.size()) - 1, NameColumn, LevelColumn);
}

void RatingsModel::setBlind(bool blind)
{
    m_blind = blind;
    m_revealed.clear();
    announceRows(0, int(m_rows.size()) - 1, LevelColumn, NoteColumn);
}

void RatingsModel::reveal()
{
    m_revealed.insert(m_indicator);
    announceRows(0, int(m_rows.size()) - 1, LevelColumn, NoteColumn);
}

bool RatingsModel::isRevealed(const QString &indicator) const
{
    return !m_blind || m_revealed.contains(indicator);
}

bool RatingsModel::isRevealed() const
{
    return !m_blind || m_revealed.contains(m_indicator);
}

bool RatingsModel::editable() const
{
    return m_session->canEdit() && m_session->hasAssessment();
}

void RatingsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    const QList<Trustee> trustees = m_session->trustees();
    for (const qint64 id : m_session->raters()) {
        m_rows.append(m_session->rating(id, m_indicator));
        QString label;
        for (const Trustee &t : trustees) {
            if (t.id == id)
                label = t.role.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.role);
        }
        m_names.append(label);
    }
    endResetModel();
}

void RatingsModel::update(const QString &changedIndicator)
{
    if (!changedIndicator.isEmpty() && changedIndicator != m_indicator)
        return;
    const QList<qint64> &raters = m_session->raters();
    if (raters.size() != m_rows.size()) {
        reload(); // not an edit of ratings: the raters themselves changed
        return;
    }
    int first = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        bool changed = false;
        if (row < m_rows.size()) {
            const Rating now = m_session->rating(raters[row], m_indicator);
            changed = now.trusteeId != m_rows[row].trusteeId || !(now.value == m_rows[row].value)
                || now.note != m_rows[row].note;
            if (changed)
                m_rows[row] = now;
        }
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            announceRows(first, row - 1);
            first = -1;
        }
    }
}

void RatingsModel::announceRows(int first, int last, int firstColumn, int lastColumn)
{
    if (first <= last)
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
}

int RatingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RatingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RatingsModel::name(int row) const
{
    return m_namesHidden ? tr("Trustee %1").arg(row + 1) : m_names.value(row);
}

QStringList RatingsModel::choices() const
{
    const Framework &fw = m_session->framework();
    QStringList list { tr("— not rated —") };
    for (int l = 0; l < fw.scale.levels.size(); ++l)
        list.append(QStringLiteral("%1  %2").arg(l + 1).arg(fw.scale.levels[l].label));
    if (fw.scale.allowNotApplicable)
        list.append(tr("Not applicable"));
    return list;
}

int RatingsModel::position(const RatingValue &value) const
{
    const Framework &fw = m_session->framework();
    if (value.isLevel())
        return 1 + fw.scale.indexOf(value.level);
    if (value.isNotApplicable() && fw.scale.allowNotApplicable)
        return 1 + int(fw.scale.levels.size());
    return 0;
}

QVariant RatingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Rating &r = m_rows[index.row()];
    const bool revealed = isRevealed();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return name(index.row());
        break;
    case LevelColumn:
        if (!revealed) {
            if (role == Qt::DisplayRole)
                return r.value.isUnrated() ? tr("not yet rated") : tr("rated (hidden)");
            break;
        }
        if (role == Qt::DisplayRole)
            return choices().value(position(r.value));
        if (role == Qt::EditRole)
            return position(r.value);
        if (role == ChoicesRole)
            return choices();
        if (role == EditorNameRole)
            return QStringLiteral("rating-%1").arg(index.row());
        if (role == EditorAccessibleNameRole)
            return tr("Rating of %1").arg(name(index.row()));
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return revealed ? r.note : QString();
        break;
    default:
        break;
    }
    return {};
}

QVariant RatingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Trustee");
    case LevelColumn:
        return tr("Rating");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags RatingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool revealed = isRevealed();
    if (index.column() == LevelColumn && !revealed)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn && revealed && editable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RatingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size()
        || !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    const Rating r = m_rows[index.row()];
    if (index.column() == NoteColumn) {
        const QString note = value.toString();
        if (note != r.note)
            m_session->setRating(r.trusteeId, m_indicator, r.value, note);
        return true;
    }
    if (index.column() == LevelColumn) {
        const Framework &fw = m_session->framework();
        const int at = value.toInt();
        RatingValue chosen;
        if (at >= 1 && at <= fw.scale.levels.size())
            chosen = RatingValue::of(fw.scale.levels[at - 1].value);
        else if (at == fw.scale.levels.size() + 1 && fw.scale.allowNotApplicable)
            chosen = RatingValue::notApplicable();
        if (!(chosen == r.value))
            m_session->setRatingValue(r.trusteeId, m_indicator, chosen);
        return true;
    }
    return false;
}

} // namespace strongtrust::app
