#include "app/ChoiceDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace strongtrust::app {

QWidget *ChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    // Picking a choice is the edit; there is no separate "commit" step.
    connect(combo, &QComboBox::activated, this,
        [this, combo] { Q_EMIT const_cast<ChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QStringList choices = index.data(ChoicesRole).toStringList();
    bool same = combo->count() == choices.size();
    for (int i = 0; same && i < choices.size(); ++i)
        same = combo->itemText(i) == choices[i];
    if (!same) {
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItems(choices);
    }
    combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    combo->setObjectName(index.data(EditorNameRole).toString());
    combo->setAccessibleName(index.data(EditorAccessibleNameRole).toString());
    combo->setEnabled(index.flags().testFlag(Qt::ItemIsEditable));
}

void ChoiceDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex(), Qt::EditRole);
}

QSize ChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize cell = QStyledItemDelegate::sizeHint(option, index);
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (choices.isEmpty())
        return cell;
    int widest = 0;
    for (const QString &choice : choices)
        widest = qMax(widest, option.fontMetrics.horizontalAdvance(choice));
    QStyleOptionComboBox box;
    if (option.widget)
        box.initFrom(option.widget);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QSize combo = style->sizeFromContents(
        QStyle::CT_ComboBox, &box, QSize(widest, option.fontMetrics.height()), option.widget);
    return cell.expandedTo(combo);
}

bool ChoiceDelegate::eventFilter(QObject *object, QEvent *event)
{
    // The combo box is a control of its own: keys and focus behave as they
    // do for any combo box, not as for a cell being edited.
    if (qobject_cast<QComboBox *>(object))
        return QObject::eventFilter(object, event);
    return QStyledItemDelegate::eventFilter(object, event);
}

void ChoiceDelegate::syncEditors(QAbstractItemView *view, int column)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(ChoicesRole).toStringList().isEmpty()) {
            view->closePersistentEditor(index);
            continue;
        }
        if (!view->isPersistentEditorOpen(index))
            view->openPersistentEditor(index);
        if (QWidget *editor = view->indexWidget(index))
            view->itemDelegateForIndex(index)->setEditorData(editor, index);
    }
}

} // namespace strongtrust::app
