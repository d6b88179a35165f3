#include "app/TrusteeCodeDialog.h"

#include "app/QrCodeWidget.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace strongtrust::app {

TrusteeCodeDialog::TrusteeCodeDialog(const QList<live::TrusteeLink> &links, QWidget *parent)
    : QDialog(parent)
    , m_links(links)
    , m_list(new QListWidget(this))
    , m_code(new QrCodeWidget(this))
    , m_name(new QLabel(this))
    , m_link(new QLabel(this))
{
    setObjectName(QStringLiteral("trusteeCodeDialog"));
    setWindowTitle(tr("A Trustee's Code"));
    auto *warning = new QLabel(tr("For your screen only: anyone who scans this code or reads "
                                  "this link can rate as that trustee. Do not show it on the "
                                  "projector."),
        this);
    warning->setObjectName(QStringLiteral("trusteeCodeWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral(
        "background: #fff4e5; color: #6b3a00; border: 1px solid #f0c890; padding: 6px;"));
    m_list->setObjectName(QStringLiteral("trusteeCodeList"));
    m_list->setAccessibleName(tr("Trustees"));
    for (const live::TrusteeLink &l : links)
        m_list->addItem(l.name);
    m_list->setMaximumWidth(260);
    m_name->setObjectName(QStringLiteral("trusteeCodeName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    m_name->setFont(big);
    m_name->setAlignment(Qt::AlignHCenter);
    m_link->setObjectName(QStringLiteral("trusteeCodeLink"));
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setWordWrap(true);
    m_link->setAlignment(Qt::AlignHCenter);
    QFont mono = m_link->font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_link->setFont(mono);
    m_code->setMinimumSize(320, 320);

    auto *shown = new QVBoxLayout;
    shown->addWidget(m_name);
    shown->addWidget(m_code, 1);
    shown->addWidget(m_link);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(shown, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &TrusteeCodeDialog::showTrustee);
    showTrustee(-1);
    resize(760, 560);
}

void TrusteeCodeDialog::showTrustee(int row)
{
    if (row < 0 || row >= m_links.size()) {
        m_name->setText(tr("Choose a trustee"));
        m_code->setText({});
        m_link->clear();
        return;
    }
    const live::TrusteeLink &l = m_links[row];
    const QString url = l.url.toString(QUrl::FullyEncoded);
    m_name->setText(l.name);
    m_code->setText(url);
    m_link->setText(url);
}

QString TrusteeCodeDialog::shownLink() const
{
    return m_link->text();
}

void TrusteeCodeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // With a second screen, away from the window's: in a meeting that one
    // is usually the projector.
    const QScreen *windowScreen = parentWidget() ? parentWidget()->screen() : nullptr;
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!windowScreen || screens.size() < 2 || screen() != windowScreen)
        return;
    for (QScreen *s : screens) {
        if (s != windowScreen) {
            const QRect area = s->availableGeometry();
            move(area.center() - rect().center());
            return;
        }
    }
}

} // namespace strongtrust::app
