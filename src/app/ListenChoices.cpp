#include "app/ListenChoices.h"

#include "live/NetworkAddress.h"

#include <QNetworkInterface>

namespace strongtrust::app {

namespace {

// The name of the interface an address is on, for the clerk to recognise
// ("wlan0", "Wi-Fi").
QString interfaceOf(const QHostAddress &address)
{
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            if (entry.ip() == address)
                return nic.humanReadableName();
        }
    }
    return {};
}

} // namespace

QList<ListenChoice> listenChoices()
{
    // The same addresses, in the same order, as `strongtrust live` offers.
    QList<ListenChoice> choices;
    for (const QHostAddress &a : live::meetingNetworkAddresses())
        choices.append({ a, interfaceOf(a) });
    choices.append({ QHostAddress(QHostAddress::LocalHost), {} });
    return choices;
}

int defaultListenChoice(const QList<ListenChoice> &choices)
{
    for (int i = 0; i < choices.size(); ++i) {
        if (!choices[i].isLoopback())
            return i;
    }
    return choices.isEmpty() ? -1 : 0;
}

} // namespace strongtrust::app
