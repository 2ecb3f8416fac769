#include "app/run/runner.h"

#include "adapters/builtinadapters.h"
#include "adapters/http/httpapi.h"
#include "app/run/tr.h"
#include "engine/bundle/bundle.h"
#include "engine/history/sqlhistorystore.h"
#include "engine/interop/adt.h"
#include "engine/interop/ditto.h"
#include "engine/interop/dtdlproject.h"
#include "engine/interop/interopio.h"
#include "engine/interop/wot.h"
#include "engine/script/scriptstep.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <sys/resource.h>
#include <thread>

namespace twinloom {

namespace {
QString levelName(Runner::LogLevel level)
{
    switch (level) {
    case Runner::LogLevel::Error:
        return QStringLiteral("error");
    case Runner::LogLevel::Warning:
        return QStringLiteral("warning");
    case Runner::LogLevel::Info:
        return QStringLiteral("info");
    case Runner::LogLevel::Debug:
        return QStringLiteral("debug");
    }
    return {};
}

void writeLine(std::FILE *stream, const std::string &line)
{
    std::fwrite(line.data(), 1, line.size(), stream);
    std::fputc('\n', stream);
}
} // namespace

Runner::Runner(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &Runner::flush);
    connect(&m_metricsTimer, &QTimer::timeout, this, &Runner::printMetrics);
}

Runner::~Runner()
{
    m_http.reset();
    m_engine.reset();
    flush();
}

std::optional<Runner::LogLevel> Runner::logLevelFromName(QStringView name)
{
    for (LogLevel l : {LogLevel::Error, LogLevel::Warning, LogLevel::Info, LogLevel::Debug}) {
        if (levelName(l) == name)
            return l;
    }
    return std::nullopt;
}

void Runner::log(LogLevel level, const QString &message)
{
    writeLog(level, m_options.logLevel, message);
}

void Runner::writeLog(LogLevel level, LogLevel threshold, const QString &message)
{
    if (level > threshold)
        return;
    const QString line = QStringLiteral("twinloom-run: %1: %2").arg(levelName(level), message);
    writeLine(stderr, line.toStdString());
    std::fflush(stderr);
}

void Runner::startInOrder(Engine &engine, const QStringList &order)
{
    std::vector<QFuture<void>> started;
    for (const QString &id : order)
        started.push_back(engine.startTwin(id));
    for (auto &f : started)
        f.waitForFinished();
}

std::optional<std::uint64_t> Runner::stopInOrder(Engine &engine,
                                                 const std::vector<QStringList> &levels)
{
    // Nothing new comes in; then a composed twin stops before its parts (a level of the
    // composition at a time), each draining its mailbox. An engine too loaded to drain within
    // kDrainBudget drops the rest, and says how much: a stop must not take as long as the
    // backlog it was asked to end.
    const std::uint64_t droppedBefore = engine.metrics().eventsDropped;
    std::mutex mutex;
    std::condition_variable stopped;
    bool done = false;
    bool discarded = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!stopped.wait_for(lock, kDrainBudget, [&] { return done; })) {
            discarded = true;
            engine.discardQueued();
        }
    });
    engine.stopInputs();
    for (auto level = levels.crbegin(); level != levels.crend(); ++level) {
        std::vector<QFuture<void>> stops;
        for (const QString &id : *level)
            stops.push_back(engine.stopTwin(id));
        for (QFuture<void> &f : stops)
            f.waitForFinished();
    }
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    stopped.notify_all();
    watchdog.join();
    if (!discarded)
        return std::nullopt;
    return engine.metrics().eventsDropped - droppedBefore;
}

