#include "ingest/format_sniffer.h"

#include <algorithm>
#include <cctype>

namespace dossier {

namespace {

struct Signature {
  std::string_view magic;
  size_t offset;
  const char* name;
};

// Signatures of files that are never text. Offsets are from the start of file.
constexpr Signature kSignatures[] = {
    {"\x89PNG\r\n\x1a\n", 0, "PNG image"},
    {"%PDF-", 0, "PDF document"},
    {"PK\x03\x04", 0, "ZIP archive (or Office/EPUB file)"},
    {"PK\x05\x06", 0, "ZIP archive"},
    {"PK\x07\x08", 0, "ZIP archive"},
    {"GIF87a", 0, "GIF image"},
    {"GIF89a", 0, "GIF image"},
    {"\xFF\xD8\xFF", 0, "JPEG image"},
    {"\x1F\x8B", 0, "gzip archive"},
    {"BZh", 0, "bzip2 archive"},
    {std::string_view("\xFD" "7zXZ\x00", 6), 0, "xz archive"},
    {"7z\xBC\xAF\x27\x1C", 0, "7z archive"},
    {"\x28\xB5\x2F\xFD", 0, "zstd archive"},
    {"\x7F" "ELF", 0, "ELF executable"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0, "OLE2 (old Office) file"},
    {"RIFF", 0, "RIFF media file"},
    {std::string_view("SQLite format 3\x00", 16), 0, "SQLite database"},
    {"II*", 0, "TIFF image"},
    {"MM\x00*", 0, "TIFF image"},
};

bool StartsWithUtf16Bom(std::string_view b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Value after `key` (e.g. "charset=" or "encoding=") up to a quote, space, ';' or '>'.
std::string ValueAfter(std::string_view text, size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '"' || text[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < text.size() && end - pos < 40) {
    char c = text[end];
    if (c == '"' || c == '\'' || c == ' ' || c == ';' || c == '>' || c == '/' || c == '?') break;
    ++end;
  }
  return std::string(text.substr(pos, end - pos));
}

}  // namespace

Status CheckNotBinary(std::string_view bytes, const std::string& path) {
  if (StartsWithUtf16Bom(bytes)) return Status::Ok();
  for (const Signature& sig : kSignatures) {
    if (bytes.size() >= sig.offset + sig.magic.size() &&
        bytes.substr(sig.offset, sig.magic.size()) == sig.magic) {
      // "BZh", "RIFF" and "II*" are also plausible text starts; require the
      // rest of the header to look binary too (a NUL or a high byte soon after).
      std::string_view name = sig.name;
      if (sig.magic == "BZh" || sig.magic == "RIFF" || sig.magic == "II*") {
        std::string_view head = bytes.substr(0, 16);
        bool binaryish = std::any_of(head.begin(), head.end(),
                                     [](char c) { return c == '\0'; });
        if (!binaryish) continue;
      }
      return Status::InvalidInput(path, "binary file (" + std::string(name) + " signature), not text");
    }
  }
  size_t nuls = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\0'));
  if (nuls > kMaxNulBytes || nuls * 200 > bytes.size()) {
    return Status::InvalidInput(path, "binary file (" + std::to_string(nuls) +
                                          " NUL bytes), not text");
  }
  return Status::Ok();
}

InputFormat SniffFormat(std::string_view start, std::string_view path) {
  std::string_view s = start.substr(0, 4096);
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  std::string head = Lower(s.substr(i, 1024));
  if (head.rfind("<", 0) == 0) {
    if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 ||
        head.rfind("<head", 0) == 0 || head.rfind("<body", 0) == 0) {
      return InputFormat::kHtml;
    }
    if (head.rfind("<?xml", 0) == 0) {
      // XHTML files start with an XML declaration too.
      return head.find("<html") != std::string::npos ? InputFormat::kHtml : InputFormat::kXml;
    }
    if (head.rfind("<!doctype", 0) == 0 || head.rfind("<!--", 0) == 0) {
      if (head.find("<html") != std::string::npos) return InputFormat::kHtml;
    }
    if (head.size() > 1 && (std::isalpha(static_cast<unsigned char>(head[1])) || head[1] == '!')) {
      std::string ext = Lower(path.substr(path.rfind('.') == std::string_view::npos ? path.size()
                                                                                   : path.rfind('.')));
      if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
      // A .txt file that merely starts with '<' ("<Remarks> ...") stays text
      // unless its root is one dossier reads as XML.
      bool known_root = head.rfind("<document", 0) == 0 || head.rfind("<tei", 0) == 0;
      if ((ext == ".txt" || ext == ".text") && !known_root) return InputFormat::kText;
      return InputFormat::kXml;
    }
  }
  std::string lower_path = Lower(path);
  if (EndsWith(lower_path, ".html") || EndsWith(lower_path, ".htm") || EndsWith(lower_path, ".xhtml"))
    return InputFormat::kHtml;
  if (EndsWith(lower_path, ".xml") || EndsWith(lower_path, ".tei")) return InputFormat::kXml;
  return InputFormat::kText;
}

std::string DeclaredCharset(std::string_view bytes, InputFormat format) {
  if (format == InputFormat::kText) return {};
  std::string head = Lower(bytes.substr(0, 4096));
  if (format == InputFormat::kXml || head.rfind("<?xml", 0) == 0) {
    size_t decl_end = head.find("?>");
    if (head.rfind("<?xml", 0) == 0 && decl_end != std::string::npos) {
      size_t enc = head.find("encoding", 0);
      if (enc != std::string::npos && enc < decl_end) {
        size_t eq = head.find('=', enc);
        if (eq != std::string::npos && eq < decl_end) return ValueAfter(bytes.substr(0, 4096), eq + 1);
      }
    }
    if (format == InputFormat::kXml) return {};
  }
  // HTML: the first charset= inside a <meta ...> tag.
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    size_t cs = head.find("charset", pos);
    if (cs != std::string::npos && cs < end) {
      size_t eq = head.find('=', cs);
      if (eq != std::string::npos && eq < end) return ValueAfter(bytes.substr(0, 4096), eq + 1);
    }
    pos = end;
  }
  return {};
}

}  // namespace dossier
