#include "engine/twinstate.h"

#include "engine/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QUuid>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace twinloom {

QString changeOperationName(ChangeOperation op)
{
    switch (op) {
    case ChangeOperation::Add:
        return QStringLiteral("add");
    case ChangeOperation::Update:
        return QStringLiteral("update");
    case ChangeOperation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

QString resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Property:
        return QStringLiteral("property");
    case ResourceKind::DesiredProperty:
        return QStringLiteral("desired");
    case ResourceKind::Event:
        return QStringLiteral("event");
    case ResourceKind::Relationship:
        return QStringLiteral("relationship");
    case ResourceKind::Action:
        return QStringLiteral("action");
    case ResourceKind::Lifecycle:
        return QStringLiteral("lifecycle");
    }
    return {};
}

QString resourceTopicSegment(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Property:
        return QStringLiteral("properties");
    case ResourceKind::DesiredProperty:
        return QStringLiteral("desired");
    case ResourceKind::Event:
        return QStringLiteral("events");
    case ResourceKind::Relationship:
        return QStringLiteral("relationships");
    case ResourceKind::Action:
        return QStringLiteral("actions");
    case ResourceKind::Lifecycle:
        return QStringLiteral("lifecycle");
    }
    return {};
}

QString qualityName(Quality q)
{
    switch (q) {
    case Quality::Unknown:
        return QStringLiteral("unknown");
    case Quality::Good:
        return QStringLiteral("good");
    case Quality::Uncertain:
        return QStringLiteral("uncertain");
    case Quality::Bad:
        return QStringLiteral("bad");
    }
    return {};
}

TwinState::TwinState(QString twinId, TwinModelPtr model)
    : m_twinId(std::move(twinId))
    , m_model(std::move(model))
    , m_properties(m_model->properties.size())
    , m_historyCapacity(m_model->properties.size())
{
    for (std::size_t i = 0; i < m_model->properties.size(); ++i)
        m_historyCapacity[i] = static_cast<std::uint32_t>(m_model->properties[i].historyCapacity);
}

const PropertyState *TwinState::property(QStringView name) const
{
    const int i = m_model->propertyIndex(name);
    return i < 0 ? nullptr : &m_properties[static_cast<std::size_t>(i)];
}

int TwinState::relationshipCount(QStringView relationship) const
{
    return static_cast<int>(std::count_if(
        m_relationships.begin(), m_relationships.end(),
        [&](const RelationshipInstance &r) { return r.relationship == relationship; }));
}

void TwinState::setHistoryCapacity(int propertyIndex, std::size_t capacity)
{
    const auto i = static_cast<std::size_t>(propertyIndex);
    m_historyCapacity[i] = static_cast<std::uint32_t>(capacity);
    PropertyState &p = m_properties[i];
    if (capacity == 0)
        p.history.reset();
    else if (p.history)
        p.history->setCapacity(capacity);
}

std::size_t TwinState::historyCapacity(int propertyIndex) const
{
    return m_historyCapacity[static_cast<std::size_t>(propertyIndex)];
}

const PropertyHistory *TwinState::history(int propertyIndex) const
{
    return m_properties[static_cast<std::size_t>(propertyIndex)].history.get();
}

StateTransaction TwinState::begin()
{
    return StateTransaction(*this);
}

nlohmann::json TwinState::toJson() const
{
    nlohmann::json props = nlohmann::json::object();
    for (std::size_t i = 0; i < m_properties.size(); ++i) {
        const PropertyState &p = m_properties[i];
        nlohmann::json entry = {{"reported", p.reported.toJson()}};
        if (m_model->properties[i].writable)
            entry["desired"] = p.desired.toJson();
        if (p.updatedAt)
            entry["time"] = Clock::toIso(p.sourceTime ? p.sourceTime : p.updatedAt).toStdString();
        entry["quality"] = qualityName(p.quality).toStdString();
        props[m_model->properties[i].name.toStdString()] = std::move(entry);
    }
    nlohmann::json rels = nlohmann::json::array();
    for (const RelationshipInstance &r : m_relationships) {
        nlohmann::json e = {{"name", r.relationship.toStdString()},
                            {"id", r.instanceId.toStdString()},
                            {"target", r.target.toStdString()}};
        if (!r.properties.isNull())
            e["properties"] = r.properties.toJson();
        rels.push_back(std::move(e));
    }
    return {{"twin", m_twinId.toStdString()},
            {"model", m_model->id.toStdString()},
            {"sequence", m_sequence},
            {"properties", std::move(props)},
            {"relationships", std::move(rels)}};
}

