#pragma once

#include "adapters/remote/remotesource.h"
#include "app/studio/shared/graphmodel.h"
#include "engine/twindescription.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace twinloom {
class TwinBrowser;
}

namespace twinloom::Studio {

class EngineHost;

using twinloom::RemoteSource;

// A twin that a source announces.
struct RemoteTwin
{
    QString source; // RemoteSource::key()
    QString id;
    QString title;              // of its model
    QString model;              // its model id
    QStringList properties;     // in the description's order
    QString lifecycle;          // last lifecycle state announced; empty until one arrives
    bool reachable = true;      // not while its broker is lost or its CoAP server silent
    GraphModel::Json modelJson; // the model rebuilt from the description, as a project holds it
    std::shared_ptr<const TwinDescription> description;

    bool isOnline() const;
};

// Browses remote sources for twins, and runs a local mirror of each remote twin chosen for a
// dashboard in an engine of its own: the mirror reads the remote twin through the broker (the
// "twin" adapter), so dashboards work on it as on a local twin, whether the project runs or not.
class RemoteTwins : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QDateTime time;
        QString source; // label of the source
        QString message;
    };

    explicit RemoteTwins(QObject *parent = nullptr);
    ~RemoteTwins() override;

    // Sources; adding one that exists replaces it. false with `error` when it is not usable.
    bool addSource(const RemoteSource &source, QString *error = nullptr);
    void removeSource(const QString &key);
    std::vector<RemoteSource> sources() const;
    const RemoteSource *source(const QString &key) const;
    bool isConnected(const QString &key) const;
    // Sources kept in QSettings ("remote/sources"), without passwords.
    void loadSettings();
    void saveSettings() const;

    // Twins discovered, by source and then id.
    std::vector<RemoteTwin> twins() const;
    const RemoteTwin *twin(const QString &source, const QString &id) const;

    const std::vector<Problem> &problems() const { return m_problems; }
    int problemCount() const { return m_problemCount; }

    // The local mirror of a remote twin, created (and its engine restarted) when needed; its id
    // in mirrorModel(), or empty with `error` set.
    QString mirror(const QString &source, const QString &id, QString *error = nullptr);
    GraphModel *mirrorModel() const { return m_mirrorModel; }
    EngineHost *mirrorHost() const { return m_mirrorHost; }
    // The remote twin a mirror stands for: (source key, remote id).
    std::pair<QString, QString> mirrored(const QString &mirrorId) const;

Q_SIGNALS:
    // Sources or discovered twins changed (coalesced).
    void changed();
    void problem(const twinloom::Studio::RemoteTwins::Problem &problem);

private:
    struct Browser;

    void onDescribed(const QString &key, const QString &id, const TwinDescription &description,
                     const QString &lifecycle);
    void onLifecycle(const QString &key, const QString &id, const QString &state);
    void onGone(const QString &key, const QString &id);
    void onReachability(const QString &key, bool reachable, const QString &reason);
    void report(const QString &key, const QString &message);
    void scheduleChanged();
    bool restartMirrors(QString *error);
    // Removes the mirrors of source `key` (only `mirrorId` when given) and restarts the others.
    void dropMirrors(const QString &key, const QString &mirrorId = {});

    std::map<QString, std::unique_ptr<Browser>> m_browsers; // by source key
    std::vector<Problem> m_problems;
    int m_problemCount = 0;
    QTimer m_changed;
    GraphModel *m_mirrorModel;
    EngineHost *m_mirrorHost;
    QHash<QString, std::pair<QString, QString>> m_mirrors; // mirror id → (source key, remote id)
};

} // namespace twinloom::Studio
