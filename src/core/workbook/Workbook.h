#pragma once

#include "framework/Framework.h"
#include "periods/PeriodService.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"
#include "workbook/AssessmentStore.h"
#include "workbook/AuditEntry.h"
#include "workbook/AuditStore.h"
#include "workbook/EditRules.h"
#include "workbook/FrameworkStore.h"
#include "workbook/MeasureStore.h"
#include "workbook/NarrativeStore.h"
#include "workbook/RatingStore.h"
#include "workbook/RecordStore.h"
#include "workbook/StandardStore.h"
#include "workbook/TrustStore.h"
#include "workbook/WorkbookDatabase.h"

#include <memory>
#include <optional>

namespace strongtrust {

// One trust's workbook: a SQLite file holding its trustees, every assessment,
// the framework each used, and the audit trail. Every change is committed at
// once, in a transaction with its audit entry; there is no unsaved state.
//
// A facade over its parts, each of which can be named and used alone:
//   file()        WorkbookDatabase: the file, its connection, transactions, audit writing
//   rules()       EditRules: whether an edit is allowed, for every source of edits
//   trust(), frameworkStore(), assessmentStore(), ratings(), records(), narrative(),
//   standards(), measures(), audit(): the stores
//   periods()     PeriodService: new periods, reasons for change, sign-off
// The functions below forward to the part that owns them.
class Workbook
{
public:
    // The schema version this build reads and writes (PRAGMA user_version).
    static int schemaVersion();
    static constexpr quint32 kApplicationId = WorkbookDatabase::kApplicationId;
    static constexpr const char *kFileSuffix = "strongtrust";

    struct OpenOptions {
        bool readOnly = false; // open for reading even where writing is possible
    };

    // A new workbook at `path` (which must not exist) for `trustName`, with
    // `framework` as its default framework. The file is readable by its owner only.
    static Result<std::unique_ptr<Workbook>> create(
        const QString &path, const QString &trustName, const Framework &framework);
    // An existing workbook. Not a workbook, from a newer version, or damaged:
    // refused with a message, the file untouched. In use by another process,
    // or not writable: opened read-only, with readOnlyReason() saying why.
    static Result<std::unique_ptr<Workbook>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<Workbook>> open(const QString &path) { return open(path, {}); }

    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    // --- the parts
    WorkbookDatabase &file() { return *m_db; }
    const WorkbookDatabase &file() const { return *m_db; }
    const EditRules &rules() const { return m_rules; }
    TrustStore &trust() { return m_trust; }
    const TrustStore &trust() const { return m_trust; }
    FrameworkStore &frameworkStore() { return m_frameworks; }
    const FrameworkStore &frameworkStore() const { return m_frameworks; }
    AssessmentStore &assessmentStore() { return m_assessments; }
    const AssessmentStore &assessmentStore() const { return m_assessments; }
    RatingStore &ratings() { return m_ratings; }
    RecordStore &records() { return m_records; }
    NarrativeStore &narrative() { return m_narrative; }
    StandardStore &standards() { return m_standards; }
    const StandardStore &standards() const { return m_standards; }
    MeasureStore &measures() { return m_measures; }
    const MeasureStore &measures() const { return m_measures; }
    AuditStore &audit() { return m_audit; }
    const AuditStore &audit() const { return m_audit; }
    PeriodService &periods() { return m_periods; }
    const PeriodService &periods() const { return m_periods; }

    // --- the file
    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    QString readOnlyReason() const { return m_db->readOnlyReason(); }
    // Who the audit trail names for changes made through this object.
    void setActor(const QString &name) { m_db->setActor(name); }
    QString actor() const { return m_db->actor(); }
    // Runs `body` as one transaction: edits inside it commit together or not
    // at all. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &body) { return m_db->transaction(body); }
    // The connection, for tests and benchmarks that inspect the file directly.
    QSqlDatabase database() const { return m_db->connection(); }

    // --- trust and trustees (TrustStore)
    QString trustName() const { return m_trust.trustName(); }
    Status setTrustName(const QString &name) { return m_trust.setTrustName(name); }
    QList<Trustee> trustees() const { return m_trust.trustees(); }
    std::optional<Trustee> trustee(qint64 id) const { return m_trust.trustee(id); }
    std::optional<Trustee> trusteeByName(const QString &name) const
    {
        return m_trust.trusteeByName(name);
    }
    Result<qint64> addTrustee(const QString &name, const QString &role = {})
    {
        return m_trust.addTrustee(name, role);
    }
    Status renameTrustee(qint64 id, const QString &name) { return m_trust.renameTrustee(id, name); }
    Status setTrusteeRole(qint64 id, const QString &role)
    {
        return m_trust.setTrusteeRole(id, role);
    }
    Status setTrusteeRetired(qint64 id, bool retired)
    {
        return m_trust.setTrusteeRetired(id, retired);
    }

    // --- frameworks (FrameworkStore)
    qint64 defaultFrameworkKey() const { return m_frameworks.defaultFrameworkKey(); }
    QList<StoredFramework> frameworks() const { return m_frameworks.frameworks(); }
    Result<Framework> framework(qint64 key) const { return m_frameworks.framework(key); }
    Result<qint64> storeFramework(const Framework &fw) { return m_frameworks.storeFramework(fw); }

