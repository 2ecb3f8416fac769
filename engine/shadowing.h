#pragma once

#include "engine/physicalevent.h"
#include "engine/twinstate.h"

#include <QtCore/QString>

#include <vector>

namespace twinloom {

// An action invoked on the twin by an application or another twin, through a digital adapter or
// the engine's API.
struct DigitalActionRequest
{
    QString action;
    Value argument; // already checked against the action's request schema
    QString correlationId;
};

// What the twin offers its shadowing function. Valid only on the twin's worker thread, during a
// callback.
class ShadowingContext
{
public:
    virtual ~ShadowingContext() = default;

    virtual const TwinState &state() const = 0;
    virtual StateTransaction beginTransaction() = 0;
    // Commits and fans the change out to history, digital adapters and observers. A failed
    // transaction is counted and reported; the state is left as it was.
    virtual bool commit(StateTransaction &transaction) = 0;
    // Sends an action to the device: to the adapter with that index, or with -1 to the adapter
    // whose description lists the key (else the first one).
    virtual void sendPhysicalAction(PhysicalAction action, int adapterIndex = -1) = 0;
    virtual int physicalAdapterIndex(const QString &adapterId) const = 0;
    virtual void completeDigitalAction(const QString &correlationId, ActionResult result) = 0;
    // Tells the twin that shadowing is in sync: Bound → Synchronized.
    virtual void startSynchronization() = 0;
    virtual void reportFailure(const QString &message) = 0;
    virtual const std::vector<PhysicalAssetDescription> &assetDescriptions() const = 0;
};

// WLDT's shadowing function: turns physical events into state transactions and digital actions
// into physical ones. Called on the twin's worker thread only.
class ShadowingFunction
{
public:
    virtual ~ShadowingFunction() = default;

    virtual void onStart(ShadowingContext &) {}
    virtual void onStop(ShadowingContext &) {}
    // Every physical adapter is bound. The default starts synchronization at once.
    virtual void onAdaptersBound(ShadowingContext &context) { context.startSynchronization(); }
    virtual void onAdapterUnbound(ShadowingContext &, int /*adapterIndex*/,
                                  const QString & /*reason*/)
    {}
    virtual void onPhysicalEvent(ShadowingContext &context, const PhysicalEvent &event) = 0;
    virtual void onDigitalAction(ShadowingContext &context,
                                 const DigitalActionRequest &request) = 0;
    virtual void onDesiredChange(ShadowingContext &, const QString & /*property*/, const Value &) {}
    virtual void onPhysicalActionResult(ShadowingContext &context, const QString &correlationId,
                                        const ActionResult &result)
    {
        context.completeDigitalAction(correlationId, result);
    }
};

} // namespace twinloom