int Runner::start()
{
    registerBuiltinAdapters(AdapterRegistry::global());
    registerScriptStep();
    if (m_options.validateDtdl)
        return validateDtdl();
    if (!m_options.importFormat.isEmpty())
        return importProject();

    QString projectPath = m_options.path;
    if (!QFileInfo::exists(projectPath)) {
        log(LogLevel::Error, Run::Tr::tr("'%1' does not exist").arg(projectPath));
        return InvalidProject;
    }
    Diagnostics diagnostics;
    if (!m_options.extractTo.isEmpty()) {
        if (!Bundle::isBundle(projectPath)) {
            log(LogLevel::Error, Run::Tr::tr("'%1' is not a bundle").arg(projectPath));
            return InvalidProject;
        }
        auto extracted = Bundle::extractBundle(projectPath, m_options.extractTo, diagnostics);
        for (const Diagnostic &d : diagnostics.items())
            log(LogLevel::Error, d.withoutSeverity());
        if (!extracted)
            return InvalidProject;
        writeLine(stdout, extracted->toStdString());
        return Ok;
    }
    if (Bundle::isBundle(projectPath)) {
        m_extracted = std::make_unique<QTemporaryDir>();
        if (!m_extracted->isValid()) {
            log(LogLevel::Error, Run::Tr::tr("cannot create a folder to extract the bundle: %1")
                                     .arg(m_extracted->errorString()));
            return RuntimeFailure;
        }
        auto extracted = Bundle::extractBundle(projectPath, m_extracted->path(), diagnostics);
        if (!extracted) {
            for (const Diagnostic &d : diagnostics.items())
                log(LogLevel::Error, d.withoutSeverity());
            return InvalidProject;
        }
        log(LogLevel::Debug,
            Run::Tr::tr("extracted bundle '%1' into '%2'").arg(projectPath, m_extracted->path()));
        projectPath = *extracted;
        diagnostics = {};
    }
    // An export describes the project: adapters of types this runner lacks do not stop it.
    m_project =
        Project::load(projectPath, diagnostics,
                      m_options.exportFormat.isEmpty() ? &AdapterRegistry::global() : nullptr);
    for (const Diagnostic &d : diagnostics.items())
        log(d.severity == Diagnostic::Severity::Error ? LogLevel::Error : LogLevel::Warning,
            d.withoutSeverity());
    if (!m_project) {
        log(LogLevel::Error, Run::Tr::tr("%n error(s) in '%1'; nothing was started", nullptr,
                                         diagnostics.errorCount())
                                 .arg(projectPath));
        return InvalidProject;
    }
    if (!m_options.node.isEmpty()) {
        const auto &nodes = m_project->nodes();
        const bool known = std::any_of(nodes.begin(), nodes.end(), [&](const DeploymentNode &n) {
            return n.name == m_options.node;
        });
        if (!known) {
            QStringList names;
            for (const DeploymentNode &n : nodes)
                names << n.name;
            log(LogLevel::Error,
                Run::Tr::tr("the project has no node '%1'; its nodes: %2")
                    .arg(m_options.node,
                         names.isEmpty() ? Run::Tr::tr("none") : names.join(QStringLiteral(", "))));
            return InvalidProject;
        }
    }
    m_order = m_project->twinOrder(m_options.node);
    if (!m_options.exportFormat.isEmpty())
        return exportProject(projectPath);
    if (!m_options.exportBundle.isEmpty()) {
        Diagnostics exported;
        const bool ok = Bundle::exportBundle(*m_project, m_options.exportBundle, exported);
        logDiagnostics(exported);
        if (!ok)
            return InvalidProject;
        log(LogLevel::Info, Run::Tr::tr("wrote the bundle '%1'").arg(m_options.exportBundle));
        return Ok;
    }
    EngineOptions engineOptions;
    engineOptions.workerThreads = std::max(1, QThread::idealThreadCount() - 1);
    // Persistent MQTT sessions find themselves again by it after a restart.
    engineOptions.name = Interop::slug(
        m_project->name().isEmpty() ? QFileInfo(projectPath).completeBaseName() : m_project->name(),
        QStringLiteral("twinloom"));
    if (!m_options.node.isEmpty())
        engineOptions.name += QLatin1Char('-') + Interop::slug(m_options.node, {});
    if (const int refused = checkDescriptors(engineOptions.workerThreads); refused != Ok)
        return refused;
    if (m_options.check) {
        writeLine(stdout, Run::Tr::tr("%1: valid; %2 models, %3 twins%4")
                              .arg(projectPath)
                              .arg(m_project->models().size())
                              .arg(m_order.size())
                              .arg(m_options.node.isEmpty()
                                       ? QString()
                                       : Run::Tr::tr(" on node '%1'").arg(m_options.node))
                              .toStdString());
        return Ok;
    }

    m_engine = std::make_unique<Engine>(engineOptions);
    connect(m_engine.get(), &Engine::problem, this,
            [this](const QString &twin, const QString &message) {
                log(LogLevel::Warning, twin + QStringLiteral(": ") + message);
            });
    Diagnostics instantiation;
    if (!m_project->instantiate(*m_engine, instantiation, m_options.node)) {
        for (const Diagnostic &d : instantiation.items())
            log(LogLevel::Error, d.withoutSeverity());
        return InvalidProject;
    }
    m_engine->subscribe(QStringLiteral("twins/+/lifecycle"), this, [this](const StateChange &c) {
        for (const ResourceChange &r : c.changes) {
            const QString to = r.value.toString();
            const QString reason =
                r.target.isEmpty() ? QString() : QStringLiteral(" (") + r.target + QLatin1Char(')');
            if (to == QLatin1String("Error")) {
                m_runtimeFailure = true;
                log(LogLevel::Error, Run::Tr::tr("%1 failed%2").arg(c.twinId, reason));
            } else {
                log(LogLevel::Debug,
                    Run::Tr::tr("%1: %2 → %3%4").arg(c.twinId, r.previous.toString(), to, reason));
            }
        }
    });
    if (m_options.changes) {
        m_engine->subscribe(QStringLiteral("#"), this,
                            [this](const StateChange &c) { printChange(c); });
        m_flushTimer.start();
    }
    if (!m_options.httpHost.isEmpty()) {
        // Listening before the twins start: /readyz says 503 until they run.
        HttpEndpoint endpoint;
        endpoint.host = m_options.httpHost;
        endpoint.port = m_options.httpPort;
        endpoint.tls.certificateFile = m_options.httpCertificate;
        endpoint.tls.keyFile = m_options.httpKey;
        endpoint.corsOrigins = m_options.httpCors;
        // Tokens come from the environment only: never a command line that `ps` shows.
        endpoint.writeToken = qEnvironmentVariable("TWINLOOM_HTTP_TOKEN");
        endpoint.readToken = qEnvironmentVariable("TWINLOOM_HTTP_READ_TOKEN");
        for (const QString &token : {endpoint.writeToken, endpoint.readToken}) {
            if (!token.isEmpty() && token.size() < 16) {
                log(LogLevel::Error, Run::Tr::tr("--http: a bearer token has 16 characters at "
                                                 "least; nothing was started"));
                return RuntimeFailure;
            }
        }
        // A server takes one descriptor per client: it may have as many as the system allows.
        rlimit limit{};
        if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
            limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max == RLIM_INFINITY
                                 ? rlim_t{1} << 20
                                 : std::min<rlim_t>(limit.rlim_max, rlim_t{1} << 20);
            ::setrlimit(RLIMIT_NOFILE, &limit);
        }
        QString error;
        m_http = HttpApi::acquire(m_engine.get(), endpoint, &error);
        if (!m_http) {
            log(LogLevel::Error, Run::Tr::tr("--http: %1; nothing was started").arg(error));
            return RuntimeFailure;
        }
        m_http->setReady(false);
        m_http->serveAllTwins();
        log(LogLevel::Info, Run::Tr::tr("HTTP interface on %1 (OpenAPI: %1/api/openapi.json)%2")
                                .arg(m_http->baseUrl(),
                                     endpoint.writeToken.isEmpty() && endpoint.readToken.isEmpty()
                                         ? Run::Tr::tr(", no token required")
                                         : QString()));
    }
    if (!openHistory(projectPath))
        return RuntimeFailure;
    // Parts first, so that a composed twin finds them running.
    startInOrder(*m_engine, m_order);
    log(LogLevel::Info,
        Run::Tr::tr("running %n twin(s) of '%1'%2", nullptr, static_cast<int>(m_order.size()))
            .arg(m_project->name().isEmpty() ? QFileInfo(projectPath).fileName()
                                             : m_project->name(),
                 m_options.node.isEmpty() ? QString()
                                          : Run::Tr::tr(" on node '%1'").arg(m_options.node)));
    if (m_http)
        m_http->setReady(true);
    if (m_options.metricsInterval > 0) {
        m_metricsTimer.start(static_cast<int>(m_options.metricsInterval * 1000));
    }
    if (m_options.durationSeconds > 0) {
        m_end = std::chrono::steady_clock::now() +
                std::chrono::milliseconds(static_cast<qint64>(m_options.durationSeconds * 1000));
        waitForTheEnd();
    }
    return -1;
}

