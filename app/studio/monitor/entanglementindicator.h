#pragma once

#include "engine/engine.h"
#include "engine/entanglement.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QVariant>

namespace twinloom::Studio {

// The live entanglement of one twin for the Monitor's header: timeliness, reliability,
// availability and their product. Measured when asked (once a second), never per message.
class EntanglementIndicator : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool shown READ isShown NOTIFY changed)
    Q_PROPERTY(QString twin READ twin NOTIFY changed)
    Q_PROPERTY(double odte READ odte NOTIFY changed)
    Q_PROPERTY(double timeliness READ timeliness NOTIFY changed)
    Q_PROPERTY(double reliability READ reliability NOTIFY changed)
    Q_PROPERTY(double availability READ availability NOTIFY changed)
    Q_PROPERTY(bool hasLimits READ hasLimits NOTIFY changed)
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString details READ details NOTIFY changed)
    Q_PROPERTY(QVariantList shares READ shares NOTIFY changed)

public:
    explicit EntanglementIndicator(QObject *parent = nullptr);

    // The twin to follow; empty hides the indicator.
    void setTwin(const QString &twinId);
    // Takes the twin's snapshot and metrics from `engine` (null: not running, hidden) and
    // announces the figures when the snapshot arrives.
    void measure(Engine *engine);
    // Shows figures measured elsewhere.
    void show(const Entanglement &figures);
    void clear();

    bool isShown() const { return m_shown; }
    QString twin() const { return m_twin; }
    const Entanglement &figures() const { return m_figures; }
    double odte() const { return m_figures.odte(); }
    double timeliness() const { return m_figures.timeliness(); }
    double reliability() const { return m_figures.reliability(); }
    double availability() const { return m_figures.availability(); }
    bool hasLimits() const { return m_figures.limitedProperties > 0; }
    bool hasData() const { return m_figures.hasData(); }
    // "Entanglement 0.72" ("no data" before the first event), and the three shares with what they
    // count, for a tooltip.
    QString summary() const;
    QString details() const;
    // Timeliness, reliability and availability for a view: {label, value, known} each.
    QVariantList shares() const;

Q_SIGNALS:
    void changed();

private:
    QString m_twin;
    bool m_shown = false;
    bool m_pending = false;
    Entanglement m_figures;
    std::uint64_t m_generation = 0; // answers for an earlier twin are ignored
};

} // namespace twinloom::Studio
