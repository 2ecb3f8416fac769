#pragma once

#include <QtCore/QString>

#include <vector>

namespace twinloom {

// One problem found in a configuration or document: where it is (a JSON pointer, RFC 6901) and a
// sentence a person understands.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString pointer;
    QString message;
    QString file;

    // "file:pointer: error: message"; the parts that are empty are left out.
    QString toString() const;
    // "file:pointer: message", for a log line that gives the severity itself.
    QString withoutSeverity() const;
};

// Collects every problem of a load instead of stopping at the first one.
class Diagnostics
{
public:
    void error(const QString &pointer, const QString &message);
    void warning(const QString &pointer, const QString &message);
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void append(const Diagnostics &other);
    // Sets the file of every diagnostic that has none yet.
    void setFile(const QString &file);

    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    bool isEmpty() const { return m_items.empty(); }
    const std::vector<Diagnostic> &items() const { return m_items; }
    const Diagnostic *firstError() const;
    QString toString() const;

private:
    std::vector<Diagnostic> m_items;
};

// Builds "/a/b" from "/a" and "b", escaping '~' and '/' as RFC 6901 requires.
QString pointerAppend(const QString &base, const QString &token);
QString pointerAppend(const QString &base, qsizetype index);

} // namespace twinloom
