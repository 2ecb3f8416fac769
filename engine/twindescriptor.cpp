#include "engine/twindescriptor.h"

#include "engine/tr.h"
#include "engine/twinmodel.h"
#include "engine/value.h"

#include <QtCore/QCoreApplication>

namespace twinloom {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool readString(const nlohmann::json &j, const char *key, QString &out, const QString &pointer,
                Diagnostics &d, bool required)
{
    auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            d.error(pointer, Tr::tr("\"%1\" is missing").arg(QLatin1String(key)));
        return !required;
    }
    if (!it->is_string()) {
        d.error(pointer + QLatin1Char('/') + QLatin1String(key),
                Tr::tr("\"%1\" must be a string").arg(QLatin1String(key)));
        return false;
    }
    out = qs(it->get<std::string>());
    return true;
}

void readAdapters(const nlohmann::json &j, const char *key, std::vector<AdapterDescriptor> &out,
                  const QString &pointer, Diagnostics &d)
{
    auto it = j.find(key);
    if (it == j.end())
        return;
    const QString p = pointer + QLatin1Char('/') + QLatin1String(key);
    if (!it->is_array()) {
        d.error(p, Tr::tr("\"%1\" must be an array of adapters").arg(QLatin1String(key)));
        return;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto &a = (*it)[i];
        const QString ap = pointerAppend(p, qsizetype(i));
        if (!a.is_object()) {
            d.error(ap, Tr::tr("an adapter is an object with \"type\" and \"config\""));
            continue;
        }
        AdapterDescriptor ad;
        if (!readString(a, "type", ad.type, ap, d, true))
            continue;
        readString(a, "id", ad.id, ap, d, false);
        if (ad.id.isEmpty())
            ad.id = ad.type + (i ? QString::number(i) : QString());
        for (const AdapterDescriptor &other : out) {
            if (other.id == ad.id)
                d.error(ap + QStringLiteral("/id"),
                        Tr::tr("the adapter id '%1' is used twice in this twin").arg(ad.id));
        }
        if (auto c = a.find("config"); c != a.end()) {
            if (c->is_object())
                ad.config = *c;
            else
                d.error(ap + QStringLiteral("/config"), Tr::tr("\"config\" must be an object"));
        }
        for (auto f = a.begin(); f != a.end(); ++f) {
            const QString k = qs(f.key());
            if (k != QLatin1String("id") && k != QLatin1String("type") &&
                k != QLatin1String("config"))
                d.warning(pointerAppend(ap, k), Tr::tr("unknown field '%1' is ignored").arg(k));
        }
        out.push_back(std::move(ad));
    }
}
} // namespace

void resolveEnvironmentReferences(nlohmann::json &json, const QString &pointer, Diagnostics &d)
{
    if (json.is_object()) {
        for (auto it = json.begin(); it != json.end(); ++it)
            resolveEnvironmentReferences(it.value(), pointerAppend(pointer, qs(it.key())), d);
        return;
    }
    if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i)
            resolveEnvironmentReferences(json[i], pointerAppend(pointer, qsizetype(i)), d);
        return;
    }
    if (!json.is_string())
        return;
    QString text = qs(json.get<std::string>());
    static const QLatin1String open("${env:");
    qsizetype from = 0;
    bool changed = false;
    while ((from = text.indexOf(open, from)) >= 0) {
        const qsizetype close = text.indexOf(QLatin1Char('}'), from);
        if (close < 0)
            break;
        const QString name = text.mid(from + open.size(), close - from - open.size());
        const QByteArray key = name.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(key.constData())) {
            d.error(pointer, Tr::tr("the environment variable '%1' is not set").arg(name));
            return;
        }
        const QString replacement = qEnvironmentVariable(key.constData());
        text.replace(from, close - from + 1, replacement);
        from += replacement.size();
        changed = true;
    }
    if (changed)
        json = text.toStdString();
}

bool isValidTwinId(const QString &id)
{
    // "." and ".." would name a folder, not a twin, in paths and URLs.
    if (id.isEmpty() || id.size() > 256 || id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    for (QChar c : id) {
        // Ids become MQTT topic segments and URL path segments.
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
              c == QLatin1Char('.') || c == QLatin1Char(':')))
            return false;
    }
    return true;
}

