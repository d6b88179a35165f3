// Workbooks written by earlier versions of strongtrust (tests/data/README.md
// says how each was made) open in this one: migrated to the current schema,
// a backup of the original beside them, and every record as it was written.
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <utility>

using namespace strongtrust;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(u(iso), Qt::ISODateWithMs);
}

// What differs between the committed files: when they were made.
struct OldWorkbook {
    int version;
    const char *file;
    const char *created2024; // assessment.created_at of 2024/25
    const char *created2025; // and of 2025/26
    const char *firstAuditAt; // the audit trail's first entry
    const char *lastAuditAt; // and its last
};

const OldWorkbook kV1 { 1, "workbook-v1.strongtrust", "2026-12-01T23:08:56.154Z",
    "2026-12-01T23:08:56.205Z", "2026-12-01T23:08:56.154Z", "2026-12-01T23:08:56.258Z" };
const OldWorkbook kV2 { 2, "workbook-v2.strongtrust", "2026-12-01T23:08:56.414Z",
    "2026-12-01T23:08:56.477Z", "2026-12-01T23:08:56.414Z", "2026-12-01T23:08:56.536Z" };

// PRAGMA user_version from a file's header (bytes 60-63, big-endian), read
// without SQLite.
int headerVersion(const QString &path)
{
    const QByteArray header = test::readFile(path).left(100);
    if (header.size() < 64)
        return -1;
    return (quint8(header[60]) << 24) | (quint8(header[61]) << 16) | (quint8(header[62]) << 8)
        | quint8(header[63]);
}

QStringList schemaNames(const Workbook &wb, const char *type)
{
    QSqlQuery q(wb.database());
    QStringList names;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' ORDER BY name")
                    .arg(u(type))))
        return { u("query failed") };
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

// ---------------------------------------------------------------------------
// THE AUDIT TRAIL. Every assertion on the migrated audit trail is in this one
// helper: a schema step that changes how the trail is keyed (e.g. by stable
// ids rather than names and periods) updates it here, and only here.
//
// The entries as schema step 4 converts what the old version wrote, in
// order: the period each belongs to ("" for the trustees, outside any
// period), entity, trustee id, subject, record id (evidence item or action),
// label (the name or text of the day), field, old value (nullptr: none) and
// new value; every entry by "clerk" (USER when the file was made).
struct ExpectedAudit {
    const char *period;
    const char *entity;
    qint64 trusteeId;
    const char *subject;
    qint64 recordId;
    const char *label;
    const char *field;
    const char *oldValue;
    const char *newValue;
};

