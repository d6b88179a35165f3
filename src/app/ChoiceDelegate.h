#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace strongtrust::app {

// Roles the table models give a cell that is edited by picking from a list.
enum ChoiceRole {
    ChoicesRole
    = Qt::UserRole + 1, // QStringList: the choices, in order (Qt::EditRole is the position)
    EditorNameRole, // QString: the object name of the cell's combo box
    EditorAccessibleNameRole, // QString: what a screen reader calls the combo box
};

// A combo box that is always shown in its cell (a persistent editor) and
// commits the moment a choice is made, by mouse or by arrow key, as the
// tables' combo boxes always have. Tab moves on from it to the next
// control, as from any other combo box.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // As wide as a combo box showing the widest choice, so that a column
    // sized to its contents shows every choice whole.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Opens a combo box in each cell of `column` that has choices, closes it in
    // those that have none (hidden ratings), and brings the open ones up to
    // date: their rows, names and whether they can be changed.
    static void syncEditors(QAbstractItemView *view, int column);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace strongtrust::app
