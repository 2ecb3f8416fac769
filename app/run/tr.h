#pragma once

#include <QtCore/QCoreApplication>

namespace twinloom::Run {

// The headless runner's translation context: every user-visible string of app/run/ is
// Run::Tr::tr("…").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Twinloom::Runner)
};

} // namespace twinloom::Run
