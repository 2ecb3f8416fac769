#pragma once

#include "canvas.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <diagnostics.h>
#include <engine.h>
#include <memory>
#include <observation.h>

namespace twinloom::studio {

// A line of the run log.
struct LogEntry
{
    enum class Level { Info, Warning, Error };
    QDateTime time;
    Level level = Level::Info;
    QString twinId;
    QString source; // "engine", "lifecycle", an adapter id…
    QString message;
};

// The embedded engine of Run mode: runs the open project (all of it or one deployment node) and
// hands the GUI what changed once per frame, coalesced — never one signal per message.
class EngineHost : public QObject
{
    Q_OBJECT

public:
    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    // Builds an engine from the document and starts its twins; false with diagnostics when the
    // project cannot run.
    bool start(const GraphModel &model, const QString &node, Diagnostics &diagnostics);
    void stop();
    bool isRunning() const { return m_engine != nullptr; }
    Engine *engine() const { return m_engine.get(); }
    QString node() const { return m_node; }

    const LiveState *live(const QString &twinId) const;
    // Everything the last frame took from the engine (properties, desired values, events,
    // lifecycle), coalesced: valid during the changes() signal.
    const std::vector<CoalescedChange> &frameChanges() const { return m_frameChanges; }
    void setFrameRate(int fps);

Q_SIGNALS:
    void runningChanged(bool running);
    // Once per frame with the twins whose live state changed.
    void frame(const QStringList &changedTwins);
    // Once per frame after frame(), when the engine had anything new; see frameChanges().
    void changes();
    void log(const twinloom::studio::LogEntry &entry);

private:
    void pull();

    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<ChangeCoalescer> m_coalescer;
    QString m_node;
    QTimer m_timer;
    QHash<QString, LiveState> m_live;
    std::vector<CoalescedChange> m_frameChanges;
    QHash<QString, QStringList> m_keyProperties; // shown on the canvas, in model order
    QHash<QString, QHash<QString, QString>> m_units;
};

} // namespace twinloom::studio
