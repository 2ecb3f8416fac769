#pragma once

#include "engine/configreader.h"
#include "engine/diagnostics.h"
#include "engine/twinmodel.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointF>
#include <QtCore/QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace twinloom::Studio {

// A directed wire of the graph: a relationship instance of `source` (its model's relationship
// `name`) pointing at `target`, or a twin link (an adapter of `source` that reads twin `target`
// of another engine through a broker).
struct GraphEdge
{
    enum class Kind { Relationship, TwinLink };
    Kind kind = Kind::Relationship;
    QString source;
    QString name; // relationship name, or the adapter's id for a twin link
    QString target;
    int index = 0; // position in the source's "relationships" (or adapters) array
};

// A problem of the project as drawn, tied to the item it is about so that a view can select it.
struct GraphProblem
{
    Diagnostic::Severity severity = Diagnostic::Severity::Error;
    QString twinId; // empty: about the project as a whole
    QString pointer;
    QString message;
};

// The twin graph of a project document, with the rules of editing it, and no view: the canvas,
// the inspector and the tests all work through it. The project document (JSON, in its key order)
// is the single source of truth; every edit replaces whole twin entries, model entries or canvas
// positions, which makes each edit invertible (see graphcommands.h).
class GraphModel : public QObject
{
    Q_OBJECT

public:
    using Json = nlohmann::ordered_json;

    explicit GraphModel(QObject *parent = nullptr);

    // A new, empty project.
    void clear();
    // Replaces the whole document (open, revert). No checks: problems() reports what is wrong.
    void setDocument(Json document, const QString &baseDirectory = {});
    const Json &document() const { return m_doc; }
    QString baseDirectory() const { return m_baseDirectory; }
    QByteArray toBytes() const;

    // Twins.
    QStringList twinIds() const { return m_order; }
    bool hasTwin(const QString &id) const { return m_index.contains(id); }
    const Json *twin(const QString &id) const;
    QString twinModelId(const QString &id) const;
    QString twinNode(const QString &id) const;
    QString twinDisplayName(const QString &id) const;
    // An id not used yet, made from `stem` ("room" → "room", "room-2"…).
    QString uniqueTwinId(const QString &stem) const;
    // Replaces the entry of twin `id`, or adds it (at index `at`, or at the end); nullopt
    // removes it. The entry's own "id" may differ from `id`: that renames it (relationships
    // pointing at it are not touched; commands do that).
    void setTwin(const QString &id, const std::optional<Json> &entry, int at = -1);
    int twinIndex(const QString &id) const { return m_index.value(id, -1); }

    // Canvas positions, kept in the document's "layout".
    std::optional<QPointF> position(const QString &id) const;
    // A new entry goes at index `at` of the layout (at the end when -1), so that undo restores
    // the document exactly.
    void setPosition(const QString &id, const std::optional<QPointF> &position, int at = -1);
    int positionIndex(const QString &id) const;

    // Models: the entries of "models" by @id (inline or read from their file).
    QStringList modelIds() const;
    std::shared_ptr<const TwinModel> model(const QString &modelId) const;
    // The model as a twin uses it (extends and components flattened); null when it does not
    // resolve.
    TwinModelPtr resolvedModel(const QString &modelId) const;
    const Json *modelEntry(const QString &modelId) const;
    void setModelEntry(const QString &modelId, const std::optional<Json> &entry);
    // Whether model `modelId` is `base` or extends it.
    bool conformsTo(const QString &modelId, const QString &base) const;

    // Deployment nodes by name.
    QStringList nodeNames() const;

    // The Monitor's dashboards: the document's "dashboards" array as it is (null when absent).
    // nullopt removes the key; a new key goes at the end of the document.
    Json dashboards() const;
    void setDashboards(const std::optional<Json> &dashboards);

    // Wires.
    std::vector<GraphEdge> edges() const;
    std::vector<GraphEdge> edgesOf(const QString &twinId) const; // in and out
    // Relationships of `source`'s model that may point at `target` now; why not when empty.
    QStringList allowedRelationships(const QString &source, const QString &target,
                                     QString *why = nullptr) const;
    // Why relationship `name` of `source` may not point at `target` now; empty when it may.
    QString relationshipRefusal(const QString &source, const QString &name,
                                const QString &target) const;

    // Every problem: what a load of the document reports (schema, models, adapters, relationship
    // rules, duplicates), each tied to its twin.
    std::vector<GraphProblem> problems() const;

Q_SIGNALS:
    void reset();                        // the whole document changed
    void twinAdded(const QString &id);   // at the end of twinIds()
    void twinChanged(const QString &id); // its entry changed (not its position)
    void twinRemoved(const QString &id);
    void positionChanged(const QString &id);
    void modelsChanged();
    void dashboardsChanged();
    void changed(); // after any of the above

private:
    void reindex();
    void reloadModels();
    Json &layoutTwins();

    Json m_doc;
    QString m_baseDirectory;
    QStringList m_order;
    QHash<QString, int> m_index; // twin id → index in "twins"
    ModelSet m_models;
    QHash<QString, int> m_modelIndex; // model id → index in "models"
};

} // namespace twinloom::Studio
