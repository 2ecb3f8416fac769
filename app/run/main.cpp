// twinloom-run: runs a Twinloom project, or one deployment node of it, without a GUI.

#include "app/fleet/fleetprotocol.h"
#include "app/run/agent.h"
#include "app/run/historycommands.h"
#include "app/run/runner.h"
#include "app/run/tr.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTranslator>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using twinloom::Run::Tr;

namespace {
int g_signalFds[2] = {-1, -1};
volatile std::sig_atomic_t g_signals = 0;
// Validation and import run before the event loop, which could not hear a signal until they end
// (minutes for a huge model set). They hold nothing that must be saved: a signal ends them at once.
volatile std::sig_atomic_t g_readingModels = 0;

void onSignal(int number)
{
    // Only async-signal-safe work here: the event loop does the rest. A second signal, while the
    // twins are still stopping, ends the process at once.
    if (g_readingModels != 0) {
        static constexpr char kStopped[] = "twinloom-run: stopped by a signal; nothing written\n";
        [[maybe_unused]] const auto said = ::write(STDERR_FILENO, kStopped, sizeof kStopped - 1);
        ::_exit(128 + number);
    }
    if (g_signals != 0) {
        static constexpr char kForced[] = "twinloom-run: a second signal: exiting at once\n";
        [[maybe_unused]] const auto said = ::write(STDERR_FILENO, kForced, sizeof kForced - 1);
        ::_exit(128 + number);
    }
    g_signals = 1;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

// Starts `target` (a Runner or an Agent) and runs the event loop until it quits; SIGINT and SIGTERM
// ask it to shut down.
template<typename Target, typename Start>
int runWithSignals(Target &target, Start start)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        std::perror("twinloom-run: socketpair");
        return twinloom::Runner::RuntimeFailure;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &target, [&target] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        target.shutdown(twinloom::Runner::Ok);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    const int early = start();
    if (early >= 0)
        return early;
    return QCoreApplication::exec();
}

QString helpText()
{
    return Tr::tr(
        "Runs the digital twins of a Twinloom project (a *.twinloom.json file or an exported "
        "bundle),\n"
        "or only those of one deployment node, without a GUI.\n"
        "\n"
        "Output: with --changes jsonl, one JSON object per line on stdout for every state change\n"
        "and lifecycle transition: {\"twin\", \"seq\", \"time\", \"source\", \"changes\": "
        "[{\"op\", \"kind\",\n"
        "\"name\", \"value\", ...}]}; with --metrics-interval, lines {\"metrics\": {...}} on "
        "stdout.\n"
        "Logs go to stderr.\n"
        "\n"
        "SIGINT and SIGTERM stop the twins gracefully: a composed twin before its parts, each\n"
        "draining its mailbox; then the program exits. A second signal while they stop ends\n"
        "the program at once (exit code 128 + the signal's number).\n"
        "\n"
        "Exchange formats:\n"
        "  --export FORMAT --output PATH writes the project as dtdl (a folder of DTDL v3 files "
        "laid\n"
        "  out as a Device Models Repository), wot (a folder of W3C WoT Thing Descriptions, one\n"
        "  per twin), ditto (a folder of Eclipse Ditto things, their policy, Ditto Protocol\n"
        "  commands and a script of HTTP requests), adt (an Azure Digital Twins Explorer file)\n"
        "  or adt-ndjson (an Azure Digital Twins bulk import file).\n"
        "  --import FORMAT --output PROJECT.twinloom.json PATH... builds a project from dtdl\n"
        "  files and folders, wot Thing Descriptions and Thing Models, or adt Explorer and bulk\n"
        "  import files.\n"
        "  --validate-dtdl PATH... validates DTDL files and folders: it prints valid, invalid\n"
        "  with every error, or incomplete with the DTMIs defined nowhere. With --repository\n"
        "  DIR|URL, arguments may be DTMIs: each is read, with the models it depends on, from\n"
        "  the repository (dtmi:com:example:Pump;1 is dtmi/com/example/pump-1.json there).\n"
        "\n"
        "Exit codes:\n"
        "  0  the run ended normally (duration elapsed, or a signal), or --check found no error,\n"
        "     or the export or import was written\n"
        "  1  the command line is wrong\n"
        "  2  the project, bundle or imported files are invalid (every problem is printed with\n"
        "     its JSON pointer)\n"
        "  3  a runtime failure: a twin ended in Error, or the system refused a resource (the\n"
        "     twins need more open files than the process may have: nothing was started)\n"
        "With --validate-dtdl: 0 the models are valid, 1 invalid or incomplete, 2 the command\n"
        "line is wrong.\n"
        "\n"
        "Examples:\n"
        "  twinloom-run examples/smart-building.twinloom.json --duration 10 --changes jsonl\n"
        "  twinloom-run building.zip --node edge-1 --metrics-interval 5\n"
        "  twinloom-run project.twinloom.json --check\n"
        "  twinloom-run project.twinloom.json --export-bundle site.zip\n"
        "  twinloom-run site.zip --extract site/\n"
        "  twinloom-run project.twinloom.json --export wot --output td/\n"
        "  twinloom-run project.twinloom.json --export adt --output graph.json\n"
        "  twinloom-run --import adt --output site.twinloom.json graph.json\n"
        "  twinloom-run --validate-dtdl models/\n"
        "  twinloom-run --validate-dtdl --repository https://devicemodels.azure.com "
        "dtmi:com:example:Thermostat;1\n"
        "  twinloom-run building.twinloom.json --history building.history.sqlite\n"
        "  twinloom-run --history building.history.sqlite --query room-1/temperature --from "
        "now-PT24H --step PT5M --csv\n"
        "  twinloom-run --history-check building.history.sqlite\n"
        "  TWINLOOM_AGENT_KEY=… twinloom-run --agent gw1 --control mqtt://cloud:1883");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twinloom-run"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("twinloom"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 Tr::tr("A *.twinloom.json project or a bundle (.zip)."),
                                 QStringLiteral("PROJECT|BUNDLE"));
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        Tr::tr("With --import or --validate-dtdl: the files and folders to "
               "read."),
        QStringLiteral("[PATH...]"));
    const QCommandLineOption node(QStringLiteral("node"),
                                  Tr::tr("Run only the twins of deployment node NAME."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      Tr::tr("Stop after SECONDS (default: run until a signal)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption changes(QStringLiteral("changes"),
                                     Tr::tr("Stream state changes on stdout in FORMAT (jsonl)."),
                                     QStringLiteral("FORMAT"));
    const QCommandLineOption metrics(QStringLiteral("metrics-interval"),
                                     Tr::tr("Print engine metrics every SECONDS."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Tr::tr("Validate the project and exit."));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      Tr::tr("error, warning, info (default) or debug."),
                                      QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption exportBundle(
        QStringLiteral("export-bundle"),
        Tr::tr("Write the project, its model and data files as a bundle to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption extract(
        QStringLiteral("extract"),
        Tr::tr("Extract the bundle into FOLDER, print the project's path and exit."),
        QStringLiteral("FOLDER"));
    const QCommandLineOption exportFormat(
        QStringLiteral("export"),
        Tr::tr("Write the project in FORMAT (dtdl, wot, ditto, adt, "
               "adt-ndjson) to --output and exit."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption importFormat(
        QStringLiteral("import"),
        Tr::tr("Read the files and folders given in FORMAT (dtdl, wot, adt) "
               "into the project --output and exit."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        Tr::tr("Where --export or --import writes: a folder, or a file for "
               "adt, adt-ndjson and imported projects."),
        QStringLiteral("PATH"));
    const QCommandLineOption validateDtdl(
        QStringLiteral("validate-dtdl"),
        Tr::tr("Validate the DTDL files and folders given and exit."));
    const QCommandLineOption allowUndefinedExtensions(
        QStringLiteral("allow-undefined-extensions"),
        Tr::tr("With --validate-dtdl: accept extension contexts the parser does not know, their "
               "terms as informal co-types (otherwise the models are incomplete)."));
    const QCommandLineOption repository(
        QStringLiteral("repository"),
        Tr::tr("With --validate-dtdl: a Device Models Repository (a folder, or an http(s) URL "
               "fetched only when given) that resolves the DTMIs given as arguments and every "
               "model they depend on."),
        QStringLiteral("DIR|URL"));
    const QCommandLineOption schema(
        QStringLiteral("schema"),
        Tr::tr("Print the JSON Schema of the project format, with every adapter type's "
               "configuration, and exit."));
    const QCommandLineOption http(
        QStringLiteral("http"),
        Tr::tr("Serve every twin of the run over HTTP and WebSocket on ADDRESS:PORT "
               "(127.0.0.1:8080; port 0 picks a free one). Bearer tokens come from the "
               "environment: TWINLOOM_HTTP_TOKEN (read and write), TWINLOOM_HTTP_READ_TOKEN."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption httpCert(QStringLiteral("http-cert"),
                                      Tr::tr("With --http: serve HTTPS with this PEM certificate."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption httpKey(QStringLiteral("http-key"),
                                     Tr::tr("With --http-cert: the PEM private key."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption httpCors(
        QStringLiteral("http-cors"),
        Tr::tr("With --http: allow browser pages of ORIGIN (repeatable; * for any)."),
        QStringLiteral("ORIGIN"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        Tr::tr("Record the twins' properties and events into STORE: a SQLite file or a "
               "postgresql:// URL (the project's \"history\" rules apply; without them, "
               "everything is recorded). With --query: the store to read."),
        QStringLiteral("STORE"));
    const QCommandLineOption query(
        QStringLiteral("query"),
        Tr::tr("With --history: print the samples of TWIN/PROPERTY or TWIN/events/EVENT and "
               "exit."),
        QStringLiteral("TWIN/NAME"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Tr::tr("With --query: the oldest time (ISO 8601, seconds since "
                                         "1970, now-PT1H)."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("With --query: the time before which it stops (default: "
                                       "now)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  Tr::tr("With --query: min, max, mean and count per DURATION "
                                         "(PT1M) instead of samples."),
                                  QStringLiteral("DURATION"));
    const QCommandLineOption at(QStringLiteral("at"), Tr::tr("With --query: the value at TIME."),
                                QStringLiteral("TIME"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("With --query: the most samples, the newest kept "
                                          "(default 100,000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Tr::tr("With --query: CSV with a header instead of JSON lines."));
    const QCommandLineOption historyCheck(
        QStringLiteral("history-check"),
        Tr::tr("Check the history STORE (integrity, size, oldest and newest sample) and exit."),
        QStringLiteral("STORE"));
    const QCommandLineOption agent(
        QStringLiteral("agent"),
        Tr::tr("Run as the fleet agent NAME, with no project: take signed commands (deploy, "
               "update, start, stop, status, migrate, undeploy) from the control broker of "
               "--control."),
        QStringLiteral("NAME"));
    const QCommandLineOption control(
        QStringLiteral("control"),
        Tr::tr("With --agent: the control broker, mqtt[s]://HOST:PORT[/PREFIX]. The key that signs "
               "commands comes from TWINLOOM_AGENT_KEY."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        Tr::tr("With --agent: where it keeps what it was given (default: "
               "~/.local/share/twinloom/agents/NAME)."),
        QStringLiteral("DIR"));
    const QCommandLineOption heartbeat(
        QStringLiteral("heartbeat"),
        Tr::tr("With --agent: seconds between two statuses (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    parser.addOptions({agent, control, dataDir, heartbeat});
    parser.addOptions({node,         duration,     changes,
                       metrics,      check,        logLevel,
                       exportBundle, extract,      exportFormat,
                       importFormat, output,       validateDtdl,
                       schema,       http,         httpCert,
                       httpKey,      httpCors,     history,
                       query,        from,         to,
                       step,         at,           limit,
                       csv,          historyCheck, allowUndefinedExtensions,
                       repository});
    parser.process(app);
    if (parser.isSet(historyCheck))
        return twinloom::HistoryCommands::check(parser.value(historyCheck));
    if (parser.isSet(query)) {
        if (!parser.isSet(history)) {
            std::fprintf(stderr, "twinloom-run: %s\n",
                         qPrintable(Tr::tr("--query needs --history STORE")));
            return twinloom::Runner::Usage;
        }
        twinloom::HistoryCommands::QueryOptions q;
        q.location = parser.value(history);
        q.target = parser.value(query);
        q.from = parser.value(from);
        q.to = parser.value(to);
        q.step = parser.value(step);
        q.at = parser.value(at);
        q.csv = parser.isSet(csv);
        if (parser.isSet(limit)) {
            bool valid = false;
            q.limit = parser.value(limit).toInt(&valid);
            if (!valid || q.limit < 1) {
                std::fprintf(stderr, "twinloom-run: %s\n",
                             qPrintable(Tr::tr("--limit takes a whole number above 0")));
                return twinloom::Runner::Usage;
            }
        }
        return twinloom::HistoryCommands::query(q);
    }
    for (const QCommandLineOption *o : {&from, &to, &step, &at, &limit, &csv}) {
        if (parser.isSet(*o)) {
            std::fprintf(stderr, "twinloom-run: %s\n",
                         qPrintable(Tr::tr("--%1 goes with --query").arg(o->names().front())));
            return twinloom::Runner::Usage;
        }
    }
    if (parser.isSet(schema)) {
        const QByteArray text = twinloom::Runner::projectSchema();
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
        return text.isEmpty() ? twinloom::Runner::RuntimeFailure : twinloom::Runner::Ok;
    }

    if (parser.isSet(agent) || parser.isSet(control) || parser.isSet(dataDir)) {
        auto agentUsage = [](const QString &message) {
            std::fprintf(stderr, "twinloom-run: %s\nTry 'twinloom-run --help'.\n",
                         qPrintable(message));
            return static_cast<int>(twinloom::Runner::Usage);
        };
        if (!parser.isSet(agent) || !parser.isSet(control))
            return agentUsage(Tr::tr("--agent NAME and --control URL go together"));
        if (!parser.positionalArguments().isEmpty())
            return agentUsage(Tr::tr("an agent takes no project: it is given one by deploy"));
        twinloom::Agent::Options a;
        a.name = parser.value(agent);
        if (!twinloom::Fleet::isValidAgentName(a.name))
            return agentUsage(Tr::tr("--agent takes a name of letters, digits, '-', '_' and '.' "
                                     "(at most 64)"));
        a.control = parser.value(control);
        a.dataDir = parser.value(dataDir);
        bool valid = false;
        a.heartbeatSeconds = parser.value(heartbeat).toDouble(&valid);
        if (!valid || !std::isfinite(a.heartbeatSeconds) || a.heartbeatSeconds < 0.1 ||
            a.heartbeatSeconds > 3600)
            return agentUsage(Tr::tr("--heartbeat takes seconds, from 0.1 to 3,600"));
        const auto level = twinloom::Runner::logLevelFromName(parser.value(logLevel));
        if (!level)
            return agentUsage(Tr::tr("--log-level is error, warning, info or debug"));
        a.logLevel = *level;
        twinloom::Agent fleetAgent(a);
        return runWithSignals(fleetAgent, [&fleetAgent] { return fleetAgent.start(); });
    }

    const bool validating = parser.isSet(validateDtdl);
    auto usage = [validating](const QString &message) {
        std::fprintf(stderr, "twinloom-run: %s\nTry 'twinloom-run --help'.\n", qPrintable(message));
        return validating ? static_cast<int>(twinloom::Runner::ValidationUsage)
                          : static_cast<int>(twinloom::Runner::Usage);
    };
    const QStringList positional = parser.positionalArguments();
    twinloom::Runner::Options options;
    const int modes = int(validating) + int(parser.isSet(importFormat)) +
                      int(parser.isSet(exportFormat)) + int(parser.isSet(check)) +
                      int(parser.isSet(exportBundle)) + int(parser.isSet(extract));
    if (modes > 1)
        return usage(Tr::tr("--validate-dtdl, --import, --export, --check, --export-bundle and "
                            "--extract exclude one another"));
    if (parser.isSet(output) && !parser.isSet(importFormat) && !parser.isSet(exportFormat))
        return usage(Tr::tr("--output goes with --export or --import"));
    if (validating || parser.isSet(importFormat)) {
        if (positional.isEmpty())
            return usage(Tr::tr("give the files or folders to read"));
        options.inputs = positional;
        options.validateDtdl = validating;
        options.allowUndefinedExtensions = parser.isSet(allowUndefinedExtensions);
        if (parser.isSet(importFormat)) {
            options.importFormat = parser.value(importFormat);
            if (!twinloom::Runner::importFormats().contains(options.importFormat))
                return usage(
                    Tr::tr("--import takes %1")
                        .arg(twinloom::Runner::importFormats().join(QStringLiteral(", "))));
            options.output = parser.value(output);
            if (options.output.isEmpty())
                return usage(Tr::tr("--import needs --output PROJECT.twinloom.json"));
        }
    } else {
        if (positional.size() != 1)
            return usage(Tr::tr("give exactly one project or bundle"));
        options.path = positional.front();
        if (parser.isSet(exportFormat)) {
            options.exportFormat = parser.value(exportFormat);
            if (!twinloom::Runner::exportFormats().contains(options.exportFormat))
                return usage(
                    Tr::tr("--export takes %1")
                        .arg(twinloom::Runner::exportFormats().join(QStringLiteral(", "))));
            options.output = parser.value(output);
            if (options.output.isEmpty())
                return usage(Tr::tr("--export needs --output PATH"));
        }
    }
    if (parser.isSet(allowUndefinedExtensions) && !validating)
        return usage(Tr::tr("--allow-undefined-extensions goes with --validate-dtdl"));
    if (parser.isSet(repository) && !validating)
        return usage(Tr::tr("--repository goes with --validate-dtdl"));
    options.repository = parser.value(repository);
    options.node = parser.value(node);
    if (parser.isSet(node) && options.node.trimmed().isEmpty())
        return usage(Tr::tr("--node takes the id of a deployment node"));
    options.check = parser.isSet(check);
    options.exportBundle = parser.value(exportBundle);
    options.extractTo = parser.value(extract);
    bool ok = true;
    if (parser.isSet(duration)) {
        options.durationSeconds = parser.value(duration).toDouble(&ok);
        if (!ok || !std::isfinite(options.durationSeconds) || options.durationSeconds <= 0)
            return usage(Tr::tr("--duration takes a positive number of seconds"));
    }
    if (parser.isSet(metrics)) {
        options.metricsInterval = parser.value(metrics).toDouble(&ok);
        if (!ok || !std::isfinite(options.metricsInterval) || options.metricsInterval < 0.01 ||
            options.metricsInterval > 86400)
            return usage(Tr::tr("--metrics-interval takes seconds, from 0.01 to 86,400"));
    }
    if (parser.isSet(changes)) {
        if (parser.value(changes) != QLatin1String("jsonl"))
            return usage(Tr::tr("--changes supports only jsonl"));
        options.changes = true;
    }
    if (parser.isSet(http)) {
        const QString value = parser.value(http);
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        const int port = colon > 0 ? value.mid(colon + 1).toInt(&ok) : -1;
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (colon <= 0 || !ok || port < 0 || port > 65535 || host.isEmpty())
            return usage(Tr::tr("--http takes ADDRESS:PORT, such as 127.0.0.1:8080"));
        options.httpHost = host;
        options.httpPort = port;
    }
    if (parser.isSet(httpCert) != parser.isSet(httpKey))
        return usage(Tr::tr("--http-cert and --http-key go together"));
    if ((parser.isSet(httpCert) || parser.isSet(httpCors)) && !parser.isSet(http))
        return usage(Tr::tr("--http-cert, --http-key and --http-cors go with --http"));
    options.httpCertificate = parser.value(httpCert);
    options.httpKey = parser.value(httpKey);
    options.httpCors = parser.values(httpCors);
    options.history = parser.value(history);
    const auto level = twinloom::Runner::logLevelFromName(parser.value(logLevel));
    if (!level)
        return usage(Tr::tr("--log-level is error, warning, info or debug"));
    options.logLevel = *level;

    twinloom::Runner runner(options);
    g_readingModels = options.validateDtdl || !options.importFormat.isEmpty() ? 1 : 0;
    return runWithSignals(runner, [&runner] { return runner.start(); });
}
