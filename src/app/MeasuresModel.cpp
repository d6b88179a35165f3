#include "app/MeasuresModel.h"

#include "app/WorkbookSession.h"
#include "report/MeasureWords.h"
#include "workbook/MeasureInput.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace strongtrust::app {

namespace {
// The red of a flag that asks for the board's attention (as the navigator's).
const QColor kFlag(0xa8, 0x32, 0x2d);

bool outsideTarget(const MeasureComparison &c)
{
    return c.standing == TargetStanding::Below || c.standing == TargetStanding::Above;
}
} // namespace

MeasuresModel::MeasuresModel(WorkbookSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &WorkbookSession::assessmentChanged, this, &MeasuresModel::reload);
    connect(m_session, &WorkbookSession::dataChanged, this, &MeasuresModel::update);
}

void MeasuresModel::setDomain(int domainIndex)
{
    if (domainIndex == m_domain)
        return;
    m_domain = domainIndex;
    reload();
}

bool MeasuresModel::editable() const
{
    return m_session->canEdit() && m_session->hasAssessment();
}

bool MeasuresModel::compared() const
{
    return m_session->previous().has_value();
}

QString MeasuresModel::measureId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].measure.fullId : QString();
}

int MeasuresModel::rowOf(const QString &measure) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].measure.fullId == measure)
            return row;
    }
    return -1;
}

MeasuresModel::Row MeasuresModel::rowFor(
    const Measure &m, const QList<MeasurePeriod> &history) const
{
    Row row;
    row.measure = m;
    row.value = m_session->measure(m.fullId);
    const bool recorded = m_session->hasAssessment() && m_session->data().measureFor(m.fullId);
    const std::optional<EarlierMeasure> earlier = m_session->earlierMeasure(m.fullId);
    row.comparison
        = compareMeasure(m, recorded ? &row.value : nullptr, earlier ? &*earlier : nullptr);
    row.trend = trendChartData(m, row.comparison.target, history);
    return row;
}

void MeasuresModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const Framework &fw = m_session->framework();
    if (m_domain >= 0 && m_domain < fw.domains.size()) {
        const QList<MeasurePeriod> history = m_session->measureHistory();
        for (const Measure &m : fw.domains[m_domain].measures)
            m_rows.append(rowFor(m, history));
    }
    endResetModel();
}

