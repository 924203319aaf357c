#include "index/stored_text.h"

#include <zlib.h>

#include <algorithm>

#include "index/sqlite_util.h"
#include "index/varint.h"

namespace dossier {
namespace {

constexpr unsigned char kPackedFormat = 0x01;
// Level 1 deflates the generated corpus to 30.2% at 114 MB/s (about 5% of
// an add worker's CPU), corpus/ to 53.5%; level 6 gets 28.5% and 50.9% at
// 86 and 52 MB/s. With one job the worker is the slower thread, so level 1.
constexpr int kPackLevel = 1;
// Deflate never expands more than about 1032:1, so a header claiming more
// is corrupt (and must not make us allocate it).
constexpr uint64_t kMaxRatio = 1040;

// One deflate and one inflate stream per thread, reset between texts: a
// fresh deflate stream allocates about 270 KB.
struct Deflater {
  z_stream z{};
  bool ok = false;
  Deflater() { ok = deflateInit2(&z, kPackLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK; }
  ~Deflater() {
    if (ok) deflateEnd(&z);
  }
};
struct Inflater {
  z_stream z{};
  bool ok = false;
  Inflater() { ok = inflateInit2(&z, -15) == Z_OK; }
  ~Inflater() {
    if (ok) inflateEnd(&z);
  }
};

// The header: format byte, then the length as LEB128. Returns the header's
// size, 0 if malformed.
size_t ReadHeader(std::string_view packed, uint64_t* length) {
  if (packed.empty() || static_cast<unsigned char>(packed[0]) != kPackedFormat) return 0;
  size_t pos = 1;
  return ReadVarint(packed, &pos, length) ? pos : 0;
}

Status Malformed(std::string_view why) { return Status::Corruption("stored document text", std::string(why)); }

}  // namespace

std::string PackText(std::string_view text) {
  thread_local Deflater d;
  if (!d.ok || text.size() < 64 || text.size() > (1u << 31)) return {};
  std::string out(1, static_cast<char>(kPackedFormat));
  AppendVarint(&out, text.size());
  const size_t header = out.size();
  deflateReset(&d.z);
  out.resize(header + deflateBound(&d.z, text.size()));
  d.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  d.z.avail_in = static_cast<uInt>(text.size());
  d.z.next_out = reinterpret_cast<Bytef*>(out.data() + header);
  d.z.avail_out = static_cast<uInt>(out.size() - header);
  if (deflate(&d.z, Z_FINISH) != Z_STREAM_END) return {};
  out.resize(header + d.z.total_out);
  if (out.size() >= text.size()) return {};  // not worth it: store the text
  return out;
}

int64_t PackedTextBytes(std::string_view packed) {
  uint64_t length = 0;
  const size_t header = ReadHeader(packed, &length);
  if (!header || length > kMaxRatio * (packed.size() - header + 1)) return -1;
  return static_cast<int64_t>(length);
}

StatusOr<std::string> UnpackText(std::string_view packed) {
  thread_local Inflater inf;
  uint64_t length = 0;
  const size_t header = ReadHeader(packed, &length);
  if (!header) return Malformed("unknown packed format");
  if (length > kMaxRatio * (packed.size() - header + 1)) return Malformed("packed length is impossible");
  if (!inf.ok) return Status::Internal("zlib", "cannot start inflate");
  std::string text(length, '\0');
  inflateReset(&inf.z);
  inf.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data() + header));
  inf.z.avail_in = static_cast<uInt>(packed.size() - header);
  inf.z.next_out = reinterpret_cast<Bytef*>(text.data());
  inf.z.avail_out = static_cast<uInt>(text.size());
  const int rc = inflate(&inf.z, Z_FINISH);
  if (rc != Z_STREAM_END || inf.z.total_out != length || inf.z.avail_in != 0)
    return Malformed("packed text does not inflate to its length");
  return text;
}

StatusOr<std::string> ReadStoredText(const Statement& st, int col) {
  if (st.IsBlob(col)) return UnpackText(st.Blob(col));
  return st.Text(col);
}

