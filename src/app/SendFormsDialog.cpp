#include "app/SendFormsDialog.h"

#include "app/DialogProvider.h"
#include "app/WorkbookSession.h"
#include "live/ReturnForm.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace strongtrust::app {

SendFormsDialog::SendFormsDialog(WorkbookSession *session, DialogProvider *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_trustees(new QListWidget(this))
    , m_folder(new QLineEdit(this))
    , m_write(new QPushButton(tr("&Write the Forms"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("sendFormsDialog"));
    setWindowTitle(tr("Send Rating Forms"));
    auto *intro = new QLabel(
        tr("A rating form is one file for one trustee: it opens in any browser, with no network, "
           "and holds the framework and that trustee's earlier answers for %1. The trustee "
           "rates, presses Save my return, and sends you the return it saves, which you import.")
            .arg(m_session->hasAssessment() ? m_session->assessment().period : QString()),
        this);
    intro->setWordWrap(true);

    m_trustees->setObjectName(QStringLiteral("formsTrustees"));
    m_trustees->setAccessibleName(tr("Trustees to write a form for"));
    for (const Trustee &t : m_session->trustees()) {
        if (t.retired)
            continue;
        auto *item = new QListWidgetItem(t.name, m_trustees);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_folder->setObjectName(QStringLiteral("formsFolder"));
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("formsBrowse"));
    m_write->setObjectName(QStringLiteral("formsWrite"));
    m_write->setDefault(true);
    m_result->setObjectName(QStringLiteral("formsResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_write, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *listLabel = new QLabel(tr("&Trustees:"), this);
    listLabel->setBuddy(m_trustees);
    layout->addWidget(listLabel);
    layout->addWidget(m_trustees, 1);
    layout->addLayout(folderRow);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &SendFormsDialog::writeForms);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = m_dialogs->askFolder(this, tr("Write the forms into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_trustees, &QListWidget::itemChanged, this, &SendFormsDialog::updateWriteButton);
    connect(m_folder, &QLineEdit::textChanged, this, &SendFormsDialog::updateWriteButton);
    updateWriteButton();
    resize(620, 520);
}

QList<qint64> SendFormsDialog::chosenTrustees() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_trustees->count(); ++i) {
        const QListWidgetItem *item = m_trustees->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void SendFormsDialog::updateWriteButton()
{
    m_write->setEnabled(m_session->hasAssessment() && !chosenTrustees().isEmpty()
        && !m_folder->text().trimmed().isEmpty());
}

QString SendFormsDialog::resultText() const
{
    return m_result->text();
}

bool SendFormsDialog::writeForms()
{
    const QList<qint64> ids = chosenTrustees();
    // An empty list would mean "every active trustee" to the writer.
    if (!m_session->hasAssessment() || ids.isEmpty())
        return false;
    const QString dir = QDir::cleanPath(m_folder->text().trimmed());
    auto written
        = live::ReturnForm::write(m_session->workbook(), m_session->assessmentId(), dir, ids);
    if (!written) {
        m_result->setText(tr("No form was written: %1").arg(written.errorText()));
        return false;
    }
    QStringList lines;
    for (const live::WrittenForm &f : written.value())
        lines.append(tr("%1: %2").arg(f.name, QDir::toNativeSeparators(f.path)));
    m_result->setText(tr("Wrote %n form(s):", nullptr, int(written.value().size())) + u'\n'
        + lines.join(u'\n') + u"\n\n"
        + tr("Send each trustee their own file, and only theirs: it opens with their name and "
             "their answers."));
    return true;
}

} // namespace strongtrust::app
