#pragma once

// Internal to the report: the report as a list of blocks (headings,
// paragraphs, tables, the chart), decided once from the data and the
// narrative, then written out as PDF (through a QTextDocument) or HTML. All
// text is plain: each writer escapes it for its own format.
#include "report/Narrative.h"
#include "report/RadarChart.h"
#include "report/TrendChart.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strongtrust::report {

// A table cell: its text (paragraphs separated by '\n') and smaller, muted
// lines under it.
struct Cell {
    QString text;
    QStringList notes;
    bool strong = false;
};

struct Table {
    QStringList headers; // one per column; empty for a table without a header row
    QList<double> widths; // per column, in percent of the text width
    QList<QList<Cell>> rows;
    bool compact = false; // smaller type (the appendix's grid)
    QList<int> centredColumns; // columns whose cells are centred
};

struct Block {
    enum class Kind {
        CoverTrust, // the trust's name, large
        CoverTitle, // the report's title
        CoverSubtitle, // the framework
        DraftMark, // the boxed "DRAFT" notice of the cover
        Heading1,
        Heading2,
        Heading3, // a small heading inside a section
        Paragraph,
        Lead, // the domain's own summary, in italics
        Note, // small and muted
        Small, // small: trustees' notes in the appendix
        Bullets,
        Table,
        KeyValues, // a two-column table with no header: label, value
        Chart,
        Trends, // a row of measures' trend charts, side by side
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QString anchor; // an id for headings
    bool pageBreakBefore = false;
    bool keepWithNext = false; // never the last thing on a page (headings always are)
    QStringList items; // Bullets
    Table table; // Table, KeyValues
    int chart = -1; // Chart: index into ReportContent::charts
    QList<int> trends; // Trends: indices into ReportContent::trends
};

struct ReportContent {
    QString title; // "Board self-assessment 2025/26": PDF title, HTML <title>
    QString trustName; // the PDF's author
    QString headerLeft; // running header
    QString headerRight;
    QString footerLeft; // running footer, beside "Page X of Y"
    bool draft = true;
    QString draftMark; // the word across every page of a draft
    QList<RadarChartData> charts;
    QStringList chartDescriptions; // for screen readers, per chart
    QList<TrendChartData> trends; // the measures' trend charts
    QStringList trendDescriptions; // for screen readers, per trend chart
    QList<Block> blocks;
};

ReportContent buildReportContent(const ReportData &data, const Narrative &narrative);

} // namespace strongtrust::report
