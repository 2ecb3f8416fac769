#pragma once

#include "app/studio/monitor/dashboard.h"
#include "app/studio/monitor/entanglementindicator.h"
#include "app/studio/monitor/plotrenderer.h"
#include "app/studio/shared/enginehost.h"
#include "engine/engine.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QVariant>
#include <QtGui/QColor>
#include <QtQuick/QQuickPaintedItem>
#include <QtWidgets/QWidget>

#include <memory>

class QComboBox;
class QQuickWidget;
class QToolButton;
class QUndoStack;

namespace twinloom::Studio {

class TileInspector;
class EngineHost;
class RemoteTwins;

// What one dashboard tile shows, for its QML view. Values arrive once per frame from
// MonitorController, never one call per message.
class TileModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString type READ type CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY geometryChanged)
    Q_PROPERTY(QString twin READ twin CONSTANT)
    Q_PROPERTY(QString member READ member CONSTANT)
    Q_PROPERTY(QString unit READ unit CONSTANT)
    Q_PROPERTY(QString problem READ problem CONSTANT)
    Q_PROPERTY(int index READ index NOTIFY geometryChanged)
    Q_PROPERTY(int gridX READ gridX NOTIFY geometryChanged)
    Q_PROPERTY(int gridY READ gridY NOTIFY geometryChanged)
    Q_PROPERTY(int gridW READ gridW NOTIFY geometryChanged)
    Q_PROPERTY(int gridH READ gridH NOTIFY geometryChanged)
    Q_PROPERTY(int history READ history NOTIFY geometryChanged)
    Q_PROPERTY(bool hasValue READ hasValue NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(double number READ number NOTIFY changed)
    Q_PROPERTY(bool on READ isOn NOTIFY changed)
    Q_PROPERTY(int trend READ trend NOTIFY changed)
    Q_PROPERTY(bool hasRange READ hasRange CONSTANT)
    Q_PROPERTY(double minimum READ minimum CONSTANT)
    Q_PROPERTY(double maximum READ maximum CONSTANT)
    Q_PROPERTY(QString age READ age NOTIFY ageChanged)
    Q_PROPERTY(bool stale READ isStale NOTIFY ageChanged)
    Q_PROPERTY(QString desiredText READ desiredText NOTIFY changed)
    Q_PROPERTY(QString control READ control CONSTANT)
    Q_PROPERTY(QStringList choices READ choices CONSTANT)
    Q_PROPERTY(QString argumentHint READ argumentHint CONSTANT)
    Q_PROPERTY(QStringList events READ events NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY resultChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY resultChanged)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(QStringList columns READ columns CONSTANT)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(QString cursorText READ cursorText NOTIFY cursorChanged)
    Q_PROPERTY(QObject *entanglement READ entanglement CONSTANT)

public:
    TileModel(const Tile &tile, int index, QObject *parent = nullptr);
    ~TileModel() override;

    const Tile &tile() const { return m_tile; }
    // Adopts a tile of the same content at another place, size or history length.
    void setTile(const Tile &tile, int index);
    // Whether it shows the same thing as `tile` (place and size aside).
    bool sameContent(const Tile &tile) const;

    QString type() const { return tileTypeName(m_tile.type); }
    QString title() const { return m_tile.title.isEmpty() ? m_title : m_tile.title; }
    QString twin() const { return m_tile.twin; }
    QString member() const { return m_tile.member; }
    QString unit() const { return m_unitSymbol; }
    QString problem() const { return m_problem; }
    int index() const { return m_index; }
    int gridX() const { return m_tile.x; }
    int gridY() const { return m_tile.y; }
    int gridW() const { return m_tile.w; }
    int gridH() const { return m_tile.h; }
    int history() const { return m_tile.history; }
    bool hasValue() const { return !m_value.isNull(); }
    QString text() const { return m_text; }
    double number() const { return m_value.toDouble(); }
    bool isOn() const { return m_value.toBool(); }
    int trend() const { return m_trend; }
    bool hasRange() const { return m_hasRange; }
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    QString age() const { return m_age; }
    bool isStale() const { return m_stale; }
    QString desiredText() const { return m_desiredText; }
    QString control() const { return m_control; }
    QStringList choices() const { return m_choices; }
    QString argumentHint() const { return m_argumentHint; }
    QStringList events() const { return m_events; }
    QString result() const { return m_result; }
    bool failed() const { return m_failed; }
    bool isBusy() const { return m_busy; }
    bool isPaused() const;
    void setPaused(bool paused);
    PlotRenderer *plot() const { return m_plot.get(); }
    // An entanglement tile's figures; null for other tiles.
    EntanglementIndicator *entanglement() const { return m_entanglement.get(); }

    // Set up by the controller from the twin's model and the engine.
    void describe(const PropertyDef *property, const ActionDef *action, const QString &problem);
    // A table: a row per property of `model` (`targets` empty), or per twin in `targets`.
    void describeTable(const TwinModel *model, const QStringList &targets);
    bool isTable() const { return m_tile.type == TileType::Table; }
    QStringList columns() const { return m_columns; }
    QVariantList rows() const { return m_rows; }
    // A table's twins (those of the relationship), in row order.
    QStringList tableTwins() const { return m_tableTwins; }
    // A property table's row takes a value; a twin table's row takes the twin's live state.
    void setRowValue(int row, const Value &value, Timestamp time);
    void setRowState(int row, const LiveState *state);
    void setEngine(Engine *engine) { m_engine = engine; }
    void setReported(const Value &value, Timestamp time);
    void setDesired(const Value &value);
    void addEvent(const QString &name, const Value &payload, Timestamp time);
    void addSample(int series, double time, double value);
    // Every sample of one series since the last frame, oldest first.
    void addSamples(int series, const std::vector<TimedSample> &samples);
    // Samples from the engine's history, merged with those already held (see
    // PlotRenderer::prepend); live samples the history gave are not added again.
    void seedSeries(int series, const std::vector<HistorySample> &samples);
    // Announces what the frame changed: one signal per tile and frame at most.
    void flush();
    void refreshAge(Timestamp now);
    void clearValues();
    // The plot changed: its view should repaint.
    void notifyPlot();

    Q_INVOKABLE void invoke(const QString &argument = {});
    Q_INVOKABLE void writeDesired(const QVariant &value);
    // Plot view: zoom by `factor` around `at` (0 = left edge, 1 = right edge), pan by a fraction
    // of the width, or follow the newest samples again.
    Q_INVOKABLE void zoom(double factor, double at);
    Q_INVOKABLE void pan(double fraction);
    Q_INVOKABLE void follow();
    // The plot's cursor at x pixels from the plot view's left edge (negative: none). It reads
    // the time there and each series' sample nearest to it, again as new samples move the view.
    Q_INVOKABLE void setCursor(double x);
    QString cursorText() const { return m_cursorText; }

Q_SIGNALS:
    void changed();
    void ageChanged();
    void geometryChanged();
    void resultChanged();
    void pausedChanged();
    void plotChanged();
    void cursorChanged();

private:
    static QString valueText(const SchemaPtr &schema, const Value &value);
    static QString ageText(Timestamp time, Timestamp now); // empty for no time
    void finish(QFuture<ActionResult> future, const QString &what);
    void readCursor();

    Tile m_tile;
    int m_index = 0;
    QString m_title;
    QString m_unit;
    QString m_unitSymbol;
    QString m_problem;
    SchemaPtr m_schema; // of the property, or of the action's request
    SchemaPtr m_reply;  // of the action's response
    Timestamp m_maxAge = 0;
    bool m_hasRange = false;
    double m_minimum = 0;
    double m_maximum = 100;
    Value m_value;
    Timestamp m_time = 0;
    QString m_text;
    int m_trend = 0;
    QString m_age;
    bool m_stale = false;
    QString m_desiredText;
    QString m_control;
    QStringList m_choices;
    QString m_argumentHint;
    QStringList m_events;
    QString m_result;
    bool m_failed = false;
    bool m_busy = false;
    bool m_dirty = false;
    bool m_plotDirty = false;
    std::unique_ptr<PlotRenderer> m_plot;
    // Table: cells per row; for a property table, each row's schema, unit and time.
    struct TableRow
    {
        SchemaPtr schema;
        QString unit;
        Timestamp time = 0;
    };
    QStringList m_columns;
    QVariantList m_rows;
    std::vector<TableRow> m_tableRows;
    QStringList m_tableTwins;
    double m_cursorX = -1;
    QString m_cursorText;
    std::vector<Timestamp> m_seededUntil; // per series: the newest commit the history gave
    std::unique_ptr<EntanglementIndicator> m_entanglement;
    QPointer<Engine> m_engine;
};

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
};

