// WorkbookSession: a domain's baseline standards and measures (framework
// format version 2) as the session holds and edits them, and the earlier
// periods' measures the trends draw. The rest of the session, its other
// edits and their store* functions, is in WorkbookSession.cpp.
#include "app/EditCommands.h"
#include "app/WorkbookSession.h"

#include <algorithm>

namespace strongtrust::app {

namespace {

template <typename List, typename Match> auto findIn(List &list, Match match)
{
    return std::find_if(list.begin(), list.end(), match);
}

// Where a standard or measure comes in its framework: its domain first, then
// its place among the domain's standards or measures.
template <typename Item>
std::pair<int, int> frameworkPlace(
    const Framework &fw, QList<Item> Domain::*items, const QString &fullId)
{
    for (int d = 0; d < fw.domains.size(); ++d) {
        const QList<Item> &list = fw.domains[d].*items;
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].fullId == fullId)
                return { d, i };
        }
    }
    return { int(fw.domains.size()), 0 };
}

// Puts `record` in `list` (kept in framework order, as the workbook lists
// them) in place of the one for the same id, or where it belongs; an empty
// record leaves the list without one.
template <typename Record, typename Item>
void placeRecord(QList<Record> &list, const Framework &fw, QList<Item> Domain::*items,
    QString Record::*id, const Record &record, bool empty)
{
    auto it = findIn(list, [&](const Record &r) { return r.*id == record.*id; });
    if (it != list.end()) {
        if (empty)
            list.erase(it);
        else
            *it = record;
        return;
    }
    if (empty)
        return;
    const auto place = frameworkPlace(fw, items, record.*id);
    auto at = std::find_if(list.begin(), list.end(),
        [&](const Record &r) { return frameworkPlace(fw, items, r.*id) > place; });
    list.insert(at, record);
}

QString resultWords(StandardResult r)
{
    switch (r) {
    case StandardResult::Met:
        return WorkbookSession::tr("Standard met");
    case StandardResult::NotMet:
        return WorkbookSession::tr("Standard not met");
    case StandardResult::NotJudged:
        break;
    }
    return WorkbookSession::tr("Standard not judged");
}

} // namespace

StandardJudgement WorkbookSession::standard(const QString &standard) const
{
    if (m_data) {
        if (const StandardJudgement *j = m_data->standardFor(standard))
            return *j;
    }
    StandardJudgement j;
    j.standard = standard;
    return j;
}

MeasureValue WorkbookSession::measure(const QString &measure) const
{
    if (m_data) {
        if (const MeasureValue *m = m_data->measureFor(measure))
            return *m;
    }
    MeasureValue m;
    m.measure = measure;
    return m;
}

QList<Evidence> WorkbookSession::evidence(const QString &subject) const
{
    if (m_framework.findStandard(subject))
        return standard(subject).evidence;
    return consensus(subject).evidence;
}

StandardJudgement &WorkbookSession::standardEntry(const QString &standard)
{
    auto it = findIn(
        m_data->standards, [&](const StandardJudgement &j) { return j.standard == standard; });
    if (it != m_data->standards.end())
        return *it;
    StandardJudgement j;
    j.standard = standard;
    placeRecord(
        m_data->standards, m_framework, &Domain::standards, &StandardJudgement::standard, j, false);
    return *findIn(
        m_data->standards, [&](const StandardJudgement &x) { return x.standard == standard; });
}

void WorkbookSession::tidyStandard(const QString &standard)
{
    m_data->standards.removeIf(
        [&](const StandardJudgement &j) { return j.standard == standard && j.isEmpty(); });
}

QList<Evidence> &WorkbookSession::evidenceEntry(const QString &subject)
{
    if (m_framework.findStandard(subject))
        return standardEntry(subject).evidence;
    return consensusEntry(subject).evidence;
}

void WorkbookSession::loadEarlierMeasures()
{
    m_earlierMeasures.clear();
    if (!m_data || m_framework.measureCount() == 0)
        return;
    QHash<qint64, Framework> frameworks; // by stored framework key: periods share them
    for (const AssessmentInfo &info : m_workbook->assessments()) {
        if (info.id == m_data->info.id)
            break; // periods come in order: the rest are later
        // A period that cannot be read is a gap in the trends, not a reason
        // to refuse this one (the history and report say what is wrong with it).
        MeasurePeriod gap;
        gap.period = info.period;
        auto data = m_workbook->loadAssessment(info.id);
        auto fw = frameworks.constFind(info.frameworkKey);
        if (data && fw == frameworks.cend()) {
            if (auto loaded = m_workbook->framework(info.frameworkKey))
                fw = frameworks.insert(info.frameworkKey, std::move(loaded).value());
        }
        m_earlierMeasures.append(
            data && fw != frameworks.cend() ? periodMeasures(info, *fw, data.value()) : gap);
    }
}

QList<MeasurePeriod> WorkbookSession::measureHistory() const
{
    if (!m_data || m_framework.measureCount() == 0)
        return {};
    QList<MeasurePeriod> all = m_earlierMeasures;
    all.append(periodMeasures(m_data->info, m_framework, *m_data));
    return all;
}

