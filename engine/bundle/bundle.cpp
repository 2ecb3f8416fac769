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
#include <QtCore/QTemporaryFile>

#include <nlohmann/json.hpp>

#include <memory>
#include <zip.h>

namespace twinloom::Bundle {

namespace {
constexpr qint64 kMaxTotalBytes = qint64{1} << 30; // 1 GiB uncompressed
constexpr zip_int64_t kMaxEntries = 100000;

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};

QString zipError(zip_t *z)
{
    return QString::fromUtf8(zip_strerror(z));
}

// A relative path that stays inside the folder it is resolved against.
bool isSafeRelative(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('/')) ||
        path.contains(QLatin1Char('\\')))
        return false;
    const QString clean = QDir::cleanPath(path);
    return clean != QLatin1String("..") && !clean.startsWith(QLatin1String("../")) &&
           !clean.contains(QLatin1String("/../"));
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
    const QDir base(project.baseDirectory());
    for (const QString &file : project.referencedFiles()) {
        if (!isSafeRelative(file)) {
            d.error({}, Tr::tr("'%1' is not a path inside the project's "
                               "folder; a bundle holds only such files")
                            .arg(file));
            continue;
        }
        QFile f(base.filePath(file));
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
        if (!isSafeRelative(name)) {
            d.error(
                {},
                Tr::tr("'%1': the entry '%2' would be written outside the target folder; refused")
                    .arg(bundlePath, name));
            return std::nullopt;
        }
        total += static_cast<qint64>(st.size);
        if (total > kMaxTotalBytes) {
            d.error({}, Tr::tr("'%1' unpacks to more than 1 GiB; refused").arg(bundlePath));
            return std::nullopt;
        }
        zip_file_t *file = zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(i), 0);
        if (!file) {
            d.error({}, Tr::tr("'%1': cannot open the entry '%2': %3")
                            .arg(bundlePath, name, zipError(zip.get())));
            return std::nullopt;
        }
        QByteArray bytes(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, bytes.data(), st.size);
        zip_fclose(file);
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
    for (const auto &f : manifest["files"]) {
        const QString path = jsonString(f, "path").value_or(QString());
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
    if (d.hasErrors())
        return std::nullopt;
    const QDir target(directory);
    for (const auto &[name, bytes] : contents) {
        const QString path = target.filePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            d.error({}, Tr::tr("cannot create the folder for '%1'").arg(path));
            return std::nullopt;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            d.error({}, Tr::tr("cannot write '%1': %2").arg(path, out.errorString()));
            return std::nullopt;
        }
    }
    const QString project =
        jsonString(manifest, "project").value_or(QString::fromLatin1(kProjectEntry));
    if (!contents.count(QDir::cleanPath(project))) {
        d.error({}, Tr::tr("'%1' holds no project file '%2'").arg(bundlePath, project));
        return std::nullopt;
    }
    return target.filePath(project);
}

} // namespace twinloom::Bundle
