// Hostile input, end to end: a folder of bad files next to good ones.
// Every bad file gets one clear `failed` line naming it and the reason, the
// good files are stored, the database stays whole, and the run is quick.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <iostream>
#include <set>
#include <nlohmann/json.hpp>

#include "index/store.h"
#include "tests/test_util.h"
#include "tests/time_scale.h"

using dossier::test::RunDossier;
using dossier::test::Repeat;
using dossier::test::TempDir;
using dossier::test::WriteFile;

namespace {

struct Outcome {
  std::string status;
  std::string error;
};

// Runs `dossier add --json DIR` and returns path -> outcome.
std::map<std::string, Outcome> AddJson(const std::string& db, const std::string& dir, int* exit_code) {
  auto r = RunDossier({"--db", db, "add", "--json", dir});
  *exit_code = r.exit_code;
  std::map<std::string, Outcome> out;
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("path")) continue;
    std::string name = std::filesystem::path(j["path"].get<std::string>()).filename().string();
    out[name] = {j["status"].get<std::string>(), j.value("error", "")};
  }
  return out;
}

}  // namespace

TEST_CASE("hostile: bad files are refused one by one and good files are stored") {
  TempDir tmp;
  auto in = tmp / "in";
  // Good files, in several scripts and with awkward names.
  WriteFile(in / "good english.txt", "Trade Talks\n\nChina and Japan agreed to resume the dialogue.\n");
  WriteFile(in / "中文 文件.txt", "中日经贸合作\n\n双方同意加强合作。\n");
  WriteFile(in / "日本語\nnewline.txt", "日中経済対話\n\n両国は協力を強化することで一致した。\n");
  // Bad files.
  WriteFile(in / "empty.txt", "");
  WriteFile(in / "blank.txt", "  \n\n \t\n");
  WriteFile(in / "image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(200, '\x01'));
  WriteFile(in / "archive.txt", std::string("PK\x03\x04\x14\0\0\0", 8) + std::string(300, 'z'));
  WriteFile(in / "paper.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
  WriteFile(in / "nul.txt", std::string("text\0with\0many\0nul\0bytes\0", 25) + std::string(100, '\0'));
  WriteFile(in / "xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            "<document><title>t</title><body><p>&x;</p></body></document>\n");
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i)
    bomb += "<!ENTITY lol" + std::to_string(i) + " \"" + Repeat("&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";", 10) + "\">\n";
  bomb += "]>\n<document><title>&lol9;</title></document>\n";
  WriteFile(in / "bomb.xml", bomb);
  WriteFile(in / "broken.xml", "<document><title>unclosed</title><body><p>text</body>\n");
  WriteFile(in / "deep.html", Repeat("<div>", 100000) + "deep text" + Repeat("</div>", 100000));
  // Invalid bytes inside a UTF-8 file (its other non-ASCII is valid UTF-8;
  // ASCII with only stray high bytes would be read as windows-1252).
  WriteFile(in / "badutf8.txt", Repeat("Valid UTF-8 text: caf\u00e9, na\u00efve, \u7ecf\u6d4e. ", 50) +
                                    "\xC3\x28\xA0\xA1" + Repeat(" More valid text follows here.", 50));
  std::filesystem::create_directories(in / "loop");
  ::symlink((in / "loop").c_str(), (in / "loop" / "back").c_str());

  std::string db = (tmp / "t.db").string();
  auto t0 = std::chrono::steady_clock::now();
  int rc = -1;
  auto got = AddJson(db, in.string(), &rc);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(rc == 1);
  CHECK(seconds < 60 * dossier::test::kTimeScale);

  for (const char* good : {"good english.txt", "中文 文件.txt", "日本語\nnewline.txt"}) {
    INFO(good);
    REQUIRE(got.count(good));
    CHECK(got[good].status == "added");
  }
  for (const char* bad : {"empty.txt", "blank.txt", "image.txt", "archive.txt", "paper.txt", "nul.txt",
                          "xxe.xml", "bomb.xml", "broken.xml", "badutf8.txt", "back"}) {
    INFO(bad << ": " << got[bad].status << " " << got[bad].error);
    REQUIRE(got.count(bad));
    CHECK(got[bad].status == "failed");
    CHECK(got[bad].error.size() > 5);
  }
  CHECK(got["xxe.xml"].error.find("entit") != std::string::npos);
  CHECK(got["bomb.xml"].error.find("entit") != std::string::npos);
  // HTML nested 100,000 deep keeps its text (read flattened past libxml2's depth cap).
  REQUIRE(got.count("deep.html"));
  CHECK(got["deep.html"].status == "added");

  auto store = dossier::Store::Open(db);
  REQUIRE(store.ok());
  CHECK((*store)->Check().ok());
  // Nothing of the entity's target was read into the store.
  // (The list is held in a named variable: a range-for over *List() would
  // iterate a destroyed temporary; ASan found it.)
  auto listed = (*store)->List();
  REQUIRE(listed.ok());
  for (const auto& d : *listed) CHECK((*store)->GetDocument(d.id)->text.find("root:") == std::string::npos);
  auto deep = RunDossier({"--db", db, "search", "deep text"});
  CHECK(deep.exit_code == 0);
  CHECK(deep.out.find("deep.html") != std::string::npos);
}

TEST_CASE("hostile: a file over the size limit is refused quickly with the limit named") {
  TempDir tmp;
  WriteFile(tmp / "huge.txt", std::string(3u << 20, 'a'));  // one 3 MiB line
  auto t0 = std::chrono::steady_clock::now();
  auto r = RunDossier({"--db", (tmp / "t.db").string(), "add", "--max-size", "2", (tmp / "huge.txt").string()});
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() < 10);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("huge.txt") != std::string::npos);
}

TEST_CASE("hostile: an unreadable file and folder fail alone with the reason, the rest is stored") {
  TempDir tmp;
  auto in = tmp / "in";
  WriteFile(in / "readable.txt", "Readable\n\nChina and Japan agreed to resume the trade dialogue.\n");
  WriteFile(in / "secret.txt", "Secret\n\nNobody may read this trade note.\n");
  WriteFile(in / "closed" / "inner.txt", "Inner\n\nA file in a folder nobody may list.\n");
  WriteFile(in / "zz-after.txt", "After\n\nThe file after the unreadable ones is still stored.\n");
  REQUIRE(::chmod((in / "secret.txt").c_str(), 0) == 0);
  REQUIRE(::chmod((in / "closed").c_str(), 0) == 0);
  // Root reads every file whatever its mode (CI runs the tests as root), so
  // there the add runs as user and group nobody, with a folder it can write
  // its database in.
  dossier::test::RunOptions as;
  if (::geteuid() == 0) as.uid = as.gid = 65534;
  std::filesystem::create_directories(tmp / "db");
  REQUIRE(::chmod((tmp / "db").c_str(), 0777) == 0);
  const std::string db = (tmp / "db" / "t.db").string();
  auto r = RunDossier({"--db", db, "add", "--json", in.string()}, as);
  if (r.exit_code == 126) {
    WARN("cannot switch to user 65534 here (setuid refused): the unreadable-file case is not exercised");
    return;
  }
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  std::map<std::string, Outcome> got;
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("path")) continue;
    got[std::filesystem::path(j["path"].get<std::string>()).filename().string()] = {
        j["status"].get<std::string>(), j.value("error", "")};
  }
  CHECK(got["readable.txt"].status == "added");
  CHECK(got["zz-after.txt"].status == "added");
  CHECK(got["secret.txt"].status == "failed");
  CHECK(got["secret.txt"].error.find("Permission denied") != std::string::npos);
  CHECK(got["closed"].status == "failed");
  CHECK(got["closed"].error.find("Permission denied") != std::string::npos);
  CHECK(!got.count("inner.txt"));
  // Without --json the reason is on stderr, naming the file.
  auto plain = RunDossier({"--db", db, "add", in.string()}, as);
  CHECK(plain.exit_code == 1);
  CHECK(plain.err.find("secret.txt: cannot open: Permission denied") != std::string::npos);
  auto store = dossier::Store::Open(db);
  REQUIRE(store.ok());
  CHECK((*store)->Check().ok());
  CHECK((*store)->List()->size() == 2);
}

