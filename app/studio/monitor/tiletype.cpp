#include "app/studio/monitor/tiletype.h"

#include "app/studio/monitor/dashboard.h"
#include "app/studio/shared/graphmodel.h"
#include "app/studio/shared/tr.h"

#include <deque>
#include <string_view>

namespace twinloom::Studio {

namespace {

using Member = TileType::Member;
using Feed = TileType::Feed;
using Generated = TileType::Generated;

SchemaKind kindOf(const PropertyDef &p)
{
    return p.schema ? p.schema->kind() : SchemaKind::String;
}

bool isNumber(const PropertyDef &p)
{
    return p.schema && p.schema->isNumeric();
}

QString notANumber(const PropertyDef &p, const Tile &tile)
{
    return isNumber(p) ? QString()
                       : Tr::tr("property '%1' is not a number: a %2 tile cannot show it")
                             .arg(tile.member, tile.type->idName());
}

// The tile types of the studio, in the order the tile inspector offers them.
constexpr TileType kBuiltIn[] = {
    {.id = "value",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Value"),
     .qml = "ValueTile.qml",
     .generated = Generated::View,
     .picks = [](const PropertyDef &p) { return isNumber(p) && !(p.minimum && p.maximum); },
     .misfit = notANumber},
    {.id = "gauge",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Gauge"),
     .qml = "GaugeTile.qml",
     .h = 2,
     .generated = Generated::View,
     .picks = [](const PropertyDef &p) { return isNumber(p) && p.minimum && p.maximum; },
     .misfit = notANumber},
    {.id = "lamp",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Lamp"),
     .qml = "LampTile.qml",
     .w = 1,
     .generated = Generated::View,
     .picks = [](const PropertyDef &p) { return kindOf(p) == SchemaKind::Boolean; },
     .misfit =
         [](const PropertyDef &p, const Tile &tile) {
             return kindOf(p) == SchemaKind::Boolean
                        ? QString()
                        : Tr::tr("property '%1' is not a boolean: a lamp cannot show it")
                              .arg(tile.member);
         }},
    {.id = "state",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "State"),
     .qml = "StateTile.qml",
     .generated = Generated::View,
     .picks = [](const PropertyDef &p) { return kindOf(p) == SchemaKind::Enum; },
     .misfit =
         [](const PropertyDef &p, const Tile &tile) {
             return kindOf(p) == SchemaKind::Enum
                        ? QString()
                        : Tr::tr("property '%1' is not an enum: a state tile cannot show it")
                              .arg(tile.member);
         }},
    {.id = "text",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Text"),
     .qml = "TextTile.qml",
     .generated = Generated::View,
     .picks =
         [](const PropertyDef &p) {
             return !isNumber(p) && kindOf(p) != SchemaKind::Boolean &&
                    kindOf(p) != SchemaKind::Enum;
         }},
    {.id = "desired",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Desired value"),
     .qml = "DesiredTile.qml",
     .feed = Feed::Desired,
     .generated = Generated::Control,
     .picks = [](const PropertyDef &p) { return p.writable && !p.telemetry; },
     .misfit =
         [](const PropertyDef &p, const Tile &tile) {
             return p.writable ? QString()
                               : Tr::tr("property '%1' is not writable").arg(tile.member);
         }},
    {.id = "action",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Action button"),
     .qml = "ActionTile.qml",
     .member = Member::Action,
     .feed = Feed::Nothing,
     .generated = Generated::Each},
    {.id = "events",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Event log"),
     .qml = "EventLogTile.qml",
     .member = Member::Event,
     .anyMember = true,
     .feed = Feed::Events,
     .w = 3,
     .h = 2,
     .generated = Generated::All,
     .title = [](const Tile &t) { return t.member.isEmpty() ? Tr::tr("Events") : t.member; },
     .offer = [](const Tile &, int) { return Tr::tr("Event Log"); }},
    {.id = "table",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Table"),
     .qml = "TableTile.qml",
     .member = Member::Relationship,
     .anyMember = true,
     .feed = Feed::Rows,
     .w = 3,
     .h = 2,
     .generated = Generated::Each,
     .offer =
         [](const Tile &t, int twins) {
             if (!t.member.isEmpty())
                 return Tr::tr("Table of %1").arg(t.member);
             return twins == 1 ? Tr::tr("Table of Properties")
                               : Tr::tr("Table of Properties of %1").arg(t.twin);
         },
     .offeredPerTwin = true},
    {.id = "plot",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Plot"),
     .qml = "PlotTile.qml",
     .member = Member::Series,
     .feed = Feed::Samples,
     .w = 0,
     .h = 3,
     .generated = Generated::All,
     .offer = [](const Tile &t,
                 int) { return Tr::tr("Plot of %n Properties", nullptr, int(t.series.size())); }},
    {.id = "entanglement",
     .name = QT_TRANSLATE_NOOP("Twinloom::Studio", "Entanglement"),
     .qml = "EntanglementTile.qml",
     .member = Member::Twin,
     .feed = Feed::Entanglement,
     .title = [](const Tile &t) { return Tr::tr("Entanglement of %1").arg(t.twin); },
     .offer =
         [](const Tile &t, int twins) {
             return twins == 1 ? Tr::tr("Entanglement") : Tr::tr("Entanglement of %1").arg(t.twin);
         },
     .offeredPerTwin = true},
};

constexpr const TileType *builtIn(std::string_view id)
{
    for (const TileType &t : kBuiltIn)
        if (id == t.id)
            return &t;
    return nullptr;
}

struct Registry
{
    std::vector<const TileType *> types;
    std::deque<TileType> added; // stable addresses
};

Registry &registry()
{
    static Registry r = [] {
        Registry built;
        for (const TileType &t : kBuiltIn)
            built.types.push_back(&t);
        return built;
    }();
    return r;
}

// The model of `twin`, or nullptr with why there is none.
TwinModelPtr twinModel(const GraphModel &model, const QString &twin, QString &why)
{
    if (!model.hasTwin(twin)) {
        why = Tr::tr("twin '%1' does not exist").arg(twin);
        return nullptr;
    }
    auto m = model.model(model.twinModelId(twin));
    if (!m)
        why = Tr::tr("the model of twin '%1' is not known").arg(twin);
    return m;
}

QString seriesProblem(const Tile &tile, const GraphModel &model)
{
    if (tile.series.empty())
        return Tr::tr("the plot has no series");
    QString why;
    for (const PlotSeries &s : tile.series) {
        const auto m = twinModel(model, s.twin, why);
        if (!m)
            return why;
        const PropertyDef *p = m->property(s.property);
        if (!p)
            return Tr::tr("twin '%1' has no property '%2'").arg(s.twin, s.property);
        if (!s.field.isEmpty()) {
            const auto tokens = parseJsonPointer(s.field);
            const SchemaPtr field =
                p->schema && tokens ? p->schema->schemaAt(*tokens, p->schema) : nullptr;
            if (!field || !field->isNumeric())
                return Tr::tr("property '%1' of twin '%2' has no number at '%3'")
                    .arg(s.property, s.twin, s.field);
            continue;
        }
        if (!isNumber(*p))
            return Tr::tr("property '%1' of twin '%2' is not a number").arg(s.property, s.twin);
    }
    return {};
}

} // namespace

