// twinloom-ctl: controls a fleet of agents (twinloom-run --agent) over their control broker.

#include "adapters/builtinadapters.h"
#include "app/fleet/controlclient.h"
#include "app/fleet/tr.h"
#include "engine/adapter.h"
#include "engine/bundle/bundle.h"
#include "engine/interop/interopio.h"
#include "engine/script/scriptstep.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>

#include <cstdio>
#include <map>

using namespace twinloom;
using Fleet::Tr;

namespace {

enum Exit { Ok = 0, Usage = 1, Failed = 2 };

int fail(const QString &reason, int code = Failed)
{
    std::fprintf(stderr, "twinloom-ctl: %s\n", qPrintable(reason));
    return code;
}

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
}

// Left-aligned columns, as wide as their widest cell.
void printTable(const QStringList &header, const std::vector<QStringList> &rows)
{
    std::vector<qsizetype> widths(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        widths[i] = header[i].size();
        for (const QStringList &row : rows)
            widths[i] = std::max(widths[i], row.value(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        print(out);
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

QString helpText()
{
    return Tr::tr(
        "Controls a fleet of Twinloom agents (twinloom-run --agent NAME --control URL) through\n"
        "their control broker. Commands are signed with the key in TWINLOOM_AGENT_KEY, which\n"
        "the agents share; a broker password comes from TWINLOOM_CONTROL_PASSWORD.\n"
        "\n"
        "Commands:\n"
        "  agents                       the agents: name, state (online, offline), load, twins\n"
        "  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]\n"
        "                               sends the project (a *.twinloom.json file or a bundle)\n"
        "                               to the agents and runs each node on its agent\n"
        "  status                       every deployed twin: id, agent, node, lifecycle\n"
        "  start|stop [--agent NAME] [--node NODE] [--twin ID]\n"
        "                               starts or stops nodes or twins already deployed\n"
        "  undeploy [--agent NAME]      stops and removes the deployments (of one agent)\n"
        "\n"
        "Exit codes: 0 done; 1 the command line is wrong; 2 the command failed (the reason is\n"
        "printed on one line).\n"
        "\n"
        "Examples:\n"
        "  twinloom-ctl --control mqtt://cloud:1883 agents\n"
        "  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json "
        "--map edge-1=gw1,cloud=vm1\n"
        "  twinloom-ctl --control mqtt://cloud:1883 status --json");
}

struct Context
{
    Fleet::ControlClient *client;
    int timeoutMs;
    bool json;
};

// The agents that are online now, by name.
QStringList onlineAgents(const Fleet::ControlClient &client)
{
    QStringList names;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, status] : client.agents())
        if (status.isOnline(now))
            names << name;
    return names;
}

int agents(const Context &c)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (c.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &[name, status] : c.client->agents()) {
            nlohmann::json entry = status.raw;
            entry["state"] = status.isOnline(now) ? "online" : "offline";
            out.push_back(entry);
        }
        print(QString::fromStdString(out.dump(2)));
        return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto &[name, status] : c.client->agents()) {
        const bool online = status.isOnline(now);
        QStringList deployments;
        for (const auto &d : status.deployments)
            deployments << QString::fromStdString(d.value("id", std::string()));
        rows.push_back(
            {name,
             online ? Tr::tr("online")
             : status.state == QLatin1String("online")
                 ? Tr::tr("offline (silent for %1 s)").arg((now - status.heartbeat) / 1000)
                 : Tr::tr("offline (%1)").arg(status.reason),
             online ? QStringLiteral("%1 %").arg(status.cpu * 100, 0, 'f', 1) : QStringLiteral("-"),
             online ? QStringLiteral("%1 MB").arg(status.residentBytes / 1e6, 0, 'f', 1)
                    : QStringLiteral("-"),
             QString::number(status.twins), deployments.join(QLatin1Char(',')), status.host});
    }
    printTable({Tr::tr("AGENT"), Tr::tr("STATE"), Tr::tr("CPU"), Tr::tr("MEMORY"), Tr::tr("TWINS"),
                Tr::tr("DEPLOYMENTS"), Tr::tr("HOST")},
               rows);
    return Ok;
}

