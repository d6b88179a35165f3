#include "app/AppMain.h"

#include "Version.h"
#include "app/DeferredIconStyle.h"
#include "app/DialogProvider.h"
#include "app/MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QTimer>

#include <functional>

namespace strongtrust::app {

namespace {
// Runs a function once, right after a widget has painted its first frame.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *widget, std::function<void()> then)
        : QObject(widget), m_then(std::move(then))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
};
} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> then)
{
    window->installEventFilter(new FirstPaintWatcher(window, std::move(then)));
}

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("strongtrust"));
    QApplication::setApplicationDisplayName(QStringLiteral("strongtrust"));
    QApplication::setOrganizationName(QStringLiteral("strongtrust"));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("strongtrust"));
    // Around the style Qt chose (the platform's, or the one QT_STYLE_OVERRIDE
    // names), which the proxy then owns.
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()));
    installTranslations();

    WidgetDialogProvider dialogs;
    MainWindow window(&dialogs);
    // For start-up measurements (docs/performance.md): quit once the window
    // has painted its first frame, before the work deferred past it.
    const bool measuringStartUp = qEnvironmentVariableIsSet("STRONGTRUST_QUIT_AFTER_FIRST_PAINT");
    afterFirstPaint(&window, [&window, measuringStartUp] {
        if (measuringStartUp) {
            QCoreApplication::quit();
            return;
        }
        // The icon loads an image plugin and parses SVG: not needed for the first frame.
        window.setWindowIcon(QIcon(QStringLiteral(":/icons/strongtrust.svg")));
    });
    window.show();
    const QStringList args = QApplication::arguments();
    if (args.size() > 1)
        window.openWorkbook(args.at(1));
    return QApplication::exec();
}

} // namespace strongtrust::app