bool Runner::openHistory(const QString &projectPath)
{
    const std::optional<HistoryConfig> &section = m_project->history();
    if (!section && m_options.history.isEmpty())
        return true;
    HistoryConfig config = section.value_or(HistoryConfig{});
    if (!section)
        config.tiers = HistoryConfig::defaultTiers();
    QString location = m_options.history;
    if (location.isEmpty() && !config.location.isEmpty()) {
        location = config.location;
        if (!location.contains(QLatin1String("://")) && QFileInfo(location).isRelative())
            location = QDir(QFileInfo(projectPath).absolutePath()).filePath(location);
    }
    if (location.isEmpty()) {
        // Beside the project or the bundle the user gave, never inside an extracted copy.
        const QFileInfo given(m_options.path);
        QString base = given.fileName();
        for (const char *suffix : {".twinloom.json", ".json", ".zip"})
            if (base.endsWith(QLatin1String(suffix))) {
                base.chop(static_cast<qsizetype>(std::strlen(suffix)));
                break;
            }
        location = given.absoluteDir().filePath(base + QStringLiteral(".history.sqlite"));
    }
    QString error;
    QPointer<Runner> self(this);
    m_history = SqlHistoryStore::open(
        config, location, &error, [self](const QString &message, bool recovered) {
            // From the writer's thread: logged on the runner's.
            QMetaObject::invokeMethod(self, [self, message, recovered] {
                if (self)
                    self->log(recovered ? LogLevel::Info : LogLevel::Warning, message);
            });
        });
    if (!m_history) {
        log(LogLevel::Error, Run::Tr::tr("%1; nothing was started").arg(error));
        return false;
    }
    m_history->attach(*m_engine);
    m_engine->setHistoryStore(m_history);
    log(LogLevel::Info,
        Run::Tr::tr("recording history into %1").arg(SqlHistoryStore::displayLocation(location)));
    return true;
}

