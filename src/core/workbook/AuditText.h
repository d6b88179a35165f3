#pragma once

#include "framework/Framework.h"
#include "workbook/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>

namespace strongtrust {

class Workbook;

// An audit entry as a person reads it, in the viewer's language and with
// today's names: the trail stores ids and raw values (AuditEntry), so a
// renamed trustee or a reworded action shows under its present name, and
// the words follow the language of whoever is looking.
struct AuditLine {
    QString what; // "Rating", "Evidence", …
    QString subject; // "Jane Smith · Strategic direction (governance.strategic-direction)"
    QString field; // "level", "note", …
    QString oldValue;
    QString newValue;
};

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AuditText)

public:
    // Reads today's names and each assessment's framework from `wb`.
    explicit AuditText(const Workbook &wb);

    AuditLine describe(const AuditEntry &entry) const;
    // Who made the change and, where not at this computer, how: "Jane Smith
    // (own device)".
    static QString author(const AuditEntry &entry);

private:
    QString indicatorName(qint64 assessmentId, const QString &id) const;
    QString standardName(qint64 assessmentId, const QString &id) const;
    QString measureName(qint64 assessmentId, const QString &id) const;
    QString domainName(qint64 assessmentId, const QString &id) const;
    QString value(const AuditEntry &entry, const QString &raw) const;

    QHash<qint64, QString> m_trustees;
    QHash<qint64, QString> m_actions;
    QHash<qint64, QString> m_evidence;
    QHash<qint64, Framework> m_frameworks; // by assessment
};

} // namespace strongtrust
