#include "engine/mappingshadowing.h"

#include "engine/configreader.h"
#include "engine/tr.h"

#include <QtCore/QCoreApplication>

#include <nlohmann/json.hpp>

namespace twinloom {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString stringAt(const nlohmann::json &j, const char *key)
{
    return jsonString(j, key).value_or(QString());
}

bool hasRename(const Pipeline &p)
{
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p.step(i).type() == QLatin1String("rename"))
            return true;
    }
    return false;
}

// Whether a pipeline whose output is `out` can feed a target of schema `target`.
bool compatible(const SchemaPtr &out, const SchemaPtr &target)
{
    if (!out || !target || out == target || target->kind() == SchemaKind::String)
        return true;
    // A number into a boolean needs an explicit "convert" step: 0.4 is not obviously true.
    if (out->isNumeric())
        return target->isNumeric() || target->kind() == SchemaKind::Enum ||
               target->kind() == SchemaKind::Duration;
    return out->kind() == target->kind() || !out->isPrimitive() ||
           out->kind() == SchemaKind::String;
}
} // namespace

MappingShadowingFunction::MappingShadowingFunction(TwinModelPtr model, bool passThrough)
    : m_model(std::move(model))
    , m_passThrough(passThrough)
{}

std::unique_ptr<MappingShadowingFunction>
MappingShadowingFunction::fromJson(const nlohmann::json &config, const TwinModelPtr &model,
                                   const QString &pointer, Diagnostics &d)
{
    const int errorsBefore = d.errorCount();
    auto sf = std::make_unique<MappingShadowingFunction>(model);
    if (config.is_null())
        return sf;
    if (!config.is_object()) {
        d.error(pointer, Tr::tr("the shadowing configuration must be an object"));
        return nullptr;
    }
    static const QStringList known{QStringLiteral("passThrough"), QStringLiteral("rules"),
                                   QStringLiteral("actions"), QStringLiteral("desired"),
                                   QStringLiteral("type")};
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (!known.contains(qs(it.key())))
            d.warning(pointerAppend(pointer, qs(it.key())),
                      Tr::tr("unknown field '%1' is ignored").arg(qs(it.key())));
    }
    if (auto pt = config.find("passThrough"); pt != config.end()) {
        if (pt->is_boolean())
            sf->m_passThrough = pt->get<bool>();
        else
            d.error(pointer + QStringLiteral("/passThrough"),
                    Tr::tr("\"passThrough\" must be true or false"));
    }
    if (auto rules = config.find("rules"); rules != config.end()) {
        if (!rules->is_array())
            d.error(pointer + QStringLiteral("/rules"), Tr::tr("\"rules\" must be an array"));
        for (std::size_t i = 0; rules->is_array() && i < rules->size(); ++i) {
            const auto &r = (*rules)[i];
            const QString rp = pointerAppend(pointer + QStringLiteral("/rules"), qsizetype(i));
            if (!r.is_object()) {
                d.error(rp, Tr::tr("a rule must be an object with \"from\" and \"to\""));
                continue;
            }
            Rule rule;
            const QString from = stringAt(r, "from");
            if (from.isEmpty()) {
                d.error(rp + QStringLiteral("/from"),
                        Tr::tr("a rule needs \"from\": the physical property or event it reads"));
                continue;
            }
            rule.target = stringAt(r, "to");
            if (rule.target.isEmpty())
                rule.target = from;
            const QString kind = stringAt(r, "kind");
            if (auto p = r.find("pointer"); p != r.end()) {
                const QString ptr = p->is_string() ? qs(p->get<std::string>()) : QString();
                auto tokens = p->is_string() ? parseJsonPointer(ptr) : std::nullopt;
                if (!tokens) {
                    d.error(
                        rp + QStringLiteral("/pointer"),
                        Tr::tr("'%1' is not a JSON pointer: it must be empty or start with '/', "
                               "and '~' must be followed by 0 or 1")
                            .arg(ptr));
                    continue;
                }
                rule.pointer = *tokens;
                rule.hasPointer = !tokens->isEmpty();
            }
            rule.pipeline = Pipeline::fromJson(r.contains("steps") ? r["steps"] : nlohmann::json(),
                                               rp + QStringLiteral("/steps"), d);
            SchemaPtr out;
            for (std::size_t s = 0; s < rule.pipeline.size(); ++s)
                out = rule.pipeline.step(s).outputSchema(out);
            const bool renames = hasRename(rule.pipeline);
            if (kind == QLatin1String("event") ||
                (kind.isEmpty() && !model->property(rule.target) && model->event(rule.target))) {
                rule.kind = TargetKind::Event;
                rule.targetIndex = model->eventIndex(rule.target);
                if (rule.targetIndex < 0 && !renames)
                    d.error(rp + QStringLiteral("/to"),
                            Tr::tr("model '%1' has no event '%2'").arg(model->id, rule.target));
            } else if (kind.isEmpty() || kind == QLatin1String("property")) {
                rule.targetIndex = model->propertyIndex(rule.target);
                if (rule.targetIndex < 0 && !renames) {
                    d.error(rp + QStringLiteral("/to"),
                            Tr::tr("model '%1' has no property or event '%2'")
                                .arg(model->id, rule.target));
                } else if (rule.targetIndex >= 0 &&
                           !compatible(out,
                                       model->properties[static_cast<std::size_t>(rule.targetIndex)]
                                           .schema)) {
                    d.error(
                        rp + QStringLiteral("/steps"),
                        Tr::tr("the steps produce %1 but property '%2' is %3")
                            .arg(schemaKindName(out->kind()), rule.target,
                                 schemaKindName(
                                     model->properties[static_cast<std::size_t>(rule.targetIndex)]
                                         .schema->kind())));
                }
            } else {
                d.error(rp + QStringLiteral("/kind"), Tr::tr("\"kind\" must be property or event"));
            }
            if (renames)
                rule.targetIndex = -1;
            sf->m_rulesByKey[from].push_back(static_cast<int>(sf->m_rules.size()));
            sf->m_rules.push_back(std::move(rule));
        }
    }
    if (auto actions = config.find("actions"); actions != config.end()) {
        if (!actions->is_array())
            d.error(pointer + QStringLiteral("/actions"), Tr::tr("\"actions\" must be an array"));
        for (std::size_t i = 0; actions->is_array() && i < actions->size(); ++i) {
            const auto &a = (*actions)[i];
            const QString ap = pointerAppend(pointer + QStringLiteral("/actions"), qsizetype(i));
            const QString name = a.is_object() ? stringAt(a, "action") : QString();
            if (name.isEmpty()) {
                d.error(ap + QStringLiteral("/action"),
                        Tr::tr("an action rule needs \"action\": the twin action it maps"));
                continue;
            }
            if (!model->action(name)) {
                d.error(ap + QStringLiteral("/action"),
                        Tr::tr("model '%1' has no action '%2'").arg(model->id, name));
                continue;
            }
            ActionRule rule;
            rule.physicalKey = stringAt(a, "to");
            if (rule.physicalKey.isEmpty())
                rule.physicalKey = name;
            rule.adapterId = stringAt(a, "adapter");
            rule.pipeline = Pipeline::fromJson(a.contains("steps") ? a["steps"] : nlohmann::json(),
                                               ap + QStringLiteral("/steps"), d);
            sf->m_actions[name] = std::move(rule);
        }
    }
    if (auto desired = config.find("desired"); desired != config.end()) {
        if (!desired->is_array())
            d.error(pointer + QStringLiteral("/desired"), Tr::tr("\"desired\" must be an array"));
        for (std::size_t i = 0; desired->is_array() && i < desired->size(); ++i) {
            const auto &e = (*desired)[i];
            const QString ep = pointerAppend(pointer + QStringLiteral("/desired"), qsizetype(i));
            const QString property = e.is_object() ? stringAt(e, "property") : QString();
            const QString action = e.is_object() ? stringAt(e, "action") : QString();
            const PropertyDef *def = model->property(property);
            if (!def)
                d.error(ep + QStringLiteral("/property"),
                        Tr::tr("model '%1' has no property '%2'").arg(model->id, property));
            else if (!def->writable)
                d.error(ep + QStringLiteral("/property"),
                        Tr::tr("property '%1' is not writable, so it has no desired value")
                            .arg(property));
            else if (action.isEmpty())
                d.error(
                    ep + QStringLiteral("/action"),
                    Tr::tr("name the physical action that applies a desired '%1'").arg(property));
            else
                sf->m_desiredActions.insert(property, action);
        }
    }
    return d.errorCount() > errorsBefore ? nullptr : std::move(sf);
}

