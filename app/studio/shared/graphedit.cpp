#include "app/studio/shared/graphedit.h"

#include <algorithm>

namespace twinloom::Studio {

GraphEdit::GraphEdit(GraphModel *model, const QString &text, std::vector<TwinSlot> twins,
                     std::vector<ModelSlot> models, std::vector<Move> moves, int mergeId)
    : QUndoCommand(text)
    , m_model(model)
    , m_twins(std::move(twins))
    , m_models(std::move(models))
    , m_moves(std::move(moves))
    , m_mergeId(mergeId)
{}

void GraphEdit::redo()
{
    // Models first: twins may use them.
    for (const ModelSlot &m : m_models)
        m_model->setModelEntry(m.id, m.after);
    // Removals from the back, so that the indexes recorded stay right; then changes; then
    // additions in order.
    std::vector<const TwinSlot *> removals;
    for (const TwinSlot &t : m_twins) {
        if (t.before && !t.after)
            removals.push_back(&t);
    }
    std::sort(removals.begin(), removals.end(),
              [](const TwinSlot *a, const TwinSlot *b) { return a->index > b->index; });
    for (const TwinSlot *t : removals)
        m_model->setTwin(t->id, std::nullopt);
    for (const TwinSlot &t : m_twins) {
        if (t.before && t.after)
            m_model->setTwin(t.id, t.after);
    }
    for (const TwinSlot &t : m_twins) {
        if (!t.before && t.after)
            m_model->setTwin(t.id, t.after);
    }
    for (const Move &m : m_moves)
        m_model->setPosition(m.id, m.after);
}

void GraphEdit::undo()
{
    for (auto it = m_moves.rbegin(); it != m_moves.rend(); ++it)
        m_model->setPosition(it->id, it->before, it->index);
    for (auto it = m_twins.rbegin(); it != m_twins.rend(); ++it) {
        if (!it->before && it->after)
            m_model->setTwin(jsonString(*it->after, "id").value_or(QString()), std::nullopt);
    }
    for (const TwinSlot &t : m_twins) {
        if (t.before && t.after)
            m_model->setTwin(jsonString(*t.after, "id").value_or(QString()), t.before);
    }
    std::vector<const TwinSlot *> removals;
    for (const TwinSlot &t : m_twins) {
        if (t.before && !t.after)
            removals.push_back(&t);
    }
    std::sort(removals.begin(), removals.end(),
              [](const TwinSlot *a, const TwinSlot *b) { return a->index < b->index; });
    for (const TwinSlot *t : removals)
        m_model->setTwin(t->id, t->before, t->index);
    for (auto it = m_models.rbegin(); it != m_models.rend(); ++it)
        m_model->setModelEntry(it->id, it->before);
}

bool GraphEdit::mergeWith(const QUndoCommand *other)
{
    // Successive moves of the same twins (one drag, arrow keys held down) are one edit.
    const auto *o = dynamic_cast<const GraphEdit *>(other);
    if (!o || m_mergeId < 0 || o->m_mergeId != m_mergeId || !m_twins.empty() ||
        !o->m_twins.empty() || o->m_moves.size() != m_moves.size())
        return false;
    for (std::size_t i = 0; i < m_moves.size(); ++i) {
        if (m_moves[i].id != o->m_moves[i].id)
            return false;
    }
    for (std::size_t i = 0; i < m_moves.size(); ++i)
        m_moves[i].after = o->m_moves[i].after;
    return true;
}

} // namespace twinloom::Studio
