// What real DTDL model sets look like: many files, arrays, byte-order marks, "@context" anywhere,
// full DTMIs for terms, the three localizable string forms, v2 and v3 mixed, folders, and the
// Device Models Repository layout; and errors that name the file, the element and the path.

#include "engine/interop/dtdlparser.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace twinloom::Dtdl;

namespace {

QString fixture(const char *rel)
{
    return QStringLiteral(TWINLOOM_FIXTURES "/dtdl/") + QLatin1String(rel);
}

ParseResult parseOne(const char *json, const QString &file = QStringLiteral("model.json"))
{
    ModelParser parser;
    parser.addDocument(file, QByteArray(json));
    return parser.parse();
}

QString errorsOf(const ParseResult &r)
{
    QStringList lines;
    for (const Problem &p : r.errors)
        lines.push_back(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDtdlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteOrderMarkAndArrays();
    void contextAnywhereAndFullDtmis();
    void localizableStringForms();
    void localizableStringErrors();
    void mixedVersions();
    void foldersRecursively();
    void deviceModelsRepository();
    void incompleteListsUndefinedIdentifiers();
    void relationshipTargetIsNoDependency();
    void errorsNameFileElementAndPath();
    void everyErrorAtOnce();
    void semanticTypesAndUnits();
    void malformedInputNeverCrashes();
    void extendsCycleAndDepth();
    void extensionCases();
};

void TestDtdlParser::byteOrderMarkAndArrays()
{
    ModelParser parser;
    parser.addDocument(QStringLiteral("bom.json"),
                       QByteArray("\xEF\xBB\xBF") +
                           R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:A;1",
                               "@type": "Interface"})");
    parser.addDocument(QStringLiteral("array.json"), R"([
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:B;1", "@type": "Interface",
         "extends": "dtmi:ex:A;1"},
        {"@context": "dtmi:dtdl:context;2", "@id": "dtmi:ex:C;1", "@type": "Interface"}])");
    const ParseResult r = parser.parse();
    QVERIFY2(r.outcome == Outcome::Valid, qPrintable(errorsOf(r)));
    QCOMPARE(r.documentCount, 2);
    QCOMPARE(r.interfaces().size(), 3u);
    QCOMPARE(r.find(QStringLiteral("dtmi:ex:B;1"))->firstLink(Member::Extends)->element,
             r.find(QStringLiteral("dtmi:ex:A;1")));
}

void TestDtdlParser::contextAnywhereAndFullDtmis()
{
    const ParseResult r = parseOne(R"({
        "@id": "dtmi:ex:Full;1",
        "@type": "dtmi:dtdl:class:Interface;3",
        "dtmi:dtdl:property:contents;3": [
          {"@type": "dtmi:dtdl:class:Property;3", "dtmi:dtdl:property:name;3": "level",
           "dtmi:dtdl:property:schema;3": "dtmi:dtdl:instance:Schema:double;3",
           "dtmi:dtdl:property:writable;3": true}
        ],
        "@context": "dtmi:dtdl:context;3"})");
    QVERIFY2(r.outcome == Outcome::Valid, qPrintable(errorsOf(r)));
    const Element *iface = r.find(QStringLiteral("dtmi:ex:Full;1"));
    QVERIFY(iface);
    const Link *content = iface->firstLink(Member::Contents);
    QVERIFY(content && content->element);
    QCOMPARE(content->element->kind, ElementKind::Property);
    QCOMPARE(content->element->name, QStringLiteral("level"));
    QCOMPARE(content->element->firstLink(Member::Schema)->standard, QStringLiteral("double"));
    QCOMPARE(content->element->writable, std::optional<bool>(true));

    // The same member as a term and as a DTMI is an error.
    const ParseResult twice = parseOne(R"({"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:ex:T;1", "@type": "Interface", "displayName": "a",
        "dtmi:dtdl:property:displayName;3": "b"})");
    QCOMPARE(twice.outcome, Outcome::Invalid);
    QVERIFY(twice.errors.front().message.contains(QLatin1String("twice")));
}

