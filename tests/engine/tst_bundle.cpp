#include "engine/bundle/bundle.h"
#include "engine/project.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <zip.h>

using namespace twinloom;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *kProject = R"({
  "format": "twinloom-project",
  "version": 1,
  "name": "Bundled",
  "models": [{"file": "models/meter.json"}],
  "twins": [{"id": "meter", "model": "dtmi:test:Meter;1",
             "physicalAdapters": [{"id": "replay", "type": "api", "config": {"file": "data/power.csv"}}]}]
}
)";

// A project folder with a model file and a data file.
std::optional<Project> makeProject(const QString &dir, Diagnostics &d)
{
    write(
        dir + QStringLiteral("/models/meter.json"),
        R"({"@id": "dtmi:test:Meter;1", "contents": [{"@type": "Property", "name": "power", "schema": "double"}]})");
    write(dir + QStringLiteral("/data/power.csv"), "time,power\n0,1.5\n1,2.5\n");
    write(dir + QStringLiteral("/site.twinloom.json"), kProject);
    return Project::load(dir + QStringLiteral("/site.twinloom.json"), d);
}

// Writes a zip with the given entries, for archives Twinloom would never write.
void writeZip(const QString &path, const std::vector<std::pair<QByteArray, QByteArray>> &entries)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(z);
    for (const auto &[name, bytes] : entries) {
        zip_source_t *s =
            zip_source_buffer(z, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
        QVERIFY(zip_file_add(z, name.constData(), s, 0) >= 0);
    }
    QCOMPARE(zip_close(z), 0);
}
} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportAndExtract();
    void damagedEntryFailsItsChecksum();
    void entriesOutsideTheFolderAreRefused();
    void missingReferencedFile();
    void extractionNeverLeavesItsFolder();
    void hostileArchivesAreRefused();
    void exportTakesOnlyTheProjectsOwnFiles();
    void literalSecretsAreWarnedOf();
    void notABundle();
};

void TestBundle::exportAndExtract()
{
    QTemporaryDir source;
    Diagnostics d;
    auto project = makeProject(source.path(), d);
    QVERIFY2(project, qPrintable(d.toString()));
    QCOMPARE(project->referencedFiles(),
             QStringList({QStringLiteral("models/meter.json"), QStringLiteral("data/power.csv")}));
    QTemporaryDir out;
    const QString bundle = out.filePath(QStringLiteral("site.zip"));
    QVERIFY2(Bundle::exportBundle(*project, bundle, d), qPrintable(d.toString()));
    QVERIFY(Bundle::isBundle(bundle));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("site.zip")});

    QTemporaryDir target;
    auto extracted = Bundle::extractBundle(bundle, target.path(), d);
    QVERIFY2(extracted, qPrintable(d.toString()));
    QCOMPARE(*extracted, target.filePath(QStringLiteral("project.twinloom.json")));
    QCOMPARE(read(target.filePath(QStringLiteral("data/power.csv"))),
             QByteArray("time,power\n0,1.5\n1,2.5\n"));
    Diagnostics ld;
    auto again = Project::load(*extracted, ld);
    QVERIFY2(again, qPrintable(ld.toString()));
    QCOMPARE(again->toBytes(), project->toBytes());
    QCOMPARE(again->models().front()->id, QStringLiteral("dtmi:test:Meter;1"));
    const QByteArray manifest = read(target.filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.contains("\"twinloom-bundle\""));
    QVERIFY(manifest.contains("\"data/power.csv\""));
    // Exporting again over the same file replaces it.
    QVERIFY(Bundle::exportBundle(*project, bundle, d));
}

void TestBundle::damagedEntryFailsItsChecksum()
{
    QTemporaryDir source;
    Diagnostics d;
    auto project = makeProject(source.path(), d);
    QVERIFY(project);
    QTemporaryDir out;
    const QString bundle = out.filePath(QStringLiteral("site.zip"));
    QVERIFY(Bundle::exportBundle(*project, bundle, d));
    // Replace one entry's content while keeping the manifest.
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(bundle).constData(), 0, &error);
    QVERIFY(z);
    static const QByteArray forged("time,power\n0,99\n");
    zip_source_t *s =
        zip_source_buffer(z, forged.constData(), static_cast<zip_uint64_t>(forged.size()), 0);
    QVERIFY(zip_file_add(z, "data/power.csv", s, ZIP_FL_OVERWRITE) >= 0);
    QCOMPARE(zip_close(z), 0);
    QTemporaryDir target;
    Diagnostics e;
    QVERIFY(!Bundle::extractBundle(bundle, target.path(), e));
    QVERIFY2(e.toString().contains(QStringLiteral("'data/power.csv' does not match its checksum")),
             qPrintable(e.toString()));
    QVERIFY(QDir(target.path()).isEmpty()); // nothing written from a damaged bundle
}

