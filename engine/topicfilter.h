#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace twinloom {

// An MQTT-style filter over observation topics: "twins/+/properties/#". '+' matches one segment,
// '#' (last) any number of segments including none. Topics are
//   twins/{twin}/properties/{name}   twins/{twin}/desired/{name}   twins/{twin}/events/{name}
//   twins/{twin}/relationships/{name}   twins/{twin}/actions/{name}   twins/{twin}/lifecycle
// where a component's property name holds a '/' ("thermostat/temperature").
class TopicFilter
{
public:
    // nullopt with a sentence in error when the filter is malformed.
    static std::optional<TopicFilter> parse(const QString &filter, QString *error = nullptr);

    const QString &text() const { return m_text; }
    bool matches(QStringView topic) const;
    // Could any topic of this twin match? Used to cache subscriptions per twin.
    bool mayMatchTwin(QStringView twinId) const;
    bool matches(QStringView twinId, QStringView segment, QStringView key) const;

private:
    QString m_text;
    QStringList m_segments;
};

} // namespace twinloom