void TestDtdlParser::localizableStringForms()
{
    const ParseResult r = parseOne(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:L;1",
        "@type": "Interface", "displayName": "Pump",
        "description": {"en": "A pump", "de": "Eine Pumpe"},
        "contents": [{"@type": "Telemetry", "name": "flow", "schema": "double",
          "displayName": [{"@value": "Flow", "@language": "en"}, {"@value": "Débit",
                          "@language": "fr"}]}]})");
    QVERIFY2(r.outcome == Outcome::Valid, qPrintable(errorsOf(r)));
    const Element *iface = r.find(QStringLiteral("dtmi:ex:L;1"));
    QCOMPARE(iface->displayName.value(QStringLiteral("en")), QStringLiteral("Pump"));
    QCOMPARE(iface->description.value(QStringLiteral("de")), QStringLiteral("Eine Pumpe"));
    QCOMPARE(iface->text(iface->description), QStringLiteral("A pump"));
    const Element *flow = iface->firstLink(Member::Contents)->element;
    QCOMPARE(flow->displayName.size(), 2);
    QCOMPARE(flow->displayName.value(QStringLiteral("fr")), QStringLiteral("Débit"));
}

void TestDtdlParser::localizableStringErrors()
{
    // A language map must be keyed by language codes; two default texts are one too many.
    const ParseResult r = parseOne(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:L;1",
        "@type": "Interface", "displayName": {"English": "Pump"},
        "description": ["one", "two"]})");
    QCOMPARE(r.outcome, Outcome::Invalid);
    QCOMPARE(r.errors.size(), 2u);
    QCOMPARE(r.errors[0].path, QStringLiteral("/description"));
    QVERIFY(r.errors[0].message.contains(QLatin1String("default language")));
    QCOMPARE(r.errors[1].path, QStringLiteral("/displayName"));
    QVERIFY(r.errors[1].message.contains(QLatin1String("\"English\"")));
}

void TestDtdlParser::mixedVersions()
{
    ModelParser parser;
    parser.addDocument(QStringLiteral("v3.json"), R"({"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:ex:New;1", "@type": "Interface", "extends": "dtmi:ex:Old;1",
        "contents": [{"@type": "Component", "name": "legacy", "schema": "dtmi:ex:Old;1"}]})");
    parser.addDocument(QStringLiteral("v2.json"), R"({"@context": "dtmi:dtdl:context;2",
        "@id": "dtmi:ex:Old;1", "@type": "Interface",
        "contents": [{"@type": "Property", "name": "p", "schema": "string"}]})");
    const ParseResult r = parser.parse();
    QVERIFY2(r.outcome == Outcome::Valid, qPrintable(errorsOf(r)));
    QCOMPARE(r.find(QStringLiteral("dtmi:ex:New;1"))->dtdlVersion, 3);
    QCOMPARE(r.find(QStringLiteral("dtmi:ex:Old;1"))->dtdlVersion, 2);

    // DTDL v2 cannot use DTDL v3 elements.
    ModelParser back;
    back.addDocument(QStringLiteral("v2.json"), R"({"@context": "dtmi:dtdl:context;2",
        "@id": "dtmi:ex:Old;1", "@type": "Interface", "extends": "dtmi:ex:New;1"})");
    back.addDocument(QStringLiteral("v3.json"), R"({"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:ex:New;1", "@type": "Interface"})");
    const ParseResult bad = back.parse();
    QCOMPARE(bad.outcome, Outcome::Invalid);
    QCOMPARE(bad.errors.front().file, QStringLiteral("v2.json"));
    QCOMPARE(bad.errors.front().path, QStringLiteral("/extends"));
}

