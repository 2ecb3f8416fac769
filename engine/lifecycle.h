#pragma once

#include <QtCore/QString>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace twinloom {

// WLDT's twin life cycle.
enum class LifecycleState : std::uint8_t {
    Created,
    Started,
    Bound,
    Unbound,
    Synchronized,
    NotSynchronized,
    Stopped,
    Destroyed,
    Error
};

constexpr int kLifecycleStateCount = 9;

QString lifecycleStateName(LifecycleState s);
std::optional<LifecycleState> lifecycleStateFromName(QStringView name);
// Started, Bound, Unbound, Synchronized or NotSynchronized.
bool isRunningState(LifecycleState s);

// The explicit table of legal transitions. Error may be entered from any state but Destroyed.
bool isLegalTransition(LifecycleState from, LifecycleState to);

// A twin's life cycle state machine. Not thread-safe: it belongs to the twin's worker thread.
class Lifecycle
{
public:
    using Listener =
        std::function<void(LifecycleState from, LifecycleState to, const QString &reason)>;

    LifecycleState state() const { return m_state; }
    // Applies a legal transition and tells the listeners; refuses (returns false) an illegal one.
    bool transition(LifecycleState to, const QString &reason = {});
    void addListener(Listener listener) { m_listeners.push_back(std::move(listener)); }

    bool isRunning() const;    // Started, Bound, Unbound, Synchronized or NotSynchronized
    bool isBoundState() const; // Bound, Synchronized or NotSynchronized

private:
    LifecycleState m_state = LifecycleState::Created;
    std::vector<Listener> m_listeners;
};

} // namespace twinloom