void printTwins(const Context &c, const nlohmann::json &twins)
{
    if (c.json) {
        print(QString::fromStdString(twins.dump(2)));
        return;
    }
    std::vector<QStringList> rows;
    for (const auto &t : twins)
        rows.push_back({QString::fromStdString(t.value("twin", std::string())),
                        QString::fromStdString(t.value("agent", std::string())),
                        QString::fromStdString(t.value("deployment", std::string())),
                        QString::fromStdString(t.value("node", std::string())),
                        QString::fromStdString(t.value("lifecycle", std::string()))});
    printTable({Tr::tr("TWIN"), Tr::tr("AGENT"), Tr::tr("DEPLOYMENT"), Tr::tr("NODE"),
                Tr::tr("LIFECYCLE")},
               rows);
}

int status(const Context &c)
{
    nlohmann::json twins = nlohmann::json::array();
    QStringList unreachable;
    for (const QString &agent : onlineAgents(*c.client)) {
        QString error;
        const auto reply = c.client->request(agent, {{"command", "status"}}, c.timeoutMs, &error);
        if (!reply) {
            unreachable << QStringLiteral("%1 (%2)").arg(agent, error);
            continue;
        }
        for (auto t : reply->value("twinStates", nlohmann::json::array())) {
            t["agent"] = agent.toStdString();
            twins.push_back(std::move(t));
        }
    }
    printTwins(c, twins);
    if (!unreachable.isEmpty())
        return fail(Tr::tr("no status from %1").arg(unreachable.join(QStringLiteral(", "))));
    return Ok;
}

