#pragma once

#include "engine/clock.h"
#include "engine/value.h"

#include <QtCore/QString>
#include <QtCore/QVarLengthArray>

#include <cstdint>

namespace twinloom {

enum class ChangeOperation : std::uint8_t { Add, Update, Remove };

enum class ResourceKind : std::uint8_t {
    Property,        // reported value
    DesiredProperty, // desired value, written by applications
    Event,
    Relationship, // an instance of a relationship: key = relationship name, target = twin id
    Action,       // an action became available or was removed
    Lifecycle     // a lifecycle transition: value = new state name, previous = old one
};

QString changeOperationName(ChangeOperation op);
QString resourceKindName(ResourceKind kind);
// Segment used in observation topics: "properties", "desired", "events", "relationships",
// "actions", "lifecycle".
QString resourceTopicSegment(ResourceKind kind);

enum class Quality : std::uint8_t { Unknown, Good, Uncertain, Bad };
QString qualityName(Quality q);

// One resource touched by a transaction.
struct ResourceChange
{
    ChangeOperation operation = ChangeOperation::Update;
    ResourceKind kind = ResourceKind::Property;
    QString key;        // property, event, relationship or action name
    Value value;        // new value (event payload, relationship properties)
    Value previous;     // value before the change (properties)
    QString target;     // relationship target twin
    QString instanceId; // relationship instance
    Timestamp sourceTime = 0;
    Quality quality = Quality::Good;
};

// The record of one committed transaction of one twin.
struct StateChange
{
    QString twinId;
    std::uint64_t sequence = 0; // per twin, gap-free, starting at 1
    Timestamp sourceTime = 0;   // when the device measured it (0 = unknown)
    Timestamp ingestTime = 0;   // when the adapter handed it to the engine
    Timestamp commitTime = 0;   // when the transaction committed
    QVarLengthArray<ResourceChange, 1> changes;
};

} // namespace twinloom
