#include "ingest/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <set>

#include "ingest/boilerplate.h"
#include "ingest/html_flatten.h"
#include "ingest/language_tagger.h"
#include "ingest/libxml2_init.h"
#include "ingest/line_joiner.h"
#include "ingest/metadata.h"
#include "ingest/normalizer.h"
#include "ingest/tsv.h"
#include "ingest/utf8.h"

namespace dossier {

namespace {

// U+2028 LINE SEPARATOR: what a <br> leaves in a block's text; NormalizeText
// makes it a space.
constexpr std::string_view kLineBreakMark = "\u2028";

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string_view Name(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool IsDropped(std::string_view name) {
  static const std::set<std::string_view> kDropped = {
      "script", "style", "nav", "footer", "aside", "form", "noscript", "iframe", "svg",
      "button", "select", "template", "object", "embed", "canvas", "map", "dialog", "menu"};
  return kDropped.count(name) > 0;
}

bool IsBlock(std::string_view name) {
  static const std::set<std::string_view> kBlocks = {
      "p", "li", "blockquote", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "dd", "dt",
      "pre", "figcaption", "caption", "section", "article", "main", "ul", "ol", "dl", "table", "tr",
      "body", "header", "address", "center", "figure", "details", "summary", "hr", "tbody", "thead"};
  return kBlocks.count(name) > 0;
}

// Pages older than <header>/<nav>/<footer> (and many government sites today)
// mark their furniture with a class or id instead: <div class="header">,
// <div id="footer">, <ul class="nav-menu">. An element outside <article>/<main>
// whose class or id holds one of these words, and none that names content,
// is furniture. The rule only ever removes a little text (kMaxFurnitureBytes):
// a wrapper named "header-wrap" around a whole page is kept.
constexpr size_t kMaxFurnitureBytes = 1000;

// The words of a class and id, lower-cased: "nav-menu Footer" -> nav, menu, footer.
std::vector<std::string> ClassWords(const std::string& class_and_id) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < class_and_id.size()) {
    size_t j = i;
    while (j < class_and_id.size() && std::isalnum(static_cast<unsigned char>(class_and_id[j]))) ++j;
    if (j > i) {
      std::string word = class_and_id.substr(i, j - i);
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words.push_back(std::move(word));
    }
    i = j + 1;
  }
  return words;
}

bool FurnitureName(const std::string& class_and_id) {
  static const std::set<std::string_view> kFurniture = {
      "header", "footer", "foot", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
      "crumb", "sidebar", "copyright", "banner", "topbar", "masthead"};
  static const std::set<std::string_view> kContent = {"article", "content", "main", "body", "post", "entry", "text"};
  bool furniture = false;
  for (const std::string& word : ClassWords(class_and_id)) {
    if (kContent.count(word)) return false;
    furniture |= kFurniture.count(word) > 0;
  }
  return furniture;
}

// An <aside> inside the article that its class or id calls a box of facts
// ("fact-box", "key-facts", "infobox", "highlights") is content: a release's
// key figures; so is a profile box ("profile", "bio") of the person or company
// an interview or feature is about. Other asides (related links, share bars)
// are furniture.
bool FactBoxName(const std::string& class_and_id) {
  static const std::set<std::string_view> kFacts = {"fact", "facts", "factbox", "factsheet", "keyfacts",
                                                    "infobox", "highlight", "highlights", "stats", "statistics",
                                                    "profile", "bio", "biography"};
  for (const std::string& word : ClassWords(class_and_id))
    if (kFacts.count(word)) return true;
  return false;
}

int HeadingLevel(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return 0;
}

// The node after `n` in document order inside `root`'s subtree (into `n`'s
// children first), or nullptr past its end. Iterative walks of a subtree
// keep deep pages off the call stack.
const xmlNode* NextBelow(const xmlNode* n, const xmlNode* root) {
  if (n->type == XML_ELEMENT_NODE && n->children) return n->children;
  while (n && n != root && !n->next) n = n->parent;
  if (!n || n == root) return nullptr;
  return n->next;
}

// All text below `root`.
std::string SubtreeText(const xmlNode* root) {
  std::string out;
  for (const xmlNode* n = root->children; n; n = NextBelow(n, root))
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
      out += reinterpret_cast<const char*>(n->content);
  return out;
}

size_t NonSpaceBytes(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !(c == ' ' || c == '\n' || c == '\t' || c == '\r');
  return n;
}

// Whether an element below `root` is a block (a paragraph or a table in a
// cell makes the cell a layout box, not a value).
bool HasBlockBelow(const xmlNode* root) {
  for (const xmlNode* n = root->children; n; n = NextBelow(n, root))
    if (n->type == XML_ELEMENT_NODE && IsBlock(Name(n))) return true;
  return false;
}

// A cell longer than this holds prose, and its row is no row of values.
constexpr size_t kMaxDataCellBytes = 200;

// A data row's text with single spaces for its separators.
std::string WithoutCellSeparators(std::string text) {
  for (size_t at = text.find(kCellSeparator); at != std::string::npos; at = text.find(kCellSeparator, at))
    text.replace(at, kCellSeparator.size(), " ");
  return text;
}

// <tr> of a data table: two cells or more, each short text without blocks
// inside. Such a row is one segment, its cells apart by kCellSeparator, so a
// figure in it keeps its row label and its column's header. A row of a
// layout table (paragraphs in cells, or long text) stays one block per cell.
bool DataRow(const xmlNode* tr) {
  int cells = 0;
  for (const xmlNode* c = tr->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && (!c->content || NonSpaceBytes(reinterpret_cast<const char*>(c->content)) == 0))
      continue;
    if (c->type == XML_COMMENT_NODE) continue;
    if (c->type != XML_ELEMENT_NODE || (Name(c) != "td" && Name(c) != "th")) return false;
    if (HasBlockBelow(c) || NonSpaceBytes(SubtreeText(c)) > kMaxDataCellBytes) return false;
    ++cells;
  }
  return cells >= 2;
}

