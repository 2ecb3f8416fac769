// Azure Digital Twins Explorer documents and bulk-import files through the importer.

#include "engine/interop/adt.h"
#include "fuzzsupport.h"

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Explorer documents and bulk-import files are told apart by their content.
    const auto output = Adt::importGraph(
        {Interop::InputFile{QStringLiteral("fuzz.json"), Fuzz::bytes(data, size)}});
    if (!output.project && output.diagnostics.errorCount() == 0)
        Fuzz::fail(QStringLiteral("an import failed without an error"));
    if (output.project)
        (void)Adt::exportExplorer(*output.project);
    return 0;
}
