#include "app/studio/monitor/dashboard.h"

#include "app/studio/shared/tr.h"

#include <algorithm>

namespace twinloom::Studio {

namespace {

using Json = GraphModel::Json;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

struct TypeName
{
    TileType type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
    {TileType::Value, "value"},   {TileType::Gauge, "gauge"},
    {TileType::Lamp, "lamp"},     {TileType::State, "state"},
    {TileType::Text, "text"},     {TileType::EventLog, "events"},
    {TileType::Action, "action"}, {TileType::Desired, "desired"},
    {TileType::Plot, "plot"},     {TileType::Entanglement, "entanglement"},
    {TileType::Table, "table"},
};

bool isNumericKind(SchemaKind k)
{
    return k == SchemaKind::Integer || k == SchemaKind::Long || k == SchemaKind::Float ||
           k == SchemaKind::Double;
}

// Reads an optional string member; an error when it is there but not a string.
bool readString(const Json &json, const char *key, const QString &pointer, QString &out,
                Diagnostics &d, bool required = false)
{
    const auto it = json.find(key);
    if (it == json.end()) {
        if (required) {
            d.error(pointer, Tr::tr("\"%1\" is missing").arg(QLatin1String(key)));
            return false;
        }
        return true;
    }
    if (!it->is_string()) {
        d.error(pointerAppend(pointer, QLatin1String(key)),
                Tr::tr("\"%1\" must be a string").arg(QLatin1String(key)));
        return false;
    }
    out = qs(it->get<std::string>());
    return true;
}

bool readInt(const Json &json, const char *key, const QString &pointer, int minimum, int maximum,
             int &out, Diagnostics &d)
{
    const auto it = json.find(key);
    if (it == json.end())
        return true;
    if (!it->is_number_integer() || it->get<std::int64_t>() < minimum ||
        it->get<std::int64_t>() > maximum) {
        d.error(pointerAppend(pointer, QLatin1String(key)),
                Tr::tr("\"%1\" must be an integer from %2 to %3")
                    .arg(QLatin1String(key))
                    .arg(minimum)
                    .arg(maximum));
        return false;
    }
    out = static_cast<int>(it->get<std::int64_t>());
    return true;
}

const char *memberKey(TileType type)
{
    switch (type) {
    case TileType::Action:
        return "action";
    case TileType::EventLog:
        return "event";
    case TileType::Table:
        return "relationship";
    case TileType::Plot:
    case TileType::Entanglement:
        return nullptr;
    default:
        return "property";
    }
}

std::optional<Tile> tileFromJson(const Json &json, const QString &pointer, int columns,
                                 Diagnostics &d)
{
    if (!json.is_object()) {
        d.error(pointer, Tr::tr("a tile must be an object"));
        return std::nullopt;
    }
    Tile tile;
    QString typeName;
    if (!readString(json, "type", pointer, typeName, d, true))
        return std::nullopt;
    const auto type = tileTypeFromName(typeName);
    if (!type) {
        d.error(pointerAppend(pointer, QStringLiteral("type")),
                Tr::tr("unknown tile type '%1'").arg(typeName));
        return std::nullopt;
    }
    tile.type = *type;
    bool ok = readInt(json, "x", pointer, 0, columns - 1, tile.x, d);
    ok = readInt(json, "y", pointer, 0, 10000, tile.y, d) && ok;
    ok = readInt(json, "w", pointer, 1, columns, tile.w, d) && ok;
    ok = readInt(json, "h", pointer, 1, 100, tile.h, d) && ok;
    if (!ok)
        return std::nullopt;
    tile.w = std::min(tile.w, columns - tile.x);
    if (!readString(json, "title", pointer, tile.title, d, false))
        return std::nullopt;
    if (tile.type == TileType::Plot) {
        if (!readInt(json, "history", pointer, 2, Tile::kMaxHistory, tile.history, d))
            return std::nullopt;
        const auto series = json.find("series");
        if (series == json.end() || !series->is_array()) {
            d.error(pointerAppend(pointer, QStringLiteral("series")),
                    Tr::tr("a plot needs \"series\", an array of {\"twin\", \"property\"}"));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < series->size(); ++i) {
            const QString p = pointerAppend(pointerAppend(pointer, QStringLiteral("series")),
                                            static_cast<qsizetype>(i));
            const Json &s = (*series)[i];
            if (!s.is_object()) {
                d.error(p, Tr::tr("a series must be an object"));
                return std::nullopt;
            }
            PlotSeries ps;
            if (!readString(s, "twin", p, ps.twin, d, true) ||
                !readString(s, "property", p, ps.property, d, true) ||
                !readString(s, "field", p, ps.field, d))
                return std::nullopt;
            if (!parseJsonPointer(ps.field)) {
                d.error(pointerAppend(p, QStringLiteral("field")),
                        Tr::tr("'%1' is not a JSON pointer: it must be empty or start with '/'")
                            .arg(ps.field));
                return std::nullopt;
            }
            tile.series.push_back(ps);
        }
        return tile;
    }
    if (!readString(json, "twin", pointer, tile.twin, d, true))
        return std::nullopt;
    const char *key = memberKey(tile.type);
    if (!key)
        return tile;
    if (!readString(json, key, pointer, tile.member, d,
                    tile.type != TileType::EventLog && tile.type != TileType::Table))
        return std::nullopt;
    return tile;
}

Json tileToJson(const Tile &t)
{
    Json j = Json::object();
    j["type"] = tileTypeName(t.type).toStdString();
    if (t.type == TileType::Plot) {
        Json series = Json::array();
        for (const PlotSeries &s : t.series) {
            Json one = {{"twin", s.twin.toStdString()}, {"property", s.property.toStdString()}};
            if (!s.field.isEmpty())
                one["field"] = s.field.toStdString();
            series.push_back(std::move(one));
        }
        j["series"] = std::move(series);
        j["history"] = t.history;
    } else {
        j["twin"] = t.twin.toStdString();
        if (!t.member.isEmpty() && memberKey(t.type))
            j[memberKey(t.type)] = t.member.toStdString();
    }
    if (!t.title.isEmpty())
        j["title"] = t.title.toStdString();
    j["x"] = t.x;
    j["y"] = t.y;
    j["w"] = t.w;
    j["h"] = t.h;
    return j;
}

// Puts tiles left to right in rows of `columns` cells.
class Flow
{
public:
    explicit Flow(int columns)
        : m_columns(columns)
    {}
    void place(Tile &t)
    {
        if (m_x + t.w > m_columns) {
            m_x = 0;
            m_y += m_rowHeight;
            m_rowHeight = 0;
        }
        t.x = m_x;
        t.y = m_y;
        m_x += t.w;
        m_rowHeight = std::max(m_rowHeight, t.h);
    }

private:
    int m_columns;
    int m_x = 0;
    int m_y = 0;
    int m_rowHeight = 0;
};

} // namespace

QString tileTypeName(TileType type)
{
    for (const TypeName &n : kTypeNames)
        if (n.type == type)
            return QLatin1String(n.name);
    return {};
}

std::optional<TileType> tileTypeFromName(const QString &name)
{
    for (const TypeName &n : kTypeNames)
        if (name == QLatin1String(n.name))
            return n.type;
    return std::nullopt;
}

std::optional<Dashboard> Dashboard::fromJson(const Json &json, const QString &pointer,
                                             Diagnostics &d)
{
    if (!json.is_object()) {
        d.error(pointer, Tr::tr("a dashboard must be an object"));
        return std::nullopt;
    }
    Dashboard db;
    if (!readString(json, "id", pointer, db.id, d, true) ||
        !readString(json, "name", pointer, db.name, d) ||
        !readString(json, "twin", pointer, db.twin, d) ||
        !readInt(json, "columns", pointer, 1, 48, db.columns, d))
        return std::nullopt;
    if (db.id.isEmpty()) {
        d.error(pointerAppend(pointer, QStringLiteral("id")), Tr::tr("\"id\" must not be empty"));
        return std::nullopt;
    }
    const auto tiles = json.find("tiles");
    if (tiles != json.end()) {
        if (!tiles->is_array()) {
            d.error(pointerAppend(pointer, QStringLiteral("tiles")),
                    Tr::tr("\"tiles\" must be an array"));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < tiles->size(); ++i) {
            const QString p = pointerAppend(pointerAppend(pointer, QStringLiteral("tiles")),
                                            static_cast<qsizetype>(i));
            if (auto t = tileFromJson((*tiles)[i], p, db.columns, d))
                db.tiles.push_back(std::move(*t));
        }
    }
    return db;
}

Dashboard::Json Dashboard::toJson() const
{
    Json j = Json::object();
    j["id"] = id.toStdString();
    if (!name.isEmpty())
        j["name"] = name.toStdString();
    if (!twin.isEmpty())
        j["twin"] = twin.toStdString();
    j["columns"] = columns;
    Json list = Json::array();
    for (const Tile &t : tiles)
        list.push_back(tileToJson(t));
    j["tiles"] = std::move(list);
    return j;
}

int Dashboard::rows() const
{
    int rows = 0;
    for (const Tile &t : tiles)
        rows = std::max(rows, t.y + t.h);
    return rows;
}

Dashboard Dashboard::generate(const QString &twinId, const QString &name, const TwinModel &model)
{
    Dashboard db;
    db.id = twinId;
    db.name = name.isEmpty() ? twinId : name;
    db.twin = twinId;
    Flow flow(db.columns);
    std::vector<PlotSeries> numeric;
    auto add = [&](TileType type, const QString &member, int w, int h) {
        Tile t;
        t.type = type;
        t.twin = twinId;
        t.member = member;
        t.w = w;
        t.h = h;
        flow.place(t);
        db.tiles.push_back(std::move(t));
    };
    for (const PropertyDef &p : model.properties) {
        const SchemaKind kind = p.schema ? p.schema->kind() : SchemaKind::String;
        if (isNumericKind(kind)) {
            if (p.minimum && p.maximum)
                add(TileType::Gauge, p.name, 2, 2);
            else
                add(TileType::Value, p.name, 2, 1);
            numeric.push_back({twinId, p.name});
        } else if (kind == SchemaKind::Boolean) {
            add(TileType::Lamp, p.name, 1, 1);
        } else if (kind == SchemaKind::Enum) {
            add(TileType::State, p.name, 2, 1);
        } else {
            add(TileType::Text, p.name, 2, 1);
        }
    }
    for (const PropertyDef &p : model.properties)
        if (p.writable && !p.telemetry)
            add(TileType::Desired, p.name, 2, 1);
    for (const ActionDef &a : model.actions)
        add(TileType::Action, a.name, 2, 1);
    if (!model.events.empty())
        add(TileType::EventLog, {}, 3, 2);
    // A twin made of others lists them with their state.
    for (const RelationshipDef &r : model.relationships)
        add(TileType::Table, r.name, 3, 2);
    if (!numeric.empty()) {
        Tile plot;
        plot.type = TileType::Plot;
        plot.w = db.columns;
        plot.h = 3;
        // A plot reads well with a few curves; the others have their own tiles.
        numeric.resize(std::min<std::size_t>(numeric.size(), 5));
        plot.series = std::move(numeric);
        flow.place(plot);
        db.tiles.push_back(std::move(plot));
    }
    return db;
}

std::vector<Dashboard> readDashboards(const GraphModel::Json &document, Diagnostics &d)
{
    std::vector<Dashboard> out;
    const auto it = document.find("dashboards");
    if (it == document.end() || it->is_null())
        return out;
    if (!it->is_array()) {
        // An object is allowed by the format (for other tools) but holds no dashboards we read.
        if (!it->is_object())
            d.error(QStringLiteral("/dashboards"), Tr::tr("\"dashboards\" must be an array"));
        return out;
    }
    QStringList ids;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const QString p = pointerAppend(QStringLiteral("/dashboards"), static_cast<qsizetype>(i));
        auto db = Dashboard::fromJson((*it)[i], p, d);
        if (!db)
            continue;
        if (ids.contains(db->id)) {
            d.error(pointerAppend(p, QStringLiteral("id")),
                    Tr::tr("dashboard id '%1' is used twice").arg(db->id));
            continue;
        }
        ids << db->id;
        out.push_back(std::move(*db));
    }
    return out;
}

