#pragma once

#include <QtCore/QCoreApplication>

namespace twinloom::Interop {

// The translation context of the exchange formats (DTDL, WoT, Ditto, Azure Digital Twins).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Twinloom::Interop)
};

} // namespace twinloom::Interop

namespace twinloom::Dtdl {
using Interop::Tr;
} // namespace twinloom::Dtdl
namespace twinloom::Wot {
using Interop::Tr;
} // namespace twinloom::Wot
namespace twinloom::Ditto {
using Interop::Tr;
} // namespace twinloom::Ditto
namespace twinloom::Adt {
using Interop::Tr;
} // namespace twinloom::Adt