nlohmann::json TwinState::toHandover() const
{
    nlohmann::json props = nlohmann::json::object();
    for (std::size_t i = 0; i < m_properties.size(); ++i) {
        const PropertyState &p = m_properties[i];
        if (!p.updatedAt && !p.desiredAt)
            continue;
        props[m_model->properties[i].name.toStdString()] = {
            {"reported", p.reported.toJson()}, {"desired", p.desired.toJson()},
            {"sourceTime", p.sourceTime},      {"updatedAt", p.updatedAt},
            {"desiredAt", p.desiredAt},        {"quality", static_cast<int>(p.quality)}};
    }
    nlohmann::json rels = nlohmann::json::array();
    for (const RelationshipInstance &r : m_relationships)
        rels.push_back({{"name", r.relationship.toStdString()},
                        {"id", r.instanceId.toStdString()},
                        {"target", r.target.toStdString()},
                        {"properties", r.properties.toJson()}});
    return {{"sequence", m_sequence}, {"properties", std::move(props)}, {"relationships", rels}};
}

bool TwinState::adopt(const nlohmann::json &handover, QString *error)
{
    if (!handover.is_object() || !handover.contains("properties") ||
        !handover["properties"].is_object()) {
        *error = Tr::tr("the handed-over state of '%1' has no properties").arg(m_twinId);
        return false;
    }
    // Checked and converted by a transaction, whose record is not published: the successor
    // continues the predecessor's history rather than starting one.
    StateTransaction tx = begin();
    struct Times
    {
        int index;
        Timestamp updatedAt, desiredAt;
        Quality quality;
    };
    std::vector<Times> times;
    for (const auto &[name, entry] : handover["properties"].items()) {
        const int index = m_model->propertyIndex(QString::fromStdString(name));
        if (index < 0 || !entry.is_object())
            continue;
        const int quality = entry.value("quality", 0);
        times.push_back({index, entry.value("updatedAt", Timestamp{0}),
                         entry.value("desiredAt", Timestamp{0}),
                         quality >= 0 && quality <= static_cast<int>(Quality::Bad)
                             ? static_cast<Quality>(quality)
                             : Quality::Unknown});
        if (times.back().updatedAt)
            tx.setReported(index, Value::fromJson(entry.value("reported", nlohmann::json())),
                           entry.value("sourceTime", Timestamp{0}), times.back().quality);
        if (times.back().desiredAt)
            tx.setDesired(QString::fromStdString(name),
                          Value::fromJson(entry.value("desired", nlohmann::json())));
    }
    if (const auto rels = handover.find("relationships");
        rels != handover.end() && rels->is_array())
        for (const auto &r : *rels) {
            const QString name = QString::fromStdString(r.value("name", std::string()));
            const QString id = QString::fromStdString(r.value("id", std::string()));
            const bool present = std::any_of(
                m_relationships.begin(), m_relationships.end(), [&](const RelationshipInstance &i) {
                    return i.relationship == name && i.instanceId == id;
                });
            if (!present)
                tx.addRelationship(name, QString::fromStdString(r.value("target", std::string())),
                                   id, Value::fromJson(r.value("properties", nlohmann::json())));
        }
    if (!tx.isEmpty() && !tx.commit()) {
        *error = Tr::tr("the handed-over state of '%1' does not fit its model: %2")
                     .arg(m_twinId, tx.error());
        return false;
    }
    for (const Times &t : times) {
        PropertyState &p = m_properties[static_cast<std::size_t>(t.index)];
        if (t.updatedAt)
            p.updatedAt = t.updatedAt;
        if (t.desiredAt)
            p.desiredAt = t.desiredAt;
        p.quality = t.quality;
    }
    m_sequence = std::max(m_sequence, handover.value("sequence", std::uint64_t{0}));
    return true;
}

void StateTransaction::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

