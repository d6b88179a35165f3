#include "report/BoardWords.h"

#include <QRegularExpression>

namespace strongtrust::report {

QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(u'\r', u'\n');
    QStringList out;
    for (const QString &block : unified.split(blankLine)) {
        const QString paragraph = block.simplified();
        if (!paragraph.isEmpty())
            out.append(paragraph);
    }
    return out;
}

void applyBoardWords(const BoardNarrative &words, Narrative &narrative)
{
    if (const QStringList summary = paragraphsOf(words.summary); !summary.isEmpty())
        narrative.overall = summary.join(QStringLiteral("\n\n"));
    for (DomainNarrative &dn : narrative.domains) {
        const QStringList own = paragraphsOf(words.domains.value(dn.domainId));
        if (own.isEmpty())
            continue;
        dn.paragraphs = own;
        dn.text = own.join(u' ');
    }
}

QString generatedText(const Narrative &generated, const QString &domainId)
{
    if (domainId.isEmpty())
        return paragraphsOf(generated.overall).join(QStringLiteral("\n\n"));
    for (const DomainNarrative &dn : generated.domains) {
        if (dn.domainId == domainId)
            return dn.paragraphs.join(QStringLiteral("\n\n"));
    }
    return {};
}

} // namespace strongtrust::report
