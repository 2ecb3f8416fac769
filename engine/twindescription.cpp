#include "engine/twindescription.h"

#include "engine/configreader.h"
#include "engine/tr.h"
#include "engine/twindescriptor.h"
#include "engine/value.h"

namespace twinloom {

using OJ = nlohmann::ordered_json;

void DescriptionBindings::bindTwin(OJ &) const {}
void DescriptionBindings::bindProperty(const PropertyDef &, OJ &) const {}
void DescriptionBindings::bindEvent(const EventDef &, OJ &) const {}
void DescriptionBindings::bindAction(const ActionDef &, OJ &) const {}

TwinDescription::TwinDescription(QString twinId, TwinModelPtr model)
    : m_twinId(std::move(twinId))
    , m_model(std::move(model))
{}

OJ TwinDescription::toJson(const DescriptionBindings *bindings) const
{
    static const DescriptionBindings none;
    const DescriptionBindings &bind = bindings ? *bindings : none;
    OJ d = OJ::object();
    d["id"] = m_twinId.toStdString();
    OJ properties = OJ::object();
    OJ events = OJ::object();
    OJ actions = OJ::object();
    OJ relationships = OJ::object();
    if (m_model) {
        const TwinModel &model = *m_model;
        d["model"] = model.id.toStdString();
        if (!model.displayName.isEmpty())
            d["title"] = model.displayName.toStdString();
        for (const PropertyDef &p : model.properties) {
            OJ e = OJ::object();
            e["schema"] = p.schema ? OJ(p.schema->toJson()) : OJ();
            if (!p.displayName.isEmpty())
                e["title"] = p.displayName.toStdString();
            if (!p.unit.isEmpty())
                e["unit"] = p.unit.toStdString();
            // What a dashboard of a mirror needs to draw a gauge and to call a value stale.
            if (p.minimum)
                e["minimum"] = *p.minimum;
            if (p.maximum)
                e["maximum"] = *p.maximum;
            if (p.maxAge > 0)
                e["maxAge"] = formatDuration(Duration{0, p.maxAge}).toStdString();
            if (p.writable && !p.telemetry)
                e["writable"] = true;
            bind.bindProperty(p, e);
            properties[p.name.toStdString()] = std::move(e);
        }
        for (const EventDef &ev : model.events) {
            OJ e = OJ::object();
            if (ev.schema)
                e["schema"] = ev.schema->toJson();
            if (!ev.displayName.isEmpty())
                e["title"] = ev.displayName.toStdString();
            bind.bindEvent(ev, e);
            events[ev.name.toStdString()] = std::move(e);
        }
        for (const ActionDef &a : model.actions) {
            OJ e = OJ::object();
            if (!a.displayName.isEmpty())
                e["title"] = a.displayName.toStdString();
            if (a.request)
                e["input"] = a.request->toJson();
            if (a.response)
                e["output"] = a.response->toJson();
            bind.bindAction(a, e);
            actions[a.name.toStdString()] = std::move(e);
        }
        for (const RelationshipDef &r : model.relationships) {
            OJ e = OJ::object();
            if (!r.target.isEmpty())
                e["target"] = r.target.toStdString();
            if (r.maxMultiplicity > 0)
                e["maxMultiplicity"] = r.maxMultiplicity;
            if (!r.displayName.isEmpty())
                e["title"] = r.displayName.toStdString();
            relationships[r.name.toStdString()] = std::move(e);
        }
    }
    d["properties"] = std::move(properties);
    d["events"] = std::move(events);
    d["actions"] = std::move(actions);
    d["relationships"] = std::move(relationships);
    bind.bindTwin(d);
    return d;
}

namespace {
QString text(const nlohmann::json &j, const char *key)
{
    return jsonString(j, key).value_or(QString());
}
} // namespace

std::optional<TwinDescription> TwinDescription::fromJson(const nlohmann::json &d,
                                                         const QString &expectedId,
                                                         const QString &where, QString *why)
{
    using J = nlohmann::json;
    const auto fail = [&](const QString &message) {
        if (why)
            *why = message;
        return std::nullopt;
    };
    if (!d.is_object())
        return fail(Tr::tr("'%1' is not a JSON object").arg(where));
    const QString model = text(d, "model");
    if (model.isEmpty())
        return fail(Tr::tr("'%1' names no model").arg(where));
    QString id = text(d, "id");
    if (!expectedId.isEmpty() && !id.isEmpty() && id != expectedId)
        return fail(Tr::tr("'%1' describes twin '%2'").arg(where, id));
    if (id.isEmpty())
        id = expectedId;
    if (!isValidTwinId(id))
        return fail(Tr::tr("'%1' names no valid twin id").arg(where));

    J contents = J::array();
    for (const char *section : {"properties", "events", "actions", "relationships"}) {
        const auto s = d.find(section);
        if (s == d.end())
            continue;
        if (!s->is_object())
            return fail(Tr::tr("'%1': \"%2\" is not an object").arg(where, QLatin1String(section)));
        const std::string kind = section;
        for (const auto &[name, e] : s->items()) {
            if (!e.is_object())
                return fail(Tr::tr("'%1': \"%2\" is not an object")
                                .arg(where, QString::fromStdString(name)));
            J c;
            if (kind == "properties") {
                c = {{"@type", "Property"}, {"name", name}};
                for (const char *key : {"schema", "unit", "minimum", "maximum", "maxAge"})
                    if (e.contains(key))
                        c[key] = e[key];
                if (e.value("writable", false) == true)
                    c["writable"] = true;
            } else if (kind == "events") {
                c = {{"@type", "Event"}, {"name", name}};
                if (e.contains("schema"))
                    c["schema"] = e["schema"];
            } else if (kind == "actions") {
                c = {{"@type", "Command"}, {"name", name}};
                if (e.contains("input"))
                    c["request"] = {{"name", "input"}, {"schema", e["input"]}};
                if (e.contains("output"))
                    c["response"] = {{"name", "output"}, {"schema", e["output"]}};
            } else {
                c = {{"@type", "Relationship"}, {"name", name}};
                for (const char *key : {"target", "maxMultiplicity"})
                    if (e.contains(key))
                        c[key] = e[key];
            }
            if (e.contains("title"))
                c["displayName"] = e["title"];
            contents.push_back(std::move(c));
        }
    }
    J entry = {{"@id", model.toStdString()}, {"contents", std::move(contents)}};
    if (d.contains("title"))
        entry["displayName"] = d["title"];
    Diagnostics diagnostics;
    std::shared_ptr<TwinModel> parsed = TwinModel::fromJson(entry, where, diagnostics);
    if (!parsed || diagnostics.hasErrors()) {
        const Diagnostic *e = diagnostics.firstError();
        return fail(Tr::tr("'%1': %2").arg(where, e ? e->message : QString()));
    }
    return TwinDescription(id, std::move(parsed));
}

nlohmann::json TwinDescription::modelJson() const
{
    return m_model ? m_model->toJson() : nlohmann::json();
}

} // namespace twinloom
