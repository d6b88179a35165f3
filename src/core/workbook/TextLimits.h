#pragma once

// The longest texts a workbook accepts, in characters (UTF-16 code units, as
// QString::size() counts them). Chosen so that no board would meet them in
// honest use, and so that a hostile file cannot make a report slow or huge.
// Every source of an edit is held to them: the window, an import, a device.
// docs/interchange.md lists them for authors of returns.
namespace strongtrust::limits {

inline constexpr int kNote = 20000; // a trustee's note on a rating
inline constexpr int kRationale = 20000; // the board's rationale for a consensus
inline constexpr int kChangeReason = 20000; // the reason for a change of a whole level
inline constexpr int kAmendment = 20000; // an amendment to a final assessment
inline constexpr int kNarrative = 20000; // the board's own words for a part of the report
inline constexpr int kStandardNote = 20000; // the board's note on a baseline standard
inline constexpr int kMeasureNote = 20000; // a note on a measure's value
inline constexpr int kActionText = 2000; // what an action is
inline constexpr int kEvidenceTitle = 500; // an evidence item's title
inline constexpr int kEvidenceRef = 2000; // its reference: a URL or a path
inline constexpr int kMeasureSource = 500; // where a measure's value comes from
inline constexpr int kName = 200; // a trust's, trustee's, owner's or chair's name
inline constexpr int kRole = 200; // a trustee's role
inline constexpr int kTitle = 500; // an assessment's title
inline constexpr int kMinuteRef = 200; // the minute reference of a sign-off

} // namespace strongtrust::limits
