#include "live/RatingPage.h"

#include <QCryptographicHash>
#include <QFile>

// The page is a resource of this static library: make sure it is registered
// wherever the library is linked.
static void initLivePageResource()
{
    Q_INIT_RESOURCE(live_page);
}

namespace strongtrust::live {

namespace {

const QByteArray kCspMarker = QByteArrayLiteral("<!--strongtrust-csp-->");
const QByteArray kDataMarker = QByteArrayLiteral("<!--strongtrust-form-data-->");

// The text of the one element `<tag>…</tag>` of the page.
QByteArray elementText(const QByteArray &html, const QByteArray &tag)
{
    const QByteArray open = '<' + tag + '>';
    const qsizetype start = html.indexOf(open);
    const qsizetype end = html.indexOf(QByteArray("</" + tag + '>'), start);
    if (start < 0 || end < 0)
        return {};
    return html.mid(start + open.size(), end - start - open.size());
}

QByteArray hashOf(const QByteArray &text)
{
    return "'sha256-" + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64() + "'";
}

} // namespace

const RatingPage &RatingPage::instance()
{
    static const RatingPage page;
    return page;
}

RatingPage::RatingPage()
{
    initLivePageResource();
    QFile f(QStringLiteral(":/live/rating-page.html"));
    if (f.open(QIODevice::ReadOnly))
        m_html = f.readAll();
    m_scriptHash = hashOf(elementText(m_html, "script"));
    m_styleHash = hashOf(elementText(m_html, "style"));
}

QByteArray RatingPage::scriptSafe(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80'
            && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray RatingPage::formHtml(const QByteArray &json) const
{
    QByteArray html = m_html;
    const QByteArray policy = "<meta http-equiv=\"Content-Security-Policy\" content=\""
                              "default-src 'none'; script-src "
        + m_scriptHash + "; style-src " + m_styleHash
        + "; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'\">";
    html.replace(kCspMarker, policy);
    const QByteArray data = "<script type=\"application/json\" id=\"strongtrust-form\">"
        + scriptSafe(json) + "</script>";
    html.replace(kDataMarker, data);
    return html;
}

} // namespace strongtrust::live