void Runner::closeHistory()
{
    if (!m_history)
        return;
    m_history->detach();
    const bool flushed = m_history->flush(5000);
    const HistoryStatus status = m_history->status();
    log(flushed && status.pending == 0 && status.dropped == 0 ? LogLevel::Info : LogLevel::Warning,
        Run::Tr::tr("history: %1 sample(s) recorded, %2 dropped by a full queue, %3 not written")
            .arg(status.recorded)
            .arg(status.dropped)
            .arg(status.pending));
    m_engine->setHistoryStore(nullptr);
    m_history.reset();
}

void Runner::waitForTheEnd()
{
    // A timer waits at most 24.8 days (an int of milliseconds): longer runs wait in steps.
    constexpr qint64 kStepMs = qint64{24} * 3600 * 1000;
    const qint64 left = std::chrono::duration_cast<std::chrono::milliseconds>(
                            m_end - std::chrono::steady_clock::now())
                            .count();
    if (left <= 0) {
        shutdown(Ok);
        return;
    }
    QTimer::singleShot(static_cast<int>(std::min(left, kStepMs)), this,
                       [this] { waitForTheEnd(); });
}

int Runner::checkDescriptors(int workers)
{
    std::vector<TwinDescriptor> twins;
    for (const QString &id : std::as_const(m_order))
        twins.push_back(*m_project->twin(id));
    // The process's own (standard streams, Qt, the event loops of its threads), then what the
    // adapters hold.
    const int needed = kBaseDescriptors + kDescriptorsPerWorker * workers +
                       AdapterRegistry::global().descriptorNeeds(twins).total(workers);
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
        rlim_t(needed) <= limit.rlim_cur)
        return Ok;
    // As servers do: the soft limit goes up to the hard one when that is enough.
    const rlim_t soft = limit.rlim_cur;
    if (limit.rlim_max == RLIM_INFINITY || rlim_t(needed) <= limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY
                             ? rlim_t(needed) * 2
                             : std::min(limit.rlim_max, rlim_t(needed) * 2);
        if (::setrlimit(RLIMIT_NOFILE, &limit) == 0) {
            log(LogLevel::Info,
                Run::Tr::tr("raised the limit of open files from %1 to %2 (about %3 needed)")
                    .arg(soft)
                    .arg(limit.rlim_cur)
                    .arg(needed));
            return Ok;
        }
    }
    log(LogLevel::Error,
        Run::Tr::tr("the twins need about %1 open files (the connections and sockets of their "
                    "adapters), but this process may open %2 (ulimit -n) and at most %3 (ulimit "
                    "-Hn): raise the limit (ulimit -n, or LimitNOFILE= for a service), or run "
                    "fewer twins per node; nothing was started")
            .arg(needed)
            .arg(soft)
            .arg(limit.rlim_max == RLIM_INFINITY ? Run::Tr::tr("no limit")
                                                 : QString::number(limit.rlim_max)));
    return m_options.check ? InvalidProject : RuntimeFailure;
}

