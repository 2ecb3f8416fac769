#pragma once

#include "engine/propertyhistory.h"
#include "engine/statechange.h"
#include "engine/twinmodel.h"

#include <QtCore/QString>

#include <memory>
#include <optional>
#include <vector>

namespace twinloom {

struct PropertyState
{
    Value reported;
    Value desired;
    Timestamp sourceTime = 0; // of the reported value, as the device said
    Timestamp updatedAt = 0;  // commit time of the reported value; 0 = never reported
    Timestamp desiredAt = 0;
    Quality quality = Quality::Unknown;
    std::unique_ptr<PropertyHistory> history; // allocated on the first sample when capacity > 0
};

struct RelationshipInstance
{
    QString relationship; // name in the model
    QString instanceId;   // unique within the twin
    QString target;       // id of the target twin
    Value properties;     // Object, or Null
};

class StateTransaction;

// The state of one twin: properties (reported and desired), relationship instances, and the
// sequence of committed changes. Only transactions change it.
class TwinState
{
public:
    TwinState(QString twinId, TwinModelPtr model);

    const QString &twinId() const { return m_twinId; }
    const TwinModel &model() const { return *m_model; }
    const TwinModelPtr &modelPtr() const { return m_model; }

    const PropertyState &property(int index) const
    {
        return m_properties[static_cast<std::size_t>(index)];
    }
    const PropertyState *property(QStringView name) const;
    int propertyCount() const { return static_cast<int>(m_properties.size()); }
    const std::vector<RelationshipInstance> &relationships() const { return m_relationships; }
    int relationshipCount(QStringView relationship) const;
    std::uint64_t sequence() const { return m_sequence; }

    // History capacity per property (overrides the model). 0 frees the history.
    void setHistoryCapacity(int propertyIndex, std::size_t capacity);
    std::size_t historyCapacity(int propertyIndex) const;
    const PropertyHistory *history(int propertyIndex) const;

    StateTransaction begin();

    // A JSON snapshot: {"properties": {name: {"reported", "desired", "time", "quality"}}, ...}.
    nlohmann::json toJson() const;
    // What a successor of this twin on another engine needs (live migration): every property's
    // reported and desired value with their times (µs) and quality, the relationships and the
    // sequence of changes.
    nlohmann::json toHandover() const;
    // Takes over the state of toHandover(): values are checked against this model, unknown
    // properties skipped, the sequence continues from the predecessor's. False with *error (and
    // nothing changed) when a value does not fit the model.
    bool adopt(const nlohmann::json &handover, QString *error);

private:
    friend class StateTransaction;

    QString m_twinId;
    TwinModelPtr m_model;
    std::vector<PropertyState> m_properties;
    std::vector<std::uint32_t> m_historyCapacity;
    std::vector<RelationshipInstance> m_relationships;
    std::uint64_t m_sequence = 0;
};

// Stages changes to a TwinState and applies them all at once in commit(). A staged change that
// breaks the model (unknown name, wrong type, out of range, multiplicity exceeded) makes the whole
// transaction fail: nothing of it is applied.
class StateTransaction
{
public:
    explicit StateTransaction(TwinState &state)
        : m_state(&state)
    {}

    StateTransaction &setReported(int propertyIndex, Value value, Timestamp sourceTime = 0,
                                  Quality quality = Quality::Good);
    StateTransaction &setReported(QStringView property, Value value, Timestamp sourceTime = 0,
                                  Quality quality = Quality::Good);
    StateTransaction &setDesired(QStringView property, Value value);
    StateTransaction &emitEvent(QStringView event, Value payload, Timestamp sourceTime = 0);
    StateTransaction &addRelationship(QStringView relationship, QString target,
                                      QString instanceId = {}, Value properties = {});
    StateTransaction &removeRelationship(QStringView relationship, QStringView instanceId);
    StateTransaction &setIngestTime(Timestamp t)
    {
        m_ingestTime = t;
        return *this;
    }

    bool isEmpty() const { return m_changes.empty(); }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // Applies everything and returns the record, or nullopt (with error()) if any change failed;
    // then the state is untouched. A transaction commits once.
    std::optional<StateChange> commit(Timestamp commitTime = 0);
    void rollback();

private:
    void fail(const QString &message);
    const PropertyDef *checkProperty(int index, Value &value);

    TwinState *m_state;
    QString m_error;
    Timestamp m_ingestTime = 0;
    QVarLengthArray<ResourceChange, 1> m_changes;
    QVarLengthArray<int, 1> m_propertyIndex; // per change; -1 for non-properties
    bool m_done = false;
};

} // namespace twinloom
