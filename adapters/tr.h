#pragma once

#include <QtCore/QCoreApplication>

namespace twinloom::Adapters {

// The adapters' translation context: every user-visible string of adapters/ is
// Adapters::Tr::tr("…").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Twinloom::Adapters)
};

} // namespace twinloom::Adapters
