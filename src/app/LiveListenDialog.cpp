#include "app/LiveListenDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strongtrust::app {

LiveListenDialog::LiveListenDialog(
    const QList<ListenChoice> &addresses, int suggested, bool blind, QWidget *parent)
    : QDialog(parent)
    , m_addresses(addresses)
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_blind(new QCheckBox(
          tr("&Blind rating: keep levels hidden until I reveal each indicator"), this))
{
    setObjectName(QStringLiteral("liveListenDialog"));
    setWindowTitle(tr("Start Live Rating"));
    m_address->setObjectName(QStringLiteral("liveAddress"));
    for (const ListenChoice &a : addresses)
        m_address->addItem(a.isLoopback()
                ? tr("%1 (this computer only)").arg(a.address.toString())
                : tr("%1 (%2)").arg(a.address.toString(), a.interfaceName));
    m_address->setCurrentIndex(suggested);
    m_port->setObjectName(QStringLiteral("livePort"));
    m_port->setRange(0, 65535);
    // 0 asks the system for a port nobody uses: the usual choice.
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(0);
    m_blind->setObjectName(QStringLiteral("liveBlind"));
    m_blind->setChecked(blind);

    auto *intro = new QLabel(tr("Trustees rate on their own phones, tablets or laptops, which "
                                "must be on the same network as this computer. Each trustee "
                                "opens their own link, from their card or from you."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Network address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_blind);
    layout->addWidget(buttons);
}

LiveListenRequest LiveListenDialog::request() const
{
    LiveListenRequest r;
    r.address = m_addresses.value(m_address->currentIndex()).address;
    r.port = quint16(m_port->value());
    r.blind = m_blind->isChecked();
    return r;
}

} // namespace strongtrust::app
