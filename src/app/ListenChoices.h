#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace strongtrust::app {

// An address a live session can listen on, with the network it belongs to.
struct ListenChoice {
    QHostAddress address;
    QString interfaceName; // "wlan0", "Wi-Fi"; empty for loopback
    bool isLoopback() const { return address.isLoopback(); }
};

// Where a live session can listen (live-rating.md: "default: the machine's
// address on the local network"): the IPv4 addresses of this machine's
// interfaces that are up and running (live::meetingNetworkAddresses, a
// private network's first), then loopback, which only this machine can
// reach (for tests, and for trying the page out).
QList<ListenChoice> listenChoices();
// The index in `choices` to offer first: the first that is not loopback.
int defaultListenChoice(const QList<ListenChoice> &choices);

} // namespace strongtrust::app