// A block being collected: its kind, language and text, with the number of
// bytes that were inside links.
struct OpenBlock {
  int heading = 0;  // 1-6 for h1-h6
  bool pre = false; // <pre>: its line breaks are the author's
  bool row = false; // a data row (DataRow): its cells are inline, apart by kCellSeparator
  int cells = 0;    // cells of the row begun so far
  std::string lang;
  std::string text;
  size_t linked = 0;
};

class HtmlWalker {
 public:
  ReaderOutput Walk(xmlNode* root) {
    stack_.push_back(OpenBlock());
    xmlNode* n = root;
    while (n) {
      bool descend = Enter(n);
      if (descend && n->children) {
        n = n->children;
        continue;
      }
      for (;;) {
        if (descend || n->type != XML_ELEMENT_NODE || !skipped_.count(n)) Leave(n);
        skipped_.erase(n);
        if (n == root) {
          n = nullptr;
          break;
        }
        if (n->next) {
          n = n->next;
          break;
        }
        n = n->parent;
        descend = true;
      }
    }
    Flush(&stack_.back());
    Finish();
    return std::move(out_);
  }

 private:
  // Returns whether to walk into n's children.
  bool Enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content && !in_head_) {
        std::string_view t = reinterpret_cast<const char*>(n->content);
        // The source's line break right after a <br> is the same break.
        if (stack_.back().text.ends_with(kLineBreakMark))
          while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\r' || t.front() == '\t'))
            t.remove_prefix(1);
        stack_.back().text.append(t);
        if (link_depth_ > 0) stack_.back().linked += NonSpaceBytes(t);
      }
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    std::string_view name = Name(n);
    if (name == "head") {
      in_head_ = true;
      return true;
    }
    if (name == "title") {
      if (page_title_.empty()) page_title_ = NormalizeInline(SubtreeText(n));
      skipped_.insert(n);
      return false;
    }
    if (name == "meta") {
      ReadMeta(n);
      return false;
    }
    if (name == "html") return true;
    if (in_head_) {
      skipped_.insert(n);
      return false;
    }
    const bool fact_box = name == "aside" && article_depth_ > 0 && n->properties != nullptr &&
                          FactBoxName(Attr(n, "class") + " " + Attr(n, "id"));
    if ((IsDropped(name) && !fact_box) || (name == "header" && article_depth_ == 0) || FurnitureByClass(n)) {
      skipped_.insert(n);
      return false;
    }
    if (name == "br") {
      // A line break the page draws (令和8年元旦<br>新潟商工会議所): the lines
      // are apart, with a space even between CJK characters, which a wrapped
      // line in the source is not. <pre> keeps it as its own line.
      // After a CJK punctuation mark the line is wrapped, not ended
      // (変化を成長の機会に変え、<br>持続的な…): no space.
      std::string& text = stack_.back().text;
      const size_t last = text.empty() ? 0 : utf8::PrevStart(text, text.size());
      size_t p = last;
      const char32_t before = text.empty() ? 0 : utf8::Next(text, &p);
      const bool cjk_punct = (before >= 0x3000 && before <= 0x303F) || (before >= 0xFF01 && before <= 0xFF0F) ||
                             before == 0xFF1A || before == 0xFF1B || before == 0xFF1F;
      if (stack_.back().pre || cjk_punct) text.push_back('\n');
      else text.append(kLineBreakMark);
      return false;
    }
    if (name == "a") ++link_depth_;
    if (name == "article" || name == "main") ++article_depth_;
    if ((name == "td" || name == "th") && stack_.back().row) {
      // Every cell after the first is preceded by the separator, an empty one
      // too, so the cells keep their columns.
      if (stack_.back().cells++ > 0) stack_.back().text.append(kCellSeparator);
      return true;
    }
    if (IsBlock(name)) {
      Flush(&stack_.back());
      OpenBlock block;
      block.heading = HeadingLevel(name);
      block.pre = name == "pre" || stack_.back().pre;
      block.row = name == "tr" && !block.pre && DataRow(n);
      std::string lang = CanonicalLanguageTag(Attr(n, "lang"));
      block.lang = !lang.empty() ? lang : stack_.back().lang;
      stack_.push_back(std::move(block));
    }
    return true;
  }

  bool FurnitureByClass(const xmlNode* n) const {
    if (article_depth_ > 0 || n->properties == nullptr) return false;
    if (!FurnitureName(Attr(n, "class") + " " + Attr(n, "id"))) return false;
    return NonSpaceBytes(SubtreeText(n)) <= kMaxFurnitureBytes;
  }

  void Leave(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return;
    std::string_view name = Name(n);
    if (name == "head") {
      in_head_ = false;
      return;
    }
    if (in_head_) return;
    if (name == "a" && link_depth_ > 0) --link_depth_;
    if ((name == "article" || name == "main") && article_depth_ > 0) --article_depth_;
    if ((name == "td" || name == "th") && stack_.back().row) return;
    if (IsBlock(name) && stack_.size() > 1) {
      Flush(&stack_.back());
      stack_.pop_back();
    }
  }

  void Flush(OpenBlock* b) {
    if (b->text.empty()) return;
    if (b->pre) return FlushPreformatted(b);
    std::string text = NormalizeInline(b->text);
    size_t total = NonSpaceBytes(b->text);
    size_t linked = b->linked;
    b->text.clear();
    b->linked = 0;
    b->cells = 0;
    if (text.empty()) return;
    if (b->row && text.find_first_not_of("| ") == std::string::npos) return;  // a row of empty cells
    if (b->heading == 0 && linked * 2 > total) return;  // link list, share bar, breadcrumb
    // A data row's pipes are no menu ("Home | News"): its words alone are
    // checked for furniture phrases.
    if (b->heading == 0 && IsBoilerplateBlock(b->row ? WithoutCellSeparators(text) : text, /*at_edge=*/true)) return;
    TextBlock block;
    block.text = std::move(text);
    block.lang = b->lang;
    if (b->heading == 1 && !have_h1_) {
      block.kind = SegmentKind::kTitle;
      have_h1_ = true;
    } else if (b->heading > 0) {
      block.kind = SegmentKind::kHeading;
    }
    out_.blocks.push_back(std::move(block));
  }

  // <pre> keeps its lines, as a plain text file does (line_joiner.h): a table
  // aligned with spaces stays one row per line, hard-wrapped prose is joined
  // into its paragraphs.
  void FlushPreformatted(OpenBlock* b) {
    const std::string normalized = NormalizeText(b->text);
    b->text.clear();
    b->linked = 0;
    const std::vector<std::string_view> lines = SplitLines(normalized);
    const std::vector<bool> keep_all(lines.size(), false);
    for (Paragraph& p : JoinParagraphs(lines, keep_all, AnalyzeWrapping(lines))) {
      if (p.text.empty()) continue;
      TextBlock block;
      block.text = std::move(p.text);
      block.lang = b->lang;
      out_.blocks.push_back(std::move(block));
    }
  }

  void ReadMeta(xmlNode* n) {
    std::string key = AsciiLower(Attr(n, "name"));
    if (key.empty()) key = AsciiLower(Attr(n, "property"));
    if (key.empty()) key = AsciiLower(Attr(n, "itemprop"));
    std::string content = Attr(n, "content");
    if (key.empty() || content.empty()) return;
    if (key == "date" || key == "pubdate" || key == "publishdate" || key == "dc.date" ||
        key == "dcterms.date" || key == "dc.date.issued" || key == "article:published_time" ||
        key == "datepublished") {
      if (out_.date.empty()) out_.date = ParseDateValue(content);
    } else if (key == "og:title") {
      og_title_ = NormalizeInline(content);
    } else if (key == "og:site_name") {
      out_.source = NormalizeInline(content);
    } else if (key == "author" || key == "dc.creator" || key == "article:author") {
      if (out_.author.empty()) out_.author = NormalizeInline(content);
    }
  }

  // Whether a heading is the page title: the same text, or the title is the
  // heading and then the site's name after a separator (" - ", " | ", "_").
  static bool RepeatsTitle(std::string_view heading, std::string_view title) {
    if (heading.size() < 4 || title.substr(0, heading.size()) != heading) return false;
    std::string_view rest = title.substr(heading.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    return rest.empty() || rest.front() == '-' || rest.front() == '|' || rest.front() == '_' ||
           rest.starts_with("\u2013") || rest.starts_with("\u2014") || rest.starts_with("\uFF5C");
  }

  void Finish() {
    out_.format = "html";
    if (!out_.date.empty()) out_.date_source = std::string(date_source::kHtmlMeta);
    if (have_h1_) {
      for (const TextBlock& b : out_.blocks)
        if (b.kind == SegmentKind::kTitle) out_.title = b.text;
      return;
    }
    std::string title = !og_title_.empty() ? og_title_ : page_title_;
    if (title.empty()) return;
    // The article's heading that repeats the page title (<h2
    // class="detail-title">, the title with the site's name after it: "标题_南京海关")
    // is the title: one segment, where the article has it, not a copy of it
    // before the page.
    for (TextBlock& b : out_.blocks) {
      if (b.kind != SegmentKind::kHeading || !RepeatsTitle(b.text, title)) continue;
      b.kind = SegmentKind::kTitle;
      out_.title = b.text;
      return;
    }
    out_.title = title;
    TextBlock block;
    block.kind = SegmentKind::kTitle;
    block.text = title;
    out_.blocks.insert(out_.blocks.begin(), std::move(block));
  }

  std::vector<OpenBlock> stack_;
  std::set<const xmlNode*> skipped_;
  ReaderOutput out_;
  std::string page_title_, og_title_;
  bool in_head_ = false;
  bool have_h1_ = false;
  int link_depth_ = 0;
  int article_depth_ = 0;
};

}  // namespace

