#pragma once

#include "live/LiveSession.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace strongtrust::app {

class QrCodeWidget;

// One trustee's own QR code and link, large, for the clerk's screen only:
// the trustee scans it from there when they have no card. One trustee at a
// time, chosen from the list; nothing shows until one is chosen. Where the
// computer has a second screen, the dialog opens on a screen other than the
// window's (which may be the projector).
class TrusteeCodeDialog : public QDialog
{
    Q_OBJECT

public:
    TrusteeCodeDialog(const QList<live::TrusteeLink> &links, QWidget *parent = nullptr);

    QListWidget *trusteeList() const { return m_list; }
    QrCodeWidget *code() const { return m_code; }
    QString shownLink() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showTrustee(int row);

    QList<live::TrusteeLink> m_links;
    QListWidget *m_list;
    QrCodeWidget *m_code;
    QLabel *m_name;
    QLabel *m_link;
};

} // namespace strongtrust::app