void TestDtdlParser::foldersRecursively()
{
    ModelParser parser;
    QCOMPARE(parser.addFolder(fixture("building")), 2);
    const ParseResult r = parser.parse();
    QVERIFY2(r.outcome == Outcome::Valid, qPrintable(errorsOf(r)));
    QCOMPARE(r.interfaces().size(), 3u);
    const Element *room = r.find(QStringLiteral("dtmi:com:example:building:Room;1"));
    QVERIFY(room);
    QVERIFY(room->file.endsWith(QLatin1String("building/room.json")));
    QCOMPARE(room->displayName.value(QStringLiteral("de")), QStringLiteral("Raum"));
    const Element *mode = r.find(QStringLiteral("dtmi:com:example:building:Mode;1"));
    QVERIFY(mode && mode->kind == ElementKind::Enum);
    QCOMPARE(mode->linksOf(Member::EnumValues).size(), 2u);
}

void TestDtdlParser::deviceModelsRepository()
{
    QCOMPARE(ModelRepository::relativePath(QStringLiteral("dtmi:com:example:Foo;1")),
             QStringLiteral("dtmi/com/example/foo-1.json"));
    QCOMPARE(ModelRepository::relativePath(QStringLiteral("not a dtmi")), QString());

    const char *device = R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:com:example:Gateway;1",
        "@type": "Interface", "extends": "dtmi:com:example:Device;1",
        "contents": [{"@type": "Property", "name": "uplink", "schema": "string"}]})";
    {
        ModelParser parser;
        parser.addDocument(QStringLiteral("gateway.json"), device);
        const ParseResult r = parser.parse();
        QCOMPARE(r.outcome, Outcome::Incomplete);
        QCOMPARE(r.undefinedIdentifiers, QStringList{QStringLiteral("dtmi:com:example:Device;1")});
    }
    ModelParser parser;
    parser.addDocument(QStringLiteral("gateway.json"), device);
    ModelRepository repo(fixture("dmr"));
    parser.setResolver(repo.resolver());
    const ParseResult r = parser.parse();
    QVERIFY2(r.outcome == Outcome::Valid, qPrintable(errorsOf(r)));
    QCOMPARE(r.documentCount, 4); // the gateway, then Device, Base and DeviceInformation
    const Element *info = r.find(QStringLiteral("dtmi:com:example:DeviceInformation;1"));
    QVERIFY(info);
    QCOMPARE(info->dtdlVersion, 2);
    QVERIFY(info->file.endsWith(QLatin1String("dtmi/com/example/deviceinformation-1.json")));
}

void TestDtdlParser::incompleteListsUndefinedIdentifiers()
{
    const ParseResult r = parseOne(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:I;1",
        "@type": "Interface", "extends": ["dtmi:ex:Base;1", "dtmi:ex:Other;2"],
        "contents": [{"@type": "Property", "name": "p", "schema": "dtmi:ex:Schema;1"},
                     {"@type": "Property", "name": "q", "schema": "dtmi:ex:Schema;1"}]})");
    QCOMPARE(r.outcome, Outcome::Incomplete);
    QVERIFY(r.errors.empty());
    QCOMPARE(r.undefinedIdentifiers,
             (QStringList{QStringLiteral("dtmi:ex:Base;1"), QStringLiteral("dtmi:ex:Other;2"),
                          QStringLiteral("dtmi:ex:Schema;1")}));
    QVERIFY(r.summary().contains(QLatin1String("dtmi:ex:Other;2")));
}

void TestDtdlParser::relationshipTargetIsNoDependency()
{
    const ParseResult r = parseOne(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:R;1",
        "@type": "Interface", "contents": [{"@type": "Relationship", "name": "feeds",
        "target": "dtmi:ex:Elsewhere;1", "maxMultiplicity": 3}]})");
    QVERIFY2(r.outcome == Outcome::Valid, qPrintable(errorsOf(r)));
    const Element *rel =
        r.find(QStringLiteral("dtmi:ex:R;1"))->firstLink(Member::Contents)->element;
    QCOMPARE(rel->target, QStringLiteral("dtmi:ex:Elsewhere;1"));
    QCOMPARE(rel->maxMultiplicity, std::optional<qint64>(3));
}