bool MappingShadowingFunction::applyRule(ShadowingContext &context, Rule &rule,
                                         const PhysicalEvent &event, StateTransaction &tx)
{
    Sample sample;
    sample.time = event.sourceTime ? event.sourceTime : event.ingestTime;
    if (rule.hasPointer) {
        const Value *v = event.value.at(rule.pointer);
        if (!v) {
            context.reportFailure(Tr::tr("'%1' has no field at '/%2'")
                                      .arg(event.key, rule.pointer.join(QLatin1Char('/'))));
            return false;
        }
        sample.value = *v;
    } else {
        sample.value = event.value;
    }
    if (!rule.pipeline.isEmpty()) {
        sample.target = rule.target;
        const StepResult r = rule.pipeline.process(sample);
        if (r.outcome == StepOutcome::Drop) {
            ++m_filtered;
            return false;
        }
        if (r.outcome == StepOutcome::Fail) {
            context.reportFailure(Tr::tr("'%1' → '%2': %3").arg(event.key, rule.target, r.error));
            return false;
        }
    }
    int index = rule.targetIndex;
    const QString &target = rule.targetIndex >= 0 ? rule.target : sample.target;
    if (rule.kind == TargetKind::Event) {
        tx.emitEvent(target, std::move(sample.value), event.sourceTime);
        return true;
    }
    if (index < 0) {
        index = m_model->propertyIndex(target);
        if (index < 0) {
            context.reportFailure(Tr::tr("'%1' was renamed to '%2', which model '%3' does not have")
                                      .arg(event.key, target, m_model->id));
            return false;
        }
    }
    const SchemaPtr &schema = m_model->properties[static_cast<std::size_t>(index)].schema;
    if (!schema->validate(sample.value).isEmpty()) {
        QString error;
        auto coerced = schema->coerce(sample.value, &error);
        if (!coerced) {
            context.reportFailure(
                Tr::tr("'%1' → '%2': %3")
                    .arg(event.key, m_model->properties[static_cast<std::size_t>(index)].name,
                         error));
            return false;
        }
        sample.value = std::move(*coerced);
    }
    tx.setReported(index, std::move(sample.value), event.sourceTime);
    return true;
}

