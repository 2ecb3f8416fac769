#include "adapters/builtinadapters.h"

#include "adapters/coap/coapdigitaladapter.h"
#include "adapters/coap/coapphysicaladapter.h"
#include "adapters/coap/coapwot.h"
#include "adapters/mqtt/mqttdigitaladapter.h"
#include "adapters/mqtt/mqttphysicaladapter.h"
#include "adapters/mqtt/mqtttwinlink.h"
#include "adapters/mqtt/mqttwot.h"
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
    // How the protocol adapters appear in WoT Thing Descriptions, for export and import.
    registerMqttWotBindings(Wot::Bindings::global());
    registerCoapWotBindings(Wot::Bindings::global());
}

} // namespace twinloom
