#pragma once

#include "app/studio/monitor/tiletype.h"
#include "app/studio/shared/graphmodel.h"
#include "engine/diagnostics.h"
#include "engine/twinmodel.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QUndoCommand>

#include <optional>
#include <vector>

namespace twinloom::Studio {

// One curve of a plot tile: a numeric property of any twin, or a number inside a structured
// property named by a JSON pointer (`field`, "/x").
struct PlotSeries
{
    QString twin;
    QString property;
    QString field = {}; // empty: the property's value itself

    bool operator==(const PlotSeries &) const = default;
};

// A tile of a dashboard: what it shows (a property, an action or an event of a twin, or the
// series of a plot) and where it sits on the dashboard's grid.
struct Tile
{
    static constexpr int kDefaultHistory = 20'000;
    static constexpr int kMaxHistory = 10'000'000;
    static constexpr int kDefaultSpan = 300;        // seconds: five minutes
    static constexpr int kMaxSpan = 31 * 24 * 3600; // a month

    const TileType *type = TileType::Value; // never null
    QString twin;
    QString member; // property, action, event or relationship name; empty event log = every
                    // event, empty table = the twin's properties
    QString title;  // shown instead of the member's name when set
    int x = 0;
    int y = 0;
    int w = 1;
    int h = 1;
    int history = kDefaultHistory; // plot: samples kept per series at most
    int span = kDefaultSpan;       // plot: seconds shown while following the newest samples
    std::vector<PlotSeries> series;

    bool operator==(const Tile &) const = default;
};

// A dashboard: a grid of tiles, usually about one twin. Saved in the project document's
// "dashboards" array; a twin without a saved dashboard gets a generated one.
struct Dashboard
{
    using Json = GraphModel::Json;
    static constexpr int kDefaultColumns = 6;

    QString id;
    QString name;
    QString twin; // the twin it belongs to; empty for a free dashboard
    int columns = kDefaultColumns;
    std::vector<Tile> tiles;

    // Reads one entry; errors (with the JSON pointer) for what cannot be used. Tiles that are
    // wrong are left out with an error, the rest of the dashboard is kept.
    static std::optional<Dashboard> fromJson(const Json &json, const QString &pointer,
                                             Diagnostics &diagnostics);
    Json toJson() const;
    int rows() const; // rows the tiles use

    // The default dashboard of a twin: a tile per property chosen by its schema, an event log,
    // a desired-value control per writable property, a tile per action.
    static Dashboard generate(const QString &twinId, const QString &name, const TwinModel &model);

    bool operator==(const Dashboard &) const = default;
};

// The dashboards of a document, in order; entries that are not usable are reported and skipped.
std::vector<Dashboard> readDashboards(const GraphModel::Json &document, Diagnostics &diagnostics);

// An undoable edit of the document's "dashboards": the whole array before and after.
class DashboardEdit : public QUndoCommand
{
public:
    using Json = GraphModel::Json;

    DashboardEdit(GraphModel *model, const QString &text, std::optional<Json> before,
                  std::optional<Json> after);

    // An edit that replaces (or adds) dashboard `dashboard` by id, or removes it when `remove`.
    static DashboardEdit *replace(GraphModel *model, const QString &text,
                                  const Dashboard &dashboard, bool remove = false);

    void redo() override;
    void undo() override;

private:
    GraphModel *m_model;
    std::optional<Json> m_before;
    std::optional<Json> m_after;
};

} // namespace twinloom::Studio
