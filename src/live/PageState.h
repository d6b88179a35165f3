#pragma once

#include "framework/Framework.h"
#include "workbook/AssessmentData.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace strongtrust::live {

// What one trustee's page is sent (docs/live-rating.md, GET /api/v1/state):
// the trust, the period, the scale, the framework's text, what is open and
// this trustee's own ratings. It never holds another trustee's rating, note
// or name: it is built from one trustee's ratings only.
struct PageState {
    QString mode; // "live" or "form"
    QString trust;
    AssessmentInfo assessment;
    const Framework *framework = nullptr;
    QString trusteeName;
    QList<Rating> ratings; // this trustee's only
    QString current; // "" for none
    QStringList open;
    bool locked = false;
};

QJsonObject pageStateJson(const PageState &state);
// The events' message: what changes while a page is open.
QJsonObject followJson(const QString &current, const QStringList &open, bool locked);
// A rating value as the API writes it: a number, "na" or null.
QJsonValue levelJson(const RatingValue &value);
// The longest note a device may send: the edit path's own limit is higher,
// but a request body is at most 16 KiB, which 5,000 characters of any
// script fit with room to spare.
inline constexpr int kDeviceNoteLimit = 5000;

} // namespace strongtrust::live
