// Fuzzes the packed facts of a document (index/fact_pack.h): any bytes given
// to UnpackFacts, as a damaged database could hold, are either facts or
// Corruption, never a crash or a huge allocation; and facts that unpack
// pack again to a value that unpacks to the same columns, with the same
// keys. Inputs are tried as they are and behind the format byte, so the
// fuzzer need not find it first.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "index/fact_pack.h"
#include "tests/fuzz/fuzz_util.h"

using dossier::fuzz::Require;

namespace {

bool SameColumns(const dossier::StoredFactColumns& a, const dossier::StoredFactColumns& b) {
  // value_num compared by its bits: NaN is a value too.
  auto bits = [](const std::optional<double>& d) {
    uint64_t u = 0;
    if (d) std::memcpy(&u, &*d, sizeof u);
    return u;
  };
  return a.type == b.type && a.start == b.start && a.end == b.end && a.lang == b.lang &&
         a.value_num.has_value() == b.value_num.has_value() && bits(a.value_num) == bits(b.value_num) &&
         a.value_text == b.value_text && a.unit == b.unit && a.attrs == b.attrs;
}

void Check(const std::string& input) {
  auto unpacked = dossier::UnpackFacts(input);
  if (!unpacked.ok()) {
    Require(unpacked.status().code() == dossier::Status::Code::kCorruption);
    return;
  }
  Require(unpacked->size() <= input.size() / 5);  // a fact takes at least 5 bytes
  std::vector<dossier::Fact> facts;
  std::vector<dossier::FactRow> rows;
  for (const dossier::StoredFactColumns& c : *unpacked) {
    dossier::Fact f;
    f.type = c.type;
    f.span = {c.start, c.end};
    f.lang = c.lang;
    facts.push_back(std::move(f));
    rows.push_back({c.value_num, c.value_text, c.unit, c.attrs});
  }
  const dossier::PackedFacts again = dossier::PackFacts(facts, rows);
  auto back = dossier::UnpackFacts(again.data);
  Require(back.ok() && back->size() == unpacked->size());
  for (size_t i = 0; i < back->size(); ++i) Require(SameColumns((*back)[i], (*unpacked)[i]));
  const dossier::PackedFacts keys = dossier::KeysOf(*back);
  Require(keys.counts == again.counts && keys.years == again.years && keys.orgs == again.orgs);
  Require(again.total() == static_cast<int64_t>(back->size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > dossier::fuzz::kMaxInput) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);
  Check(input);
  Check(std::string(1, '\x01') + input);
  return 0;
}
