#include "app/RatingsTable.h"

#include "app/WorkbookSession.h"

#include <QComboBox>
#include <QHeaderView>

namespace strongtrust::app {

namespace {
enum Column { NameColumn, LevelColumn, NoteColumn };
constexpr int kUnratedIndex = 0;
} // namespace

RatingsTable::RatingsTable(WorkbookSession *session, QWidget *parent) : QTableWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("ratingsTable"));
    setAccessibleName(tr("Trustees' ratings"));
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Trustee"), tr("Rating"), tr("Note")});
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    verticalHeader()->setVisible(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // Tab moves on to the next control, as everywhere else
    connect(this, &QTableWidget::cellChanged, this, &RatingsTable::onCellChanged);
}

void RatingsTable::showIndicator(const QString &indicator)
{
    m_indicator = indicator;
    refresh();
}

void RatingsTable::setNamesHidden(bool hidden)
{
    m_namesHidden = hidden;
    setProperty("namesHidden", hidden);
    refresh();
}

void RatingsTable::setBlind(bool blind)
{
    m_blind = blind;
    m_revealed.clear();
    refresh();
    Q_EMIT revealedChanged();
}

void RatingsTable::reveal()
{
    m_revealed.insert(m_indicator);
    refresh();
    Q_EMIT revealedChanged();
}

bool RatingsTable::isRevealed() const
{
    return !m_blind || m_revealed.contains(m_indicator);
}

void RatingsTable::refresh()
{
    m_filling = true;
    const bool editable = m_session->canEdit() && m_session->hasAssessment();
    const Framework &fw = m_session->framework();
    const QList<Trustee> trustees = m_session->trustees();
    m_rows = m_session->raters();
    setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows[row];
        QString name;
        QString role;
        for (const Trustee &t : trustees) {
            if (t.id == id) {
                name = t.name;
                role = t.role;
            }
        }
        auto *nameItem = new QTableWidgetItem(m_namesHidden ? tr("Trustee %1").arg(row + 1)
                                                            : (role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, role)));
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, NameColumn, nameItem);

        const Rating r = m_session->rating(id, m_indicator);
        if (!isRevealed()) {
            removeCellWidget(row, LevelColumn);
            auto *hidden = new QTableWidgetItem(r.value.isUnrated() ? tr("not yet rated") : tr("rated (hidden)"));
            hidden->setFlags(Qt::ItemIsEnabled);
            setItem(row, LevelColumn, hidden);
        } else {
            auto *combo = qobject_cast<QComboBox *>(cellWidget(row, LevelColumn));
            if (!combo) {
                combo = new QComboBox(this);
                combo->setObjectName(QStringLiteral("rating-%1").arg(row));
                connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                    const int comboRow = indexAt(combo->pos()).row();
                    if (comboRow < 0 || comboRow >= m_rows.size())
                        return;
                    const QVariant v = combo->itemData(index);
                    RatingValue value;
                    if (v.toString() == QLatin1String("na"))
                        value = RatingValue::notApplicable();
                    else if (v.isValid())
                        value = RatingValue::of(v.toDouble());
                    m_session->setRatingValue(m_rows[comboRow], m_indicator, value);
                });
                setCellWidget(row, LevelColumn, combo);
            }
            combo->clear();
            combo->addItem(tr("— not rated —"));
            for (int l = 0; l < fw.scale.levels.size(); ++l)
                combo->addItem(QStringLiteral("%1  %2").arg(l + 1).arg(fw.scale.levels[l].label), fw.scale.levels[l].value);
            if (fw.scale.allowNotApplicable)
                combo->addItem(tr("Not applicable"), QStringLiteral("na"));
            int current = kUnratedIndex;
            if (r.value.isLevel())
                current = 1 + fw.scale.indexOf(r.value.level);
            else if (r.value.isNotApplicable())
                current = combo->count() - 1;
            combo->setCurrentIndex(current);
            combo->setEnabled(editable);
            combo->setAccessibleName(tr("Rating of %1").arg(nameItem->text()));
        }
        auto *note = new QTableWidgetItem(isRevealed() ? r.note : QString());
        note->setFlags(editable && isRevealed() ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable)
                                                : (Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        note->setToolTip(note->text());
        setItem(row, NoteColumn, note);
    }
    m_filling = false;
}

void RatingsTable::onCellChanged(int row, int column)
{
    if (m_filling || column != NoteColumn || row >= m_rows.size())
        return;
    const Rating r = m_session->rating(m_rows[row], m_indicator);
    m_session->setRating(m_rows[row], m_indicator, r.value, item(row, column)->text());
}

} // namespace strongtrust::app
