#pragma once

#include "engine/engine.h"
#include "engine/project.h"

#include <QtCore/QObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <chrono>
#include <cstdio>
#include <memory>

namespace twinloom {

class HttpApi;
class SqlHistoryStore;

// What `twinloom-run` does, apart from reading its command line: load a project or bundle, run
// its twins (of one node) on an engine, stream changes and metrics, stop in order.
class Runner : public QObject
{
    Q_OBJECT

public:
    enum class LogLevel { Error, Warning, Info, Debug };
    enum ExitCode { Ok = 0, Usage = 1, InvalidProject = 2, RuntimeFailure = 3 };
    // How long a stop lets the twins work through what their mailboxes hold.
    static constexpr std::chrono::milliseconds kDrainBudget{1000};

    struct Options
    {
        QString path;
        QString node;
        double durationSeconds = 0; // 0 = until a signal
        bool changes = false;       // JSON lines of state changes on stdout
        double metricsInterval = 0; // seconds; 0 = none
        bool check = false;
        QString exportBundle; // write the project as a bundle there and exit
        QString extractTo;    // extract the bundle into this folder and exit
        LogLevel logLevel = LogLevel::Info;
        QString exportFormat; // write the project in an exchange format to `output` and exit
        QString importFormat; // read `inputs` in an exchange format into the project `output`
        QString output;
        bool validateDtdl = false;             // validate the DTDL files and folders of `inputs`
        bool allowUndefinedExtensions = false; // with validateDtdl
        // With validateDtdl: a Device Models Repository folder or http(s) URL; `inputs` that are
        // DTMIs are read from it, and so is every DTMI the models need but do not define.
        QString repository;
        QStringList inputs;
        // --http ADDRESS:PORT: every twin of the run over HTTP and WebSocket (host empty = none).
        QString httpHost;
        int httpPort = 0;
        QString httpCertificate;
        QString httpKey;
        QStringList httpCors;
        // --history FILE|URL: record into this store (the project's "history" rules, or every
        // property and event when it has none).
        QString history;
    };

    // With --validate-dtdl: 0 valid, 1 invalid or incomplete, 2 wrong command line.
    enum ValidationExitCode { ModelsValid = 0, ModelsInvalid = 1, ValidationUsage = 2 };

    static QStringList exportFormats(); // dtdl, wot, ditto, adt, adt-ndjson
    static QStringList importFormats(); // dtdl, wot, adt

    explicit Runner(Options options, QObject *parent = nullptr);
    ~Runner() override;

    // Loads and checks; with --check returns the exit code, else starts the twins and returns -1.
    int start();
    // Stops the twins in order (a twin before those it is made of) and quits the event loop.
    void shutdown(int exitCode);

    static std::optional<LogLevel> logLevelFromName(QStringView name);
    // "twinloom-run: LEVEL: message" on stderr when `level` is within `threshold`.
    static void writeLog(LogLevel level, LogLevel threshold, const QString &message);
    // Starts the twins of `order` (parts first) and waits until each has left Created.
    static void startInOrder(Engine &engine, const QStringList &order);
    // Stops the twins of `levels` (Project::twinLevels), a composed twin before its parts, each
    // draining its mailbox within kDrainBudget; the events dropped when it could not, else none.
    static std::optional<std::uint64_t> stopInOrder(Engine &engine,
                                                    const std::vector<QStringList> &levels);
    // Descriptors the process needs for itself and for each worker thread, beside its adapters.
    static constexpr int kBaseDescriptors = 64;
    static constexpr int kDescriptorsPerWorker = 4;
    // The JSON Schema of the project format, with the configuration schema of every adapter type
    // registered (resources/twinloom-project.schema.json is this output).
    static QByteArray projectSchema();

private:
    void log(LogLevel level, const QString &message);
    // Ends the run when --duration has elapsed, however long it is.
    void waitForTheEnd();
    void logDiagnostics(const Diagnostics &diagnostics);
    int validateDtdl();
    // Refuses to start (exit 2 with --check, 3 otherwise) when the twins' adapters need more
    // file descriptors than the process may open, after raising the soft limit to the hard one.
    int checkDescriptors(int workers);
    int importProject();
    int exportProject(const QString &projectPath);
    void printChange(const StateChange &change);
    void printMetrics();
    // Opens the history store the project or --history asks for; false (logged) when it cannot
    // be used at all.
    bool openHistory(const QString &projectPath);
    void closeHistory();
    void flush();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_extracted;
    std::optional<Project> m_project;
    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<HttpApi> m_http;
    std::shared_ptr<SqlHistoryStore> m_history;
    QStringList m_order;
    QTimer m_flushTimer;
    QTimer m_metricsTimer;
    std::chrono::steady_clock::time_point m_end; // of --duration
    bool m_runtimeFailure = false;
    bool m_stopping = false;
};

} // namespace twinloom
