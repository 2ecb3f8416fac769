#include "adapters/coap/coapcontract.h"

#include <QtCore/QUrl>

namespace twinloom::Coap {

QString pathSegment(const QString &name)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(name));
}

TwinPaths::TwinPaths(const QString &twinId)
    : m_base(QStringLiteral("/twins/") + pathSegment(twinId))
{}

QString TwinPaths::property(const QString &name) const
{
    return m_base + QStringLiteral("/properties/") + pathSegment(name);
}

QString TwinPaths::event(const QString &name) const
{
    return m_base + QStringLiteral("/events/") + pathSegment(name);
}

QString TwinPaths::action(const QString &name) const
{
    return m_base + QStringLiteral("/actions/") + pathSegment(name);
}

QString TwinPaths::allMembers() const
{
    return m_base + QStringLiteral("/*/*");
}

QString TwinPaths::twinOfDescription(QStringView path)
{
    static const QLatin1String prefix("/twins/");
    if (!path.startsWith(prefix))
        return {};
    const QStringView rest = path.mid(prefix.size());
    if (rest.isEmpty() || rest.contains(QLatin1Char('/')))
        return {};
    return QUrl::fromPercentEncoding(rest.toUtf8());
}

} // namespace twinloom::Coap
