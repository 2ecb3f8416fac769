#pragma once

#include "engine/interop/wot.h"

namespace twinloom {

// The http digital adapter in W3C WoT Thing Descriptions (the WoT HTTP binding template): forms
// on the routes of HttpApi — readproperty (GET), writeproperty (PUT), invokeaction (POST),
// observeproperty and subscribeevent by long polling (GET with ?wait=, answered at the next
// change) — and a bearer security scheme when the adapter has tokens (never the token).
Wot::AdapterForms httpForms(const Wot::FormContext &context, Diagnostics &notes);
void registerHttpWotBindings(Wot::Bindings &bindings);

} // namespace twinloom
