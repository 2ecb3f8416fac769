#pragma once

#include "engine/clock.h"
#include "engine/value.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace twinloom {

class ConfigReader;

// Payload formats of device messages, for every transport (MQTT subscriptions, CoAP resources).
// Decoding is the only place where bytes become values.
enum class PayloadCodec { Json, Text, SenML, SenMLCbor, Cbor };

// "json", "text", "senml", "senml-cbor", "cbor".
std::optional<PayloadCodec> payloadCodecFromName(QStringView name);
QString payloadCodecName(PayloadCodec codec);
// The names, for configuration schemas.
QStringList payloadCodecNames();
// The "codec" field of an adapter's configuration: nullopt when it is absent or wrong (reported).
std::optional<PayloadCodec> readPayloadCodec(ConfigReader &config);

// One decoded value: SenML packs several, named, each with its own time.
struct DecodedValue
{
    QString name; // SenML record name (base name + name); empty for the other codecs
    Value value;
    Timestamp time = 0; // 0: unknown
};

// Decodes a payload, or says why it cannot.
std::optional<std::vector<DecodedValue>> decodePayload(PayloadCodec codec,
                                                       const QByteArray &payload, QString *error);
// Encodes one value as text, JSON or CBOR (the SenML codecs write JSON or CBOR of the value).
QByteArray encodePayload(PayloadCodec codec, const Value &value);

// "21.5", "true", "idle": the text codec's reading of a payload.
Value parseTextValue(const QByteArray &payload);

} // namespace twinloom
