#include "exchange/AssessmentImporter.h"

#include "exchange/AssessmentDocument.h"
#include "util/JsonText.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace strongtrust {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AssessmentImporter)
};

// Writes a checked document into the workbook. Runs inside one transaction;
// it writes only what differs from what is stored, so that importing the
// same document again changes nothing, not even the audit trail.
class DocumentWriter
{
public:
    DocumentWriter(Workbook &wb, const AssessmentDocument &doc, ImportSummary &summary)
        : m_wb(wb), m_doc(doc), m_summary(summary)
    {
    }

    Status write()
    {
        if (auto s = assessment(); !s)
            return s;
        if (auto s = trustees(); !s)
            return s;
        auto stored = m_wb.loadAssessment(m_id);
        if (!stored)
            return stored.errors();
        if (auto s = ratings(stored.value()); !s)
            return s;
        if (auto s = consensus(stored.value()); !s)
            return s;
        if (auto s = actions(stored.value()); !s)
            return s;
        if (auto s = changeReasons(stored.value()); !s)
            return s;
        if (auto s = narrative(stored.value()); !s)
            return s;
        if (auto s = standards(); !s)
            return s;
        if (auto s = measures(); !s)
            return s;
        if (m_doc.signOff) {
            // Restoring an archive: the record comes back as it was signed,
            // whatever periods this workbook holds around it.
            if (auto s = m_wb.finalise(m_id, *m_doc.signOff, Workbook::ReasonCheck::NotChecked); !s)
                return s;
            m_summary.finalised = true;
        }
        return success();
    }

private:
    Status assessment()
    {
        if (m_doc.existing) {
            m_id = m_doc.existing->id;
            if (m_doc.title && m_doc.title->simplified() != m_doc.existing->title) {
                if (auto s = m_wb.setAssessmentTitle(m_id, *m_doc.title); !s)
                    return s;
            }
        } else {
            qint64 key = m_doc.frameworkKey;
            if (key == 0) {
                auto stored = m_wb.storeFramework(m_doc.framework);
                if (!stored)
                    return stored.errors();
                key = stored.value();
            }
            auto created
                = m_wb.createAssessment(m_doc.period, m_doc.title.value_or(QString()), key);
            if (!created)
                return created.errors();
            m_id = created.value();
            m_summary.createdAssessment = true;
        }
        if (m_doc.meetingDate) {
            if (auto s = m_wb.setMeetingDate(m_id, *m_doc.meetingDate); !s)
                return s;
        }
        return success();
    }

    // Raters become trustees by name; a role fills an empty one but never
    // overwrites what the clerk recorded.
    Status trustees()
    {
        for (const AssessmentDocument::Rater &r : m_doc.raters) {
            if (const auto t = m_wb.trusteeByName(r.name)) {
                if (t->role.isEmpty() && !r.role.isEmpty()) {
                    if (auto s = m_wb.setTrusteeRole(t->id, r.role); !s)
                        return s;
                }
                m_trusteeIds.append(t->id);
                continue;
            }
            auto added = m_wb.addTrustee(r.name, r.role);
            if (!added)
                return added.errors();
            m_trusteeIds.append(added.value());
            ++m_summary.trusteesAdded;
        }
        return success();
    }

    Status ratings(const AssessmentData &stored)
    {
        QHash<std::pair<qint64, QString>, const Rating *> current;
        for (const Rating &r : stored.ratings)
            current.insert({ r.trusteeId, r.indicator }, &r);
        for (const AssessmentDocument::DocRating &r : m_doc.ratings) {
            const qint64 trusteeId = m_trusteeIds.at(r.rater);
            const Rating *old = current.value({ trusteeId, r.indicator });
            const bool same = old ? old->value == r.value && old->note == r.note
                                  : r.value.isUnrated() && r.note.isEmpty();
            if (!same) {
                if (auto s = m_wb.setRating(m_id, trusteeId, r.indicator, r.value, r.note); !s)
                    return s;
            }
        }
        m_summary.ratings = int(m_doc.ratings.size());
        return success();
    }

    Status consensus(const AssessmentData &stored)
    {
        for (const AssessmentDocument::DocConsensus &entry : m_doc.consensus) {
            const Consensus &c = entry.consensus;
            const Consensus *old = stored.consensusFor(c.indicator);
            const bool same = old ? old->value == c.value && old->rationale == c.rationale
                    && old->confidence == c.confidence
                                  : c.value.isUnrated() && c.rationale.isEmpty()
                    && c.confidence == Confidence::Unstated;
            if (!same) {
                Status s = m_wb.setConsensus(m_id, c.indicator, c.value, c.rationale, c.confidence);
                if (!s)
                    return s;
            }
            // The workbook leaves an unchanged list alone.
            if (entry.hasEvidence) {
                if (auto s = m_wb.replaceEvidence(m_id, c.indicator, c.evidence); !s)
                    return s;
            }
        }
        m_summary.consensus = int(m_doc.consensus.size());
        return success();
    }

