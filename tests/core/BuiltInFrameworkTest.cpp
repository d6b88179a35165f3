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
