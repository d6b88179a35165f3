#pragma once

#include "framework/Framework.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace strongtrust {

class WorkbookDatabase;

// A framework stored in a workbook, as listed.
struct StoredFramework {
    qint64 key = 0;
    QString id;
    QString version;
    QString title;
};

// Every framework an assessment uses, stored once as its exact document
// (table `framework`), and the trust's default.
class FrameworkStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::FrameworkStore)

public:
    explicit FrameworkStore(WorkbookDatabase &db) : m_db(db) { }

    qint64 defaultFrameworkKey() const;
    QList<StoredFramework> frameworks() const;
    // A stored framework, parsed once and cached.
    Result<Framework> framework(qint64 key) const;
    // Stores a framework (once: the same document gives the same key).
    Result<qint64> storeFramework(const Framework &framework);

private:
    WorkbookDatabase &m_db;
    mutable QHash<qint64, Framework> m_cache;
};

} // namespace strongtrust
