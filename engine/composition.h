#pragma once

#include "engine/adapter.h"

#include <QtCore/QHash>

#include <mutex>
#include <set>

namespace twinloom {

// A physical adapter whose "device" is a set of other twins of the same engine: the targets of
// one relationship of its twin. It computes properties of its twin from a property of each of
// them — a floor's temperature as the mean of its rooms' — and publishes them when they change:
//   {"relationship": "contains",
//    "aggregates": [{"to": "temperature", "of": "temperature", "function": "mean"},
//                   {"to": "occupiedRooms", "of": "occupied", "function": "sum"}]}
// Functions: mean, min, max, sum (booleans count as 0/1), count (children that have a value).
class AggregateAdapter : public PhysicalAdapter
{
    Q_OBJECT

public:
    enum class Function { Mean, Min, Max, Sum, Count };
    struct Aggregate
    {
        QString to;
        QString of;
        Function function = Function::Mean;
    };

    struct Config
    {
        QString relationship;
        std::vector<Aggregate> aggregates;
    };

    static AdapterTypeInfo typeInfo();
    static std::unique_ptr<PhysicalAdapter> fromConfig(const AdapterBuildContext &context);
    // The configuration; nullopt with the problems in the context's diagnostics.
    static std::optional<Config> readConfig(const AdapterBuildContext &context);

    AggregateAdapter(QString id, Engine *engine, QString relationship,
                     std::vector<Aggregate> aggregates, QObject *parent = nullptr);
    ~AggregateAdapter() override;

    QString type() const override { return QStringLiteral("aggregate"); }
    void start() override;
    void stop() override;

    static std::optional<Function> functionFromName(QStringView name);
    const QString &relationship() const { return m_relationship; }
    const std::vector<Aggregate> &aggregates() const { return m_aggregates; }

protected:
    // Where the values of a related twin come from: by default its engine. Returns a handle
    // given back to unwatchSource().
    virtual std::uint64_t watchSource(const QString &child);
    virtual void unwatchSource(const QString &child, std::uint64_t handle);
    // A related twin's property changed (from any thread).
    void childChanged(const QString &child, const QString &property, const Value &value,
                      Timestamp time);
    const QStringList &watchedProperties() const { return m_watched; }
    // The aggregates as properties of the twin.
    PhysicalAssetDescription assetDescription() const;
    // Bound as soon as it watches (the parts are in this engine); an adapter whose parts are
    // elsewhere binds when it reaches them.
    virtual bool bindsOnStart() const { return true; }
    Engine *engine() const { return m_engine; }

private:
    void watch(const QString &child);
    void unwatch(const QString &child);
    void recompute(const QString &property, Timestamp time);

    Engine *m_engine;
    QString m_relationship;
    std::vector<Aggregate> m_aggregates;
    QStringList m_watched; // child properties that feed an aggregate
    std::uint64_t m_selfSubscription = 0;

    std::mutex m_mutex; // guards what follows: children report from their own worker threads
    QHash<QString, std::uint64_t> m_subscriptions;  // child → subscription
    QHash<QString, QHash<QString, Value>> m_values; // child → property → value
    QHash<QString, Value> m_published;              // aggregate → last published value
};

} // namespace twinloom
