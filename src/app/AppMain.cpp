#include "app/AppMain.h"

#include "Version.h"
#include "app/MainWindow.h"
#include "framework/FrameworkLoader.h"
#include "util/Translations.h"

#include <QApplication>

namespace strongtrust::app {

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("strongtrust"));
    QApplication::setApplicationDisplayName(QStringLiteral("strongtrust"));
    QApplication::setOrganizationName(QStringLiteral("strongtrust"));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("strongtrust"));
    installTranslations();

    MainWindow window(FrameworkLoader::builtIn());
    window.show();
    return QApplication::exec();
}

} // namespace strongtrust::app
