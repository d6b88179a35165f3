#include "live/PageText.h"

#include <utility>

namespace strongtrust::live {

QJsonObject PageText::all()
{
    const std::pair<const char *, QString> words[] = {
        { "loading", tr("Loading…") },
        { "pageTitle", tr("Rating — {trust}") },
        { "ratingAs", tr("Rating as {name}") },
        { "position", tr("{n} of {total}") },
        { "previous", tr("Previous") },
        { "next", tr("Next") },
        { "allIndicators", tr("All indicators") },
        { "backToIndicator", tr("Back to rating") },
        { "guidanceAndPrompts", tr("Guidance and questions") },
        { "guidance", tr("Guidance") },
        { "prompts", tr("Questions to ask") },
        { "levelSeparator", tr(" — ") },
        { "separator", tr(" · ") },
        { "notApplicable", tr("Not applicable") },
        { "withdraw", tr("Withdraw my rating") },
        { "noteLabel", tr("Your note (optional)") },
        { "saved", tr("Saved") },
        { "saving", tr("Saving…") },
        { "notYetSaved", tr("Not yet saved — will retry") },
        { "pendingOne", tr("1 rating not yet saved — will retry.") },
        { "pendingMany", tr("{n} ratings not yet saved — will retry.") },
        { "keptHere", tr("Kept in this browser") },
        { "nowDiscussing", tr("The board is discussing this now") },
        { "closed", tr("Rating for this indicator is closed.") },
        { "closedShort", tr("closed") },
        { "nowShort", tr("the board is here") },
        { "rated", tr("rated") },
        { "notRated", tr("not rated") },
        { "boardMovedOn", tr("The board has moved on to: {text}") },
        { "boardIsOn", tr("The board is on: {text}") },
        { "goThere", tr("Go there") },
        { "movedTo", tr("The board has moved on. Now showing: {text}") },
        { "ended",
            tr("This link is no longer valid: the live session has ended or the link is wrong. Ask "
               "the clerk.") },
        { "final",
            tr("This assessment has been signed off, so ratings can no longer be given or "
               "changed.") },
        { "unreachable", tr("Cannot reach the clerk's computer. Trying again…") },
        { "refused", tr("The clerk's computer did not accept this.") },
        { "progress", tr("You have rated {n} of {total}.") },
        { "listTitle", tr("All indicators") },
        { "noIndicators", tr("There is nothing to rate.") },
        { "formIntro",
            tr("Your answers stay in this browser until you come back. When you have finished, "
               "press Save my return and send the file to the clerk.") },
        { "saveReturn", tr("Save my return") },
        { "returnSaved", tr("Your return was saved as {file}. Send this file to the clerk.") },
        { "storageUnavailable",
            tr("This browser cannot keep your progress: save your return before you close this "
               "file.") },
        { "broken", tr("This page could not read its data. Ask the clerk for a new one.") },
    };
    QJsonObject text;
    for (const auto &[key, value] : words)
        text.insert(QLatin1String(key), value);
    return text;
}

} // namespace strongtrust::live
