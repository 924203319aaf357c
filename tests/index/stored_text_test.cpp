// Stored document texts (index/stored_text.h): packing round-trips, malformed
// packed values are Corruption and never crash, the SQL functions read both
// forms, the store writes packed texts and reads them back, and migration 6
// packs the plain texts of an older database without changing what any
// command sees.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "index/schema.h"
#include "index/segment_index.h"
#include "index/sqlite_util.h"
#include "index/store.h"
#include "index/stored_text.h"
#include "ingest/ingest.h"
#include "query/search.h"
#include "tests/test_util.h"

using namespace dossier;
using dossier::test::MakeDoc;
using dossier::test::Repeat;

namespace {

const std::string kMixed =
    "国务院新闻办公室发布《新时代的中国与世界》白皮书。經濟合作持續深化，貿易額增長15.5%。"
    "日本政府は経済協力を強化する方針を示した。The ministry said bilateral trade rose to $318 billion.\n\n";

// One value of `sql` (a single row, single column) on `db`, as text.
std::string Scalar(sqlite3* db, const std::string& sql) {
  Statement st(db, sql);
  REQUIRE(st.Step());
  return st.Text(0);
}

}  // namespace

TEST_CASE("stored text: packing round-trips and is smaller for real text") {
  for (const std::string& text : {Repeat(kMixed, 1), Repeat(kMixed, 40), Repeat("a", 100000), Repeat(kMixed, 3000)}) {
    const std::string packed = PackText(text);
    REQUIRE_FALSE(packed.empty());
    CHECK(packed.size() < text.size());
    CHECK(PackedTextBytes(packed) == static_cast<int64_t>(text.size()));
    auto back = UnpackText(packed);
    REQUIRE(back.ok());
    CHECK(*back == text);
  }
}

TEST_CASE("stored text: short or incompressible text stays plain") {
  CHECK(PackText("").empty());
  CHECK(PackText("short text").empty());
  // Bytes that deflate cannot shrink (a pseudo-random sequence).
  std::string noise;
  uint32_t x = 12345;
  for (int i = 0; i < 4096; ++i) {
    x = x * 1103515245 + 12345;
    noise.push_back(static_cast<char>(x >> 24));
  }
  CHECK(PackText(noise).empty());
}

