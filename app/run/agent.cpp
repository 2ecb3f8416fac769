#include "app/run/agent.h"

#include "adapters/builtinadapters.h"
#include "app/run/tr.h"
#include "engine/bundle/bundle.h"
#include "engine/interop/interopio.h"
#include "engine/jsoninput.h"
#include "engine/script/scriptstep.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QSysInfo>
#include <QtCore/QThread>

#include <sys/resource.h>
#include <unistd.h>

namespace twinloom {

namespace {
// Transfers at most in flight, and how long one may stay silent before it is dropped.
constexpr std::size_t kMaxTransfers = 4;
constexpr qint64 kTransferIdleMs = 120'000;

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * ::sysconf(_SC_PAGESIZE) : 0;
}

QString text(const nlohmann::json &command, const char *key)
{
    const auto it = command.find(key);
    return it != command.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                  : QString();
}

nlohmann::json failure(const QString &message)
{
    return {{"ok", false}, {"error", message.toStdString()}};
}
} // namespace

Agent::Agent(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir(m_options.name);
    m_heartbeat.setInterval(static_cast<int>(m_options.heartbeatSeconds * 1000));
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        for (auto t = m_transfers.begin(); t != m_transfers.end();) {
            if (t->second.idle.elapsed() > kTransferIdleMs) {
                log(Runner::LogLevel::Warning,
                    Run::Tr::tr("dropped the transfer of '%1': nothing came for %2 s")
                        .arg(t->first)
                        .arg(kTransferIdleMs / 1000));
                t = m_transfers.erase(t);
            } else {
                ++t;
            }
        }
        publishStatus();
    });
    m_statusSoon.setSingleShot(true);
    m_statusSoon.setInterval(200);
    connect(&m_statusSoon, &QTimer::timeout, this, &Agent::publishStatus);
}

Agent::~Agent()
{
    for (auto &[id, d] : m_deployments)
        for (auto &node : d->nodes)
            stopNode(*d, *node);
    if (m_client)
        m_client->stop();
}

QString Agent::defaultDataDir(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("twinloom/agents/") + name);
}

void Agent::log(Runner::LogLevel level, const QString &message)
{
    Runner::writeLog(level, m_options.logLevel,
                     Run::Tr::tr("agent '%1': %2").arg(m_options.name, message));
}

QString Agent::bundlePath(const QString &id) const
{
    return QDir(m_options.dataDir)
        .filePath(QStringLiteral("deployments/") + id + QStringLiteral(".zip"));
}

int Agent::start()
{
    registerBuiltinAdapters(AdapterRegistry::global());
    registerScriptStep();
    m_started = QDateTime::currentMSecsSinceEpoch();
    QString error;
    m_endpoint = Fleet::ControlEndpoint::parse(m_options.control, &error);
    if (!m_endpoint) {
        log(Runner::LogLevel::Error, error);
        return Runner::Usage;
    }
    const auto key = Fleet::keyFromEnvironment(&error);
    if (!key) {
        log(Runner::LogLevel::Error, Run::Tr::tr("%1; the agent was not started").arg(error));
        return Runner::Usage;
    }
    m_signer = std::make_unique<Fleet::Signer>(*key);
    if (!QDir().mkpath(QDir(m_options.dataDir).filePath(QStringLiteral("deployments")))) {
        log(Runner::LogLevel::Error,
            Run::Tr::tr("cannot create the data folder '%1'").arg(m_options.dataDir));
        return Runner::RuntimeFailure;
    }
    // Engines of many nodes share the process: it may open as many files as the system allows.
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY
                             ? rlim_t{1} << 20
                             : std::min<rlim_t>(limit.rlim_max, rlim_t{1} << 20);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }

    MqttConnection connection = m_endpoint->connection;
    connection.clientId = QStringLiteral("twinloom-agent-") + m_options.name;
    const nlohmann::json will = {{"agent", m_options.name.toStdString()},
                                 {"state", "offline"},
                                 {"reason", "lost"},
                                 {"host", QSysInfo::machineHostName().toStdString()},
                                 {"heartbeatSeconds", m_options.heartbeatSeconds}};
    m_client = std::make_unique<MqttClient>(connection);
    m_client->setWill(m_endpoint->statusTopic(m_options.name), m_signer->seal(will), 1, true);
    m_client->setSubscriptions({m_endpoint->commandTopic(m_options.name)}, 1);
    m_client->setConnectionHandler([this](bool connected, const QString &reason) {
        if (connected) {
            log(Runner::LogLevel::Info,
                Run::Tr::tr("connected to the control broker %1").arg(m_endpoint->display()));
            m_connectedOnce = true;
            publishStatus();
        } else if (!m_stopping) {
            log(Runner::LogLevel::Warning, reason);
        }
    });
    m_client->setMessageHandler([this](const MqttMessage &message) { onCommand(message); });
    if (!m_client->start(&error, this)) {
        log(Runner::LogLevel::Error, Run::Tr::tr("the control connection: %1").arg(error));
        return Runner::RuntimeFailure;
    }
    restoreDeployments();
    m_lastCpu = cpuSeconds();
    m_lastBeat.start();
    m_heartbeat.start();
    log(Runner::LogLevel::Info,
        Run::Tr::tr("waiting for commands on %1 (data in %2)")
            .arg(m_endpoint->commandTopic(m_options.name), m_options.dataDir));
    return -1;
}

void Agent::shutdown(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_heartbeat.stop();
    m_statusSoon.stop();
    for (auto &[id, d] : m_deployments)
        for (auto &node : d->nodes)
            stopNode(*d, *node);
    if (m_client) {
        nlohmann::json offline = status();
        offline["state"] = "offline";
        offline["reason"] = "stopped";
        m_client->publish(m_endpoint->statusTopic(m_options.name), m_signer->seal(offline), 1,
                          true);
        m_client->stop();
    }
    log(Runner::LogLevel::Info, Run::Tr::tr("stopped"));
    QCoreApplication::exit(exitCode);
}