// A QCustomPlot picture inside Qt Quick: paints the tile's PlotRenderer, at most once a frame
// and only when the plot changed.
class PlotItem : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(QObject *tile READ tile WRITE setTile NOTIFY tileChanged)

public:
    explicit PlotItem(QQuickItem *parent = nullptr);

    QObject *tile() const { return m_tile; }
    void setTile(QObject *tile);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void tileChanged();

private:
    QPointer<TileModel> m_tile;
    QMetaObject::Connection m_connection;
};

// The arc of a gauge tile, painted with QPainter like the plots (no JavaScript drawing per
// frame, as a QML Canvas would need).
class GaugeArc : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(double fraction READ fraction WRITE setFraction NOTIFY changed)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY changed)
    Q_PROPERTY(QColor trackColor READ trackColor WRITE setTrackColor NOTIFY changed)
    Q_PROPERTY(bool showValue READ showValue WRITE setShowValue NOTIFY changed)

public:
    explicit GaugeArc(QQuickItem *parent = nullptr);

    double fraction() const { return m_fraction; }
    void setFraction(double fraction);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QColor trackColor() const { return m_trackColor; }
    void setTrackColor(const QColor &color);
    bool showValue() const { return m_showValue; }
    void setShowValue(bool show);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void changed();

private:
    double m_fraction = 0;
    QColor m_color = QColor(0x2f, 0x7e, 0xd8);
    QColor m_trackColor = QColor(0xdd, 0xe3, 0xe9);
    bool m_showValue = false;
};

