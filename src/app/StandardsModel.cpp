#include "app/StandardsModel.h"

#include "app/ChoiceDelegate.h"
#include "app/WorkbookSession.h"
#include "workbook/Labels.h"

namespace strongtrust::app {

QList<StandardResult> standardResultChoices()
{
    return { StandardResult::NotJudged, StandardResult::Met, StandardResult::NotMet };
}

namespace {

// The result as the list shows it, marked so that a column of them reads at a glance.
QString choiceText(StandardResult r)
{
    const QString mark = r == StandardResult::Met ? QStringLiteral("✓ ")
        : r == StandardResult::NotMet             ? QStringLiteral("✗ ")
                                                  : QStringLiteral("– ");
    return mark + Labels::standardResult(r);
}

} // namespace

StandardsModel::StandardsModel(WorkbookSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &WorkbookSession::assessmentChanged, this, &StandardsModel::reload);
    connect(m_session, &WorkbookSession::dataChanged, this, &StandardsModel::update);
}

void StandardsModel::setDomain(int domainIndex)
{
    if (domainIndex == m_domain)
        return;
    m_domain = domainIndex;
    reload();
}

bool StandardsModel::editable() const
{
    return m_session->canEdit() && m_session->hasAssessment();
}

QString StandardsModel::standardId(int row) const
{
    return m_ids.value(row);
}

int StandardsModel::rowOf(const QString &standard) const
{
    return int(m_ids.indexOf(standard));
}

void StandardsModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    const Framework &fw = m_session->framework();
    if (m_domain >= 0 && m_domain < fw.domains.size()) {
        for (const Standard &s : fw.domains[m_domain].standards) {
            m_ids.append(s.fullId);
            m_rows.append(m_session->standard(s.fullId));
        }
    }
    endResetModel();
}

void StandardsModel::update(const QString &changed)
{
    const Framework &fw = m_session->framework();
    // Another framework under the same domain index (another period chosen
    // is a reset already; this is the rare edit that finds the rows stale).
    if (m_domain >= fw.domains.size()
        || (m_domain >= 0 && fw.domains[m_domain].standards.size() != m_ids.size())) {
        reload();
        return;
    }
    for (int row = 0; row < m_ids.size(); ++row) {
        if (!changed.isEmpty() && m_ids[row] != changed)
            continue;
        const StandardJudgement now = m_session->standard(m_ids[row]);
        const StandardJudgement &shown = m_rows[row];
        if (now.result == shown.result && now.note == shown.note
            && now.evidence.size() == shown.evidence.size())
            continue;
        m_rows[row] = now;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int StandardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StandardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandardsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StandardJudgement &j = m_rows[index.row()];
    const Standard *s = m_session->framework().findStandard(m_ids[index.row()]);
    if (!s)
        return {};
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole)
            return s->text;
        if (role == Qt::ToolTipRole)
            return s->guidance.isEmpty() ? s->text : s->guidance;
        break;
    case ResultColumn: {
        const int at = int(standardResultChoices().indexOf(j.result));
        if (role == Qt::DisplayRole)
            return choiceText(j.result);
        if (role == Qt::EditRole)
            return at;
        if (role == ChoicesRole) {
            QStringList list;
            for (StandardResult r : standardResultChoices())
                list.append(choiceText(r));
            return list;
        }
        if (role == EditorNameRole)
            return QStringLiteral("standardResult-%1").arg(index.row());
        if (role == EditorAccessibleNameRole)
            return tr("Result of the standard: %1").arg(s->text);
        if (role == Qt::ToolTipRole)
            return tr("M met · N not met · 0 not judged");
        break;
    }
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return j.note;
        break;
    default:
        break;
    }
    return {};
}

QVariant StandardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ResultColumn)
        return tr("Keys: M met, N not met, 0 or Backspace not judged");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Standard");
    case ResultColumn:
        return tr("Result");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags StandardsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != TextColumn && editable())
        f |= Qt::ItemIsEditable;
    return f;
}

void StandardsModel::setResult(int row, StandardResult result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    // Refused with the session's message when the assessment cannot be changed.
    if (m_rows[row].result != result)
        m_session->setStandardResult(m_ids[row], result);
}

bool StandardsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size()
        || !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    const StandardJudgement &j = m_rows[index.row()];
    if (index.column() == ResultColumn) {
        setResult(index.row(), standardResultChoices().value(value.toInt()));
        return true;
    }
    if (index.column() == NoteColumn) {
        const QString note = value.toString();
        if (note != j.note)
            m_session->setStandard(m_ids[index.row()], j.result, note);
        return true;
    }
    return false;
}

} // namespace strongtrust::app
