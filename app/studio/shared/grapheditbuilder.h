#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QPointF>

#include <map>
#include <optional>

class QUndoCommand;

namespace twinloom::Studio {

// Builds GraphEdits: stages changes on top of the model's current state (several steps may touch
// the same twin), then makes one command of them. Each operation keeps the graph's rules:
// removing a twin removes the wires that point at it, renaming one follows its references.
class GraphEditBuilder
{
public:
    using Json = GraphModel::Json;
    enum class Side { Physical, Digital };
    static constexpr int kMoveMergeId = 0x7411;

    explicit GraphEditBuilder(GraphModel *model);

    // The staged entry of a twin (nullptr when absent or removed).
    const Json *twin(const QString &id) const;
    bool hasTwin(const QString &id) const { return twin(id) != nullptr; }

    QString addTwin(const QString &modelId, const QPointF &position, const QString &node = {});
    bool addTwinEntry(Json entry, const QPointF &position);
    void removeTwin(const QString &id);
    // Replaces a twin's entry; a new "id" renames it and follows the references to it.
    bool replaceTwin(const QString &id, Json entry, QString *error = nullptr);
    bool connect(const QString &source, const QString &relationship, const QString &target,
                 QString *error = nullptr);
    void disconnect(const QString &source, int relationshipIndex);
    QString addAdapter(const QString &twinId, Side side, const QString &type);
    void removeAdapter(const QString &twinId, Side side, int index);
    void move(const QString &id, const QPointF &position);
    // Pastes twins copied by copyTwins(): clashing ids are renamed, wires among the pasted twins
    // follow, positions shift by `offset`. Returns the new ids.
    QStringList paste(const Json &clipboard, const QPointF &offset, QString *error = nullptr);
    void setModel(const QString &modelId, const std::optional<Json> &entry);

    QUndoCommand *finish(const QString &text, int mergeId = -1);

    // The clipboard form of some twins: their entries, positions and the models they use.
    static Json copyTwins(const GraphModel &model, const QStringList &ids);
    // A layered layout: twins that others point at sit below them (building, floors, rooms…).
    static std::map<QString, QPointF> layeredLayout(const GraphModel &model);
    // The composition as a tree: each twin's parent (a twin with a relationship to it), the one
    // with the longest chain above it; twins without one are roots.
    static QHash<QString, QString> compositionParents(const GraphModel &model);
    // Every twin once, depth-first along that tree, siblings by name: (id, depth).
    static QList<QPair<QString, int>> compositionOrder(const GraphModel &model);
    // The same with the parents already found (compositionParents()).
    static QList<QPair<QString, int>> compositionOrder(const GraphModel &model,
                                                       const QHash<QString, QString> &parents);

private:
    QString uniqueId(const QString &stem) const;
    void renameReferences(const QString &from, const QString &to);

    GraphModel *m_model;
    std::map<QString, std::optional<Json>> m_staged; // twin id → entry (nullopt: removed)
    QStringList m_added;                             // in order
    std::map<QString, std::optional<Json>> m_stagedModels;
    std::map<QString, std::optional<QPointF>> m_positions;
};

} // namespace twinloom::Studio
