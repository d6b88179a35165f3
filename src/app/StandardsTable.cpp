#include "app/StandardsTable.h"

#include "app/ChoiceDelegate.h"
#include "app/StandardsModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>

namespace strongtrust::app {

namespace {
// The result's list at its own height in the middle of its cell, however
// many lines the standard beside it takes.
class ResultDelegate : public ChoiceDelegate
{
public:
    using ChoiceDelegate::ChoiceDelegate;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QRect r = option.rect;
        const int height = std::min(editor->sizeHint().height(), r.height());
        r.setTop(r.top() + (r.height() - height) / 2);
        r.setHeight(height);
        editor->setGeometry(r);
    }
};
} // namespace

StandardsTable::StandardsTable(WorkbookSession *session, QWidget *parent)
    : QTableView(parent), m_model(new StandardsModel(session, this))
{
    setObjectName(QStringLiteral("standardsTable"));
    setAccessibleName(tr("Baseline standards"));
    setModel(m_model);
    setItemDelegateForColumn(StandardsModel::ResultColumn, new ResultDelegate(this));
    horizontalHeader()->setSectionResizeMode(StandardsModel::TextColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(
        StandardsModel::ResultColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(StandardsModel::NoteColumn, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(
        StandardsModel::NoteColumn, fontMetrics().averageCharWidth() * 32);
    // Numbered, as meeting mode and the tabs below name them ("standard 2 of 8").
    verticalHeader()->setVisible(true);
    // A standard is a sentence or two: it wraps, and its row grows to hold it.
    setWordWrap(true);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &StandardsTable::fitRowsLater);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false); // Tab moves on to the next control, as everywhere else
    // The note is typed into (any key starts it); the other cells take the result keys.
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    auto rowsChanged = [this] {
        syncEditors();
        fitRowsLater(); // a note may now take more lines, or fewer
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, rowsChanged);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            Q_EMIT currentStandardChanged(m_model->standardId(current.row()));
        });
}

void StandardsTable::syncEditors()
{
    ChoiceDelegate::syncEditors(this, StandardsModel::ResultColumn);
    // The result keys work in the list too, as they do on the row.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (QWidget *combo = indexWidget(m_model->index(row, StandardsModel::ResultColumn))) {
            combo->removeEventFilter(this);
            combo->installEventFilter(this);
        }
    }
}

void StandardsTable::showDomain(int domainIndex)
{
    m_model->setDomain(domainIndex);
    if (m_model->rowCount() > 0 && !currentIndex().isValid())
        setCurrentIndex(m_model->index(0, StandardsModel::TextColumn));
}

QString StandardsTable::currentStandard() const
{
    return m_model->standardId(currentIndex().row());
}

void StandardsTable::selectStandard(const QString &standard)
{
    const int row = m_model->rowOf(standard);
    if (row < 0)
        return;
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    setCurrentIndex(m_model->index(row, column));
    scrollTo(currentIndex());
}

void StandardsTable::fitRowsLater()
{
    // Once the layout has settled: a column's width is final only then, and
    // the rows wrap to it (a row fitted to a narrower column stays too tall).
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitPending = false;
            resizeRowsToContents();
        },
        Qt::QueuedConnection);
}

void StandardsTable::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitRowsLater();
}

void StandardsTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitRowsLater();
}

bool StandardsTable::resultKey(const QKeyEvent *event, int *position)
{
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    StandardResult result;
    switch (event->key()) {
    case Qt::Key_M:
        result = StandardResult::Met;
        break;
    case Qt::Key_N:
        result = StandardResult::NotMet;
        break;
    case Qt::Key_0:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        result = StandardResult::NotJudged;
        break;
    default:
        return false;
    }
    *position = int(standardResultChoices().indexOf(result));
    return true;
}

void StandardsTable::keyPressEvent(QKeyEvent *event)
{
    int position = -1;
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.column() != StandardsModel::NoteColumn
        && state() != QAbstractItemView::EditingState && resultKey(event, &position)) {
        m_model->setResult(current.row(), standardResultChoices().value(position));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

bool StandardsTable::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && qobject_cast<QComboBox *>(object)) {
        int position = -1;
        if (resultKey(static_cast<QKeyEvent *>(event), &position)) {
            // The combo box's own row: it sits in the result cell of that row.
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (indexWidget(m_model->index(row, StandardsModel::ResultColumn)) == object)
                    m_model->setResult(row, standardResultChoices().value(position));
            }
            return true;
        }
    }
    return QTableView::eventFilter(object, event);
}

} // namespace strongtrust::app
