#include "app/WelcomePage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongtrust::app {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_recentLabel(new QLabel(tr("&Recent workbooks:"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    // Plain labels: rich text would lay out a whole text document before the
    // first frame, and the welcome page is what start-up waits for.
    auto *title = new QLabel(QStringLiteral("strongtrust"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    auto *intro
        = new QLabel(tr("The board's self-assessment against the five domains of a strong trust: "
                        "rate together, agree, and keep the record year after year."),
            this);
    intro->setWordWrap(true);
    auto *create = new QPushButton(tr("&New workbook for a trust…"), this);
    create->setObjectName(QStringLiteral("welcomeNew"));
    auto *open = new QPushButton(tr("&Open a workbook…"), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    auto *sample = new QPushButton(tr("Open the &sample workbook"), this);
    sample->setObjectName(QStringLiteral("welcomeSample"));
    sample->setToolTip(
        tr("A fictional trust with two years of ratings, notes, evidence and actions"));
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setAccessibleName(tr("Recent workbooks"));
    m_recentLabel->setBuddy(m_recent);

    auto *column = new QVBoxLayout;
    column->addSpacing(fontMetrics().height() * 3);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    // The three ways in, as wide as the widest, not as wide as the page.
    auto *choices = new QVBoxLayout;
    choices->addWidget(create);
    choices->addWidget(open);
    choices->addWidget(sample);
    choices->setAlignment(Qt::AlignLeft);
    // Large enough to hit easily, on a projector as on a laptop.
    const QFontMetrics metrics = fontMetrics();
    for (QPushButton *button : { create, open, sample })
        button->setMinimumSize(metrics.averageCharWidth() * 34, metrics.height() * 2);
    column->addLayout(choices);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 1);
    // Takes the height when there is no list to show.
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    // No empty box on a first start: the list appears once there is something in it.
    m_recent->setVisible(!files.isEmpty());
    m_recentLabel->setVisible(!files.isEmpty());
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(QFileInfo(f).completeBaseName(), f), m_recent);
        item->setData(Qt::UserRole, f);
    }
    // As tall as its entries (at most eight): no empty box below them.
    if (!files.isEmpty())
        m_recent->setMaximumHeight(
            m_recent->sizeHintForRow(0) * int(files.size()) + 2 * m_recent->frameWidth() + 2);
}

} // namespace strongtrust::app
