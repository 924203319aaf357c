#include "ingest/xml_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <memory>
#include <set>

#include "ingest/language_tagger.h"
#include "ingest/libxml2_init.h"
#include "ingest/metadata.h"
#include "ingest/normalizer.h"
#include "ingest/tsv.h"

namespace dossier {

namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string_view Name(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }

// The first error of the current parse (libxml2 reports the last one, which
// for a mismatched tag is only "premature end of data" at the end).
struct FirstError {
  bool set = false;
  int line = 0;
  std::string message;
};
thread_local FirstError* g_first_error = nullptr;

void RecordFirstError(void*, xmlErrorPtr error) {
  if (!g_first_error || g_first_error->set || !error || error->level < XML_ERR_ERROR) return;
  g_first_error->set = true;
  g_first_error->line = error->line;
  if (error->message) g_first_error->message = error->message;
}

bool InTei(const xmlNode* n) {
  return n->ns && n->ns->href && std::string_view(reinterpret_cast<const char*>(n->ns->href)) == kTeiNamespace;
}

std::string Attr(const xmlNode* n, const char* name, const char* ns = nullptr) {
  xmlChar* v = ns ? xmlGetNsProp(n, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(ns))
                  : xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string XmlLang(const xmlNode* n) {
  std::string lang = Attr(n, "lang", "http://www.w3.org/XML/1998/namespace");
  if (lang.empty()) lang = Attr(n, "lang");
  return CanonicalLanguageTag(lang);
}

// All text below `root`, iteratively, skipping elements named in `skip`.
std::string SubtreeText(const xmlNode* root, const std::set<std::string_view>& skip = {}) {
  std::string out;
  const xmlNode* n = root->children;
  while (n) {
    bool descend = false;
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
      out += reinterpret_cast<const char*>(n->content);
    if (n->type == XML_ELEMENT_NODE && n->children && !skip.count(Name(n))) descend = true;
    if (descend) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }
  return out;
}

const xmlNode* Child(const xmlNode* parent, std::string_view name) {
  if (!parent) return nullptr;
  for (const xmlNode* c = parent->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && Name(c) == name) return c;
  return nullptr;
}

// Does the text declare entities? Looks at the DOCTYPE only: "<!ENTITY" in
// body text (e.g. CDATA) is allowed.
bool DeclaresEntities(std::string_view xml) {
  size_t doctype = xml.find("<!DOCTYPE");
  if (doctype == std::string_view::npos) return false;
  return xml.find("<!ENTITY", doctype) != std::string_view::npos;
}

void ReadPlain(const xmlNode* root, ReaderOutput* out) {
  out->format = "xml";
  std::string doc_lang = XmlLang(root);
  out->kind = AsciiLower(Attr(root, "kind"));
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view name = Name(c);
    if (name == "title") {
      out->title = NormalizeInline(SubtreeText(c));
    } else if (name == "date") {
      std::string value = NormalizeInline(SubtreeText(c));
      out->date = ParseDateValue(value);
    } else if (name == "source") {
      out->source = NormalizeInline(SubtreeText(c));
    } else if (name == "author") {
      out->author = NormalizeInline(SubtreeText(c));
    }
  }
  if (!out->title.empty()) out->blocks.push_back({SegmentKind::kTitle, out->title, ""});
  const xmlNode* body = Child(root, "body");
  if (!body) return;
  for (const xmlNode* c = body->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    TextBlock block;
    block.kind = Name(c) == "heading" ? SegmentKind::kHeading : SegmentKind::kParagraph;
    block.text = NormalizeInline(SubtreeText(c));
    block.lang = XmlLang(c);
    out->blocks.push_back(std::move(block));
  }
  (void)doc_lang;
}

void ReadTei(const xmlNode* root, ReaderOutput* out) {
  out->format = "tei";
  const xmlNode* tei = root;
  if (Name(root) == "teiCorpus") tei = Child(root, "TEI");
  if (!tei) return;
  const xmlNode* header = Child(tei, "teiHeader");
  const xmlNode* file_desc = Child(header, "fileDesc");
  const xmlNode* title_stmt = Child(file_desc, "titleStmt");
  const xmlNode* pub_stmt = Child(file_desc, "publicationStmt");
  if (const xmlNode* t = Child(title_stmt, "title")) out->title = NormalizeInline(SubtreeText(t));
  if (const xmlNode* a = Child(title_stmt, "author")) out->author = NormalizeInline(SubtreeText(a));
  if (const xmlNode* p = Child(pub_stmt, "publisher")) out->source = NormalizeInline(SubtreeText(p));
  if (const xmlNode* d = Child(pub_stmt, "date")) {
    std::string when = Attr(d, "when");
    out->date = ParseDateValue(!when.empty() ? when : NormalizeInline(SubtreeText(d)));
  }
  if (!out->title.empty()) out->blocks.push_back({SegmentKind::kTitle, out->title, ""});
  const xmlNode* body = Child(Child(tei, "text"), "body");
  if (!body) return;
  static const std::set<std::string_view> kSkip = {"note", "fw", "pb", "lb", "figure", "bibl"};
  static const std::set<std::string_view> kBlocks = {"head", "p", "ab", "item", "l", "quote", "label", "byline",
                                                     "dateline", "salute", "signed", "opener", "closer"};
  // Iterative walk: blocks are leaves of the walk, containers are entered.
  const xmlNode* n = body->children;
  bool first_head = true;
  while (n) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE) {
      std::string_view name = Name(n);
      if (kSkip.count(name)) {
        // skip
      } else if (kBlocks.count(name)) {
        TextBlock block;
        block.text = NormalizeInline(SubtreeText(n, kSkip));
        block.lang = XmlLang(n);
        if (name == "head") {
          block.kind = SegmentKind::kHeading;
          if (first_head && block.text == out->title && !out->blocks.empty() &&
              out->blocks.front().kind == SegmentKind::kTitle) {
            out->blocks.front().lang = block.lang;
            block.text.clear();  // the title segment already says it
          }
          first_head = false;
        }
        if (!block.text.empty()) out->blocks.push_back(std::move(block));
      } else {
        descend = n->children != nullptr;
      }
    }
    if (descend) {
      n = n->children;
      continue;
    }
    while (n && n != body && !n->next) n = n->parent;
    if (!n || n == body) break;
    n = n->next;
  }
}

}  // namespace

