// Durations (ISO 8601 "PT1M30S"), date-times and units: the first line of an input is read as a
// duration (which must read back as written), a date-time, as JSON for a model's maxAge, and as a
// unit name; the second as the unit to convert to.

#include "engine/jsoninput.h"
#include "engine/twinmodel.h"
#include "engine/units.h"
#include "engine/value.h"
#include "fuzzsupport.h"

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray first = newline < 0 ? input : input.left(newline);
    const QByteArray second = newline < 0 ? QByteArray() : input.mid(newline + 1);

    const QString text = QString::fromUtf8(first);
    if (const auto duration = parseDuration(text)) {
        const QString written = formatDuration(*duration);
        if (parseDuration(written) != duration)
            Fuzz::fail(QStringLiteral("the duration '%1' read from '%2' does not read back")
                           .arg(written, text));
    }
    (void)parseDateTime(text);
    if (const auto json = JsonInput::parse(first))
        (void)parseDurationMicros(*json);
    const Unit *from = Units::find(text);
    const Unit *to = Units::find(QString::fromUtf8(second));
    if (from && to)
        (void)Units::convert(1.5, *from, *to);
    return 0;
}
