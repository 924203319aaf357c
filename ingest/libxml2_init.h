// libxml2 must be initialised once, before threads use it (libxml2 2.9's
// xmlInitParser is not safe to race). Both readers call this first.
#pragma once

namespace dossier {

void EnsureLibxml2Initialized();

}  // namespace dossier
