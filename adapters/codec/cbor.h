#pragma once

#include "engine/value.h"

#include <QtCore/QByteArray>

#include <optional>

class QCborValue;

namespace twinloom {

// CBOR (RFC 8949) to values and back: integers, floats, booleans, text, byte strings (as base64
// text), date-times, arrays and maps; tags are read through.
Value valueFromCbor(const QCborValue &cbor);
std::optional<Value> decodeCbor(const QByteArray &payload, QString *error);
QByteArray encodeCbor(const Value &value);

} // namespace twinloom
