#pragma once

// Internal to the core: nlohmann_json does not leak into the public headers.
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace strongtrust {

// Reads a JSON file for parsing, refusing it before reading when it is larger
// than maxBytes (a hostile or mistaken file must not be loaded into memory).
Result<QByteArray> readJsonFile(const QString &path, qint64 maxBytes);

// Parses UTF-8 JSON text. Syntax errors come back as "FILE:LINE:COL: message".
// Nesting deeper than a fixed limit is refused before parsing, so hostile input
// cannot exhaust the stack anywhere later in the pipeline.
Result<nlohmann::json> parseJson(const QByteArray &text, const QString &fileName);

// Line and column (1-based, column in characters) of a byte offset in text.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition textPosition(const QByteArray &text, qsizetype offset);

inline constexpr int kMaxJsonDepth = 64;

} // namespace strongtrust