void TestDtdlParser::errorsNameFileElementAndPath()
{
    const ParseResult r = parseOne(R"({"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:ex:Sensor;1", "@type": "Interface",
        "contents": [{"@type": "Telemetry", "name": "ok", "schema": "double"},
                     {"@type": "Telemetry", "name": "bad", "schema": "doubel"}]})",
                                   QStringLiteral("sensor.json"));
    QCOMPARE(r.outcome, Outcome::Invalid);
    QCOMPARE(r.errors.size(), 1u);
    const Problem &p = r.errors.front();
    QCOMPARE(p.file, QStringLiteral("sensor.json"));
    QCOMPARE(p.elementId, QStringLiteral("dtmi:ex:Sensor;1"));
    QCOMPARE(p.path, QStringLiteral("/contents/1/schema"));
    QCOMPARE(p.message, QStringLiteral("\"doubel\" is not a valid value for \"schema\""));
    QCOMPARE(p.toString(), QStringLiteral("sensor.json:/contents/1/schema: dtmi:ex:Sensor;1: "
                                          "\"doubel\" is not a valid value for \"schema\""));
}

void TestDtdlParser::everyErrorAtOnce()
{
    ModelParser parser;
    parser.addDocument(QStringLiteral("a.json"), R"({"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:ex:A;1", "@type": "Interface",
        "contents": [{"@type": "Property", "name": "1st", "schema": "string"},
                     {"@type": "Command", "name": "go", "request": {"name": "x"}},
                     {"@type": "Property", "name": "same", "schema": "string"},
                     {"@type": "Telemetry", "name": "same", "schema": "string"}]})");
    parser.addDocument(QStringLiteral("b.json"), R"({"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:ex:A;1", "@type": "Interface"})");
    const ParseResult r = parser.parse();
    QCOMPARE(r.outcome, Outcome::Invalid);
    QStringList where;
    for (const Problem &p : r.errors)
        where.push_back(p.file + p.path);
    QVERIFY2(where.contains(QStringLiteral("a.json/contents/0/name")), qPrintable(errorsOf(r)));
    QVERIFY2(where.contains(QStringLiteral("a.json/contents/1/request")), qPrintable(errorsOf(r)));
    QVERIFY2(where.contains(QStringLiteral("b.json/@id")), qPrintable(errorsOf(r)));
    QVERIFY2(where.contains(QStringLiteral("a.json/contents/3")), qPrintable(errorsOf(r)));
    QCOMPARE(r.errors.size(), 4u);
}

void TestDtdlParser::semanticTypesAndUnits()
{
    const ParseResult ok = parseOne(R"({"@context": "dtmi:dtdl:context;2", "@id": "dtmi:ex:S;1",
        "@type": "Interface", "contents": [{"@type": ["Telemetry", "Temperature"],
        "name": "t", "schema": "double", "unit": "degreeCelsius"}]})");
    QVERIFY2(ok.outcome == Outcome::Valid, qPrintable(errorsOf(ok)));
    const Element *t = ok.find(QStringLiteral("dtmi:ex:S;1"))->firstLink(Member::Contents)->element;
    QCOMPARE(t->semanticTypes, QStringList{QStringLiteral("Temperature")});
    QCOMPARE(t->unit, QStringLiteral("degreeCelsius"));

    const ParseResult wrongUnit = parseOne(R"({"@context": "dtmi:dtdl:context;2",
        "@id": "dtmi:ex:S;1", "@type": "Interface", "contents": [{"@type": ["Telemetry",
        "Temperature"], "name": "t", "schema": "double", "unit": "metre"}]})");
    QCOMPARE(wrongUnit.outcome, Outcome::Invalid);
    QCOMPARE(wrongUnit.errors.front().message,
             QStringLiteral("unit \"metre\" does not measure Temperature"));

    // In DTDL v3 semantic types come with the QuantitativeTypes extension.
    const ParseResult noExtension = parseOne(R"({"@context": "dtmi:dtdl:context;3",
        "@id": "dtmi:ex:S;1", "@type": "Interface", "contents": [{"@type": ["Telemetry",
        "Temperature"], "name": "t", "schema": "double", "unit": "degreeCelsius"}]})");
    QCOMPARE(noExtension.outcome, Outcome::Invalid);
    const ParseResult withExtension = parseOne(R"({"@context": ["dtmi:dtdl:context;3",
        "dtmi:dtdl:extension:quantitativeTypes;1"], "@id": "dtmi:ex:S;1", "@type": "Interface",
        "contents": [{"@type": ["Telemetry", "Temperature"], "name": "t", "schema": "double",
        "unit": "degreeCelsius"}]})");
    QVERIFY2(withExtension.outcome == Outcome::Valid, qPrintable(errorsOf(withExtension)));
}