void Agent::onCommand(const MqttMessage &message)
{
    QString error;
    std::optional<nlohmann::json> command = m_signer->open(message.payload, &error);
    Reply reply;
    QString name;
    if (!command) {
        ++m_refused;
        log(Runner::LogLevel::Warning, Run::Tr::tr("refused a command: %1").arg(error));
        reply = failure(Run::Tr::tr("refused: %1").arg(error));
    } else if (text(*command, "agent") != m_options.name) {
        ++m_refused;
        error = Run::Tr::tr("the command is for the agent '%1'").arg(text(*command, "agent"));
        log(Runner::LogLevel::Warning, Run::Tr::tr("refused a command: %1").arg(error));
        reply = failure(Run::Tr::tr("refused: %1").arg(error));
    } else {
        name = text(*command, "command");
        const QPointer<Agent> self(this);
        const Answer later = [self, name, topic = message.responseTopic,
                              correlation = message.correlation](Reply r) {
            if (self)
                self->answer(name, std::move(r), topic, correlation);
        };
        // A signed command may still hold a field of the wrong type: an error, never a crash.
        try {
            reply = execute(*command, later);
        } catch (const nlohmann::json::exception &e) {
            reply = failure(
                Run::Tr::tr("the command is malformed: %1").arg(QString::fromUtf8(e.what())));
        }
        if (reply.value("pending", false))
            return; // answered when done
    }
    answer(name, std::move(reply), message.responseTopic, message.correlation);
}

void Agent::answer(const QString &name, Reply reply, const QString &responseTopic,
                   const QByteArray &correlation)
{
    // A command refused before it was read (no name) was logged already.
    if (!name.isEmpty() && !reply.value("ok", false))
        log(Runner::LogLevel::Warning,
            Run::Tr::tr("'%1' failed: %2")
                .arg(name, QString::fromStdString(reply.value("error", std::string()))));
    else if (!name.isEmpty() && name != QLatin1String("deploy-chunk") &&
             name != QLatin1String("status"))
        log(Runner::LogLevel::Info, Run::Tr::tr("'%1' done").arg(name));
    if (responseTopic.isEmpty() || !m_client)
        return;
    reply["agent"] = m_options.name.toStdString();
    reply["command"] = name.toStdString();
    m_client->publish(responseTopic, m_signer->seal(std::move(reply)), 1, false, {}, correlation);
}

Agent::Reply Agent::execute(const nlohmann::json &command, const Answer &later)
{
    const QString name = text(command, "command");
    if (name == QLatin1String("status")) {
        Reply reply = status();
        reply["ok"] = true;
        reply["twinStates"] = twinsJson();
        return reply;
    }
    if (name == QLatin1String("deploy-begin"))
        return deployBegin(command);
    if (name == QLatin1String("deploy-chunk"))
        return deployChunk(command);
    if (name == QLatin1String("deploy-commit"))
        return deployCommit(command);
    if (name == QLatin1String("start") || name == QLatin1String("stop"))
        return startStop(command, name == QLatin1String("start"));
    if (name == QLatin1String("undeploy"))
        return undeploy(command);
    if (name == QLatin1String("migrate-prepare"))
        return migratePrepare(command, later);
    if (name == QLatin1String("migrate-handover"))
        return migrateHandOver(command);
    if (name == QLatin1String("migrate-takeover"))
        return migrateTakeOver(command);
    if (name == QLatin1String("migrate-abort"))
        return migrateAbort(command);
    if (name == QLatin1String("fetch-bundle"))
        return fetchBundle(command);
    return failure(Run::Tr::tr("unknown command '%1'").arg(name));
}

Agent::Reply Agent::deployBegin(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    if (!Fleet::isValidAgentName(id))
        return failure(Run::Tr::tr("'%1' is not a valid deployment id").arg(id));
    const qint64 size = command.value("size", qint64{-1});
    const int chunks = command.value("chunks", -1);
    const QString sha = text(command, "sha256");
    if (size <= 0 || size > Fleet::kMaxBundleBytes)
        return failure(Run::Tr::tr("a bundle of %1 bytes: the agent takes 1 to %2")
                           .arg(size)
                           .arg(Fleet::kMaxBundleBytes));
    if (chunks != (size + Fleet::kChunkBytes - 1) / Fleet::kChunkBytes)
        return failure(Run::Tr::tr("%1 chunks cannot carry %2 bytes").arg(chunks).arg(size));
    if (sha.size() != 64)
        return failure(Run::Tr::tr("the bundle's SHA-256 is missing"));
    if (m_transfers.size() >= kMaxTransfers && m_transfers.count(id) == 0)
        return failure(Run::Tr::tr("%1 transfers are in progress already").arg(kMaxTransfers));
    Transfer &t = m_transfers[id];
    t = Transfer{};
    t.size = size;
    t.chunks = chunks;
    t.sha256 = sha;
    t.data.reserve(size);
    t.idle.start();
    return {{"ok", true}};
}

Agent::Reply Agent::deployChunk(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    const auto t = m_transfers.find(id);
    if (t == m_transfers.end())
        return failure(Run::Tr::tr("no transfer of '%1' has begun").arg(id));
    const int index = command.value("index", -1);
    if (const int due = t->second.received; index != due) {
        m_transfers.erase(t);
        return failure(Run::Tr::tr("chunk %1 came where chunk %2 was due; the transfer of '%3' "
                                   "was dropped")
                           .arg(index)
                           .arg(due)
                           .arg(id));
    }
    const auto decoded = QByteArray::fromBase64Encoding(text(command, "data").toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() ||
        t->second.data.size() + decoded.decoded.size() > t->second.size) {
        const QString reason =
            !decoded ? Run::Tr::tr("is not base64") : Run::Tr::tr("does not fit the declared size");
        m_transfers.erase(t);
        return failure(Run::Tr::tr("chunk %1 of '%2' %3; the transfer was dropped")
                           .arg(index)
                           .arg(id, reason));
    }
    t->second.data += decoded.decoded;
    ++t->second.received;
    t->second.idle.restart();
    return {{"ok", true}};
}

