#include <charconv>
#include <filesystem>
#include <system_error>
#include <iostream>

#include "cli/command.h"
#include "re2/re2.h"

namespace dossier::cli {

std::unique_ptr<Store> OpenStoreOrReport(const GlobalOptions& global, Store::Mode mode, bool create) {
  std::error_code ec;
  if (!create && !std::filesystem::exists(global.db_path, ec)) {
    // Opening read-write would create an empty database, and `check` would
    // call a mistyped --db path fine.
    std::cerr << "dossier: " << global.db_path << ": no database there (`dossier add` creates one; see --db)\n";
    return nullptr;
  }
  StatusOr<std::unique_ptr<Store>> store = Store::Open(global.db_path, mode);
  if (!store.ok()) {
    std::cerr << "dossier: " << store.status().message() << "\n";
    return nullptr;
  }
  return std::move(store).value();
}

bool ParseDocId(const std::string& arg, int64_t* id) {
  auto [ptr, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), *id);
  if (ec != std::errc() || ptr != arg.data() + arg.size() || *id <= 0) {
    std::cerr << "dossier: not a document id: '" << arg << "' (see `dossier list`)\n";
    return false;
  }
  return true;
}

bool IsIsoDate(const std::string& s) {
  static const RE2 re(R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
  return RE2::FullMatch(s, re);
}

std::string PrintablePath(const std::string& path) {
  std::string out;
  out.reserve(path.size());
  for (char c : path) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (u < 0x20 || u == 0x7f) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace dossier::cli
