#pragma once

#include "app/DialogProvider.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace strongtrust::app {

// Asks where a live rating session listens: one of this machine's network
// addresses (or loopback, this machine only) and a port, and whether
// ratings stay hidden until revealed.
class LiveListenDialog : public QDialog
{
    Q_OBJECT

public:
    LiveListenDialog(
        const QList<ListenChoice> &addresses, int suggested, bool blind, QWidget *parent = nullptr);

    LiveListenRequest request() const;

private:
    QList<ListenChoice> m_addresses;
    QComboBox *m_address;
    QSpinBox *m_port;
    QCheckBox *m_blind;
};

} // namespace strongtrust::app
