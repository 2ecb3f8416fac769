// CoRE Link Format (RFC 6690) documents, as a CoAP device's /.well-known/core answers them.

#include "adapters/coap/linkformat.h"
#include "fuzzsupport.h"

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    if (!parseLinkFormat(Fuzz::bytes(data, size), &error) && error.isEmpty())
        Fuzz::fail(QStringLiteral("a link-format document was refused without a reason"));
    return 0;
}