const PropertyDef *StateTransaction::checkProperty(int index, Value &value)
{
    const TwinModel &model = m_state->model();
    if (index < 0 || index >= static_cast<int>(model.properties.size())) {
        fail(Tr::tr("twin '%1' has no property number %2").arg(m_state->twinId()).arg(index));
        return nullptr;
    }
    const PropertyDef &def = model.properties[static_cast<std::size_t>(index)];
    if (value.isNull())
        return &def; // a property may be cleared
    // A number takes the property's numeric type where it converts (an integer for a double is
    // the commonest case) before it is checked: a value that fits writes no error text.
    if (value.isNumber() && def.schema->isNumeric()) {
        if (auto coerced = def.schema->coerce(value))
            value = std::move(*coerced);
    }
    if (const QString err = def.schema->validate(value); !err.isEmpty()) {
        fail(Tr::tr("property '%1' of twin '%2': %3").arg(def.name, m_state->twinId(), err));
        return nullptr;
    }
    if (def.minimum || def.maximum) {
        if (auto n = value.number()) {
            if ((def.minimum && *n < *def.minimum) || (def.maximum && *n > *def.maximum) ||
                std::isnan(*n)) {
                fail(Tr::tr("property '%1' of twin '%2': %3 is outside [%4, %5]")
                         .arg(def.name, m_state->twinId(), value.toString(),
                              def.minimum ? QString::number(*def.minimum) : QStringLiteral("-∞"),
                              def.maximum ? QString::number(*def.maximum) : QStringLiteral("∞")));
                return nullptr;
            }
        }
    }
    return &def;
}

StateTransaction &StateTransaction::setReported(int propertyIndex, Value value,
                                                Timestamp sourceTime, Quality quality)
{
    if (!checkProperty(propertyIndex, value))
        return *this;
    ResourceChange c;
    c.operation = ChangeOperation::Update;
    c.kind = ResourceKind::Property;
    c.key = m_state->model().properties[static_cast<std::size_t>(propertyIndex)].name;
    c.value = std::move(value);
    c.sourceTime = sourceTime;
    c.quality = quality;
    m_changes.push_back(std::move(c));
    m_propertyIndex.push_back(propertyIndex);
    return *this;
}

StateTransaction &StateTransaction::setReported(QStringView property, Value value,
                                                Timestamp sourceTime, Quality quality)
{
    const int index = m_state->model().propertyIndex(property);
    if (index < 0) {
        fail(Tr::tr("twin '%1' (model '%2') has no property '%3'")
                 .arg(m_state->twinId(), m_state->model().id, property.toString()));
        return *this;
    }
    return setReported(index, std::move(value), sourceTime, quality);
}

StateTransaction &StateTransaction::setDesired(QStringView property, Value value)
{
    const int index = m_state->model().propertyIndex(property);
    if (index < 0) {
        fail(Tr::tr("twin '%1' (model '%2') has no property '%3'")
                 .arg(m_state->twinId(), m_state->model().id, property.toString()));
        return *this;
    }
    const PropertyDef *def = checkProperty(index, value);
    if (!def)
        return *this;
    if (!def->writable) {
        fail(
            Tr::tr("property '%1' of twin '%2' is not writable").arg(def->name, m_state->twinId()));
        return *this;
    }
    ResourceChange c;
    c.kind = ResourceKind::DesiredProperty;
    c.key = def->name;
    c.value = std::move(value);
    m_changes.push_back(std::move(c));
    m_propertyIndex.push_back(index);
    return *this;
}

StateTransaction &StateTransaction::emitEvent(QStringView event, Value payload,
                                              Timestamp sourceTime)
{
    const EventDef *def = m_state->model().event(event);
    if (!def) {
        fail(Tr::tr("twin '%1' (model '%2') has no event '%3'")
                 .arg(m_state->twinId(), m_state->model().id, event.toString()));
        return *this;
    }
    if (def->schema && !payload.isNull()) {
        QString err = def->schema->validate(payload);
        if (!err.isEmpty()) {
            auto coerced = def->schema->coerce(payload);
            if (!coerced) {
                fail(Tr::tr("event '%1' of twin '%2': %3").arg(def->name, m_state->twinId(), err));
                return *this;
            }
            payload = std::move(*coerced);
        }
    }
    ResourceChange c;
    c.operation = ChangeOperation::Add;
    c.kind = ResourceKind::Event;
    c.key = def->name;
    c.value = std::move(payload);
    c.sourceTime = sourceTime;
    m_changes.push_back(std::move(c));
    m_propertyIndex.push_back(-1);
    return *this;
}

StateTransaction &StateTransaction::addRelationship(QStringView relationship, QString target,
                                                    QString instanceId, Value properties)
{
    const RelationshipDef *def = m_state->model().relationship(relationship);
    if (!def) {
        fail(Tr::tr("twin '%1' (model '%2') has no relationship '%3'")
                 .arg(m_state->twinId(), m_state->model().id, relationship.toString()));
        return *this;
    }
    if (target.isEmpty()) {
        fail(Tr::tr("relationship '%1' of twin '%2' needs a target twin")
                 .arg(def->name, m_state->twinId()));
        return *this;
    }
    if (instanceId.isEmpty())
        instanceId = def->name + QLatin1Char('-') + target;
    ResourceChange c;
    c.operation = ChangeOperation::Add;
    c.kind = ResourceKind::Relationship;
    c.key = def->name;
    c.target = std::move(target);
    c.instanceId = std::move(instanceId);
    c.value = std::move(properties);
    m_changes.push_back(std::move(c));
    m_propertyIndex.push_back(-1);
    return *this;
}

