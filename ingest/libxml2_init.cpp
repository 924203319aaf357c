#include "ingest/libxml2_init.h"

#include <libxml/parser.h>

#include <mutex>

namespace dossier {

void EnsureLibxml2Initialized() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace dossier