namespace {

struct CtxtFree {
  void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

// Parses `html` into a tree. *gave_up is set when the parser halted before
// the end (libxml2's depth cap): the tree then holds only the part before.
std::unique_ptr<xmlDoc, DocFree> ParseTree(std::string_view html, bool* gave_up) {
  std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) return nullptr;
  std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
      ctxt.get(), html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
      HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER));
  // xmlHaltParser (depth cap, internal errors) is the one way a recovering
  // parse stops early: it disables the SAX callbacks and marks the end.
  *gave_up = ctxt->disableSAX != 0 && ctxt->instate == XML_PARSER_EOF;
  return doc;
}

}  // namespace

StatusOr<ReaderOutput> ReadHtml(std::string_view utf8_html, const std::string& path) {
  EnsureLibxml2Initialized();
  if (utf8_html.size() > static_cast<size_t>(INT32_MAX)) return Status::TooLarge(path, "HTML over 2 GiB");
  bool gave_up = false;
  std::unique_ptr<xmlDoc, DocFree> doc = ParseTree(utf8_html, &gave_up);
  if (gave_up) {
    // Nested deeper than libxml2 builds trees: read the flattened page,
    // whose text is all there (see html_flatten.h).
    std::string flat = FlattenHtml(utf8_html);
    doc = ParseTree(flat, &gave_up);
    if (gave_up) return Status::InvalidInput(path, "HTML nested too deeply to parse, even flattened");
  }
  if (!doc) return Status::InvalidInput(path, "cannot parse HTML");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return Status::InvalidInput(path, "HTML without content");
  HtmlWalker walker;
  return walker.Walk(root);
}

}  // namespace dossier
