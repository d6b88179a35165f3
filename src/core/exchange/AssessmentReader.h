#pragma once

// Internal to the core: reads an interchange document field by field into an
// AssessmentDocument, checking it against the workbook it is for. Split over
// AssessmentReader.cpp (the document and its context: format, trust, period,
// framework, sign-off), AssessmentReaderEntries.cpp (raters, ratings,
// consensus, actions), AssessmentReaderNarrative.cpp (the board's words) and
// AssessmentReaderBaseline.cpp (baseline standards and measures).
#include "exchange/AssessmentDocument.h"
#include "util/JsonChecker.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

namespace strongtrust {

class AssessmentReader
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AssessmentImporter)

public:
    using json = nlohmann::json;
    using Need = JsonChecker::Need;

    AssessmentReader(const Workbook &wb, const QString &fileName, QString frameworkFile = {})
        : m_wb(wb), m_check(fileName), m_frameworkFile(std::move(frameworkFile))
    {
    }

    // Every problem with its JSON path, or the document.
    Result<AssessmentDocument> read(const json &root);

private:
    // The document and what it must agree with in the workbook.
    bool readHeader(const json &root);
    void readTrust(const json &root);
    void readPeriod(const json &root);
    void readFramework(const json &root);
    void resolveFramework(const QString &id, const QString &version, const QString &idPath);
    void useStored(qint64 key, const QString &idPath);
    bool useFrameworkFile(const QString &id, const QString &version);
    void readSignOff(const json &root);

    // The lists.
    void readRaters(const json &root);
    void readRatings(const json &root);
    void readConsensus(const json &root);
    QList<Evidence> readEvidence(const json &list, const QString &path);
    void readActions(const json &root);
    void readChangeReasons(const json &root);
    void readNarrative(const json &root);
    void readStandards(const json &root);
    void readMeasures(const json &root);
    std::optional<StandardResult> standardResult(const json &obj, const QString &path);
    std::optional<std::optional<double>> measureValue(const json &obj, const QString &path);
    std::optional<MeasureTarget> measureTarget(const json &obj, const QString &path);
    // A version 2 field in a document that says version 1 is refused, rather
    // than read by a strongtrust that would drop it.
    bool saysVersion1() const { return m_version != 0 && m_version < 2; }

    // Values.
    std::optional<QDate> date(
        const json &obj, const QString &path, std::string_view key, Need need);
    // An optional string that may be empty: empty when absent.
    QString optionalText(const json &obj, const QString &path, std::string_view key);
    // False, with a problem at `path`, when `text` (as it will be stored) is
    // longer than `limit` (one of limits::k..., workbook/TextLimits.h).
    bool withinLimit(const QString &text, const QString &path, int limit);
    // The full id of an indicator of the framework; with `orStandard`, of a
    // standard too (what an action may be about).
    std::optional<QString> indicator(
        const json &obj, const QString &path, Need need, bool orStandard = false);
    std::optional<RatingValue> level(const json &obj, const QString &path);
    const json *arrayField(const json &root, std::string_view key);
    QString scaleValues() const;

    const Workbook &m_wb;
    JsonChecker m_check;
    QString m_frameworkFile; // a framework document beside the file, or empty
    QString m_frameworkFileProblem; // why it could not be used, when it was needed
    AssessmentDocument m_doc;
    qint64 m_version = 0; // the document's formatVersion, once read
    bool m_haveFramework = false; // false: the framework is unknown, so
                                  // indicators and levels go unchecked
    QHash<QString, QString> m_raterPaths; // every rater id given -> its path
    QHash<QString, int> m_raterIndex; // valid raters' ids -> index into m_doc.raters
};

} // namespace strongtrust
