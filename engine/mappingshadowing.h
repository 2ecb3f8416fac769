#pragma once

#include "engine/pipeline.h"
#include "engine/shadowing.h"
#include "engine/twinmodel.h"

#include <QtCore/QHash>
#include <QtCore/QVarLengthArray>

#include <map>
#include <memory>

namespace twinloom {

// The declarative shadowing function. Its JSON configuration:
//   {"passThrough": true,
//    "rules":   [{"from": "t", "pointer": "/v", "to": "temperature", "steps": [...]}],
//    "actions": [{"action": "setSetpoint", "to": "setpoint", "adapter": "hvac", "steps": [...]}],
//    "desired": [{"property": "setpoint", "action": "setSetpoint"}]}
// A rule maps a physical property or event (or a field inside it, by JSON pointer) to a twin
// property or event through a pipeline. With passThrough, a physical key that names a property or
// event of the model is taken as it is.
class MappingShadowingFunction : public ShadowingFunction
{
public:
    // Checks the configuration against the model; null with diagnostics when it is wrong.
    static std::unique_ptr<MappingShadowingFunction> fromJson(const nlohmann::json &config,
                                                              const TwinModelPtr &model,
                                                              const QString &pointer,
                                                              Diagnostics &diagnostics);
    explicit MappingShadowingFunction(TwinModelPtr model, bool passThrough = true);

    void onPhysicalEvent(ShadowingContext &context, const PhysicalEvent &event) override;
    void onDigitalAction(ShadowingContext &context, const DigitalActionRequest &request) override;
    void onDesiredChange(ShadowingContext &context, const QString &property,
                         const Value &value) override;

    std::uint64_t filteredCount() const { return m_filtered; }
    std::uint64_t unmappedCount() const { return m_unmapped; }

private:
    enum class TargetKind : std::uint8_t { Property, Event };
    struct Rule
    {
        TargetKind kind = TargetKind::Property;
        QStringList pointer; // empty: the whole value
        bool hasPointer = false;
        int targetIndex = -1; // resolved when the pipeline cannot rename
        QString target;
        Pipeline pipeline;
    };
    struct ActionRule
    {
        QString physicalKey;
        int adapterIndex = -1; // resolved on first use from adapterId
        QString adapterId;
        Pipeline pipeline;
    };

    // Returns false when the sample was filtered out or failed (counted and reported).
    bool applyRule(ShadowingContext &context, Rule &rule, const PhysicalEvent &event,
                   StateTransaction &transaction);
    void sendAction(ShadowingContext &context, const QString &action, ActionRule *rule,
                    const Value &payload, const QString &correlationId);

    TwinModelPtr m_model;
    bool m_passThrough = true;
    std::vector<Rule> m_rules;
    QHash<QString, QVarLengthArray<int, 2>> m_rulesByKey;
    std::map<QString, ActionRule> m_actions;
    QHash<QString, QString> m_desiredActions; // property → action
    std::uint64_t m_filtered = 0;
    std::uint64_t m_unmapped = 0;
};

} // namespace twinloom
