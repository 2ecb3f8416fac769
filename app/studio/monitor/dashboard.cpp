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

using Member = TileType::Member;

bool isNumber(const PropertyDef &p)
{
    return p.schema && p.schema->isNumeric();
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

// The key a tile's member is saved under; nullptr for none.
const char *memberKey(Member member)
{
    switch (member) {
    case Member::Property:
        return "property";
    case Member::Action:
        return "action";
    case Member::Event:
        return "event";
    case Member::Relationship:
        return "relationship";
    case Member::Twin:
    case Member::Series:
        break;
    }
    return nullptr;
}

// The names of a twin's members of one kind; for a plot's series, its numeric properties.
QStringList memberNames(const TwinModel &model, Member member)
{
    QStringList out;
    switch (member) {
    case Member::Property:
    case Member::Series:
        for (const PropertyDef &p : model.properties)
            if (member == Member::Property || isNumber(p))
                out << p.name;
        break;
    case Member::Action:
        for (const ActionDef &a : model.actions)
            out << a.name;
        break;
    case Member::Event:
        for (const EventDef &e : model.events)
            out << e.name;
        break;
    case Member::Relationship:
        for (const RelationshipDef &r : model.relationships)
            out << r.name;
        break;
    case Member::Twin:
        break;
    }
    return out;
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
    const TileType *type = tileType(typeName);
    if (!type) {
        d.error(pointerAppend(pointer, QStringLiteral("type")),
                Tr::tr("unknown tile type '%1'").arg(typeName));
        return std::nullopt;
    }
    tile.type = type;
    bool ok = readInt(json, "x", pointer, 0, columns - 1, tile.x, d);
    ok = readInt(json, "y", pointer, 0, 10000, tile.y, d) && ok;
    ok = readInt(json, "w", pointer, 1, columns, tile.w, d) && ok;
    ok = readInt(json, "h", pointer, 1, 100, tile.h, d) && ok;
    if (!ok)
        return std::nullopt;
    tile.w = std::min(tile.w, columns - tile.x);
    if (!readString(json, "title", pointer, tile.title, d, false))
        return std::nullopt;
    if (tile.type->member == Member::Series) {
        if (!readInt(json, "history", pointer, 2, Tile::kMaxHistory, tile.history, d) ||
            !readInt(json, "span", pointer, 1, Tile::kMaxSpan, tile.span, d))
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
    const char *key = memberKey(tile.type->member);
    if (!key)
        return tile;
    if (!readString(json, key, pointer, tile.member, d, !tile.type->anyMember))
        return std::nullopt;
    return tile;
}

Json tileToJson(const Tile &t)
{
    Json j = Json::object();
    j["type"] = t.type->id;
    if (t.type->member == Member::Series) {
        Json series = Json::array();
        for (const PlotSeries &s : t.series) {
            Json one = {{"twin", s.twin.toStdString()}, {"property", s.property.toStdString()}};
            if (!s.field.isEmpty())
                one["field"] = s.field.toStdString();
            series.push_back(std::move(one));
        }
        j["series"] = std::move(series);
        j["history"] = t.history;
        j["span"] = t.span;
    } else {
        j["twin"] = t.twin.toStdString();
        if (const char *key = memberKey(t.type->member); key && !t.member.isEmpty())
            j[key] = t.member.toStdString();
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
    using Generated = TileType::Generated;
    Dashboard db;
    db.id = twinId;
    db.name = name.isEmpty() ? twinId : name;
    db.twin = twinId;
    Flow flow(db.columns);
    auto add = [&](const TileType &type, const QString &member, const QStringList &series = {}) {
        Tile t;
        t.type = &type;
        if (type.member != Member::Series)
            t.twin = twinId;
        t.member = member;
        for (const QString &property : series)
            t.series.push_back({twinId, property});
        t.w = type.w > 0 ? type.w : db.columns;
        t.h = type.h;
        flow.place(t);
        db.tiles.push_back(std::move(t));
    };
    const std::vector<const TileType *> &types = tileTypes();
    // Each property's view first (chosen by its schema), then the controls of those that have
    // one, then the tiles of the other members.
    for (const PropertyDef &p : model.properties) {
        const auto view = std::find_if(types.begin(), types.end(), [&](const TileType *t) {
            return t->generated == Generated::View && t->picks && t->picks(p);
        });
        if (view != types.end())
            add(**view, p.name);
    }
    for (const PropertyDef &p : model.properties)
        for (const TileType *t : types)
            if (t->generated == Generated::Control && t->picks && t->picks(p))
                add(*t, p.name);
    for (Member member : {Member::Action, Member::Event, Member::Relationship, Member::Series}) {
        QStringList members = memberNames(model, member);
        // A plot reads well with a few curves; the others have their own tiles.
        if (member == Member::Series)
            members = members.mid(0, 5);
        for (const TileType *t : types) {
            if (t->member != member || members.isEmpty())
                continue;
            if (t->generated == Generated::Each)
                for (const QString &m : members)
                    add(*t, m);
            else if (t->generated == Generated::All)
                add(*t, {}, member == Member::Series ? members : QStringList());
        }
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
