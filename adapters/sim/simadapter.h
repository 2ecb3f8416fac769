#pragma once

#include "adapters/sim/signalgenerator.h"
#include "engine/adapter.h"

#include <QtCore/QTimer>

#include <memory>
#include <vector>

namespace twinloom {

// The simulated device: a physical adapter that produces its twin's properties and events from
// signal generators, with variables that actions change (a setpoint, a switch) and an optional
// schedule of disconnections. It lives on its twin's worker thread; a timer ticks at most every
// millisecond and publishes every sample that fell due since the last tick with its own time, so
// rates up to 10 kHz keep their spacing.
class SimAdapter : public PhysicalAdapter
{
    Q_OBJECT

public:
    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);

    struct ActionSpec
    {
        QString name;
        QString variable;
        std::optional<Value> value; // fixed; else the action's payload
    };
    struct Schedule
    {
        Timestamp disconnectAfter = 0; // µs; 0 = never
        Timestamp disconnectFor = 0;
        bool repeat = false;
    };

    SimAdapter(QString id, std::vector<std::unique_ptr<Sim::Signal>> signalList,
               Sim::Variables variables, std::vector<ActionSpec> actions, bool publishVariables,
               QString enabledBy, Schedule schedule, QObject *parent = nullptr);
    ~SimAdapter() override;

    QString type() const override { return QStringLiteral("sim"); }
    void start() override;
    void stop() override;
    void onAction(const PhysicalAction &action) override;

    const Sim::Variables &variables() const { return m_variables; }

private:
    void tick();
    void publishVariable(const QString &name);
    void scheduleNext(bool connected);
    bool enabled() const;

    std::vector<std::unique_ptr<Sim::Signal>> m_signals;
    std::vector<std::int64_t> m_next; // next sample index per signal
    Sim::Variables m_variables;
    std::vector<ActionSpec> m_actions;
    bool m_publishVariables = false;
    QString m_enabledBy;
    Schedule m_schedule;
    QTimer *m_timer = nullptr;
    QTimer *m_scheduleTimer = nullptr;
    Timestamp m_startTime = 0;
    bool m_connected = false;
    int m_tickMs = 1000;
};

} // namespace twinloom
