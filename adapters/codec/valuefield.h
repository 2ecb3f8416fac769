#pragma once

#include "engine/value.h"

#include <QtCore/QStringList>

#include <optional>

namespace twinloom {

// A field inside a decoded payload named by a JSON pointer (RFC 6901): "/env/t", "/0"; the empty
// pointer names the whole value. Every transport selects fields the same way.
class ValueField
{
public:
    ValueField() = default;
    // nullopt when `pointer` is not a JSON pointer.
    static std::optional<ValueField> parse(const QString &pointer);
    // What parse() refuses, as a configuration error says it.
    static QString syntaxError();

    bool isWhole() const { return m_tokens.isEmpty(); }
    QString pointer() const; // "/env/t"
    // The field in `whole`, or null when it has none there.
    const Value *select(const Value &whole) const;
    // Why select() found nothing: "the payload has nothing at '/env/t'".
    QString missing() const;

private:
    QStringList m_tokens;
};

} // namespace twinloom
