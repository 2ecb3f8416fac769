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

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

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
        "  update PROJECT               sends a new version to the agents that run it: only the\n"
        "                               twins whose definition changed restart\n"
        "  migrate TWIN --to AGENT      moves a running twin to another agent without losing what\n"
        "                               its devices send (a short pause of its digital side)\n"
        "  status [--agent NAME]        every deployed twin (of one agent): id, agent, node,\n"
        "                               lifecycle\n"
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

int agents(const Context &c)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, why] : c.client->statusErrors())
        std::fprintf(
            stderr, "twinloom-ctl: %s\n",
            qPrintable(Tr::tr("warning: the status of '%1' was set aside: %2").arg(name, why)));
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

int status(const Context &c, const QString &only)
{
    nlohmann::json twins = nlohmann::json::array();
    QStringList unreachable;
    QStringList agents = c.client->onlineAgents();
    // An agent whose status failed its check (another key?) cannot be trusted to answer either.
    for (const auto &[name, why] : c.client->statusErrors())
        if (!agents.contains(name) && (only.isEmpty() || only == name))
            unreachable << Tr::tr("%1 (its status was set aside: %2)").arg(name, why);
    if (!only.isEmpty() && unreachable.isEmpty()) {
        if (!agents.contains(only))
            return fail(Tr::tr("the agent '%1' is %2")
                            .arg(only, c.client->agents().count(only) != 0 ? Tr::tr("offline")
                                                                           : Tr::tr("unknown")));
        agents = QStringList{only};
    } else if (!only.isEmpty()) {
        agents.clear();
    }
    for (const QString &agent : std::as_const(agents)) {
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

// What deploy and update send: the project's bundle, its id and its nodes.
struct Prepared
{
    QByteArray bundle;
    QString deployment;
    QStringList nodes;
};

std::optional<Prepared> prepare(const QString &path, const QString &deployment, int *exitCode)
{
    auto failed = [exitCode](const QString &reason, int code = Failed) -> std::optional<Prepared> {
        *exitCode = fail(reason, code);
        return std::nullopt;
    };
    if (!QFileInfo::exists(path))
        return failed(Tr::tr("'%1' does not exist").arg(path), Usage);
    registerBuiltinAdapters(AdapterRegistry::global());
    registerScriptStep();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failed(Tr::tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    Diagnostics diagnostics;
    auto first = [](const Diagnostics &d) {
        for (const Diagnostic &item : d.items())
            if (item.severity == Diagnostic::Severity::Error)
                return item.withoutSeverity();
        return QString();
    };
    QString projectPath = path;
    QString bundlePath = path;
    const bool isBundle = Bundle::isBundle(path);
    if (isBundle) {
        const auto extracted =
            Bundle::extractBundle(path, scratch.filePath(QStringLiteral("p")), diagnostics);
        if (!extracted)
            return failed(Tr::tr("'%1' cannot be read: %2").arg(path, first(diagnostics)));
        projectPath = *extracted;
    }
    const auto project = Project::load(projectPath, diagnostics, &AdapterRegistry::global());
    if (!project)
        return failed(Tr::tr("'%1' is invalid: %2").arg(path, first(diagnostics)));
    if (!isBundle) {
        bundlePath = scratch.filePath(QStringLiteral("deploy.zip"));
        Diagnostics exported;
        if (!Bundle::exportBundle(*project, bundlePath, exported))
            return failed(Tr::tr("cannot make a bundle of '%1': %2").arg(path, first(exported)));
    }
    QFile file(bundlePath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Tr::tr("cannot read '%1': %2").arg(bundlePath, file.errorString()));
    Prepared prepared;
    prepared.bundle = file.readAll();
    prepared.deployment =
        !deployment.isEmpty()
            ? deployment
            : Interop::slug(project->name().isEmpty() ? QFileInfo(path).completeBaseName()
                                                      : project->name(),
                            QStringLiteral("project"));
    if (!Fleet::isValidAgentName(prepared.deployment))
        return failed(Tr::tr("'%1' is not a valid deployment id").arg(prepared.deployment), Usage);
    for (const DeploymentNode &n : project->nodes())
        prepared.nodes << n.name;
    return prepared;
}

// Agent → the nodes of `deployment` it runs now, from the agents' statuses.
std::map<QString, QStringList> runningNodes(const Fleet::ControlClient &client,
                                            const QString &deployment)
{
    std::map<QString, QStringList> out;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, status] : client.agents()) {
        if (!status.isOnline(now))
            continue;
        for (const auto &d : status.deployments) {
            if (d.value("id", std::string()) != deployment.toStdString())
                continue;
            QStringList nodes;
            for (const auto &n : d.value("nodes", nlohmann::json::array()))
                nodes << QString::fromStdString(n.value("name", std::string()));
            out[name] = nodes;
        }
    }
    return out;
}

// Sends the bundle to every agent of `byAgent`, then has each run its nodes (only what changed
// restarts where the deployment runs already), then withdraws the deployment from `withdraw`.
int rollout(const Context &c, const Prepared &p, const std::map<QString, QStringList> &byAgent,
            const QStringList &withdraw)
{
    const QStringList online = c.client->onlineAgents();
    for (const auto &[agent, nodes] : byAgent)
        if (!online.contains(agent))
            return fail(Tr::tr("the agent '%1' is %2; nothing was deployed")
                            .arg(agent, c.client->agents().count(agent) != 0 ? Tr::tr("offline")
                                                                             : Tr::tr("unknown")));
    QStringList unmapped;
    for (const QString &node : p.nodes)
        if (std::none_of(byAgent.begin(), byAgent.end(),
                         [&](const auto &entry) { return entry.second.contains(node); }))
            unmapped << node;
    if (!unmapped.isEmpty())
        std::fprintf(stderr, "twinloom-ctl: %s\n",
                     qPrintable(Tr::tr("not deployed (no agent mapped): %1")
                                    .arg(unmapped.join(QStringLiteral(", ")))));

    // Every agent gets the bundle before any starts it: a failed transfer leaves nothing running.
    for (const auto &[agent, nodes] : byAgent) {
        QString error;
        if (!c.client->sendBundle(agent, {p.deployment, p.bundle}, c.timeoutMs, &error))
            return fail(Tr::tr("%1: %2; nothing was deployed").arg(agent, error));
    }
    const auto running = runningNodes(*c.client, p.deployment);
    nlohmann::json twins = nlohmann::json::array();
    QStringList committed;
    int restarted = 0;
    // An agent the new map leaves out gives the deployment back first.
    for (const QString &agent : withdraw) {
        QString error;
        if (!c.client->request(
                agent, {{"command", "undeploy"}, {"deployment", p.deployment.toStdString()}},
                c.timeoutMs, &error))
            return fail(Tr::tr("%1 still runs '%2': %3").arg(agent, p.deployment, error));
    }
    // Agents that give nodes up go first, so that a node never runs twice (twice the same client
    // ids and topics) while it moves.
    std::vector<std::pair<QString, QStringList>> order(byAgent.begin(), byAgent.end());
    std::stable_partition(order.begin(), order.end(), [&](const auto &entry) {
        const auto now = running.find(entry.first);
        return now != running.end() &&
               std::any_of(now->second.begin(), now->second.end(),
                           [&](const QString &node) { return !entry.second.contains(node); });
    });
    for (const auto &[agent, nodes] : order) {
        nlohmann::json commit = {{"command", "deploy-commit"},
                                 {"deployment", p.deployment.toStdString()},
                                 {"nodes", nlohmann::json::array()}};
        for (const QString &node : nodes)
            commit["nodes"].push_back(node.toStdString());
        QString error;
        const auto reply = c.client->request(agent, std::move(commit), c.timeoutMs, &error);
        if (!reply) {
            // Nothing half-deployed keeps running: the agents that newly took it give it back.
            for (const QString &done : committed) {
                if (running.count(done) != 0)
                    continue;
                QString ignored;
                c.client->request(
                    done, {{"command", "undeploy"}, {"deployment", p.deployment.toStdString()}},
                    c.timeoutMs, &ignored);
            }
            return fail(Tr::tr("%1: %2; the deployment was withdrawn").arg(agent, error));
        }
        committed << agent;
        std::set<std::string> again;
        const bool updated = reply->contains("restarted");
        for (const auto &t : reply->value("restarted", nlohmann::json::array()))
            again.insert(t.get<std::string>());
        restarted += static_cast<int>(again.size());
        for (auto t : reply->value("twinStates", nlohmann::json::array()))
            if (t.value("deployment", std::string()) == p.deployment.toStdString()) {
                t["agent"] = agent.toStdString();
                t["restarted"] = !updated || again.count(t.value("twin", std::string())) != 0;
                twins.push_back(std::move(t));
            }
    }
    printTwins(c, twins);
    if (!c.json && !running.empty())
        std::fprintf(
            stderr, "twinloom-ctl: %s\n",
            qPrintable(Tr::tr("%n twin(s) restarted, the others ran on", nullptr, restarted)));
    return Ok;
}

int deploy(const Context &c, const QString &path, const QStringList &maps,
           const QString &deployment)
{
    int exitCode = Ok;
    const auto prepared = prepare(path, deployment, &exitCode);
    if (!prepared)
        return exitCode;
    // NODE=AGENT pairs, grouped by agent.
    std::map<QString, QStringList> byAgent;
    std::map<QString, QString> agentOf;
    for (const QString &map : maps) {
        for (const QString &pair : map.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString node = pair.left(eq).trimmed();
            const QString agent = pair.mid(eq + 1).trimmed();
            if (eq <= 0 || agent.isEmpty())
                return fail(Tr::tr("--map takes NODE=AGENT pairs, not '%1'").arg(pair), Usage);
            if (!prepared->nodes.contains(node))
                return fail(Tr::tr("the project has no node '%1'; its nodes: %2")
                                .arg(node, prepared->nodes.join(QStringLiteral(", "))),
                            Usage);
            if (agentOf.count(node) != 0)
                return fail(Tr::tr("the node '%1' is mapped twice").arg(node), Usage);
            agentOf[node] = agent;
            byAgent[agent] << node;
        }
    }
    if (byAgent.empty())
        return fail(Tr::tr("deploy needs --map NODE=AGENT"), Usage);
    QStringList withdraw;
    for (const auto &[agent, nodes] : runningNodes(*c.client, prepared->deployment))
        if (byAgent.count(agent) == 0)
            withdraw << agent;
    return rollout(c, *prepared, byAgent, withdraw);
}

int update(const Context &c, const QString &path, const QString &deployment)
{
    int exitCode = Ok;
    const auto prepared = prepare(path, deployment, &exitCode);
    if (!prepared)
        return exitCode;
    std::map<QString, QStringList> byAgent;
    for (const auto &[agent, nodes] : runningNodes(*c.client, prepared->deployment)) {
        QStringList kept;
        for (const QString &node : nodes)
            if (prepared->nodes.contains(node))
                kept << node;
        if (!kept.isEmpty())
            byAgent[agent] = kept;
    }
    if (byAgent.empty())
        return fail(Tr::tr("no online agent runs '%1'; deploy it with --map NODE=AGENT")
                        .arg(prepared->deployment));
    QStringList withdraw;
    for (const auto &[agent, nodes] : runningNodes(*c.client, prepared->deployment))
        if (byAgent.count(agent) == 0)
            withdraw << agent;
    return rollout(c, *prepared, byAgent, withdraw);
}

int migrate(const Context &c, const QString &twin, const QString &to)
{
    QString error;
    const auto result = c.client->migrate(twin, to, c.timeoutMs, &error);
    if (!result)
        return fail(error);
    if (c.json)
        print(QString::fromStdString(result->dump(2)));
    else
        print(Tr::tr("moved %1 from %2 to %3: paused %4 ms; %5 sample(s) that arrived during the "
                     "move applied, %6 the source had applied skipped")
                  .arg(twin, QString::fromStdString(result->value("from", std::string())), to)
                  .arg(result->value("pauseMs", 0.0), 0, 'f', 1)
                  .arg(result->value("replayed", 0))
                  .arg(result->value("skipped", 0)));
    return result->value("dropped", 0) > 0
               ? fail(Tr::tr("%1 sample(s) were lost: the move took longer than the target "
                             "could hold")
                          .arg(result->value("dropped", 0)))
               : Ok;
}

int simple(const Context &c, const QString &command, const QString &agent,
           const nlohmann::json &arguments)
{
    QStringList targets;
    if (!agent.isEmpty()) {
        if (!c.client->onlineAgents().contains(agent))
            return fail(Tr::tr("the agent '%1' is %2")
                            .arg(agent, c.client->agents().count(agent) != 0 ? Tr::tr("offline")
                                                                             : Tr::tr("unknown")));
        targets << agent;
    } else {
        targets = c.client->onlineAgents();
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
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Tr::tr("agents, deploy, update, migrate, status, start, stop or undeploy."));
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
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      Tr::tr("With migrate: the agent the twin moves to."),
                                      QStringLiteral("AGENT"));
    parser.addOptions({control, json, map, agent, deployment, node, twin, timeout, toOption});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(
            Tr::tr(
                "give a command: agents, deploy, update, migrate, status, start, stop or undeploy"),
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
                                  QStringLiteral("update"), QStringLiteral("migrate"),
                                  QStringLiteral("status"), QStringLiteral("start"),
                                  QStringLiteral("stop"),   QStringLiteral("undeploy")};
    if (!commands.contains(command))
        return fail(Tr::tr("unknown command '%1'; the commands: %2")
                        .arg(command, commands.join(QStringLiteral(", "))),
                    Usage);
    const bool takesProject =
        command == QLatin1String("deploy") || command == QLatin1String("update");
    if (takesProject && args.size() != 2)
        return fail(Tr::tr("%1 takes one project or bundle").arg(command), Usage);
    if (command == QLatin1String("migrate") && args.size() != 2)
        return fail(Tr::tr("migrate takes one twin"), Usage);
    if (!takesProject && command != QLatin1String("migrate") && args.size() != 1)
        return fail(Tr::tr("%1 takes no argument").arg(command), Usage);

    const int timeoutMs = static_cast<int>(seconds * 1000);
    Fleet::ControlClient client(*endpoint, *key);
    if (!client.open(timeoutMs, &error))
        return fail(error);
    // The retained statuses come first; a fleet of hundreds says all within a moment.
    client.settle(300, std::min(timeoutMs, 3000));
    const Context context{&client, timeoutMs, parser.isSet(json)};
    // An agent's answer with a field of the wrong type is a failure, never a crash.
    try {
        if (command == QLatin1String("agents"))
            return agents(context);
        if (command == QLatin1String("status"))
            return status(context, parser.value(agent));
        if (command == QLatin1String("deploy"))
            return deploy(context, args[1], parser.values(map), parser.value(deployment));
        if (command == QLatin1String("update"))
            return update(context, args[1], parser.value(deployment));
        if (command == QLatin1String("migrate")) {
            if (!parser.isSet(toOption))
                return fail(Tr::tr("migrate needs --to AGENT"), Usage);
            return migrate(context, args[1], parser.value(toOption));
        }
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
    } catch (const nlohmann::json::exception &e) {
        return fail(Tr::tr("an answer is malformed: %1").arg(QString::fromUtf8(e.what())));
    }
}