StateTransaction &StateTransaction::removeRelationship(QStringView relationship,
                                                       QStringView instanceId)
{
    ResourceChange c;
    c.operation = ChangeOperation::Remove;
    c.kind = ResourceKind::Relationship;
    c.key = relationship.toString();
    c.instanceId = instanceId.toString();
    m_changes.push_back(std::move(c));
    m_propertyIndex.push_back(-1);
    return *this;
}

std::optional<StateChange> StateTransaction::commit(Timestamp commitTime)
{
    if (m_done) {
        fail(Tr::tr("the transaction was already committed or rolled back"));
        return std::nullopt;
    }
    m_done = true;
    if (failed())
        return std::nullopt;

    // Relationship rules are checked against the state as this transaction would leave it.
    std::vector<RelationshipInstance> relationships;
    bool relationshipsChanged = false;
    for (const ResourceChange &c : m_changes) {
        if (c.kind != ResourceKind::Relationship)
            continue;
        if (!relationshipsChanged) {
            relationships = m_state->m_relationships;
            relationshipsChanged = true;
        }
        auto same = [&](const RelationshipInstance &r) {
            return r.relationship == c.key && r.instanceId == c.instanceId;
        };
        auto it = std::find_if(relationships.begin(), relationships.end(), same);
        if (c.operation == ChangeOperation::Remove) {
            if (it == relationships.end()) {
                fail(Tr::tr("twin '%1' has no instance '%2' of relationship '%3'")
                         .arg(m_state->twinId(), c.instanceId, c.key));
                return std::nullopt;
            }
            relationships.erase(it);
            continue;
        }
        if (it != relationships.end()) {
            fail(Tr::tr("twin '%1' already has the instance '%2' of relationship '%3'")
                     .arg(m_state->twinId(), c.instanceId, c.key));
            return std::nullopt;
        }
        const RelationshipDef *def = m_state->model().relationship(c.key);
        const auto count =
            std::count_if(relationships.begin(), relationships.end(),
                          [&](const RelationshipInstance &r) { return r.relationship == c.key; });
        if (def->maxMultiplicity > 0 && count >= def->maxMultiplicity) {
            fail(Tr::tr("relationship '%1' of twin '%2' allows at most %3 targets")
                     .arg(c.key, m_state->twinId())
                     .arg(def->maxMultiplicity));
            return std::nullopt;
        }
        relationships.push_back({c.key, c.instanceId, c.target, c.value});
    }

    if (commitTime == 0)
        commitTime = Clock::now();
    StateChange record;
    record.twinId = m_state->m_twinId;
    record.sequence = ++m_state->m_sequence;
    record.ingestTime = m_ingestTime ? m_ingestTime : commitTime;
    record.commitTime = commitTime;
    if (relationshipsChanged)
        m_state->m_relationships = std::move(relationships);
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        ResourceChange &c = m_changes[i];
        const int index = m_propertyIndex[i];
        if (c.sourceTime > record.sourceTime)
            record.sourceTime = c.sourceTime;
        if (index < 0)
            continue;
        PropertyState &p = m_state->m_properties[static_cast<std::size_t>(index)];
        if (c.kind == ResourceKind::DesiredProperty) {
            c.previous = std::move(p.desired);
            p.desired = c.value;
            p.desiredAt = commitTime;
            continue;
        }
        c.operation = p.updatedAt == 0 ? ChangeOperation::Add : ChangeOperation::Update;
        c.previous = std::move(p.reported);
        p.reported = c.value;
        p.sourceTime = c.sourceTime;
        p.updatedAt = commitTime;
        p.quality = c.quality;
        if (const std::uint32_t cap = m_state->m_historyCapacity[static_cast<std::size_t>(index)]) {
            if (!p.history)
                p.history = std::make_unique<PropertyHistory>(cap);
            p.history->append(commitTime, c.value);
        }
    }
    record.changes = std::move(m_changes);
    m_changes.clear();
    return record;
}

void StateTransaction::rollback()
{
    m_done = true;
    m_changes.clear();
    m_propertyIndex.clear();
}

} // namespace twinloom
