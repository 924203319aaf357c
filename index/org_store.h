// Organisations imported into the database with `dossier orgs import`
// (schema migration 3: tables orgs and org_aliases), and the organisation
// mentions stored as facts.
//
//   auto rows = OrgGazetteer::ParseTsv(tsv, "extra.tsv");        // gazetteer format
//   StatusOr<OrgImportResult> r = ImportOrgs(store, *rows);      // one transaction
//   StatusOr<std::unique_ptr<OrgGazetteer>> extra = LoadImportedOrgs(store);
//   ExtractContext ctx; ctx.extra_orgs = extra->get();          // used by the org extractor
//
// Invariants: an imported alias never names two ids, counting the built-in
// gazetteer (a row whose alias belongs to another id is refused and reported,
// the other rows are imported); importing the same file again changes nothing.
// An imported row may reuse a built-in id to add aliases to it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/org_gazetteer.h"
#include "index/store.h"

namespace dossier {

struct OrgImportResult {
  size_t imported = 0;              // rows stored (new or with new aliases)
  std::vector<Status> refused;      // one per refused row, naming id and alias
};

StatusOr<OrgImportResult> ImportOrgs(Store& store, const std::vector<OrgEntry>& orgs);

// Every imported organisation with its aliases (alias_langs filled), by id.
StatusOr<std::vector<OrgEntry>> ListImportedOrgs(const Store& store);

// The imported organisations as a gazetteer for ExtractContext::extra_orgs
// (empty when nothing was imported).
StatusOr<std::unique_ptr<OrgGazetteer>> LoadImportedOrgs(const Store& store);

// How many org facts each id has in the collection.
StatusOr<std::vector<std::pair<std::string, int64_t>>> OrgMentionCounts(const Store& store);

}  // namespace dossier