QStringList Runner::exportFormats()
{
    return {QStringLiteral("dtdl"), QStringLiteral("wot"), QStringLiteral("ditto"),
            QStringLiteral("adt"), QStringLiteral("adt-ndjson")};
}

QStringList Runner::importFormats()
{
    return {QStringLiteral("dtdl"), QStringLiteral("wot"), QStringLiteral("adt")};
}

void Runner::logDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics.items())
        log(d.severity == Diagnostic::Severity::Error ? LogLevel::Error : LogLevel::Warning,
            d.withoutSeverity());
}

namespace {

// A Device Models Repository served over HTTP(S): each DTMI is one GET of its conventional path.
// A 404 means "not there"; any other failure is an error the caller reports.
class RemoteRepository
{
public:
    explicit RemoteRepository(QUrl base)
        : m_base(std::move(base))
    {
        if (!m_base.path().endsWith(QLatin1Char('/')))
            m_base.setPath(m_base.path() + QLatin1Char('/'));
    }

    std::optional<Dtdl::ResolvedDocument> resolve(const QString &dtmi)
    {
        const QString rel = Dtdl::ModelRepository::relativePath(dtmi);
        if (rel.isEmpty())
            return std::nullopt;
        const QUrl url = m_base.resolved(QUrl(rel));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(kTimeoutMs);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [reply](qint64 received, qint64) {
                             if (received > kMaxBytes)
                                 reply->abort();
                         });
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const bool tooLarge = reply->bytesAvailable() > 0 || body.size() > kMaxBytes;
        const QNetworkReply::NetworkError error = reply->error();
        const QString reason = reply->errorString();
        reply->deleteLater();
        if (status == 404 || error == QNetworkReply::ContentNotFoundError)
            return std::nullopt;
        if (error != QNetworkReply::NoError || tooLarge) {
            m_errors << Run::Tr::tr("cannot read %1 from %2: %3")
                            .arg(dtmi, url.toDisplayString(),
                                 tooLarge || error == QNetworkReply::OperationCanceledError
                                     ? Run::Tr::tr("larger than %1 MB").arg(kMaxBytes >> 20)
                                     : reason);
            return std::nullopt;
        }
        return Dtdl::ResolvedDocument{url.toDisplayString(), body};
    }

