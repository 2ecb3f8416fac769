// Twinloom's DTDL against an independent implementation: the reference DTDLParser, built to
// WebAssembly (@digicatapult/dtdl-parser, installed by scripts/setup into build/npm-dtdl) and run
// by Node.js through tests/interop/dtdlreference.mjs. Checked:
// - the verdict on every official conformance case (DisallowUndefinedExtensions) is the
//   reference's;
// - every model of those cases that Twinloom accepts, imported and exported again as DTDL v3, is
//   valid for the reference;
// - the DTDL export of every example project is valid for the reference;
// - the extension cases (tests/fixtures/dtdl-extensions) get the verdict they name from both.
// Known disagreements are listed, with the reason, in dtdl-reference-disagreements.txt; any other
// fails the test.

#include "engine/interop/dtdlconvert.h"
#include "engine/interop/dtdlparser.h"
#include "tests/support/jsonfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

using namespace twinloom::Dtdl;
using Json = nlohmann::json;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// One model set handed to the reference, and what it must say.
struct Set
{
    enum class Kind : std::uint8_t { Official, Export, Example, Extension };
    QString name;
    Kind kind = Kind::Official;
    QStringList files;
    bool expected = true; // the verdict the reference must give
};

struct Verdict
{
    bool valid = false;
    QString errors;
};

} // namespace

class TestDtdlReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheReference();

private:
    QTemporaryDir m_dir;
    std::vector<Set> m_sets;
    int m_files = 0;
    QString addFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("m/%1.json").arg(m_files++));
        return writeFile(path, bytes) ? path : QString();
    }
    void addOfficialCases();
    void addExamples();
    void addExtensionCases();
};

void TestDtdlReference::addOfficialCases()
{
    const QString root = QStringLiteral(TWINLOOM_FIXTURES "/dtdl-conformance");
    for (const char *version : {"v2", "v3", "v4"}) {
        const QDir dir(root + QLatin1Char('/') + QLatin1String(version));
        for (const QString &f :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const Json cases = twinloom::Test::readJsonFile(dir.filePath(f));
            for (std::size_t i = 0; i < cases.size(); ++i) {
                const Json &c = cases[i];
                bool allow = false;
                for (const Json &o : c["options"])
                    allow = allow || o == "AllowUndefinedExtensions";
                if (allow) // the reference is run with its defaults: undefined ones disallowed
                    continue;
                const QString name = QLatin1String(version) + QLatin1Char('/') + f +
                                     QLatin1Char('#') + QString::number(i);
                ModelParser parser;
                int n = 0;
                for (const Json &doc : c["input"])
                    parser.addDocument(QStringLiteral("input%1.json").arg(n++),
                                       QByteArray::fromStdString(doc.dump()));
                const ParseResult ours = parser.parse();
                const bool oursValid = ours.outcome == Outcome::Valid;
                m_sets.push_back({name,
                                  Set::Kind::Official,
                                  {addFile(QByteArray::fromStdString(c["input"].dump()))},
                                  oursValid});
                if (!oursValid)
                    continue;
                // What Twinloom makes of a model it accepts must be valid DTDL again.
                const ImportResult imported = importInterfaces(ours);
                std::vector<std::shared_ptr<const twinloom::TwinModel>> models;
                for (const ImportedModel &m : imported.models) {
                    if (m.model)
                        models.push_back(m.model);
                }
                if (models.empty())
                    continue;
                const ExportResult exported = exportModels(models);
                Json all = Json::array();
                for (const ExportedDocument &d : exported.documents)
                    all.push_back(Json::parse(d.json.dump()));
                m_sets.push_back({QStringLiteral("export:") + name,
                                  Set::Kind::Export,
                                  {addFile(QByteArray::fromStdString(all.dump()))},
                                  true});
            }
        }
    }
}

