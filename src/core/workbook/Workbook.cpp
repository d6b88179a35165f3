#include "workbook/Workbook.h"

#include "workbook/Schema.h"

namespace strongtrust {

int Workbook::schemaVersion()
{
    return schema::currentVersion();
}

// The rules are built before the store they read is, and read it only once
// an edit arrives, when every part exists.
Workbook::Workbook(std::unique_ptr<WorkbookDatabase> db)
    : m_db(std::move(db))
    , m_frameworks(*m_db)
    , m_rules(*m_db, m_assessments, m_frameworks)
    , m_assessments(*m_db, m_frameworks, m_rules)
    , m_trust(*m_db)
    , m_ratings(*m_db, m_rules, m_trust)
    , m_records(*m_db, m_rules)
    , m_narrative(*m_db, m_rules)
    , m_standards(*m_db, m_rules)
    , m_measures(*m_db, m_rules)
    , m_audit(*m_db, m_assessments)
    , m_periods(*this)
{
}

Workbook::~Workbook() = default;

Result<std::unique_ptr<Workbook>> Workbook::create(
    const QString &path, const QString &trustName, const Framework &framework)
{
    if (auto s = WorkbookDatabase::create(path, trustName, framework); !s)
        return s.errors();
    return open(path);
}

Result<std::unique_ptr<Workbook>> Workbook::open(const QString &path, OpenOptions options)
{
    auto db = WorkbookDatabase::open(path, options.readOnly);
    if (!db)
        return db.errors();
    return std::unique_ptr<Workbook>(new Workbook(std::move(db).value()));
}

} // namespace strongtrust
