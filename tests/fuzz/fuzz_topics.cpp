// MQTT topic templates ("devices/{id}/+/temp") and observation filters ("twins/+/properties/#"):
// the first line of an input is the pattern, the second a topic matched against it.

#include "adapters/mqtt/topictemplate.h"
#include "engine/topicfilter.h"
#include "fuzzsupport.h"

#include <QtCore/QHash>

using namespace twinloom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString pattern = newline < 0 ? text : text.left(newline);
    const QString topic = newline < 0 ? QString() : text.mid(newline + 1);

    QString error;
    if (const auto parsed = TopicTemplate::parse(pattern, QStringLiteral("twin-1"), &error)) {
        (void)parsed->filter();
        QHash<QString, QString> captures;
        if (parsed->match(topic, &captures))
            (void)TopicTemplate::expand(pattern, captures);
    } else if (error.isEmpty()) {
        Fuzz::fail(QStringLiteral("a topic template was refused without a reason"));
    }
    error.clear();
    if (const auto filter = TopicFilter::parse(pattern, &error)) {
        (void)filter->matches(topic);
        (void)filter->mayMatchTwin(topic);
    } else if (error.isEmpty()) {
        Fuzz::fail(QStringLiteral("a topic filter was refused without a reason"));
    }
    return 0;
}