    // An action is the same action when its domain, indicator and text are;
    // its owner, due date and status are what a later document may change.
    // Each stored action answers for one action of the document, so that a
    // document listing the same action twice keeps both, once.
    Status actions(const AssessmentData &stored)
    {
        QList<bool> matched(stored.actions.size(), false);
        for (const Action &a : m_doc.actions) {
            qsizetype found = -1;
            for (qsizetype i = 0; i < stored.actions.size() && found < 0; ++i) {
                const Action &old = stored.actions[i];
                if (!matched[i] && old.domain == a.domain && old.indicator == a.indicator
                    && old.text == a.text)
                    found = i;
            }
            if (found < 0) {
                if (auto r = m_wb.addAction(m_id, a); !r)
                    return r.errors();
                continue;
            }
            matched[found] = true;
            Action updated = stored.actions[found];
            if (updated.owner == a.owner && updated.due == a.due && updated.status == a.status)
                continue;
            updated.owner = a.owner;
            updated.due = a.due;
            updated.status = a.status;
            if (auto s = m_wb.updateAction(m_id, updated); !s)
                return s;
        }
        m_summary.actions = int(m_doc.actions.size());
        return success();
    }

    // A reason the document gives replaces the stored one; others are left alone.
    Status changeReasons(const AssessmentData &stored)
    {
        for (const auto &[domain, reason] : m_doc.changeReasons) {
            if (stored.changeReasons.value(domain) == reason)
                continue;
            if (auto s = m_wb.setChangeReason(m_id, domain, reason); !s)
                return s;
        }
        return success();
    }

    // The board's words the document gives replace the stored ones; parts it
    // does not give are left alone (a trustee's return never clears them).
    Status narrative(const AssessmentData &stored)
    {
        QList<std::pair<QString, QString>> parts = m_doc.narrativeDomains;
        if (m_doc.narrativeSummary)
            parts.prepend({ QString(), *m_doc.narrativeSummary });
        for (const auto &[domain, text] : parts) {
            if (stored.narrative.text(domain) == text)
                continue;
            if (auto r = m_wb.setNarrative(m_id, domain, text); !r)
                return r.errors();
        }
        return success();
    }

    // Each entry states its standard's result and note; its evidence, when
    // given, replaces the stored list. Standards not given are left alone.
    // The stores write nothing for what is already so.
    Status standards()
    {
        for (const AssessmentDocument::DocStandard &entry : m_doc.standards) {
            const StandardJudgement &j = entry.judgement;
            if (auto r = m_wb.setStandard(m_id, j.standard, j.result, j.note); !r)
                return r.errors();
            if (entry.hasEvidence) {
                if (auto s = m_wb.replaceEvidence(m_id, j.standard, j.evidence); !s)
                    return s;
            }
        }
        m_summary.standards = int(m_doc.standards.size());
        return success();
    }

    // Each entry states its measure's whole record (value, date, source,
    // note, the trust's target); measures not given are left alone.
    Status measures()
    {
        for (const MeasureValue &m : m_doc.measures) {
            if (auto r = m_wb.setMeasure(m_id, m); !r)
                return r.errors();
        }
        m_summary.measures = int(m_doc.measures.size());
        return success();
    }

    Workbook &m_wb;
    const AssessmentDocument &m_doc;
    ImportSummary &m_summary;
    qint64 m_id = 0;
    QList<qint64> m_trusteeIds; // by rater index
};

} // namespace

Result<ImportSummary> importAssessment(
    Workbook &wb, const QByteArray &json, const QString &fileName, const QString &frameworkFile)
{
    if (wb.isReadOnly())
        return Diagnostic {
            wb.path(), 0, 0, {},
            Tr::tr("the workbook is read-only (%1); nothing was imported").arg(wb.readOnlyReason())
        };
    if (json.size() > kMaxImportBytes)
        return Diagnostic { fileName, 0, 0, {},
            Tr::tr("over %1 MiB; refused").arg(kMaxImportBytes / (1024 * 1024)) };
    auto doc = readAssessmentDocument(wb, json, fileName, frameworkFile);
    if (!doc)
        return doc.errors();

    ImportSummary summary;
    summary.period = doc->period;
    const Status written
        = wb.transaction([&] { return DocumentWriter(wb, doc.value(), summary).write(); });
    if (!written)
        return written.errors();
    return summary;
}

Result<ImportSummary> importAssessmentFile(Workbook &wb, const QString &path)
{
    if (wb.isReadOnly())
        return Diagnostic {
            wb.path(), 0, 0, {},
            Tr::tr("the workbook is read-only (%1); nothing was imported").arg(wb.readOnlyReason())
        };
    auto bytes = readJsonFile(path, kMaxImportBytes);
    if (!bytes)
        return bytes.errors();
    // An archive bundle holds the framework its assessment used beside it.
    const QString frameworkFile
        = QFileInfo(path).dir().filePath(QString::fromLatin1(kArchivedFrameworkFile));
    return importAssessment(wb, bytes.value(), path, frameworkFile);
}

} // namespace strongtrust
