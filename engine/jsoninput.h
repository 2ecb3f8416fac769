// JSON from outside — project and model files, bundles, imported descriptions, device payloads,
// requests to the digital adapters — is read through these functions and only these: they
// refuse nesting deeper than a limit (a deep document would exhaust the stack of every recursive
// reader after the parser) and numbers out of the range of a double, with an error naming where,
// and never throw.
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace twinloom::JsonInput {

// Deeper than any project, model (DTDL nests complex schemas at most 8 deep) or device payload
// needs; documented in docs/project-format.md.
inline constexpr int kMaxDepth = 64;

// Where `text` first nests deeper than `maxDepth` arrays and objects, as a message naming the
// line and column; empty when it does not. Linear, and reads strings as JSON does.
QString depthError(QByteArrayView text, int maxDepth = kMaxDepth);

// Where an object of `text`, which must be valid JSON, first holds a key twice (a parser keeps
// the last silently: a project with two "twins" keys would lose the first list), as a message
// naming the key, the object's JSON pointer, the line and the column; empty when none does.
QString duplicateKeyError(QByteArrayView text);

// Keys::Unique refuses duplicate keys too: for documents people write (projects, models, imports),
// not for device payloads, whose parsing is on the hot path.
enum class Keys : bool { Any, Unique };

std::optional<nlohmann::json> parse(QByteArrayView text, QString *error = nullptr,
                                    int maxDepth = kMaxDepth, Keys keys = Keys::Any);
std::optional<nlohmann::ordered_json> parseOrdered(QByteArrayView text, QString *error = nullptr,
                                                   int maxDepth = kMaxDepth, Keys keys = Keys::Any);

// The same as a discarded value (is_discarded()) when the text is refused.
nlohmann::json parseOrDiscarded(QByteArrayView text, QString *error = nullptr,
                                int maxDepth = kMaxDepth);
nlohmann::ordered_json parseOrderedOrDiscarded(QByteArrayView text, QString *error = nullptr,
                                               int maxDepth = kMaxDepth);

// "line L, column C" of a byte position as nlohmann's parse errors give it (1-based: the byte
// after the offending one), for messages.
QString position(QByteArrayView text, std::size_t byte);

} // namespace twinloom::JsonInput
