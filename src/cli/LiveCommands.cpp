#include "cli/LiveCommands.h"

#include "cli/CommandParser.h"
#include "cli/StopSignals.h"
#include "live/LiveSession.h"
#include "live/NetworkAddress.h"
#include "live/ReturnForm.h"
#include "util/AtomicFile.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace strongtrust::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::cli::LiveCommands)
};

QCommandLineOption periodOption()
{
    return QCommandLineOption(QStringLiteral("period"),
        Tr::tr("The assessment's period, e.g. 2025/26."), QStringLiteral("P"));
}

// The links file is the one place the tokens are written: readable by its
// owner only, from the moment it exists.
Status writeLinks(const QString &path, const QList<live::TrusteeLink> &links)
{
    QJsonArray trustees;
    for (const live::TrusteeLink &l : links) {
        trustees.append(QJsonObject { { QStringLiteral("name"), l.name },
            { QStringLiteral("url"), l.url.toString(QUrl::FullyEncoded) } });
    }
    const QByteArray json
        = QJsonDocument(QJsonObject { { QStringLiteral("trustees"), trustees } }).toJson();
    QFile::remove(path); // a file there before keeps its permissions otherwise
    const mode_t before = ::umask(077);
    Status s = writeFileAtomically(path, json);
    ::umask(before);
    if (s)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return s;
}

// Commands on standard input, one a line, for automation and a second
// laptop: "current ID", "current", "close ID", "open ID", "stop".
class StandardInput : public QObject
{
public:
    StandardInput(live::LiveSession &session, Console console, std::function<void()> stop)
        : m_session(session)
        , m_console(console)
        , m_stop(std::move(stop))
        , m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] { read(); });
    }

private:
    void read()
    {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            // End of input (or input closed): the session runs on until a signal.
            m_notifier.setEnabled(false);
            return;
        }
        m_pending.append(buffer, n);
        if (m_pending.size() > 64 * 1024)
            m_pending.clear();
        qsizetype end;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
            m_pending.remove(0, end + 1);
            run(line);
        }
    }

    void run(const QString &line)
    {
        const QString verb = line.section(u' ', 0, 0);
        const QString id = line.section(u' ', 1).trimmed();
        if (verb == QLatin1String("current")) {
            m_session.setCurrent(id);
        } else if (verb == QLatin1String("close") || verb == QLatin1String("open")) {
            if (!m_session.framework().findIndicator(id)) {
                m_console.err << Tr::tr("live: unknown indicator \"%1\"").arg(id.left(200))
                              << u'\n';
                m_console.err.flush();
                return;
            }
            m_session.setOpen(id, verb == QLatin1String("open"));
        } else if (verb == QLatin1String("stop")) {
            m_stop();
            return;
        } else if (!verb.isEmpty()) {
            m_console.err << Tr::tr("live: unknown command \"%1\" (current, close, open, stop)")
                                 .arg(verb.left(100))
                          << u'\n';
            m_console.err.flush();
            return;
        }
        m_console.out << Tr::tr("ok") << u'\n';
        m_console.out.flush();
    }

    live::LiveSession &m_session;
    Console m_console;
    std::function<void()> m_stop;
    QSocketNotifier m_notifier;
    QByteArray m_pending;
};

} // namespace