    // --- assessments (AssessmentStore)
    QList<AssessmentInfo> assessments() const { return m_assessments.assessments(); }
    std::optional<AssessmentInfo> assessment(qint64 id) const
    {
        return m_assessments.assessment(id);
    }
    std::optional<AssessmentInfo> assessmentForPeriod(const QString &period) const
    {
        return m_assessments.assessmentForPeriod(period);
    }
    std::optional<AssessmentInfo> previousAssessment(qint64 id) const
    {
        return m_assessments.previousAssessment(id);
    }
    Result<qint64> createAssessment(
        const QString &period, const QString &title, qint64 frameworkKey)
    {
        return m_assessments.createAssessment(period, title, frameworkKey);
    }
    Status setAssessmentTitle(qint64 id, const QString &title)
    {
        return m_assessments.setAssessmentTitle(id, title);
    }
    Status setMeetingDate(qint64 id, const QDate &date)
    {
        return m_assessments.setMeetingDate(id, date);
    }
    Status setChangeReason(qint64 id, const QString &domainId, const QString &reason)
    {
        return m_assessments.setChangeReason(id, domainId, reason);
    }
    Result<AssessmentData> loadAssessment(qint64 id) const
    {
        return m_assessments.loadAssessment(id);
    }
    QList<qint64> raters(qint64 id) const { return m_assessments.raters(id); }

    // --- the yearly cycle (PeriodService)
    using ReasonCheck = PeriodService::ReasonCheck;
    Result<qint64> startPeriodFrom(qint64 previousId, const QString &period, const QString &title)
    {
        return m_periods.startPeriodFrom(previousId, period, title);
    }
    Result<qint64> startPeriodFrom(
        qint64 previousId, const QString &period, const QString &title, qint64 frameworkKey)
    {
        return m_periods.startPeriodFrom(previousId, period, title, frameworkKey);
    }
    Result<qint64> startFirstPeriod(
        const QString &period, const QString &title, const Framework *framework = nullptr)
    {
        return m_periods.startFirstPeriod(period, title, framework);
    }
    Result<qint64> startPeriodOn(
        qint64 previousId, const QString &period, const QString &title, const Framework &framework)
    {
        return m_periods.startPeriodOn(previousId, period, title, framework);
    }
    QList<QString> domainsNeedingReason(qint64 id) const
    {
        return m_periods.domainsNeedingReason(id);
    }
    Status finalise(qint64 id, const SignOff &signOff, ReasonCheck check = ReasonCheck::Required)
    {
        return m_periods.finalise(id, signOff, {}, check);
    }

    // --- ratings and consensus (RatingStore), each returning the row as stored
    Result<std::optional<Rating>> setRating(qint64 assessmentId, qint64 trusteeId,
        const QString &indicator, const RatingValue &value, const QString &note = {})
    {
        return m_ratings.setRating(assessmentId, trusteeId, indicator, value, note);
    }
    Result<std::optional<Consensus>> setConsensus(qint64 assessmentId, const QString &indicator,
        const RatingValue &value, const QString &rationale, Confidence confidence)
    {
        return m_ratings.setConsensus(assessmentId, indicator, value, rationale, confidence);
    }

    // --- evidence and actions (RecordStore)
    Result<Evidence> addEvidence(qint64 assessmentId, const QString &indicator, const Evidence &e)
    {
        return m_records.addEvidence(assessmentId, indicator, e);
    }
    Result<Evidence> updateEvidence(qint64 assessmentId, const Evidence &e)
    {
        return m_records.updateEvidence(assessmentId, e);
    }
    Result<RemovedEvidence> removeEvidence(qint64 assessmentId, qint64 evidenceId)
    {
        return m_records.removeEvidence(assessmentId, evidenceId);
    }
    Status replaceEvidence(
        qint64 assessmentId, const QString &indicator, const QList<Evidence> &evidence)
    {
        return m_records.replaceEvidence(assessmentId, indicator, evidence);
    }
    Result<Action> addAction(qint64 assessmentId, const Action &action)
    {
        return m_records.addAction(assessmentId, action);
    }
    Result<Action> updateAction(qint64 assessmentId, const Action &action)
    {
        return m_records.updateAction(assessmentId, action);
    }
    Result<RemovedAction> removeAction(qint64 assessmentId, qint64 actionId)
    {
        return m_records.removeAction(assessmentId, actionId);
    }

    // --- the board's own words in the report (NarrativeStore): the summary
    // for an empty domain id; empty text goes back to the generated words
    Result<QString> setNarrative(qint64 assessmentId, const QString &domainId, const QString &text)
    {
        return m_narrative.setNarrative(assessmentId, domainId, text);
    }

    // --- baseline standards and measures (StandardStore, MeasureStore), each
    // returning the record before and after the edit. A standard's evidence
    // is added with addEvidence under the standard's full id.
    Result<StandardEdit> setStandard(qint64 assessmentId, const QString &standard,
        StandardResult result, const QString &note = {})
    {
        return m_standards.setStandard(assessmentId, standard, result, note);
    }
    Result<MeasureEdit> setMeasure(qint64 assessmentId, const MeasureValue &value)
    {
        return m_measures.setMeasure(assessmentId, value);
    }

    // --- audit trail (AuditStore), oldest first; 0 = all assessments
    QList<AuditEntry> auditLog(qint64 assessmentId = 0) const
    {
        return m_audit.auditLog(assessmentId);
    }
    Status addAmendment(qint64 id, const QString &text) { return m_audit.addAmendment(id, text); }
    QList<AuditEntry> amendments(qint64 id) const { return m_audit.amendments(id); }

private:
    explicit Workbook(std::unique_ptr<WorkbookDatabase> db);

    std::unique_ptr<WorkbookDatabase> m_db;
    FrameworkStore m_frameworks;
    EditRules m_rules;
    AssessmentStore m_assessments;
    TrustStore m_trust;
    RatingStore m_ratings;
    RecordStore m_records;
    NarrativeStore m_narrative;
    StandardStore m_standards;
    MeasureStore m_measures;
    AuditStore m_audit;
    PeriodService m_periods;
};

} // namespace strongtrust
