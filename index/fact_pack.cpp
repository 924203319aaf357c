#include "index/fact_pack.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "index/varint.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

constexpr char kFormat = 0x01;
enum Field : uint8_t { kValueNum = 1, kValueText = 2, kUnit = 4, kAttrs = 8 };

void PutString(std::string* out, std::string_view s) {
  AppendVarint(out, s.size());
  out->append(s);
}

// Reads the packed value front to back; any read past its end, or a varint
// longer than 10 bytes, makes it !ok() and every later read a no-op.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ >= data_.size(); }

  uint8_t Byte() {
    if (!ok_ || pos_ >= data_.size()) return Fail();
    return static_cast<uint8_t>(data_[pos_++]);
  }
  uint64_t Varint() {
    uint64_t v = 0;
    if (!ok_ || !ReadVarint(data_, &pos_, &v)) return Fail();
    return v;
  }
  std::string_view String() {
    const uint64_t n = Varint();
    if (!ok_ || n > data_.size() - pos_) return Fail(), std::string_view();
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  double Double() {
    if (!ok_ || data_.size() - pos_ < 8) return Fail();
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(static_cast<uint8_t>(data_[pos_ + i])) << (8 * i);
    pos_ += 8;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }

 private:
  uint8_t Fail() {
    ok_ = false;
    return 0;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// `value` cut to as many characters as `like` has (SQL's
// substr(value, 1, length(like))).
std::string_view CharPrefix(std::string_view value, std::string_view like) {
  return utf8::CodePointPrefix(value, utf8::CodePointCount(like));
}

// Appends one fact in the packed format (fact_pack.h).
void AppendFact(std::string* out, FactType type, size_t start, size_t end, std::string_view lang,
                const std::optional<double>& value_num, const std::optional<std::string>& value_text,
                const std::optional<std::string>& unit, const std::optional<std::string>& attrs) {
  const uint8_t fields = (value_num ? kValueNum : 0) | (value_text ? kValueText : 0) | (unit ? kUnit : 0) |
                         (attrs ? kAttrs : 0);
  out->push_back(static_cast<char>(type));
  out->push_back(static_cast<char>(fields));
  AppendVarint(out, start);
  AppendVarint(out, end >= start ? end - start : 0);
  PutString(out, lang);
  if (value_num) {
    uint64_t bits;
    std::memcpy(&bits, &*value_num, sizeof bits);
    for (int b = 0; b < 8; ++b) out->push_back(static_cast<char>(bits >> (8 * b)));
  }
  if (value_text) PutString(out, *value_text);
  if (unit) PutString(out, *unit);
  if (attrs) PutString(out, *attrs);
}

}  // namespace

std::string_view FactYear(std::string_view date_value) { return utf8::CodePointPrefix(date_value, 4); }

bool PrefixAtLeast(std::string_view value, std::string_view prefix) { return CharPrefix(value, prefix) >= prefix; }
bool PrefixAtMost(std::string_view value, std::string_view prefix) { return CharPrefix(value, prefix) <= prefix; }

namespace {

// Collects the keys of facts in turn (PackedFacts::counts, years, orgs).
class KeyCollector {
 public:
  void Add(FactType type, const std::optional<std::string>& value_text) {
    ++counts_[static_cast<size_t>(type)];
    if (value_text && type == FactType::kDate) years_.insert(FactYear(*value_text));
    if (value_text && type == FactType::kOrg) ++orgs_[*value_text];
  }
  void Finish(PackedFacts* p) const {
    p->counts = counts_;
    p->years.assign(years_.begin(), years_.end());
    p->orgs.assign(orgs_.begin(), orgs_.end());
  }

 private:
  // Views into the facts' values, which outlive the collector. Ordered
  // bytewise, as SQLite's BINARY collation orders the key rows.
  std::array<int64_t, 4> counts_{};
  std::set<std::string_view> years_;
  std::map<std::string_view, int64_t> orgs_;
};

}  // namespace

PackedFacts PackFacts(const std::vector<Fact>& facts, const std::vector<FactRow>& rows) {
  PackedFacts p;
  p.data.reserve(1 + facts.size() * 24);
  p.data.push_back(kFormat);
  KeyCollector keys;
  for (size_t i = 0; i < facts.size() && i < rows.size(); ++i) {
    const Fact& f = facts[i];
    const FactRow& r = rows[i];
    AppendFact(&p.data, f.type, f.span.start, f.span.end, f.lang, r.value_num, r.value_text, r.unit, r.attrs);
    keys.Add(f.type, r.value_text);
  }
  keys.Finish(&p);
  return p;
}

PackedFacts KeysOf(const std::vector<StoredFactColumns>& facts) {
  PackedFacts p;
  KeyCollector keys;
  for (const StoredFactColumns& c : facts) keys.Add(c.type, c.value_text);
  keys.Finish(&p);
  return p;
}

Status VisitPackedFacts(std::string_view data, const std::function<void(const PackedFactView&)>& visit) {
  if (data.empty() || data[0] != kFormat) return Status::Corruption("facts", "not a packed list of facts");
  Reader in(data.substr(1));
  while (in.ok() && !in.done()) {
    PackedFactView v;
    const uint8_t type = in.Byte();
    const uint8_t fields = in.Byte();
    if (type > static_cast<uint8_t>(FactType::kCommitment) || fields > 0x0F)
      return Status::Corruption("facts", "unknown fact type or field in a packed list of facts");
    v.type = static_cast<FactType>(type);
    v.start = in.Varint();
    const uint64_t length = in.Varint();
    v.end = v.start + length;
    if (v.end < v.start) return Status::Corruption("facts", "a fact's span overflows");
    v.lang = in.String();
    if (fields & kValueNum) v.value_num = in.Double();
    if (fields & kValueText) v.value_text = in.String();
    if (fields & kUnit) v.unit = in.String();
    if (fields & kAttrs) v.attrs = in.String();
    if (in.ok()) visit(v);
  }
  if (!in.ok()) return Status::Corruption("facts", "a packed list of facts ends in the middle of a fact");
  return Status::Ok();
}

StoredFactColumns PackedFactView::ToColumns() const {
  StoredFactColumns c;
  c.type = type;
  c.start = start;
  c.end = end;
  c.lang = std::string(lang);
  c.value_num = value_num;
  if (value_text) c.value_text = std::string(*value_text);
  if (unit) c.unit = std::string(*unit);
  if (attrs) c.attrs = std::string(*attrs);
  return c;
}

StatusOr<std::vector<StoredFactColumns>> UnpackFacts(std::string_view data) {
  std::vector<StoredFactColumns> out;
  if (Status s = VisitPackedFacts(data, [&](const PackedFactView& v) { out.push_back(v.ToColumns()); }); !s.ok())
    return s;
  return out;
}


namespace {

// dossier_pack_facts(id, type, start, end, lang, value_num, value_text, unit,
// attrs): an aggregate over the `facts` rows of one document (migration 9),
// packed in the order of their ids, which is the order they were stored in.
struct PackAggregate {
  std::vector<std::pair<int64_t, std::string>> facts;  // id, the fact packed alone
};

std::optional<std::string> OptionalText(sqlite3_value* v) {
  if (sqlite3_value_type(v) == SQLITE_NULL) return std::nullopt;
  const unsigned char* text = sqlite3_value_text(v);
  return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_value_bytes(v)));
}

