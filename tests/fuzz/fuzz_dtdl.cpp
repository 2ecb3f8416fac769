// DTDL documents through the parser, and what a valid result becomes: models of a project.

#include "engine/interop/dtdlparser.h"
#include "engine/interop/dtdlproject.h"
#include "fuzzsupport.h"

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Dtdl::ModelParser parser;
    parser.addDocument(QStringLiteral("fuzz.json"), Fuzz::bytes(data, size));
    const Dtdl::ParseResult result = parser.parse();
    Project::Json document = {{"format", Project::kFormat}, {"version", Project::kFormatVersion}};
    Diagnostics diagnostics;
    if (Dtdl::addModels(result, document, diagnostics)) {
        Diagnostics loaded;
        (void)Project::fromJson(std::move(document), loaded);
    }
    return 0;
}
