// Runs an OrgExample table: every example must give exactly the expected mentions.
#pragma once

#include <catch2/catch.hpp>

#include "tests/extract/org_test_util.h"

namespace dossier::test {

inline void CheckOrgExamples(const std::vector<OrgExample>& table, const std::string& lang) {
  for (const OrgExample& ex : table) {
    INFO("text: " << ex.text);
    auto got = OrgMentions(ex.text, lang);
    std::string got_list;
    for (auto& [t, id] : got) got_list += "[" + t + " -> " + id + "] ";
    INFO("got: " << got_list);
    CHECK(got.size() == ex.expected.size());
    if (got.size() != ex.expected.size()) continue;
    for (size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].first == ex.expected[i].first);
      if (!ex.expected[i].second.empty()) CHECK(got[i].second == ex.expected[i].second);
    }
  }
}

}  // namespace dossier::test
