// Imported organisations (migration 3): import, refusal of conflicting
// aliases, idempotence, and the gazetteer the extractor gets from them.
#include <catch2/catch.hpp>

#include "index/org_store.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

OrgEntry Row(std::string id, std::string name, std::vector<std::string> aliases) {
  OrgEntry e{std::move(id), std::move(name), "association", "JP", std::move(aliases), {}};
  e.alias_langs.assign(e.aliases.size(), "en");
  return e;
}

TEST_CASE("org store: import, list and load imported organisations", "[org][index]") {
  test::TempDir dir;
  auto store = Store::Open((dir / "t.db").string());
  REQUIRE(store.ok());
  std::vector<OrgEntry> rows = {
      Row("kansai-trade-circle", "Kansai Trade Circle", {"Kansai Trade Circle", "KTC", "関西貿易サークル"}),
      Row("bad-row", "Bad Row", {"Bad Row", "MOFCOM"}),                     // a built-in alias of another id
      Row("keidanren", "Keidanren", {"Keidanren Tokyo Secretariat"}),   // more aliases for a built-in id
  };
  auto r = ImportOrgs(**store, rows);
  REQUIRE(r.ok());
  CHECK(r->imported == 2);
  REQUIRE(r->refused.size() == 1);
  CHECK(r->refused[0].message().find("MOFCOM") != std::string::npos);

  auto listed = ListImportedOrgs(**store);
  REQUIRE(listed.ok());
  REQUIRE(listed->size() == 2);
  CHECK((*listed)[0].id == "kansai-trade-circle");  // by id
  CHECK((*listed)[1].id == "keidanren");
  CHECK((*listed)[0].aliases.size() == 3);
  CHECK((*listed)[0].alias_langs.size() == 3);

  // Importing again changes nothing.
  auto again = ImportOrgs(**store, rows);
  REQUIRE(again.ok());
  auto relisted = ListImportedOrgs(**store);
  REQUIRE(relisted.ok());
  CHECK(relisted->size() == 2);
  CHECK((*relisted)[0].aliases.size() == 3);

  auto g = LoadImportedOrgs(**store);
  REQUIRE(g.ok());
  REQUIRE((*g)->FindByAlias("関西貿易サークル") != nullptr);
  CHECK((*g)->FindByAlias("関西貿易サークル")->id == "kansai-trade-circle");
  CHECK((*g)->FindByAlias("Keidanren Tokyo Secretariat")->id == "keidanren");
  CHECK((*g)->FindByAlias("MOFCOM") == nullptr);

  // Two imported rows may not share an alias either.
  auto clash = ImportOrgs(**store, {Row("other-circle", "Other Circle", {"Other Circle", "KTC"})});
  REQUIRE(clash.ok());
  CHECK(clash->imported == 0);
  CHECK(clash->refused.size() == 1);
}

TEST_CASE("org store: counts mentions per organisation id", "[org][index]") {
  test::TempDir dir;
  auto store = Store::Open((dir / "t.db").string());
  REQUIRE(store.ok());
  Document doc;
  doc.path = (dir / "a.txt").string();
  doc.text = "MOFCOM met JETRO.";
  Segment seg;
  seg.span = {0, doc.text.size()};
  seg.lang = "en";
  seg.sentences.push_back(seg.span);
  doc.segments.push_back(seg);
  doc.meta.content_hash = "abc";
  std::vector<Fact> facts;
  for (auto [s, e, id] : {std::tuple<size_t, size_t, const char*>{0, 6, "ministry-of-commerce-china"}, {11, 16, "jetro"}}) {
    Fact f = MakeFact(doc, FactType::kOrg, Span{s, e});
    f.attrs["id"] = id;
    f.attrs["name"] = id;
    facts.push_back(f);
  }
  REQUIRE((*store)->Put(doc, facts).ok());
  auto counts = OrgMentionCounts(**store);
  REQUIRE(counts.ok());
  REQUIRE(counts->size() == 2);
  CHECK((*counts)[0].first == "jetro");
  CHECK((*counts)[0].second == 1);
}

}  // namespace
}  // namespace dossier
