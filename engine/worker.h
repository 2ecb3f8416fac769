#pragma once

#include "engine/clock.h"

#include <QtCore/QObject>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <functional>
#include <map>
#include <mutex>
#include <vector>

namespace twinloom::Internal {

class TwinCore;

// One worker thread of the engine. Twins with pending mail are put on its ready list; the first
// one to arrive on an empty list posts a single wake-up, and the worker then drains every ready
// twin in a batch. Tasks (start, stop, destroy) run on the same thread before the twins.
class Worker : public QObject
{
    Q_OBJECT

public:
    explicit Worker(int index);
    ~Worker() override;

    int index() const { return m_index; }
    // The worker whose thread calls (null elsewhere).
    static Worker *current();
    QThread *thread() { return &m_thread; }

    void schedule(TwinCore *twin); // any thread
    // Worker thread: twins scheduled from this thread while an inline section is open get their
    // physical events processed when the outermost section closes, in the same call, instead of
    // after a posted wake-up. Their control and the worker's tasks still wait for the wake-up.
    void beginInline() { ++m_inlineDepth; }
    void endInline();
    void post(std::function<void()> task); // any thread
    // Runs a task on the worker and waits for it (not from the worker itself).
    void runAndWait(std::function<void()> task);
    void forget(TwinCore *twin); // worker thread: drops it from the ready list and deadlines

    // Worker thread: asks for twin->onDeadline() at `when` (µs timestamps).
    void addDeadline(TwinCore *twin, Timestamp when);

    void shutdown(); // any thread but the worker's: stops the thread after its tasks

protected:
    bool event(QEvent *e) override;

private:
    void wake();
    void processReady();
    void onTimer();
    void armTimer();

    int m_index;
    QThread m_thread;
    std::mutex m_mutex;
    std::vector<TwinCore *> m_ready;
    std::vector<std::function<void()>> m_tasks;
    bool m_wakePending = false;
    std::vector<TwinCore *> m_batch;       // worker thread only
    std::vector<TwinCore *> m_inlineBatch; // worker thread only
    int m_inlineDepth = 0;                 // worker thread only
    bool m_processing = false;             // worker thread only
    std::multimap<Timestamp, TwinCore *> m_deadlines;
    QTimer *m_timer = nullptr;
    Timestamp m_timerAt = 0;
};

} // namespace twinloom::Internal
