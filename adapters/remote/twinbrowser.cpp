#include "adapters/remote/twinbrowser.h"

#include "adapters/coap/coaptwinbrowser.h"
#include "adapters/http/httptwinbrowser.h"
#include "adapters/mqtt/mqtttwinbrowser.h"
#include "adapters/tr.h"
#include "engine/jsoninput.h"

namespace twinloom {

TwinBrowser::TwinBrowser(RemoteSource source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{}

TwinBrowser::~TwinBrowser() = default;

std::unique_ptr<TwinBrowser> TwinBrowser::create(const RemoteSource &source, QObject *parent)
{
    if (source.kind == RemoteSource::Kind::Coap)
        return std::make_unique<CoapTwinBrowser>(source, parent);
    if (source.kind == RemoteSource::Kind::Http)
        return std::make_unique<HttpTwinBrowser>(source, parent);
    return std::make_unique<MqttTwinBrowser>(source, parent);
}

void TwinBrowser::describe(const QString &id, const QString &where, const QByteArray &payload,
                           const QString &lifecycle)
{
    QString why;
    const auto d = TwinDescription::fromJson(JsonInput::parseOrDiscarded(payload), id, where, &why);
    if (!d) {
        Q_EMIT problem(Adapters::Tr::tr("not a twin description: %1").arg(why));
        return;
    }
    Q_EMIT described(id, *d, lifecycle);
}

void TwinBrowser::setReachable(bool reachable, const QString &reason)
{
    if (reachable == m_reachable && (reachable || m_unreachableReported))
        return;
    m_reachable = reachable;
    if (reachable)
        m_unreachableReported = false;
    else
        m_unreachableReported = true;
    Q_EMIT reachabilityChanged(reachable, reason);
}

} // namespace twinloom
