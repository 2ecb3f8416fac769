#include "engine/bundle/bundle.h"

#include "engine/configreader.h"
#include "engine/jsoninput.h"
#include "engine/tr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTemporaryFile>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <zip.h>

namespace twinloom::Bundle {

namespace {
constexpr qint64 kMaxTotalBytes = qint64{256} << 20; // uncompressed, declared and read
constexpr zip_int64_t kMaxEntries = 100000;
// An entry that inflates more than this from more than a few bytes is a zip bomb, not a project
// (JSON of twins compresses about 10:1, a CSV of readings 3:1).
constexpr qint64 kMaxRatio = 200;
constexpr qint64 kRatioFloor = qint64{1} << 20;

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};

QString zipError(zip_t *z)
{
    return QString::fromUtf8(zip_strerror(z));
}

// Fields that hold a secret, and where a project says one literally instead of as "${env:NAME}".
void findLiteralSecrets(const Project::Json &json, const QString &pointer, QStringList &found)
{
    static const QStringList kSecretKeys{QStringLiteral("password"), QStringLiteral("key"),
                                         QStringLiteral("psk"), QStringLiteral("token"),
                                         QStringLiteral("secret")};
    if (json.is_object()) {
        for (const auto &[key, value] : json.items()) {
            const QString name = QString::fromStdString(key);
            const QString where = pointer + QLatin1Char('/') + name;
            if (value.is_string() && kSecretKeys.contains(name, Qt::CaseInsensitive) &&
                !value.get<std::string>().empty() &&
                !QString::fromStdString(value.get<std::string>()).startsWith(QLatin1String("${")))
                found << where;
            else
                findLiteralSecrets(value, where, found);
        }
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i)
            findLiteralSecrets(json[i], pointer + QLatin1Char('/') + QString::number(i), found);
    }
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

bool isBundle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4) == QByteArray("PK\x03\x04", 4);
}

