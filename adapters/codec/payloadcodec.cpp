#include "adapters/codec/payloadcodec.h"

#include "adapters/codec/cbor.h"
#include "adapters/codec/senml.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/jsoninput.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace twinloom {

namespace {
struct CodecName
{
    PayloadCodec codec;
    const char *name;
};
constexpr CodecName kNames[] = {{PayloadCodec::Json, "json"},
                                {PayloadCodec::Text, "text"},
                                {PayloadCodec::SenML, "senml"},
                                {PayloadCodec::SenMLCbor, "senml-cbor"},
                                {PayloadCodec::Cbor, "cbor"}};
} // namespace

std::optional<PayloadCodec> payloadCodecFromName(QStringView name)
{
    for (const CodecName &c : kNames) {
        if (name == QLatin1String(c.name))
            return c.codec;
    }
    return std::nullopt;
}

QString payloadCodecName(PayloadCodec codec)
{
    for (const CodecName &c : kNames) {
        if (c.codec == codec)
            return QLatin1String(c.name);
    }
    return {};
}

QStringList payloadCodecNames()
{
    QStringList names;
    for (const CodecName &c : kNames)
        names << QLatin1String(c.name);
    return names;
}

std::optional<PayloadCodec> readPayloadCodec(ConfigReader &config)
{
    if (!config.has("codec"))
        return std::nullopt;
    const auto codec = payloadCodecFromName(config.string("codec"));
    if (!codec)
        config.error("codec", Adapters::Tr::tr("\"codec\" is one of %1")
                                  .arg(payloadCodecNames().join(QStringLiteral(", "))));
    return codec;
}

Value parseTextValue(const QByteArray &payload)
{
    const QByteArray t = payload.trimmed();
    if (t == "true")
        return Value(true);
    if (t == "false")
        return Value(false);
    bool ok = false;
    const qlonglong i = t.toLongLong(&ok);
    if (ok)
        return Value(static_cast<std::int64_t>(i));
    const double d = t.toDouble(&ok);
    if (ok && std::isfinite(d))
        return Value(d);
    return Value(QString::fromUtf8(t));
}

std::optional<std::vector<DecodedValue>> decodePayload(PayloadCodec codec,
                                                       const QByteArray &payload, QString *error)
{
    switch (codec) {
    case PayloadCodec::Text:
        return std::vector<DecodedValue>{{{}, parseTextValue(payload), 0}};
    case PayloadCodec::Json:
    case PayloadCodec::SenML: {
        QString why;
        const nlohmann::json j = JsonInput::parseOrDiscarded(payload, &why);
        if (j.is_discarded()) {
            *error = Adapters::Tr::tr("the payload is not valid JSON: %1").arg(why);
            return std::nullopt;
        }
        if (codec == PayloadCodec::SenML)
            return decodeSenML(j, error);
        return std::vector<DecodedValue>{{{}, Value::fromJson(j), 0}};
    }
    case PayloadCodec::SenMLCbor:
        return decodeSenMLCbor(payload, error);
    case PayloadCodec::Cbor: {
        auto v = decodeCbor(payload, error);
        if (!v)
            return std::nullopt;
        return std::vector<DecodedValue>{{{}, std::move(*v), 0}};
    }
    }
    return std::nullopt;
}

QByteArray encodePayload(PayloadCodec codec, const Value &value)
{
    switch (codec) {
    case PayloadCodec::Text:
        return value.isNull() ? QByteArray() : value.toString().toUtf8();
    case PayloadCodec::Cbor:
    case PayloadCodec::SenMLCbor:
        return encodeCbor(value);
    case PayloadCodec::Json:
    case PayloadCodec::SenML:
        break;
    }
    return QByteArray::fromStdString(value.toJson().dump());
}

} // namespace twinloom
