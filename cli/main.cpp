// dossier: parse the command line, run one subcommand, exit with its code.
#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli/command.h"

int main(int argc, char** argv) {
  // A closed pipe (dossier list | head) ends the program quietly.
  std::signal(SIGPIPE, SIG_DFL);
  std::ios::sync_with_stdio(false);

  using namespace dossier::cli;
  CLI::App app{"dossier: ingest statements in Chinese, Japanese and English, extract their "
               "facts, and search them.",
               "dossier"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dossier 0.1.0");
  GlobalOptions global;
  const char* env_db = std::getenv("DOSSIER_DB");
  global.db_path = env_db && *env_db ? env_db : "dossier.db";
  app.add_option("--db", global.db_path, "database file (default: $DOSSIER_DB or ./dossier.db)")
      ->capture_default_str();
  app.footer("Exit codes: 0 ok, 1 some inputs failed (or no hits), 2 usage error, 3 database error.\n"
             "Run `dossier COMMAND --help` for the options of each command.");

  int exit_code = kExitOk;
  RegisterAdd(app, global, &exit_code);
  RegisterList(app, global, &exit_code);
  RegisterShow(app, global, &exit_code);
  RegisterText(app, global, &exit_code);
  RegisterRemove(app, global, &exit_code);
  RegisterStats(app, global, &exit_code);
  RegisterExtract(app, global, &exit_code);
  RegisterFacts(app, global, &exit_code);
  RegisterSheet(app, global, &exit_code);
  RegisterSearch(app, global, &exit_code);
  RegisterReindex(app, global, &exit_code);
  RegisterCheck(app, global, &exit_code);
  RegisterCompact(app, global, &exit_code);
  RegisterTokens(app, global, &exit_code);
  RegisterOrgs(app, global, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  std::cout.flush();
  return exit_code;
}
