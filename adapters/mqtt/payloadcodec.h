#pragma once

#include "engine/clock.h"
#include "engine/value.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace twinloom {

// Payload formats of device messages. Decoding is the only place where bytes become values.
enum class PayloadCodec { Json, Text, SenML, Cbor };

std::optional<PayloadCodec> payloadCodecFromName(QStringView name);
QString payloadCodecName(PayloadCodec codec);

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

// "21.5", "true", "idle": the text codec's reading of a payload.
Value parseTextValue(const QByteArray &payload);

} // namespace twinloom