    const QStringList &errors() const { return m_errors; }

private:
    static constexpr int kTimeoutMs = 30000;
    static constexpr qint64 kMaxBytes = qint64(16) << 20;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QStringList m_errors;
};

bool isDtmiArgument(const QString &argument)
{
    return argument.startsWith(QLatin1String("dtmi:"));
}

} // namespace

int Runner::validateDtdl()
{
    Dtdl::ParseOptions parseOptions;
    parseOptions.allowUndefinedExtensions = m_options.allowUndefinedExtensions;
    Dtdl::ModelParser parser(parseOptions);
    Dtdl::Resolver resolver;
    std::shared_ptr<RemoteRepository> remote;
    const QString &repository = m_options.repository;
    if (!repository.isEmpty()) {
        const QUrl url(repository);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
            if (!url.isValid() || url.host().isEmpty()) {
                log(LogLevel::Error, Run::Tr::tr("--repository: '%1' is not a valid URL: %2")
                                         .arg(repository, url.errorString()));
                return ValidationUsage;
            }
            remote = std::make_shared<RemoteRepository>(url);
            resolver = [remote](const QString &dtmi) { return remote->resolve(dtmi); };
        } else if (QFileInfo(repository).isDir()) {
            resolver = Dtdl::ModelRepository(repository).resolver();
        } else {
            log(LogLevel::Error,
                Run::Tr::tr("--repository: '%1' is neither a folder nor an http(s) URL")
                    .arg(repository));
            return ValidationUsage;
        }
        parser.setResolver(resolver);
    }
    QStringList notInRepository;
    for (const QString &input : std::as_const(m_options.inputs)) {
        if (isDtmiArgument(input)) {
            if (!resolver) {
                log(LogLevel::Error, Run::Tr::tr("'%1' is a DTMI: name the repository that holds "
                                                 "it with --repository")
                                         .arg(input));
                return ValidationUsage;
            }
            if (Dtdl::ModelRepository::relativePath(input).isEmpty()) {
                log(LogLevel::Error, Run::Tr::tr("'%1' is not a DTMI with a version, which a "
                                                 "repository needs to find it")
                                         .arg(input));
                return ValidationUsage;
            }
            if (auto document = resolver(input))
                parser.addDocument(document->file, document->text);
            else
                notInRepository << input;
            continue;
        }
        const QFileInfo info(input);
        if (!info.exists()) {
            log(LogLevel::Error, Run::Tr::tr("'%1' does not exist").arg(input));
            return ValidationUsage;
        }
        if (info.isDir())
            parser.addFolder(input);
        else
            parser.addFile(input);
    }
    Dtdl::ParseResult result = parser.parse();
    if (remote) {
        for (const QString &error : remote->errors())
            log(LogLevel::Error, error);
    }
    // A DTMI asked for by name and absent from the repository leaves the set incomplete.
    for (const QString &id : std::as_const(notInRepository)) {
        if (!result.undefinedIdentifiers.contains(id))
            result.undefinedIdentifiers << id;
    }
    result.undefinedIdentifiers.sort();
    if (result.outcome == Dtdl::Outcome::Valid && !result.undefinedIdentifiers.isEmpty())
        result.outcome = Dtdl::Outcome::Incomplete;
    writeLine(stdout, result.summary().toStdString());
    for (const Dtdl::Problem &p : result.errors)
        writeLine(stdout, p.toString().toStdString());
    if (result.outcome == Dtdl::Outcome::Incomplete) {
        for (const QString &id : std::as_const(result.undefinedIdentifiers)) {
            writeLine(
                stdout,
                (notInRepository.contains(id)
                     ? Run::Tr::tr("undefined: %1 (not in the repository %2)").arg(id, repository)
                     : Run::Tr::tr("undefined: %1").arg(id))
                    .toStdString());
        }
    }
    flush();
    return result.outcome == Dtdl::Outcome::Valid ? ModelsValid : ModelsInvalid;
}