void TestDtdlReference::addExamples()
{
    const QDir examples(QStringLiteral(TWINLOOM_SOURCE_DIR "/examples"));
    const QStringList projects =
        examples.entryList({QStringLiteral("*.twinloom.json")}, QDir::Files, QDir::Name);
    QVERIFY(!projects.isEmpty());
    for (const QString &p : projects) {
        const QString out = m_dir.filePath(QStringLiteral("examples/") + p);
        QProcess run;
        run.start(QStringLiteral(TWINLOOM_RUN),
                  {examples.filePath(p), QStringLiteral("--export"), QStringLiteral("dtdl"),
                   QStringLiteral("--output"), out});
        QVERIFY(run.waitForFinished(60000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        QStringList files;
        QDirIterator it(out, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        QVERIFY2(!files.isEmpty(), qPrintable(p));
        m_sets.push_back({QStringLiteral("example:") + p, Set::Kind::Example, files, true});
    }
}

void TestDtdlReference::addExtensionCases()
{
    const Json cases = twinloom::Test::readJsonFile(
        QStringLiteral(TWINLOOM_FIXTURES "/dtdl-extensions/cases.json"));
    QVERIFY(cases.is_array() && !cases.empty());
    QStringList wrong;
    for (const Json &c : cases) {
        const QString name = QString::fromStdString(c["name"].get<std::string>());
        const bool expected = c["valid"].get<bool>();
        const QByteArray text = QByteArray::fromStdString(c["documents"].dump());
        ModelParser parser;
        parser.addDocument(name + QStringLiteral(".json"), text);
        const ParseResult ours = parser.parse();
        if ((ours.outcome == Outcome::Valid) != expected) {
            wrong << name + QStringLiteral(": ") +
                         (ours.errors.empty() ? ours.summary() : ours.errors.front().toString());
        }
        m_sets.push_back(
            {QStringLiteral("extension:") + name, Set::Kind::Extension, {addFile(text)}, expected});
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestDtdlReference::agreesWithTheReference()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (Debian package nodejs): the reference parser cannot run");
    const QString modules = QStringLiteral(TWINLOOM_SOURCE_DIR "/build/npm-dtdl/node_modules");
    QVERIFY2(QFile::exists(modules + QStringLiteral("/@digicatapult/dtdl-parser/package.json")),
             "the reference DTDL parser is not installed in build/npm-dtdl: run scripts/setup");
    QVERIFY(m_dir.isValid());

    addOfficialCases();
    addExamples();
    addExtensionCases();
    if (QTest::currentTestFailed())
        return;

    Json sets = Json::array();
    for (const Set &s : m_sets) {
        Json files = Json::array();
        for (const QString &f : s.files)
            files.push_back(f.toStdString());
        sets.push_back({{"name", s.name.toStdString()}, {"files", files}});
    }
    const QString setsFile = m_dir.filePath(QStringLiteral("sets.json"));
    QVERIFY(writeFile(setsFile, QByteArray::fromStdString(sets.dump())));

    QProcess reference;
    reference.start(node, {QStringLiteral(TWINLOOM_SOURCE_DIR "/tests/interop/dtdlreference.mjs"),
                           modules, setsFile});
    QVERIFY(reference.waitForStarted());
    QVERIFY2(reference.waitForFinished(600000), "the reference parser did not finish in 10 min");
    const QByteArray err = reference.readAllStandardError();
    QVERIFY2(reference.exitCode() == 0, err.constData());
    qInfo().noquote() << QString::fromUtf8(err).trimmed();

    std::map<QString, Verdict> verdicts;
    for (const QByteArray &line : reference.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const Json v = Json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        QVERIFY2(v.is_object() && v.contains("name"), line.constData());
        Verdict verdict;
        verdict.valid = v["valid"].get<bool>();
        if (v.contains("errors") && !v["errors"].empty())
            verdict.errors = QString::fromStdString(v["errors"][0].get<std::string>());
        verdicts[QString::fromStdString(v["name"].get<std::string>())] = verdict;
    }

    QMap<QString, QString> known; // name → reason
    QFile list(
        QStringLiteral(TWINLOOM_SOURCE_DIR "/tests/interop/dtdl-reference-disagreements.txt"));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        known.insert(line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char('#'), 1));
    }

    QStringList unexpected;
    QStringList stale;
    QMap<int, QPair<int, int>> tally; // kind → (agree, total)
    for (const Set &s : m_sets) {
        auto it = verdicts.find(s.name);
        QVERIFY2(it != verdicts.end(), qPrintable(QStringLiteral("no verdict for ") + s.name));
        const bool agree = it->second.valid == s.expected;
        auto &[agreeing, total] = tally[static_cast<int>(s.kind)];
        ++total;
        agreeing += agree ? 1 : 0;
        if (!agree && !known.contains(s.name)) {
            unexpected << QStringLiteral("%1: Twinloom says %2, the reference %3 %4")
                              .arg(s.name,
                                   s.expected ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                   it->second.valid ? QStringLiteral("valid")
                                                    : QStringLiteral("invalid"),
                                   it->second.errors);
        }
        if (agree && known.contains(s.name))
            stale << s.name;
    }
    const char *kinds[] = {"official cases", "their models exported again", "examples exported",
                           "extension cases"};
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        qInfo().noquote() << QStringLiteral("%1: %2/%3 agree with the reference")
                                 .arg(QLatin1String(kinds[it.key()]))
                                 .arg(it.value().first)
                                 .arg(it.value().second);
    }
    for (const QString &s : std::as_const(stale))
        qWarning().noquote() << "known disagreement now agrees, remove it:" << s;
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.mid(0, 40).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDtdlReference)
#include "tst_dtdlreference.moc"
