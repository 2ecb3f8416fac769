// DTDL model sets as projects and projects as DTDL folders: DTDL → project → DTDL validates.

#include "engine/interop/dtdlproject.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace twinloom;

namespace {

Dtdl::ParseResult parse(const Interop::ExportOutput &out)
{
    Dtdl::ModelParser parser;
    for (const Interop::OutputFile &f : out.files)
        parser.addDocument(f.path, f.bytes);
    return parser.parse();
}

} // namespace

class TestDtdlProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dtdlToProjectToDtdl();
    void exportLaysOutARepository();
    void exampleProjectsExportValidDtdl();
    void invalidModelsGiveErrors();
    void incompleteModelsNameTheMissingDtmis();
};

void TestDtdlProject::dtdlToProjectToDtdl()
{
    const Interop::ImportOutput in = Dtdl::importModelFiles(
        {QStringLiteral(TWINLOOM_FIXTURES "/dtdl/building")}, QStringLiteral("Building"));
    QVERIFY2(in.project, qPrintable(in.diagnostics.toString()));
    QCOMPARE(in.project->name(), QStringLiteral("Building"));
    QCOMPARE(in.project->models().size(), 3u);
    QCOMPARE(in.project->twins().size(), 0u);
    // "extends" is kept: the project flattens it where a twin uses the model.
    const Interop::ExportOutput out = Dtdl::exportModelFiles(*in.project);
    QCOMPARE(out.files.size(), 3u);
    const Dtdl::ParseResult r = parse(out);
    QVERIFY2(r.outcome == Dtdl::Outcome::Valid,
             qPrintable(r.errors.empty() ? r.summary() : r.errors.front().toString()));
    const Dtdl::Element *room = r.find(QStringLiteral("dtmi:com:example:building:Room;1"));
    QVERIFY(room);
    QCOMPARE(room->linksOf(Dtdl::Member::Extends).size(), 1u);

    // The same project saved and loaded again exports the same bytes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("building.twinloom.json"));
    QVERIFY(in.project->save(path));
    Diagnostics d;
    const auto loaded = Project::load(path, d);
    QVERIFY2(loaded, qPrintable(d.toString()));
    const Interop::ExportOutput again = Dtdl::exportModelFiles(*loaded);
    for (std::size_t i = 0; i < out.files.size(); ++i)
        QCOMPARE(again.files[i].bytes, out.files[i].bytes);
}

void TestDtdlProject::exportLaysOutARepository()
{
    Diagnostics d;
    const auto project =
        Project::load(QStringLiteral(TWINLOOM_FIXTURES "/interop/building.twinloom.json"), d);
    QVERIFY(project);
    const Interop::ExportOutput out = Dtdl::exportModelFiles(*project);
    QStringList paths;
    for (const Interop::OutputFile &f : out.files)
        paths << f.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("dtmi/test/room-1.json"),
                                 QStringLiteral("dtmi/test/thermostat-1.json"),
                                 QStringLiteral("dtmi/test/device-1.json")}));
    // The model repository resolver finds them there.
    QTemporaryDir dir;
    QVERIFY(Interop::writeFiles(dir.path(), out.files, d));
    Dtdl::ModelParser parser;
    parser.addFile(dir.filePath(QStringLiteral("dtmi/test/room-1.json")));
    parser.setResolver(Dtdl::ModelRepository(dir.path()).resolver());
    QCOMPARE(parser.parse().outcome, Dtdl::Outcome::Valid);
    QCOMPARE(out.notes.warningCount(), 1); // the event "alarm" written as Telemetry
}

void TestDtdlProject::exampleProjectsExportValidDtdl()
{
    for (const char *name : {"smart-building", "production-line", "smart-building-edge-cloud"}) {
        Diagnostics d;
        const auto project =
            Project::load(QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/") + QLatin1String(name) +
                              QStringLiteral(".twinloom.json"),
                          d);
        QVERIFY2(project, qPrintable(d.toString()));
        const Dtdl::ParseResult r = parse(Dtdl::exportModelFiles(*project));
        QVERIFY2(r.outcome == Dtdl::Outcome::Valid,
                 qPrintable(QLatin1String(name) + QStringLiteral(": ") +
                            (r.errors.empty() ? r.summary() : r.errors.front().toString())));
    }
}

void TestDtdlProject::invalidModelsGiveErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:x:A;1", "@type": "Interface",
        "contents": [{"@type": "Property", "name": "t", "schema": "doubel"}]})");
    f.close();
    const Interop::ImportOutput in = Dtdl::importModelFiles({path});
    QVERIFY(!in.project);
    const Diagnostic *e = in.diagnostics.firstError();
    QVERIFY(e);
    QCOMPARE(e->file, path);
    QCOMPARE(e->pointer, QStringLiteral("/contents/0/schema"));
    QVERIFY(e->message.startsWith(QLatin1String("dtmi:x:A;1: ")));
    QVERIFY(!Dtdl::importModelFiles({dir.filePath(QStringLiteral("none.json"))}).project);
}

void TestDtdlProject::incompleteModelsNameTheMissingDtmis()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("a.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:x:A;1", "@type": "Interface",
        "extends": "dtmi:x:Base;1"})");
    f.close();
    const Interop::ImportOutput in = Dtdl::importModelFiles({dir.path()});
    QVERIFY(!in.project);
    QVERIFY(in.diagnostics.firstError()->message.contains(QLatin1String("dtmi:x:Base;1")));
}

QTEST_GUILESS_MAIN(TestDtdlProject)
#include "tst_dtdlproject.moc"
