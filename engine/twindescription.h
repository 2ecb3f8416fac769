#pragma once

#include "engine/twinmodel.h"

#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace twinloom {

// Where a digital adapter makes each member of a twin reachable: MQTT topics, CoAP resources,
// URLs. A description calls these while it writes each entry, so that one protocol-neutral
// description carries every interface's addresses.
class DescriptionBindings
{
public:
    virtual ~DescriptionBindings() = default;
    virtual void bindTwin(nlohmann::ordered_json &description) const;
    virtual void bindProperty(const PropertyDef &property, nlohmann::ordered_json &entry) const;
    virtual void bindEvent(const EventDef &event, nlohmann::ordered_json &entry) const;
    virtual void bindAction(const ActionDef &action, nlohmann::ordered_json &entry) const;
};

// What a twin offers, as digital adapters announce it and as remote tools (the studio's remote
// twins, other runners) read it back:
//   {"id", "model", "title",
//    "properties": {NAME: {"schema", "title", "unit", "minimum", "maximum", "maxAge",
//                          "writable"}},
//    "events": {NAME: {"schema", "title"}},
//    "actions": {NAME: {"title", "input", "output"}},
//    "relationships": {NAME: {"target", "maxMultiplicity", "title"}}}
// plus what the bindings add. Built here only; every interface and every reader uses it.
class TwinDescription
{
public:
    TwinDescription(QString twinId, TwinModelPtr model);

    const QString &twinId() const { return m_twinId; }
    const TwinModelPtr &model() const { return m_model; }

    nlohmann::ordered_json toJson(const DescriptionBindings *bindings = nullptr) const;

    // Reads a description that arrived from elsewhere. `where` (a topic, a URL) names it in
    // `why`; a description of another twin than `expectedId` (when given) is refused.
    static std::optional<TwinDescription> fromJson(const nlohmann::json &json,
                                                   const QString &expectedId, const QString &where,
                                                   QString *why);
    // The model it announces, as a project's "models" entry holds it.
    nlohmann::json modelJson() const;

private:
    QString m_twinId;
    TwinModelPtr m_model;
};

} // namespace twinloom
