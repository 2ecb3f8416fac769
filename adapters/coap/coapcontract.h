#pragma once

#include <QtCore/QString>

// The CoAP contract of a twin's digital interface: its resource paths and the link attributes
// that list them in /.well-known/core. The CoAP server serves it, the CoAP physical adapter
// (mirrors of remote twins) reads it, the WoT binding and remote discovery describe and browse it.
// For twin T:
//   /twins/T                  its description (TwinDescription + "href"s; Observe: lifecycle)
//   /twins/T/properties/NAME  GET and Observe the reported value; PUT sets the desired value
//   /twins/T/actions/NAME     POST the argument; the answer is the action's result
//   /twins/T/events/NAME      GET and Observe the last event
// Path segments are percent-encoded.
namespace twinloom::Coap {

// Resource types (rt) and interface descriptions (if) of the link format.
inline constexpr const char *kTwinResourceType = "twinloom.twin";
inline constexpr const char *kPropertyResourceType = "twinloom.property";
inline constexpr const char *kEventResourceType = "twinloom.event";
inline constexpr const char *kActionResourceType = "twinloom.action";

class TwinPaths
{
public:
    explicit TwinPaths(const QString &twinId);

    const QString &description() const { return m_base; } // /twins/T
    QString property(const QString &name) const;
    QString event(const QString &name) const;
    QString action(const QString &name) const;
    // Every member resource of the twin, as a path wildcard of the CoAP adapter's discovery.
    QString allMembers() const;

    // The twin a description path names (/twins/T), or an empty string.
    static QString twinOfDescription(QStringView path);

private:
    QString m_base;
};

// A percent-encoded path segment.
QString pathSegment(const QString &name);

} // namespace twinloom::Coap
