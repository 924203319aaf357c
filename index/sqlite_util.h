// Thin RAII helpers over the SQLite C API, for code inside index/ only.
//
//   Statement st(db, "SELECT id FROM documents WHERE content_hash = ?1");
//   st.Bind(1, hash);
//   while (st.Step()) id = st.Int64(0);
//   if (!st.status().ok()) return st.status();
//
// Errors are kept as a Status naming the SQL that failed, never thrown.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/status.h"

namespace dossier {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int index, std::string_view text);  // SQLite copies the text
  // Binds without a copy: `text` must stay alive and unchanged until the
  // next Reset (which also drops the binding) or the Statement's end. For
  // the writer's hot path, where each value is bound, run and reset at once.
  Statement& BindStatic(int index, std::string_view text);
  // The same for a BLOB.
  Statement& BindStaticBlob(int index, std::string_view bytes);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);
  // Binds text, or NULL when empty.
  Statement& BindOrNull(int index, std::string_view text);

  // Advances to the next row: true while there is one. False at the end or
  // on error (then status() is not ok).
  bool Step();
  // Runs a statement that returns no rows; the status of the run.
  Status Run();
  void Reset();

  int64_t Int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const;
  bool IsBlob(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_BLOB; }
  // The bytes of a BLOB column, valid until the next Step, Reset or read of
  // the same column as another type.
  std::string_view Blob(int col) const;
  const Status& status() const { return status_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
  std::string sql_;
};

// Runs one or more statements that return no rows.
Status Exec(sqlite3* db, std::string_view sql);
// A Status for the last error on `db`, naming `what`.
Status SqliteError(sqlite3* db, std::string_view what);

// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed.
class Transaction {
 public:
  explicit Transaction(sqlite3* db);
  ~Transaction();
  const Status& status() const { return status_; }
  Status Commit();

 private:
  sqlite3* db_;
  Status status_;
  bool open_ = false;
};

}  // namespace dossier
