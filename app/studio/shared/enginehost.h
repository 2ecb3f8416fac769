#pragma once

#include "app/studio/shared/livestate.h"
#include "app/studio/shared/logentry.h"
#include "engine/diagnostics.h"
#include "engine/engine.h"
#include "engine/observation.h"

#include <QtCore/QDateTime>
#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace twinloom {
class HttpApi;
class SqlHistoryStore;
} // namespace twinloom

namespace twinloom::Studio {

class GraphModel;

// Where a plot series reads its numbers: a property of a twin, or a number inside a structured
// property named by a JSON pointer (`field`, "/x"; empty for the value itself).
struct SampleSource
{
    QString twin;
    QString property;
    QString field;

    bool operator==(const SampleSource &) const = default;
};

struct TimedSample
{
    Timestamp time = 0; // the device's time when known, else the commit time
    Timestamp commitTime = 0;
    double value = 0;
};

// Every sample one source took since the last frame, oldest first.
struct SourceSamples
{
    SampleSource source;
    std::vector<TimedSample> samples;
};

// The number a source reads from a property's value: the value itself or the field it names;
// nullopt when it is not a number there.
std::optional<double> sampleNumber(const Value &value, const QStringList &field);

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
    // The history store Run mode records into (the project's "history" section); null without.
    std::shared_ptr<SqlHistoryStore> history() const { return m_history; }
    // Serves the running twins over HTTP and WebSocket on the address ("127.0.0.1:8080") from
    // the next start(); empty: not served (the default).
    void setHttpAddress(const QString &address) { m_httpAddress = address; }
    QString httpAddress() const { return m_httpAddress; }
    // The running HTTP interface's base URL ("http://127.0.0.1:8080"), or empty.
    QString httpUrl() const;
    Engine *engine() const { return m_engine.get(); }
    QString node() const { return m_node; }

    const LiveState *live(const QString &twinId) const;
    // The twins whose health is not empty, in the project's order.
    QStringList unhealthyTwins() const;
    // Everything the last frame took from the engine (properties, desired values, events,
    // lifecycle), coalesced: valid during the changes() signal.
    const std::vector<CoalescedChange> &frameChanges() const { return m_frameChanges; }
    void setFrameRate(int fps);

    // The sources whose every sample the GUI needs (plots): each gets all its samples, not only
    // the latest per frame, handed over with the frame (frameSamples()). Kept across runs.
    void setSampleSources(const std::vector<SampleSource> &sources);
    // What the last frame took for each source (quiet ones with no samples): valid during the
    // changes() signal.
    const std::vector<SourceSamples> &frameSamples() const { return m_frameSamples; }
    // Samples lost because the GUI did not take them in time.
    std::uint64_t droppedSamples() const;
    // The GUI thread's time per frame (taking the changes and every view's update of them), over
    // the last 600 frames with changes.
    struct FrameCost
    {
        int frames = 0;
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
    };
    FrameCost frameCost() const;

Q_SIGNALS:
    void runningChanged(bool running);
    // Once per frame with the twins whose live state changed.
    void frame(const QStringList &changedTwins);
    // Once per frame after frame(), when the engine had anything new; see frameChanges().
    void changes();
    void log(const twinloom::Studio::LogEntry &entry);
    // The set of twins with something wrong (health) changed; see unhealthyTwins().
    void healthChanged();

private:
    void pull();
    void updateHealth(const QString &twinId);
    void setHealth(const QString &twinId, const QString &health);
    void subscribeSamples();

    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<HttpApi> m_http;
    std::shared_ptr<SqlHistoryStore> m_history;
    QString m_httpAddress;
    std::shared_ptr<ChangeCoalescer> m_coalescer;
    QString m_node;
    QTimer m_timer;
    QHash<QString, LiveState> m_live;
    QStringList m_order;                       // the running twins, in the project's order
    QSet<QString> m_healthChanged;             // since the last frame
    QHash<QString, QString> m_lifecycleReason; // twin → why it is not following
    QHash<QString, QMap<QString, QString>> m_adaptersDown; // twin → adapter → reason
    std::vector<CoalescedChange> m_frameChanges;
    std::vector<SampleSource> m_sampleSources;
    // A source's samples kept between two frames; beyond it the oldest half goes.
    static constexpr std::size_t kMaxPendingSamples = 1 << 16;
    // Every change of a sampled property, kept by the engine's pull buffer between two frames.
    struct SampleFeed
    {
        SampleSource source;
        QStringList field;
        std::uint64_t subscription = 0;
        std::shared_ptr<ChangeCoalescer> changes;
        std::vector<CoalescedChange> taken; // the last frame's, its storage reused
    };
    std::vector<SampleFeed> m_feeds;             // while running
    std::vector<SourceSamples> m_frameSamples;   // one per feed, in the same order
    QHash<QString, QStringList> m_keyProperties; // shown on the canvas, in model order
    QHash<QString, QHash<QString, QString>> m_units;
    std::deque<double> m_frameCosts; // ms, see frameCost()
};

} // namespace twinloom::Studio
