#pragma once

// Internal to the report: where pages break, decided after the document is
// laid out, so that a page break loses nothing a reader needs together.
#include <QTextFormat>

class QTextDocument;

namespace strongtrust::report {

struct PageGeometry;

// A block that belongs with the one after it (headings, introductions).
constexpr int kKeepWithNext = QTextFormat::UserProperty + 20;

// Moves page breaks in a laid-out document, first to last, until none of
// these is left: a heading (or a line introducing what follows) alone at the
// foot of a page, which then starts the next page; a table row split across
// two pages, which then starts the next page below the table's repeated
// header (the table itself, with its heading, when the row is its first).
// A run or a row taller than a page is left to split where it must.
void paginate(QTextDocument &doc, const PageGeometry &geometry);

} // namespace strongtrust::report
