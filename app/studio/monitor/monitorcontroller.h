#pragma once

#include "app/studio/monitor/dashboard.h"
#include "app/studio/monitor/dashboardtheme.h"
#include "app/studio/monitor/entanglementindicator.h"
#include "app/studio/monitor/tilemodel.h"

#include <QtCore/QMultiHash>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <vector>

class QUndoStack;

namespace twinloom::Studio {

class EngineHost;
class RemoteTwins;

// The Monitor mode without its view: which dashboard is shown, its tiles fed from the engine
// host's coalesced frames, and the edits of the dashboard as undoable edits of the project.
class MonitorController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QList<QObject *> tiles READ tileObjects NOTIFY tilesChanged)
    Q_PROPERTY(int columns READ columns NOTIFY tilesChanged)
    Q_PROPERTY(int rows READ rows NOTIFY tilesChanged)
    Q_PROPERTY(QString title READ title NOTIFY tilesChanged)
    Q_PROPERTY(bool editing READ isEditing WRITE setEditing NOTIFY editingChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QObject *entanglement READ entanglement CONSTANT)
    Q_PROPERTY(int selectedTile READ selectedTile WRITE selectTile NOTIFY selectionChanged)

public:
    MonitorController(GraphModel *model, QUndoStack *undo, EngineHost *host,
                      QObject *parent = nullptr);
    ~MonitorController() override;

    // Shows the twin's saved dashboard, or its generated one; false (with a message) when the
    // twin does not exist.
    bool showTwin(const QString &twinId);
    // Remote twins offered next to the project's; may stay unset.
    void setRemoteTwins(RemoteTwins *remote);
    RemoteTwins *remoteTwins() const { return m_remote; }
    // Shows the generated dashboard of a remote twin, fed by its local mirror; false (with a
    // message) when it cannot be mirrored.
    bool showRemoteTwin(const QString &source, const QString &id);
    // A remote twin's dashboard is shown: generated, neither edited nor saved.
    bool isRemote() const { return m_feed != m_host; }
    bool showDashboard(const QString &dashboardId);
    const Dashboard &dashboard() const { return m_dashboard; }
    bool isSaved() const { return m_saved; }
    // Saved dashboards of the document (id, name), in order.
    QList<QPair<QString, QString>> savedDashboards() const;

    QList<QObject *> tileObjects() const;
    TileModel *tile(int index) const;
    int tileCount() const { return int(m_tiles.size()); }
    int columns() const { return m_dashboard.columns; }
    int rows() const { return std::max(m_dashboard.rows(), 1); }
    QString title() const;
    bool isEditing() const { return m_editing; }
    void setEditing(bool editing);
    bool isRunning() const;
    QString message() const { return m_message; }
    // The entanglement of the dashboard's twin, measured once a second while the twins run.
    EntanglementIndicator *entanglement() { return &m_entanglement; }

    // The tile being configured while editing; -1 for none.
    int selectedTile() const { return m_selected; }
    void selectTile(int index);

    // Edits (undoable, saved with the project). Each returns false with message() set when the
    // edit is not possible.
    bool addTile(Tile tile);
    Q_INVOKABLE bool removeTile(int index);
    // Moves or resizes a tile in one edit; tiles it would cover move down to make room.
    Q_INVOKABLE bool setTileGeometry(int index, int x, int y, int w, int h);
    // Replaces what a tile shows (title, member, type, series, history), keeping its place.
    bool updateTile(int index, const Tile &tile, const QString &text);
    Q_INVOKABLE bool setTileHistory(int index, int samples);
    // The time a plot shows while following its newest samples, in seconds.
    Q_INVOKABLE bool setTileSpan(int index, int seconds);
    // The dashboards' colours; dark or light after the window's palette.
    DashboardTheme *theme() { return &m_theme; }
    void setDark(bool dark);
    // Asks the view for a file name, then calls exportPlot().
    Q_INVOKABLE void requestExport(int index, const QString &format);
    bool exportPlot(int index, const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void tilesChanged();
    void editingChanged();
    void runningChanged();
    void messageChanged();
    void exportRequested(int index, const QString &format);
    void selectionChanged();

private:
    void setMessage(const QString &text);
    // Twins and engine the dashboard shows: the project's, or the remote mirrors'.
    void useFeed(GraphModel *twins, EngineHost *feed);
    void follow(EngineHost *host);
    // Shows `dashboard`; the message lists the diagnostics' errors and the tiles' problems.
    void rebuild(const Dashboard &dashboard, bool saved, const Diagnostics *diagnostics = nullptr);
    void reloadFromDocument();
    void onFrame();
    void onRunning(bool running);
    void seed();
    // Asks the history store for [from, to) of a plot's series (see TileModel::pastWanted).
    void loadPast(TileModel *tile, int series, double from, double to, int request);
    bool commit(Dashboard dashboard, const QString &text);
    // The header's and the entanglement tiles' figures, from the running engine.
    void measureEntanglement();
    static void makeRoomFor(Dashboard &dashboard, std::size_t placed);
    // True, with a message, when the dashboard shown is a remote twin's.
    bool refuseRemoteEdit();

    GraphModel *m_model;
    QUndoStack *m_undo;
    EngineHost *m_host;
    GraphModel *m_shown; // where the shown twins are defined
    EngineHost *m_feed;  // the engine that runs them
    RemoteTwins *m_remote = nullptr;
    Dashboard m_dashboard;
    bool m_saved = false;
    bool m_editing = false;
    int m_selected = -1;
    QString m_message;
    std::vector<TileModel *> m_tiles;
    // "kind/twin/member" → (tile, -1); a plot's sample source → (tile, series index)
    QMultiHash<QString, std::pair<TileModel *, int>> m_routes;
    QTimer m_ageTimer;
    EntanglementIndicator m_entanglement;
    DashboardTheme m_theme;
};

} // namespace twinloom::Studio
