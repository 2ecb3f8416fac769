#include "engine/diagnostics.h"

#include "engine/tr.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

namespace twinloom {

namespace {
// "file:pointer", "file", "pointer" or nothing.
QString locationOf(const Diagnostic &d)
{
    if (d.file.isEmpty())
        return d.pointer;
    return d.pointer.isEmpty() ? d.file : d.file + QLatin1Char(':') + d.pointer;
}
} // namespace

QString Diagnostic::toString() const
{
    const QString level = severity == Severity::Error ? Tr::tr("error") : Tr::tr("warning");
    const QString where = locationOf(*this);
    if (where.isEmpty())
        return level + QStringLiteral(": ") + message;
    if (file.isEmpty())
        return level + QStringLiteral(": ") + where + QStringLiteral(": ") + message;
    return where + QStringLiteral(": ") + level + QStringLiteral(": ") + message;
}

QString Diagnostic::withoutSeverity() const
{
    const QString where = locationOf(*this);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

void Diagnostics::error(const QString &pointer, const QString &message)
{
    m_items.push_back({Diagnostic::Severity::Error, pointer, message, {}});
}

void Diagnostics::warning(const QString &pointer, const QString &message)
{
    m_items.push_back({Diagnostic::Severity::Warning, pointer, message, {}});
}

void Diagnostics::append(const Diagnostics &other)
{
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

void Diagnostics::setFile(const QString &file)
{
    for (Diagnostic &d : m_items) {
        if (d.file.isEmpty())
            d.file = file;
    }
}

bool Diagnostics::hasErrors() const
{
    return firstError() != nullptr;
}

int Diagnostics::errorCount() const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error;
    }));
}

int Diagnostics::warningCount() const
{
    return static_cast<int>(m_items.size()) - errorCount();
}

const Diagnostic *Diagnostics::firstError() const
{
    for (const Diagnostic &d : m_items) {
        if (d.severity == Diagnostic::Severity::Error)
            return &d;
    }
    return nullptr;
}

QString Diagnostics::toString() const
{
    QStringList lines;
    for (const Diagnostic &d : m_items)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

QString pointerAppend(const QString &base, const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"))
        .replace(QLatin1Char('/'), QStringLiteral("~1"));
    return base + QLatin1Char('/') + escaped;
}

QString pointerAppend(const QString &base, qsizetype index)
{
    return base + QLatin1Char('/') + QString::number(index);
}

} // namespace twinloom
