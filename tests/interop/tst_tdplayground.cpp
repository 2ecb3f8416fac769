// Every Thing Description and Thing Model Twinloom writes, checked by an independent validator:
// the W3C WoT Thing Description playground's (@thing-description-playground/core, installed by
// scripts/setup into build/npm-tdp), run by Node.js through tests/interop/tdplayground.js. Each
// must pass its JSON, JSON Schema and additional checks (the JSON-LD check, which fetches the TD
// context from the web, is left out); and each Thing Description must pass Twinloom's own check
// against the same TD 1.1 JSON Schema, so that what Twinloom writes it also reads.

#include "engine/interop/wotschema.h"
#include "tests/support/jsonfile.h"

#include <QtCore/QDirIterator>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using Json = nlohmann::json;

class TestTdPlayground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExportPasses();
};

void TestTdPlayground::everyExportPasses()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (Debian package nodejs): the playground cannot run");
    const QString modules = QStringLiteral(TWINLOOM_SOURCE_DIR "/build/npm-tdp/node_modules");
    QVERIFY2(
        QFile::exists(modules + QStringLiteral("/@thing-description-playground/core/package.json")),
        "the TD playground is not installed in build/npm-tdp: run scripts/setup");

    QTemporaryDir dir;
    QStringList projects{QStringLiteral(TWINLOOM_FIXTURES "/interop/building.twinloom.json")};
    const QDir examples(QStringLiteral(TWINLOOM_SOURCE_DIR "/examples"));
    for (const QString &p :
         examples.entryList({QStringLiteral("*.twinloom.json")}, QDir::Files, QDir::Name))
        projects << examples.filePath(p);
    QStringList files;
    for (const QString &project : std::as_const(projects)) {
        const QString out = dir.filePath(QFileInfo(project).completeBaseName());
        QProcess run;
        run.start(QStringLiteral(TWINLOOM_RUN),
                  {project, QStringLiteral("--export"), QStringLiteral("wot"),
                   QStringLiteral("--output"), out});
        QVERIFY(run.waitForFinished(60000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        QDirIterator it(out, {QStringLiteral("*.td.json"), QStringLiteral("*.tm.json")},
                        QDir::Files);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    int descriptions = 0;
    for (const QString &f : std::as_const(files)) {
        if (!f.endsWith(QLatin1String(".td.json")))
            continue;
        ++descriptions;
        twinloom::Diagnostics d;
        QVERIFY2(twinloom::Wot::checkTdSchema(twinloom::Test::readJsonFile(f), d),
                 qPrintable(f + QLatin1Char('\n') + d.toString()));
    }
    QVERIFY2(descriptions >= 3, "the fixtures export Thing Descriptions with forms");

    QProcess playground;
    playground.start(
        node,
        QStringList{QStringLiteral(TWINLOOM_SOURCE_DIR "/tests/interop/tdplayground.js"), modules} +
            files);
    QVERIFY(playground.waitForStarted());
    QVERIFY2(playground.waitForFinished(300000), "the playground did not finish in 5 min");
    QVERIFY2(playground.exitCode() == 0, playground.readAllStandardError().constData());
    QStringList failed;
    int checked = 0;
    for (const QByteArray &line : playground.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const Json r = Json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        QVERIFY2(r.is_object() && r.contains("file"), line.constData());
        ++checked;
        bool ok = !r.contains("error");
        for (const char *check : {"json", "schema", "additional"})
            ok = ok && r["report"][check] == "passed";
        if (r.contains("details")) {
            for (const auto &[name, verdict] : r["details"].items())
                ok = ok && verdict != "failed";
        }
        if (!ok)
            failed << QString::fromUtf8(line);
    }
    QCOMPARE(checked, int(files.size()));
    qInfo("%d Thing Descriptions and %d Thing Models pass the playground's checks", descriptions,
          checked - descriptions);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTdPlayground)
#include "tst_tdplayground.moc"