int deploy(const Context &c, const QString &path, const QStringList &maps, QString deployment)
{
    if (!QFileInfo::exists(path))
        return fail(Tr::tr("'%1' does not exist").arg(path), Usage);
    registerBuiltinAdapters(AdapterRegistry::global());
    registerScriptStep();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(Tr::tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    Diagnostics diagnostics;
    QString projectPath = path;
    QString bundlePath = path;
    const bool isBundle = Bundle::isBundle(path);
    if (isBundle) {
        const auto extracted =
            Bundle::extractBundle(path, scratch.filePath(QStringLiteral("p")), diagnostics);
        if (!extracted)
            return fail(Tr::tr("'%1' cannot be read: %2")
                            .arg(path, diagnostics.items().empty()
                                           ? QString()
                                           : diagnostics.items().front().withoutSeverity()));
        projectPath = *extracted;
    }
    const auto project = Project::load(projectPath, diagnostics, &AdapterRegistry::global());
    if (!project)
        return fail(Tr::tr("'%1' is invalid: %2")
                        .arg(path, diagnostics.errorCount() > 0
                                       ? diagnostics.items().front().withoutSeverity()
                                       : QString()));
    if (!isBundle) {
        bundlePath = scratch.filePath(QStringLiteral("deploy.zip"));
        Diagnostics exported;
        if (!Bundle::exportBundle(*project, bundlePath, exported))
            return fail(Tr::tr("cannot make a bundle of '%1': %2")
                            .arg(path, exported.items().empty()
                                           ? QString()
                                           : exported.items().front().withoutSeverity()));
    }
    QFile file(bundlePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read '%1': %2").arg(bundlePath, file.errorString()));
    const QByteArray bundle = file.readAll();
    if (deployment.isEmpty())
        deployment = Interop::slug(project->name().isEmpty() ? QFileInfo(path).completeBaseName()
                                                             : project->name(),
                                   QStringLiteral("project"));
    if (!Fleet::isValidAgentName(deployment))
        return fail(Tr::tr("'%1' is not a valid deployment id").arg(deployment), Usage);

    // NODE=AGENT pairs, grouped by agent.
    std::map<QString, QStringList> byAgent;
    std::map<QString, QString> agentOf;
    QStringList known;
    for (const DeploymentNode &n : project->nodes())
        known << n.name;
    for (const QString &map : maps) {
        for (const QString &pair : map.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString node = pair.left(eq).trimmed();
            const QString agent = pair.mid(eq + 1).trimmed();
            if (eq <= 0 || agent.isEmpty())
                return fail(Tr::tr("--map takes NODE=AGENT pairs, not '%1'").arg(pair), Usage);
            if (!known.contains(node))
                return fail(Tr::tr("the project has no node '%1'; its nodes: %2")
                                .arg(node, known.join(QStringLiteral(", "))),
                            Usage);
            if (agentOf.count(node) != 0)
                return fail(Tr::tr("the node '%1' is mapped twice").arg(node), Usage);
            agentOf[node] = agent;
            byAgent[agent] << node;
        }
    }
    if (byAgent.empty())
        return fail(Tr::tr("deploy needs --map NODE=AGENT"), Usage);
    const QStringList online = onlineAgents(*c.client);
    for (const auto &[agent, nodes] : byAgent)
        if (!online.contains(agent))
            return fail(Tr::tr("the agent '%1' is %2; nothing was deployed")
                            .arg(agent, c.client->agents().count(agent) != 0 ? Tr::tr("offline")
                                                                             : Tr::tr("unknown")));
    QStringList unmapped;
    for (const QString &node : known)
        if (agentOf.count(node) == 0)
            unmapped << node;
    if (!unmapped.isEmpty())
        std::fprintf(stderr, "twinloom-ctl: %s\n",
                     qPrintable(Tr::tr("not deployed (no agent mapped): %1")
                                    .arg(unmapped.join(QStringLiteral(", ")))));

    // Every agent gets the bundle before any starts it: a failed transfer leaves nothing running.
    for (const auto &[agent, nodes] : byAgent) {
        QString error;
        if (!c.client->sendBundle(agent, {deployment, bundle}, c.timeoutMs, &error))
            return fail(Tr::tr("%1: %2; nothing was deployed").arg(agent, error));
    }
    nlohmann::json twins = nlohmann::json::array();
    QStringList committed;
    for (const auto &[agent, nodes] : byAgent) {
        nlohmann::json commit = {{"command", "deploy-commit"},
                                 {"deployment", deployment.toStdString()},
                                 {"nodes", nlohmann::json::array()}};
        for (const QString &node : nodes)
            commit["nodes"].push_back(node.toStdString());
        QString error;
        const auto reply = c.client->request(agent, std::move(commit), c.timeoutMs, &error);
        if (!reply) {
            // Nothing half-deployed keeps running: the agents that took it give it back.
            for (const QString &done : committed) {
                QString ignored;
                c.client->request(
                    done, {{"command", "undeploy"}, {"deployment", deployment.toStdString()}},
                    c.timeoutMs, &ignored);
            }
            return fail(Tr::tr("%1: %2; the deployment was withdrawn").arg(agent, error));
        }
        committed << agent;
        for (auto t : reply->value("twinStates", nlohmann::json::array()))
            if (t.value("deployment", std::string()) == deployment.toStdString()) {
                t["agent"] = agent.toStdString();
                twins.push_back(std::move(t));
            }
    }
    printTwins(c, twins);
    return Ok;
}

int simple(const Context &c, const QString &command, const QString &agent,
           const nlohmann::json &arguments)
{
    QStringList targets;
    if (!agent.isEmpty()) {
        if (!onlineAgents(*c.client).contains(agent))
            return fail(Tr::tr("the agent '%1' is %2")
                            .arg(agent, c.client->agents().count(agent) != 0 ? Tr::tr("offline")
                                                                             : Tr::tr("unknown")));
        targets << agent;
    } else {
        targets = onlineAgents(*c.client);
    }
    QStringList failures;
    int matched = 0;
    for (const QString &target : targets) {
        nlohmann::json request = arguments;
        request["command"] = command.toStdString();
        QString error;
        const auto reply = c.client->request(target, std::move(request), c.timeoutMs, &error);
        if (!reply) {
            failures << QStringLiteral("%1: %2").arg(target, error);
            continue;
        }
        const int here = reply->value("matched", -1);
        if (here == 0)
            continue;
        matched += std::max(here, 1);
        if (!c.json)
            print(Tr::tr("%1: %2 done").arg(target, command));
    }
    if (!failures.isEmpty())
        return fail(failures.join(QStringLiteral("; ")));
    if (matched == 0 && command != QLatin1String("undeploy")) {
        QString what = Tr::tr("no deployed node");
        if (arguments.contains("twin"))
            what = Tr::tr("no agent runs the twin '%1'")
                       .arg(QString::fromStdString(arguments["twin"].get<std::string>()));
        else if (arguments.contains("node"))
            what = Tr::tr("no agent runs the node '%1'")
                       .arg(QString::fromStdString(arguments["node"].get<std::string>()));
        return fail(what);
    }
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twinloom-ctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("twinloom"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("agents, deploy, status, start, stop or undeploy."));
    const QCommandLineOption control(
        QStringLiteral("control"),
        Tr::tr("The control broker, mqtt[s]://HOST:PORT[/PREFIX] (default: TWINLOOM_CONTROL)."),
        QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 Tr::tr("With deploy: which agent runs a node, NODE=AGENT[,…]."),
                                 QStringLiteral("NODE=AGENT"));
    const QCommandLineOption agent(QStringLiteral("agent"), Tr::tr("Only this agent."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption deployment(
        QStringLiteral("deployment"),
        Tr::tr("The deployment's id (default: from the project's name)."), QStringLiteral("ID"));
    const QCommandLineOption node(QStringLiteral("node"), Tr::tr("With start and stop: one node."),
                                  QStringLiteral("NODE"));
    const QCommandLineOption twin(QStringLiteral("twin"), Tr::tr("With start and stop: one twin."),
                                  QStringLiteral("ID"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        Tr::tr("Seconds to wait for the broker and for each answer (default 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    parser.addOptions({control, json, map, agent, deployment, node, twin, timeout});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(Tr::tr("give a command: agents, deploy, status, start, stop or undeploy"),
                    Usage);
    const QString command = args.front();
    const QString url =
        parser.isSet(control) ? parser.value(control) : qEnvironmentVariable("TWINLOOM_CONTROL");
    if (url.isEmpty())
        return fail(Tr::tr("give the control broker: --control mqtt://HOST:PORT"), Usage);
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > 3600)
        return fail(Tr::tr("--timeout takes seconds, above 0 and up to 3,600"), Usage);
    QString error;
    const auto endpoint = Fleet::ControlEndpoint::parse(url, &error);
    if (!endpoint)
        return fail(error, Usage);
    const auto key = Fleet::keyFromEnvironment(&error);
    if (!key)
        return fail(error, Usage);
    const QStringList commands = {QStringLiteral("agents"), QStringLiteral("deploy"),
                                  QStringLiteral("status"), QStringLiteral("start"),
                                  QStringLiteral("stop"),   QStringLiteral("undeploy")};
    if (!commands.contains(command))
        return fail(Tr::tr("unknown command '%1'; the commands: %2")
                        .arg(command, commands.join(QStringLiteral(", "))),
                    Usage);
    if (command == QLatin1String("deploy") && args.size() != 2)
        return fail(Tr::tr("deploy takes one project or bundle"), Usage);
    if (command != QLatin1String("deploy") && args.size() != 1)
        return fail(Tr::tr("%1 takes no argument").arg(command), Usage);

    const int timeoutMs = static_cast<int>(seconds * 1000);
    Fleet::ControlClient client(*endpoint, *key);
    if (!client.open(timeoutMs, &error))
        return fail(error);
    // The retained statuses come first; a fleet of hundreds says all within a moment.
    client.settle(300, std::min(timeoutMs, 3000));
    const Context context{&client, timeoutMs, parser.isSet(json)};
    if (command == QLatin1String("agents"))
        return agents(context);
    if (command == QLatin1String("status"))
        return status(context);
    if (command == QLatin1String("deploy"))
        return deploy(context, args[1], parser.values(map), parser.value(deployment));
    nlohmann::json arguments = nlohmann::json::object();
    if (parser.isSet(deployment))
        arguments["deployment"] = parser.value(deployment).toStdString();
    if (command != QLatin1String("undeploy")) {
        if (parser.isSet(node))
            arguments["node"] = parser.value(node).toStdString();
        if (parser.isSet(twin))
            arguments["twin"] = parser.value(twin).toStdString();
    }
    return simple(context, command, parser.value(agent), arguments);
}
