#pragma once

#include "engine/clock.h"
#include "engine/schema.h"
#include "engine/value.h"

#include <QtCore/QString>

#include <vector>

namespace twinloom {

// What a physical adapter tells its twin: a property value, an event, or a relationship of the
// physical asset, already decoded into a typed value.
struct PhysicalEvent
{
    enum class Kind : std::uint8_t { Property, Event, RelationshipCreated, RelationshipDeleted };

    Kind kind = Kind::Property;
    QString key; // the name the device uses
    Value value;
    Timestamp sourceTime = 0; // when the device measured it; 0 = unknown
    Timestamp ingestTime = 0; // set when the twin's mailbox accepts it
    int adapterIndex = -1;    // set by the twin
    QString target;           // relationships: the related asset
};

// A request from the twin to the device.
struct PhysicalAction
{
    QString key; // the name the device uses
    Value payload;
    QString correlationId;
};

// The outcome of an action, returned to whoever invoked it.
struct ActionResult
{
    bool ok = false;
    Value value;   // response payload
    QString error; // with !ok: why
    int code = 0;  // protocol status where there is one (CoAP 2.04, HTTP 200…)

    static ActionResult success(Value v = {}, int code = 0)
    {
        return {true, std::move(v), {}, code};
    }
    static ActionResult failure(QString why, int code = 0)
    {
        return {false, {}, std::move(why), code};
    }
};

// What a device offers, as its physical adapter discovered or was told: WLDT's physical asset
// description.
struct PhysicalAssetDescription
{
    struct Resource
    {
        QString key;
        SchemaPtr schema; // may be null when unknown
        QString unit;
        QString contentType;
    };

    std::vector<Resource> properties;
    std::vector<Resource> events;
    std::vector<Resource> actions;
    std::vector<Resource> relationships;

    bool isEmpty() const
    {
        return properties.empty() && events.empty() && actions.empty() && relationships.empty();
    }
};

} // namespace twinloom