void MeasuresModel::update(const QString &changed)
{
    const Framework &fw = m_session->framework();
    if (m_domain >= fw.domains.size()
        || (m_domain >= 0 && fw.domains[m_domain].measures.size() != m_rows.size())) {
        reload();
        return;
    }
    const int row = changed.isEmpty() ? -1 : rowOf(changed);
    if (!changed.isEmpty() && row < 0)
        return;
    const QList<MeasurePeriod> history = m_session->measureHistory();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (row >= 0 && r != row)
            continue;
        const Row now = rowFor(m_rows[r].measure, history);
        if (now.value == m_rows[r].value)
            continue;
        m_rows[r] = now;
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

int MeasuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasuresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const Measure &m = r.measure;
    const MeasureComparison &c = r.comparison;
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case TitleColumn:
        if (display)
            return m.title;
        if (role == Qt::ToolTipRole)
            return m.guidance.isEmpty() ? m.title : m.guidance;
        break;
    case ValueColumn:
        if (display) {
            if (!r.value.value)
                return QStringLiteral("—");
            // Marked against the target at a glance; in words on hovering.
            const QString mark = c.standing == TargetStanding::Within ? QStringLiteral(" ✓")
                : outsideTarget(c)                                    ? QStringLiteral(" ✗")
                                                                      : QString();
            return QString(measureValueText(m, *r.value.value) + mark);
        }
        if (role == Qt::EditRole)
            return r.value.value ? MeasureInput::valueText(*r.value.value) : QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return targetStandingText(m, c);
        if (role == Qt::ForegroundRole && outsideTarget(c))
            return QBrush(kFlag);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AsOfColumn:
        if (display || role == Qt::EditRole)
            return r.value.asOf.toString(Qt::ISODate);
        break;
    case SourceColumn:
        if (display || role == Qt::EditRole || role == Qt::ToolTipRole)
            return r.value.source;
        break;
    case NoteColumn:
        if (display || role == Qt::EditRole || role == Qt::ToolTipRole)
            return r.value.note;
        break;
    case TargetColumn:
        if (display) {
            if (!c.target.isSet())
                return QStringLiteral("—");
            const QString text = measureTargetText(m, c.target);
            return c.ownTarget ? tr("%1 (trust's own)").arg(text) : text;
        }
        if (role == Qt::EditRole)
            return MeasureInput::targetText(c.target);
        if (role == Qt::ToolTipRole)
            return m.target.isSet()
                ? tr("The framework's target: %1. Type the trust's own (5–12, ≥ 5, ≤ 12), or "
                     "clear the cell for the framework's.")
                      .arg(measureTargetText(m, m.target))
                : tr("The framework sets no target. Type the trust's own (5–12, ≥ 5, ≤ 12).");
        break;
    case MoveColumn:
        // Nothing recorded this period: nothing has moved, whatever was before.
        if (display && r.value.value) {
            const QString move = measureMoveText(
                m, c, m_session->previous() ? m_session->previous()->period : QString());
            const QString verdict = measureVerdictText(m, c);
            return verdict.isEmpty() ? move : tr("%1, %2").arg(move, verdict);
        }
        if (role == Qt::ForegroundRole && c.verdict == MeasureVerdict::Worse)
            return QBrush(kFlag);
        break;
    case TrendColumn:
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return describeTrendChart(r.trend);
        break;
    default:
        break;
    }
    return {};
}

QVariant MeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AsOfColumn)
        return tr("The date the value describes, as YYYY-MM-DD: the census day, the end of the "
                  "financial year");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Measure");
    case ValueColumn:
        return tr("Value");
    case AsOfColumn:
        return tr("As of");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    case TargetColumn:
        return tr("Target");
    case MoveColumn:
        return m_session->previous() ? tr("Since %1").arg(m_session->previous()->period)
                                     : tr("Change");
    case TrendColumn:
        return tr("Trend");
    default:
        return {};
    }
}

Qt::ItemFlags MeasuresModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case ValueColumn:
    case AsOfColumn:
    case SourceColumn:
    case NoteColumn:
    case TargetColumn:
        if (editable())
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool MeasuresModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size()
        || !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    const Row &r = m_rows[index.row()];
    const QString text = value.toString();
    // The whole record with one field changed: the store replaces the record.
    MeasureValue next = r.value;
    switch (index.column()) {
    case ValueColumn: {
        const auto typed = MeasureInput::value(r.measure, text);
        if (!typed) {
            Q_EMIT m_session->problem(typed.errorText());
            return false;
        }
        next.value = typed.value();
        break;
    }
    case AsOfColumn: {
        const QString trimmed = text.trimmed();
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!trimmed.isEmpty() && !date.isValid()) {
            Q_EMIT m_session->problem(
                tr("%1: \"%2\" is not a date. Write the date the value describes as YYYY-MM-DD, "
                   "e.g. 2025-08-31.")
                    .arg(r.measure.title, trimmed));
            return false;
        }
        next.asOf = date;
        break;
    }
    case SourceColumn:
        next.source = text.trimmed();
        break;
    case NoteColumn:
        next.note = text.trimmed();
        break;
    case TargetColumn: {
        const auto typed = MeasureInput::target(r.measure, text);
        if (!typed) {
            Q_EMIT m_session->problem(typed.errorText());
            return false;
        }
        // The framework's own target typed back is no target of the trust's.
        next.target = typed.value() == r.measure.target ? MeasureTarget {} : typed.value();
        break;
    }
    default:
        return false;
    }
    if (!(next == r.value))
        m_session->setMeasure(next);
    return true;
}

} // namespace strongtrust::app
