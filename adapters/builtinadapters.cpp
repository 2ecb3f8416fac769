#include "adapters/builtinadapters.h"

#include "adapters/coap/coapdigitaladapter.h"
#include "adapters/coap/coapphysicaladapter.h"
#include "adapters/coap/coapwot.h"
#include "adapters/http/httpdigitaladapter.h"
#include "adapters/http/httptwinadapter.h"
#include "adapters/http/httpwot.h"
#include "adapters/mqtt/mqttdigitaladapter.h"
#include "adapters/mqtt/mqttphysicaladapter.h"
#include "adapters/mqtt/mqtttwinlink.h"
#include "adapters/mqtt/mqttwot.h"
#include "adapters/sim/simadapter.h"
#include "engine/adapter.h"

namespace twinloom {

void registerBuiltinAdapters(AdapterRegistry &registry)
{
    // One line per adapter type (its class gives typeInfo() and fromConfig()).
    registry.addPhysical<SimAdapter>();
    registry.addPhysical<MqttPhysicalAdapter>();
    registry.addPhysical<MqttTwinAdapter>();
    registry.addPhysical<MqttAggregateAdapter>();
    registry.addPhysical<CoapPhysicalAdapter>();
    registry.addPhysical<HttpTwinAdapter>();
    registry.addDigital<MqttDigitalAdapter>();
    registry.addDigital<CoapDigitalAdapter>();
    registry.addDigital<HttpDigitalAdapter>();
    // How the protocol adapters appear in WoT Thing Descriptions, for export and import.
    registerMqttWotBindings(Wot::Bindings::global());
    registerCoapWotBindings(Wot::Bindings::global());
    registerHttpWotBindings(Wot::Bindings::global());
}

} // namespace twinloom
