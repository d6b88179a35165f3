// The built-in framework: what trustees read in the meeting must be complete.
#include "framework/FrameworkLoader.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace strongtrust;

TEST(BuiltInFramework, LoadsFromTheResource)
{
    QFile f(FrameworkLoader::builtInResourcePath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const auto r = FrameworkLoader::loadBytes(f.readAll(), QStringLiteral("built-in"));
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r->id, QStringLiteral("cst-strong-trust"));
}

TEST(BuiltInFramework, HasTheFiveDomainsOfAStrongTrust)
{
    const Framework &fw = FrameworkLoader::builtIn();
    ASSERT_EQ(fw.domains.size(), 5);
    const QStringList titles
        = { QStringLiteral("Expert governance"), QStringLiteral("Quality of education"),
              QStringLiteral("Workforce resilience and wellbeing"),
              QStringLiteral("Efficiency and effectiveness"),
              QStringLiteral("Public benefit and civic duty") };
    for (int d = 0; d < 5; ++d)
        EXPECT_EQ(fw.domains[d].title, titles[d]);
    EXPECT_GE(fw.indicatorCount(), 25);
    EXPECT_LE(fw.indicatorCount(), 30);
    EXPECT_EQ(fw.source.publisher, QStringLiteral("Confederation of School Trusts"));
}

TEST(BuiltInFramework, EveryIndicatorIsReadyForTheMeeting)
{
    const Framework &fw = FrameworkLoader::builtIn();
    ASSERT_EQ(fw.scale.levels.size(), 4);
    EXPECT_TRUE(fw.scale.allowNotApplicable);
    QSet<QString> colors;
    for (const Level &l : fw.scale.levels) {
        EXPECT_FALSE(l.descriptor.isEmpty()) << l.label.toStdString();
        EXPECT_FALSE(l.color.isEmpty()) << l.label.toStdString();
        colors.insert(l.color);
    }
    EXPECT_EQ(colors.size(), 4);
    for (const Domain &d : fw.domains) {
        EXPECT_FALSE(d.summary.isEmpty()) << d.id.toStdString();
        EXPECT_GE(d.indicators.size(), 4) << d.id.toStdString();
        EXPECT_LE(d.indicators.size(), 7) << d.id.toStdString();
        for (const Indicator &i : d.indicators) {
            const std::string id = i.fullId.toStdString();
            EXPECT_FALSE(i.guidance.isEmpty()) << id;
            EXPECT_GE(i.prompts.size(), 2) << id;
            EXPECT_LE(i.prompts.size(), 4) << id;
            for (const QString &p : i.prompts)
                EXPECT_TRUE(p.endsWith(u'?')) << id << ": " << p.toStdString();
            ASSERT_EQ(i.levelDescriptors.size(), 4) << id;
            for (const QString &ld : i.levelDescriptors)
                EXPECT_FALSE(ld.isEmpty()) << id;
        }
    }
}

TEST(BuiltInFramework, HasBaselineStandardsAndMeasuresInEveryDomain)
{
    const Framework &fw = FrameworkLoader::builtIn();
    EXPECT_EQ(fw.formatVersion, 2);
    for (const Domain &d : fw.domains) {
        const std::string domain = d.id.toStdString();
        EXPECT_GE(d.standards.size(), 4) << domain;
        EXPECT_GE(d.measures.size(), 2) << domain;
        for (const Standard &s : d.standards) {
            const std::string id = s.fullId.toStdString();
            EXPECT_FALSE(s.source.trimmed().isEmpty()) << id;
            EXPECT_FALSE(s.guidance.trimmed().isEmpty()) << id;
            EXPECT_TRUE(s.text.endsWith(u'.')) << id;
            if (s.capsAt) {
                EXPECT_GE(fw.scale.indexOf(*s.capsAt), 0) << id;
            }
        }
        for (const Measure &m : d.measures) {
            const std::string id = m.fullId.toStdString();
            EXPECT_FALSE(m.source.trimmed().isEmpty()) << id;
            EXPECT_FALSE(m.guidance.trimmed().isEmpty()) << id;
            // A count carries no unit ("1 schools" reads badly); anything
            // else says what it is measured in.
            EXPECT_TRUE(!m.unit.isEmpty() || m.decimals == 0) << id;
            EXPECT_FALSE(m.title.endsWith(u'.')) << id;
            // The framework sets a target only where a benchmark is widely
            // used; a range needs one, so it never says "range" without it.
            if (m.better == MeasureDirection::Range) {
                EXPECT_TRUE(m.target.isSet()) << id;
            }
        }
    }
}