QString tileProblem(const Tile &tile, const GraphModel &model)
{
    auto twinModel = [&](const QString &twin, QString &why) -> TwinModelPtr {
        if (!model.hasTwin(twin)) {
            why = Tr::tr("twin '%1' does not exist").arg(twin);
            return nullptr;
        }
        auto m = model.model(model.twinModelId(twin));
        if (!m)
            why = Tr::tr("the model of twin '%1' is not known").arg(twin);
        return m;
    };
    QString why;
    if (tile.type == TileType::Plot) {
        if (tile.series.empty())
            return Tr::tr("the plot has no series");
        for (const PlotSeries &s : tile.series) {
            const auto m = twinModel(s.twin, why);
            if (!m)
                return why;
            const PropertyDef *p = m->property(s.property);
            if (!p)
                return Tr::tr("twin '%1' has no property '%2'").arg(s.twin, s.property);
            if (!s.field.isEmpty()) {
                const auto tokens = parseJsonPointer(s.field);
                const SchemaPtr field =
                    p->schema && tokens ? p->schema->schemaAt(*tokens, p->schema) : nullptr;
                if (!field || !isNumericKind(field->kind()))
                    return Tr::tr("property '%1' of twin '%2' has no number at '%3'")
                        .arg(s.property, s.twin, s.field);
                continue;
            }
            if (!p->schema || !isNumericKind(p->schema->kind()))
                return Tr::tr("property '%1' of twin '%2' is not a number").arg(s.property, s.twin);
        }
        return {};
    }
    const auto m = twinModel(tile.twin, why);
    if (!m)
        return why;
    if (tile.type == TileType::Entanglement)
        return {};
    if (tile.type == TileType::Table)
        return tile.member.isEmpty() || m->relationship(tile.member)
                   ? QString()
                   : Tr::tr("twin '%1' has no relationship '%2'").arg(tile.twin, tile.member);
    if (tile.type == TileType::Action)
        return m->action(tile.member)
                   ? QString()
                   : Tr::tr("twin '%1' has no action '%2'").arg(tile.twin, tile.member);
    if (tile.type == TileType::EventLog)
        return tile.member.isEmpty() || m->event(tile.member)
                   ? QString()
                   : Tr::tr("twin '%1' has no event '%2'").arg(tile.twin, tile.member);
    const PropertyDef *p = m->property(tile.member);
    if (!p)
        return Tr::tr("twin '%1' has no property '%2'").arg(tile.twin, tile.member);
    const SchemaKind kind = p->schema ? p->schema->kind() : SchemaKind::String;
    switch (tile.type) {
    case TileType::Gauge:
    case TileType::Value:
        if (!isNumericKind(kind))
            return Tr::tr("property '%1' is not a number: a %2 tile cannot show it")
                .arg(tile.member, tileTypeName(tile.type));
        break;
    case TileType::Lamp:
        if (kind != SchemaKind::Boolean)
            return Tr::tr("property '%1' is not a boolean: a lamp cannot show it").arg(tile.member);
        break;
    case TileType::State:
        if (kind != SchemaKind::Enum)
            return Tr::tr("property '%1' is not an enum: a state tile cannot show it")
                .arg(tile.member);
        break;
    case TileType::Desired:
        if (!p->writable)
            return Tr::tr("property '%1' is not writable").arg(tile.member);
        break;
    default:
        break;
    }
    return {};
}

