// The project loader as `twinloom-run --check` runs it (every adapter and pipeline step known),
// then what is done with a valid project: its canonical bytes (which must load again), its twin
// order, and the exports to DTDL, WoT, Ditto and Azure Digital Twins.

#include "adapters/builtinadapters.h"
#include "engine/adapter.h"
#include "engine/interop/adt.h"
#include "engine/interop/ditto.h"
#include "engine/interop/dtdlproject.h"
#include "engine/interop/wot.h"
#include "engine/project.h"
#include "engine/script/scriptstep.h"
#include "fuzzsupport.h"

#include <QtCore/QTemporaryDir>

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    registerBuiltinAdapters(AdapterRegistry::global());
    registerScriptStep();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Model files and CSV replays are looked up in an empty folder: they are never found, and
    // nothing outside it is ever read.
    static QTemporaryDir folder;
    Diagnostics diagnostics;
    const auto project = Project::fromBytes(Fuzz::bytes(data, size), diagnostics, folder.path(),
                                            &AdapterRegistry::global());
    if (!project) {
        if (diagnostics.errorCount() == 0)
            Fuzz::fail(QStringLiteral("a project was refused without an error"));
        return 0;
    }
    Diagnostics again;
    if (!Project::fromBytes(project->toBytes(), again, folder.path(), &AdapterRegistry::global()))
        Fuzz::fail(QStringLiteral("the canonical bytes of a valid project do not load: ") +
                   again.toString());
    for (const DeploymentNode &node : project->nodes())
        (void)project->twinOrder(node.name);
    (void)project->twinOrder({});
    (void)Dtdl::exportModelFiles(*project);
    (void)Wot::exportThingDescriptions(*project);
    (void)Ditto::exportThings(*project);
    (void)Adt::exportExplorer(*project);
    return 0;
}