void expectAuditTrailAsWritten(const Workbook &wb, const OldWorkbook &old)
{
    static const ExpectedAudit expected[] = {
        { "2024/25", "assessment", 0, "2024/25", 0, "", "created", nullptr,
            "cst-strong-trust 2023.1" },
        { "2024/25", "assessment", 0, "2024/25", 0, "", "meeting date", nullptr, "2025-03-12" },
        { "", "trustee", 1, "", 0, "Jane Smith", "added", nullptr, "Jane Smith (Chair)" },
        { "", "trustee", 2, "", 0, "Sam Patel", "added", nullptr, "Sam Patel" },
        { "", "trustee", 3, "", 0, "Zoë Ó Briain", "added", nullptr, "Zoë Ó Briain (Vice-chair)" },
        { "2024/25", "rating", 1, "governance.shared-accountability", 0, "Jane Smith", "level",
            nullptr, "3" },
        { "2024/25", "rating", 1, "governance.shared-accountability", 0, "Jane Smith", "note",
            nullptr, "Minutes show real challenge." },
        { "2024/25", "rating", 2, "governance.shared-accountability", 0, "Sam Patel", "level",
            nullptr, "2" },
        { "2024/25", "rating", 3, "governance.shared-accountability", 0, "Zoë Ó Briain", "level",
            nullptr, "4" },
        { "2024/25", "rating", 3, "governance.shared-accountability", 0, "Zoë Ó Briain", "note",
            nullptr, "Challenge in every meeting — see the March minutes." },
        { "2024/25", "rating", 1, "governance.strategic-direction", 0, "Jane Smith", "level",
            nullptr, "2" },
        { "2024/25", "rating", 2, "governance.strategic-direction", 0, "Sam Patel", "level",
            nullptr, "na" },
        { "2024/25", "rating", 2, "governance.strategic-direction", 0, "Sam Patel", "note", nullptr,
            "New to the board; not seen it yet." },
        { "2024/25", "rating", 3, "governance.strategic-direction", 0, "Zoë Ó Briain", "level",
            nullptr, "2" },
        { "2024/25", "consensus", 0, "governance.shared-accountability", 0, "", "level", nullptr,
            "3" },
        { "2024/25", "consensus", 0, "governance.shared-accountability", 0, "", "rationale",
            nullptr, "Agreed after discussing the spring review." },
        { "2024/25", "consensus", 0, "governance.shared-accountability", 0, "", "confidence",
            nullptr, "moderate" },
        { "2024/25", "evidence", 0, "governance.shared-accountability", 1, "", "added", nullptr,
            "Board minutes, March" },
        { "2024/25", "evidence", 0, "governance.shared-accountability", 2, "", "added", nullptr,
            "Spring school review" },
        { "2024/25", "consensus", 0, "governance.strategic-direction", 0, "", "level", nullptr,
            "2" },
        { "2024/25", "consensus", 0, "governance.strategic-direction", 0, "", "rationale", nullptr,
            "The strategy is not yet written down." },
        { "2024/25", "consensus", 0, "governance.strategic-direction", 0, "", "confidence", nullptr,
            "limited" },
        { "2024/25", "action", 0, "", 1, "Review the scheme of delegation", "added", nullptr,
            "Clerk | 2025-07-01 | open" },
        { "2024/25", "action", 0, "", 2, "Publish the three-year strategy", "added", nullptr,
            "CEO | 2025-09-30 | in-progress" },
        { "2024/25", "action", 0, "", 3, "Induct new trustees", "added", nullptr,
            "Jane Smith |  | done" },
        { "2024/25", "assessment", 0, "2024/25", 0, "", "status", "draft", "final" },
        { "2025/26", "assessment", 0, "2025/26", 0, "", "created", nullptr,
            "cst-strong-trust 2023.1" },
        { "2025/26", "rating", 1, "governance.shared-accountability", 0, "Jane Smith", "level",
            nullptr, "3" },
        { "2025/26", "rating", 1, "governance.strategic-direction", 0, "Jane Smith", "level",
            nullptr, "3" },
        { "2025/26", "rating", 1, "governance.strategic-direction", 0, "Jane Smith", "note",
            nullptr, "The strategy is published." },
        { "2025/26", "rating", 1, "education.curriculum", 0, "Jane Smith", "level", nullptr, "4" },
        { "2025/26", "rating", 3, "governance.shared-accountability", 0, "Zoë Ó Briain", "level",
            nullptr, "4" },
        { "2025/26", "rating", 3, "governance.strategic-direction", 0, "Zoë Ó Briain", "level",
            nullptr, "3" },
        { "2025/26", "rating", 3, "education.curriculum", 0, "Zoë Ó Briain", "level", nullptr,
            "na" },
        { "2025/26", "rating", 3, "education.curriculum", 0, "Zoë Ó Briain", "note", nullptr,
            "Declared an interest: I chair a school's curriculum committee." },
        { "2025/26", "assessment", 0, "2025/26", 0, "", "meeting date", nullptr, "2026-03-11" },
        { "2025/26", "consensus", 0, "governance.strategic-direction", 0, "", "level", nullptr,
            "3" },
        { "2025/26", "consensus", 0, "governance.strategic-direction", 0, "", "rationale", nullptr,
            "The strategy was published in September; progress is reported termly." },
        { "2025/26", "consensus", 0, "governance.strategic-direction", 0, "", "confidence", nullptr,
            "strong" },
        { "2025/26", "evidence", 0, "governance.strategic-direction", 3, "", "added", nullptr,
            "Three-year strategy" },
        { "2025/26", "consensus", 0, "education.curriculum", 0, "", "level", nullptr, "na" },
        { "2025/26", "consensus", 0, "education.curriculum", 0, "", "rationale", nullptr,
            "Deferred to the curriculum review." },
        { "2025/26", "consensus", 0, "education.curriculum", 0, "", "confidence", nullptr,
            "limited" },
        { "2025/26", "action", 0, "", 4, "Review the scheme of delegation", "added", nullptr,
            "Clerk | 2026-07-01 | in-progress" },
        { "2025/26", "action", 0, "", 5, "Commission an external curriculum review", "added",
            nullptr, "Sam Patel | 2026-12-31 | open" },
    };
    const QList<AuditEntry> log = wb.auditLog();
    ASSERT_EQ(log.size(), qsizetype(std::size(expected)));
    QDateTime previous = utc(old.firstAuditAt);
    for (qsizetype i = 0; i < log.size(); ++i) {
        const AuditEntry &e = log[i];
        const ExpectedAudit &x = expected[i];
        SCOPED_TRACE("audit entry " + std::to_string(i + 1));
        EXPECT_EQ(e.id, i + 1);
        EXPECT_EQ(e.actor, u("clerk"));
        EXPECT_EQ(e.period, u(x.period));
        EXPECT_EQ(e.assessmentId == 0, *x.period == '\0');
        EXPECT_EQ(e.entity, u(x.entity));
        EXPECT_EQ(e.trusteeId, x.trusteeId);
        EXPECT_EQ(e.subject, u(x.subject));
        EXPECT_EQ(e.recordId, x.recordId);
        EXPECT_EQ(e.label, u(x.label));
        EXPECT_EQ(e.field, u(x.field));
        EXPECT_EQ(e.oldValue, x.oldValue ? u(x.oldValue) : QString());
        EXPECT_EQ(e.newValue, u(x.newValue));
        // In order, within the minute the file was made.
        EXPECT_GE(e.at, previous);
        EXPECT_LE(e.at, utc(old.lastAuditAt));
        EXPECT_EQ(e.at.timeSpec(), Qt::UTC);
        previous = e.at;
    }
    EXPECT_EQ(log.constFirst().at, utc(old.firstAuditAt));
    EXPECT_EQ(log.constLast().at, utc(old.lastAuditAt));
}
// ---------------------------------------------------------------------------

