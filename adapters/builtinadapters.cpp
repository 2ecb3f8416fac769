#include "builtinadapters.h"

#include "coap/coapdigitaladapter.h"
#include "coap/coapphysicaladapter.h"
#include "mqtt/mqttdigitaladapter.h"
#include "mqtt/mqttphysicaladapter.h"
#include "mqtt/mqtttwinlink.h"
#include "sim/simadapter.h"

#include <adapter.h>

namespace twinloom {

void registerBuiltinAdapters(AdapterRegistry &registry)
{
    if (!registry.hasPhysical(QStringLiteral("sim")))
        registerSimAdapter(registry);
    if (!registry.hasPhysical(QStringLiteral("mqtt")))
        registerMqttAdapters(registry);
    if (!registry.hasPhysical(QStringLiteral("twin")))
        registerMqttTwinLinks(registry);
    if (!registry.hasDigital(QStringLiteral("mqtt")))
        registerMqttDigitalAdapter(registry);
    if (!registry.hasPhysical(QStringLiteral("coap")))
        registerCoapPhysicalAdapter(registry);
    if (!registry.hasDigital(QStringLiteral("coap")))
        registerCoapDigitalAdapter(registry);
}

} // namespace twinloom
