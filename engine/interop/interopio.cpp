#include "engine/interop/interopio.h"

#include "engine/interop/tr.h"
#include "engine/jsoninput.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>

#include <algorithm>

namespace twinloom::Interop {

namespace {

void readOne(const QString &path, std::vector<InputFile> &out, Diagnostics &d)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Diagnostic x{Diagnostic::Severity::Error,
                     {},
                     Tr::tr("cannot read the file: %1").arg(f.errorString()),
                     path};
        d.add(std::move(x));
        return;
    }
    out.push_back({path, f.readAll()});
}
} // namespace

std::vector<InputFile> readInputs(const QStringList &paths, Diagnostics &d, bool ndjson)
{
    std::vector<InputFile> out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            d.add({Diagnostic::Severity::Error, {}, Tr::tr("no such file or folder"), path});
            continue;
        }
        if (!info.isDir()) {
            readOne(path, out, d);
            continue;
        }
        QStringList filters{QStringLiteral("*.json")};
        if (ndjson)
            filters << QStringLiteral("*.ndjson");
        QStringList files;
        QDirIterator it(path, filters, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : std::as_const(files))
            readOne(file, out, d);
    }
    return out;
}

std::optional<nlohmann::json> parseDocument(const QByteArray &bytes, const QString &file,
                                            Diagnostics &d)
{
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QString error;
    std::optional<nlohmann::json> json =
        JsonInput::parse(text, &error, JsonInput::kMaxDepth, JsonInput::Keys::Unique);
    if (!json)
        d.add({Diagnostic::Severity::Error, {}, error, file});
    return json;
}

bool writeFiles(const QString &folder, const std::vector<OutputFile> &files, Diagnostics &d)
{
    const QDir root(folder);
    if (!QDir().mkpath(folder)) {
        d.add({Diagnostic::Severity::Error, {}, Tr::tr("cannot create the folder"), folder});
        return false;
    }
    bool ok = true;
    for (const OutputFile &f : files) {
        const QString path = root.filePath(f.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.bytes) != f.bytes.size() ||
            !out.commit()) {
            d.add({Diagnostic::Severity::Error,
                   {},
                   Tr::tr("cannot write the file: %1").arg(out.errorString()),
                   path});
            ok = false;
            continue;
        }
        if (f.executable)
            QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner |
                                            QFileDevice::ExeGroup | QFileDevice::ExeOther);
    }
    return ok;
}

QByteArray prettyJson(const nlohmann::ordered_json &json)
{
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

QString identifierChars(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

QString slug(const QString &text, const QString &fallback)
{
    QString out;
    bool dash = false;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += c;
            dash = false;
        } else if (c == QLatin1Char('_') || c == QLatin1Char('.')) {
            out += c;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

Project::Json newProjectDocument(const QString &name)
{
    Project::Json doc = Project::Json::object();
    doc["format"] = Project::kFormat;
    doc["version"] = Project::kFormatVersion;
    if (!name.isEmpty())
        doc["name"] = str(name);
    doc["models"] = Project::Json::array();
    doc["twins"] = Project::Json::array();
    return doc;
}

std::optional<Project> finishProject(Project::Json document, Diagnostics &diagnostics)
{
    return Project::fromJson(std::move(document), diagnostics);
}

ModelSet modelSetOf(const Project &project)
{
    ModelSet set;
    for (const auto &m : project.models())
        set.add(m);
    return set;
}

nlohmann::ordered_json toOrdered(const nlohmann::json &json)
{
    return nlohmann::ordered_json::parse(json.dump());
}

nlohmann::json toPlain(const nlohmann::ordered_json &json)
{
    return nlohmann::json::parse(json.dump());
}

} // namespace twinloom::Interop
