#include "ingest/status.h"

namespace dossier {

const char* Status::CodeName(Code code) {
  switch (code) {
    case Code::kOk: return "ok";
    case Code::kNotFound: return "not found";
    case Code::kInvalidInput: return "invalid input";
    case Code::kTooLarge: return "too large";
    case Code::kIOError: return "I/O error";
    case Code::kCorruption: return "corruption";
    case Code::kInvalidQuery: return "invalid query";
    case Code::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string msg = message();
  return msg.empty() ? CodeName(code_) : std::string(CodeName(code_)) + ": " + msg;
}

}  // namespace dossier