std::vector<TileType> fittingTileTypes(const Tile &tile, const GraphModel &model)
{
    if (tile.type == TileType::Plot || tile.type == TileType::Entanglement ||
        tile.type == TileType::Table)
        return {tile.type};
    std::vector<TileType> out;
    for (TileType type :
         {TileType::Value, TileType::Gauge, TileType::Lamp, TileType::State, TileType::Text,
          TileType::Desired, TileType::Action, TileType::EventLog}) {
        Tile candidate = tile;
        candidate.type = type;
        if (tileProblem(candidate, model).isEmpty())
            out.push_back(type);
    }
    return out;
}

DashboardEdit::DashboardEdit(GraphModel *model, const QString &text, std::optional<Json> before,
                             std::optional<Json> after)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

DashboardEdit *DashboardEdit::replace(GraphModel *model, const QString &text,
                                      const Dashboard &dashboard, bool remove)
{
    std::optional<Json> before;
    const Json current = model->dashboards();
    if (!current.is_null())
        before = current;
    Json after = current.is_array() ? current : Json::array();
    bool found = false;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it->is_object() && it->value("id", std::string()) == dashboard.id.toStdString()) {
            found = true;
            if (remove)
                after.erase(it);
            else
                *it = dashboard.toJson();
            break;
        }
    }
    if (!found && !remove)
        after.push_back(dashboard.toJson());
    return new DashboardEdit(model, text, std::move(before), std::move(after));
}

void DashboardEdit::redo()
{
    m_model->setDashboards(m_after);
}

void DashboardEdit::undo()
{
    m_model->setDashboards(m_before);
}

} // namespace twinloom::Studio