void PackStep(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto** agg = static_cast<PackAggregate**>(sqlite3_aggregate_context(ctx, sizeof(PackAggregate*)));
  if (!agg) return sqlite3_result_error_nomem(ctx);
  if (!*agg) *agg = new PackAggregate;
  FactType type;
  const std::optional<std::string> type_name = OptionalText(argv[1]);
  if (!type_name || !ParseFactType(*type_name, &type))
    return sqlite3_result_error(ctx, "dossier_pack_facts: unknown fact type", -1);
  std::optional<double> value_num;
  if (sqlite3_value_type(argv[5]) != SQLITE_NULL) value_num = sqlite3_value_double(argv[5]);
  std::string one;
  AppendFact(&one, type, static_cast<size_t>(sqlite3_value_int64(argv[2])),
             static_cast<size_t>(sqlite3_value_int64(argv[3])), OptionalText(argv[4]).value_or(""), value_num,
             OptionalText(argv[6]), OptionalText(argv[7]), OptionalText(argv[8]));
  (*agg)->facts.emplace_back(sqlite3_value_int64(argv[0]), std::move(one));
}

void PackFinal(sqlite3_context* ctx) {
  auto** agg = static_cast<PackAggregate**>(sqlite3_aggregate_context(ctx, 0));
  std::string data(1, kFormat);
  if (agg && *agg) {
    std::sort((*agg)->facts.begin(), (*agg)->facts.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [id, one] : (*agg)->facts) data += one;
    delete *agg;
  }
  sqlite3_result_blob(ctx, data.data(), static_cast<int>(data.size()), SQLITE_TRANSIENT);
}

}  // namespace

Status RegisterFactFunctions(sqlite3* db) {
  if (sqlite3_create_function(db, "dossier_pack_facts", 9, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr, nullptr,
                              PackStep, PackFinal) != SQLITE_OK)
    return Status::Internal("sqlite", std::string("registering dossier_pack_facts: ") + sqlite3_errmsg(db));
  return Status::Ok();
}

}  // namespace dossier
