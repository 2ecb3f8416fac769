#include "adapters/mqtt/payloadcodec.h"

#include "adapters/tr.h"

#include <QtCore/QCborArray>
#include <QtCore/QCborMap>
#include <QtCore/QCborValue>
#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

namespace twinloom {

namespace {
Value fromCbor(const QCborValue &v, int depth = 0)
{
    if (depth > 64)
        return {};
    switch (v.type()) {
    case QCborValue::Integer:
        return Value(static_cast<std::int64_t>(v.toInteger()));
    case QCborValue::Double:
        return Value(v.toDouble());
    case QCborValue::True:
        return Value(true);
    case QCborValue::False:
        return Value(false);
    case QCborValue::String:
        return Value(v.toString());
    case QCborValue::ByteArray:
        return Value(QString::fromLatin1(v.toByteArray().toBase64()));
    case QCborValue::DateTime:
        return Value(DateTime{v.toDateTime().toMSecsSinceEpoch() * 1000});
    case QCborValue::Array: {
        ValueArray a;
        for (const QCborValue &e : v.toArray())
            a.push_back(fromCbor(e, depth + 1));
        return Value(std::move(a));
    }
    case QCborValue::Map: {
        ValueObject o;
        const QCborMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            o.emplace_back(it.key().isString() ? it.key().toString()
                                               : it.key().toDiagnosticNotation(),
                           fromCbor(it.value(), depth + 1));
        return Value(std::move(o));
    }
    case QCborValue::Tag:
        return fromCbor(v.taggedValue(), depth + 1);
    default:
        return {};
    }
}

// RFC 8428: a time below 2^28 is relative to now; otherwise seconds since the epoch.
Timestamp senmlTime(double t, Timestamp now)
{
    if (std::abs(t) < 268435456.0)
        return now + static_cast<Timestamp>(std::llround(t * 1e6));
    return static_cast<Timestamp>(std::llround(t * 1e6));
}

std::optional<std::vector<DecodedValue>> decodeSenML(const nlohmann::json &pack, QString *error)
{
    if (!pack.is_array()) {
        *error = Adapters::Tr::tr("a SenML pack must be a JSON array of records");
        return std::nullopt;
    }
    std::vector<DecodedValue> out;
    QString baseName;
    double baseTime = 0;
    double baseValue = 0;
    const Timestamp now = Clock::now();
    for (std::size_t i = 0; i < pack.size(); ++i) {
        const auto &r = pack[i];
        if (!r.is_object()) {
            *error = Adapters::Tr::tr("SenML record %1 is not an object").arg(i);
            return std::nullopt;
        }
        if (auto bn = r.find("bn"); bn != r.end() && bn->is_string())
            baseName = QString::fromStdString(bn->get<std::string>());
        if (auto bt = r.find("bt"); bt != r.end() && bt->is_number())
            baseTime = bt->get<double>();
        if (auto bv = r.find("bv"); bv != r.end() && bv->is_number())
            baseValue = bv->get<double>();
        QString name = baseName;
        if (auto n = r.find("n"); n != r.end() && n->is_string())
            name += QString::fromStdString(n->get<std::string>());
        if (name.isEmpty()) {
            *error = Adapters::Tr::tr("SenML record %1 has no name (\"bn\" or \"n\")").arg(i);
            return std::nullopt;
        }
        DecodedValue d;
        d.name = name;
        double t = baseTime;
        if (auto tt = r.find("t"); tt != r.end() && tt->is_number())
            t += tt->get<double>();
        d.time = (t == 0 && !r.contains("t") && !r.contains("bt")) ? 0 : senmlTime(t, now);
        if (auto v = r.find("v"); v != r.end() && v->is_number())
            d.value = v->get<double>() + baseValue;
        else if (auto vs = r.find("vs"); vs != r.end() && vs->is_string())
            d.value = QString::fromStdString(vs->get<std::string>());
        else if (auto vb = r.find("vb"); vb != r.end() && vb->is_boolean())
            d.value = vb->get<bool>();
        else if (auto vd = r.find("vd"); vd != r.end() && vd->is_string())
            d.value = QString::fromStdString(vd->get<std::string>());
        else if (auto s = r.find("s"); s != r.end() && s->is_number())
            d.value = s->get<double>();
        else
            continue; // a record of base fields only
        out.push_back(std::move(d));
    }
    return out;
}
} // namespace

std::optional<PayloadCodec> payloadCodecFromName(QStringView name)
{
    if (name == QLatin1String("json"))
        return PayloadCodec::Json;
    if (name == QLatin1String("text"))
        return PayloadCodec::Text;
    if (name == QLatin1String("senml"))
        return PayloadCodec::SenML;
    if (name == QLatin1String("cbor"))
        return PayloadCodec::Cbor;
    return std::nullopt;
}

QString payloadCodecName(PayloadCodec codec)
{
    switch (codec) {
    case PayloadCodec::Json:
        return QStringLiteral("json");
    case PayloadCodec::Text:
        return QStringLiteral("text");
    case PayloadCodec::SenML:
        return QStringLiteral("senml");
    case PayloadCodec::Cbor:
        return QStringLiteral("cbor");
    }
    return {};
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
        const nlohmann::json j =
            nlohmann::json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
        if (j.is_discarded()) {
            *error = Adapters::Tr::tr("the payload is not valid JSON");
            return std::nullopt;
        }
        if (codec == PayloadCodec::SenML)
            return decodeSenML(j, error);
        return std::vector<DecodedValue>{{{}, Value::fromJson(j), 0}};
    }
    case PayloadCodec::Cbor: {
        QCborParserError parseError;
        const QCborValue v = QCborValue::fromCbor(payload, &parseError);
        if (parseError.error != QCborError::NoError) {
            *error =
                Adapters::Tr::tr("the payload is not valid CBOR: %1").arg(parseError.errorString());
            return std::nullopt;
        }
        return std::vector<DecodedValue>{{{}, fromCbor(v), 0}};
    }
    }
    return std::nullopt;
}

} // namespace twinloom
