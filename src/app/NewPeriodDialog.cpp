#include "app/NewPeriodDialog.h"

#include "framework/FrameworkLoader.h"
#include "ui_NewPeriodDialog.h"

#include <QFileDialog>
#include <QLayout>
#include <QPushButton>
#include <QStandardPaths>

namespace strongtrust::app {

namespace {

// What each entry of the framework list starts the period on (its item data).
enum class FrameworkChoice { Keep, BuiltIn, File };

} // namespace

NewPeriodDialog::NewPeriodDialog(const NewPeriodOffer &offer, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewPeriodDialog>()), m_offer(offer)
{
    m_ui->setupUi(this);
    m_ui->period->setText(offer.suggested);
    const bool choice = !offer.currentFramework.isEmpty();
    m_ui->frameworkLabel->setVisible(choice);
    m_ui->framework->setVisible(choice);
    m_ui->frameworkNote->setVisible(choice);
    if (choice) {
        m_ui->framework->addItem(
            tr("Keep %1").arg(offer.currentFramework), int(FrameworkChoice::Keep));
        if (!offer.builtInFramework.isEmpty()) {
            m_ui->framework->addItem(tr("%1, built into this version").arg(offer.builtInFramework),
                int(FrameworkChoice::BuiltIn));
            if (offer.preferBuiltIn)
                m_ui->framework->setCurrentIndex(1);
        }
        m_ui->framework->addItem(tr("Another framework, from a file"), int(FrameworkChoice::File));
        connect(
            m_ui->framework, &QComboBox::currentIndexChanged, this, &NewPeriodDialog::updateNote);
    }
    connect(m_ui->browseFramework, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Framework file"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Framework files (*.json);;All files (*)"));
        if (!file.isEmpty())
            m_ui->frameworkFile->setText(file);
    });
    connect(m_ui->frameworkFile, &QLineEdit::textEdited, this, &NewPeriodDialog::updateNote);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewPeriodDialog::acceptIfValid);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->period, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!offer.suggested.trimmed().isEmpty());
    updateNote();
}

NewPeriodDialog::~NewPeriodDialog() = default;

int NewPeriodDialog::choice() const
{
    if (!m_ui->framework->isVisibleTo(this))
        return int(FrameworkChoice::Keep);
    return m_ui->framework->currentData().toInt();
}

NewPeriodRequest NewPeriodDialog::request() const
{
    NewPeriodRequest r { m_ui->period->text().trimmed(), m_ui->title->text().simplified() };
    r.builtInFramework = choice() == int(FrameworkChoice::BuiltIn);
    if (choice() == int(FrameworkChoice::File))
        r.frameworkFile = m_ui->frameworkFile->text().trimmed();
    return r;
}

void NewPeriodDialog::acceptIfValid()
{
    // A framework file is checked here, so that the dialog stays open on a
    // mistake, with every problem the loader finds, each with its place.
    if (choice() == int(FrameworkChoice::File)) {
        const QString file = m_ui->frameworkFile->text().trimmed();
        if (file.isEmpty()) {
            m_ui->frameworkNote->setText(tr("Choose the framework file."));
            return;
        }
        const auto fw = FrameworkLoader::loadFile(file);
        if (!fw) {
            m_ui->frameworkNote->setText(fw.errorText());
            return;
        }
    }
    accept();
}

void NewPeriodDialog::updateNote()
{
    const auto chosen = FrameworkChoice(choice());
    m_ui->frameworkFile->setVisible(chosen == FrameworkChoice::File);
    m_ui->browseFramework->setVisible(chosen == FrameworkChoice::File);
    // Why the choice matters, in the clerk's terms: what the new period gains
    // or keeps, and that the periods already recorded do not change.
    switch (chosen) {
    case FrameworkChoice::BuiltIn:
        m_ui->frameworkNote->setText(
            tr("The new period is rated on %1%2. Earlier periods keep %3; comparisons "
               "with them cover what the two frameworks share.")
                .arg(m_offer.builtInFramework,
                    m_offer.builtInAddsBaseline
                        ? tr(", which adds baseline standards and measures to each domain")
                        : QString(),
                    m_offer.currentFramework));
        break;
    case FrameworkChoice::File:
        m_ui->frameworkNote->setText(
            tr("The new period is rated on the framework in this file, checked when you "
               "press OK. Earlier periods keep %1.")
                .arg(m_offer.currentFramework));
        break;
    case FrameworkChoice::Keep:
        m_ui->frameworkNote->setText(tr("The new period is rated on %1, as the latest period is.")
                                         .arg(m_offer.currentFramework));
        break;
    }
    // The file's row and a longer note need more height than the dialog
    // had: grow to fit rather than overlap them.
    if (!isVisible())
        return; // the first show sizes the dialog to its contents
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

} // namespace strongtrust::app
