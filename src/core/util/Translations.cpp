#include "util/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace strongtrust {

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/strongtrust_en_GB.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    const QLocale locale;
    if (locale.name() == QLatin1String("en_GB") || locale.language() == QLocale::C)
        return;
    auto *local = new QTranslator(app);
    if (local->load(
            locale, QStringLiteral("strongtrust"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && local->filePath() != english->filePath())
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace strongtrust