void TestDtdlParser::malformedInputNeverCrashes()
{
    const char *inputs[] = {
        "",
        "{",
        "null",
        "42",
        "[1, 2]",
        "{\"@context\": 7}",
        R"({"@context": "dtmi:dtdl:context;3", "@id": {"x": 1}, "@type": "Interface"})",
        R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:A;1", "@type": "Interface",
            "contents": [{"@type": ["Property", 7], "name": [], "schema": {}}]})",
        R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:A;1", "@type": "Interface",
            "contents": {"@type": "Relationship", "name": "r", "maxMultiplicity":
            18446744073709551615}})",
    };
    for (const char *input : inputs) {
        const ParseResult r = parseOne(input);
        QVERIFY2(r.outcome == Outcome::Invalid, input);
        QVERIFY(!r.errors.empty());
        QVERIFY(!r.errors.front().message.isEmpty());
    }

    // Elements nested far too deep are refused instead of exhausting the stack.
    QByteArray deep = R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:D;1",
        "@type": "Interface", "contents": {"@type": "Property", "name": "p", "schema": )";
    const int levels = 5000;
    for (int i = 0; i < levels; ++i)
        deep += R"({"@type": "Array", "elementSchema": )";
    deep += "\"double\"";
    for (int i = 0; i < levels; ++i)
        deep += '}';
    deep += "}}";
    ModelParser parser;
    parser.addDocument(QStringLiteral("deep.json"), deep);
    QCOMPARE(parser.parse().outcome, Outcome::Invalid);
}

void TestDtdlParser::extendsCycleAndDepth()
{
    const ParseResult cycle = parseOne(R"([
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:A;1", "@type": "Interface",
         "extends": "dtmi:ex:B;1"},
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:B;1", "@type": "Interface",
         "extends": "dtmi:ex:A;1"}])");
    QCOMPARE(cycle.outcome, Outcome::Invalid);
    QVERIFY(cycle.errors.front().message.contains(QLatin1String("refers to itself")));

    // A chain of 12 Interfaces: the first extends 11 levels deep, one too many.
    QByteArray chain = "[";
    for (int i = 0; i < 12; ++i) {
        if (i)
            chain += ',';
        chain += QStringLiteral(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:C%1;1",
            "@type": "Interface")")
                     .arg(i)
                     .toUtf8();
        if (i < 11)
            chain += QStringLiteral(R"(, "extends": "dtmi:ex:C%1;1")").arg(i + 1).toUtf8();
        chain += '}';
    }
    chain += ']';
    ModelParser parser;
    parser.addDocument(QStringLiteral("chain.json"), chain);
    const ParseResult r = parser.parse();
    QCOMPARE(r.outcome, Outcome::Invalid);
    QCOMPARE(r.errors.size(), 1u);
    QCOMPARE(r.errors.front().elementId, QStringLiteral("dtmi:ex:C0;1"));

    // A chain of 1,100 (bench_dtdl --shape chain times 20,000): every Interface beyond 10 levels
    // is refused once for its depth, and beyond 1,024 ancestors once more for their count; the
    // names of an Interface over the limits are still checked among its own contents, and an
    // inherited name used again is still found in an Interface within them.
    QByteArray longChain = "[";
    for (int i = 0; i < 1100; ++i) {
        if (i)
            longChain += ',';
        const QString name =
            i == 1050 || i == 5 ? QStringLiteral("p0") : QStringLiteral("p%1").arg(i);
        longChain += QStringLiteral(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:L%1;1",
            "@type": "Interface", "contents": [{"@type": "Property", "name": "%2",
            "schema": "double"}%3])")
                         .arg(i)
                         .arg(name, i == 1099 ? QStringLiteral(R"(, {"@type": "Telemetry",
            "name": "p1099", "schema": "double"})")
                                              : QString())
                         .toUtf8();
        if (i > 0)
            longChain += QStringLiteral(R"(, "extends": "dtmi:ex:L%1;1")").arg(i - 1).toUtf8();
        longChain += '}';
    }
    longChain += ']';
    ModelParser longParser;
    longParser.addDocument(QStringLiteral("chain.json"), longChain);
    const ParseResult l = longParser.parse();
    QCOMPARE(l.outcome, Outcome::Invalid);
    int depth = 0;
    int count = 0;
    int names = 0;
    QStringList named;
    for (const Problem &p : l.errors) {
        if (p.message.contains(QLatin1String("nested more than 10")))
            ++depth;
        else if (p.message.contains(QLatin1String("at most 1024")))
            ++count;
        else if (p.message.contains(QLatin1String("used twice")))
            named << p.elementId;
    }
    names = int(named.size());
    QCOMPARE(depth, 1100 - 11);
    QCOMPARE(count, 1100 - 1025);
    // L5 reuses L0's name: found in L5..L10, the Interfaces whose inheritance is checked; L1099
    // repeats a name in its own contents.
    QCOMPARE(names, 7);
    QCOMPARE(named.front(), QStringLiteral("dtmi:ex:L5;1"));
    QCOMPARE(named.back(), QStringLiteral("dtmi:ex:L1099;1"));
    QCOMPARE(int(l.errors.size()), depth + count + names);
}

