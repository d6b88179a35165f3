#pragma once

#include <QByteArray>

namespace strongtrust::live {

// The one rating page (resources/live/rating-page.html), built into the
// executable: served as it is for a live session, and written with its data
// inside as a return form. It has one inline script and one inline style;
// their hashes are what the Content-Security-Policy allows, so nothing else
// can run in it, not even text a workbook smuggled in.
class RatingPage
{
public:
    static const RatingPage &instance();

    const QByteArray &html() const { return m_html; }
    // "'sha256-…'" of the script's and the style's text, for the policy.
    const QByteArray &scriptHash() const { return m_scriptHash; }
    const QByteArray &styleHash() const { return m_styleHash; }

    // The page with `json` (the form's state, see docs/live-rating.md) in a
    // data element, and a policy that allows no network at all.
    QByteArray formHtml(const QByteArray &json) const;

    // JSON made safe inside a script element: no "<", ">" or "&" (and no
    // U+2028/U+2029) left as themselves, so no text can close the element.
    static QByteArray scriptSafe(const QByteArray &json);

private:
    RatingPage();
    QByteArray m_html;
    QByteArray m_scriptHash;
    QByteArray m_styleHash;
};

} // namespace strongtrust::live