TEST_CASE("stored text: malformed packed values are Corruption") {
  const std::string good = PackText(Repeat(kMixed, 5));
  REQUIRE_FALSE(good.empty());
  std::vector<std::string> bad = {
      "",                                      // nothing
      std::string(1, '\x02') + good.substr(1),  // unknown format byte
      good.substr(0, 1),                       // header cut
      good.substr(0, good.size() / 2),         // stream cut
      good + "trailing",                       // bytes after the stream
      std::string("\x01\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 10) + good.substr(3),  // an impossible length
  };
  std::string wrong_length = good;
  wrong_length[1] = static_cast<char>(wrong_length[1] ^ 0x01);  // length off by one
  bad.push_back(wrong_length);
  for (const std::string& b : bad) {
    auto r = UnpackText(b);
    CHECK_FALSE(r.ok());
    if (!r.ok()) CHECK(r.status().code() == Status::Code::kCorruption);
  }
  CHECK(PackedTextBytes("") == -1);
  CHECK(PackedTextBytes(bad[5]) == -1);
}

TEST_CASE("stored text: the SQL functions read plain and packed texts alike") {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
  REQUIRE(RegisterTextFunctions(db).ok());
  const std::string text = Repeat(kMixed, 3);
  const std::string packed = PackText(text);
  REQUIRE_FALSE(packed.empty());
  REQUIRE(Exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, text TEXT)").ok());
  {
    Statement ins(db, "INSERT INTO t VALUES (?1, ?2)");  // finalized before sqlite3_close
    ins.Bind(1, int64_t{1}).Bind(2, text);
    REQUIRE(ins.Run().ok());
    ins.Reset();
    ins.Bind(1, int64_t{2}).BindStaticBlob(2, packed);
    REQUIRE(ins.Run().ok());
  }
  CHECK(Scalar(db, "SELECT typeof(text) FROM t WHERE id = 2") == "blob");  // TEXT affinity keeps a BLOB
  for (int id : {1, 2}) {
    const std::string row = " FROM t WHERE id = " + std::to_string(id);
    CHECK(Scalar(db, "SELECT dossier_text_bytes(text)" + row) == std::to_string(text.size()));
    // A slice in the middle of the Japanese sentence, by byte offsets.
    const size_t at = text.find("経済協力");
    CHECK(Scalar(db, "SELECT dossier_text_slice(text, " + std::to_string(at) + ", " + std::to_string(at + 12) + ")" +
                     row) == "経済協力");
    // Out-of-range offsets are clamped, as substr() does.
    CHECK(Scalar(db, "SELECT length(CAST(dossier_text_slice(text, -5, 1000000) AS BLOB))" + row) ==
          std::to_string(text.size()));
    CHECK(Scalar(db, "SELECT dossier_text_slice(text, 10, 5)" + row).empty());
  }
  // dossier_pack_text packs TEXT and leaves everything else.
  CHECK(Scalar(db, "SELECT typeof(dossier_pack_text(text)) FROM t WHERE id = 1") == "blob");
  CHECK(Scalar(db, "SELECT dossier_pack_text(text) = text FROM t WHERE id = 2") == "1");
  CHECK(Scalar(db, "SELECT dossier_pack_text('short')") == "short");
  // A malformed BLOB is an SQL error naming the stored text, not a crash.
  {
    Statement bad(db, "SELECT dossier_text_slice(x'01ff00', 0, 1)");
    CHECK_FALSE(bad.Step());
    CHECK(bad.status().reason().find("stored document text") != std::string::npos);
  }
  CHECK(sqlite3_close(db) == SQLITE_OK);
}

TEST_CASE("stored text: the store packs what it writes and reads it back") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "d.db").string());
  REQUIRE(store.ok());
  Document doc = MakeDoc((tmp / "a.txt").string(), Repeat(kMixed, 20));
  auto put = (*store)->Put(doc, {});
  REQUIRE(put.ok());
  sqlite3* db = (*store)->handle();
  CHECK(Scalar(db, "SELECT typeof(text) FROM documents") == "blob");
  CHECK(std::stoll(Scalar(db, "SELECT length(text) FROM documents")) < static_cast<long long>(doc.text.size()) / 2);
  auto back = (*store)->GetDocument(put->id);
  REQUIRE(back.ok());
  CHECK(back->text == doc.text);
  auto summary = (*store)->GetSummary(put->id);
  REQUIRE(summary.ok());
  CHECK(summary->bytes == static_cast<int64_t>(doc.text.size()));
  auto stats = (*store)->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->text_bytes == static_cast<int64_t>(doc.text.size()));
  CHECK((*store)->Check().ok());
  auto hits = Search(**store, "経済", {});
  REQUIRE(hits.ok());
  REQUIRE_FALSE(hits->hits.empty());
  CHECK(hits->hits[0].segment.text.find("経済協力") != std::string::npos);
  // FTS5 reads the packed text through the segment_text view.
  auto report = CheckIndex(db);
  REQUIRE(report.ok());
  CHECK(report->integrity.empty());
  // Updating and removing unindex through the packed text too.
  Document changed = MakeDoc(doc.path, Repeat(kMixed, 21));
  auto up = (*store)->Put(changed, {});
  REQUIRE(up.ok());
  CHECK(up->outcome == PutOutcome::kUpdated);
  REQUIRE((*store)->Remove(up->id).ok());
  report = CheckIndex(db);
  REQUIRE(report.ok());
  CHECK(report->integrity.empty());
  CHECK(Scalar(db, "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH '経済'") == "0");
}