void MappingShadowingFunction::onPhysicalEvent(ShadowingContext &context,
                                               const PhysicalEvent &event)
{
    if (event.kind == PhysicalEvent::Kind::RelationshipCreated ||
        event.kind == PhysicalEvent::Kind::RelationshipDeleted) {
        if (!m_model->relationship(event.key)) {
            ++m_unmapped;
            return;
        }
        StateTransaction tx = context.beginTransaction();
        tx.setIngestTime(event.ingestTime);
        if (event.kind == PhysicalEvent::Kind::RelationshipCreated)
            tx.addRelationship(event.key, event.target);
        else
            tx.removeRelationship(event.key, QString(event.key + QLatin1Char('-') + event.target));
        context.commit(tx);
        return;
    }
    StateTransaction tx = context.beginTransaction();
    tx.setIngestTime(event.ingestTime);
    auto it = m_rulesByKey.find(event.key);
    if (it != m_rulesByKey.end()) {
        for (int ruleIndex : *it)
            applyRule(context, m_rules[static_cast<std::size_t>(ruleIndex)], event, tx);
    } else if (m_passThrough) {
        if (event.kind == PhysicalEvent::Kind::Property) {
            const int index = m_model->propertyIndex(event.key);
            if (index >= 0)
                tx.setReported(index, event.value, event.sourceTime);
            else if (m_model->event(event.key))
                tx.emitEvent(event.key, event.value, event.sourceTime);
            else
                ++m_unmapped;
        } else if (m_model->event(event.key)) {
            tx.emitEvent(event.key, event.value, event.sourceTime);
        } else {
            ++m_unmapped;
        }
    } else {
        ++m_unmapped;
    }
    if (!tx.isEmpty() || tx.failed())
        context.commit(tx);
}

void MappingShadowingFunction::sendAction(ShadowingContext &context, const QString &action,
                                          ActionRule *rule, const Value &payload,
                                          const QString &correlationId)
{
    PhysicalAction pa{rule ? rule->physicalKey : action, payload, correlationId};
    int adapter = -1;
    if (rule) {
        if (!rule->pipeline.isEmpty()) {
            Sample s{payload, Clock::now(), rule->physicalKey};
            const StepResult r = rule->pipeline.process(s);
            if (r.outcome != StepOutcome::Pass) {
                context.completeDigitalAction(
                    correlationId,
                    ActionResult::failure(r.outcome == StepOutcome::Drop
                                              ? Tr::tr("the action's steps dropped its argument")
                                              : r.error));
                return;
            }
            pa.payload = std::move(s.value);
            pa.key = s.target;
        }
        if (!rule->adapterId.isEmpty()) {
            if (rule->adapterIndex < 0)
                rule->adapterIndex = context.physicalAdapterIndex(rule->adapterId);
            if (rule->adapterIndex < 0) {
                context.completeDigitalAction(
                    correlationId,
                    ActionResult::failure(
                        Tr::tr("the twin has no physical adapter '%1'").arg(rule->adapterId)));
                return;
            }
            adapter = rule->adapterIndex;
        }
    }
    context.sendPhysicalAction(std::move(pa), adapter);
}

void MappingShadowingFunction::onDigitalAction(ShadowingContext &context,
                                               const DigitalActionRequest &request)
{
    auto it = m_actions.find(request.action);
    if (it == m_actions.end() && !m_passThrough) {
        context.completeDigitalAction(
            request.correlationId,
            ActionResult::failure(
                Tr::tr("no rule maps action '%1' to the device").arg(request.action)));
        return;
    }
    sendAction(context, request.action, it == m_actions.end() ? nullptr : &it->second,
               request.argument, request.correlationId);
}

void MappingShadowingFunction::onDesiredChange(ShadowingContext &context, const QString &property,
                                               const Value &value)
{
    auto it = m_desiredActions.constFind(property);
    if (it == m_desiredActions.constEnd())
        return;
    auto rule = m_actions.find(*it);
    sendAction(context, *it, rule == m_actions.end() ? nullptr : &rule->second, value, QString());
}

} // namespace twinloom
