#pragma once

namespace twinloom {

class AdapterRegistry;

// Registers every adapter family built into Twinloom (sim, and the protocol adapters) in
// `registry`. Idempotent.
void registerBuiltinAdapters(AdapterRegistry &registry);

} // namespace twinloom
