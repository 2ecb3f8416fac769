#pragma once

#include "engine/twindescription.h"

#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace twinloom {

// Where twins of other engines are announced: an MQTT broker on which MQTT digital adapters
// publish their retained descriptions under `prefix`, a CoAP server (a CoAP digital adapter)
// that lists them in /.well-known/core, or a runner's HTTP interface (/api/twins).
struct RemoteSource
{
    enum class Kind { Mqtt, Coap, Http };
    Kind kind = Kind::Mqtt;
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString prefix = QStringLiteral("twinloom");
    QString username;
    QString password; // kept for the session only, never saved
    QString caFile;   // TLS when set
    QString token;    // HTTP: the bearer token, kept for the session only, never saved
    bool https = false;

    // Identifies the source: "mqtt://host:port/prefix", "coap://host:port", "http://host:port".
    QString key() const;
    // "broker host:port", "CoAP server host:port", "HTTP runner host:port", as the user reads it.
    QString label() const;
    // Why it cannot be browsed ("The port is a number from 1 to 65535."); empty when it can.
    QString invalidity() const;
    // The "broker" object of an MQTT adapter's configuration.
    nlohmann::ordered_json brokerJson() const;
    // Everything but the password, for settings.
    nlohmann::ordered_json toJson() const;
    static std::optional<RemoteSource> fromJson(const nlohmann::ordered_json &json);

    // A project's twin entry `mirrorId` that mirrors the remote twin `description` describes:
    // its physical side reads the remote twin through this source (a twin link over MQTT, the
    // coap adapter over CoAP), so that it runs in a local engine as any twin does.
    nlohmann::ordered_json mirrorTwin(const QString &mirrorId,
                                      const TwinDescription &description) const;
};

} // namespace twinloom
