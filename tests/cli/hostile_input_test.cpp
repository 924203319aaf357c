// Hostile input, end to end: a folder of bad files next to good ones.
// Every bad file gets one clear `failed` line naming it and the reason, the
// good files are stored, the database stays whole, and the run is quick.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <nlohmann/json.hpp>

#include "index/store.h"
#include "tests/test_util.h"

using dossier::test::RunDossier;
using dossier::test::TempDir;
using dossier::test::WriteFile;

namespace {

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

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
  WriteFile(in / "badutf8.txt", Repeat("Plain English text that is valid UTF-8. ", 50) + "\xC3\x28\xA0\xA1" +
                                    Repeat(" More valid text follows here.", 50));
  std::filesystem::create_directories(in / "loop");
  ::symlink((in / "loop").c_str(), (in / "loop" / "back").c_str());

  std::string db = (tmp / "t.db").string();
  auto t0 = std::chrono::steady_clock::now();
  int rc = -1;
  auto got = AddJson(db, in.string(), &rc);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(rc == 1);
  CHECK(seconds < 60);

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
  // The deep HTML either yields its text or a clear error; it must not crash.
  REQUIRE(got.count("deep.html"));
  CHECK((got["deep.html"].status == "added" || !got["deep.html"].error.empty()));

  auto store = dossier::Store::Open(db);
  REQUIRE(store.ok());
  CHECK((*store)->Check().ok());
  // Nothing of the entity's target was read into the store.
  for (const auto& d : *(*store)->List()) CHECK((*store)->GetDocument(d.id)->text.find("root:") == std::string::npos);
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
