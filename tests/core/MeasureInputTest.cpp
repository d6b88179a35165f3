// Typed values and targets of a measure, read before anything is stored.
#include "workbook/MeasureInput.h"

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

Measure reserves()
{
    Measure m;
    m.id = QStringLiteral("reserves");
    m.fullId = QStringLiteral("efficiency.reserves");
    m.title = QStringLiteral("Revenue reserves as a share of income");
    m.unit = QStringLiteral("%");
    m.better = MeasureDirection::Range;
    m.target = MeasureTarget { 5, 12 };
    return m;
}

Measure days(MeasureDirection better)
{
    Measure m;
    m.fullId = QStringLiteral("people.absence");
    m.title = QStringLiteral("Staff absence");
    m.unit = QStringLiteral("days");
    m.better = better;
    return m;
}

const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kGerman(QLocale::German, QLocale::Germany);

std::optional<double> valueOf(const Measure &m, const QString &text, const QLocale &l = kBritish)
{
    auto r = MeasureInput::value(m, text, l);
    EXPECT_TRUE(r.ok()) << text.toStdString() << ": " << r.errorText().toStdString();
    return r.ok() ? r.value() : std::nullopt;
}

} // namespace

TEST(MeasureInput, ValuesAreNumbersWithOrWithoutTheUnit)
{
    const Measure m = reserves();
    EXPECT_EQ(valueOf(m, QStringLiteral("8.4")), 8.4);
    EXPECT_EQ(valueOf(m, QStringLiteral(" 8.4% ")), 8.4);
    EXPECT_EQ(valueOf(m, QStringLiteral("8.4 %")), 8.4);
    EXPECT_EQ(valueOf(m, QStringLiteral("−2.5")), -2.5); // a typographic minus
    EXPECT_EQ(valueOf(m, QStringLiteral("1,200")), 1200);
    EXPECT_EQ(valueOf(days(MeasureDirection::Lower), QStringLiteral("12 days")), 12);
    // A German desk: its own comma, and the point still understood.
    EXPECT_EQ(valueOf(m, QStringLiteral("8,4"), kGerman), 8.4);
    EXPECT_EQ(valueOf(m, QStringLiteral("8.4"), kGerman), 8.4);
    // Empty: not yet known.
    EXPECT_FALSE(valueOf(m, QString()).has_value());
    EXPECT_FALSE(valueOf(m, QStringLiteral("   ")).has_value());
}

TEST(MeasureInput, WhatIsNotANumberIsRefusedWithTheMeasureAndAnExample)
{
    const Measure m = reserves();
    for (const char *bad : { "abc", "8,4", "8.4.1", "inf", "nan", "8.4 days", "%" }) {
        auto r = MeasureInput::value(m, QString::fromUtf8(bad), kBritish);
        ASSERT_FALSE(r.ok()) << bad;
        const QString message = r.errorText();
        EXPECT_TRUE(message.contains(m.title)) << message.toStdString();
        EXPECT_TRUE(message.contains(u'"' + QString::fromUtf8(bad) + u'"'))
            << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("in %, e.g. 5.0"))) << message.toStdString();
    }
}

TEST(MeasureInput, TargetsAsRangesBoundsAndBareNumbers)
{
    const Measure m = reserves();
    auto target = [&](const char *text, const Measure &of) {
        auto r = MeasureInput::target(of, QString::fromUtf8(text), kBritish);
        EXPECT_TRUE(r.ok()) << text << ": " << r.errorText().toStdString();
        return r.ok() ? r.value() : MeasureTarget {};
    };
    EXPECT_EQ(target("5–12", m), (MeasureTarget { 5, 12 }));
    EXPECT_EQ(target("5 - 12", m), (MeasureTarget { 5, 12 }));
    EXPECT_EQ(target("5.0–12.0%", m), (MeasureTarget { 5, 12 }));
    EXPECT_EQ(target("6 to 10", m), (MeasureTarget { 6, 10 }));
    EXPECT_EQ(target("-5--3", m), (MeasureTarget { -5, -3 }));
    EXPECT_EQ(target("≥ 5", m), (MeasureTarget { 5, std::nullopt }));
    EXPECT_EQ(target(">=5%", m), (MeasureTarget { 5, std::nullopt }));
    EXPECT_EQ(target("at least 5", m), (MeasureTarget { 5, std::nullopt }));
    EXPECT_EQ(target("≤ 12", m), (MeasureTarget { std::nullopt, 12 }));
    EXPECT_EQ(target("At most 12.5", m), (MeasureTarget { std::nullopt, 12.5 }));
    EXPECT_EQ(target("", m), MeasureTarget {});
    // A bare number goes the way the measure is better.
    EXPECT_EQ(target("95", days(MeasureDirection::Higher)), (MeasureTarget { 95, std::nullopt }));
    EXPECT_EQ(target("8", days(MeasureDirection::Lower)), (MeasureTarget { std::nullopt, 8 }));
}

TEST(MeasureInput, TargetsThatAreNotOneAreRefused)
{
    const Measure m = reserves();
    for (const char *bad : { "12", "five to twelve", "≥", "5–", "≥ abc" }) {
        auto r = MeasureInput::target(m, QString::fromUtf8(bad), kBritish);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_TRUE(r.errorText().contains(m.title));
        EXPECT_TRUE(r.errorText().contains(QStringLiteral("is not a target")))
            << r.errorText().toStdString();
    }
    auto upsideDown = MeasureInput::target(m, QStringLiteral("12–5"), kBritish);
    ASSERT_FALSE(upsideDown.ok());
    EXPECT_TRUE(upsideDown.errorText().contains(QStringLiteral("lower end (12) is above")))
        << upsideDown.errorText().toStdString();
}

TEST(MeasureInput, TheTextToEditReadsBackToTheSameNumbers)
{
    const Measure m = reserves();
    for (const MeasureTarget &t : { MeasureTarget { 5, 12 }, MeasureTarget { 5.25, std::nullopt },
             MeasureTarget { std::nullopt, 1234.5 }, MeasureTarget { -5, -3 }, MeasureTarget {} }) {
        for (const QLocale &l : { kBritish, kGerman }) {
            const QString text = MeasureInput::targetText(t, l);
            auto back = MeasureInput::target(m, text, l);
            ASSERT_TRUE(back.ok()) << text.toStdString();
            EXPECT_EQ(back.value(), t) << text.toStdString();
        }
    }
    // Never rounded to the measure's decimals: entering the text again changes nothing.
    EXPECT_EQ(MeasureInput::valueText(8.437, kBritish), QStringLiteral("8.437"));
    EXPECT_EQ(MeasureInput::valueText(1234.5, kBritish), QStringLiteral("1234.5"));
    EXPECT_EQ(valueOf(m, MeasureInput::valueText(1234.5, kGerman), kGerman), 1234.5);
}
