#include "adapters/codec/cbor.h"

#include "adapters/tr.h"

#include <QtCore/QCborArray>
#include <QtCore/QCborMap>
#include <QtCore/QCborValue>

#include <nlohmann/json.hpp>

namespace twinloom {

namespace {
Value fromCbor(const QCborValue &v, int depth)
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
} // namespace

Value valueFromCbor(const QCborValue &cbor)
{
    return fromCbor(cbor, 0);
}

std::optional<Value> decodeCbor(const QByteArray &payload, QString *error)
{
    QCborParserError parseError;
    const QCborValue v = QCborValue::fromCbor(payload, &parseError);
    if (parseError.error != QCborError::NoError) {
        *error =
            Adapters::Tr::tr("the payload is not valid CBOR: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return valueFromCbor(v);
}

QByteArray encodeCbor(const Value &value)
{
    const std::vector<std::uint8_t> bytes = nlohmann::json::to_cbor(value.toJson());
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

} // namespace twinloom
