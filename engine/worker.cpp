#include "engine/worker.h"

#include "engine/twincore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtCore/QScopeGuard>

#include <algorithm>
#include <future>

namespace twinloom::Internal {

namespace {
const QEvent::Type kWakeEvent = static_cast<QEvent::Type>(QEvent::registerEventType());
thread_local Worker *t_current = nullptr;
} // namespace

Worker *Worker::current()
{
    return t_current;
}

Worker::Worker(int index)
    : m_index(index)
{
    m_thread.setObjectName(QStringLiteral("twinloom-worker-%1").arg(index));
    moveToThread(&m_thread);
    m_thread.start();
    // The timer must be created on the worker thread.
    runAndWait([this] {
        t_current = this;
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &Worker::onTimer);
    });
}

Worker::~Worker()
{
    shutdown();
}

void Worker::shutdown()
{
    if (!m_thread.isRunning())
        return;
    runAndWait([this] {
        delete m_timer;
        m_timer = nullptr;
    });
    m_thread.quit();
    m_thread.wait();
}

void Worker::wake()
{
    QCoreApplication::postEvent(this, new QEvent(kWakeEvent));
}

void Worker::schedule(TwinCore *twin)
{
    // In an inline section the twin runs when it closes; a wake-up is not needed for it.
    const bool inlineHere = QThread::currentThread() == &m_thread && m_inlineDepth > 0;
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        m_ready.push_back(twin);
        if (!inlineHere && !m_wakePending) {
            m_wakePending = true;
            post = true;
        }
    }
    if (post)
        wake();
}

void Worker::endInline()
{
    if (--m_inlineDepth > 0 || m_processing)
        return;
    // The section closes inside an adapter's callback (a socket read of libmosquitto or
    // libcoap): only physical data runs here. Tasks and twin control (stop, start, actions) may
    // destroy the very adapter that is calling, so they wait for the posted wake-up, which runs
    // outside any adapter code.
    m_processing = true;
    std::vector<TwinCore *> waiting;
    for (int round = 0; round < 64; ++round) {
        {
            std::lock_guard lock(m_mutex);
            m_inlineBatch.swap(m_ready);
        }
        if (m_inlineBatch.empty())
            break;
        for (std::size_t i = 0; i < m_inlineBatch.size(); ++i) {
            if (m_inlineBatch[i]->runData())
                waiting.push_back(m_inlineBatch[i]);
        }
        m_inlineBatch.clear();
    }
    m_processing = false;
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        m_ready.insert(m_ready.end(), waiting.begin(), waiting.end());
        // Twins with control waiting, and any still ready after the last round.
        if (!m_ready.empty() && !m_wakePending) {
            m_wakePending = true;
            post = true;
        }
    }
    if (post)
        wake();
}

void Worker::post(std::function<void()> task)
{
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
        if (!m_wakePending) {
            m_wakePending = true;
            post = true;
        }
    }
    if (post)
        wake();
}

void Worker::runAndWait(std::function<void()> task)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    std::promise<void> done;
    auto future = done.get_future();
    post([&] {
        task();
        done.set_value();
    });
    future.wait();
}

void Worker::forget(TwinCore *twin)
{
    {
        std::lock_guard lock(m_mutex);
        m_ready.erase(std::remove(m_ready.begin(), m_ready.end(), twin), m_ready.end());
    }
    m_batch.erase(std::remove(m_batch.begin(), m_batch.end(), twin), m_batch.end());
    for (auto it = m_deadlines.begin(); it != m_deadlines.end();) {
        if (it->second == twin)
            it = m_deadlines.erase(it);
        else
            ++it;
    }
}

bool Worker::event(QEvent *e)
{
    if (e->type() != kWakeEvent)
        return QObject::event(e);
    processReady();
    return true;
}

void Worker::processReady()
{
    m_processing = true;
    const auto done = qScopeGuard([this] { m_processing = false; });
    // Keep going while work arrives, so a busy engine needs no wake-ups at all.
    for (int round = 0; round < 64; ++round) {
        std::vector<std::function<void()>> tasks;
        {
            std::lock_guard lock(m_mutex);
            tasks.swap(m_tasks);
            m_batch.swap(m_ready);
            if (tasks.empty() && m_batch.empty()) {
                m_wakePending = false;
                return;
            }
        }
        for (auto &task : tasks)
            task();
        // A task may have removed twins from m_batch through forget().
        for (std::size_t i = 0; i < m_batch.size(); ++i)
            m_batch[i]->run();
        m_batch.clear();
    }
    // Still busy after many rounds: yield to timers and other events, then continue.
    wake();
}

void Worker::addDeadline(TwinCore *twin, Timestamp when)
{
    m_deadlines.emplace(when, twin);
    armTimer();
}

void Worker::armTimer()
{
    if (!m_timer)
        return;
    if (m_deadlines.empty()) {
        m_timer->stop();
        m_timerAt = 0;
        return;
    }
    const Timestamp next = m_deadlines.begin()->first;
    if (m_timer->isActive() && m_timerAt == next)
        return;
    m_timerAt = next;
    const Timestamp waitMicros = std::max<Timestamp>(0, next - Clock::now());
    m_timer->start(
        static_cast<int>(std::min<Timestamp>((waitMicros + 999) / 1000, 24 * 3600 * 1000)));
}

void Worker::onTimer()
{
    const Timestamp now = Clock::now();
    std::vector<std::pair<Timestamp, TwinCore *>> due;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        due.push_back(*m_deadlines.begin());
        m_deadlines.erase(m_deadlines.begin());
    }
    for (const auto &[when, twin] : due)
        twin->onDeadline(when, now);
    armTimer();
}

} // namespace twinloom::Internal