std::optional<EarlierMeasure> WorkbookSession::earlierMeasure(const QString &measure) const
{
    if (!m_previous)
        return std::nullopt;
    for (const MeasurePeriod &p : m_earlierMeasures) {
        if (p.period == m_previous->period)
            return EarlierMeasure { p.measure(measure), p.value(measure) };
    }
    return EarlierMeasure {};
}

Status WorkbookSession::storeStandard(const StandardJudgement &j)
{
    if (!m_data)
        return success();
    auto stored = reported(m_workbook->setStandard(m_data->info.id, j.standard, j.result, j.note));
    if (!stored)
        return stored.errors();
    StandardJudgement &entry = standardEntry(j.standard);
    entry.result = stored.value().after.result; // its evidence is not part of this edit
    entry.note = stored.value().after.note;
    tidyStandard(j.standard);
    changed(j.standard);
    return success();
}

Status WorkbookSession::storeMeasure(const MeasureValue &record)
{
    if (!m_data)
        return success();
    auto stored = reported(m_workbook->setMeasure(m_data->info.id, record));
    if (!stored)
        return stored.errors();
    const MeasureValue &now = stored.value().after;
    placeRecord(m_data->measures, m_framework, &Domain::measures, &MeasureValue::measure, now,
        now.isEmpty());
    changed(record.measure);
    return success();
}

Status WorkbookSession::storeMeasures(const QList<MeasureValue> &records)
{
    if (!m_data)
        return success();
    QList<MeasureValue> stored;
    const Status written = m_workbook->transaction([&]() -> Status {
        for (const MeasureValue &record : records) {
            auto edit = m_workbook->setMeasure(m_data->info.id, record);
            if (!edit)
                return edit.errors();
            stored.append(edit.value().after);
        }
        return success();
    });
    if (!written) {
        Q_EMIT problem(written.errorText());
        return written;
    }
    for (const MeasureValue &now : stored)
        placeRecord(m_data->measures, m_framework, &Domain::measures, &MeasureValue::measure, now,
            now.isEmpty());
    changed(QString());
    return success();
}

Result<MeasuresImportSummary> WorkbookSession::importMeasures(const QString &csvPath)
{
    if (!m_data)
        return Diagnostic { path(), 0, 0, {}, tr("there is no assessment to import into") };
    if (m_workbook->isReadOnly())
        return Diagnostic { path(), 0, 0, {}, whyReadOnly() };
    const qint64 id = m_data->info.id;
    const QList<MeasureValue> was = m_data->measures;
    auto summary = importMeasuresCsvFile(*m_workbook, id, csvPath);
    if (!summary)
        return summary;
    const auto now = m_workbook->loadAssessment(id);
    if (!now)
        return now.errors();
    // The undo step holds only what the file changed, as it was and is now
    // (an empty record where there was none, so undo removes it again).
    const auto recordIn = [](const QList<MeasureValue> &list, const QString &measure) {
        for (const MeasureValue &m : list) {
            if (m.measure == measure)
                return m;
        }
        MeasureValue none;
        none.measure = measure;
        return none;
    };
    QList<MeasureValue> before;
    QList<MeasureValue> after;
    for (const Domain &d : m_framework.domains) {
        for (const Measure &m : d.measures) {
            const MeasureValue b = recordIn(was, m.fullId);
            const MeasureValue a = recordIn(now->measures, m.fullId);
            if (a == b)
                continue;
            before.append(b);
            after.append(a);
        }
    }
    if (!after.isEmpty())
        push(new MeasuresImportCommand(
            this, tr("Import %n measure(s)", nullptr, int(after.size())), before, after));
    return summary;
}

void WorkbookSession::setStandard(
    const QString &standardId, StandardResult result, const QString &note)
{
    if (!m_data)
        return;
    const StandardJudgement old = standard(standardId);
    if (old.result == result && old.note == note)
        return;
    StandardJudgement next = old;
    next.result = result;
    next.note = note;
    push(new StandardCommand(
        this, old.result == result ? tr("Note on a standard") : resultWords(result), old, next));
}

void WorkbookSession::setStandardResult(const QString &standardId, StandardResult result)
{
    setStandard(standardId, result, standard(standardId).note);
}

void WorkbookSession::setMeasure(const MeasureValue &record)
{
    if (!m_data)
        return;
    const MeasureValue old = measure(record.measure);
    if (old == record)
        return;
    const Measure *m = m_framework.findMeasure(record.measure);
    const QString title = m ? m->title : record.measure;
    // Named after the one field changed, as the table changes one at a time.
    QString text = tr("Edit %1").arg(title);
    if (old.value != record.value)
        text = tr("Value of %1").arg(title);
    else if (old.asOf != record.asOf)
        text = tr("Date of %1").arg(title);
    else if (old.source != record.source)
        text = tr("Source of %1").arg(title);
    else if (old.note != record.note)
        text = tr("Note on %1").arg(title);
    else if (!(old.target == record.target))
        text = tr("Target of %1").arg(title);
    push(new MeasureCommand(this, text, old, record));
}

} // namespace strongtrust::app
