// Bundles (zip archives) as `twinloom-run --extract` and a bundle given to the runner read them:
// each input is written to a file and extracted into a new folder, which is then removed.

#include "engine/bundle/bundle.h"
#include "fuzzsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir scratch;
    const QString archive = scratch.filePath(QStringLiteral("input.zip"));
    const QString target = scratch.filePath(QStringLiteral("out"));
    {
        QFile file(archive);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            Fuzz::fail(QStringLiteral("cannot write ") + archive);
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Diagnostics diagnostics;
    const auto project = Bundle::extractBundle(archive, target, diagnostics);
    if (!project && diagnostics.errorCount() == 0)
        Fuzz::fail(QStringLiteral("a bundle was refused without an error"));
    if (project && !QFileInfo(*project).canonicalFilePath().startsWith(
                       QDir(target).canonicalPath() + QLatin1Char('/')))
        Fuzz::fail(QStringLiteral("a bundle's project file is outside its folder: ") + *project);
    // Nothing may have been written beside the folder extraction was told to use.
    const QStringList entries =
        QDir(scratch.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries)
        if (entry != QLatin1String("input.zip") && entry != QLatin1String("out"))
            Fuzz::fail(QStringLiteral("extraction left '%1' beside its folder").arg(entry));
    QDir(target).removeRecursively();
    return 0;
}