constinit const TileType *const TileType::Value = builtIn("value");
constinit const TileType *const TileType::Gauge = builtIn("gauge");
constinit const TileType *const TileType::Lamp = builtIn("lamp");
constinit const TileType *const TileType::State = builtIn("state");
constinit const TileType *const TileType::Text = builtIn("text");
constinit const TileType *const TileType::Desired = builtIn("desired");
constinit const TileType *const TileType::Action = builtIn("action");
constinit const TileType *const TileType::EventLog = builtIn("events");
constinit const TileType *const TileType::Table = builtIn("table");
constinit const TileType *const TileType::Plot = builtIn("plot");
constinit const TileType *const TileType::Entanglement = builtIn("entanglement");

QString TileType::displayName() const
{
    return Tr::tr(name);
}

QUrl TileType::view() const
{
    return QUrl(QStringLiteral("qrc:/twinloom/monitor/")).resolved(QUrl(QString::fromUtf8(qml)));
}

bool TileType::isInterchangeable() const
{
    return member == Member::Property || member == Member::Action || member == Member::Event;
}

const std::vector<const TileType *> &tileTypes()
{
    return registry().types;
}

const TileType *tileType(const QString &id)
{
    for (const TileType *t : registry().types)
        if (id == QLatin1String(t->id))
            return t;
    return nullptr;
}

bool registerTileType(const TileType &type)
{
    if (!type.id || tileType(QLatin1String(type.id)))
        return false;
    Registry &r = registry();
    r.types.push_back(&r.added.emplace_back(type));
    return true;
}

QString tileProblem(const Tile &tile, const GraphModel &model)
{
    const TileType &type = *tile.type;
    if (type.member == Member::Series)
        return seriesProblem(tile, model);
    QString why;
    const auto m = twinModel(model, tile.twin, why);
    if (!m)
        return why;
    const bool all = type.anyMember && tile.member.isEmpty();
    switch (type.member) {
    case Member::Twin:
    case Member::Series:
        return {};
    case Member::Relationship:
        return all || m->relationship(tile.member)
                   ? QString()
                   : Tr::tr("twin '%1' has no relationship '%2'").arg(tile.twin, tile.member);
    case Member::Action:
        return all || m->action(tile.member)
                   ? QString()
                   : Tr::tr("twin '%1' has no action '%2'").arg(tile.twin, tile.member);
    case Member::Event:
        return all || m->event(tile.member)
                   ? QString()
                   : Tr::tr("twin '%1' has no event '%2'").arg(tile.twin, tile.member);
    case Member::Property:
        break;
    }
    const PropertyDef *p = m->property(tile.member);
    if (!p)
        return Tr::tr("twin '%1' has no property '%2'").arg(tile.twin, tile.member);
    return type.misfit ? type.misfit(*p, tile) : QString();
}

std::vector<const TileType *> fittingTileTypes(const Tile &tile, const GraphModel &model)
{
    if (!tile.type->isInterchangeable())
        return {tile.type};
    std::vector<const TileType *> out;
    Tile candidate = tile;
    for (const TileType *type : tileTypes()) {
        if (!type->isInterchangeable())
            continue;
        candidate.type = type;
        if (tileProblem(candidate, model).isEmpty())
            out.push_back(type);
    }
    return out;
}

} // namespace twinloom::Studio
