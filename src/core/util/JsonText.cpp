#include "util/JsonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace strongtrust {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::JsonText)
};

// Bytes a terminal or log can show safely: control and non-ASCII bytes that
// are not valid UTF-8 would otherwise reach the user's screen raw.
QString printable(const std::string &s)
{
    const QByteArray bytes = QByteArray::fromStdString(s);
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

// The first place where brackets nest deeper than the limit, or -1.
qsizetype firstTooDeep(const QByteArray &text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > kMaxJsonDepth)
                return i;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

// Start of the JSON token that covers `offset` (the offset itself when it is
// past the end or on white space).
qsizetype tokenStart(const QByteArray &text, qsizetype offset)
{
    if (offset < 0 || offset >= text.size())
        return std::clamp<qsizetype>(offset, 0, text.size());
    auto isWordChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        const char c = text[i];
        if (c == '"') {
            ++i;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\')
                    ++i;
                ++i;
            }
            ++i; // closing quote
        } else if (isWordChar(c)) {
            while (i < text.size() && isWordChar(text[i]))
                ++i;
        } else {
            ++i;
        }
        if (offset < i)
            return std::isspace(static_cast<unsigned char>(c)) ? offset : start;
    }
    return offset;
}

} // namespace

TextPosition textPosition(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition pos;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((u & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

Result<QByteArray> readJsonFile(const QString &path, qint64 maxBytes)
{
    QFileInfo info(path);
    if (!info.exists())
        return Diagnostic { path, 0, 0, {}, Tr::tr("no such file") };
    if (info.isDir())
        return Diagnostic { path, 0, 0, {}, Tr::tr("is a folder, not a file") };
    if (info.size() > maxBytes)
        return Diagnostic { path, 0, 0, {},
            Tr::tr("file is %1 bytes; files over %2 MiB are refused")
                .arg(info.size())
                .arg(maxBytes / (1024 * 1024)) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Diagnostic { path, 0, 0, {}, Tr::tr("cannot read: %1").arg(file.errorString()) };
    // Read at most one byte past the limit: the file may have grown since the check.
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Diagnostic { path, 0, 0, {},
            Tr::tr("file is over %1 MiB and is refused").arg(maxBytes / (1024 * 1024)) };
    return data;
}

Result<nlohmann::json> parseJson(const QByteArray &text, const QString &fileName)
{
    if (const qsizetype deep = firstTooDeep(text); deep >= 0) {
        const TextPosition pos = textPosition(text, deep);
        return Diagnostic { fileName, pos.line, pos.column, {},
            Tr::tr("nested more than %1 levels deep").arg(kMaxJsonDepth) };
    }
    try {
        return nlohmann::json::parse(text.constBegin(), text.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the byte where the parser stopped. A
        // lexer error ("last read: ...") is at that byte; a parser error comes
        // after a whole token was read, and is shown at the token's start.
        QString message = printable(e.what());
        qsizetype offset = static_cast<qsizetype>(e.byte) - 1;
        if (!message.contains(QLatin1String("last read")))
            offset = tokenStart(text, offset);
        const TextPosition pos = textPosition(text, offset);
        // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: "
        static const QRegularExpression prefix(QStringLiteral(
            R"(^\[json\.exception[^\]]*\]\s*(parse error( at line \d+, column \d+)?:\s*)?)"));
        message.remove(prefix);
        if (text.isEmpty() || text.trimmed().isEmpty())
            message = Tr::tr("the file is empty; expected a JSON document");
        return Diagnostic { fileName, pos.line, pos.column, {}, message };
    } catch (const nlohmann::json::exception &e) {
        return Diagnostic { fileName, 1, 1, {}, printable(e.what()) };
    }
}

} // namespace strongtrust
