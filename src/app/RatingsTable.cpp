#include "app/RatingsTable.h"

#include "app/ChoiceDelegate.h"
#include "app/RatingsModel.h"

#include <QHeaderView>

namespace strongtrust::app {

RatingsTable::RatingsTable(WorkbookSession *session, QWidget *parent)
    : QTableView(parent), m_model(new RatingsModel(session, this))
{
    setObjectName(QStringLiteral("ratingsTable"));
    setAccessibleName(tr("Trustees' ratings"));
    setModel(m_model);
    setItemDelegateForColumn(RatingsModel::LevelColumn, new ChoiceDelegate(this));
    horizontalHeader()->setSectionResizeMode(
        RatingsModel::NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(
        RatingsModel::LevelColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(RatingsModel::NoteColumn, QHeaderView::Stretch);
    verticalHeader()->setVisible(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // Tab moves on to the next control, as everywhere else
    connect(m_model, &QAbstractItemModel::modelReset, this, &RatingsTable::syncEditors);
    syncEditors();
}

void RatingsTable::syncEditors()
{
    ChoiceDelegate::syncEditors(this, RatingsModel::LevelColumn);
}

void RatingsTable::showIndicator(const QString &indicator)
{
    m_model->setIndicator(indicator);
}

void RatingsTable::setNamesHidden(bool hidden)
{
    setProperty("namesHidden", hidden);
    m_model->setNamesHidden(hidden);
}

void RatingsTable::setBlind(bool blind)
{
    m_model->setBlind(blind);
    syncEditors();
    Q_EMIT revealedChanged();
}

void RatingsTable::reveal()
{
    m_model->reveal();
    syncEditors();
    Q_EMIT revealedChanged();
}

bool RatingsTable::isRevealed(const QString &indicator) const
{
    return m_model->isRevealed(indicator);
}

bool RatingsTable::isRevealed() const
{
    return m_model->isRevealed();
}

} // namespace strongtrust::app