std::unique_ptr<Agent::Deployment> Agent::load(const QString &id, const QString &bundle,
                                               QString *error)
{
    auto d = std::make_unique<Deployment>();
    d->id = id;
    d->folder = QDir(m_options.dataDir)
                    .filePath(QStringLiteral("run/%1.%2.%3")
                                  .arg(id)
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(++m_generation));
    QDir(d->folder).removeRecursively();
    Diagnostics diagnostics;
    const auto projectPath = Bundle::extractBundle(bundle, d->folder, diagnostics);
    auto describe = [&diagnostics] {
        QStringList lines;
        for (const Diagnostic &item : diagnostics.items())
            if (item.severity == Diagnostic::Severity::Error)
                lines << item.withoutSeverity();
        return lines.mid(0, 10).join(QStringLiteral("; "));
    };
    if (!projectPath) {
        *error = Run::Tr::tr("the bundle cannot be extracted: %1").arg(describe());
        QDir(d->folder).removeRecursively();
        return nullptr;
    }
    d->loaded = Project::load(*projectPath, diagnostics, &AdapterRegistry::global());
    if (!d->loaded) {
        *error = Run::Tr::tr("the bundled project is invalid: %1").arg(describe());
        QDir(d->folder).removeRecursively();
        return nullptr;
    }
    d->project = d->loaded->name();
    QFile file(bundle);
    if (file.open(QIODevice::ReadOnly))
        d->sha256 = Fleet::sha256Hex(file.readAll());
    return d;
}

bool Agent::startNodes(Deployment &d, const QStringList &nodes, const QStringList &stopped,
                       QString *error)
{
    for (const QString &name : nodes) {
        const auto &known = d.loaded->nodes();
        if (std::none_of(known.begin(), known.end(),
                         [&](const DeploymentNode &n) { return n.name == name; })) {
            *error = Run::Tr::tr("the project '%1' has no node '%2'").arg(d.project, name);
            return false;
        }
    }
    for (const QString &name : nodes) {
        auto node = std::make_unique<Node>();
        node->name = name;
        EngineOptions options;
        options.workerThreads = std::max(1, QThread::idealThreadCount() - 1);
        options.name =
            Interop::slug(m_options.name + QLatin1Char('-') + d.id + QLatin1Char('-') + name,
                          QStringLiteral("twinloom"));
        node->engine = std::make_unique<Engine>(options);
        Engine *engine = node->engine.get();
        connect(engine, &Engine::problem, this,
                [this, name](const QString &twin, const QString &m) {
                    log(Runner::LogLevel::Warning, QStringLiteral("%1: %2: %3").arg(name, twin, m));
                });
        Diagnostics diagnostics;
        if (!d.loaded->instantiate(*engine, diagnostics, name)) {
            QStringList lines;
            for (const Diagnostic &item : diagnostics.items())
                lines << item.withoutSeverity();
            *error = Run::Tr::tr("the node '%1' cannot be set up: %2")
                         .arg(name, lines.mid(0, 10).join(QStringLiteral("; ")));
            for (auto &n : d.nodes)
                stopNode(d, *n);
            d.nodes.clear();
            return false;
        }
        node->twins = d.loaded->twinOrder(name);
        for (const QString &gone : std::as_const(d.departed)) // moved to other agents
            if (node->twins.removeAll(gone) > 0)
                engine->removeTwin(gone);
        engine->subscribe(QStringLiteral("twins/+/lifecycle"), this, [this](const StateChange &c) {
            for (const ResourceChange &r : c.changes) {
                if (r.value.toString() == QLatin1String("Error"))
                    log(Runner::LogLevel::Error,
                        Run::Tr::tr("%1 failed%2")
                            .arg(c.twinId, r.target.isEmpty() ? QString()
                                                              : QStringLiteral(" (") + r.target +
                                                                    QLatin1Char(')')));
            }
            statusSoon();
        });
        if (!stopped.contains(name)) {
            Runner::startInOrder(*engine, node->twins);
            node->running = true;
        }
        d.nodes.push_back(std::move(node));
    }
    // A twin that could not start fails the deployment: nothing half-deployed keeps running.
    QStringList failed;
    for (const auto &node : d.nodes)
        for (const QString &twin : node->twins)
            if (node->engine->lifecycle(twin) == LifecycleState::Error)
                failed << twin;
    if (!failed.isEmpty()) {
        *error = Run::Tr::tr("%n twin(s) could not start (%1); the deployment was stopped", nullptr,
                             static_cast<int>(failed.size()))
                     .arg(failed.mid(0, 10).join(QStringLiteral(", ")));
        for (auto &n : d.nodes)
            stopNode(d, *n);
        d.nodes.clear();
        return false;
    }
    return true;
}

void Agent::stopNode(Deployment &d, Node &node)
{
    if (!node.running || !node.engine)
        return;
    const auto dropped = Runner::stopInOrder(*node.engine, d.loaded->twinLevels(node.name));
    if (dropped)
        log(Runner::LogLevel::Warning,
            Run::Tr::tr("node '%1' of '%2': %3 event(s) dropped by the stop")
                .arg(node.name, d.id)
                .arg(*dropped));
    node.running = false;
}

