#pragma once

#include "engine/clock.h"
#include "engine/diagnostics.h"
#include "engine/schema.h"

#include <QtCore/QHash>
#include <QtCore/QString>

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace twinloom {

// A property of a twin: a value with a reported side (from the device) and, when writable, a
// desired side (from applications). DTDL telemetry is a property with `telemetry` set: it has no
// desired side.
struct PropertyDef
{
    QString name;
    QString displayName;
    QString description;
    SchemaPtr schema;
    QString unit;
    bool writable = false;
    bool telemetry = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    Timestamp maxAge = 0;    // microseconds; 0 = the value never goes stale
    int historyCapacity = 0; // samples kept; 0 = no history
    QString provenance;      // the model that declared it, when inherited through "extends"
};

struct EventDef
{
    QString name;
    QString displayName;
    QString description;
    SchemaPtr schema; // may be null: an event without payload
    QString provenance;
};

// DTDL's Command.
struct ActionDef
{
    QString name;
    QString displayName;
    QString description;
    QString requestName;
    SchemaPtr request; // may be null
    QString responseName;
    SchemaPtr response; // may be null
    QString provenance;
};

struct RelationshipDef
{
    QString name;
    QString displayName;
    QString description;
    QString target;          // model id; empty = any model
    int maxMultiplicity = 0; // 0 = unbounded
    int minMultiplicity = 0;
    bool writable = false;
    std::vector<PropertyDef> properties;
    QString provenance;
};

struct ComponentDef
{
    QString name;
    QString displayName;
    QString schema; // model id of the component's interface
};

// A twin model (DTDL Interface). Built by fromJson(); the contents are immutable afterwards.
class TwinModel
{
public:
    static std::shared_ptr<TwinModel> fromJson(const nlohmann::json &json, const QString &pointer,
                                               Diagnostics &diagnostics);
    nlohmann::json toJson() const;

    QString id;
    QString displayName;
    QString description;
    QStringList extends;
    std::vector<PropertyDef> properties;
    std::vector<EventDef> events;
    std::vector<ActionDef> actions;
    std::vector<RelationshipDef> relationships;
    std::vector<ComponentDef> components;

    int propertyIndex(QStringView name) const;
    int eventIndex(QStringView name) const;
    int actionIndex(QStringView name) const;
    int relationshipIndex(QStringView name) const;
    const PropertyDef *property(QStringView name) const;
    const EventDef *event(QStringView name) const;
    const ActionDef *action(QStringView name) const;
    const RelationshipDef *relationship(QStringView name) const;

    // Rebuilds the name indexes; call after editing the content vectors.
    void reindex();

private:
    QHash<QString, int> m_propertyIndex;
    QHash<QString, int> m_eventIndex;
    QHash<QString, int> m_actionIndex;
    QHash<QString, int> m_relationshipIndex;
};

using TwinModelPtr = std::shared_ptr<const TwinModel>;

// The models known to an engine or a project, by id. resolve() flattens "extends" and components
// into one model a twin can use: a component's contents appear as "component/name".
class ModelSet
{
public:
    // Adds or replaces a model.
    void add(std::shared_ptr<TwinModel> model);
    bool contains(const QString &id) const { return m_models.count(id) != 0; }
    TwinModelPtr find(const QString &id) const;
    QStringList ids() const;

    // The flattened model, or null with diagnostics (unknown id, a cycle through extends).
    TwinModelPtr resolve(const QString &id, Diagnostics &diagnostics,
                         const QString &pointer = {}) const;

    // How deep "extends" may go, as in DTDL v3 (a deeper model would export as DTDL that no
    // parser accepts).
    static constexpr int kMaxExtendsDepth = 10;

private:
    // A chain of "extends" from `id` longer than kMaxExtendsDepth, as "a → b → …"; empty when
    // there is none. Linear in the models: each one's depth is computed once.
    QString tooDeepExtends(const QString &id) const;
    // `included`: the models already flattened (by prefix and id): a model inherited along two
    // paths is included once, and a wide hierarchy is not walked path by path.
    bool flattenInto(TwinModel &out, const QString &id, const QString &prefix, QStringList &chain,
                     std::set<QString> &included, Diagnostics &diagnostics,
                     const QString &pointer) const;

    std::map<QString, TwinModelPtr> m_models;
    mutable std::map<QString, TwinModelPtr> m_resolved;
};

// "PT30S" or a number of seconds; nullopt if neither.
std::optional<Timestamp> parseDurationMicros(const nlohmann::json &json);
// A "maxAge" (of a model's property, or a twin's setting for one): a duration above zero, or an
// error at `pointer` and nothing.
std::optional<Timestamp> readMaxAge(const nlohmann::json &json, const QString &pointer,
                                    Diagnostics &diagnostics);

} // namespace twinloom
