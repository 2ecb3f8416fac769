#include "engine/units.h"

#include <QtCore/QStringList>

#include <vector>

namespace twinloom::Units {

namespace {
const std::vector<Unit> &table()
{
    static const std::vector<Unit> units = [] {
        std::vector<Unit> u;
        auto add = [&u](const char *name, const char *symbol, const char *dim, double factor,
                        double offset = 0.0) {
            u.push_back({QString::fromLatin1(name), QString::fromUtf8(symbol),
                         QString::fromLatin1(dim), factor, offset});
        };
        add("kelvin", "K", "Temperature", 1.0);
        add("degreeCelsius", "°C", "Temperature", 1.0, 273.15);
        add("degreeFahrenheit", "°F", "Temperature", 5.0 / 9.0, 273.15 - 32.0 * 5.0 / 9.0);
        add("pascal", "Pa", "Pressure", 1.0);
        add("kilopascal", "kPa", "Pressure", 1e3);
        add("hectopascal", "hPa", "Pressure", 1e2);
        add("bar", "bar", "Pressure", 1e5);
        add("millibar", "mbar", "Pressure", 1e2);
        add("poundPerSquareInch", "psi", "Pressure", 6894.757293168);
        add("millimetresOfMercury", "mmHg", "Pressure", 133.322387415);
        add("metre", "m", "Length", 1.0);
        add("centimetre", "cm", "Length", 1e-2);
        add("millimetre", "mm", "Length", 1e-3);
        add("kilometre", "km", "Length", 1e3);
        add("foot", "ft", "Length", 0.3048);
        add("inch", "in", "Length", 0.0254);
        add("mile", "mi", "Length", 1609.344);
        add("second", "s", "TimeSpan", 1.0);
        add("millisecond", "ms", "TimeSpan", 1e-3);
        add("microsecond", "µs", "TimeSpan", 1e-6);
        add("minute", "min", "TimeSpan", 60.0);
        add("hour", "h", "TimeSpan", 3600.0);
        add("day", "d", "TimeSpan", 86400.0);
        add("metrePerSecond", "m/s", "Velocity", 1.0);
        add("kilometrePerHour", "km/h", "Velocity", 1.0 / 3.6);
        add("milePerHour", "mph", "Velocity", 0.44704);
        add("knot", "kn", "Velocity", 1852.0 / 3600.0);
        add("kilogram", "kg", "Mass", 1.0);
        add("gram", "g", "Mass", 1e-3);
        add("tonne", "t", "Mass", 1e3);
        add("pound", "lb", "Mass", 0.45359237);
        add("watt", "W", "Power", 1.0);
        add("kilowatt", "kW", "Power", 1e3);
        add("megawatt", "MW", "Power", 1e6);
        add("horsepower", "hp", "Power", 745.6998715822702);
        add("joule", "J", "Energy", 1.0);
        add("kilojoule", "kJ", "Energy", 1e3);
        add("wattHour", "Wh", "Energy", 3600.0);
        add("kilowattHour", "kWh", "Energy", 3.6e6);
        add("volt", "V", "ElectricPotential", 1.0);
        add("millivolt", "mV", "ElectricPotential", 1e-3);
        add("kilovolt", "kV", "ElectricPotential", 1e3);
        add("ampere", "A", "ElectricCurrent", 1.0);
        add("milliampere", "mA", "ElectricCurrent", 1e-3);
        add("hertz", "Hz", "Frequency", 1.0);
        add("kilohertz", "kHz", "Frequency", 1e3);
        add("revolutionPerMinute", "rpm", "Frequency", 1.0 / 60.0);
        add("litre", "L", "Volume", 1e-3);
        add("millilitre", "mL", "Volume", 1e-6);
        add("cubicMetre", "m³", "Volume", 1.0);
        add("litrePerSecond", "L/s", "VolumeFlowRate", 1e-3);
        add("cubicMetrePerHour", "m³/h", "VolumeFlowRate", 1.0 / 3600.0);
        add("litrePerHour", "L/h", "VolumeFlowRate", 1e-3 / 3600.0);
        add("percent", "%", "Ratio", 1e-2);
        add("unity", "", "Ratio", 1.0);
        add("partsPerMillion", "ppm", "Concentration", 1e-6);
        add("partsPerBillion", "ppb", "Concentration", 1e-9);
        add("lux", "lx", "Illuminance", 1.0);
        add("decibel", "dB", "SoundPressure", 1.0);
        add("degreeOfArc", "°", "Angle", 3.14159265358979323846 / 180.0);
        add("radian", "rad", "Angle", 1.0);
        add("byte", "B", "DataSize", 1.0);
        add("kibibyte", "KiB", "DataSize", 1024.0);
        add("mebibyte", "MiB", "DataSize", 1024.0 * 1024.0);
        add("bitPerSecond", "bit/s", "DataRate", 1.0);
        add("kilobitPerSecond", "kbit/s", "DataRate", 1e3);
        add("megabitPerSecond", "Mbit/s", "DataRate", 1e6);
        return u;
    }();
    return units;
}
} // namespace

const Unit *find(QStringView name)
{
    for (const Unit &u : table()) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

std::optional<double> convert(double value, const Unit &from, const Unit &to)
{
    if (from.dimension != to.dimension)
        return std::nullopt;
    const double si = value * from.factor + from.offset;
    return (si - to.offset) / to.factor;
}

QStringList names()
{
    QStringList n;
    for (const Unit &u : table())
        n << u.name;
    return n;
}

} // namespace twinloom::Units
