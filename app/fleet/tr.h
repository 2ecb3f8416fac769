#pragma once

#include <QtCore/QCoreApplication>

namespace twinloom::Fleet {

// The fleet control plane's translation context: every user-visible string of app/fleet/ and
// app/ctl/ is Fleet::Tr::tr("…").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Twinloom::Fleet)
};

} // namespace twinloom::Fleet
