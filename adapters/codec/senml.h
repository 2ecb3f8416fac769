#pragma once

#include "adapters/codec/payloadcodec.h"

#include <nlohmann/json_fwd.hpp>

namespace twinloom {

// SenML (RFC 8428): a pack of records, each a named value with its own time (base name, base
// time and base value applied). In JSON, or in CBOR with its integer labels.
std::optional<std::vector<DecodedValue>> decodeSenML(const nlohmann::json &pack, QString *error);
std::optional<std::vector<DecodedValue>> decodeSenMLCbor(const QByteArray &payload, QString *error);

} // namespace twinloom
