#pragma once

#include <QDateTime>
#include <QString>

namespace strongtrust {

// One change, as the audit trail records it.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    qint64 assessmentId = 0; // 0 for changes outside any assessment (trust, trustees)
    QString period;          // of that assessment, for display
    QString entity;          // "rating", "consensus", "evidence", "action", "change reason",
                             // "amendment", "trustee", "trust", "framework", "assessment"
    QString key;             // what was changed, e.g. "Jane Smith · governance.shared-accountability"
    QString field;           // e.g. "level", "note"
    QString oldValue;
    QString newValue;
};

} // namespace strongtrust
