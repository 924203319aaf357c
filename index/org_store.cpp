#include "index/org_store.h"

#include <map>

#include "index/sqlite_util.h"

namespace dossier {

StatusOr<std::vector<OrgEntry>> ListImportedOrgs(const Store& store) {
  std::vector<OrgEntry> out;
  std::map<std::string, size_t> index;
  {
    Statement st(store.handle(), "SELECT id, name, type, country FROM orgs ORDER BY id");
    while (st.Step()) {
      OrgEntry e;
      e.id = st.Text(0);
      e.name = st.Text(1);
      e.type = st.Text(2);
      e.country = st.Text(3);
      index[e.id] = out.size();
      out.push_back(std::move(e));
    }
    if (!st.status().ok()) return st.status();
  }
  Statement st(store.handle(), "SELECT org_id, alias, lang FROM org_aliases ORDER BY org_id, rowid");
  while (st.Step()) {
    auto it = index.find(st.Text(0));
    if (it == index.end()) continue;
    out[it->second].aliases.push_back(st.Text(1));
    out[it->second].alias_langs.push_back(st.Text(2));
  }
  if (!st.status().ok()) return st.status();
  return out;
}

StatusOr<std::unique_ptr<OrgGazetteer>> LoadImportedOrgs(const Store& store) {
  StatusOr<std::vector<OrgEntry>> rows = ListImportedOrgs(store);
  if (!rows.ok()) return rows.status();
  auto g = std::make_unique<OrgGazetteer>();
  for (const OrgEntry& e : *rows) {
    Status s = g->Add(e);  // ImportOrgs refused conflicts, so this only fails on a hand-edited database
    if (!s.ok()) return Status::Corruption(store.path(), "imported organisations: " + s.message());
  }
  return g;
}

StatusOr<OrgImportResult> ImportOrgs(Store& store, const std::vector<OrgEntry>& orgs) {
  // Check each row against the built-in gazetteer and everything imported so far.
  StatusOr<std::unique_ptr<OrgGazetteer>> known = LoadImportedOrgs(store);
  if (!known.ok()) return known.status();
  const OrgGazetteer& builtin = OrgGazetteer::BuiltIn();
  OrgImportResult result;
  std::vector<const OrgEntry*> accepted;
  for (const OrgEntry& e : orgs) {
    Status refused;
    for (const std::string& alias : e.aliases) {
      std::string_view a = !alias.empty() && alias[0] == '=' ? std::string_view(alias).substr(1) : alias;
      const OrgEntry* owner = builtin.FindByAlias(a);
      if (owner && owner->id != e.id) {
        refused = Status::InvalidInput(e.id, "alias '" + std::string(a) + "' already names built-in '" + owner->id + "'");
        break;
      }
    }
    if (refused.ok()) refused = (*known)->Add(e);
    if (!refused.ok()) {
      result.refused.push_back(refused);
      continue;
    }
    accepted.push_back(&e);
  }
  sqlite3* db = store.handle();
  Transaction tx(db);
  if (!tx.status().ok()) return tx.status();
  for (const OrgEntry* e : accepted) {
    Statement org(db,
                  "INSERT INTO orgs (id, name, type, country) VALUES (?1, ?2, ?3, ?4) "
                  "ON CONFLICT(id) DO UPDATE SET name = ?2, type = ?3, country = ?4");
    org.Bind(1, e->id).Bind(2, e->name).Bind(3, e->type).Bind(4, e->country);
    if (Status s = org.Run(); !s.ok()) return s;
    for (size_t i = 0; i < e->aliases.size(); ++i) {
      Statement alias(db, "INSERT OR IGNORE INTO org_aliases (org_id, alias, lang) VALUES (?1, ?2, ?3)");
      alias.Bind(1, e->id).Bind(2, e->aliases[i]).Bind(3, i < e->alias_langs.size() ? e->alias_langs[i] : "");
      if (Status s = alias.Run(); !s.ok()) return s;
    }
    ++result.imported;
  }
  if (Status s = tx.Commit(); !s.ok()) return s;
  return result;
}

StatusOr<std::vector<std::pair<std::string, int64_t>>> OrgMentionCounts(const Store& store) {
  std::vector<std::pair<std::string, int64_t>> out;
  Statement st(store.handle(),
               "SELECT org_id, sum(mentions) FROM fact_orgs GROUP BY org_id ORDER BY org_id");
  while (st.Step()) out.emplace_back(st.Text(0), st.Int64(1));
  if (!st.status().ok()) return st.status();
  return out;
}

}  // namespace dossier
