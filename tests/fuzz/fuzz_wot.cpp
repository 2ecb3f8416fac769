// W3C WoT Thing Descriptions and Thing Models through the importer.

#include "adapters/builtinadapters.h"
#include "engine/adapter.h"
#include "engine/interop/wot.h"
#include "fuzzsupport.h"

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    registerBuiltinAdapters(AdapterRegistry::global()); // the bindings that read forms
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto output = Wot::importThingDescriptions(
        {Interop::InputFile{QStringLiteral("fuzz.td.json"), Fuzz::bytes(data, size)}});
    if (!output.project && output.diagnostics.errorCount() == 0)
        Fuzz::fail(QStringLiteral("an import failed without an error"));
    if (output.project)
        (void)Wot::exportThingDescriptions(*output.project);
    return 0;
}