int Runner::importProject()
{
    const QString &format = m_options.importFormat;
    QString name = QFileInfo(m_options.output).fileName();
    if (name.endsWith(QLatin1String(".twinloom.json")))
        name.chop(int(qstrlen(".twinloom.json")));
    Interop::ImportOutput imported;
    if (format == QLatin1String("dtdl")) {
        imported = Dtdl::importModelFiles(m_options.inputs, name);
    } else {
        Diagnostics readErrors;
        const std::vector<Interop::InputFile> files = Interop::readInputs(
            m_options.inputs, readErrors, /*ndjson=*/format == QLatin1String("adt"));
        if (readErrors.hasErrors()) {
            logDiagnostics(readErrors);
            return InvalidProject;
        }
        if (format == QLatin1String("wot")) {
            Wot::ImportOptions options;
            options.projectName = name;
            imported = Wot::importThingDescriptions(files, options);
        } else {
            Adt::ImportOptions options;
            options.projectName = name;
            imported = Adt::importGraph(files, options);
        }
    }
    logDiagnostics(imported.diagnostics);
    if (!imported.project) {
        log(LogLevel::Error, Run::Tr::tr("%n error(s); nothing was written", nullptr,
                                         imported.diagnostics.errorCount()));
        return InvalidProject;
    }
    QString error;
    if (!imported.project->save(m_options.output, &error)) {
        log(LogLevel::Error, Run::Tr::tr("cannot write '%1': %2").arg(m_options.output, error));
        return RuntimeFailure;
    }
    // What this runner needs to run it (adapter configurations, secrets) is reported, not fatal.
    Diagnostics runnable;
    if (!Project::load(m_options.output, runnable, &AdapterRegistry::global()))
        log(LogLevel::Warning,
            Run::Tr::tr("the imported project needs editing before it runs here:"));
    for (const Diagnostic &d : runnable.items())
        log(LogLevel::Warning, d.withoutSeverity());
    log(LogLevel::Info, Run::Tr::tr("wrote the project '%1': %2 models, %3 twins")
                            .arg(m_options.output)
                            .arg(imported.project->models().size())
                            .arg(imported.project->twins().size()));
    return Ok;
}

int Runner::exportProject(const QString &projectPath)
{
    const Project &project = *m_project;
    const QString &format = m_options.exportFormat;
    Interop::ExportOutput out;
    bool singleFile = false;
    if (format == QLatin1String("dtdl")) {
        out = Dtdl::exportModelFiles(project);
    } else if (format == QLatin1String("wot")) {
        out = Wot::exportThingDescriptions(project);
    } else if (format == QLatin1String("ditto")) {
        out = Ditto::exportThings(project);
    } else if (format == QLatin1String("adt")) {
        out = Adt::exportExplorer(project);
        singleFile = true;
    } else {
        out = Adt::exportBulkImport(project);
        singleFile = true;
    }
    out.notes.setFile(projectPath);
    logDiagnostics(out.notes);
    if (out.notes.hasErrors())
        return InvalidProject;
    Diagnostics written;
    bool ok = true;
    if (singleFile && out.files.size() == 1) {
        const QFileInfo target(m_options.output);
        out.files.front().path = target.fileName();
        ok = Interop::writeFiles(target.absolutePath(), out.files, written);
    } else {
        ok = Interop::writeFiles(m_options.output, out.files, written);
    }
    logDiagnostics(written);
    if (!ok)
        return RuntimeFailure;
    log(LogLevel::Info,
        Run::Tr::tr("wrote %n file(s) to '%1'", nullptr, static_cast<int>(out.files.size()))
            .arg(m_options.output));
    return Ok;
}

