#include "adapters/mqtt/mqttwot.h"

#include "adapters/mqtt/mqttcontract.h"
#include "adapters/tr.h"
#include "engine/configreader.h"
#include "engine/interop/interopio.h"

#include <QtCore/QUrl>

namespace twinloom {

namespace {

using Interop::str;
using J = nlohmann::json;
using OJ = nlohmann::ordered_json;

// The WoT MQTT binding template's vocabulary.
const char *const kVocabulary = "http://www.example.org/mqtt-binding#";

QString packetOf(const J &form)
{
    QString packet = jsonString(form, "mqv:controlPacket").value_or(QString());
    if (packet.startsWith(QLatin1String("mqv:")))
        packet = packet.mid(4);
    return packet;
}

// A topic a form names by its URL's path.
QString pathOf(const QUrl &href)
{
    QString path = href.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

} // namespace

Wot::AdapterForms mqttForms(const Wot::FormContext &c, Diagnostics &notes)
{
    Wot::AdapterForms out;
    out.prefixes.insert(QStringLiteral("mqv"), QLatin1String(kVocabulary));
    const J &config = c.adapter.config;
    static const J empty = J::object();
    const auto brokerIt = config.is_object() ? config.find("broker") : config.end();
    const J &broker =
        config.is_object() && brokerIt != config.end() && brokerIt->is_object() ? *brokerIt : empty;
    const QString host = jsonString(broker, "host").value_or(QStringLiteral("127.0.0.1"));
    const auto port = jsonInteger(broker, "port").value_or(1883);
    const bool tls = broker.contains("tls");
    const QString prefix =
        jsonString(config, "prefix").value_or(QLatin1String(Mqtt::kDefaultPrefix));
    const auto qos = jsonInteger(config, "qos").value_or(0);
    const bool retained = jsonBoolean(config, "retainProperties").value_or(true);
    const bool snapshots = jsonBoolean(config, "snapshots").value_or(false);
    // The value topics carry what the data schema describes; the envelope topics do not.
    const bool valueTopics = jsonBoolean(config, "valueTopics").value_or(true);
    if (!valueTopics)
        notes.warning(c.pointer + QStringLiteral("/config/valueTopics"),
                      Adapters::Tr::tr("without \"valueTopics\", the forms name the topics of "
                                       "{\"value\", \"time\", \"seq\"} envelopes, which only "
                                       "consumers that follow \"tl:valuePointer\" can read"));
    if (!jsonString(broker, "username").value_or(QString()).isEmpty()) {
        out.securityName = QStringLiteral("basic_sc");
        out.security = {{"scheme", "basic"}, {"in", "auto"}};
    }
    if (tls && broker["tls"].is_object() && broker["tls"].contains("cert"))
        notes.warning(
            c.pointer + QStringLiteral("/config/broker/tls/cert"),
            Adapters::Tr::tr(
                "a Thing Description has no words for a client certificate; consumers must "
                "be given it apart"));

    const QString base =
        QStringLiteral("%1://%2:%3/")
            .arg(tls ? QStringLiteral("mqtts") : QStringLiteral("mqtt"), Wot::hostForUrl(host))
            .arg(port);
    const Mqtt::TwinTopics topics(prefix, c.twin.id);
    auto href = [&](const QString &topic) { return str(base + topic); };
    auto form = [&](const QString &topic, OJ op, const char *packet) {
        OJ f = OJ::object();
        f["href"] = href(topic);
        f["op"] = std::move(op);
        f["contentType"] = "application/json";
        f["mqv:controlPacket"] = packet;
        if (qos > 0)
            f["mqv:qos"] = str(QString::number(qos));
        return f;
    };

    for (const PropertyDef &p : c.model.properties) {
        const QString topic = valueTopics ? topics.propertyValue(p.name) : topics.property(p.name);
        auto &forms = out.properties[p.name];
        OJ read = retained ? Wot::opList({"readproperty", "observeproperty"})
                           : Wot::opList({"observeproperty"});
        OJ f = form(topic, std::move(read), "subscribe");
        if (!valueTopics)
            f["tl:valuePointer"] = "/value";
        forms.push_back(std::move(f));
        forms.push_back(form(topic, "unobserveproperty", "unsubscribe"));
        if (p.writable && !p.telemetry)
            forms.push_back(form(topics.desiredSet(p.name), "writeproperty", "publish"));
    }
    for (const ActionDef &a : c.model.actions)
        out.actions[a.name].push_back(form(topics.actionInvoke(a.name), "invokeaction", "publish"));
    for (const EventDef &e : c.model.events) {
        const QString topic = valueTopics ? topics.eventValue(e.name) : topics.event(e.name);
        OJ f = form(topic, "subscribeevent", "subscribe");
        if (!valueTopics)
            f["tl:valuePointer"] = "/value";
        out.events[e.name].push_back(std::move(f));
        out.events[e.name].push_back(form(topic, "unsubscribeevent", "unsubscribe"));
    }
    if (snapshots)
        out.thingForms.push_back(form(topics.state(),
                                      Wot::opList({"readallproperties", "observeallproperties"}),
                                      "subscribe"));
    OJ description = OJ::object();
    description["href"] = href(topics.description());
    description["rel"] = "alternate";
    description["type"] = "application/json";
    out.links.push_back(std::move(description));
    return out;
}

Wot::FormReader mqttFormReader()
{
    Wot::FormReader r;
    r.adapterType = QStringLiteral("mqtt");
    r.configure = [](const QUrl &href, const std::vector<J> &security, Diagnostics &notes,
                     const QString &pointer) {
        const bool tls = href.scheme() == QLatin1String("mqtts");
        OJ broker = OJ::object();
        broker["host"] = str(href.host());
        broker["port"] = href.port(tls ? 8883 : 1883);
        if (Wot::hasSecurityScheme(security, "basic")) {
            broker["username"] = "${env:MQTT_USERNAME}";
            broker["password"] = "${env:MQTT_PASSWORD}";
            notes.warning(pointer,
                          Adapters::Tr::tr("the broker wants a user name and a password: set "
                                           "MQTT_USERNAME and MQTT_PASSWORD where the twin runs"));
        }
        if (tls) {
            broker["tls"] = {{"ca", "certs/ca.crt"}};
            notes.warning(pointer,
                          Adapters::Tr::tr("the broker uses TLS: put its CA certificate in "
                                           "certs/ca.crt next to the project"));
        }
        OJ config = OJ::object();
        config["broker"] = std::move(broker);
        config["subscriptions"] = OJ::array();
        config["actions"] = OJ::array();
        return config;
    };
    r.add = [](OJ &config, const Wot::FormUse &use, const QString &physicalAction) {
        const QString packet = packetOf(use.form);
        const bool subscribe = use.op == QLatin1String("readproperty") ||
                               use.op == QLatin1String("observeproperty") ||
                               use.op == QLatin1String("subscribeevent");
        if (subscribe) {
            if (!packet.isEmpty() && packet != QLatin1String("subscribe"))
                return false;
            QString topic = jsonString(use.form, "mqv:filter")
                                .value_or(jsonString(use.form, "mqv:topic").value_or(QString()));
            if (topic.isEmpty())
                topic = pathOf(use.href);
            if (topic.isEmpty() || topic.contains(QLatin1Char('{')))
                return false;
            const QString contentType =
                jsonString(use.form, "contentType").value_or(QStringLiteral("application/json"));
            const char *what = use.kind == Wot::FormUse::Kind::Event ? "event" : "property";
            OJ &subscriptions = config["subscriptions"];
            if (contentType.startsWith(QLatin1String("text/plain"))) {
                subscriptions.push_back(
                    {{"topic", str(topic)}, {"codec", "text"}, {what, str(use.name)}});
                return true;
            }
            const char *codec = contentType.contains(QLatin1String("cbor")) ? "cbor" : "json";
            OJ field = OJ::object();
            field["pointer"] = str(jsonString(use.form, "tl:valuePointer").value_or(QString()));
            field[what] = str(use.name);
            OJ *existing = Wot::findByKey(subscriptions, "topic", str(topic));
            if (existing && existing->contains("fields")) {
                (*existing)["fields"].push_back(std::move(field));
                return true;
            }
            subscriptions.push_back(
                {{"topic", str(topic)}, {"codec", codec}, {"fields", OJ::array({field})}});
            return true;
        }
        if (use.op == QLatin1String("writeproperty") || use.op == QLatin1String("invokeaction")) {
            if (!packet.isEmpty() && packet != QLatin1String("publish"))
                return false;
            QString topic = jsonString(use.form, "mqv:topic").value_or(QString());
            if (topic.isEmpty())
                topic = pathOf(use.href);
            if (topic.isEmpty() || topic.contains(QLatin1Char('+')) ||
                topic.contains(QLatin1Char('#')))
                return false;
            OJ action = OJ::object();
            action["name"] = str(physicalAction);
            action["topic"] = str(topic);
            action["payload"] = "{value}";
            std::optional<std::int64_t> qos = jsonInteger(use.form, "mqv:qos");
            if (!qos) {
                if (auto text = jsonString(use.form, "mqv:qos")) {
                    bool ok = false;
                    const int q = text->toInt(&ok);
                    if (ok)
                        qos = q;
                }
            }
            if (qos && *qos >= 0 && *qos <= 2)
                action["qos"] = *qos;
            if (auto retain = jsonBoolean(use.form, "mqv:retain"))
                action["retain"] = *retain;
            config["actions"].push_back(std::move(action));
            return true;
        }
        return false;
    };
    return r;
}

void registerMqttWotBindings(Wot::Bindings &bindings)
{
    bindings.addFormBuilder(QStringLiteral("mqtt"), mqttForms);
    bindings.addFormReader(QStringLiteral("mqtt"), mqttFormReader());
    bindings.addFormReader(QStringLiteral("mqtts"), mqttFormReader());
}

} // namespace twinloom
