#pragma once

#include "live/LiveSession.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace strongtrust::live {

// What a sheet of trustees' cards shows: the trust, the period, and each
// trustee's own link.
struct TrusteeCardSheet {
    QString trust;
    QString period;
    QList<TrusteeLink> links;
};

// A printable A4 PDF of one card per trustee (live-rating.md): the trust,
// the period, the trustee's name, their QR code and link written out, and a
// warning that the link is theirs alone. Eight cards a page, with cut guides.
// Everything is vector: the QR code is painted as squares, not as an image.
class TrusteeCards
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::live::TrusteeCards)

public:
    static constexpr int kColumns = 2;
    static constexpr int kRows = 4;

    static Result<QByteArray> pdf(const TrusteeCardSheet &sheet);
    // The PDF written to a temporary name beside `path` and renamed into
    // place, owner-only (0600): the cards carry every trustee's secret.
    static Status write(const QString &path, const TrusteeCardSheet &sheet);
};

} // namespace strongtrust::live
