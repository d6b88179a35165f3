// The board's own words (`narrative`, format version 2): the text that
// replaces the generated summary or a domain's generated paragraph.
#include "exchange/AssessmentReader.h"
#include "workbook/NarrativeStore.h"
#include "workbook/TextLimits.h"

#include <algorithm>

namespace strongtrust {

using nlohmann::json;
using Need = JsonChecker::Need;

void AssessmentReader::readNarrative(const json &root)
{
    const json *narrative = m_check.field(root, rootPath(), "narrative", Need::Optional);
    if (!narrative)
        return;
    const QString np = JsonChecker::child(rootPath(), "narrative");
    // A version 1 reader would not know the field: a document that carries
    // it must say so, rather than lose the board's words in an older copy.
    if (saysVersion1())
        m_check.error(np,
            tr("the board's own words need \"formatVersion\": 2 (this document says %1)")
                .arg(m_version));
    if (!m_check.object(*narrative, np, { "summary", "domains" }))
        return;
    if (const auto summary = m_check.string(*narrative, np, "summary", Need::Optional)) {
        const QString text = NarrativeStore::normalised(*summary);
        if (withinLimit(text, JsonChecker::child(np, "summary"), limits::kNarrative))
            m_doc.narrativeSummary = text;
    }
    const json *domains = m_check.field(*narrative, np, "domains", Need::Optional);
    if (!domains)
        return;
    const QString dp = JsonChecker::child(np, "domains");
    if (!domains->is_object()) {
        m_check.error(dp, tr("expected an object, found %1").arg(JsonChecker::describe(*domains)));
        return;
    }
    // In the framework's order, so that the workbook's audit trail reads as
    // the report does, whatever order the document's keys came in.
    QList<std::pair<int, std::pair<QString, QString>>> found;
    for (auto it = domains->begin(); it != domains->end(); ++it) {
        const QString id = QString::fromStdString(it.key());
        const QString path = JsonChecker::child(dp, it.key());
        const int index = m_haveFramework ? m_doc.framework.domainIndex(id) : 0;
        if (index < 0)
            m_check.error(path, tr("unknown domain \"%1\"").arg(id));
        const auto text = m_check.asString(it.value(), path);
        if (!text || index < 0)
            continue;
        const QString clean = NarrativeStore::normalised(*text);
        if (withinLimit(clean, path, limits::kNarrative))
            found.append({ index, { id, clean } });
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, part] : found)
        m_doc.narrativeDomains.append(part);
}

} // namespace strongtrust
