// One payload codec (TWINLOOM_FUZZ_CODEC names it) as a device message meets it: decoded, each
// value's fields selected by JSON pointers, each value encoded again and decoded back.

#include "adapters/codec/payloadcodec.h"
#include "adapters/codec/valuefield.h"
#include "fuzzsupport.h"

using namespace twinloom;

namespace {

PayloadCodec codecFor(const std::uint8_t *data, std::size_t size)
{
    const auto named = payloadCodecFromName(QStringLiteral(TWINLOOM_FUZZ_CODEC));
    if (!named)
        Fuzz::fail(QStringLiteral("unknown codec " TWINLOOM_FUZZ_CODEC));
    // SenML comes as JSON or CBOR: the first byte of an input chooses between them.
    if (*named == PayloadCodec::SenML && size > 0 && (data[0] & 0xe0) == 0x80)
        return PayloadCodec::SenMLCbor;
    return *named;
}

const QStringList &pointers()
{
    static const QStringList list = {QString(),
                                     QStringLiteral("/0"),
                                     QStringLiteral("/v"),
                                     QStringLiteral("/env/t"),
                                     QStringLiteral("/a~1b"),
                                     QStringLiteral("/0/1/2/3")};
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const PayloadCodec codec = codecFor(data, size);
    QString error;
    const auto decoded = decodePayload(codec, Fuzz::bytes(data, size), &error);
    if (!decoded) {
        if (error.isEmpty())
            Fuzz::fail(QStringLiteral("a payload was refused without a reason"));
        return 0;
    }
    for (const DecodedValue &item : *decoded) {
        for (const QString &pointer : pointers()) {
            const auto field = ValueField::parse(pointer);
            if (field && !field->select(item.value))
                (void)field->missing();
        }
        (void)item.value.toString();
        const QByteArray encoded = encodePayload(codec, item.value);
        QString again;
        if (codec != PayloadCodec::Text && codec != PayloadCodec::SenML &&
            codec != PayloadCodec::SenMLCbor && !decodePayload(codec, encoded, &again))
            Fuzz::fail(QStringLiteral("a decoded value does not decode again once encoded: ") +
                       again);
    }
    return 0;
}
