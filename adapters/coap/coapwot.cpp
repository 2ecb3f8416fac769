#include "adapters/coap/coapwot.h"

#include "adapters/coap/coapcontract.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/interop/interopio.h"

#include <QtCore/QUrl>

namespace twinloom {

namespace {

using Interop::str;
using J = nlohmann::json;
using OJ = nlohmann::ordered_json;

// The WoT CoAP binding template's vocabulary.
const char *const kVocabulary = "http://www.example.org/coap-binding#";

} // namespace

Wot::AdapterForms coapForms(const Wot::FormContext &c, Diagnostics &notes)
{
    Wot::AdapterForms out;
    out.prefixes.insert(QStringLiteral("cov"), QLatin1String(kVocabulary));
    const J &config = c.adapter.config;
    QString host = jsonString(config, "host").value_or(QStringLiteral("localhost"));
    if (host.isEmpty() || host == QLatin1String("0.0.0.0") || host == QLatin1String("::")) {
        notes.warning(
            c.pointer + QStringLiteral("/config/host"),
            Adapters::Tr::tr("the adapter listens on every address; the Thing Description names "
                             "localhost"));
        host = QStringLiteral("localhost");
    }
    const auto dtlsIt = config.is_object() ? config.find("dtls") : config.end();
    const bool dtls = config.is_object() && dtlsIt != config.end() && dtlsIt->is_object();
    const auto port = jsonInteger(config, "port").value_or(dtls ? 5684 : 5683);
    if (dtls) {
        const J &d = *dtlsIt;
        const bool certificate = d.contains("cert") || d.contains("certificate");
        if (certificate) {
            out.securityName = QStringLiteral("auto_sc");
            out.security = {{"scheme", "auto"}};
        } else {
            out.securityName = QStringLiteral("psk_sc");
            out.security = {{"scheme", "psk"}};
            std::optional<QString> identity = jsonString(d, "identity");
            if (!identity && d.contains("psk") && d["psk"].is_object())
                identity = jsonString(d["psk"], "identity");
            // The identity is sent in the clear in the handshake; a key never is, and is left out.
            if (identity && !identity->isEmpty() && !identity->contains(QLatin1String("${")))
                out.security["identity"] = str(*identity);
        }
    }
    const Coap::TwinPaths paths(c.twin.id);
    const QString base =
        QStringLiteral("%1://%2:%3")
            .arg(dtls ? QStringLiteral("coaps") : QStringLiteral("coap"), Wot::hostForUrl(host))
            .arg(port);
    auto form = [&](const QString &path, OJ op, const char *method, bool observe) {
        OJ f = OJ::object();
        f["href"] = str(base + path);
        f["op"] = std::move(op);
        f["contentType"] = "application/json";
        f["cov:method"] = method;
        if (observe)
            f["subprotocol"] = "cov:observe";
        return f;
    };
    for (const PropertyDef &p : c.model.properties) {
        const QString path = paths.property(p.name);
        auto &forms = out.properties[p.name];
        forms.push_back(form(path, "readproperty", "GET", false));
        forms.push_back(
            form(path, Wot::opList({"observeproperty", "unobserveproperty"}), "GET", true));
        if (p.writable && !p.telemetry)
            forms.push_back(form(path, "writeproperty", "PUT", false));
    }
    for (const ActionDef &a : c.model.actions)
        out.actions[a.name].push_back(form(paths.action(a.name), "invokeaction", "POST", false));
    for (const EventDef &e : c.model.events)
        out.events[e.name].push_back(form(
            paths.event(e.name), Wot::opList({"subscribeevent", "unsubscribeevent"}), "GET", true));
    OJ description = OJ::object();
    description["href"] = str(base + paths.description());
    description["rel"] = "alternate";
    description["type"] = "application/json";
    out.links.push_back(std::move(description));
    return out;
}

Wot::FormReader coapFormReader()
{
    Wot::FormReader r;
    r.adapterType = QStringLiteral("coap");
    r.configure = [](const QUrl &href, const std::vector<J> &security, Diagnostics &notes,
                     const QString &pointer) {
        const bool dtls = href.scheme() == QLatin1String("coaps");
        OJ config = OJ::object();
        config["host"] = str(href.host());
        config["port"] = href.port(dtls ? 5684 : 5683);
        if (dtls) {
            OJ d = OJ::object();
            if (Wot::hasSecurityScheme(security, "psk")) {
                QString identity;
                for (const J &s : security) {
                    if (auto id = jsonString(s, "identity"))
                        identity = *id;
                }
                d["identity"] =
                    str(identity.isEmpty() ? QStringLiteral("${env:COAP_PSK_IDENTITY}") : identity);
                d["key"] = "${env:COAP_PSK_KEY}";
                notes.warning(pointer,
                              Adapters::Tr::tr("the endpoint wants DTLS with a pre-shared key: set "
                                               "COAP_PSK_KEY where the twin runs"));
            }
            config["dtls"] = std::move(d);
        }
        config["resources"] = OJ::array();
        config["actions"] = OJ::array();
        return config;
    };
    r.add = [](OJ &config, const Wot::FormUse &use, const QString &physicalAction) {
        QString method = jsonString(use.form, "cov:method").value_or(QString());
        if (method.isEmpty())
            method = jsonString(use.form, "htv:methodName").value_or(QString());
        QString path = use.href.path(QUrl::PrettyDecoded);
        if (path.isEmpty())
            path = QStringLiteral("/");
        if (use.href.hasQuery())
            path += QLatin1Char('?') + use.href.query(QUrl::FullyDecoded);
        const QString subprotocol = jsonString(use.form, "subprotocol").value_or(QString());
        if (use.op == QLatin1String("readproperty") || use.op == QLatin1String("observeproperty") ||
            use.op == QLatin1String("subscribeevent")) {
            if (!method.isEmpty() && method != QLatin1String("GET"))
                return false;
            OJ resource = OJ::object();
            resource["path"] = str(path);
            resource[use.kind == Wot::FormUse::Kind::Event ? "event" : "property"] = str(use.name);
            if (const char *codec = Wot::codecOfForm(use.form))
                resource["codec"] = codec;
            resource["observe"] = use.op != QLatin1String("readproperty") ||
                                  subprotocol == QLatin1String("cov:observe");
            config["resources"].push_back(std::move(resource));
            return true;
        }
        if (use.op == QLatin1String("writeproperty") || use.op == QLatin1String("invokeaction")) {
            if (method.isEmpty())
                method = use.op == QLatin1String("writeproperty") ? QStringLiteral("PUT")
                                                                  : QStringLiteral("POST");
            if (method != QLatin1String("PUT") && method != QLatin1String("POST"))
                return false;
            config["actions"].push_back(
                {{"name", str(physicalAction)}, {"path", str(path)}, {"method", str(method)}});
            return true;
        }
        return false;
    };
    return r;
}

void registerCoapWotBindings(Wot::Bindings &bindings)
{
    bindings.addFormBuilder(QStringLiteral("coap"), coapForms);
    bindings.addFormReader(QStringLiteral("coap"), coapFormReader());
    bindings.addFormReader(QStringLiteral("coaps"), coapFormReader());
}

} // namespace twinloom