// The extension cases (Historization, Annotation, Overriding, Requirement, Mqtt v1–v3, IoT
// Central): each gets the verdict it names; tst_dtdlreference puts them to the reference parser.
void TestDtdlParser::extensionCases()
{
    QFile file(QStringLiteral(TWINLOOM_FIXTURES "/dtdl-extensions/cases.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(cases.size() >= 50);
    QStringList wrong;
    for (const QJsonValue &c : cases) {
        const QString name = c[QStringLiteral("name")].toString();
        ModelParser parser;
        parser.addDocument(name + QStringLiteral(".json"),
                           QJsonDocument(c[QStringLiteral("documents")].toArray()).toJson());
        const ParseResult r = parser.parse();
        if ((r.outcome == Outcome::Valid) != c[QStringLiteral("valid")].toBool())
            wrong << name + QStringLiteral(": ") +
                         (r.errors.empty() ? r.summary() : r.errors.front().toString());
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));

    // Errors name the property and the rule.
    const ParseResult topic = parseOne(R"({"@context": ["dtmi:dtdl:context;3",
        "dtmi:dtdl:extension:mqtt;1"], "@id": "dtmi:ex:V;1", "@type": ["Interface", "Mqtt"],
        "payloadFormat": "Json/ecma/404", "telemetryTopic": "cars/+/telemetry",
        "contents": [{"@type": ["Command", "Cacheable"], "name": "speed"}]})");
    QCOMPARE(topic.errors.size(), 2u);
    QCOMPARE(topic.errors[0].path, QStringLiteral("/contents/0"));
    QVERIFY(topic.errors[0].message.contains(QLatin1String("\"ttl\"")));
    QCOMPARE(topic.errors[1].path, QStringLiteral("/telemetryTopic"));
    QVERIFY(topic.errors[1].message.contains(QLatin1String("cars/+/telemetry")));
    const ParseResult annotation = parseOne(R"({"@context": ["dtmi:dtdl:context;3",
        "dtmi:dtdl:extension:annotation;1"], "@id": "dtmi:ex:A;1", "@type": "Interface",
        "contents": [{"@type": ["Property", "ValueAnnotation"], "name": "accuracy",
                      "annotates": "temperature", "schema": "double"}]})");
    QCOMPARE(annotation.errors.size(), 1u);
    QCOMPARE(annotation.errors[0].path, QStringLiteral("/contents/0/annotates"));
}

QTEST_GUILESS_MAIN(TestDtdlParser)
#include "tst_dtdlparser.moc"