TEST(BuiltInFramework, CapsAreFewAndBelowTheTopLevels)
{
    // An unmet standard caps its domain only where the failure means the
    // domain truly cannot be judged higher (docs/framework.md says why each).
    const Framework &fw = FrameworkLoader::builtIn();
    QStringList capped;
    for (const Domain &d : fw.domains) {
        for (const Standard &s : d.standards) {
            if (!s.capsAt)
                continue;
            capped.append(s.fullId + u'=' + formatLevelValue(*s.capsAt));
            EXPECT_LT(fw.scale.indexOf(*s.capsAt), 2) << s.fullId.toStdString();
        }
    }
    EXPECT_EQ(capped,
        (QStringList { QStringLiteral("governance.safeguarding-oversight=2"),
            QStringLiteral("education.safeguarding=1"),
            QStringLiteral("workforce.health-and-safety=2"),
            QStringLiteral("efficiency.accounts-published=2") }));
}

TEST(BuiltInFramework, BuiltInStandardsAndMeasuresAreFoundByFullId)
{
    const Framework &fw = FrameworkLoader::builtIn();
    for (const Domain &d : fw.domains) {
        for (const Standard &s : d.standards) {
            EXPECT_EQ(s.fullId, d.id + u'.' + s.id);
            EXPECT_EQ(fw.findStandard(s.fullId), &s);
        }
        for (const Measure &m : d.measures) {
            EXPECT_EQ(m.fullId, d.id + u'.' + m.id);
            EXPECT_EQ(fw.findMeasure(m.fullId), &m);
        }
    }
    const Measure *reserves = fw.findMeasure(QStringLiteral("efficiency.reserves"));
    ASSERT_NE(reserves, nullptr);
    EXPECT_EQ(reserves->unit, QStringLiteral("%"));
    EXPECT_FALSE(reserves->target.isSet()); // the trust sets its own
}

TEST(BuiltInFramework, DocsMapEveryStandardAndMeasureToItsSource)
{
    // docs/framework.md is where a trustee looks a source up: it must keep up.
    QFile doc(QStringLiteral(STRONGTRUST_TEST_DATA "/../../docs/framework.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(doc.readAll()).split(u'\n');
    // Rows that start with the full id: its domain's table, then (for a
    // standard with a cap) the table that says why it caps.
    const auto rows = [&](const QString &fullId) {
        QStringList found;
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("| `%1` |").arg(fullId)))
                found.append(line);
        }
        return found;
    };
    const auto row = [&](const QString &fullId) { return rows(fullId).value(0); };
    const Framework &fw = FrameworkLoader::builtIn();
    for (const Domain &d : fw.domains) {
        for (const Standard &s : d.standards) {
            const QString line = row(s.fullId);
            EXPECT_TRUE(line.contains(s.text)) << s.fullId.toStdString();
            EXPECT_TRUE(line.contains(s.source)) << s.fullId.toStdString();
            EXPECT_EQ(line.endsWith(QStringLiteral("| — |")), !s.capsAt) << s.fullId.toStdString();
            EXPECT_EQ(rows(s.fullId).size(), s.capsAt ? 2 : 1) << s.fullId.toStdString();
        }
        for (const Measure &m : d.measures) {
            const QString line = row(m.fullId);
            EXPECT_TRUE(line.contains(m.title)) << m.fullId.toStdString();
            EXPECT_TRUE(line.contains(m.source)) << m.fullId.toStdString();
            EXPECT_TRUE(line.contains(u"| " + measureDirectionKey(m.better) + u" |"))
                << m.fullId.toStdString();
        }
    }
}