Agent::Reply Agent::deployCommit(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    const auto t = m_transfers.find(id);
    if (t == m_transfers.end())
        return failure(Run::Tr::tr("no transfer of '%1' has begun").arg(id));
    Transfer transfer = std::move(t->second);
    m_transfers.erase(t);
    if (transfer.received != transfer.chunks || transfer.data.size() != transfer.size)
        return failure(Run::Tr::tr("the bundle is incomplete: %1 of %2 bytes came; nothing was "
                                   "deployed")
                           .arg(transfer.data.size())
                           .arg(transfer.size));
    const QString sha = Fleet::sha256Hex(transfer.data);
    if (sha != transfer.sha256)
        return failure(Run::Tr::tr("the bundle fails its checksum (SHA-256 %1, expected %2); "
                                   "nothing was deployed")
                           .arg(sha, transfer.sha256));
    QStringList nodes;
    if (const auto n = command.find("nodes"); n != command.end() && n->is_array())
        for (const auto &item : *n)
            if (item.is_string())
                nodes << QString::fromStdString(item.get<std::string>());
    if (nodes.isEmpty())
        return failure(Run::Tr::tr("the command names no node to run"));

    const QString incoming = bundlePath(id) + QStringLiteral(".new");
    {
        QSaveFile file(incoming);
        if (!file.open(QIODevice::WriteOnly) || file.write(transfer.data) != transfer.data.size() ||
            !file.commit())
            return failure(Run::Tr::tr("cannot write '%1': %2").arg(incoming, file.errorString()));
    }
    QString error;
    std::unique_ptr<Deployment> next = load(id, incoming, &error);
    if (!next) {
        QFile::remove(incoming);
        return failure(error + Run::Tr::tr("; nothing was deployed"));
    }
    for (const QString &name : nodes) {
        const auto &known = next->loaded->nodes();
        if (std::none_of(known.begin(), known.end(),
                         [&](const DeploymentNode &n) { return n.name == name; })) {
            QDir(next->folder).removeRecursively();
            QFile::remove(incoming);
            return failure(Run::Tr::tr("the project '%1' has no node '%2'; nothing was deployed")
                               .arg(next->project, name));
        }
    }
    Reply reply = {{"ok", true}};
    if (auto current = m_deployments.find(id); current != m_deployments.end()) {
        // A new version of what runs: only what changed restarts.
        QStringList restarted;
        const bool updated = update(*current->second, std::move(next), nodes, &restarted, &error);
        QFile::remove(bundlePath(id));
        if (!QFile::rename(incoming, bundlePath(id)))
            log(Runner::LogLevel::Warning,
                Run::Tr::tr("cannot keep the bundle of '%1' in '%2': it will not run after a "
                            "restart")
                    .arg(id, bundlePath(id)));
        saveState(nullptr);
        statusSoon();
        if (!updated)
            return failure(error);
        reply["restarted"] = nlohmann::json::array();
        for (const QString &twin : restarted)
            reply["restarted"].push_back(twin.toStdString());
        reply["twinStates"] = twinsJson();
        log(Runner::LogLevel::Info, Run::Tr::tr("updated '%1': %n twin(s) restarted", nullptr,
                                                static_cast<int>(restarted.size()))
                                        .arg(id));
        return reply;
    }
    if (!startNodes(*next, nodes, {}, &error)) {
        QDir(next->folder).removeRecursively();
        QFile::remove(incoming);
        saveState(nullptr);
        statusSoon();
        return failure(error);
    }
    QFile::remove(bundlePath(id));
    if (!QFile::rename(incoming, bundlePath(id)))
        log(Runner::LogLevel::Warning,
            Run::Tr::tr("cannot keep the bundle of '%1' in '%2': it will not run after a restart")
                .arg(id, bundlePath(id)));
    m_deployments[id] = std::move(next);
    if (!saveState(&error))
        log(Runner::LogLevel::Warning, error);
    reply["twinStates"] = twinsJson();
    statusSoon();
    return reply;
}

namespace {
// Files (relative paths) that differ between two extracted bundles, or exist in one only.
QSet<QString> changedFiles(const QString &before, const QString &after)
{
    QSet<QString> changed;
    QSet<QString> seen;
    auto contents = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? std::optional<QByteArray>(file.readAll())
                                              : std::nullopt;
    };
    for (const QString &root : {after, before}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(root).relativeFilePath(it.next());
            if (seen.contains(rel))
                continue;
            seen.insert(rel);
            if (contents(QDir(before).filePath(rel)) != contents(QDir(after).filePath(rel)))
                changed.insert(rel);
        }
    }
    return changed;
}
} // namespace

