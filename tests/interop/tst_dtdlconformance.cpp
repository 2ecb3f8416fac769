// Runs the official DTDL v2 and v3 conformance cases (tests/fixtures/dtdl-conformance) through the
// parser and compares the outcome: valid, invalid, or incomplete with the undefined identifiers.
// Cases run with DisallowUndefinedExtensions must agree, except those listed in
// dtdl-known-disagreements.txt; cases run with AllowUndefinedExtensions are counted apart.

#include "engine/interop/dtdlparser.h"
#include "tests/support/jsonfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace twinloom::Dtdl;
using Json = nlohmann::json;

namespace {

struct Tally
{
    int agree = 0;
    int total = 0;
};

QString conformanceDir()
{
    return QStringLiteral(TWINLOOM_FIXTURES "/dtdl-conformance");
}

QString describe(const ParseResult &r)
{
    switch (r.outcome) {
    case Outcome::Valid:
        return QStringLiteral("valid");
    case Outcome::Incomplete:
        return QStringLiteral("incomplete [") + r.undefinedIdentifiers.join(QLatin1Char(',')) +
               QLatin1Char(']');
    case Outcome::Invalid:
        break;
    }
    QString text = QStringLiteral("invalid");
    const std::size_t shown = std::min<std::size_t>(r.errors.size(), 3);
    for (std::size_t i = 0; i < shown; ++i)
        text += QStringLiteral("\n      ") + r.errors[i].toString();
    return text;
}

} // namespace

class TestDtdlConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformance_data();
    void conformance();
    void cleanupTestCase();

private:
    QSet<QString> m_known;         // "v3/File.json#3"
    QSet<QString> m_knownSeen;     // known entries that still disagree
    QMap<QString, Tally> m_strict; // per version, DisallowUndefinedExtensions
    QMap<QString, Tally> m_bonus;  // per version, AllowUndefinedExtensions
    QStringList m_disagreements;
};

void TestDtdlConformance::initTestCase()
{
    QVERIFY2(QDir(conformanceDir()).exists(), qPrintable(conformanceDir()));
    QFile list(QStringLiteral(TWINLOOM_SOURCE_DIR "/tests/interop/dtdl-known-disagreements.txt"));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        m_known.insert(line.section(QLatin1Char(' '), 0, 0));
    }
}

void TestDtdlConformance::conformance_data()
{
    QTest::addColumn<QString>("file");
    for (const char *version : {"v2", "v3", "v4"}) {
        QDir dir(conformanceDir() + QLatin1Char('/') + QLatin1String(version));
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const QString rel = QLatin1String(version) + QLatin1Char('/') + f;
            QTest::newRow(qPrintable(rel)) << rel;
        }
    }
}

void TestDtdlConformance::conformance()
{
    QFETCH(QString, file);
    const QString version = file.section(QLatin1Char('/'), 0, 0);
    const Json cases = twinloom::Test::readJsonFile(conformanceDir() + QLatin1Char('/') + file);
    QVERIFY2(cases.is_array(), qPrintable(file));
    const bool verbose = qEnvironmentVariableIsSet("TWINLOOM_DTDL_VERBOSE");
    QStringList unexpected;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Json &c = cases[i];
        bool allow = false;
        for (const Json &o : c["options"])
            allow = allow || o == "AllowUndefinedExtensions";
        ParseOptions options;
        options.allowUndefinedExtensions = allow;
        ModelParser parser(options);
        int n = 0;
        for (const Json &doc : c["input"]) {
            const std::string text = doc.dump();
            parser.addDocument(QStringLiteral("input%1.json").arg(n++),
                               QByteArray::fromStdString(text));
        }
        const ParseResult r = parser.parse();

        const bool valid = c["valid"].get<bool>();
        bool agree = false;
        if (valid) {
            agree = r.outcome == Outcome::Valid;
        } else if (c.contains("expect") && c["expect"].contains("unresolvedIdentifiers")) {
            QStringList expected;
            for (const Json &id : c["expect"]["unresolvedIdentifiers"])
                expected.push_back(QString::fromStdString(id.get<std::string>()));
            expected.sort();
            agree = r.outcome == Outcome::Incomplete && r.undefinedIdentifiers == expected;
        } else {
            agree = r.outcome == Outcome::Invalid;
        }

        Tally &t = allow ? m_bonus[version] : m_strict[version];
        ++t.total;
        if (agree)
            ++t.agree;
        const QString key = file + QLatin1Char('#') + QString::number(i);
        if (!agree && allow && verbose) {
            qInfo().noquote() << "bonus disagree" << key << "expected"
                              << (valid ? "valid" : "invalid") << "got" << describe(r);
        }
        if (!agree && !allow) {
            m_disagreements.push_back(key);
            if (m_known.contains(key)) {
                m_knownSeen.insert(key);
            } else {
                unexpected.push_back(key);
            }
            if (verbose || !m_known.contains(key)) {
                qInfo().noquote() << "disagree" << key << "expected"
                                  << (valid ? "valid" : "invalid") << "got" << describe(r);
            }
        }
    }
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("disagreements not in the known list: ") +
                        unexpected.join(QStringLiteral(", "))));
}

void TestDtdlConformance::cleanupTestCase()
{
    for (auto it = m_strict.cbegin(); it != m_strict.cend(); ++it) {
        const Tally &t = it.value();
        const Tally &b = m_bonus.value(it.key());
        qInfo().noquote() << QStringLiteral(
                                 "DTDL %1: DisallowUndefinedExtensions %2/%3 agree (%4 %), "
                                 "AllowUndefinedExtensions %5/%6 agree")
                                 .arg(it.key())
                                 .arg(t.agree)
                                 .arg(t.total)
                                 .arg(t.total ? 100.0 * t.agree / t.total : 0.0, 0, 'f', 2)
                                 .arg(b.agree)
                                 .arg(b.total);
    }
    for (const QString &d : std::as_const(m_disagreements))
        qInfo().noquote() << "disagreement:" << d;
    // A known entry that now agrees must leave the list, so that it says what is left.
    QStringList stale;
    for (const QString &k : std::as_const(m_known)) {
        if (!m_knownSeen.contains(k))
            stale.push_back(k);
    }
    stale.sort();
    if (!stale.isEmpty() && QTest::currentDataTag() == nullptr && m_strict.size() == 3) {
        for (const QString &s : std::as_const(stale))
            qWarning().noquote() << "known disagreement now agrees, remove it:" << s;
    }
}

QTEST_GUILESS_MAIN(TestDtdlConformance)
#include "tst_dtdlconformance.moc"
