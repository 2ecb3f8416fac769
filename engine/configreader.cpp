#include "engine/configreader.h"

#include "engine/tr.h"
#include "engine/twinmodel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>

namespace twinloom {

ConfigReader::ConfigReader(const nlohmann::json &json, QString pointer, Diagnostics &diagnostics,
                           QString subject)
    : m_json(json)
    , m_pointer(std::move(pointer))
    , m_diagnostics(diagnostics)
    , m_subject(std::move(subject))
{}

bool ConfigReader::has(const char *key) const
{
    return m_json.is_object() && m_json.contains(key);
}

const nlohmann::json *ConfigReader::find(const char *key, bool required)
{
    if (m_json.is_object()) {
        auto it = m_json.find(key);
        if (it != m_json.end())
            return &*it;
    }
    if (required) {
        m_diagnostics.error(m_pointer,
                            Tr::tr("%1 needs \"%2\"").arg(m_subject, QLatin1String(key)));
        m_ok = false;
    }
    return nullptr;
}

void ConfigReader::wrong(const char *key, const QString &message)
{
    m_diagnostics.error(m_pointer + QLatin1Char('/') + QLatin1String(key), message);
    m_ok = false;
}

std::optional<double> ConfigReader::number(const char *key, bool required)
{
    const nlohmann::json *j = find(key, required);
    if (!j)
        return std::nullopt;
    if (!j->is_number() || !std::isfinite(j->get<double>())) {
        wrong(key, Tr::tr("\"%1\" must be a number").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return j->get<double>();
}

std::optional<int> ConfigReader::integer(const char *key, int min, int max, const QString &message)
{
    const auto n = number(key);
    if (!n)
        return std::nullopt;
    if (*n < min || *n > max || std::floor(*n) != *n) {
        wrong(key, !message.isEmpty() ? message
                                      : Tr::tr("\"%1\" must be a whole number from %2 to %3")
                                            .arg(QLatin1String(key))
                                            .arg(min)
                                            .arg(max));
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

QString ConfigReader::string(const char *key, bool required)
{
    const nlohmann::json *j = find(key, required);
    if (!j)
        return {};
    if (!j->is_string()) {
        wrong(key, Tr::tr("\"%1\" must be a string").arg(QLatin1String(key)));
        return {};
    }
    return QString::fromStdString(j->get<std::string>());
}

std::optional<Timestamp> ConfigReader::duration(const char *key, bool required)
{
    const nlohmann::json *j = find(key, required);
    if (!j)
        return std::nullopt;
    auto micros = parseDurationMicros(*j);
    if (!micros || *micros <= 0) {
        wrong(key,
              Tr::tr("\"%1\" must be a positive duration: seconds, or ISO 8601 such as \"PT0.5S\"")
                  .arg(QLatin1String(key)));
        return std::nullopt;
    }
    return micros;
}

std::optional<bool> ConfigReader::boolean(const char *key)
{
    const nlohmann::json *j = find(key, false);
    if (!j)
        return std::nullopt;
    if (!j->is_boolean()) {
        wrong(key, Tr::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return j->get<bool>();
}

namespace {
template<class Json>
std::optional<QString> stringAt(const Json &json, const char *key)
{
    if (!json.is_object())
        return std::nullopt;
    auto it = json.find(key);
    if (it == json.end() || !it->is_string())
        return std::nullopt;
    return QString::fromStdString(it->template get<std::string>());
}
} // namespace

std::optional<QString> jsonString(const nlohmann::json &json, const char *key)
{
    return stringAt(json, key);
}

std::optional<QString> jsonString(const nlohmann::ordered_json &json, const char *key)
{
    return stringAt(json, key);
}

std::optional<std::int64_t> jsonInteger(const nlohmann::json &json, const char *key)
{
    if (!json.is_object())
        return std::nullopt;
    auto it = json.find(key);
    if (it == json.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

std::optional<bool> jsonBoolean(const nlohmann::json &json, const char *key)
{
    if (!json.is_object())
        return std::nullopt;
    auto it = json.find(key);
    if (it == json.end() || !it->is_boolean())
        return std::nullopt;
    return it->get<bool>();
}

bool isInsideRelative(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('/')) ||
        path.contains(QLatin1Char('\\')))
        return false;
    const QString clean = QDir::cleanPath(path);
    return clean != QLatin1String("..") && !clean.startsWith(QLatin1String("../")) &&
           !clean.contains(QLatin1String("/../"));
}

std::optional<QString> projectFile(const QString &baseDirectory, const QString &file,
                                   QString *error)
{
    const QDir base(baseDirectory.isEmpty() ? QStringLiteral(".") : baseDirectory);
    const QString root = base.canonicalPath();
    const QFileInfo info(base.filePath(file));
    const QString canonical = info.canonicalFilePath();
    if (!isInsideRelative(file) ||
        (!canonical.isEmpty() && !canonical.startsWith(root + QLatin1Char('/')))) {
        if (error)
            *error = Tr::tr("'%1' is not inside the project's folder: a project reads only its "
                            "own files (a relative path, no '..', no link leading out)")
                         .arg(file);
        return std::nullopt;
    }
    return info.filePath();
}

} // namespace twinloom
