#include "adapters/remote/remotesource.h"

#include "adapters/coap/coapcontract.h"
#include "adapters/tr.h"
#include "engine/configreader.h"

namespace twinloom {

QString RemoteSource::key() const
{
    return kind == Kind::Coap ? QStringLiteral("coap://%1:%2").arg(host).arg(port)
                              : QStringLiteral("mqtt://%1:%2/%3").arg(host).arg(port).arg(prefix);
}

QString RemoteSource::label() const
{
    return kind == Kind::Coap ? Adapters::Tr::tr("CoAP server %1:%2").arg(host).arg(port)
                              : Adapters::Tr::tr("broker %1:%2").arg(host).arg(port);
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
    if (type != QLatin1String("mqtt") && type != QLatin1String("coap"))
        return std::nullopt;
    RemoteSource s;
    s.kind = type == QLatin1String("coap") ? Kind::Coap : Kind::Mqtt;
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
    // A desired value written to the mirror is written to the remote twin.
    nlohmann::ordered_json desired = nlohmann::ordered_json::array();
    for (const PropertyDef &p : description.model()->properties)
        if (p.writable && !p.telemetry)
            desired.push_back({{"property", p.name.toStdString()},
                               {"action", "desired/" + p.name.toStdString()}});
    twin["physicalAdapters"] = {{{"id", "remote"},
                                 {"type", "twin"},
                                 {"config",
                                  {{"broker", brokerJson()},
                                   {"prefix", prefix.toStdString()},
                                   {"twin", remoteId.toStdString()}}}}};
    twin["shadowing"] = {{"passThrough", true}, {"desired", std::move(desired)}};
    return twin;
}

} // namespace twinloom
