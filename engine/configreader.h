#pragma once

#include "engine/clock.h"
#include "engine/diagnostics.h"

#include <QtCore/QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace twinloom {

// Reads typed fields of one configuration object and reports a missing or wrong field at its JSON
// pointer: "<subject> needs "period"", "/period: "period" must be a positive duration…".
class ConfigReader
{
public:
    ConfigReader(const nlohmann::json &json, QString pointer, Diagnostics &diagnostics,
                 QString subject);

    bool has(const char *key) const;
    std::optional<double> number(const char *key, bool required = false);
    // A whole number from `min` to `max`; `message` says what is wrong otherwise (default:
    // "\"key\" must be a whole number from min to max").
    std::optional<int> integer(const char *key, int min, int max, const QString &message = {});
    QString string(const char *key, bool required = false);
    // A positive ISO 8601 duration ("PT0.5S") or number of seconds, in microseconds.
    std::optional<Timestamp> duration(const char *key, bool required = false);
    std::optional<bool> boolean(const char *key);

    // Reports a field that has the right type but a wrong value.
    void error(const char *key, const QString &message) { wrong(key, message); }

    // False once any field was missing or wrong.
    bool ok() const { return m_ok; }
    const QString &pointer() const { return m_pointer; }
    const nlohmann::json &json() const { return m_json; }
    Diagnostics *diagnostics() const { return &m_diagnostics; }

private:
    const nlohmann::json *find(const char *key, bool required);
    void wrong(const char *key, const QString &message);

    const nlohmann::json &m_json;
    QString m_pointer;
    Diagnostics &m_diagnostics;
    QString m_subject;
    bool m_ok = true;
};

// A field of `json` if it is there with that type; nullopt otherwise. Never throws, unlike
// nlohmann's value(), so untrusted documents cannot crash a reader.
std::optional<QString> jsonString(const nlohmann::json &json, const char *key);
std::optional<QString> jsonString(const nlohmann::ordered_json &json, const char *key);
std::optional<std::int64_t> jsonInteger(const nlohmann::json &json, const char *key);
std::optional<bool> jsonBoolean(const nlohmann::json &json, const char *key);

// A file a project names (a model file, a CSV to replay) resolved against the project's folder.
// Only a relative path that stays inside that folder, links resolved, is accepted: a project (and
// a bundle made of it) carries its own files and reads nothing else on the machine.
std::optional<QString> projectFile(const QString &baseDirectory, const QString &file,
                                   QString *error);
// Whether `path` is relative and, cleaned, stays inside the folder it is resolved against.
bool isInsideRelative(const QString &path);

} // namespace twinloom
