#pragma once

// What every fuzz target shares: a Qt application object (translations, the JavaScript engine of
// script steps and QTemporaryDir need one) and the built-in adapters, set up once.

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace twinloom::Fuzz {

inline void initApplication()
{
    static int argc = 1;
    static char name[] = "twinloom-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What a target found wrong with a result it could check (a round trip that broke): printed,
// then abort(), which libFuzzer reports as a crash and saves the input of.
[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what.toLocal8Bit().constData());
    std::abort();
}

} // namespace twinloom::Fuzz
