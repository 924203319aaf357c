#include <catch2/catch.hpp>

#include "tests/time_scale.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>

#include "ingest/file_reader.h"
#include "tests/ingest/ingest_test_util.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

using test::TempDir;
using test::WriteFile;

Status IngestError(const std::string& bytes, const std::string& name, IngestOptions options = {}) {
  StatusOr<Document> doc = IngestBytes(bytes, name, options);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().subject() == name);
  return doc.status();
}

TEST_CASE("bad input: a missing file is kNotFound naming the file") {
  StatusOr<Document> doc = IngestFile("/nonexistent/dir/missing.txt", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == Status::Code::kNotFound);
  CHECK(doc.status().subject() == "/nonexistent/dir/missing.txt");
  CHECK(doc.status().reason() == "no such file");
}

TEST_CASE("bad input: an unreadable file is an I/O error naming the file") {
  TempDir dir;
  std::string path = (dir / "secret.txt").string();
  WriteFile(path, "Title\n\nBody text.\n");
  ::chmod(path.c_str(), 0);
  // Root reads anything: check as an unprivileged user in a child process.
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
    StatusOr<Document> doc = IngestFile(path, {});
    bool ok = !doc.ok() && doc.status().code() == Status::Code::kIOError &&
              doc.status().subject() == path &&
              doc.status().reason().find("Permission denied") != std::string::npos;
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  int code = WEXITSTATUS(status);
  if (code == 3) WARN("could not drop privileges; permission check not run as an unprivileged user");
  else CHECK(code == 0);
}

TEST_CASE("bad input: a directory is not a document") {
  TempDir dir;
  StatusOr<Document> doc = IngestFile(dir.path().string(), {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().reason() == "not a regular file");
}

TEST_CASE("bad input: empty and white-space-only files") {
  CHECK(IngestError("", "empty.txt").reason() == "empty file");
  CHECK(IngestError(" \n\t\r\n  \n", "blank.txt").code() == Status::Code::kInvalidInput);
  // Only invisible characters and ideographic spaces: nothing to store.
  CHECK(IngestError("\xE3\x80\x80\n\xE2\x80\x8B\n", "invisible.txt").reason() == "no text in the document");
}

TEST_CASE("bad input: binary signatures are refused under any name") {
  struct Case {
    std::string bytes;
    const char* what;
  };
  const Case cases[] = {
      {std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "PNG"},
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "PDF"},
      {std::string("PK\x03\x04\x14\0\0\0\x08\0", 10), "ZIP"},
      {std::string("\x1F\x8B\x08\0\0\0\0\0", 8), "gzip"},
      {"GIF89a\x01\x00\x01\x00", "GIF"},
      {"\xFF\xD8\xFF\xE0\x00\x10JFIF", "JPEG"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Status s = IngestError(c.bytes + "some text after the header", "innocent.txt");
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.reason().find(c.what) != std::string::npos);
    CHECK(s.reason().find("binary") != std::string::npos);
  }
}

TEST_CASE("bad input: NUL-heavy data is binary, a rare NUL is removed") {
  std::string data = "Header\n";
  for (int i = 0; i < 200; ++i) data += std::string("ab\0\0", 4);
  Status s = IngestError(data, "data.txt");
  CHECK(s.reason().find("NUL") != std::string::npos);

  std::string text = "Title\n\nOne stray";
  text.push_back('\0');
  text += " byte in a long enough text that it is clearly text and not binary data at all. ";
  for (int i = 0; i < 20; ++i) text += "More words to make the file long. ";
  Document doc = test::MustIngest(text, "stray.txt");
  CHECK(doc.text.find('\0') == std::string::npos);
  CHECK(doc.text.find("One stray byte") != std::string::npos);
}

TEST_CASE("bad input: files over max_bytes are refused before reading") {
  TempDir dir;
  std::string path = (dir / "big.txt").string();
  WriteFile(path, std::string(5000, 'a'));
  IngestOptions options;
  options.max_bytes = 4096;
  StatusOr<Document> doc = IngestFile(path, options);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == Status::Code::kTooLarge);
  CHECK(doc.status().subject() == path);
  CHECK(doc.status().reason().find("4096") != std::string::npos);
  CHECK(doc.status().reason().find("--max-size") != std::string::npos);
  CHECK(IngestError(std::string(5000, 'a'), "mem.txt", options).code() == Status::Code::kTooLarge);
}

TEST_CASE("bad input: malformed XML reports the line number") {
  std::string xml = "<?xml version=\"1.0\"?>\n<document lang=\"en\">\n<title>T</title>\n<body>\n<p>unclosed\n</body>\n</document>\n";
  Status s = IngestError(xml, "broken.xml");
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.reason().find("malformed XML at line ") != std::string::npos);
  CHECK(s.reason().find("line 6") != std::string::npos);
}

TEST_CASE("bad input: billion laughs is refused quickly, never expanded") {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  std::string prev = "lol";
  for (int i = 1; i <= 9; ++i) {
    std::string name = "lol" + std::to_string(i);
    xml += " <!ENTITY " + name + " \"";
    for (int k = 0; k < 10; ++k) xml += "&" + prev + ";";
    xml += "\">\n";
    prev = name;
  }
  xml += "]>\n<document><title>&lol9;</title><body><p>&lol9;</p></body></document>\n";
  auto start = std::chrono::steady_clock::now();
  Status s = IngestError(xml, "lolz.xml");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(s.reason() == "refused: XML declares entities (external entities and entity expansion are not allowed)");
  CHECK(seconds < 2.0 * test::kTimeScale);
}

TEST_CASE("bad input: external entities are refused") {
  std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
      "<document><title>&xxe;</title><body><p>x</p></body></document>\n";
  Status s = IngestError(xml, "xxe.xml");
  CHECK(s.reason().find("refused: XML declares entities") == 0);
}

TEST_CASE("bad input: ReadFileLimited reads a file within the limit") {
  TempDir dir;
  std::string path = (dir / "ok.txt").string();
  WriteFile(path, "hello");
  StatusOr<std::string> bytes = ReadFileLimited(path, 5);
  REQUIRE(bytes.ok());
  CHECK(*bytes == "hello");
  CHECK(ReadFileLimited(path, 4).status().code() == Status::Code::kTooLarge);
}

}  // namespace
}  // namespace dossier