void Runner::shutdown(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_engine) {
        log(LogLevel::Info,
            Run::Tr::tr("stopping %n twin(s)", nullptr, static_cast<int>(m_order.size())));
        const auto dropped = stopInOrder(*m_engine, m_project->twinLevels(m_options.node));
        if (dropped)
            log(LogLevel::Warning,
                Run::Tr::tr("the twins could not process what was queued within %1 s of the "
                            "stop: %2 event(s) were dropped")
                    .arg(std::chrono::duration<double>(kDrainBudget).count())
                    .arg(*dropped));
        closeHistory();
        if (m_options.metricsInterval > 0)
            printMetrics();
        for (const QString &id : std::as_const(m_order)) {
            if (m_engine->lifecycle(id) == LifecycleState::Error)
                m_runtimeFailure = true;
        }
    }
    // Deliveries queued for this thread (the last changes) are printed before quitting.
    QCoreApplication::sendPostedEvents();
    flush();
    QCoreApplication::exit(exitCode == Ok && m_runtimeFailure ? RuntimeFailure : exitCode);
}

void Runner::printChange(const StateChange &change)
{
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const ResourceChange &r : change.changes) {
        nlohmann::ordered_json c = {{"op", changeOperationName(r.operation).toStdString()},
                                    {"kind", resourceKindName(r.kind).toStdString()},
                                    {"name", r.key.toStdString()},
                                    {"value", r.value.toJson()}};
        if (r.kind == ResourceKind::Lifecycle) {
            c["previous"] = r.previous.toJson();
            if (!r.target.isEmpty())
                c["reason"] = r.target.toStdString();
        } else if (r.kind == ResourceKind::Relationship) {
            c["target"] = r.target.toStdString();
            c["id"] = r.instanceId.toStdString();
        }
        changes.push_back(std::move(c));
    }
    nlohmann::ordered_json line = {{"twin", change.twinId.toStdString()},
                                   {"seq", change.sequence},
                                   {"time", Clock::toIso(change.commitTime).toStdString()},
                                   {"changes", std::move(changes)}};
    if (change.sourceTime)
        line["source"] = Clock::toIso(change.sourceTime).toStdString();
    writeLine(stdout, line.dump());
}

void Runner::printMetrics()
{
    if (!m_engine)
        return;
    const EngineMetrics m = m_engine->metrics();
    nlohmann::json states = nlohmann::json::object();
    for (const QString &id : std::as_const(m_order))
        states[lifecycleStateName(m_engine->lifecycle(id)).toStdString()] =
            states.value(lifecycleStateName(m_engine->lifecycle(id)).toStdString(), 0) + 1;
    nlohmann::json line = {
        {"metrics",
         {{"time", Clock::toIso(Clock::now()).toStdString()},
          {"twins", m.twins},
          {"lifecycle", std::move(states)},
          {"eventsIn", m.eventsIn},
          {"eventsDropped", m.eventsDropped},
          {"eventsFailed", m.eventsFailed},
          {"mailboxDepth", m.mailboxDepth},
          {"changesOut", m.changesOut},
          {"commitLatencyP50Us", static_cast<double>(m.commitLatencyP50) / 1000.0},
          {"commitLatencyP99Us", static_cast<double>(m.commitLatencyP99) / 1000.0},
          {"observerDropped", m.observerDropped}}}};
    writeLine(stdout, line.dump());
    flush();
}

void Runner::flush()
{
    std::fflush(stdout);
}

QByteArray Runner::projectSchema()
{
    registerBuiltinAdapters(AdapterRegistry::global());
    QFile base(QStringLiteral(":/twinloom-project.schema.json"));
    if (!base.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = base.readAll();
    nlohmann::ordered_json schema =
        nlohmann::ordered_json::parse(bytes.constBegin(), bytes.constEnd());
    const nlohmann::json adapters = AdapterRegistry::global().projectSchemaDefinitions();
    for (const auto &[name, definition] : adapters.items())
        schema["$defs"][name] = definition;
    schema["properties"]["history"] = {{"$ref", "#/$defs/history"}};
    schema["$defs"]["history"] = HistoryConfig::schema();
    return QByteArray::fromStdString(schema.dump(2)) + '\n';
}

} // namespace twinloom
