#include "adapters/codec/senml.h"

#include "adapters/tr.h"
#include "engine/jsoninput.h"

#include <QtCore/QCborArray>
#include <QtCore/QCborMap>
#include <QtCore/QCborValue>

#include <nlohmann/json.hpp>

#include <cmath>

namespace twinloom {

namespace {
// SenML in CBOR (RFC 8428 §6) uses integer labels; the JSON codec reads names.
const char *senmlLabel(qint64 label)
{
    switch (label) {
    case -1:
        return "bver";
    case -2:
        return "bn";
    case -3:
        return "bt";
    case -4:
        return "bu";
    case -5:
        return "bv";
    case -6:
        return "bs";
    case 0:
        return "n";
    case 1:
        return "u";
    case 2:
        return "v";
    case 3:
        return "vs";
    case 4:
        return "vb";
    case 5:
        return "s";
    case 6:
        return "t";
    case 7:
        return "ut";
    case 8:
        return "vd";
    default:
        return nullptr;
    }
}

std::optional<QByteArray> senmlCborToJson(const QByteArray &payload, QString *error)
{
    QCborParserError parseError;
    const QCborValue pack = QCborValue::fromCbor(payload, &parseError);
    if (parseError.error != QCborError::NoError) {
        *error =
            Adapters::Tr::tr("the payload is not valid CBOR: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (!pack.isArray()) {
        *error = Adapters::Tr::tr("a SenML pack must be an array of records");
        return std::nullopt;
    }
    nlohmann::json out = nlohmann::json::array();
    for (const QCborValue &record : pack.toArray()) {
        if (!record.isMap()) {
            *error = Adapters::Tr::tr("a SenML record is not a map");
            return std::nullopt;
        }
        nlohmann::json r = nlohmann::json::object();
        const QCborMap map = record.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const char *label = it.key().isInteger() ? senmlLabel(it.key().toInteger()) : nullptr;
            if (!label)
                continue;
            const QCborValue v = it.value();
            if (v.isString())
                r[label] = v.toString().toStdString();
            else if (v.isBool())
                r[label] = v.toBool();
            else if (v.isInteger())
                r[label] = v.toInteger();
            else if (v.isDouble())
                r[label] = v.toDouble();
            else if (v.isByteArray())
                r[label] = QString::fromLatin1(v.toByteArray().toBase64()).toStdString();
        }
        out.push_back(std::move(r));
    }
    return QByteArray::fromStdString(out.dump());
}
// RFC 8428: a time below 2^28 is relative to now; otherwise seconds since the epoch.
Timestamp senmlTime(double t, Timestamp now)
{
    if (std::abs(t) < 268435456.0)
        return now + static_cast<Timestamp>(std::llround(t * 1e6));
    return static_cast<Timestamp>(std::llround(t * 1e6));
}

} // namespace

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
        // Beyond about the year 5000 a time is no reading's: refused before it overflows.
        if (!std::isfinite(t) || std::abs(t) > 1e11) {
            *error = Adapters::Tr::tr("SenML record %1: the time %2 is out of range").arg(i).arg(t);
            return std::nullopt;
        }
        d.time = (t == 0 && !r.contains("t") && !r.contains("bt")) ? 0 : senmlTime(t, now);
        if (auto v = r.find("v"); v != r.end() && v->is_number()) {
            const double value = v->get<double>() + baseValue;
            if (!std::isfinite(value)) {
                *error = Adapters::Tr::tr("SenML record %1: the value (with \"bv\") is beyond the "
                                          "range of a double")
                             .arg(i);
                return std::nullopt;
            }
            d.value = value;
        } else if (auto vs = r.find("vs"); vs != r.end() && vs->is_string())
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

std::optional<std::vector<DecodedValue>> decodeSenMLCbor(const QByteArray &payload, QString *error)
{
    const auto json = senmlCborToJson(payload, error);
    if (!json)
        return std::nullopt;
    const std::optional<nlohmann::json> document = JsonInput::parse(*json, error);
    if (!document)
        return std::nullopt;
    return decodeSenML(*document, error);
}

} // namespace twinloom
