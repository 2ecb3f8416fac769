#include "engine/interop/ditto.h"

#include "engine/interop/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>

namespace twinloom::Ditto {

using Interop::str;
using OJ = nlohmann::ordered_json;

namespace {

QString namespaceOf(const Project &project, const ExportOptions &options)
{
    return options.thingNamespace.isEmpty() ? namespaceFor(project.name()) : options.thingNamespace;
}

QString policyIdOf(const Project &project, const ExportOptions &options)
{
    return options.policyId.isEmpty() ? namespaceOf(project, options) + QStringLiteral(":policy")
                                      : options.policyId;
}

// Places `value` at "a/b/c" inside `object`, making the intermediate objects.
void setPath(OJ &object, const QStringList &path, const OJ &value)
{
    OJ *at = &object;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        OJ &next = (*at)[str(path[i])];
        if (!next.is_object())
            next = OJ::object();
        at = &next;
    }
    (*at)[str(path.last())] = value;
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString namespaceFor(const QString &projectName)
{
    QStringList parts;
    for (const QString &part : projectName.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        QString out = Interop::identifierChars(part.toLower());
        if (out.isEmpty())
            continue;
        if (!out.front().isLetter())
            out.prepend(QLatin1Char('n'));
        parts << out;
    }
    return parts.isEmpty() ? QStringLiteral("twinloom") : parts.join(QLatin1Char('.'));
}

QString definitionFor(const QString &dtmi)
{
    QString body = dtmi.startsWith(QLatin1String("dtmi:")) ? dtmi.mid(5) : dtmi;
    QString version = QStringLiteral("0");
    if (const qsizetype semicolon = body.indexOf(QLatin1Char(';')); semicolon >= 0) {
        version = body.mid(semicolon + 1);
        body.truncate(semicolon);
    }
    QStringList segments = body.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString name = segments.isEmpty() ? QStringLiteral("model") : segments.takeLast();
    const QString ns =
        segments.isEmpty() ? QStringLiteral("dtmi") : segments.join(QLatin1Char('.'));
    return ns + QLatin1Char(':') + name + QLatin1Char(':') + version;
}

OJ thing(const Project &project, const TwinDescriptor &twin, const TwinModel &model,
         const ExportOptions &options, Diagnostics &notes)
{
    const QString ns = namespaceOf(project, options);
    OJ t = OJ::object();
    t["thingId"] = str(ns + QLatin1Char(':') + twin.id);
    t["policyId"] = str(policyIdOf(project, options));
    t["definition"] = str(definitionFor(model.id));

    OJ attributes = OJ::object();
    attributes["model"] = str(model.id);
    if (!twin.displayName.isEmpty())
        attributes["displayName"] = str(twin.displayName);
    if (!twin.node.isEmpty())
        attributes["node"] = str(twin.node);
    OJ relationships = OJ::object();
    for (const RelationshipDescriptor &r : twin.relationships) {
        OJ &list = relationships[str(r.name)];
        if (!list.is_array())
            list = OJ::array();
        list.push_back(str(ns + QLatin1Char(':') + r.target));
        if (r.properties.is_object() && !r.properties.empty())
            notes.warning({},
                          Tr::tr("the properties of relationship '%1' of twin '%2' are left out")
                              .arg(r.name, twin.id));
    }
    if (!relationships.empty())
        attributes["relationships"] = std::move(relationships);
    t["attributes"] = std::move(attributes);

    // "state" holds the model's own properties; a component (and what it nests) is a feature.
    OJ features = OJ::object();
    OJ state = OJ::object();
    state["definition"] = OJ::array({str(definitionFor(model.id))});
    state["properties"] = OJ::object();
    features["state"] = std::move(state);
    for (const ComponentDef &c : model.components) {
        OJ f = OJ::object();
        f["definition"] = OJ::array({str(definitionFor(c.schema))});
        f["properties"] = OJ::object();
        features[str(c.name)] = std::move(f);
    }
    for (const PropertyDef &p : model.properties) {
        QStringList path = p.name.split(QLatin1Char('/'));
        QString feature = QStringLiteral("state");
        if (path.size() > 1 && features.contains(str(path.front())))
            feature = path.takeFirst();
        else
            path = {path.join(QLatin1Char('_'))};
        OJ &f = features[str(feature)];
        setPath(f["properties"], path, nullptr);
        if (p.writable && !p.telemetry) {
            if (!f.contains("desiredProperties"))
                f["desiredProperties"] = OJ::object();
            setPath(f["desiredProperties"], path, nullptr);
        }
    }
    t["features"] = std::move(features);
    return t;
}

OJ policy(const Project &project, const ExportOptions &options)
{
    const OJ grant = {{"grant", {"READ", "WRITE"}}, {"revoke", OJ::array()}};
    OJ subjects = OJ::object();
    subjects[str(options.policySubject)] = {{"type", "twinloom"}};
    OJ entry = OJ::object();
    entry["subjects"] = std::move(subjects);
    entry["resources"] = {{"thing:/", grant}, {"policy:/", grant}, {"message:/", grant}};
    OJ p = OJ::object();
    p["policyId"] = str(policyIdOf(project, options));
    p["entries"] = {{"owner", std::move(entry)}};
    return p;
}

Interop::ExportOutput exportThings(const Project &project, const ExportOptions &options)
{
    Interop::ExportOutput out;
    const QString ns = namespaceOf(project, options);
    static const QRegularExpression validNamespace(
        QStringLiteral("^[a-zA-Z]\\w*(?:\\.[a-zA-Z]\\w*)*$"));
    if (!validNamespace.match(ns).hasMatch())
        out.notes.error({}, twinloom::Interop::Tr::tr(
                                "'%1' is not a Ditto namespace: use Java package notation, such "
                                "as org.example.site")
                                .arg(ns));
    const QString policyId = policyIdOf(project, options);
    const OJ p = policy(project, options);
    out.files.push_back({QStringLiteral("policy.json"), Interop::prettyJson(p)});

    auto envelope = [](const QString &topic, const QString &correlation,
                       const OJ &value) -> QByteArray {
        OJ e = OJ::object();
        e["topic"] = str(topic);
        e["headers"] = {{"correlation-id", str(correlation)}, {"content-type", "application/json"}};
        e["path"] = "/";
        e["value"] = value;
        return QByteArray::fromStdString(e.dump()) + '\n';
    };
    const QString policyName = policyId.section(QLatin1Char(':'), 1);
    QByteArray commands = envelope(policyId.section(QLatin1Char(':'), 0, 0) + QLatin1Char('/') +
                                       policyName + QStringLiteral("/policies/commands/create"),
                                   QStringLiteral("twinloom-create-policy"), p);
    QString script =
        QStringLiteral(
            "#!/bin/sh\n"
            "# Creates the policy and the things of this export in Eclipse Ditto through its HTTP "
            "API.\n"
            "# DITTO_URL: the Ditto endpoint (default http://localhost:8080);\n"
            "# DITTO_AUTH: user:password of a user the policy grants (%1).\n"
            "set -eu\n"
            "cd \"$(dirname \"$0\")\"\n"
            "url=\"${DITTO_URL:-http://localhost:8080}\"\n"
            "auth=\"${DITTO_AUTH:?set DITTO_AUTH to user:password}\"\n"
            "put() {\n"
            "  curl --fail --silent --show-error -X PUT -u \"$auth\" \\\n"
            "    -H 'Content-Type: application/json' --data-binary \"@$2\" \"$url$1\"\n"
            "  echo\n"
            "}\n")
            .arg(options.policySubject);
    script += QStringLiteral("put %1 policy.json\n")
                  .arg(shellQuote(QStringLiteral("/api/2/policies/") + policyId));

    const ModelSet models = Interop::modelSetOf(project);
    for (const TwinDescriptor &twin : project.twins()) {
        Diagnostics ignored;
        TwinModelPtr model = models.resolve(twin.model, ignored);
        if (!model)
            continue;
        const OJ t = thing(project, twin, *model, options, out.notes);
        QString file = twin.id;
        file.replace(QLatin1Char(':'), QLatin1Char('_'));
        file = QStringLiteral("things/") + file + QStringLiteral(".json");
        out.files.push_back({file, Interop::prettyJson(t)});
        commands += envelope(ns + QLatin1Char('/') + twin.id +
                                 QStringLiteral("/things/twin/commands/create"),
                             QStringLiteral("twinloom-create-") + twin.id, t);
        script +=
            QStringLiteral("put %1 %2\n")
                .arg(shellQuote(QStringLiteral("/api/2/things/") + ns + QLatin1Char(':') + twin.id),
                     shellQuote(file));
    }
    out.files.push_back({QStringLiteral("commands.jsonl"), commands});
    out.files.push_back({QStringLiteral("create-things.sh"), script.toUtf8(), true});
    return out;
}

} // namespace twinloom::Ditto
