#include "workbook/Schema.h"

#include "workbook/LegacyAudit.h"
#include "workbook/Sql.h"

#include <QStringList>

namespace strongtrust::schema {

namespace {

// Each step moves the schema up one version. Steps are never edited once
// released: a change to the schema is a new step at the end.
struct Step {
    QStringList statements;
    // Run after the statements, for what SQL alone cannot convert.
    Status (*convert)(const QSqlDatabase &) = nullptr;
};

const QList<Step> &steps()
{
    static const QList<Step> all = {
        // 1: the workbook
        { {
            QStringLiteral("CREATE TABLE framework ("
                           " id INTEGER PRIMARY KEY,"
                           " framework_id TEXT NOT NULL,"
                           " version TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL UNIQUE,"
                           " document BLOB NOT NULL,"
                           " stored_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE trust ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " name TEXT NOT NULL,"
                           " default_framework INTEGER NOT NULL REFERENCES framework(id),"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE trustee ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " name_key TEXT NOT NULL UNIQUE,"
                           " role TEXT NOT NULL DEFAULT '',"
                           " retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)))"),
            QStringLiteral(
                "CREATE TABLE assessment ("
                " id INTEGER PRIMARY KEY,"
                " period TEXT NOT NULL UNIQUE,"
                " title TEXT NOT NULL DEFAULT '',"
                " framework INTEGER NOT NULL REFERENCES framework(id),"
                " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),"
                " meeting_date TEXT,"
                " chair TEXT,"
                " signed_on TEXT,"
                " minute_ref TEXT,"
                " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE rating ("
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " trustee INTEGER NOT NULL REFERENCES trustee(id),"
                           " indicator TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('level', 'na', 'unrated')),"
                           " level REAL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (assessment, trustee, indicator)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE consensus ("
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " indicator TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('level', 'na', 'unrated')),"
                           " level REAL,"
                           " rationale TEXT NOT NULL DEFAULT '',"
                           " confidence TEXT NOT NULL DEFAULT ''"
                           "   CHECK (confidence IN ('', 'limited', 'moderate', 'strong')),"
                           " PRIMARY KEY (assessment, indicator)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE evidence ("
                           " id INTEGER PRIMARY KEY,"
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " indicator TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " title TEXT NOT NULL,"
                           " ref TEXT NOT NULL DEFAULT '',"
                           " date TEXT)"),
            QStringLiteral("CREATE TABLE action ("
                           " id INTEGER PRIMARY KEY,"
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " position INTEGER NOT NULL,"
                           " domain TEXT NOT NULL DEFAULT '',"
                           " indicator TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL,"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " due TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open'"
                           "   CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),"
                           " carried_from INTEGER REFERENCES action(id))"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " assessment INTEGER,"
                           " entity TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " field TEXT NOT NULL,"
                           " old_value TEXT,"
                           " new_value TEXT)"),
        } },
        // 2: indexes for the per-assessment reads of evidence, actions and the audit trail
        { {
            QStringLiteral(
                "CREATE INDEX evidence_by_indicator ON evidence (assessment, indicator, position)"),
            QStringLiteral("CREATE INDEX action_by_assessment ON action (assessment, position)"),
            QStringLiteral("CREATE INDEX audit_by_assessment ON audit (assessment, id)"),
        } },
        // 3: the yearly archive: reasons for a change of a whole level, confidential
        // evidence, and a finalised assessment made immutable by the database itself
        // (whatever program writes to the file), not only by the application.
        { {
            QStringLiteral("CREATE TABLE change_reason ("
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " domain TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " PRIMARY KEY (assessment, domain)) WITHOUT ROWID"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0"
                           " CHECK (confidential IN (0, 1))"),
            QStringLiteral(
                "CREATE TRIGGER rating_final_insert BEFORE INSERT ON rating"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER rating_final_update BEFORE UPDATE ON rating"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER rating_final_delete BEFORE DELETE ON rating"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER consensus_final_insert BEFORE INSERT ON consensus"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER consensus_final_update BEFORE UPDATE ON consensus"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER consensus_final_delete BEFORE DELETE ON consensus"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER evidence_final_insert BEFORE INSERT ON evidence"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER evidence_final_update BEFORE UPDATE ON evidence"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER evidence_final_delete BEFORE DELETE ON evidence"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER action_final_insert BEFORE INSERT ON action"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER action_final_update BEFORE UPDATE ON action"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER action_final_delete BEFORE DELETE ON action"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER change_reason_final_insert BEFORE INSERT ON change_reason"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER change_reason_final_update BEFORE UPDATE ON change_reason"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER change_reason_final_delete BEFORE DELETE ON change_reason"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER assessment_final_update BEFORE UPDATE ON assessment"
                " WHEN OLD.status = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER assessment_final_delete BEFORE DELETE ON assessment"
                " WHEN OLD.status = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            // The framework a final assessment used is part of its record.
            QStringLiteral("CREATE TRIGGER framework_final_update BEFORE UPDATE ON framework"
                           " WHEN EXISTS (SELECT 1 FROM assessment WHERE framework = OLD.id AND "
                           "status = 'final')"
                           " BEGIN SELECT RAISE(ABORT, 'the framework of a final assessment cannot "
                           "be changed'); END"),
        } },
        // 4: an audit trail in stable ids and raw values: the trustee, the
        // subject (indicator, domain, period) and the evidence item or action
        // an entry is about, so that renaming a trustee or rewording an action
        // keeps its history together, and no stored word depends on the
        // interface language. `key` keeps the label of the day, for display
        // where an id no longer names anything. Earlier entries are converted.
        { {
              QStringLiteral("ALTER TABLE audit ADD COLUMN trustee INTEGER"),
              QStringLiteral("ALTER TABLE audit ADD COLUMN subject TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE audit ADD COLUMN record INTEGER"),
          },
            &legacyaudit::convert },
        // 5: how a change was made, beside who made it: empty for the
        // workbook's user at this computer (the window, the command line, an
        // import), "device" for a trustee rating on their own device in a live
        // session (the actor is then the trustee's name).
        { {
            QStringLiteral("ALTER TABLE audit ADD COLUMN via TEXT NOT NULL DEFAULT ''"),
        } },
        // 6: the board's own words, replacing a generated paragraph of the
        // report: the summary (domain '') or a domain's paragraph. Locked with
        // the rest of a final assessment's record.
        { {
            QStringLiteral("CREATE TABLE narrative ("
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " domain TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " PRIMARY KEY (assessment, domain)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TRIGGER narrative_final_insert BEFORE INSERT ON narrative"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER narrative_final_update BEFORE UPDATE ON narrative"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER narrative_final_delete BEFORE DELETE ON narrative"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
        } },
        // 7: baseline standards and measures beside the scale (framework format
        // version 2): per assessment, each standard's result ('' not yet
        // judged, 'met', 'not-met') with the board's note, and each measure's
        // value (NULL: not known), the date it describes, its source, a note
        // and the trust's own target, overriding the framework's. A standard's
        // evidence is an `evidence` row under the standard's full id: full ids
        // are unique among a domain's indicators, standards and measures.
        // Locked with the rest of a final assessment's record.
        { {
            QStringLiteral("CREATE TABLE standard_result ("
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " standard TEXT NOT NULL,"
                           " result TEXT NOT NULL DEFAULT ''"
                           "   CHECK (result IN ('', 'met', 'not-met')),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (assessment, standard)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE measure_value ("
                           " assessment INTEGER NOT NULL REFERENCES assessment(id),"
                           " measure TEXT NOT NULL,"
                           " value REAL,"
                           " as_of TEXT,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " target_min REAL,"
                           " target_max REAL,"
                           " CHECK (target_min IS NULL OR target_max IS NULL"
                           "   OR target_min <= target_max),"
                           " PRIMARY KEY (assessment, measure)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TRIGGER standard_result_final_insert BEFORE INSERT ON standard_result"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER standard_result_final_update BEFORE UPDATE ON standard_result"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER standard_result_final_delete BEFORE DELETE ON standard_result"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER measure_value_final_insert BEFORE INSERT ON measure_value"
                " WHEN (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER measure_value_final_update BEFORE UPDATE ON measure_value"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                "   OR (SELECT status FROM assessment WHERE id = NEW.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
            QStringLiteral(
                "CREATE TRIGGER measure_value_final_delete BEFORE DELETE ON measure_value"
                " WHEN (SELECT status FROM assessment WHERE id = OLD.assessment) = 'final'"
                " BEGIN SELECT RAISE(ABORT, 'the assessment is final and cannot be changed'); END"),
        } },
    };
    return all;
}

} // namespace

int currentVersion()
{
    return int(steps().size());
}

Status migrate(const QSqlDatabase &db, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        const Step &step = steps().at(version - 1);
        for (const QString &statement : step.statements) {
            if (auto r = sql::run(db, statement); !r)
                return r.errors();
        }
        if (step.convert) {
            if (auto s = step.convert(db); !s)
                return s;
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    if (auto r = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(to)); !r)
        return r.errors();
    return success();
}

} // namespace strongtrust::schema
