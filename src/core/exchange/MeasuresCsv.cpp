#include "exchange/MeasuresCsv.h"

#include "util/CsvReader.h"
#include "util/CsvWriter.h"
#include "util/JsonText.h"
#include "workbook/TextLimits.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace strongtrust {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::MeasuresCsv)
};

enum class Column { Measure, Value, AsOf, Source, Note, TargetMin, TargetMax, Title, Unit };

struct ColumnName {
    Column column;
    const char *name;
    bool required;
};

// In the order an export writes them.
const QList<ColumnName> &columnNames()
{
    using namespace measurescsv;
    static const QList<ColumnName> all = {
        { Column::Measure, kMeasure, true },
        { Column::Title, kTitle, false },
        { Column::Unit, kUnit, false },
        { Column::Value, kValue, true },
        { Column::AsOf, kAsOf, true },
        { Column::Source, kSource, true },
        { Column::Note, kNote, false },
        { Column::TargetMin, kTargetMin, false },
        { Column::TargetMax, kTargetMax, false },
    };
    return all;
}

QString nameOf(Column c)
{
    for (const ColumnName &n : columnNames()) {
        if (n.column == c)
            return QLatin1String(n.name);
    }
    return {};
}

// A number as a spreadsheet writes one with a point for decimals: "8.4",
// "-3", "1.5e3". A comma is never a decimal point here ("8,4" might be 8.4
// or 84), and words such as "inf" are not numbers.
std::optional<double> numberFrom(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// CsvWriter puts an apostrophe before text a spreadsheet would run as a
// formula; read back, the text is what was written.
QString unguarded(const QString &cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.front() == u'\'' && formulaStarts.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

// Reads the rows of a measures CSV into the records they state, collecting
// every problem before anything is written.
class MeasuresCsvReader
{
public:
    MeasuresCsvReader(const Workbook &wb, qint64 assessmentId, const Framework &fw, QString file)
        : m_wb(wb), m_assessmentId(assessmentId), m_fw(fw), m_file(std::move(file))
    {
    }

    Result<QList<MeasureValue>> read(const QList<QStringList> &rows)
    {
        if (rows.isEmpty() || (rows.size() == 1 && rows[0].join(QString()).trimmed().isEmpty())) {
            error(CsvReader::where(1),
                Tr::tr("no header row: the first row names the columns measure, value, asOf "
                       "and source (and optionally note)"));
            return m_errors;
        }
        if (!readHeader(rows[0]))
            return m_errors;
        QList<MeasureValue> records;
        for (int r = 1; r < rows.size(); ++r) {
            if (auto record = readRow(rows[r], r + 1))
                records.append(*record);
        }
        if (!m_errors.isEmpty())
            return m_errors;
        return records;
    }

private:
    void error(const QString &path, const QString &message)
    {
        m_errors.append(Diagnostic { m_file, 0, 0, path, message });
    }

    bool readHeader(const QStringList &header)
    {
        for (int c = 0; c < header.size(); ++c) {
            const QString name = header[c].trimmed();
            const QString where = CsvReader::where(1, QString::number(c + 1));
            const ColumnName *known = nullptr;
            for (const ColumnName &n : columnNames()) {
                if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
                    known = &n;
            }
            if (!known) {
                // A spreadsheet set to another language may separate with
                // semicolons: said alone, rather than as every column missing.
                if (header.size() == 1 && name.contains(u';')) {
                    error(where,
                        Tr::tr("\"%1\" is one column: separate the columns with commas, "
                               "not semicolons")
                            .arg(name));
                    return false;
                }
                error(where,
                    Tr::tr("unknown column \"%1\": the columns are measure, value, asOf, "
                           "source, note, targetMin and targetMax (title and unit are "
                           "ignored)")
                        .arg(name));
                continue;
            }
            if (m_columns.contains(known->column)) {
                error(where,
                    Tr::tr("the column %1 is named twice (also column %2)")
                        .arg(QLatin1String(known->name))
                        .arg(m_columns.value(known->column) + 1));
                continue;
            }
            m_columns.insert(known->column, c);
        }
        m_columnCount = int(header.size());
        for (const ColumnName &n : columnNames()) {
            if (n.required && !m_columns.contains(n.column))
                error(CsvReader::where(1),
                    Tr::tr("no column %1: the header needs measure, value, asOf and source")
                        .arg(QLatin1String(n.name)));
        }
        // The trust's own target is a pair: with one bound alone it could
        // not say whether the other is kept or removed.
        if (m_columns.contains(Column::TargetMin) != m_columns.contains(Column::TargetMax))
            error(CsvReader::where(1),
                Tr::tr("targetMin and targetMax go together: give both columns or neither"));
        return m_errors.isEmpty();
    }

    QString cell(const QStringList &row, Column c) const
    {
        const int i = m_columns.value(c, -1);
        return i >= 0 ? row.value(i) : QString();
    }

    // A number cell: empty is none; nullopt (reported) when it is no number.
    std::optional<std::optional<double>> number(const QStringList &row, Column c, int rowNumber)
    {
        const QString text = cell(row, c).trimmed();
        if (text.isEmpty())
            return std::optional<double>();
        if (const auto d = numberFrom(text))
            return std::optional<double>(*d);
        error(CsvReader::where(rowNumber, nameOf(c)), Tr::tr("\"%1\" is not a number").arg(text));
        return std::nullopt;
    }

    bool withinLimit(const QString &text, Column c, int rowNumber, int limit)
    {
        if (text.size() <= limit)
            return true;
        QLocale locale;
        if (locale.language() == QLocale::C)
            locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        error(CsvReader::where(rowNumber, nameOf(c)),
            Tr::tr("is %1 characters long; the longest accepted is %2")
                .arg(locale.toString(text.size()), locale.toString(limit)));
        return false;
    }

    std::optional<MeasureValue> readRow(const QStringList &row, int rowNumber)
    {
        if (row.join(QString()).trimmed().isEmpty())
            return std::nullopt; // a blank line, or a row of empty cells
        const int before = int(m_errors.size());
        if (row.size() > m_columnCount)
            error(CsvReader::where(rowNumber),
                Tr::tr("%1 cells, but the header names %2 columns")
                    .arg(row.size())
                    .arg(m_columnCount));

        const QString id = cell(row, Column::Measure).trimmed();
        const QString measurePlace = CsvReader::where(rowNumber, nameOf(Column::Measure));
        const Measure *measure = id.isEmpty() ? nullptr : m_fw.findMeasure(id);
        if (id.isEmpty())
            error(measurePlace,
                Tr::tr("empty: name the measure by its full id, such as \"%1\"")
                    .arg(firstMeasureId()));
        else if (!measure)
            error(measurePlace, Tr::tr("unknown measure \"%1\"").arg(id));
        else if (const auto first = m_seen.constFind(id); first != m_seen.cend())
            error(measurePlace, Tr::tr("\"%1\" is also on row %2").arg(id).arg(*first));
        else
            m_seen.insert(id, rowNumber);

        MeasureValue next;
        next.measure = id;
        if (measure) {
            // A row leaves alone what the file has no column for: the
            // note, the trust's target.
            auto stored = m_wb.measures().measure(m_assessmentId, id);
            if (!stored) {
                m_errors.append(stored.errors());
                return std::nullopt;
            }
            next = stored.value();
        }
        if (const auto v = number(row, Column::Value, rowNumber))
            next.value = *v;
        const QString asOf = cell(row, Column::AsOf).trimmed();
        next.asOf = QDate::fromString(asOf, Qt::ISODate);
        if (!asOf.isEmpty() && (asOf.size() != 10 || !next.asOf.isValid()))
            error(CsvReader::where(rowNumber, nameOf(Column::AsOf)),
                Tr::tr("\"%1\" is not a date: write it as YYYY-MM-DD").arg(asOf));
        next.source = unguarded(cell(row, Column::Source).trimmed());
        if (m_columns.contains(Column::Note))
            next.note = unguarded(cell(row, Column::Note).trimmed());
        if (m_columns.contains(Column::TargetMin)) {
            const auto min = number(row, Column::TargetMin, rowNumber);
            const auto max = number(row, Column::TargetMax, rowNumber);
            if (min && max) {
                next.target = MeasureTarget { *min, *max };
                if (*min && *max && **min > **max)
                    error(CsvReader::where(rowNumber, nameOf(Column::TargetMin)),
                        Tr::tr("%1 is above the maximum %2")
                            .arg(formatLevelValue(**min), formatLevelValue(**max)));
            }
        }
        next = MeasureStore::normalised(next);
        withinLimit(next.source, Column::Source, rowNumber, limits::kMeasureSource);
        withinLimit(next.note, Column::Note, rowNumber, limits::kMeasureNote);
        if (int(m_errors.size()) != before || !measure)
            return std::nullopt;
        return next;
    }

    QString firstMeasureId() const
    {
        for (const Domain &d : m_fw.domains) {
            if (!d.measures.isEmpty())
                return d.measures.constFirst().fullId;
        }
        return QStringLiteral("DOMAIN.MEASURE");
    }

    const Workbook &m_wb;
    qint64 m_assessmentId;
    const Framework &m_fw;
    QString m_file;
    Diagnostics m_errors;
    QMap<Column, int> m_columns; // column -> its position in the header
    int m_columnCount = 0;
    QHash<QString, int> m_seen; // measure -> the row it is on
};

} // namespace

Result<MeasuresImportSummary> importMeasuresCsv(
    Workbook &wb, qint64 assessmentId, const QByteArray &csv, const QString &fileName)
{
    // Read-only, no such assessment, or final: said once, before the file.
    const auto target = wb.rules().target(assessmentId);
    if (!target)
        return target.errors();
    const Framework &fw = target->framework;
    if (fw.measureCount() == 0)
        return Diagnostic { fileName, 0, 0, {},
            Tr::tr("the assessment for %1 uses the framework %2, which has no measures")
                .arg(target->info.period, fw.id) };
    if (csv.size() > kMaxMeasuresCsvBytes)
        return Diagnostic { fileName, 0, 0, {},
            Tr::tr("over %1 MiB; refused").arg(kMaxMeasuresCsvBytes / (1024 * 1024)) };
    auto rows = CsvReader::read(csv, fileName);
    if (!rows)
        return rows.errors();
    auto records = MeasuresCsvReader(wb, assessmentId, fw, fileName).read(rows.value());
    if (!records)
        return records.errors();

    MeasuresImportSummary summary;
    summary.period = target->info.period;
    const Status written = wb.transaction([&]() -> Status {
        for (const MeasureValue &m : records.value()) {
            auto edit = wb.setMeasure(assessmentId, m);
            if (!edit)
                return edit.errors();
            ++summary.rows;
            summary.changed += edit->changed() ? 1 : 0;
        }
        return success();
    });
    if (!written)
        return written.errors();
    return summary;
}

Result<MeasuresImportSummary> importMeasuresCsvFile(
    Workbook &wb, qint64 assessmentId, const QString &path)
{
    if (const auto target = wb.rules().target(assessmentId); !target)
        return target.errors();
    auto bytes = readJsonFile(path, kMaxMeasuresCsvBytes); // any file, read within a limit
    if (!bytes)
        return bytes.errors();
    return importMeasuresCsv(wb, assessmentId, bytes.value(), path);
}

Result<QByteArray> exportMeasuresCsv(const Workbook &wb, qint64 assessmentId)
{
    auto data = wb.loadAssessment(assessmentId);
    if (!data)
        return data.errors();
    auto fw = wb.framework(data->info.frameworkKey);
    if (!fw)
        return fw.errors();
    auto number
        = [](const std::optional<double> &v) { return v ? formatLevelValue(*v) : QString(); };
    CsvWriter csv;
    for (const ColumnName &n : columnNames())
        csv.cell(QLatin1String(n.name));
    csv.endRow();
    for (const Domain &domain : fw->domains) {
        for (const Measure &measure : domain.measures) {
            const MeasureValue *m = data->measureFor(measure.fullId);
            const MeasureValue none;
            const MeasureValue &v = m ? *m : none;
            csv.cell(measure.fullId);
            csv.cell(measure.title);
            csv.cell(measure.unit);
            csv.number(number(v.value));
            csv.cell(v.asOf.toString(Qt::ISODate));
            csv.cell(v.source);
            csv.cell(v.note);
            csv.number(number(v.target.min));
            csv.number(number(v.target.max));
            csv.endRow();
        }
    }
    return csv.bytes();
}

} // namespace strongtrust
