#pragma once

#include <QtCore/QString>
#include <QtCore/QUrl>

#include <vector>

namespace twinloom {
struct PropertyDef;
}

namespace twinloom::Studio {

class GraphModel;
struct Tile;

// A kind of dashboard tile ("value", "gauge", "plot"…): what its member is, which members it
// fits, its QML view, its size, and where a generated dashboard and the Add Tile menu have it.
// The code looks these up instead of switching on the kind. A new kind is one entry of the table
// in tiletype.cpp (or one registerTileType() call) and one QML file, which gets the tile's
// TileModel as its `tile` property.
struct TileType
{
    // What a tile's member names; the project file keeps it under that key ("property"…).
    enum class Member {
        Property,
        Action,
        Event,
        Relationship,
        Twin,  // no member: the tile is about the twin itself
        Series // no member: the tile's series name twins and properties (a plot)
    };
    // What the tile takes from the running twins.
    enum class Feed {
        Nothing,
        Reported,     // the property's reported value
        Desired,      // the property's desired and reported values
        Events,       // the event, or every event of the twin
        Samples,      // every sample of each series
        Rows,         // the twin's properties, or the state of the twins a relationship points at
        Entanglement, // the twin's entanglement figures
    };
    // Which tiles of this type a generated dashboard (Dashboard::generate) has.
    enum class Generated {
        Never,
        View,    // of each property `picks`: the first View type that picks it
        Control, // of each property `picks`, after every property's view
        Each,    // of each member
        All,     // one of all the members, when there are any (member empty; a plot of numbers)
    };

    const char *id;   // as saved in project files
    const char *name; // QT_TRANSLATE_NOOP("Twinloom::Studio", …): see displayName()
    const char *qml;  // the view: a file of qml/, or a URL
    Member member = Member::Property;
    bool anyMember = false; // an empty member stands for all of them
    Feed feed = Feed::Reported;
    int w = 2; // default size in grid cells; w 0: the dashboard's width
    int h = 1;
    Generated generated = Generated::Never;
    bool (*picks)(const PropertyDef &property) = nullptr; // Generated::View and Control
    // Member::Property: why the tile cannot show its property (empty when it can); nullptr:
    // any property fits.
    QString (*misfit)(const PropertyDef &property, const Tile &tile) = nullptr;
    // The title of a tile that has none of its own; nullptr: the member's.
    QString (*title)(const Tile &tile) = nullptr;
    // The Add Tile menu's entry for `tile`, among tiles of `twins` twins; nullptr: "id: member".
    QString (*offer)(const Tile &tile, int twins) = nullptr;
    bool offeredPerTwin = false; // Add Tile offers one per twin (member empty)

    QString displayName() const;
    QString idName() const { return QLatin1String(id); }
    QUrl view() const;
    // A property's, action's or event's tile may change to another such type; others stay.
    bool isInterchangeable() const;

    // The built-in types, for code that means one of them.
    static const TileType *const Value;
    static const TileType *const Gauge;
    static const TileType *const Lamp;
    static const TileType *const State;
    static const TileType *const Text;
    static const TileType *const Desired;
    static const TileType *const Action;
    static const TileType *const EventLog;
    static const TileType *const Table;
    static const TileType *const Plot;
    static const TileType *const Entanglement;
};

// Every tile type, the built-in ones first, in the order the tile inspector offers them.
const std::vector<const TileType *> &tileTypes();
// The type saved as `id`; nullptr when there is none.
const TileType *tileType(const QString &id);
// Adds a type (a copy; its texts must live as long as the program); false when its id is taken.
bool registerTileType(const TileType &type);

// What a tile cannot show in this project: an unknown twin, property, action or event, or a
// tile type that does not fit the member's schema. Empty when the tile is fine.
QString tileProblem(const Tile &tile, const GraphModel &model);

// The tile types that can show what `tile` shows (its member's schema decides), in the order of
// tileTypes(); a type that is not interchangeable (a plot, a table) stays as it is.
std::vector<const TileType *> fittingTileTypes(const Tile &tile, const GraphModel &model);

} // namespace twinloom::Studio
