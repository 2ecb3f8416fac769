#pragma once

// Small helpers shared by the tests that drive an Engine.

#include "engine/engine.h"

namespace twinloom::Test {

// A physical property value as an adapter would hand it over.
inline PhysicalEvent propertyEvent(const QString &key, Value v)
{
    PhysicalEvent e;
    e.key = key;
    e.value = std::move(v);
    return e;
}

// The reported value of a twin's property, read on the twin's thread (null when absent).
inline Value reported(Engine &engine, const QString &twin, QStringView property)
{
    const TwinSnapshot s = engine.snapshot(twin).result();
    const PropertySnapshot *p = s.property(property);
    return p ? p->reported : Value();
}

} // namespace twinloom::Test
