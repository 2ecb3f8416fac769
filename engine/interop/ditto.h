#pragma once

#include "engine/interop/interopio.h"
#include "engine/twindescriptor.h"
#include "engine/twinmodel.h"

#include <QtCore/QString>

#include <nlohmann/json.hpp>

// Eclipse Ditto: each twin as a Ditto Thing, its model as definitions, and the commands that
// create them (Ditto Protocol envelopes, and the HTTP API as a shell script).
namespace twinloom::Ditto {

struct ExportOptions
{
    QString
        thingNamespace; // default: from the project's name ("Smart building" → "smart_building")
    QString policyId;   // default: "<namespace>:policy"
    QString policySubject = QStringLiteral("nginx:ditto"); // who may read and write the things
};

// A Ditto namespace (Java package notation) made from a project name.
QString namespaceFor(const QString &projectName);

// "dtmi:twinloom:example:Room;1" → "twinloom.example:Room:1", the "namespace:name:version" form of
// Ditto definitions.
QString definitionFor(const QString &dtmi);

// The thing of one twin: "thingId", "policyId", "definition", "attributes" (model, node,
// relationships) and "features": "state" for the model's own properties, one per component.
// Values are null: a project describes twins, not their current state.
nlohmann::ordered_json thing(const Project &project, const TwinDescriptor &twin,
                             const TwinModel &model, const ExportOptions &options,
                             Diagnostics &notes);

// A policy that grants READ and WRITE on the things, their policy and their messages to
// options.policySubject.
nlohmann::ordered_json policy(const Project &project, const ExportOptions &options);

// policy.json, things/<twin>.json, commands.jsonl (Ditto Protocol: the policy's and each thing's
// create command) and create-things.sh (the same through PUT requests of the HTTP API).
Interop::ExportOutput exportThings(const Project &project, const ExportOptions &options = {});

} // namespace twinloom::Ditto
