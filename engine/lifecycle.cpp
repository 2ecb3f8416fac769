#include "engine/lifecycle.h"

#include <optional>

namespace twinloom {

QString lifecycleStateName(LifecycleState s)
{
    switch (s) {
    case LifecycleState::Created:
        return QStringLiteral("Created");
    case LifecycleState::Started:
        return QStringLiteral("Started");
    case LifecycleState::Bound:
        return QStringLiteral("Bound");
    case LifecycleState::Unbound:
        return QStringLiteral("Unbound");
    case LifecycleState::Synchronized:
        return QStringLiteral("Synchronized");
    case LifecycleState::NotSynchronized:
        return QStringLiteral("NotSynchronized");
    case LifecycleState::Stopped:
        return QStringLiteral("Stopped");
    case LifecycleState::Destroyed:
        return QStringLiteral("Destroyed");
    case LifecycleState::Error:
        return QStringLiteral("Error");
    }
    return {};
}

std::optional<LifecycleState> lifecycleStateFromName(QStringView name)
{
    for (int i = 0; i < kLifecycleStateCount; ++i) {
        const auto s = static_cast<LifecycleState>(i);
        if (lifecycleStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

bool isLegalTransition(LifecycleState from, LifecycleState to)
{
    using S = LifecycleState;
    if (from == S::Destroyed)
        return false;
    if (to == S::Error)
        return from != S::Error;
    switch (from) {
    case S::Created:
        return to == S::Started || to == S::Destroyed;
    case S::Started:
        return to == S::Bound || to == S::Unbound || to == S::Stopped;
    case S::Bound:
        return to == S::Synchronized || to == S::Unbound || to == S::Stopped;
    case S::Synchronized:
        return to == S::NotSynchronized || to == S::Unbound || to == S::Stopped;
    case S::NotSynchronized:
        return to == S::Synchronized || to == S::Unbound || to == S::Stopped;
    case S::Unbound:
        return to == S::Bound || to == S::Stopped;
    case S::Stopped:
        return to == S::Started || to == S::Destroyed;
    case S::Error:
        return to == S::Stopped || to == S::Destroyed;
    case S::Destroyed:
        return false;
    }
    return false;
}

bool Lifecycle::transition(LifecycleState to, const QString &reason)
{
    if (!isLegalTransition(m_state, to))
        return false;
    const LifecycleState from = m_state;
    m_state = to;
    for (const Listener &l : m_listeners)
        l(from, to, reason);
    return true;
}

bool isRunningState(LifecycleState s)
{
    switch (s) {
    case LifecycleState::Started:
    case LifecycleState::Bound:
    case LifecycleState::Unbound:
    case LifecycleState::Synchronized:
    case LifecycleState::NotSynchronized:
        return true;
    default:
        return false;
    }
}

bool Lifecycle::isRunning() const
{
    return isRunningState(m_state);
}

bool Lifecycle::isBoundState() const
{
    return m_state == LifecycleState::Bound || m_state == LifecycleState::Synchronized ||
           m_state == LifecycleState::NotSynchronized;
}

} // namespace twinloom
