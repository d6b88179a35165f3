#include "live/NetworkAddress.h"

#include <QNetworkInterface>

#include <algorithm>

namespace strongtrust::live {

namespace {

bool isPrivateNetwork(const QHostAddress &a)
{
    return a.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16)
        || a.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8)
        || a.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12);
}

} // namespace

std::optional<ListenAddress> parseListenAddress(const QString &text)
{
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return std::nullopt;
        port = rest.mid(1);
        host = host.mid(1, close - 1);
    } else if (host.count(u':') == 1) {
        port = host.section(u':', 1);
        host = host.section(u':', 0, 0);
    }
    const QHostAddress address(host);
    if (address.isNull())
        return std::nullopt;
    ListenAddress result { address, 0 };
    if (!port.isEmpty()) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (!ok || n > 65535)
            return std::nullopt;
        result.port = quint16(n);
    }
    return result;
}

QList<QHostAddress> meetingNetworkAddresses()
{
    QList<QHostAddress> found;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        const auto flags = nic.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                found.append(a);
        }
    }
    // A private network's address (192.168/16, 10/8, 172.16/12) is the one a
    // meeting room's devices share; others (a VPN's, a public one) after it.
    std::stable_sort(found.begin(), found.end(), [](const QHostAddress &a, const QHostAddress &b) {
        return isPrivateNetwork(a) && !isPrivateNetwork(b);
    });
    return found;
}

ListenAddress defaultListenAddress()
{
    const QList<QHostAddress> addresses = meetingNetworkAddresses();
    return { addresses.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : addresses.first(), 0 };
}

} // namespace strongtrust::live