StatusOr<std::string> ReadDocumentText(Statement& select, int64_t id) {
  select.Reset();
  select.Bind(1, id);
  std::string text;
  if (select.Step()) {
    StatusOr<std::string> stored = ReadStoredText(select, 0);
    if (!stored.ok()) return stored.status();
    text = std::move(*stored);
  }
  if (!select.status().ok()) return select.status();
  return text;
}

namespace {

// The unpacked text of a BLOB argument. The segment_text view slices every
// segment of a document in a row, so the last text unpacked is kept.
const std::string* UnpackCached(sqlite3_context* ctx, sqlite3_value* v) {
  thread_local std::string key, text;
  std::string_view packed(static_cast<const char*>(sqlite3_value_blob(v)),
                          static_cast<size_t>(sqlite3_value_bytes(v)));
  if (packed == key && !key.empty()) return &text;
  StatusOr<std::string> unpacked = UnpackText(packed);
  if (!unpacked.ok()) {
    sqlite3_result_error(ctx, unpacked.status().ToString().c_str(), -1);
    key.clear();
    return nullptr;
  }
  key.assign(packed);
  text = std::move(*unpacked);
  return &text;
}

void TextSlice(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  std::string_view text;
  if (sqlite3_value_type(argv[0]) == SQLITE_BLOB) {
    const std::string* unpacked = UnpackCached(ctx, argv[0]);
    if (!unpacked) return;
    text = *unpacked;
  } else {
    const unsigned char* p = sqlite3_value_text(argv[0]);
    text = std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_value_bytes(argv[0])));
  }
  // Clamped, as substr() would.
  const auto clamp = [&](sqlite3_int64 x) {
    return static_cast<size_t>(std::clamp<sqlite3_int64>(x, 0, static_cast<sqlite3_int64>(text.size())));
  };
  const size_t start = clamp(sqlite3_value_int64(argv[1]));
  const size_t end = std::max(start, clamp(sqlite3_value_int64(argv[2])));
  sqlite3_result_text(ctx, text.data() + start, static_cast<int>(end - start), SQLITE_TRANSIENT);
}

void TextBytes(sqlite3_context* ctx, int, sqlite3_value** argv) {
  switch (sqlite3_value_type(argv[0])) {
    case SQLITE_NULL:
      return sqlite3_result_null(ctx);
    case SQLITE_BLOB: {
      const int64_t n = PackedTextBytes(std::string_view(static_cast<const char*>(sqlite3_value_blob(argv[0])),
                                                         static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
      if (n < 0) return sqlite3_result_error(ctx, "stored document text: unknown packed format", -1);
      return sqlite3_result_int64(ctx, n);
    }
    default:
      sqlite3_value_text(argv[0]);  // bytes of the UTF-8 form
      return sqlite3_result_int64(ctx, sqlite3_value_bytes(argv[0]));
  }
}

void PackTextSql(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) return sqlite3_result_value(ctx, argv[0]);
  std::string_view text(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])),
                        static_cast<size_t>(sqlite3_value_bytes(argv[0])));
  const std::string packed = PackText(text);
  if (packed.empty()) return sqlite3_result_value(ctx, argv[0]);
  sqlite3_result_blob(ctx, packed.data(), static_cast<int>(packed.size()), SQLITE_TRANSIENT);
}

}  // namespace

Status RegisterTextFunctions(sqlite3* db) {
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  if (sqlite3_create_function(db, "dossier_text_slice", 3, flags, nullptr, TextSlice, nullptr, nullptr) !=
          SQLITE_OK ||
      sqlite3_create_function(db, "dossier_text_bytes", 1, flags, nullptr, TextBytes, nullptr, nullptr) !=
          SQLITE_OK ||
      sqlite3_create_function(db, "dossier_pack_text", 1, flags, nullptr, PackTextSql, nullptr, nullptr) != SQLITE_OK)
    return SqliteError(db, "registering the stored-text functions");
  return Status::Ok();
}

}  // namespace dossier
