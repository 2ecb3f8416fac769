#include "builtinadapters.h"

#include "sim/simadapter.h"

#include <adapter.h>

namespace twinloom {

void registerBuiltinAdapters(AdapterRegistry &registry)
{
    if (!registry.hasPhysical(QStringLiteral("sim")))
        registerSimAdapter(registry);
}

} // namespace twinloom
