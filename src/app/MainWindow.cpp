#include "app/MainWindow.h"

#include "Version.h"
#include "app/FrameworkNavigator.h"
#include "app/IndicatorView.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace strongtrust::app {

MainWindow::MainWindow(Framework framework, QWidget *parent)
    : QMainWindow(parent),
      m_framework(std::move(framework)),
      m_navigator(new FrameworkNavigator(this)),
      m_detail(new IndicatorView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — strongtrust").arg(m_framework.title));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_navigator, &FrameworkNavigator::indicatorSelected, this,
            [this](int d, int i) { m_detail->showIndicator(m_framework, d, i); });
    connect(m_navigator, &FrameworkNavigator::domainSelected, this,
            [this](int d) { m_detail->showDomain(m_framework, d); });

    m_navigator->setFramework(m_framework);
    m_detail->showFramework(m_framework);
    createMenus();
    statusBar()->showMessage(tr("%1 domains, %2 indicators")
                                 .arg(m_framework.domains.size())
                                 .arg(m_framework.indicatorCount()));
    resize(1200, 760);
    m_navigator->setFocus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About strongtrust"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About strongtrust"),
        tr("<h3>strongtrust %1</h3>"
           "<p>Board self-assessment against the five domains of a strong trust.</p>"
           "<p>Built-in framework: %2, drawn from the papers of the Confederation of School "
           "Trusts.</p><p>Build %3. Licensed under the GNU General Public License, version 3 "
           "or later.</p>")
            .arg(QLatin1String(kVersion), m_framework.title.toHtmlEscaped(),
                 QLatin1String(kGitRevision)));
}

} // namespace strongtrust::app
