// The floor for start-up: an empty Qt Widgets window that quits after its
// first paint. It links Qt Widgets only, so it measures what any Qt program
// pays; compare with `strongtrust` under STRONGTRUST_QUIT_AFTER_FIRST_PAINT=1
// (docs/performance.md). With --with-text it also draws one line of text:
// loading a font, shaping and drawing glyphs, which every window showing
// words pays. (Both pay for fontconfig's set-up: the empty one on exit.)
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {
class QuitOnFirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1360, 860);
    if (QCoreApplication::arguments().contains(QStringLiteral("--with-text")))
        window.setCentralWidget(new QLabel(QStringLiteral("strongtrust"), &window));
    QuitOnFirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