TEST_CASE("stored text: a damaged packed text is reported, not returned") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "d.db").string());
  REQUIRE(store.ok());
  auto put = (*store)->Put(MakeDoc((tmp / "a.txt").string(), Repeat(kMixed, 20)), {});
  REQUIRE(put.ok());
  REQUIRE(Exec((*store)->handle(), "UPDATE documents SET text = substr(text, 1, length(text) - 7)").ok());
  auto back = (*store)->GetDocument(put->id);
  REQUIRE_FALSE(back.ok());
  CHECK(back.status().code() == Status::Code::kCorruption);
  Status check = (*store)->Check();
  CHECK(check.code() == Status::Code::kCorruption);
  CHECK(check.reason().find("document 1") != std::string::npos);
}

TEST_CASE("stored text: check finds a text changed under its hash") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "d.db").string());
  REQUIRE(store.ok());
  REQUIRE((*store)->Put(MakeDoc((tmp / "a.txt").string(), "A short plain text."), {}).ok());
  REQUIRE((*store)->Put(MakeDoc((tmp / "b.txt").string(), Repeat(kMixed, 20)), {}).ok());
  REQUIRE((*store)->Check().ok());
  // Same length, one letter changed: the offsets still fit, the hash does not.
  REQUIRE(Exec((*store)->handle(), "UPDATE documents SET text = replace(text, 'short', 'shirt') WHERE id = 1").ok());
  Status check = (*store)->Check();
  CHECK(check.code() == Status::Code::kCorruption);
  CHECK(check.reason().find("1 document texts do not match") != std::string::npos);
}

TEST_CASE("stored text: migration 6 packs an older database's texts") {
  test::TempDir tmp;
  const std::string db_path = (tmp / "v5.db").string();
  const std::string text = Repeat(kMixed, 10);
  Document doc = MakeDoc((tmp / "a.txt").string(), text);
  {
    // A version-5 database, written the way version 5 wrote: plain text and
    // an index filled through the old view.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
    REQUIRE(RegisterTokenizers(db).ok());
    for (int i = 0; i < 5; ++i)
      REQUIRE(Exec(db, SchemaMigrations()[i]).ok());
    REQUIRE(Exec(db, "PRAGMA user_version=5").ok());
    {
      Statement ins(db, "INSERT INTO documents (id, path, content_hash, text) VALUES (1, ?1, 'h', ?2)");
      ins.Bind(1, doc.path).Bind(2, text);
      REQUIRE(ins.Run().ok());
    }
    for (size_t i = 0; i < doc.segments.size(); ++i) {
      Statement seg(db, "INSERT INTO segments (id, doc_id, ord, kind, lang, start, end) VALUES (?1, 1, ?1 - 1, ?2, 'ja', ?3, ?4)");
      seg.Bind(1, static_cast<int64_t>(i + 1)).Bind(2, std::string(SegmentKindName(doc.segments[i].kind)))
          .Bind(3, static_cast<int64_t>(doc.segments[i].span.start)).Bind(4, static_cast<int64_t>(doc.segments[i].span.end));
      REQUIRE(seg.Run().ok());
    }
    REQUIRE(Exec(db, "INSERT INTO segment_fts(segment_fts) VALUES('rebuild')").ok());
    REQUIRE(sqlite3_close(db) == SQLITE_OK);  // every statement finalized
  }
  auto store = Store::Open(db_path);
  REQUIRE(store.ok());
  sqlite3* db = (*store)->handle();
  CHECK(Scalar(db, "PRAGMA user_version") == std::to_string(SchemaMigrations().size()));
  CHECK(Scalar(db, "SELECT typeof(text) FROM documents") == "blob");
  auto back = (*store)->GetDocument(1);
  REQUIRE(back.ok());
  CHECK(back->text == text);
  auto report = CheckIndex(db);
  REQUIRE(report.ok());
  CHECK(report->integrity.empty());
  auto hits = Search(**store, "貿易", {});
  REQUIRE(hits.ok());
  CHECK(hits->total == static_cast<int64_t>(doc.segments.size()));
}
