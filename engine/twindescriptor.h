#pragma once

#include "engine/clock.h"
#include "engine/diagnostics.h"

#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <vector>

namespace twinloom {

struct AdapterDescriptor
{
    QString id;
    QString type;
    nlohmann::json config = nlohmann::json::object();
};

// Per-twin settings of a property that override its model.
struct PropertyOverride
{
    std::optional<Timestamp> maxAge;    // µs, above zero; unset = the model's
    std::optional<int> historyCapacity; // samples
};

struct RelationshipDescriptor
{
    QString name;   // relationship of the model
    QString target; // twin id
    QString instanceId;
    nlohmann::json properties; // null or object
};

// A twin as configuration: which model, where it runs, its adapters, how it maps the device to
// its state. The project file holds a list of these.
struct TwinDescriptor
{
    QString id;
    QString model;
    QString node;
    QString displayName;
    std::vector<AdapterDescriptor> physicalAdapters;
    std::vector<AdapterDescriptor> digitalAdapters;
    nlohmann::json shadowing; // MappingShadowingFunction configuration; null = pass-through
    std::map<QString, PropertyOverride> properties;
    std::vector<RelationshipDescriptor> relationships;

    // Reads {"id", "model", "node", "displayName", "physicalAdapters", "digitalAdapters",
    // "shadowing", "properties", "relationships"}; unknown fields are warnings.
    static std::optional<TwinDescriptor> fromJson(const nlohmann::json &json,
                                                  const QString &pointer, Diagnostics &diagnostics);
    nlohmann::json toJson() const;
};

bool isValidTwinId(const QString &id);

// Replaces every "${env:NAME}" in the strings of `json` (whole or inside a longer string) by the
// environment variable NAME. A variable that is not set is an error at its pointer.
void resolveEnvironmentReferences(nlohmann::json &json, const QString &pointer,
                                  Diagnostics &diagnostics);

} // namespace twinloom
