#pragma once

#include "engine/interop/wot.h"

namespace twinloom {

// The CoAP digital adapter in W3C WoT Thing Descriptions (the WoT CoAP binding template): forms
// on the resources of the CoAP contract, and the reading of CoAP forms into a "coap" physical
// adapter's resources and actions when Thing Descriptions are imported.
Wot::AdapterForms coapForms(const Wot::FormContext &context, Diagnostics &notes);
Wot::FormReader coapFormReader();
void registerCoapWotBindings(Wot::Bindings &bindings);

} // namespace twinloom
