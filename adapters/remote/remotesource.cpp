#include "adapters/remote/remotesource.h"

#include "adapters/coap/coapcontract.h"
#include "adapters/tr.h"
#include "engine/configreader.h"

namespace twinloom {

QString RemoteSource::key() const
{
    switch (kind) {
    case Kind::Coap:
        return QStringLiteral("coap://%1:%2").arg(host).arg(port);
    case Kind::Http:
        return QStringLiteral("%1://%2:%3")
            .arg(https ? QStringLiteral("https") : QStringLiteral("http"), host)
            .arg(port);
    case Kind::Mqtt:
        break;
    }
    return QStringLiteral("mqtt://%1:%2/%3").arg(host).arg(port).arg(prefix);
}

QString RemoteSource::label() const
{
    switch (kind) {
    case Kind::Coap:
        return Adapters::Tr::tr("CoAP server %1:%2").arg(host).arg(port);
    case Kind::Http:
        return Adapters::Tr::tr("HTTP runner %1:%2").arg(host).arg(port);
    case Kind::Mqtt:
        break;
    }
    return Adapters::Tr::tr("broker %1:%2").arg(host).arg(port);
}

QString RemoteSource::invalidity() const
{
    if (host.trimmed().isEmpty())
        return Adapters::Tr::tr("Give the host name or address.");
    if (port < 1 || port > 65535)
        return Adapters::Tr::tr("The port is a number from 1 to 65535.");
    if (kind == Kind::Mqtt &&
        (prefix.isEmpty() || prefix.contains(QLatin1Char('+')) ||
         prefix.contains(QLatin1Char('#')) || prefix.endsWith(QLatin1Char('/'))))
        return Adapters::Tr::tr("The prefix is a topic without '+', '#' or a trailing '/'.");
    return {};
}

nlohmann::ordered_json RemoteSource::brokerJson() const
{
    nlohmann::ordered_json b = {
        {"host", host.toStdString()}, {"port", port}, {"reconnect", {{"min", 1}, {"max", 10}}}};
    if (!username.isEmpty())
        b["username"] = username.toStdString();
    if (!password.isEmpty())
        b["password"] = password.toStdString();
    if (!caFile.isEmpty())
        b["tls"] = {{"ca", caFile.toStdString()}};
    return b;
}

nlohmann::ordered_json RemoteSource::toJson() const
{
    if (kind == Kind::Coap)
        return {{"type", "coap"}, {"host", host.toStdString()}, {"port", port}};
    if (kind == Kind::Http)
        return {{"type", "http"}, {"host", host.toStdString()}, {"port", port}, {"https", https}};
    nlohmann::ordered_json j = {{"type", "mqtt"},
                                {"host", host.toStdString()},
                                {"port", port},
                                {"prefix", prefix.toStdString()}};
    if (!username.isEmpty())
        j["username"] = username.toStdString();
    if (!caFile.isEmpty())
        j["ca"] = caFile.toStdString();
    return j;
}

std::optional<RemoteSource> RemoteSource::fromJson(const nlohmann::ordered_json &ordered)
{
    const nlohmann::json json = ordered;
    const QString type = jsonString(json, "type").value_or(QString());
    if (type != QLatin1String("mqtt") && type != QLatin1String("coap") &&
        type != QLatin1String("http"))
        return std::nullopt;
    RemoteSource s;
    s.kind = type == QLatin1String("coap")   ? Kind::Coap
             : type == QLatin1String("http") ? Kind::Http
                                             : Kind::Mqtt;
    s.https = jsonBoolean(json, "https").value_or(false);
    s.host = jsonString(json, "host").value_or(QString());
    s.port = static_cast<int>(jsonInteger(json, "port").value_or(0));
    if (s.kind == Kind::Mqtt) {
        s.prefix = jsonString(json, "prefix").value_or(QString());
        s.username = jsonString(json, "username").value_or(QString());
        s.caFile = jsonString(json, "ca").value_or(QString());
    }
    if (!s.invalidity().isEmpty())
        return std::nullopt;
    return s;
}

nlohmann::ordered_json RemoteSource::mirrorTwin(const QString &mirrorId,
                                                const TwinDescription &description) const
{
    const QString remoteId = description.twinId();
    nlohmann::ordered_json twin = {{"id", mirrorId.toStdString()},
                                   {"model", description.model()->id.toStdString()}};
    // A desired value written to the mirror is written to the remote twin.
    auto desiredActions = [&description] {
        nlohmann::ordered_json desired = nlohmann::ordered_json::array();
        for (const PropertyDef &p : description.model()->properties)
            if (p.writable && !p.telemetry)
                desired.push_back({{"property", p.name.toStdString()},
                                   {"action", "desired/" + p.name.toStdString()}});
        return desired;
    };
    if (kind == Kind::Http) {
        nlohmann::ordered_json config = {
            {"url", QStringLiteral("%1://%2:%3")
                        .arg(https ? QStringLiteral("https") : QStringLiteral("http"), host)
                        .arg(port)
                        .toStdString()},
            {"twin", remoteId.toStdString()}};
        if (!token.isEmpty())
            config["token"] = token.toStdString();
        twin["physicalAdapters"] = {{{"id", "remote"}, {"type", "httpTwin"}, {"config", config}}};
        twin["shadowing"] = {{"passThrough", true}, {"desired", desiredActions()}};
        return twin;
    }
    if (kind == Kind::Coap) {
        // The coap adapter finds the twin's resources as it finds a device's.
        twin["physicalAdapters"] = {
            {{"id", "remote"},
             {"type", "coap"},
             {"config",
              {{"host", host.toStdString()},
               {"port", port},
               {"discovery",
                {{"include", {Coap::TwinPaths(remoteId).allMembers().toStdString()}}}}}}}};
        return twin;
    }
    twin["physicalAdapters"] = {{{"id", "remote"},
                                 {"type", "twin"},
                                 {"config",
                                  {{"broker", brokerJson()},
                                   {"prefix", prefix.toStdString()},
                                   {"twin", remoteId.toStdString()}}}}};
    twin["shadowing"] = {{"passThrough", true}, {"desired", desiredActions()}};
    return twin;
}

} // namespace twinloom