StatusOr<ReaderOutput> ReadXml(std::string_view utf8_xml, const std::string& path) {
  EnsureLibxml2Initialized();
  if (DeclaresEntities(utf8_xml))
    return Status::InvalidInput(
        path, "refused: XML declares entities (external entities and entity expansion are not allowed)");
  if (utf8_xml.size() > static_cast<size_t>(INT32_MAX)) return Status::TooLarge(path, "XML over 2 GiB");
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::Internal(path, "cannot create an XML parser");
  FirstError first;
  g_first_error = &first;
  if (ctxt->sax) ctxt->sax->serror = RecordFirstError;
  std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(
      ctxt.get(), utf8_xml.data(), static_cast<int>(utf8_xml.size()), nullptr, "UTF-8",
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA));
  g_first_error = nullptr;
  if (!doc || !ctxt->wellFormed) {
    const xmlError* err = xmlCtxtGetLastError(ctxt.get());
    std::string reason = "malformed XML";
    int line = first.set ? first.line : err ? err->line : 0;
    std::string message = first.set ? first.message : (err && err->message) ? err->message : "";
    if (line > 0 || !message.empty()) {
      reason += " at line " + std::to_string(line);
      if (!message.empty()) {
        std::string msg = message;
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
        reason += ": " + msg;
      }
    }
    return Status::InvalidInput(path, reason);
  }
  if (doc->intSubset && doc->intSubset->entities)
    return Status::InvalidInput(
        path, "refused: XML declares entities (external entities and entity expansion are not allowed)");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return Status::InvalidInput(path, "XML without a root element");
  ReaderOutput out;
  std::string_view name = Name(root);
  if ((name == "TEI" || name == "teiCorpus") && InTei(root)) {
    ReadTei(root, &out);
  } else if (name == "document" && !root->ns) {
    ReadPlain(root, &out);
  } else {
    return Status::InvalidInput(path, "unsupported XML: root element <" + std::string(name) +
                                          "> (expected the dossier <document> schema or TEI <TEI>)");
  }
  if (!out.date.empty()) out.date_source = std::string(date_source::kXml);
  return out;
}

}  // namespace dossier