std::optional<TwinDescriptor> TwinDescriptor::fromJson(const nlohmann::json &json,
                                                       const QString &pointer, Diagnostics &d)
{
    if (!json.is_object()) {
        d.error(pointer, Tr::tr("a twin must be a JSON object"));
        return std::nullopt;
    }
    const int errorsBefore = d.errorCount();
    TwinDescriptor t;
    if (readString(json, "id", t.id, pointer, d, true) && !isValidTwinId(t.id))
        d.error(pointer + QStringLiteral("/id"),
                Tr::tr("'%1' is not a valid twin id: use letters, digits, '-', '_', '.' and ':'")
                    .arg(t.id));
    readString(json, "model", t.model, pointer, d, true);
    readString(json, "node", t.node, pointer, d, false);
    readString(json, "displayName", t.displayName, pointer, d, false);
    readAdapters(json, "physicalAdapters", t.physicalAdapters, pointer, d);
    readAdapters(json, "digitalAdapters", t.digitalAdapters, pointer, d);
    if (auto s = json.find("shadowing"); s != json.end())
        t.shadowing = *s;
    if (auto props = json.find("properties"); props != json.end()) {
        const QString pp = pointer + QStringLiteral("/properties");
        if (!props->is_object()) {
            d.error(pp, Tr::tr("\"properties\" must map property names to settings"));
        } else {
            for (auto it = props->begin(); it != props->end(); ++it) {
                const QString name = qs(it.key());
                const QString p = pointerAppend(pp, name);
                PropertyOverride o;
                if (!it->is_object()) {
                    d.error(
                        p,
                        Tr::tr(
                            "property settings must be an object with \"maxAge\" or \"history\""));
                    continue;
                }
                if (auto a = it->find("maxAge"); a != it->end())
                    o.maxAge = readMaxAge(*a, p + QStringLiteral("/maxAge"), d);
                if (auto h = it->find("history"); h != it->end()) {
                    if (h->is_number_integer() && h->get<std::int64_t>() >= 0 &&
                        h->get<std::int64_t>() <= 100000000)
                        o.historyCapacity = h->get<int>();
                    else
                        d.error(
                            p + QStringLiteral("/history"),
                            Tr::tr("\"history\" must be a count of samples from 0 to 100000000"));
                }
                t.properties[name] = o;
            }
        }
    }
    if (auto rels = json.find("relationships"); rels != json.end()) {
        const QString rp = pointer + QStringLiteral("/relationships");
        if (!rels->is_array()) {
            d.error(rp, Tr::tr("\"relationships\" must be an array"));
        } else {
            for (std::size_t i = 0; i < rels->size(); ++i) {
                const auto &r = (*rels)[i];
                const QString p = pointerAppend(rp, qsizetype(i));
                RelationshipDescriptor rd;
                if (!r.is_object()) {
                    d.error(p, Tr::tr("a relationship is an object with \"name\" and \"target\""));
                    continue;
                }
                bool ok = readString(r, "name", rd.name, p, d, true);
                ok = readString(r, "target", rd.target, p, d, true) && ok;
                readString(r, "id", rd.instanceId, p, d, false);
                if (auto props = r.find("properties"); props != r.end())
                    rd.properties = *props;
                if (ok)
                    t.relationships.push_back(std::move(rd));
            }
        }
    }
    static const QStringList known{QStringLiteral("id"),
                                   QStringLiteral("model"),
                                   QStringLiteral("node"),
                                   QStringLiteral("displayName"),
                                   QStringLiteral("physicalAdapters"),
                                   QStringLiteral("digitalAdapters"),
                                   QStringLiteral("shadowing"),
                                   QStringLiteral("properties"),
                                   QStringLiteral("relationships")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(qs(it.key())))
            d.warning(pointerAppend(pointer, qs(it.key())),
                      Tr::tr("unknown field '%1' is ignored").arg(qs(it.key())));
    }
    if (d.errorCount() > errorsBefore)
        return std::nullopt;
    return t;
}

nlohmann::json TwinDescriptor::toJson() const
{
    nlohmann::json j = nlohmann::json::object();
    j["id"] = id.toStdString();
    j["model"] = model.toStdString();
    if (!node.isEmpty())
        j["node"] = node.toStdString();
    if (!displayName.isEmpty())
        j["displayName"] = displayName.toStdString();
    auto adapters = [](const std::vector<AdapterDescriptor> &list) {
        nlohmann::json a = nlohmann::json::array();
        for (const AdapterDescriptor &ad : list)
            a.push_back({{"id", ad.id.toStdString()},
                         {"type", ad.type.toStdString()},
                         {"config", ad.config}});
        return a;
    };
    if (!physicalAdapters.empty())
        j["physicalAdapters"] = adapters(physicalAdapters);
    if (!digitalAdapters.empty())
        j["digitalAdapters"] = adapters(digitalAdapters);
    if (!shadowing.is_null())
        j["shadowing"] = shadowing;
    if (!properties.empty()) {
        nlohmann::json p = nlohmann::json::object();
        for (const auto &[name, o] : properties) {
            nlohmann::json e = nlohmann::json::object();
            if (o.maxAge)
                e["maxAge"] = formatDuration(Duration{0, *o.maxAge}).toStdString();
            if (o.historyCapacity)
                e["history"] = *o.historyCapacity;
            p[name.toStdString()] = std::move(e);
        }
        j["properties"] = std::move(p);
    }
    if (!relationships.empty()) {
        nlohmann::json r = nlohmann::json::array();
        for (const RelationshipDescriptor &rd : relationships) {
            nlohmann::json e = {{"name", rd.name.toStdString()},
                                {"target", rd.target.toStdString()}};
            if (!rd.instanceId.isEmpty())
                e["id"] = rd.instanceId.toStdString();
            if (!rd.properties.is_null())
                e["properties"] = rd.properties;
            r.push_back(std::move(e));
        }
        j["relationships"] = std::move(r);
    }
    return j;
}

} // namespace twinloom
