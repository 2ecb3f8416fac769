#include "adapters/builtinadapters.h"

#include "adapters/coap/coapdigitaladapter.h"
#include "adapters/coap/coapphysicaladapter.h"
#include "adapters/mqtt/mqttdigitaladapter.h"
#include "adapters/mqtt/mqttphysicaladapter.h"
#include "adapters/mqtt/mqtttwinlink.h"
#include "adapters/sim/simadapter.h"
#include "engine/adapter.h"

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
