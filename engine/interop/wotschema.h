#pragma once

#include "engine/diagnostics.h"

#include <nlohmann/json.hpp>

// The W3C's Thing Description 1.1 JSON Schema (resources/wot), compiled in.
namespace twinloom::Wot {

// Checks a Thing Description (not a Thing Model) against the TD 1.1 JSON Schema. Each place the
// schema refuses is an error at its JSON pointer, with the most precise reason found there.
// Returns whether the document conforms.
bool checkTdSchema(const nlohmann::json &td, Diagnostics &diagnostics);

} // namespace twinloom::Wot
