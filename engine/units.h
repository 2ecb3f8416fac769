#pragma once

#include <QtCore/QString>

#include <optional>

namespace twinloom {

// Units by their DTDL names (degreeCelsius, kilopascal, percent…). Conversions are affine within
// one dimension: si = value * factor + offset.
struct Unit
{
    QString name;
    QString symbol;
    QString dimension; // DTDL semantic type, e.g. "Temperature"
    double factor = 1.0;
    double offset = 0.0;
};

namespace Units {
const Unit *find(QStringView name);
// Converts between two units of the same dimension; nullopt if either is unknown or they differ.
std::optional<double> convert(double value, const Unit &from, const Unit &to);
QStringList names();
} // namespace Units

} // namespace twinloom
