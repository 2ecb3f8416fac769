#pragma once

// Reads a JSON file for a test, a UTF-8 byte-order mark allowed (the official DTDL cases have
// one); a file that cannot be read or parsed gives a discarded value.

#include <QtCore/QFile>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

namespace twinloom::Test {

inline nlohmann::json readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nlohmann::json(nlohmann::json::value_t::discarded);
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
}

} // namespace twinloom::Test