TEST_CASE("hostile: file names in every script, with spaces, tabs and newlines, are stored under their exact path") {
  TempDir tmp;
  auto in = tmp / "in";
  const std::vector<std::string> names = {
      "English with spaces.txt",  "中文 简体 文件.txt",      "繁體 中文.txt",
      "ひらがな カタカナ.txt",    "한국어 파일 이름.txt",    "العربية ملف.txt",
      "русский файл.txt",         "emoji 📄🎉 file.txt",     "tab\tand\nnewline 改行.txt",
      " leading and trailing .txt", "mixed 中文 한국어 русский العربية 😀.html",
      "combining e\xCC\x81 and NFC \xC3\xA9.txt"};
  for (size_t i = 0; i < names.size(); ++i) {
    std::string body = "Document " + std::to_string(i) + "\n\nThe ministers discussed trade for file number " +
                       std::to_string(i) + " and agreed on cooperation.\n";
    if (names[i].size() > 5 && names[i].substr(names[i].size() - 5) == ".html")
      body = "<html><head><title>Document " + std::to_string(i) + "</title></head><body><p>Trade " +
             "talks about file number " + std::to_string(i) + ".</p></body></html>";
    WriteFile(in / names[i], body);
  }
  const std::string db = (tmp / "t.db").string();
  int rc = -1;
  auto got = AddJson(db, in.string(), &rc);
  CHECK(rc == 0);
  for (const std::string& name : names) {
    INFO(name);
    REQUIRE(got.count(name));
    CHECK(got[name].status == "added");
  }
  // `list --json` gives every path back byte for byte.
  auto list = RunDossier({"--db", db, "list", "--json"});
  REQUIRE(list.exit_code == 0);
  std::set<std::string> listed;
  std::istringstream lines(list.out);
  std::string line;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("path")) listed.insert(j["path"].get<std::string>());
  }
  for (const std::string& name : names) CHECK(listed.count(dossier::CanonicalPath((in / name).string())));
  // A second add finds every file unchanged: the names round-trip.
  auto again = AddJson(db, in.string(), &rc);
  CHECK(rc == 0);
  for (const std::string& name : names) CHECK(again[name].status == "unchanged");
}

