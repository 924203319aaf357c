#include "index/document_select.h"

#include <functional>

#include "index/sqlite_util.h"

namespace dossier {
namespace {

// LIKE with '\' as the escape character, so user text matches literally.
std::string LikeLiteral(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// "(cond OR cond ...)" with one placeholder per value.
std::string AnyOf(const std::vector<std::string>& values, const std::string& cond_with_q,
                  std::vector<std::string>* binds, const std::function<std::string(const std::string&)>& transform) {
  std::string sql = "(";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) sql += " OR ";
    std::string cond = cond_with_q;
    for (size_t p = cond.find('?'); p != std::string::npos; p = cond.find('?', p + 1)) {
      std::string placeholder = "?" + std::to_string(binds->size() + 1);
      cond.replace(p, 1, placeholder);
      p += placeholder.size() - 1;
      binds->push_back(transform(values[i]));
    }
    sql += cond;
  }
  return sql + ")";
}

}  // namespace

StatusOr<std::vector<int64_t>> SelectDocuments(const Store& store, const DocumentSelection& sel) {
  std::string sql = "SELECT id FROM documents WHERE 1=1";
  std::vector<std::string> binds;
  auto same = [](const std::string& s) { return s; };
  if (!sel.langs.empty())
    sql += " AND " + AnyOf(sel.langs, "(',' || langs || ',') LIKE ('%,' || ? || ',%')", &binds, same);
  if (!sel.date_from.empty()) {
    binds.push_back(sel.date_from);
    std::string q = "?" + std::to_string(binds.size());
    sql += " AND date <> '' AND substr(date, 1, length(" + q + ")) >= " + q;
  }
  if (!sel.date_to.empty()) {
    binds.push_back(sel.date_to);
    std::string q = "?" + std::to_string(binds.size());
    sql += " AND date <> '' AND substr(date, 1, length(" + q + ")) <= " + q;
  }
  if (!sel.kinds.empty()) sql += " AND " + AnyOf(sel.kinds, "kind = ?", &binds, same);
  if (!sel.sources.empty())
    sql += " AND " + AnyOf(sel.sources, "source LIKE ? ESCAPE '\\'", &binds,
                           [](const std::string& s) { return "%" + LikeLiteral(s) + "%"; });
  for (const std::string& w : sel.words) {
    binds.push_back("%" + LikeLiteral(w) + "%");
    sql += " AND text LIKE ?" + std::to_string(binds.size()) + " ESCAPE '\\'";
  }
  sql += " ORDER BY id";
  Statement st(store.handle(), sql);
  for (size_t i = 0; i < binds.size(); ++i) st.Bind(static_cast<int>(i + 1), binds[i]);
  std::vector<int64_t> ids;
  while (st.Step()) ids.push_back(st.Int64(0));
  if (!st.status().ok()) return st.status();
  return ids;
}

}  // namespace dossier
