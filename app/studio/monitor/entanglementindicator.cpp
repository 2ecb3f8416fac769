#include "app/studio/monitor/entanglementindicator.h"

#include "app/studio/shared/tr.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>

namespace twinloom::Studio {

namespace {
QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

QString duration(Timestamp micros)
{
    const qint64 s = micros / 1'000'000;
    if (s < 120)
        return Tr::tr("%1 s").arg(s);
    if (s < 7200)
        return Tr::tr("%1 min").arg(s / 60);
    return Tr::tr("%1 h").arg(s / 3600);
}
} // namespace

EntanglementIndicator::EntanglementIndicator(QObject *parent)
    : QObject(parent)
{}

void EntanglementIndicator::setTwin(const QString &twinId)
{
    if (twinId == m_twin)
        return;
    m_twin = twinId;
    ++m_generation;
    m_pending = false;
    clear();
}

void EntanglementIndicator::measure(Engine *engine)
{
    if (!engine || m_twin.isEmpty() || !engine->contains(m_twin)) {
        clear();
        return;
    }
    if (m_pending)
        return; // the last snapshot has not arrived yet: one measurement at a time
    m_pending = true;
    const TwinMetrics metrics = engine->twinMetrics(m_twin);
    auto *watcher = new QFutureWatcher<TwinSnapshot>(this);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, metrics, generation = m_generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            m_pending = false;
            if (watcher->future().resultCount() == 0)
                return;
            show(Entanglement::measure(watcher->future().result(), metrics, Clock::now()));
        });
    watcher->setFuture(engine->snapshot(m_twin));
}

void EntanglementIndicator::show(const Entanglement &figures)
{
    m_figures = figures;
    m_shown = !m_twin.isEmpty();
    Q_EMIT changed();
}

void EntanglementIndicator::clear()
{
    if (!m_shown && m_figures.runningTime == 0)
        return;
    m_shown = false;
    m_figures = {};
    Q_EMIT changed();
}

QString EntanglementIndicator::summary() const
{
    if (!hasData())
        return Tr::tr("Entanglement: no data");
    return Tr::tr("Entanglement %1").arg(QLocale().toString(odte(), 'f', 2));
}

QString EntanglementIndicator::details() const
{
    const QString timely =
        hasLimits() ? Tr::tr("Timeliness %1: %2 of %3 properties within their maximum age")
                          .arg(percent(timeliness()))
                          .arg(m_figures.timelyProperties)
                          .arg(m_figures.limitedProperties)
                    : Tr::tr("Timeliness: no property has a maximum age");
    const QString reliable = Tr::tr("Reliability %1: %2 of %3 events dropped or failed")
                                 .arg(percent(reliability()))
                                 .arg(m_figures.eventsLost)
                                 .arg(m_figures.eventsOffered);
    const QString available = Tr::tr("Availability %1: bound %2 of %3 running")
                                  .arg(percent(availability()), duration(m_figures.boundTime),
                                       duration(m_figures.runningTime));
    if (!hasData())
        return Tr::tr("No event has reached the twin from its physical side yet.") +
               QLatin1Char('\n') + available;
    return timely + QLatin1Char('\n') + reliable + QLatin1Char('\n') + available;
}

QVariantList EntanglementIndicator::shares() const
{
    auto share = [](const QString &label, double value, bool known) {
        return QVariantMap{{QStringLiteral("label"), label},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("known"), known}};
    };
    return {share(Tr::tr("Timeliness"), timeliness(), hasLimits()),
            share(Tr::tr("Reliability"), reliability(), hasData()),
            share(Tr::tr("Availability"), availability(), true)};
}

} // namespace twinloom::Studio
