#pragma once

#include <QtCore/QCoreApplication>

namespace twinloom::Studio {

// The desktop app's translation context: every user-visible string of app/studio/ is
// Tr::tr("…"), widgets included, so that translators see one context for the studio.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Twinloom::Studio)
};

} // namespace twinloom::Studio
