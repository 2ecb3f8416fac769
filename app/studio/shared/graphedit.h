#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtCore/QPointF>
#include <QtGui/QUndoCommand>

#include <optional>
#include <vector>

namespace twinloom::Studio {

// One undoable edit of a GraphModel: the entries of the twins and models it touches and the
// canvas positions, before and after. Redo writes the "after" side, undo the "before" side, so
// undo gives back the document exactly (twin order included).
class GraphEdit : public QUndoCommand
{
public:
    using Json = GraphModel::Json;

    struct TwinSlot
    {
        QString id;
        int index = -1; // where it was (for undo of a removal)
        std::optional<Json> before;
        std::optional<Json> after;
    };
    struct ModelSlot
    {
        QString id;
        std::optional<Json> before;
        std::optional<Json> after;
    };
    struct Move
    {
        QString id;
        std::optional<QPointF> before;
        std::optional<QPointF> after;
        int index = -1; // where it was in the layout
    };

    GraphEdit(GraphModel *model, const QString &text, std::vector<TwinSlot> twins,
              std::vector<ModelSlot> models, std::vector<Move> moves, int mergeId = -1);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    bool isEmpty() const { return m_twins.empty() && m_models.empty() && m_moves.empty(); }

private:
    GraphModel *m_model;
    std::vector<TwinSlot> m_twins;
    std::vector<ModelSlot> m_models;
    std::vector<Move> m_moves;
    int m_mergeId;
};

} // namespace twinloom::Studio
