// GenericOrgNames: which bodies a generic government name may mean, and how a
// document's countries are counted.
#include <catch2/catch.hpp>

#include "extract/org_country.h"

#include <algorithm>

namespace dossier::test {
namespace {

const char* kCountries =
    "# test table\n"
    "JP\tJapan|Japanese\t日本\t日本\t日本\n"
    "IN\tIndia|Indian\t印度\t印度\tインド\n"
    "ID\tIndonesia\t印度尼西亚|印尼\t印尼\tインドネシア\n"
    "US\tUnited States|U.S.|US\t美国\t美國\t米国\n"
    "HK\tHong Kong\t香港\t香港\t香港\n"
    "MO\tMacao\t澳门\t澳門\tマカオ\n";

OrgGazetteer TestGazetteer() {
  OrgGazetteer g;
  REQUIRE(g.Add({"mof-jp", "Ministry of Finance (Japan)", "government", "JP", {"Ministry of Finance of Japan"}}).ok());
  REQUIRE(g.Add({"mof-in", "Ministry of Finance of India", "government", "IN", {"India's Ministry of Finance"}}).ok());
  REQUIRE(g.Add({"doc-us", "U.S. Department of Commerce", "government", "US", {}}).ok());
  REQUIRE(g.Add({"hk-gov", "Government of Hong Kong", "government", "HK", {"香港特区政府", "香港发展局"}}).ok());
  REQUIRE(g.Add({"mo-gov", "Government of Macao", "government", "MO", {"澳门特区政府", "澳門財政局"}}).ok());
  REQUIRE(g.Add({"us-doc", "U.S. Department of Commerce (CJK)", "government", "US", {"美国商务部"}}).ok());
  REQUIRE(g.Add({"cn-mofcom", "Ministry of Commerce", "government", "CN", {"商务部"}}).ok());
  // Not a government body: gives no generic name.
  REQUIRE(g.Add({"nhk", "Japan Broadcasting Corporation", "media", "JP", {}}).ok());
  return g;
}

TEST_CASE("generic org names: the country is stripped from the gazetteer's qualified names", "[org]") {
  OrgGazetteer g = TestGazetteer();
  GenericOrgNames names(g, kCountries);
  CHECK(names.IsGeneric("ministry of finance"));
  CHECK(names.IsGeneric("department of commerce"));
  CHECK_FALSE(names.IsGeneric("broadcasting corporation"));
  CHECK_FALSE(names.IsGeneric("ministry of finance of japan"));
}

TEST_CASE("generic org names: Hong Kong and Macao bodies named after their place give Chinese generics", "[org]") {
  OrgGazetteer g = TestGazetteer();
  GenericOrgNames names(g, kCountries);
  const std::vector<std::string>& cjk = names.CjkGenerics();
  auto has = [&](const char* s) { return std::find(cjk.begin(), cjk.end(), OrgMatchKey(s)) != cjk.end(); };
  CHECK(has("特区政府"));  // Hong Kong's and Macao's: the document decides
  CHECK(has("財政局"));
  CHECK(has("发展局"));
  CHECK_FALSE(has("商务部"));  // the American one is always written 美国商务部
  const OrgEntry* macao = names.Resolve(OrgMatchKey("特區政府"), {{"MO", 5}, {"HK", 1}}, nullptr);
  REQUIRE(macao != nullptr);
  CHECK(macao->id == "mo-gov");
  CHECK(names.Resolve(OrgMatchKey("特區政府"), {{"MO", 2}, {"HK", 2}}, nullptr) == nullptr);
}

TEST_CASE("generic org names: countries are counted as words, the longest name winning", "[org]") {
  OrgGazetteer g = TestGazetteer();
  GenericOrgNames names(g, kCountries);
  const std::string text = "Japan and Japanese firms; Japanned; US$5 for the US; 印度尼西亚和印度";
  const std::string key = OrgMatchKey(text);
  CountryCounts counts = names.CountCountries(text, key);
  CHECK(counts["JP"] == 2);  // not "Japanned"
  CHECK(counts["US"] == 1);  // US$ is a currency
  CHECK(counts["ID"] == 1);  // 印度尼西亚 is not also 印度
  CHECK(counts["IN"] == 1);
}

TEST_CASE("generic org names: the candidate whose country is named most, twice at least, wins", "[org]") {
  OrgGazetteer g = TestGazetteer();
  GenericOrgNames names(g, kCountries);
  const OrgEntry* jp = names.Resolve("ministry of finance", {{"JP", 3}, {"IN", 1}}, nullptr);
  REQUIRE(jp != nullptr);
  CHECK(jp->id == "mof-jp");
  const OrgEntry* in = names.Resolve("ministry of finance", {{"JP", 1}, {"IN", 4}}, nullptr);
  REQUIRE(in != nullptr);
  CHECK(in->id == "mof-in");
  CHECK(names.Resolve("ministry of finance", {{"JP", 3}, {"IN", 3}}, nullptr) == nullptr);
  CHECK(names.Resolve("ministry of finance", {{"JP", 1}}, nullptr) == nullptr);
  CHECK(names.Resolve("ministry of finance", {{"US", 9}}, nullptr) == nullptr);
  // The gazetteer's own reading stands unless another country is named more.
  const OrgEntry* india = g.FindById("mof-in");
  // The gazetteer's own reading (`current`) yields only to a country named
  // twice as often as its own.
  CHECK(names.Resolve("ministry of finance", {{"JP", 5}, {"IN", 3}}, india) == nullptr);
  const OrgEntry* japan = names.Resolve("ministry of finance", {{"JP", 6}, {"IN", 3}}, india);
  REQUIRE(japan != nullptr);
  CHECK(japan->id == "mof-jp");
  const OrgEntry* us = names.Resolve("department of commerce", {{"US", 2}}, nullptr);
  REQUIRE(us != nullptr);
  CHECK(us->id == "doc-us");
  CHECK(names.Resolve("no such name", {{"US", 2}}, nullptr) == nullptr);
}

TEST_CASE("generic org names: a place word right before the name says whose body it is", "[org]") {
  OrgGazetteer g = TestGazetteer();
  GenericOrgNames names(g, kCountries);
  auto before = [&](const std::string& text) { return names.CountryBefore(text, text.find("Ministry")); };
  CHECK(before("India's Ministry of Finance") == "IN");
  CHECK(before("the Japanese Ministry of Finance") == "JP");
  CHECK(before("U.S. Ministry") == "US");
  CHECK(before("the Ministry of Finance") == "");
  CHECK(before("Japanned Ministry") == "");
  CHECK(before("XJapan Ministry") == "");
  CHECK(before("Ministry") == "");
  CHECK(names.ForCountry("ministry of finance", "IN")->id == "mof-in");
  CHECK(names.ForCountry("ministry of finance", "US") == nullptr);
}

}  // namespace
}  // namespace dossier::test