bool Agent::update(Deployment &current, std::unique_ptr<Deployment> next, const QStringList &nodes,
                   QStringList *restarted, QString *error)
{
    std::map<QString, std::string> oldModels;
    for (const auto &m : current.loaded->models())
        oldModels[m->id] = m->toJson().dump();
    QSet<QString> changedModels;
    for (const auto &m : next->loaded->models())
        if (const auto old = oldModels.find(m->id);
            old == oldModels.end() || old->second != m->toJson().dump())
            changedModels.insert(m->id);
    QSet<QString> files = changedFiles(current.folder, next->folder);
    files.remove(QLatin1String(Bundle::kProjectEntry));
    files.remove(QStringLiteral("manifest.json"));

    QStringList failures;
    for (auto &node : current.nodes) {
        if (!node->guest && !nodes.contains(node->name)) {
            stopNode(current, *node);
            node->engine.reset();
            continue;
        }
        const QStringList before = node->twins;
        QStringList after;
        for (const QString &id : next->loaded->twinOrder(node->name))
            if (node->guest ? before.contains(id) : !current.departed.contains(id))
                after << id;
        QSet<QString> leaving;
        QStringList arriving;
        for (const QString &id : before)
            if (!after.contains(id))
                leaving.insert(id);
        for (const QString &id : after) {
            const TwinDescriptor *now = next->loaded->twin(id);
            const TwinDescriptor *was = current.loaded->twin(id);
            const std::string definition = now->toJson().dump();
            bool changed = was == nullptr || !before.contains(id) ||
                           was->toJson().dump() != definition || changedModels.contains(now->model);
            for (const QString &file : Project::filesOf(*now))
                changed = changed || files.contains(QDir::cleanPath(file));
            if (changed) {
                arriving << id;
                if (before.contains(id))
                    leaving.insert(id);
            }
        }
        // A composed twin stops before its parts; the new ones start parts first.
        Engine &engine = *node->engine;
        const std::vector<QStringList> levels = current.loaded->twinLevels(node->name);
        for (auto level = levels.crbegin(); level != levels.crend(); ++level)
            for (const QString &id : *level)
                if (leaving.contains(id))
                    engine.removeTwin(id);
        engine.setBaseDirectory(next->folder);
        for (const auto &m : next->loaded->models())
            if (changedModels.contains(m->id))
                engine.addModel(m);
        QStringList added;
        for (const QString &id : std::as_const(arriving)) {
            Diagnostics diagnostics;
            if (engine.addTwin(*next->loaded->twin(id), diagnostics)) {
                added << id;
            } else {
                for (const Diagnostic &d : diagnostics.items())
                    failures << id + QStringLiteral(": ") + d.withoutSeverity();
            }
        }
        if (node->running)
            Runner::startInOrder(engine, added);
        for (const QString &id : std::as_const(added))
            if (engine.lifecycle(id) == LifecycleState::Error)
                failures << Run::Tr::tr("%1 could not start").arg(id);
        node->twins = after;
        for (const QString &id : std::as_const(added))
            if (!node->twins.contains(id))
                node->twins << id;
        *restarted += added;
    }
    current.nodes.erase(std::remove_if(current.nodes.begin(), current.nodes.end(),
                                       [](const auto &n) { return !n->engine; }),
                        current.nodes.end());
    QStringList fresh;
    for (const QString &name : nodes)
        if (std::none_of(current.nodes.begin(), current.nodes.end(),
                         [&](const auto &n) { return n->name == name && !n->guest; }))
            fresh << name;
    current.oldFolders << current.folder;
    current.folder = next->folder;
    current.loaded = std::move(next->loaded);
    current.project = next->project;
    current.sha256 = next->sha256;
    if (!fresh.isEmpty()) {
        QString startError;
        const std::size_t before = current.nodes.size();
        // startNodes appends the new nodes; a failure there stops the deployment's nodes.
        if (!startNodes(current, fresh, {}, &startError))
            failures << startError;
        for (std::size_t i = before; i < current.nodes.size(); ++i)
            *restarted += current.nodes[i]->twins;
    }
    if (!failures.isEmpty()) {
        *error = Run::Tr::tr("the update of '%1' is incomplete: %2")
                     .arg(current.id, failures.mid(0, 10).join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

Agent::Reply Agent::startStop(const nlohmann::json &command, bool start)
{
    const QString id = text(command, "deployment");
    const QString nodeName = text(command, "node");
    const QString twin = text(command, "twin");
    int matched = 0;
    for (auto &[deploymentId, d] : m_deployments) {
        if (!id.isEmpty() && id != deploymentId)
            continue;
        for (auto &node : d->nodes) {
            if (!nodeName.isEmpty() && nodeName != node->name)
                continue;
            if (!twin.isEmpty()) {
                if (!node->twins.contains(twin))
                    continue;
                ++matched;
                (start ? node->engine->startTwin(twin) : node->engine->stopTwin(twin))
                    .waitForFinished();
                continue;
            }
            ++matched;
            if (start && !node->running) {
                Runner::startInOrder(*node->engine, node->twins);
                node->running = true;
            } else if (!start) {
                stopNode(*d, *node);
            }
        }
    }
    if (matched > 0) {
        saveState(nullptr);
        statusSoon();
    }
    // Nothing here to start or stop is no failure: the client asks every agent.
    Reply reply = {{"ok", true}, {"matched", matched}};
    reply["twinStates"] = twinsJson();
    return reply;
}

Agent::Reply Agent::undeploy(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    QStringList ids;
    for (const auto &[deploymentId, d] : m_deployments)
        if (id.isEmpty() || id == deploymentId)
            ids << deploymentId;
    if (!id.isEmpty() && ids.isEmpty())
        return failure(Run::Tr::tr("no deployment '%1' here").arg(id));
    for (const QString &each : ids)
        removeDeployment(each, true);
    QString error;
    if (!saveState(&error))
        return failure(error);
    statusSoon();
    Reply reply = {{"ok", true}};
    reply["removed"] = nlohmann::json::array();
    for (const QString &each : ids)
        reply["removed"].push_back(each.toStdString());
    return reply;
}

void Agent::removeDeployment(const QString &id, bool deleteFiles)
{
    const auto it = m_deployments.find(id);
    if (it != m_deployments.end()) {
        for (auto &node : it->second->nodes)
            stopNode(*it->second, *node);
        it->second->nodes.clear();
        QDir(it->second->folder).removeRecursively();
        for (const QString &folder : std::as_const(it->second->oldFolders))
            QDir(folder).removeRecursively();
        m_deployments.erase(it);
    }
    if (deleteFiles)
        QFile::remove(bundlePath(id));
}

nlohmann::json Agent::twinsJson() const
{
    nlohmann::json twins = nlohmann::json::array();
    for (const auto &[id, d] : m_deployments)
        for (const auto &node : d->nodes)
            for (const QString &twin : node->twins)
                twins.push_back(
                    {{"twin", twin.toStdString()},
                     {"deployment", id.toStdString()},
                     {"node", node->name.toStdString()},
                     {"lifecycle",
                      lifecycleStateName(node->engine->lifecycle(twin)).toStdString()}});
    return twins;
}

bool Agent::saveState(QString *error) const
{
    nlohmann::json deployments = nlohmann::json::array();
    for (const auto &[id, d] : m_deployments) {
        nlohmann::json nodes = nlohmann::json::array();
        nlohmann::json stopped = nlohmann::json::array();
        for (const auto &node : d->nodes) {
            if (node->guest)
                continue;
            nodes.push_back(node->name.toStdString());
            if (!node->running)
                stopped.push_back(node->name.toStdString());
        }
        nlohmann::json guests = nlohmann::json::array();
        nlohmann::json departed = nlohmann::json::array();
        for (const QString &twin : std::as_const(d->departed))
            departed.push_back(twin.toStdString());
        for (const auto &node : d->nodes)
            if (node->guest)
                for (const QString &twin : std::as_const(node->twins))
                    guests.push_back(
                        {{"twin", twin.toStdString()}, {"node", node->name.toStdString()}});
        deployments.push_back({{"id", id.toStdString()},
                               {"sha256", d->sha256.toStdString()},
                               {"nodes", nodes},
                               {"stopped", stopped},
                               {"departed", departed},
                               {"guests", guests}});
    }
    const nlohmann::json state = {{"version", 1}, {"deployments", deployments}};
    QSaveFile file(QDir(m_options.dataDir).filePath(QStringLiteral("agent.json")));
    const QByteArray bytes = QByteArray::fromStdString(state.dump(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Run::Tr::tr("cannot save what the agent runs in '%1': %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void Agent::restoreDeployments()
{
    QDir(QDir(m_options.dataDir).filePath(QStringLiteral("run"))).removeRecursively();
    const QString path = QDir(m_options.dataDir).filePath(QStringLiteral("agent.json"));
    QFile file(path);
    if (!file.exists())
        return;
    QString error;
    std::optional<nlohmann::json> state;
    if (file.open(QIODevice::ReadOnly))
        state = JsonInput::parse(file.readAll(), &error);
    if (!state || !state->is_object() || !(*state)["deployments"].is_array()) {
        log(Runner::LogLevel::Error,
            Run::Tr::tr("'%1' cannot be read (%2): nothing runs again").arg(path, error));
        return;
    }
    for (const auto &entry : (*state)["deployments"]) {
        const QString id = text(entry, "id");
        if (!Fleet::isValidAgentName(id))
            continue;
        QStringList nodes, stopped;
        for (const auto &n : entry.value("nodes", nlohmann::json::array()))
            if (n.is_string())
                nodes << QString::fromStdString(n.get<std::string>());
        for (const auto &n : entry.value("stopped", nlohmann::json::array()))
            if (n.is_string())
                stopped << QString::fromStdString(n.get<std::string>());
        std::unique_ptr<Deployment> d = load(id, bundlePath(id), &error);
        if (d)
            for (const auto &t : entry.value("departed", nlohmann::json::array()))
                if (t.is_string())
                    d->departed.insert(QString::fromStdString(t.get<std::string>()));
        if (d && d->sha256 != text(entry, "sha256")) {
            error = Run::Tr::tr("its bundle has changed on disk");
            QDir(d->folder).removeRecursively();
            d.reset();
        }
        if (!d || !startNodes(*d, nodes, stopped, &error)) {
            if (d)
                QDir(d->folder).removeRecursively();
            log(Runner::LogLevel::Error,
                Run::Tr::tr("the deployment '%1' does not run again: %2").arg(id, error));
            continue;
        }
        log(Runner::LogLevel::Info,
            Run::Tr::tr("runs '%1' again (nodes %2)").arg(id, nodes.join(QStringLiteral(", "))));
        // Twins moved here run again too (from their definition: their state went with the
        // process).
        for (const auto &g : entry.value("guests", nlohmann::json::array())) {
            const QString twin = text(g, "twin");
            const TwinDescriptor *descriptor = d->loaded->twin(twin);
            Node *node = descriptor ? arrivalNode(*d, descriptor->node) : nullptr;
            Diagnostics diagnostics;
            if (!node || !node->engine->addTwin(*descriptor, diagnostics)) {
                log(Runner::LogLevel::Error,
                    Run::Tr::tr("the twin '%1' moved here does not run again").arg(twin));
                continue;
            }
            node->twins << twin;
            node->engine->startTwin(twin).waitForFinished();
        }
        m_deployments[id] = std::move(d);
    }
}

Agent::Node *Agent::nodeOf(Deployment &d, const QString &twin)
{
    for (auto &node : d.nodes)
        if (node->twins.contains(twin))
            return node.get();
    return nullptr;
}

Agent::Node *Agent::arrivalNode(Deployment &d, const QString &name)
{
    for (auto &node : d.nodes)
        if (node->name == name && node->engine)
            return node.get(); // its own node, or the guests of that node already here
    auto node = std::make_unique<Node>();
    node->name = name;
    node->guest = true;
    node->running = true;
    EngineOptions options;
    options.workerThreads = 1;
    options.name = Interop::slug(m_options.name + QLatin1Char('-') + d.id + QLatin1Char('-') +
                                     name + QStringLiteral("-guests"),
                                 QStringLiteral("twinloom"));
    node->engine = std::make_unique<Engine>(options);
    node->engine->setBaseDirectory(d.loaded->baseDirectory());
    for (const auto &m : d.loaded->models())
        node->engine->addModel(m);
    connect(node->engine.get(), &Engine::problem, this,
            [this, name](const QString &twin, const QString &m) {
                log(Runner::LogLevel::Warning, QStringLiteral("%1: %2: %3").arg(name, twin, m));
            });
    node->engine->subscribe(QStringLiteral("twins/+/lifecycle"), this,
                            [this](const StateChange &) { statusSoon(); });
    d.nodes.push_back(std::move(node));
    return d.nodes.back().get();
}

bool Agent::adoptTransfer(const QString &id, QString *error)
{
    const auto t = m_transfers.find(id);
    if (t == m_transfers.end()) {
        *error = Run::Tr::tr("this agent does not run '%1' and was sent no bundle of it").arg(id);
        return false;
    }
    Transfer transfer = std::move(t->second);
    m_transfers.erase(t);
    const QString sha = Fleet::sha256Hex(transfer.data);
    if (transfer.received != transfer.chunks || sha != transfer.sha256) {
        *error = Run::Tr::tr("the bundle of '%1' is incomplete or fails its checksum").arg(id);
        return false;
    }
    QSaveFile file(bundlePath(id));
    if (!file.open(QIODevice::WriteOnly) || file.write(transfer.data) != transfer.data.size() ||
        !file.commit()) {
        *error = Run::Tr::tr("cannot write '%1': %2").arg(bundlePath(id), file.errorString());
        return false;
    }
    std::unique_ptr<Deployment> d = load(id, bundlePath(id), error);
    if (!d) {
        QFile::remove(bundlePath(id));
        return false;
    }
    m_deployments[id] = std::move(d);
    return true;
}

Agent::Reply Agent::migratePrepare(const nlohmann::json &command, const Answer &later)
{
    const QString id = text(command, "deployment");
    const QString twin = text(command, "twin");
    QString error;
    if (m_deployments.count(id) == 0 && !adoptTransfer(id, &error))
        return failure(error);
    Deployment &d = *m_deployments[id];
    if (const QString sha = text(command, "sha256"); !sha.isEmpty() && sha != d.sha256)
        return failure(
            Run::Tr::tr("this agent runs another version of '%1': update it first").arg(id));
    const TwinDescriptor *descriptor = d.loaded->twin(twin);
    if (!descriptor)
        return failure(Run::Tr::tr("the project '%1' has no twin '%2'").arg(d.project, twin));
    if (nodeOf(d, twin))
        return failure(Run::Tr::tr("'%1' runs here already").arg(twin));
    // A twin made of others of its engine, or a part of one, moves only with them.
    for (const AdapterDescriptor &a : descriptor->physicalAdapters)
        if (a.type == QLatin1String("aggregate"))
            return failure(Run::Tr::tr("'%1' aggregates twins of its engine (an \"aggregate\" "
                                       "adapter): it cannot move alone")
                               .arg(twin));
    for (const TwinDescriptor &other : d.loaded->twins())
        if (other.node == descriptor->node &&
            std::any_of(
                other.physicalAdapters.begin(), other.physicalAdapters.end(),
                [](const AdapterDescriptor &a) { return a.type == QLatin1String("aggregate"); }) &&
            std::any_of(other.relationships.begin(), other.relationships.end(),
                        [&](const RelationshipDescriptor &r) { return r.target == twin; }))
            return failure(Run::Tr::tr("'%1' is aggregated by '%2' on its node: it cannot move "
                                       "alone")
                               .arg(twin, other.id));
    Node *node = arrivalNode(d, descriptor->node);
    Diagnostics diagnostics;
    if (!node->engine->addTwin(*descriptor, diagnostics)) {
        QStringList lines;
        for (const Diagnostic &item : diagnostics.items())
            lines << item.withoutSeverity();
        return failure(Run::Tr::tr("'%1' cannot be set up here: %2")
                           .arg(twin, lines.join(QStringLiteral("; "))));
    }
    node->engine->startTwinHeld(twin).waitForFinished();
    // Answered once its physical side is connected, so that nothing the devices send before the
    // other stops is missed; meanwhile the agent goes on (heartbeats, other commands).
    const int timeoutMs = std::clamp(command.value("timeoutMs", 10000), 100, 60000);
    const QString key = id + QLatin1Char('\n') + twin;
    m_preparing.insert(key);
    auto *poll = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(
        poll, &QTimer::timeout, this, [this, poll, clock, id, twin, node, timeoutMs, later, key] {
            // The node may have gone meanwhile (undeployed), or the move been given up (aborted).
            const auto found = m_deployments.find(id);
            const bool alive =
                m_preparing.contains(key) && found != m_deployments.end() &&
                std::any_of(found->second->nodes.begin(), found->second->nodes.end(),
                            [node](const auto &n) { return n.get() == node && n->engine; });
            const LifecycleState s =
                alive ? node->engine->lifecycle(twin) : LifecycleState::Destroyed;
            const bool bound = s == LifecycleState::Bound || s == LifecycleState::Synchronized ||
                               s == LifecycleState::NotSynchronized;
            if (alive && !bound && clock->elapsed() < timeoutMs)
                return;
            poll->stop();
            poll->deleteLater();
            m_preparing.remove(key);
            if (!alive) {
                later(failure(Run::Tr::tr("'%1' was withdrawn while it was prepared").arg(twin)));
            } else if (!bound) {
                node->engine->removeTwin(twin);
                later(failure(
                    Run::Tr::tr("'%1' did not connect its physical side here within %2 s (%3)")
                        .arg(twin)
                        .arg(timeoutMs / 1000.0)
                        .arg(lifecycleStateName(s))));
            } else {
                node->twins << twin;
                later({{"ok", true}, {"lifecycle", lifecycleStateName(s).toStdString()}});
            }
        });
    poll->start(5);
    return pending();
}

Agent::Reply Agent::migrateHandOver(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    const QString twin = text(command, "twin");
    const auto d = m_deployments.find(id);
    Node *node = d == m_deployments.end() ? nullptr : nodeOf(*d->second, twin);
    if (!node)
        return failure(Run::Tr::tr("'%1' of '%2' does not run here").arg(twin, id));
    nlohmann::json handover = node->engine->handOver(twin).result();
    if (handover.contains("error"))
        return failure(QString::fromStdString(handover["error"].get<std::string>()));
    node->engine->removeTwin(twin);
    node->twins.removeAll(twin);
    if (!node->guest)
        d->second->departed.insert(twin);
    saveState(nullptr);
    statusSoon();
    return {{"ok", true}, {"handover", std::move(handover)}};
}

Agent::Reply Agent::migrateTakeOver(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    const QString twin = text(command, "twin");
    const auto d = m_deployments.find(id);
    Node *node = d == m_deployments.end() ? nullptr : nodeOf(*d->second, twin);
    if (!node)
        return failure(Run::Tr::tr("'%1' of '%2' was not prepared here").arg(twin, id));
    nlohmann::json result =
        node->engine->takeOver(twin, command.value("handover", nlohmann::json())).result();
    if (result.contains("error"))
        return failure(QString::fromStdString(result["error"].get<std::string>()));
    d->second->departed.remove(twin);
    saveState(nullptr);
    statusSoon();
    Reply reply = {{"ok", true}};
    reply["replayed"] = result.value("replayed", 0);
    reply["skipped"] = result.value("skipped", 0);
    reply["dropped"] = result.value("dropped", 0);
    reply["lifecycle"] = lifecycleStateName(node->engine->lifecycle(twin)).toStdString();
    return reply;
}

Agent::Reply Agent::migrateAbort(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    const QString twin = text(command, "twin");
    const auto d = m_deployments.find(id);
    if (d != m_deployments.end() && m_preparing.remove(id + QLatin1Char('\n') + twin)) {
        // Still connecting its physical side: withdrawn now; its prepare answers that it was.
        for (auto &n : d->second->nodes)
            if (n->engine && !n->twins.contains(twin) && n->engine->contains(twin))
                n->engine->removeTwin(twin);
        return {{"ok", true}, {"matched", 1}};
    }
    Node *node = d == m_deployments.end() ? nullptr : nodeOf(*d->second, twin);
    if (!node)
        return {{"ok", true}, {"matched", 0}};
    node->engine->removeTwin(twin);
    node->twins.removeAll(twin);
    saveState(nullptr);
    statusSoon();
    return {{"ok", true}, {"matched", 1}};
}

Agent::Reply Agent::fetchBundle(const nlohmann::json &command)
{
    const QString id = text(command, "deployment");
    if (m_deployments.count(id) == 0)
        return failure(Run::Tr::tr("no deployment '%1' here").arg(id));
    QFile file(bundlePath(id));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Run::Tr::tr("cannot read '%1': %2").arg(bundlePath(id), file.errorString()));
    const qint64 size = file.size();
    const int index = command.value("index", 0);
    const int chunks = static_cast<int>((size + Fleet::kChunkBytes - 1) / Fleet::kChunkBytes);
    if (index < 0 || index >= chunks)
        return failure(Run::Tr::tr("the bundle has %1 chunks, not %2").arg(chunks).arg(index + 1));
    file.seek(qint64{index} * Fleet::kChunkBytes);
    const QByteArray part = file.read(Fleet::kChunkBytes);
    return {{"ok", true},
            {"size", size},
            {"chunks", chunks},
            {"sha256", m_deployments[id]->sha256.toStdString()},
            {"data", part.toBase64().toStdString()}};
}

nlohmann::json Agent::status() const
{
    std::map<std::string, int> lifecycles;
    int twins = 0;
    nlohmann::json deployments = nlohmann::json::array();
    for (const auto &[id, d] : m_deployments) {
        nlohmann::json nodes = nlohmann::json::array();
        for (const auto &node : d->nodes) {
            nodes.push_back({{"name", node->name.toStdString()},
                             {"running", node->running},
                             {"guest", node->guest},
                             {"twins", node->twins.size()}});
            for (const QString &twin : node->twins) {
                ++lifecycles[lifecycleStateName(node->engine->lifecycle(twin)).toStdString()];
                ++twins;
            }
        }
        deployments.push_back({{"id", id.toStdString()},
                               {"project", d->project.toStdString()},
                               {"sha256", d->sha256.toStdString()},
                               {"nodes", nodes}});
    }
    return {{"agent", m_options.name.toStdString()},
            {"state", "online"},
            {"version", QCoreApplication::applicationVersion().toStdString()},
            {"host", QSysInfo::machineHostName().toStdString()},
            {"pid", QCoreApplication::applicationPid()},
            {"started", m_started},
            {"time", QDateTime::currentMSecsSinceEpoch()},
            {"heartbeatSeconds", m_options.heartbeatSeconds},
            {"load", {{"cpu", m_load}, {"residentBytes", residentBytes()}}},
            {"twins", twins},
            {"lifecycles", lifecycles},
            {"deployments", deployments},
            {"refusedCommands", m_refused}};
}

void Agent::publishStatus()
{
    if (!m_client || m_stopping)
        return;
    if (m_lastBeat.isValid() && m_lastBeat.elapsed() > 0) {
        const double cpu = cpuSeconds();
        if (m_lastBeat.elapsed() >= 1000) {
            m_load = (cpu - m_lastCpu) / (static_cast<double>(m_lastBeat.elapsed()) / 1000.0);
            m_lastCpu = cpu;
            m_lastBeat.restart();
        }
    }
    m_client->publish(m_endpoint->statusTopic(m_options.name), m_signer->seal(status()), 1, true);
}

void Agent::statusSoon()
{
    if (!m_statusSoon.isActive())
        m_statusSoon.start();
}

} // namespace twinloom
