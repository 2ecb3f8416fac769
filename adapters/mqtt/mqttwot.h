#pragma once

#include "engine/interop/wot.h"

namespace twinloom {

// The MQTT digital adapter in W3C WoT Thing Descriptions (the WoT MQTT binding template): forms
// on the topics of the MQTT contract, and the reading of MQTT forms into an "mqtt" physical
// adapter's subscriptions and actions when Thing Descriptions are imported.
Wot::AdapterForms mqttForms(const Wot::FormContext &context, Diagnostics &notes);
Wot::FormReader mqttFormReader();
void registerMqttWotBindings(Wot::Bindings &bindings);

} // namespace twinloom