namespace {

// A file of one line, `bytes` long: words and numbers with spaces, no newline.
void WriteOneLine(const std::filesystem::path& path, size_t bytes) {
  std::ofstream out(path, std::ios::binary);
  out << "One line ";
  const std::string chunk =
      "the ministers of both countries met again and agreed that trade in goods and services should grow "
      "while supply chains stay open and investment keeps flowing across the region ";
  size_t written = 9;
  for (size_t i = 0; written < bytes; ++i) {
    std::string piece = chunk + "round " + std::to_string(i) + " ";
    out << piece;
    written += piece.size();
  }
}

}  // namespace

TEST_CASE("hostile: a 200 MB file of one line is refused at the default limit, at once and without reading it") {
  TempDir tmp;
  const std::string file = (tmp / "one-line.txt").string();
  WriteOneLine(file, size_t{200} << 20);
  auto refused = RunDossier({"--db", (tmp / "t.db").string(), "add", file});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("one-line.txt") != std::string::npos);
  CHECK(refused.err.find("over the limit of 67108864 bytes") != std::string::npos);
  CHECK(refused.seconds < 10 * dossier::test::kTimeScale);
  CHECK(refused.max_rss_kb < dossier::test::MemoryBoundKb(100 * 1024));  // far below the file's 200 MB: it was not read
  std::filesystem::remove(file);
}

// Ingesting a one-line file runs at about 0.4 MB/s and peaks near 25x its
// size in memory (docs/testing.md): the time goes to the extractors (the
// commitment finder most), the memory to the whole-document folded copies
// and token lists of the extractors. The default size keeps the suite quick;
// DOSSIER_ONE_LINE_MB=200 runs the 200 MB case.
TEST_CASE("hostile: a file of one line above the default size is ingested within time and memory bounds") {
  TempDir tmp;
  const size_t mb = static_cast<size_t>(dossier::test::EnvInt("DOSSIER_ONE_LINE_MB", 4));
  const size_t bytes = mb << 20;
  const std::string file = (tmp / "one-line.txt").string();
  WriteOneLine(file, bytes);
  const std::string db = (tmp / "t.db").string();

  // --max-size below the file refuses it; above, it is stored.
  auto refused = RunDossier({"--db", db, "add", "--max-size", std::to_string(mb / 2), file});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("over the limit") != std::string::npos);
  auto added = RunDossier({"--db", db, "add", "--max-size", std::to_string(mb * 2 + 1), "--json", file});
  std::cout << "one-line file of " << mb << " MiB: " << added.seconds << " s, peak RSS " << added.max_rss_kb / 1024
            << " MiB" << std::endl;
  INFO("exit " << added.exit_code << ": " << added.err.substr(0, 1000));
  CHECK(added.exit_code == 0);
  CHECK(added.out.find("\"status\":\"added\"") != std::string::npos);
  // Memory: measured ~25x the text (see above); 40x plus the binary's own
  // ~100 MB would mean something grew out of proportion.
  CHECK(added.max_rss_kb < dossier::test::MemoryBoundKb(static_cast<long>(bytes / 1024) * 40 + 100 * 1024));
  // Time: linear at ~0.4 MB/s here (RelWithDebInfo); the bound leaves room
  // for sanitizers (3x) and a loaded machine.
  CHECK(added.seconds < (30.0 * static_cast<double>(mb) + 30) * dossier::test::kTimeScale);
  auto search = RunDossier({"--db", db, "search", "--limit", "1", "supply chains"});
  CHECK(search.exit_code == 0);
  auto store = dossier::Store::Open(db);
  REQUIRE(store.ok());
  CHECK((*store)->Check().ok());
  std::filesystem::remove(file);
}