struct ExpectedRating {
    const char *trustee;
    const char *indicator;
    RatingValue value;
    const char *note;
};

void expectRatings(
    const Workbook &wb, const AssessmentData &data, const QList<ExpectedRating> &expected)
{
    QMap<qint64, QString> names;
    for (const Trustee &t : wb.trustees())
        names.insert(t.id, t.name);
    QMap<std::pair<QString, QString>, Rating> got;
    for (const Rating &r : data.ratings)
        got.insert({ names.value(r.trusteeId), r.indicator }, r);
    ASSERT_EQ(data.ratings.size(), expected.size());
    ASSERT_EQ(got.size(), expected.size()) << "one rating per trustee and indicator";
    for (const ExpectedRating &x : expected) {
        SCOPED_TRACE(std::string(x.trustee) + " · " + x.indicator);
        const auto it = got.constFind({ u(x.trustee), u(x.indicator) });
        ASSERT_NE(it, got.constEnd());
        EXPECT_EQ(it->value.kind, x.value.kind);
        EXPECT_EQ(it->value, x.value);
        EXPECT_EQ(it->note, u(x.note));
    }
}

const Consensus *consensusFor(const AssessmentData &data, const char *indicator)
{
    const Consensus *c = data.consensusFor(u(indicator));
    EXPECT_NE(c, nullptr) << indicator;
    return c;
}

void expectEvidence(const Evidence &e, const char *title, const char *ref, QDate date)
{
    EXPECT_EQ(e.title, u(title));
    EXPECT_EQ(e.ref, u(ref));
    EXPECT_EQ(e.date, date);
    EXPECT_FALSE(e.confidential) << "schema step 3 adds confidential, 0 for what was there";
}

