#pragma once

#include <QDateTime>
#include <QString>

namespace strongtrust {

// One change, as the audit trail records it: in stable ids and raw values,
// never in the words of an interface language or in names that can change.
// AuditText renders an entry in the viewer's language with today's names.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    // How: empty for the workbook's user at this computer, "device" for a
    // trustee's own device in a live session (actor: the trustee's name).
    QString via;
    qint64 assessmentId = 0; // 0 for changes outside any assessment (trust, trustees)
    QString period; // of that assessment, for display
    QString entity; // "rating", "consensus", "evidence", "action", "change reason",
                    // "narrative", "standard", "measure", "amendment", "trustee", "trust",
                    // "framework", "assessment"
    qint64 trusteeId = 0; // the trustee it is about (rating, trustee), or 0
    QString subject; // indicator, standard or measure id, domain id, period or
                     // framework id, or empty
    qint64 recordId = 0; // the evidence item or action it is about, or 0
    QString field; // e.g. "level", "note", "title", "status"
    QString oldValue; // raw: "3", "na", "in-progress", "1", an ISO date, a text
    QString newValue;
    // What the entry was about, as it was called when written (a trustee's
    // name, an action's text): shown only where the id no longer names
    // anything (a removed action), or for an entry written before the trail
    // was keyed by ids whose subject could not be matched to one.
    QString label;
};

} // namespace strongtrust
