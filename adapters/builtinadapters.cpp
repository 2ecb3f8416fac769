#include "builtinadapters.h"

#include "mqtt/mqttphysicaladapter.h"
#include "sim/simadapter.h"

#include <adapter.h>

namespace twinloom {

void registerBuiltinAdapters(AdapterRegistry &registry)
{
    if (!registry.hasPhysical(QStringLiteral("sim")))
        registerSimAdapter(registry);
    if (!registry.hasPhysical(QStringLiteral("mqtt")))
        registerMqttAdapters(registry);
}

} // namespace twinloom
