#pragma once

// The board's own words (AssessmentData::narrative)
// put in place of the generated paragraphs they replace, so that every
// surface (PDF, HTML, OpenDocument, the preview) reads the same words and
// none can tell which were generated.
#include "report/Narrative.h"

#include <QStringList>

namespace strongtrust::report {

// The paragraphs of a plain text: blocks separated by blank lines, each with
// its line breaks and runs of spaces read as one space; empty ones dropped.
QStringList paragraphsOf(const QString &text);

// Where the board wrote its own words, they replace the generated summary
// (`overall`, paragraphs separated by blank lines) or a domain's paragraphs.
void applyBoardWords(const BoardNarrative &words, Narrative &narrative);

// The generated text of a part (an empty domain id: the summary), paragraphs
// separated by blank lines: where the board starts when it writes its own.
QString generatedText(const Narrative &generated, const QString &domainId);

} // namespace strongtrust::report
