#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace strongtrust::cli {

// SIGINT and SIGTERM as a Qt signal, through a pipe the handler writes one
// byte to (the only thing a signal handler may safely do): the stop then
// runs in the event loop, between two requests, never inside a transaction.
// A second signal while stopping ends the process at once; the workbook is
// consistent then too, SQLite's commit being atomic.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    StopSignals();
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace strongtrust::cli
