#pragma once

#include <QtCore/QCoreApplication>

namespace twinloom {

// The engine's translation context: every user-visible string of engine/ (its script and bundle
// parts included) is Tr::tr("…"), so that translators see one context per library.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Twinloom::Engine)
};

} // namespace twinloom
