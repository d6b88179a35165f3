#pragma once

#include <QHostAddress>
#include <QList>

#include <optional>

namespace strongtrust::live {

struct ListenAddress {
    QHostAddress address;
    quint16 port = 0; // 0: a free port
};

// "192.168.1.20:8080", "127.0.0.1:0", "[::1]:0", or an address alone (a free port).
std::optional<ListenAddress> parseListenAddress(const QString &text);
// The addresses trustees' devices can reach this computer on: the IPv4
// addresses of its interfaces that are up, running and not loopback, the
// likeliest (a private network's) first.
QList<QHostAddress> meetingNetworkAddresses();
// The first of those, or loopback when there is none; a free port.
ListenAddress defaultListenAddress();

} // namespace strongtrust::live
