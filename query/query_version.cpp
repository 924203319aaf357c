// Keeps dossier_query a non-empty library until the search code lands.
namespace dossier {
const char* QueryLibraryVersion() { return "0"; }
}  // namespace dossier