void TestBundle::entriesOutsideTheFolderAreRefused()
{
    QTemporaryDir dir;
    const QString evil = dir.filePath(QStringLiteral("evil.zip"));
    writeZip(evil, {{"../evil.txt", "gotcha"},
                    {"manifest.json", R"({"format": "twinloom-bundle", "files": []})"}});
    QTemporaryDir target;
    Diagnostics d;
    QVERIFY(!Bundle::extractBundle(evil, target.path(), d));
    QVERIFY2(d.toString().contains(QStringLiteral("'../evil.txt' would be written outside")),
             qPrintable(d.toString()));
    QVERIFY(!QFile::exists(QDir(target.path()).filePath(QStringLiteral("../evil.txt"))));

    const QString absolute = dir.filePath(QStringLiteral("absolute.zip"));
    writeZip(absolute, {{"/tmp/twinloom-absolute.txt", "x"}});
    Diagnostics d2;
    QVERIFY(!Bundle::extractBundle(absolute, target.path(), d2));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/twinloom-absolute.txt")));

    const QString noManifest = dir.filePath(QStringLiteral("plain.zip"));
    writeZip(noManifest, {{"readme.txt", "hello"}});
    Diagnostics d3;
    QVERIFY(!Bundle::extractBundle(noManifest, target.path(), d3));
    QVERIFY(d3.toString().contains(QStringLiteral("no manifest.json")));
}

void TestBundle::extractionNeverLeavesItsFolder()
{
    QTemporaryDir source;
    Diagnostics d;
    auto project = makeProject(source.path(), d);
    QVERIFY(project);
    QTemporaryDir out;
    const QString bundle = out.filePath(QStringLiteral("site.zip"));
    QVERIFY(Bundle::exportBundle(*project, bundle, d));
    // A target that holds a link (data -> elsewhere): once, the bundle's files went through it.
    QTemporaryDir elsewhere;
    QTemporaryDir target;
    QVERIFY(QFile::link(elsewhere.path(), target.filePath(QStringLiteral("data"))));
    Diagnostics linked;
    QVERIFY(!Bundle::extractBundle(bundle, target.path(), linked));
    QVERIFY2(linked.toString().contains(QStringLiteral("not an empty folder")),
             qPrintable(linked.toString()));
    QVERIFY(QDir(elsewhere.path()).isEmpty());
    // A new folder is made whole or not at all; no staging folder is left behind.
    const QString fresh = out.filePath(QStringLiteral("fresh/site"));
    QVERIFY(Bundle::extractBundle(bundle, fresh, d));
    QCOMPARE(read(fresh + QStringLiteral("/data/power.csv")),
             QByteArray("time,power\n0,1.5\n1,2.5\n"));
    QCOMPARE(QDir(out.filePath(QStringLiteral("fresh")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("site")});
}

void TestBundle::hostileArchivesAreRefused()
{
    QTemporaryDir dir;
    const QByteArray manifest =
        R"({"format": "twinloom-bundle", "files": [{"path": "project.twinloom.json", "sha256": ")" +
        QCryptographicHash::hash("{}", QCryptographicHash::Sha256).toHex() + R"("}]})";
    // An entry the manifest does not list has no checksum: refused, and nothing is written.
    const QString unlisted = dir.filePath(QStringLiteral("unlisted.zip"));
    writeZip(unlisted, {{"project.twinloom.json", "{}"},
                        {"models/extra.json", "{}"},
                        {"manifest.json", manifest}});
    const QString target = dir.filePath(QStringLiteral("out"));
    Diagnostics d;
    QVERIFY(!Bundle::extractBundle(unlisted, target, d));
    QVERIFY2(d.toString().contains(QStringLiteral("'models/extra.json' is not listed")),
             qPrintable(d.toString()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("unlisted.zip")});
    // A zip bomb: 64 MiB of zeros compress to about 64 KiB.
    const QString bomb = dir.filePath(QStringLiteral("bomb.zip"));
    writeZip(bomb,
             {{"project.twinloom.json", QByteArray(64 << 20, '\0')}, {"manifest.json", manifest}});
    Diagnostics b;
    QVERIFY(!Bundle::extractBundle(bomb, target, b));
    QVERIFY2(b.toString().contains(QStringLiteral("zip bomb")), qPrintable(b.toString()));
    QVERIFY(!QFileInfo::exists(target));
}

