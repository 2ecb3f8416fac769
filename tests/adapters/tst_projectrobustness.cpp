// Damaged projects: every value of the examples replaced, one at a time, by values of other
// types. Loading must report errors (or accept), never throw or crash.

#include "adapters/builtinadapters.h"
#include "engine/engine.h"
#include "engine/project.h"

#include <QtCore/QFile>
#include <QtTest/QtTest>

#include <random>

using namespace twinloom;

namespace {
using Json = Project::Json;

// Every JSON pointer of a document.
void collectPointers(const Json &j, const std::string &at, std::vector<std::string> &out)
{
    out.push_back(at);
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            std::string key = it.key();
            std::string escaped;
            for (char c : key)
                escaped += c == '~'   ? std::string("~0")
                           : c == '/' ? std::string("~1")
                                      : std::string(1, c);
            collectPointers(it.value(), at + "/" + escaped, out);
        }
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i)
            collectPointers(j[i], at + "/" + std::to_string(i), out);
    }
}
} // namespace

class TestProjectRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinAdapters(AdapterRegistry::global()); }
    void everyValueOfEveryType_data();
    void everyValueOfEveryType();
};

void TestProjectRobustness::everyValueOfEveryType_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("production line")
        << QStringLiteral(TWINLOOM_SOURCE_DIR "/examples/production-line.twinloom.json");
    QTest::newRow("composition fixture")
        << QStringLiteral(TWINLOOM_FIXTURES "/projects/version0.twinloom.json");
}

void TestProjectRobustness::everyValueOfEveryType()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const Json original = Json::parse(bytes.constBegin(), bytes.constEnd());
    std::vector<std::string> pointers;
    collectPointers(original, "", pointers);
    const std::vector<Json> replacements{Json(),
                                         Json(true),
                                         Json(-7),
                                         Json(1e308),
                                         Json("x"),
                                         Json("${env:NOPE}"),
                                         Json::array(),
                                         Json::object(),
                                         Json::array({1, "a"}),
                                         Json::object({{"type", 3}})};
    int rejected = 0;
    int accepted = 0;
    for (const std::string &p : pointers) {
        if (p.empty())
            continue;
        for (const Json &r : replacements) {
            Json doc = original;
            doc[Json::json_pointer(p)] = r;
            Diagnostics d;
            try {
                auto project =
                    Project::fromJson(doc, d, QStringLiteral(TWINLOOM_SOURCE_DIR "/examples"),
                                      &AdapterRegistry::global());
                if (project)
                    ++accepted;
                else
                    ++rejected;
                // An error always says where.
                for (const Diagnostic &x : d.items())
                    QVERIFY2(!x.message.isEmpty(), p.c_str());
            } catch (const std::exception &e) {
                QFAIL(
                    qPrintable(QStringLiteral("%1 = %2 threw: %3")
                                   .arg(QString::fromStdString(p), QString::fromStdString(r.dump()),
                                        QString::fromUtf8(e.what()))));
            }
        }
    }
    qInfo("%zu pointers x %zu replacements: %d rejected, %d accepted", pointers.size(),
          replacements.size(), rejected, accepted);
    QVERIFY(rejected > 0);
}

QTEST_GUILESS_MAIN(TestProjectRobustness)
#include "tst_projectrobustness.moc"
