#include "app/TrustDialog.h"

#include "app/WorkbookSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongtrust::app {

namespace {
enum Column { NameColumn, RoleColumn, RetiredColumn };
}

TrustDialog::TrustDialog(WorkbookSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_trustName(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_newName(new QLineEdit(this))
    , m_newRole(new QLineEdit(this))
{
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(tr("Trust and trustees"));
    resize(620, 480);
    m_trustName->setObjectName(QStringLiteral("trustName"));
    m_trustName->setAccessibleName(tr("Trust name"));
    m_trustName->setText(session->workbook().trustName());
    m_table->setObjectName(QStringLiteral("trusteesTable"));
    m_table->setAccessibleName(tr("Trustees"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("Retired") });
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RetiredColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_newName->setObjectName(QStringLiteral("newTrusteeName"));
    m_newName->setAccessibleName(tr("New trustee's name"));
    m_newName->setPlaceholderText(tr("Name"));
    m_newRole->setObjectName(QStringLiteral("newTrusteeRole"));
    m_newRole->setAccessibleName(tr("New trustee's role"));
    m_newRole->setPlaceholderText(tr("Role (optional), e.g. Chair"));
    auto *add = new QPushButton(tr("&Add trustee"), this);
    add->setObjectName(QStringLiteral("addTrustee"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Trust name:"), m_trustName);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 2);
    addRow->addWidget(m_newRole, 2);
    addRow->addWidget(add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *note = new QLabel(
        tr("Changes are saved as you make them. Retired trustees keep their past ratings."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, &TrustDialog::addTrustee);
    connect(m_newName, &QLineEdit::returnPressed, this, &TrustDialog::addTrustee);
    connect(m_newRole, &QLineEdit::returnPressed, this, &TrustDialog::addTrustee);
    connect(m_trustName, &QLineEdit::editingFinished, this, [this] {
        if (!m_trustName->text().trimmed().isEmpty())
            m_session->setTrustName(m_trustName->text());
    });
    connect(m_table, &QTableWidget::cellChanged, this, &TrustDialog::onCellChanged);
    connect(m_session, &WorkbookSession::trusteesChanged, this, &TrustDialog::refresh);
    connect(m_session, &WorkbookSession::dataChanged, this, &TrustDialog::refresh);
    const bool editable = !session->isReadOnly();
    m_trustName->setReadOnly(!editable);
    add->setEnabled(editable);
    m_newName->setEnabled(editable);
    m_newRole->setEnabled(editable);
    refresh();
}

void TrustDialog::addTrustee()
{
    const QString name = m_newName->text().simplified();
    if (name.isEmpty())
        return;
    m_session->addTrustee(name, m_newRole->text());
    m_newName->clear();
    m_newRole->clear();
    m_newName->setFocus();
}

void TrustDialog::refresh()
{
    m_filling = true;
    const QList<Trustee> trustees = m_session->workbook().trustees();
    const bool editable = !m_session->isReadOnly();
    m_ids.clear();
    m_table->setRowCount(int(trustees.size()));
    for (int row = 0; row < trustees.size(); ++row) {
        const Trustee &t = trustees[row];
        m_ids.append(t.id);
        auto *name = new QTableWidgetItem(t.name);
        auto *role = new QTableWidgetItem(t.role);
        auto *retired = new QTableWidgetItem;
        const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        name->setFlags(editable ? base | Qt::ItemIsEditable : base);
        role->setFlags(editable ? base | Qt::ItemIsEditable : base);
        retired->setFlags(editable ? base | Qt::ItemIsUserCheckable : base);
        retired->setCheckState(t.retired ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, RoleColumn, role);
        m_table->setItem(row, RetiredColumn, retired);
    }
    m_filling = false;
}

void TrustDialog::onCellChanged(int row, int column)
{
    if (m_filling || row >= m_ids.size())
        return;
    const qint64 id = m_ids[row];
    QTableWidgetItem *item = m_table->item(row, column);
    if (column == NameColumn)
        m_session->renameTrustee(id, item->text());
    else if (column == RoleColumn)
        m_session->setTrusteeRole(id, item->text());
    else
        m_session->setTrusteeRetired(id, item->checkState() == Qt::Checked);
    refresh(); // a refused change shows the stored value again
}

} // namespace strongtrust::app