void TestBundle::exportTakesOnlyTheProjectsOwnFiles()
{
    QTemporaryDir source;
    Diagnostics d;
    auto project = makeProject(source.path(), d);
    QVERIFY(project);
    // data/power.csv becomes a link to a file outside the project.
    QTemporaryDir outside;
    write(outside.filePath(QStringLiteral("secret.csv")), "time,power\n0,42\n");
    QVERIFY(QFile::remove(source.filePath(QStringLiteral("data/power.csv"))));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.csv")),
                        source.filePath(QStringLiteral("data/power.csv"))));
    QTemporaryDir out;
    Diagnostics e;
    QVERIFY(!Bundle::exportBundle(*project, out.filePath(QStringLiteral("site.zip")), e));
    QVERIFY2(e.toString().contains(QStringLiteral("is a link or lies outside")),
             qPrintable(e.toString()));
    // A project naming a model file outside its folder does not load, and does not echo it.
    write(
        source.filePath(QStringLiteral("escape.twinloom.json")),
        R"({"format": "twinloom-project", "version": 1, "models": [{"file": "../../../../../etc/hostname"}], "twins": []})");
    Diagnostics l;
    QVERIFY(!Project::load(source.filePath(QStringLiteral("escape.twinloom.json")), l));
    QVERIFY2(l.toString().contains(QStringLiteral("is not inside the project's folder")),
             qPrintable(l.toString()));
}

void TestBundle::literalSecretsAreWarnedOf()
{
    QTemporaryDir source;
    write(source.filePath(QStringLiteral("p.twinloom.json")), R"({
      "format": "twinloom-project", "version": 1,
      "models": [{"@id": "dtmi:test:Meter;1", "contents": [{"@type": "Property", "name": "power", "schema": "double"}]}],
      "twins": [{"id": "m", "model": "dtmi:test:Meter;1", "physicalAdapters": [{"type": "mqtt", "config": {
        "broker": {"username": "u", "password": "hunter2"},
        "subscriptions": [{"topic": "m", "property": "power"}]}}],
        "digitalAdapters": [{"type": "mqtt", "config": {"broker": {"password": "${env:MQTT_PASSWORD}"}}}]}]})");
    Diagnostics d;
    auto project = Project::load(source.filePath(QStringLiteral("p.twinloom.json")), d);
    QVERIFY2(project, qPrintable(d.toString()));
    QTemporaryDir out;
    Diagnostics e;
    QVERIFY(Bundle::exportBundle(*project, out.filePath(QStringLiteral("p.zip")), e));
    QCOMPARE(e.warningCount(), 1);
    QCOMPARE(e.items()[0].pointer,
             QStringLiteral("/twins/0/physicalAdapters/0/config/broker/password"));
    QVERIFY(e.items()[0].message.contains(QStringLiteral("${env:NAME}")));
}

void TestBundle::missingReferencedFile()
{
    QTemporaryDir source;
    Diagnostics d;
    auto project = makeProject(source.path(), d);
    QVERIFY(project);
    QVERIFY(QFile::remove(source.filePath(QStringLiteral("data/power.csv"))));
    QTemporaryDir out;
    Diagnostics e;
    QVERIFY(!Bundle::exportBundle(*project, out.filePath(QStringLiteral("site.zip")), e));
    QVERIFY2(e.toString().contains(QStringLiteral("cannot read 'data/power.csv'")),
             qPrintable(e.toString()));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("site.zip"))));
}

void TestBundle::notABundle()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("x.twinloom.json"));
    write(text, kProject);
    QVERIFY(!Bundle::isBundle(text));
    QVERIFY(!Bundle::isBundle(dir.filePath(QStringLiteral("missing.zip"))));
    Diagnostics d;
    QVERIFY(!Bundle::extractBundle(text, dir.path(), d));
    QVERIFY(d.toString().contains(QStringLiteral("not a readable bundle")));
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