void expectAction(const Action &a, const char *domain, const char *indicator, const char *text,
    const char *owner, QDate due, ActionStatus status)
{
    SCOPED_TRACE(text);
    EXPECT_EQ(a.domain, u(domain));
    EXPECT_EQ(a.indicator, u(indicator));
    EXPECT_EQ(a.text, u(text));
    EXPECT_EQ(a.owner, u(owner));
    EXPECT_EQ(a.due, due);
    EXPECT_EQ(a.status, status);
    // The versions that wrote schema 1 and 2 had no carrying forward: no link.
    EXPECT_EQ(a.carriedFrom, 0);
}

void PrintTo(const OldWorkbook &old, std::ostream *os)
{
    *os << old.file;
}

class Migration : public testing::TestWithParam<OldWorkbook>
{
};

} // namespace

TEST_P(Migration, OpensMigratedWithABackupAndEveryRecord)
{
    const OldWorkbook old = GetParam();
    const QString source = QStringLiteral(STRONGTRUST_TEST_DATA "/") + u(old.file);
    ASSERT_TRUE(QFileInfo::exists(source)) << source.toStdString();
    ASSERT_EQ(headerVersion(source), old.version)
        << "the committed file is of schema version " << old.version;

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u(old.file));
    ASSERT_TRUE(QFile::copy(source, path));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray original = test::readFile(path);

    auto opened = Workbook::open(path);
    ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
    const Workbook &wb = *opened.value();
    ASSERT_FALSE(wb.isReadOnly()) << wb.readOnlyReason().toStdString();

    // Migrated: the current version, with what steps 2 and 3 add.
    QSqlQuery version(wb.database());
    ASSERT_TRUE(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
    EXPECT_EQ(version.value(0).toInt(), Workbook::schemaVersion());
    EXPECT_GE(Workbook::schemaVersion(), 3);
    const QStringList indexes = schemaNames(wb, "index");
    for (const char *index :
        { "action_by_assessment", "audit_by_assessment", "evidence_by_indicator" })
        EXPECT_TRUE(indexes.contains(u(index))) << index;
    const QStringList tables = schemaNames(wb, "table");
    for (const char *table : { "change_reason", "narrative", "standard_result", "measure_value" })
        EXPECT_TRUE(tables.contains(u(table))) << table;
    const QStringList triggers = schemaNames(wb, "trigger");
    for (const char *trigger :
        { "rating_final_update", "standard_result_final_insert", "measure_value_final_delete" })
        EXPECT_TRUE(triggers.contains(u(trigger))) << trigger;

    // The backup: the file as it was, of the old version, beside it.
    const QString backup = path + QStringLiteral(".v%1.bak").arg(old.version);
    ASSERT_TRUE(QFileInfo::exists(backup))
        << QDir(dir.path()).entryList(QDir::Files).join(u' ').toStdString();
    EXPECT_EQ(headerVersion(backup), old.version);
    EXPECT_EQ(test::readFile(source), original) << "the committed file is never written";

    // The trust and its trustees, in the order they were added.
    EXPECT_EQ(wb.trustName(), u("Oakfield Learning Trust"));
    const QList<Trustee> trustees = wb.trustees();
    ASSERT_EQ(trustees.size(), 3);
    const QList<std::pair<const char *, const char *>> people { { "Jane Smith", "Chair" },
        { "Sam Patel", "" }, { "Zoë Ó Briain", "Vice-chair" } };
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(trustees[i].id, i + 1);
        EXPECT_EQ(trustees[i].name, u(people[i].first));
        EXPECT_EQ(trustees[i].role, u(people[i].second));
        EXPECT_FALSE(trustees[i].retired);
    }
    ASSERT_TRUE(wb.trusteeByName(u("ZOË ó  BRIAIN")));
    EXPECT_EQ(wb.trusteeByName(u("ZOË ó  BRIAIN"))->id, 3);

    // The framework, stored once, used by both periods.
    const QList<StoredFramework> frameworks = wb.frameworks();
    ASSERT_EQ(frameworks.size(), 1);
    EXPECT_EQ(frameworks[0].id, u("cst-strong-trust"));
    EXPECT_EQ(frameworks[0].version, u("2023.1"));
    EXPECT_EQ(frameworks[0].title, u("Five domains of a strong trust"));
    EXPECT_EQ(wb.defaultFrameworkKey(), frameworks[0].key);
    ASSERT_TRUE(wb.framework(frameworks[0].key).ok());

    // The periods: 2024/25 signed off, 2025/26 a draft.
    const QList<AssessmentInfo> periods = wb.assessments();
    ASSERT_EQ(periods.size(), 2);
    const AssessmentInfo &last = periods[0];
    EXPECT_EQ(last.period, u("2024/25"));
    EXPECT_EQ(last.title, u("Annual board self-assessment 2024/25"));
    EXPECT_TRUE(last.isFinal());
    EXPECT_EQ(last.meetingDate, QDate(2025, 3, 12));
    EXPECT_EQ(last.signOff.chair, u("Jane Smith"));
    EXPECT_EQ(last.signOff.date, QDate(2025, 3, 12));
    EXPECT_EQ(last.signOff.minuteRef, u("BM/2025/03/7"));
    EXPECT_EQ(last.frameworkKey, frameworks[0].key);
    EXPECT_EQ(last.createdAt, utc(old.created2024));
    const AssessmentInfo &current = periods[1];
    EXPECT_EQ(current.period, u("2025/26"));
    EXPECT_EQ(current.title, u("Annual board self-assessment 2025/26"));
    EXPECT_FALSE(current.isFinal());
    EXPECT_EQ(current.meetingDate, QDate(2026, 3, 11));
    EXPECT_FALSE(current.signOff.isSigned());
    EXPECT_EQ(current.frameworkKey, frameworks[0].key);
    EXPECT_EQ(current.createdAt, utc(old.created2025));

    // 2024/25: ratings, consensus with evidence, actions.
    const auto data2024 = wb.loadAssessment(last.id);
    ASSERT_TRUE(data2024.ok()) << data2024.errorText().toStdString();
    expectRatings(wb, data2024.value(),
        {
            { "Jane Smith", "governance.shared-accountability", RatingValue::of(3),
                "Minutes show real challenge." },
            { "Sam Patel", "governance.shared-accountability", RatingValue::of(2), "" },
            { "Zoë Ó Briain", "governance.shared-accountability", RatingValue::of(4),
                "Challenge in every meeting — see the March minutes." },
            { "Jane Smith", "governance.strategic-direction", RatingValue::of(2), "" },
            { "Sam Patel", "governance.strategic-direction", RatingValue::notApplicable(),
                "New to the board; not seen it yet." },
            { "Zoë Ó Briain", "governance.strategic-direction", RatingValue::of(2), "" },
        });
    ASSERT_EQ(data2024->consensus.size(), 2);
    if (const Consensus *c = consensusFor(data2024.value(), "governance.shared-accountability")) {
        EXPECT_EQ(c->value, RatingValue::of(3));
        EXPECT_EQ(c->rationale, u("Agreed after discussing the spring review."));
        EXPECT_EQ(c->confidence, Confidence::Moderate);
        ASSERT_EQ(c->evidence.size(), 2);
        expectEvidence(c->evidence[0], "Board minutes, March",
            "https://intranet.example/minutes/2025-03", QDate(2025, 3, 1));
        expectEvidence(c->evidence[1], "Spring school review", "reviews/spring-2025.pdf", QDate());
    }
    if (const Consensus *c = consensusFor(data2024.value(), "governance.strategic-direction")) {
        EXPECT_EQ(c->value, RatingValue::of(2));
        EXPECT_EQ(c->rationale, u("The strategy is not yet written down."));
        EXPECT_EQ(c->confidence, Confidence::Limited);
        EXPECT_TRUE(c->evidence.isEmpty());
    }
    ASSERT_EQ(data2024->actions.size(), 3);
    EXPECT_EQ(data2024->actions[0].id, 1);
    expectAction(data2024->actions[0], "governance", "governance.shared-accountability",
        "Review the scheme of delegation", "Clerk", QDate(2025, 7, 1), ActionStatus::Open);
    expectAction(data2024->actions[1], "governance", "governance.strategic-direction",
        "Publish the three-year strategy", "CEO", QDate(2025, 9, 30), ActionStatus::InProgress);
    expectAction(data2024->actions[2], "governance", "", "Induct new trustees", "Jane Smith",
        QDate(), ActionStatus::Done);
    EXPECT_TRUE(data2024->changeReasons.isEmpty());
    EXPECT_TRUE(data2024->standards.isEmpty());
    EXPECT_TRUE(data2024->measures.isEmpty());

    // 2025/26: two trustees' returns and the meeting's agreed ratings.
    const auto data2025 = wb.loadAssessment(current.id);
    ASSERT_TRUE(data2025.ok()) << data2025.errorText().toStdString();
    expectRatings(wb, data2025.value(),
        {
            { "Jane Smith", "governance.shared-accountability", RatingValue::of(3), "" },
            { "Jane Smith", "governance.strategic-direction", RatingValue::of(3),
                "The strategy is published." },
            { "Jane Smith", "education.curriculum", RatingValue::of(4), "" },
            { "Zoë Ó Briain", "governance.shared-accountability", RatingValue::of(4), "" },
            { "Zoë Ó Briain", "governance.strategic-direction", RatingValue::of(3), "" },
            { "Zoë Ó Briain", "education.curriculum", RatingValue::notApplicable(),
                "Declared an interest: I chair a school's curriculum committee." },
        });
    ASSERT_EQ(data2025->consensus.size(), 2);
    if (const Consensus *c = consensusFor(data2025.value(), "governance.strategic-direction")) {
        EXPECT_EQ(c->value, RatingValue::of(3));
        EXPECT_EQ(c->rationale,
            u("The strategy was published in September; progress is reported termly."));
        EXPECT_EQ(c->confidence, Confidence::Strong);
        ASSERT_EQ(c->evidence.size(), 1);
        expectEvidence(c->evidence[0], "Three-year strategy", "https://oakfield.example/strategy",
            QDate(2025, 9, 15));
    }
    if (const Consensus *c = consensusFor(data2025.value(), "education.curriculum")) {
        EXPECT_EQ(c->value, RatingValue::notApplicable());
        EXPECT_EQ(c->rationale, u("Deferred to the curriculum review."));
        EXPECT_EQ(c->confidence, Confidence::Limited);
        EXPECT_TRUE(c->evidence.isEmpty());
    }
    ASSERT_EQ(data2025->actions.size(), 2);
    EXPECT_EQ(data2025->actions[0].id, 4);
    expectAction(data2025->actions[0], "governance", "governance.shared-accountability",
        "Review the scheme of delegation", "Clerk", QDate(2026, 7, 1), ActionStatus::InProgress);
    expectAction(data2025->actions[1], "education", "education.curriculum",
        "Commission an external curriculum review", "Sam Patel", QDate(2026, 12, 31),
        ActionStatus::Open);

    expectAuditTrailAsWritten(wb, old);

    // The signed-off period is now locked by the file itself (schema step 3).
    QSqlQuery edit(wb.database());
    EXPECT_FALSE(edit.exec(
        QStringLiteral("UPDATE rating SET note = 'changed' WHERE assessment = %1").arg(last.id)));
    EXPECT_TRUE(edit.lastError().text().contains(u("final")))
        << edit.lastError().text().toStdString();
}

TEST_P(Migration, OpensAgainWithoutMigratingTwice)
{
    const OldWorkbook old = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(u(old.file));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STRONGTRUST_TEST_DATA "/") + u(old.file), path));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    {
        auto first = Workbook::open(path);
        ASSERT_TRUE(first.ok()) << first.errorText().toStdString();
    }
    auto again = Workbook::open(path);
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    expectAuditTrailAsWritten(*again.value(), old);
    EXPECT_EQ(QDir(dir.path()).entryList({ u("*.bak") }, QDir::Files).size(), 1)
        << "one backup, from the one migration";
}

INSTANTIATE_TEST_SUITE_P(OldVersions, Migration, testing::Values(kV1, kV2),
    [](const testing::TestParamInfo<OldWorkbook> &param) {
        return "SchemaV" + std::to_string(param.param.version);
    });
