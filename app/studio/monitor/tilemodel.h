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

#include <limits>
#include <memory>

namespace twinloom::Studio {

// What one dashboard tile shows, for its QML view. Values arrive once per frame from
// MonitorController, never one call per message.
class TileModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString type READ type CONSTANT)
    Q_PROPERTY(QUrl view READ view CONSTANT)
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
    // A plot follows the newest samples (neither paused nor panned or zoomed).
    Q_PROPERTY(bool following READ isFollowing NOTIFY pausedChanged)
    Q_PROPERTY(int span READ span NOTIFY geometryChanged)
    Q_PROPERTY(QString spanText READ spanText NOTIFY geometryChanged)
    Q_PROPERTY(QStringList columns READ columns CONSTANT)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    // A twin table's rows' twin ids (empty for a property table).
    Q_PROPERTY(QStringList rowIds READ tableTwins NOTIFY changed)
    Q_PROPERTY(QString cursorText READ cursorText NOTIFY cursorChanged)
    // Where the cursor's line is drawn (negative: none): under the pointer, or at the time the
    // pointer reads on another plot of the dashboard.
    Q_PROPERTY(double cursorX READ cursorX NOTIFY cursorChanged)
    Q_PROPERTY(QObject *entanglement READ entanglement CONSTANT)

public:
    TileModel(const Tile &tile, int index, QObject *parent = nullptr);
    ~TileModel() override;

    const Tile &tile() const { return m_tile; }
    // Adopts a tile of the same content at another place, size or history length.
    void setTile(const Tile &tile, int index);
    // Whether it shows the same thing as `tile` (place and size aside).
    bool sameContent(const Tile &tile) const;

    QString type() const { return m_tile.type->idName(); }
    QUrl view() const { return m_tile.type->view(); } // the QML file that shows the tile
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
    bool isFollowing() const;
    int span() const { return m_tile.span; }
    QString spanText() const { return spanText(m_tile.span); }
    // "30 s", "5 min", "1 h", "7 d"
    static QString spanText(int seconds);
    Q_INVOKABLE QString spanLabel(int seconds) const { return spanText(seconds); }
    // The present: a following plot moves with it.
    void setNow(Timestamp now);
    PlotRenderer *plot() const { return m_plot.get(); }
    // An entanglement tile's figures; null for other tiles.
    EntanglementIndicator *entanglement() const { return m_entanglement.get(); }

    // Set up by the controller from the twin's model and the engine.
    void describe(const PropertyDef *property, const ActionDef *action, const QString &problem);
    // A table: a row per property of `model` (`targets` empty), or per twin in `targets`.
    // `names` are the targets' display names, shown in their rows (their ids on hover).
    void describeTable(const TwinModel *model, const QStringList &targets,
                       const QStringList &names = {});
    bool isTable() const { return m_tile.type->feed == TileType::Feed::Rows; }
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
    // Shows [from, to) (seconds since the epoch): the past comes from the store when the
    // samples held do not reach back that far.
    Q_INVOKABLE void showRange(double from, double to);
    // The store's answer to pastWanted(): older points of a series for the view.
    void setPast(int series, int request, std::vector<std::pair<double, double>> points);
    // The plot's cursor at x pixels from the plot view's left edge (negative: none). It reads
    // the time there and each series' sample nearest to it, again as new samples move the view.
    Q_INVOKABLE void setCursor(double x);
    QString cursorText() const { return m_cursorText; }
    double cursorX() const { return m_cursorLineX; }
    // The cursor of another plot at `time` (NaN: none): a line and the values there.
    void showCursorAt(double time);

    // The symbol of `unit` ("°C" for "degreeCelsius"); empty for none or an unknown one.
    static QString unitSymbol(const QString &unit);

Q_SIGNALS:
    void changed();
    void ageChanged();
    void geometryChanged();
    void resultChanged();
    void pausedChanged();
    void plotChanged();
    void cursorChanged();
    // The pointer reads `time` on this plot (NaN: it left the plot).
    void cursorMoved(double time);
    // A view of the past reaches before the samples a series holds: [from, to) is wanted from
    // the history store (seconds since the epoch), for setPast() with the same request number.
    void pastWanted(int series, double from, double to, int request);

private:
    static QString valueText(const SchemaPtr &schema, const Value &value);
    static QString ageText(Timestamp time, Timestamp now); // empty for no time
    void finish(QFuture<ActionResult> future, const QString &what);
    void readCursor();
    // Asks for what the view shows of the past beyond the samples held.
    void requestPast();

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
    double m_cursorX = -1;                                          // the pointer's
    double m_sharedTime = std::numeric_limits<double>::quiet_NaN(); // another plot's cursor
    double m_lastCursorTime = std::numeric_limits<double>::quiet_NaN();
    double m_cursorLineX = -1;
    QString m_cursorText;
    int m_pastRequest = 0; // the last pastWanted() request
    // A drag or a wheel moves the view many times a second; the store is asked once the view
    // rests for kPastDelayMs.
    QTimer m_pastTimer;
    static constexpr int kPastDelayMs = 150;
    void emitPastWanted();
    std::vector<Timestamp> m_seededUntil; // per series: the newest commit the history gave
    std::unique_ptr<EntanglementIndicator> m_entanglement;
    QPointer<Engine> m_engine;
};

} // namespace twinloom::Studio
