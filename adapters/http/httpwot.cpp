#include "adapters/http/httpwot.h"

#include "adapters/http/httpapi.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/interop/interopio.h"

namespace twinloom {

namespace {
using Interop::str;
using OJ = nlohmann::ordered_json;

// The WoT HTTP binding template's vocabulary.
const char *const kVocabulary = "https://www.w3.org/2019/wot/http#";
} // namespace

Wot::AdapterForms httpForms(const Wot::FormContext &c, Diagnostics &notes)
{
    Wot::AdapterForms out;
    out.prefixes.insert(QStringLiteral("htv"), QLatin1String(kVocabulary));
    const nlohmann::json &config = c.adapter.config;
    QString host = jsonString(config, "host").value_or(QStringLiteral("127.0.0.1"));
    if (host.isEmpty() || host == QLatin1String("0.0.0.0") || host == QLatin1String("::") ||
        host == QLatin1String("*")) {
        notes.warning(
            c.pointer + QStringLiteral("/config/host"),
            Adapters::Tr::tr("the adapter listens on every address; the Thing Description names "
                             "localhost"));
        host = QStringLiteral("localhost");
    }
    const bool tls = config.is_object() && config.contains("tls");
    const auto port = jsonInteger(config, "port").value_or(8080);
    if (port == 0)
        notes.warning(c.pointer + QStringLiteral("/config/port"),
                      Adapters::Tr::tr("port 0 is chosen when the twin runs; the Thing "
                                       "Description cannot name it"));
    if (config.is_object() && config.contains("tokens")) {
        out.securityName = QStringLiteral("bearer_sc");
        out.security = {{"scheme", "bearer"}, {"in", "header"}, {"name", "Authorization"}};
    }
    const QString base =
        QStringLiteral("%1://%2:%3")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), Wot::hostForUrl(host))
            .arg(port);
    auto form = [&](const QString &path, OJ op, const char *method, const char *subprotocol) {
        OJ f = OJ::object();
        f["href"] = str(base + path);
        f["op"] = std::move(op);
        f["contentType"] = "application/json";
        f["htv:methodName"] = method;
        if (subprotocol)
            f["subprotocol"] = subprotocol;
        return f;
    };
    // A long poll waits at most this long for the next change, then answers with the value.
    const QString wait = QStringLiteral("?wait=%1").arg(HttpApi::kMaxWaitSeconds);
    for (const PropertyDef &p : c.model.properties) {
        const QString path = HttpApi::memberPath(c.twin.id, "properties", p.name);
        auto &forms = out.properties[p.name];
        forms.push_back(form(path, "readproperty", "GET", nullptr));
        forms.push_back(form(path + wait, "observeproperty", "GET", "longpoll"));
        if (p.writable && !p.telemetry)
            forms.push_back(form(path, "writeproperty", "PUT", nullptr));
    }
    for (const ActionDef &a : c.model.actions)
        out.actions[a.name].push_back(form(HttpApi::memberPath(c.twin.id, "actions", a.name),
                                           "invokeaction", "POST", nullptr));
    for (const EventDef &e : c.model.events)
        out.events[e.name].push_back(form(HttpApi::memberPath(c.twin.id, "events", e.name) + wait,
                                          "subscribeevent", "GET", "longpoll"));
    OJ description = OJ::object();
    description["href"] = str(base + HttpApi::twinPath(c.twin.id));
    description["rel"] = "alternate";
    description["type"] = "application/json";
    out.links.push_back(std::move(description));
    OJ api = OJ::object();
    api["href"] = str(base + QStringLiteral("/api/openapi.json"));
    api["rel"] = "service-desc";
    api["type"] = "application/openapi+json";
    out.links.push_back(std::move(api));
    return out;
}

void registerHttpWotBindings(Wot::Bindings &bindings)
{
    bindings.addFormBuilder(QStringLiteral("http"), httpForms);
}

} // namespace twinloom
