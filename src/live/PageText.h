#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace strongtrust::live {

// The rating page's words in the language strongtrust runs in: sent with
// the state (and written into a return form) as "text", over the page's own
// English ones. Placeholders in braces ({name}, {n}) are filled in by the page.
class PageText
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::live::PageText)

public:
    static QJsonObject all();
};

} // namespace strongtrust::live