// Monitor mode: a twin or saved dashboard to choose, its tiles in Qt Quick, and the edit tools.
class MonitorView : public QWidget
{
    Q_OBJECT

public:
    MonitorView(GraphModel *model, QUndoStack *undo, EngineHost *host,
                RemoteTwins *remote = nullptr, QWidget *parent = nullptr);
    ~MonitorView() override;

    MonitorController *controller() const { return m_controller; }
    QQuickWidget *quickWidget() const { return m_quick; }
    TileInspector *tileInspector() const { return m_inspector; }
    // The operator view: the dashboard alone, without the chooser and the edit tools.
    void setOperatorView(bool on);
    bool isOperatorView() const { return m_operator; }
    // Fills the chooser again (after open, or when twins or dashboards changed).
    void refreshChoices();
    void showTwin(const QString &twinId);
    // Chooses remote twin `id` of source `source` (see RemoteTwins) in the chooser.
    bool showRemoteTwin(const QString &source, const QString &id);
    QComboBox *chooser() const { return m_chooser; }

private:
    void choose(int index);
    // A group per source after the project's twins: its title, then its twins.
    void addRemoteChoices(const RemoteTwins &remote);
    static QString remoteChoice(const QString &source, const QString &id);
    void fillAddMenu();
    void exportPlot(int index, const QString &format);

    MonitorController *m_controller;
    GraphModel *m_model;
    QComboBox *m_chooser;
    QToolButton *m_edit;
    QToolButton *m_add;
    QToolButton *m_remove;
    QWidget *m_bar;
    QToolButton *m_remoteSources;
    QQuickWidget *m_quick;
    TileInspector *m_inspector;
    bool m_operator = false;
};

} // namespace twinloom::Studio
