#include "app/NewPeriodDialog.h"

#include "ui_NewPeriodDialog.h"

#include <QPushButton>

namespace strongtrust::app {

namespace {

enum FrameworkChoice { KeepFramework = 0, BuiltInFramework = 1 };

} // namespace

NewPeriodDialog::NewPeriodDialog(const NewPeriodOffer &offer, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewPeriodDialog>()), m_offer(offer)
{
    m_ui->setupUi(this);
    m_ui->period->setText(offer.suggested);
    const bool choice = !offer.currentFramework.isEmpty() && !offer.builtInFramework.isEmpty();
    m_ui->frameworkLabel->setVisible(choice);
    m_ui->framework->setVisible(choice);
    m_ui->frameworkNote->setVisible(choice);
    if (choice) {
        m_ui->framework->addItem(tr("Keep %1").arg(offer.currentFramework));
        m_ui->framework->addItem(tr("%1, built into this version").arg(offer.builtInFramework));
        m_ui->framework->setCurrentIndex(offer.preferBuiltIn ? BuiltInFramework : KeepFramework);
        connect(
            m_ui->framework, &QComboBox::currentIndexChanged, this, &NewPeriodDialog::updateNote);
        updateNote();
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->period, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!offer.suggested.trimmed().isEmpty());
}

NewPeriodDialog::~NewPeriodDialog() = default;

NewPeriodRequest NewPeriodDialog::request() const
{
    NewPeriodRequest r { m_ui->period->text().trimmed(), m_ui->title->text().simplified() };
    r.builtInFramework
        = m_ui->framework->isVisibleTo(this) && m_ui->framework->currentIndex() == BuiltInFramework;
    return r;
}

void NewPeriodDialog::updateNote()
{
    // Why the choice matters, in the clerk's terms: what the new period gains
    // or keeps, and that the periods already recorded do not change.
    if (m_ui->framework->currentIndex() == BuiltInFramework)
        m_ui->frameworkNote->setText(
            tr("The new period is rated on %1%2. Earlier periods keep %3; comparisons "
               "with them cover what the two frameworks share.")
                .arg(m_offer.builtInFramework,
                    m_offer.builtInAddsBaseline
                        ? tr(", which adds baseline standards and measures to each domain")
                        : QString(),
                    m_offer.currentFramework));
    else
        m_ui->frameworkNote->setText(tr("The new period is rated on %1, as the latest period is.")
                                         .arg(m_offer.currentFramework));
}

} // namespace strongtrust::app
