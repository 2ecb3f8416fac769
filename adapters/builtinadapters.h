#pragma once

namespace twinloom {

class AdapterRegistry;

// Registers every adapter family built into Twinloom (sim, and the protocol adapters) in
// `registry`, and their WoT bindings in Wot::Bindings::global(). Idempotent; call it before
// threads start.
void registerBuiltinAdapters(AdapterRegistry &registry);

} // namespace twinloom