bool exportBundle(const Project &project, const QString &bundlePath, Diagnostics &d)
{
    const int errorsBefore = d.errorCount();
    // Every entry is read into memory first: the archive holds copies, not references.
    std::vector<std::pair<QString, QByteArray>> entries;
    entries.emplace_back(QString::fromLatin1(kProjectEntry), project.toBytes());
    QStringList secrets;
    findLiteralSecrets(project.document(), {}, secrets);
    for (const QString &where : std::as_const(secrets))
        d.warning(where, Tr::tr("a secret written in the project goes into the bundle as it is: "
                                "refer to it as \"${env:NAME}\" and set it where the runner runs"));
    const QDir base(project.baseDirectory());
    for (const QString &file : project.referencedFiles()) {
        if (!isInsideRelative(file)) {
            d.error({}, Tr::tr("'%1' is not a path inside the project's "
                               "folder; a bundle holds only such files")
                            .arg(file));
            continue;
        }
        // A link could point anywhere: a bundle carries the project's own files only.
        const QFileInfo info(base.filePath(file));
        if (info.isSymLink() || (info.exists() && !info.canonicalFilePath().startsWith(
                                                      base.canonicalPath() + QLatin1Char('/')))) {
            d.error({}, Tr::tr("'%1' is a link or lies outside the project's folder; a bundle "
                               "holds only the project's own files")
                            .arg(file));
            continue;
        }
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            d.error({}, Tr::tr("cannot read '%1', which the project refers to: %2")
                            .arg(file, f.errorString()));
            continue;
        }
        entries.emplace_back(QDir::cleanPath(file), f.readAll());
    }
    if (d.errorCount() > errorsBefore)
        return false;

    nlohmann::json files = nlohmann::json::array();
    for (const auto &[name, bytes] : entries)
        files.push_back({{"path", name.toStdString()},
                         {"size", bytes.size()},
                         {"sha256", sha256(bytes).toStdString()}});
    const nlohmann::json manifest = {{"format", "twinloom-bundle"},
                                     {"version", 1},
                                     {"project", kProjectEntry},
                                     {"name", project.name().toStdString()},
                                     {"files", std::move(files)}};
    entries.emplace_back(QStringLiteral("manifest.json"),
                         QByteArray::fromStdString(manifest.dump(2) + "\n"));

    const QFileInfo target(bundlePath);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.twinloom-bundle-XXXXXX"));
    if (!temporary.open()) {
        d.error(
            {},
            Tr::tr("cannot write in '%1': %2").arg(target.absolutePath(), temporary.errorString()));
        return false;
    }
    const QByteArray temporaryPath = QFile::encodeName(temporary.fileName());
    temporary.close();
    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(
        zip_open(temporaryPath.constData(), ZIP_TRUNCATE | ZIP_CREATE, &error));
    if (!zip) {
        d.error(
            {},
            Tr::tr("cannot create the bundle '%1' (libzip error %2)").arg(bundlePath).arg(error));
        return false;
    }
    for (const auto &[name, bytes] : entries) {
        // libzip reads the buffer at close time; the entries outlive the archive object.
        zip_source_t *source = zip_source_buffer(zip.get(), bytes.constData(),
                                                 static_cast<zip_uint64_t>(bytes.size()), 0);
        if (!source ||
            zip_file_add(zip.get(), name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            d.error({}, Tr::tr("cannot add '%1' to the bundle: %2").arg(name, zipError(zip.get())));
            return false;
        }
    }
    if (zip_close(zip.get()) != 0) {
        d.error({},
                Tr::tr("cannot write the bundle '%1': %2").arg(bundlePath, zipError(zip.get())));
        return false;
    }
    (void)zip.release(); // zip_close freed it
    QFile::remove(bundlePath);
    if (!QFile::rename(temporary.fileName(), bundlePath)) {
        d.error({}, Tr::tr("cannot move the bundle into place at '%1'").arg(bundlePath));
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

std::optional<QString> extractBundle(const QString &bundlePath, const QString &directory,
                                     Diagnostics &d)
{
    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(
        zip_open(QFile::encodeName(bundlePath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        d.error({}, Tr::tr("'%1' is not a readable bundle: %2")
                        .arg(bundlePath, QString::fromUtf8(zip_error_strerror(&ze))));
        zip_error_fini(&ze);
        return std::nullopt;
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 0 || count > kMaxEntries) {
        d.error({}, Tr::tr("'%1' has too many entries (%2)").arg(bundlePath).arg(count));
        return std::nullopt;
    }
    std::map<QString, QByteArray> contents;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0) {
            d.error({}, Tr::tr("'%1': cannot read entry %2: %3")
                            .arg(bundlePath)
                            .arg(i)
                            .arg(zipError(zip.get())));
            return std::nullopt;
        }
        const QString name = QString::fromUtf8(st.name);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        if (!isInsideRelative(name)) {
            d.error(
                {},
                Tr::tr("'%1': the entry '%2' would be written outside the target folder; refused")
                    .arg(bundlePath, name));
            return std::nullopt;
        }
        total += static_cast<qint64>(st.size);
        if (total > kMaxTotalBytes) {
            d.error({}, Tr::tr("'%1' unpacks to more than 256 MiB; refused").arg(bundlePath));
            return std::nullopt;
        }
        if (static_cast<qint64>(st.size) > kRatioFloor &&
            static_cast<qint64>(st.size) > kMaxRatio * static_cast<qint64>(st.comp_size)) {
            d.error({}, Tr::tr("'%1': the entry '%2' inflates %3 times; refused as a zip bomb")
                            .arg(bundlePath, name)
                            .arg(static_cast<qint64>(st.size) /
                                 std::max<qint64>(1, static_cast<qint64>(st.comp_size))));
            return std::nullopt;
        }
        zip_file_t *file = zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(i), 0);
        if (!file) {
            d.error({}, Tr::tr("'%1': cannot open the entry '%2': %3")
                            .arg(bundlePath, name, zipError(zip.get())));
            return std::nullopt;
        }
        // Read one byte more than declared: an entry longer than its header says is damaged.
        QByteArray bytes(static_cast<qsizetype>(st.size) + 1, Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, bytes.data(), st.size + 1);
        zip_fclose(file);
        bytes.chop(1);
        if (got != static_cast<zip_int64_t>(st.size)) {
            d.error({}, Tr::tr("'%1': the entry '%2' is damaged").arg(bundlePath, name));
            return std::nullopt;
        }
        contents[QDir::cleanPath(name)] = std::move(bytes);
    }
    auto manifestIt = contents.find(QStringLiteral("manifest.json"));
    if (manifestIt == contents.end()) {
        d.error({},
                Tr::tr("'%1' has no manifest.json: it is not a Twinloom bundle").arg(bundlePath));
        return std::nullopt;
    }
    QString why;
    const nlohmann::json manifest = JsonInput::parseOrDiscarded(manifestIt->second, &why);
    if (manifest.is_discarded()) {
        d.error({}, Tr::tr("'%1': manifest.json: %2").arg(bundlePath, why));
        return std::nullopt;
    }
    if (!manifest.is_object() ||
        jsonString(manifest, "format") != QStringLiteral("twinloom-bundle") ||
        !manifest.contains("files") || !manifest["files"].is_array()) {
        d.error({},
                Tr::tr("'%1': manifest.json is not a Twinloom bundle manifest").arg(bundlePath));
        return std::nullopt;
    }
    if (jsonInteger(manifest, "version").value_or(1) > 1) {
        d.error({}, Tr::tr("'%1' is a bundle of version %2, written by a newer Twinloom")
                        .arg(bundlePath)
                        .arg(jsonInteger(manifest, "version").value_or(0)));
        return std::nullopt;
    }
    std::set<QString> listed{QStringLiteral("manifest.json")};
    for (const auto &f : manifest["files"]) {
        const QString path = jsonString(f, "path").value_or(QString());
        listed.insert(QDir::cleanPath(path));
        auto it = contents.find(QDir::cleanPath(path));
        if (it == contents.end()) {
            d.error(
                {},
                Tr::tr("'%1': '%2' is listed in the manifest but missing").arg(bundlePath, path));
            continue;
        }
        if (sha256(it->second) != jsonString(f, "sha256").value_or(QString()))
            d.error({}, Tr::tr("'%1': '%2' does not match its checksum; the bundle is damaged")
                            .arg(bundlePath, path));
    }
    // What the manifest does not list has no checksum: nothing unchecked is extracted.
    for (const auto &[name, bytes] : contents) {
        if (!listed.count(name))
            d.error({}, Tr::tr("'%1': '%2' is not listed in the manifest; the bundle is refused")
                            .arg(bundlePath, name));
    }
    const QString project =
        jsonString(manifest, "project").value_or(QString::fromLatin1(kProjectEntry));
    if (!contents.count(QDir::cleanPath(project)))
        d.error({}, Tr::tr("'%1' holds no project file '%2'").arg(bundlePath, project));
    if (d.hasErrors())
        return std::nullopt;
    // Written into a new folder beside the target, then renamed into place: a failure leaves
    // nothing behind, and no link already in the target can lead a file outside it.
    const QFileInfo targetInfo(directory);
    if (targetInfo.exists() &&
        (!targetInfo.isDir() ||
         !QDir(directory)
              .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden)
              .isEmpty())) {
        d.error({}, Tr::tr("'%1' already exists and is not an empty folder: extract into a new "
                           "folder")
                        .arg(directory));
        return std::nullopt;
    }
    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent)) {
        d.error({}, Tr::tr("cannot create the folder '%1'").arg(parent));
        return std::nullopt;
    }
    QTemporaryDir staging(parent + QStringLiteral("/.twinloom-extract-XXXXXX"));
    if (!staging.isValid()) {
        d.error({}, Tr::tr("cannot write in '%1': %2").arg(parent, staging.errorString()));
        return std::nullopt;
    }
    const QDir stage(staging.path());
    for (const auto &[name, bytes] : contents) {
        const QString path = stage.filePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            d.error({}, Tr::tr("cannot create the folder for '%1'").arg(name));
            return std::nullopt;
        }
        QFile out(path);
        // A new file in a new folder; O_EXCL-like: an existing one (a second entry of the same
        // name) is an error, not overwritten.
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            out.write(bytes) != bytes.size() || !out.flush()) {
            d.error({}, Tr::tr("cannot write '%1': %2").arg(name, out.errorString()));
            return std::nullopt;
        }
    }
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther);
    // rename(2) replaces an empty folder in one step.
    if (::rename(QFile::encodeName(staging.path()).constData(),
                 QFile::encodeName(targetInfo.absoluteFilePath()).constData()) != 0) {
        d.error({}, Tr::tr("cannot move the extracted bundle into '%1': %2")
                        .arg(directory, QString::fromLocal8Bit(std::strerror(errno))));
        return std::nullopt;
    }
    staging.setAutoRemove(false);
    const QDir target(targetInfo.absoluteFilePath());
    return target.filePath(project);
}

} // namespace twinloom::Bundle