int liveRun(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("live"),
        Tr::tr("Run a live rating session without a window, until interrupted (SIGINT or "
               "SIGTERM). Trustees rate on their own devices through their personal links."));
    cmd.addPositional(
        QStringLiteral("WORKBOOK"), Tr::tr("The workbook."), QStringLiteral("WORKBOOK"));
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption({ QStringLiteral("listen"),
        Tr::tr("Where to listen (default: this computer's address on the local network, a free "
               "port)."),
        QStringLiteral("ADDR:PORT") });
    cmd.parser().addOption({ QStringLiteral("links"),
        Tr::tr("Write each trustee's personal link to this file (JSON, readable by you only)."),
        QStringLiteral("FILE.json") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    const QString period = cmd.value(QStringLiteral("period"));
    if (period.isEmpty())
        return cmd.usageError(console, Tr::tr("--period P is required"));
    std::optional<live::ListenAddress> listen = live::defaultListenAddress();
    if (cmd.parser().isSet(QStringLiteral("listen"))) {
        listen = live::parseListenAddress(cmd.value(QStringLiteral("listen")));
        if (!listen)
            return cmd.usageError(
                console, Tr::tr("--listen takes ADDRESS:PORT, e.g. 192.168.1.20:8080 or [::1]:0"));
    }

    auto opened = Workbook::open(cmd.positionals().constFirst());
    if (!opened)
        return refuse(console, opened.errorText());
    Workbook &wb = *opened.value();
    const auto assessment = wb.assessmentForPeriod(period);
    if (!assessment)
        return refuse(
            console, Tr::tr("%1: no assessment for the period \"%2\"").arg(wb.path(), period));
    if (assessment->isFinal())
        return refuse(console,
            Tr::tr("%1: the assessment for %2 is signed off: there is nothing to rate")
                .arg(wb.path(), period));
    if (wb.isReadOnly())
        console.err << Tr::tr("%1: opened read-only (%2): trustees can open their pages but not "
                              "rate")
                           .arg(wb.path(), wb.readOnlyReason())
                    << u'\n';

    StopSignals signals;
    live::LiveSession session(wb, assessment->id);
    if (auto s = session.start(listen->address, listen->port); !s)
        return refuse(console, s.errorText());
    if (cmd.parser().isSet(QStringLiteral("links"))) {
        if (auto s = writeLinks(cmd.value(QStringLiteral("links")), session.links()); !s) {
            session.stop();
            return refuse(console, s.errorText());
        }
    }
    // Quit once the last answers and the streams' end have reached the devices.
    QObject::connect(&session, &live::LiveSession::closed, qApp, &QCoreApplication::quit);
    auto stop = [&session] { session.stop(); };
    QObject::connect(&signals, &StopSignals::stopRequested, qApp, stop);
    StandardInput input(session, console, stop);

    console.out << Tr::tr("Listening on %1").arg(session.baseUrl().toString()) << u'\n';
    console.out << Tr::tr("%n trustee(s) can rate %1 through their personal links.", nullptr,
        int(session.links().size()))
                       .arg(period)
                << u'\n';
    if (cmd.parser().isSet(QStringLiteral("links")))
        console.out << Tr::tr("Links written to %1 (readable by you only).")
                           .arg(cmd.value(QStringLiteral("links")))
                    << u'\n';
    console.out << Tr::tr("Stop with Ctrl+C.") << u'\n';
    console.out.flush();
    QCoreApplication::exec();
    console.out << Tr::tr("Stopped; every rating given is in %1.").arg(wb.path()) << u'\n';
    console.out.flush();
    return ExitSuccess;
}

int formWrite(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("form"),
        Tr::tr("Write a return form (one HTML file, no network needed) for each active trustee, "
               "or for those named."));
    cmd.addPositional(
        QStringLiteral("WORKBOOK"), Tr::tr("The workbook."), QStringLiteral("WORKBOOK"));
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption({ QStringLiteral("out"),
        Tr::tr("The folder to write the forms in (made if missing)."), QStringLiteral("DIR") });
    cmd.parser().addOption({ QStringLiteral("trustee"),
        Tr::tr("Only this trustee (may be given more than once)."), QStringLiteral("NAME") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    const QString period = cmd.value(QStringLiteral("period"));
    const QString out = cmd.value(QStringLiteral("out"));
    if (period.isEmpty())
        return cmd.usageError(console, Tr::tr("--period P is required"));
    if (out.isEmpty())
        return cmd.usageError(console, Tr::tr("--out DIR is required"));

    auto opened = Workbook::open(cmd.positionals().constFirst(), { .readOnly = true });
    if (!opened)
        return refuse(console, opened.errorText());
    const Workbook &wb = *opened.value();
    const auto assessment = wb.assessmentForPeriod(period);
    if (!assessment)
        return refuse(
            console, Tr::tr("%1: no assessment for the period \"%2\"").arg(wb.path(), period));
    QList<qint64> ids;
    for (const QString &name : cmd.parser().values(QStringLiteral("trustee"))) {
        const auto t = wb.trusteeByName(name);
        if (!t)
            return refuse(console, Tr::tr("%1: no trustee named \"%2\"").arg(wb.path(), name));
        if (t->retired)
            return refuse(
                console, Tr::tr("%1: %2 has retired from the board").arg(wb.path(), t->name));
        if (!ids.contains(t->id))
            ids.append(t->id);
    }
    if (!QDir().mkpath(out))
        return refuse(console, Tr::tr("%1: the folder cannot be made").arg(out));
    auto written = live::ReturnForm::write(wb, assessment->id, out, ids);
    if (!written)
        return refuse(console, written.errorText());
    for (const live::WrittenForm &f : written.value())
        console.out << Tr::tr("Wrote %1 for %2").arg(QDir::toNativeSeparators(f.path), f.name)
                    << u'\n';
    console.out << Tr::tr("Send each trustee their own form; they open it in any browser, rate, "
                          "and send back the return it saves.")
                << u'\n';
    console.out.flush();
    return ExitSuccess;
}

} // namespace strongtrust::cli
