// The schema of the store as an ordered list of migrations.
//
// Migration i (0-based) brings the database from user_version i to i+1.
// These are part of the persistent format on disk: never edit or reorder a
// migration that has shipped; add a new one at the end. docs/schema.md
// describes every table.
#pragma once

#include <string_view>
#include <vector>

namespace dossier {

const std::vector<std::string_view>& SchemaMigrations();

}  // namespace dossier
