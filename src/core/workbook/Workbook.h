#pragma once

#include "framework/Framework.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"
#include "workbook/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace strongtrust {

// A framework stored in a workbook, as listed.
struct StoredFramework {
    qint64 key = 0;
    QString id;
    QString version;
    QString title;
};

// One trust's workbook: a SQLite file holding its trustees, every assessment,
// the framework each used, and the audit trail. Every change is committed at
// once, in a transaction with its audit entry; there is no unsaved state.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Workbook)

public:
    // The schema version this build reads and writes (PRAGMA user_version).
    static int schemaVersion();
    static constexpr quint32 kApplicationId = 0x53545452; // "STTR"
    static constexpr const char *kFileSuffix = "strongtrust";

    struct OpenOptions {
        bool readOnly = false; // open for reading even where writing is possible
    };

    // A new workbook at `path` (which must not exist) for `trustName`, with
    // `framework` as its default framework. The file is readable by its owner only.
    static Result<std::unique_ptr<Workbook>> create(const QString &path, const QString &trustName,
                                                    const Framework &framework);
    // An existing workbook. Not a workbook, from a newer version, or damaged:
    // refused with a message, the file untouched. In use by another process,
    // or not writable: opened read-only, with readOnlyReason() saying why.
    static Result<std::unique_ptr<Workbook>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<Workbook>> open(const QString &path) { return open(path, {}); }

    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Who the audit trail names for changes made through this object.
    void setActor(const QString &name) { m_actor = name; }
    QString actor() const { return m_actor; }

    // --- trust
    QString trustName() const;
    Status setTrustName(const QString &name);

    // --- trustees, in the order they were added (retired ones included)
    QList<Trustee> trustees() const;
    std::optional<Trustee> trustee(qint64 id) const;
    // Matched case- and space-insensitively.
    std::optional<Trustee> trusteeByName(const QString &name) const;
    Result<qint64> addTrustee(const QString &name, const QString &role = {});
    Status renameTrustee(qint64 id, const QString &name);
    Status setTrusteeRole(qint64 id, const QString &role);
    Status setTrusteeRetired(qint64 id, bool retired);

    // --- frameworks
    qint64 defaultFrameworkKey() const;
    QList<StoredFramework> frameworks() const;
    // A stored framework, parsed once and cached.
    Result<Framework> framework(qint64 key) const;
    // Stores a framework (once: the same document gives the same key).
    Result<qint64> storeFramework(const Framework &framework);

    // --- assessments, one per period, ordered by period
    QList<AssessmentInfo> assessments() const;
    std::optional<AssessmentInfo> assessment(qint64 id) const;
    std::optional<AssessmentInfo> assessmentForPeriod(const QString &period) const;
    // The assessment before this one in period order, if any.
    std::optional<AssessmentInfo> previousAssessment(qint64 id) const;
    Result<qint64> createAssessment(const QString &period, const QString &title, qint64 frameworkKey);
    // The next period, started from `previousAssessmentId`: the same framework
    // (or `frameworkKey`), no ratings, and the previous period's open and
    // in-progress actions carried forward (each with carriedFrom set to the
    // action it continues). Trustees belong to the workbook, so none are
    // copied. The period must sort after the previous one.
    Result<qint64> startPeriodFrom(qint64 previousAssessmentId, const QString &period, const QString &title);
    Result<qint64> startPeriodFrom(qint64 previousAssessmentId, const QString &period, const QString &title,
                                   qint64 frameworkKey);
    Status setAssessmentTitle(qint64 assessmentId, const QString &title);
    Status setMeetingDate(qint64 assessmentId, const QDate &date);
    // Whether finalise() first asks for the reasons for change. Restoring an
    // archive (import of a signed-off document) restores the record as signed.
    enum class ReasonCheck { Required, NotChecked };
    // Signs off and locks the assessment; it cannot change afterwards (the
    // database itself refuses). Refused while domainsNeedingReason() is not
    // empty, naming those domains.
    Status finalise(qint64 assessmentId, const SignOff &signOff,
                    ReasonCheck reasons = ReasonCheck::Required);
    // A final assessment is never reopened: a correction is an amendment, a
    // note in its audit trail (entity "amendment") that leaves its record as
    // signed. Refused on a draft, which is corrected by editing it.
    Status addAmendment(qint64 assessmentId, const QString &text);
    // The amendments of an assessment, oldest first.
    QList<AuditEntry> amendments(qint64 assessmentId) const;

    // --- reasons for change: why a domain moved a whole level or more since
    // the previous period (see domainsNeedingReason). Empty text removes it.
    Status setChangeReason(qint64 assessmentId, const QString &domainId, const QString &reason);
    // Domains whose score moved by a whole level of the scale or more (the
    // nearest levels of the two scores are one or more positions apart) since
    // the previous period, on the same scale (scalesComparable), with no reason recorded.
    QList<QString> domainsNeedingReason(qint64 assessmentId) const;

    // Everything recorded for an assessment: ratings (in trustee, then
    // framework order), consensus with evidence, actions (in their order).
    Result<AssessmentData> loadAssessment(qint64 assessmentId) const;
    // Trustees expected to rate: those not retired, and any who have rated.
    QList<qint64> raters(qint64 assessmentId) const;

    // --- edits: each validated against the assessment's framework, refused on
    // a final assessment or a read-only workbook, committed with its audit entry.
    // An unrated value with an empty note removes the rating.
    Status setRating(qint64 assessmentId, qint64 trusteeId, const QString &indicator,
                     const RatingValue &value, const QString &note = {});
    // An unrated value with empty rationale and unstated confidence removes it
    // (evidence stays).
    Status setConsensus(qint64 assessmentId, const QString &indicator, const RatingValue &value,
                        const QString &rationale, Confidence confidence);
    Result<qint64> addEvidence(qint64 assessmentId, const QString &indicator, const Evidence &evidence);
    Status updateEvidence(qint64 assessmentId, const Evidence &evidence);
    Status removeEvidence(qint64 assessmentId, qint64 evidenceId);
    // Replaces an indicator's evidence list (used by import).
    Status replaceEvidence(qint64 assessmentId, const QString &indicator, const QList<Evidence> &evidence);
    Result<qint64> addAction(qint64 assessmentId, const Action &action);
    Status updateAction(qint64 assessmentId, const Action &action);
    Status removeAction(qint64 assessmentId, qint64 actionId);

    // --- audit trail, oldest first; 0 = all assessments
    QList<AuditEntry> auditLog(qint64 assessmentId = 0) const;

    // Runs `body` as one transaction: edits inside it commit together or not
    // at all. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &body);

    // The connection, for tests and benchmarks that inspect the file directly.
    QSqlDatabase database() const;

private:
    Workbook(QString path, QString connectionName, bool readOnly, QString readOnlyReason,
             std::unique_ptr<QLockFile> lock);

    Status refuseIfReadOnly() const;
    Status editableAssessment(qint64 assessmentId, AssessmentInfo *info = nullptr) const;
    // The framework of an assessment that can still be edited (the start of every edit).
    Result<Framework> editableFramework(qint64 assessmentId) const;
    Status checkIndicator(const Framework &fw, const QString &indicator) const;
    // An action's text, indicator and domain against the framework.
    Status checkAction(const Framework &fw, const Action &action) const;
    Status checkValue(const Framework &fw, const RatingValue &value) const;
    Status audit(qint64 assessmentId, const QString &entity, const QString &key,
                 const QString &field, const QString &oldValue, const QString &newValue);
    Diagnostic sqlError(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    QString m_actor;
    int m_transactionDepth = 0;
    mutable QHash<qint64, Framework> m_frameworkCache;
};

} // namespace strongtrust
