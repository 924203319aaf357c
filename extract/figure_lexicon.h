// FigureLexicon: the word lists of the figure extractor, compiled to RE2.
//
// Built once from extract/data/{currencies,units,counters,figure_cues}.tsv
// (see each file's header for its columns). Every pattern is matched on a
// short window of NFKC-folded text beside a number, so each lookup costs
// O(window), never O(document):
//
//   const FigureLexicon& lex = FigureLexicon::Default();
//   std::string_view right = folded.substr(end, 48);
//   if (auto m = lex.MatchAfter(FigureLexicon::kCurrencyAfter, right)) m->value == "CNY"
//   std::string_view left = folded.substr(start - 48, 48);
//   if (auto m = lex.MatchBefore(FigureLexicon::kQualBefore, left)) m->value == "over"
//
// MatchAfter patterns are anchored at the window's start; MatchBefore patterns
// at its end (only white space may follow the cue). Longer surfaces win.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <re2/re2.h>

namespace dossier {

class FigureLexicon {
 public:
  enum After {
    kCurrencyAfter,    // yuan, 美元, 円 (optional space or hyphen before)
    kPercentAfter,     // %, percent, 个百分点 (value: % or pp)
    kMultipleAfter,    // fold, times, 倍
    kUnitAfter,        // km, 吨, トン (value: unit symbol)
    kCounterAfter,     // 个, 家, 社 (value: langs)
    kQualAfter,        // 以上, 左右, 超 (value: over/about/under)
    kQualMid,          // 多, 余 (between a CJK number and its unit)
    kChangeAfter,      // increase, 減 (value: up/down)
    kTimeAfter,        // years, 年, か月: a date or duration, not a figure
    kNameAfter,        // goals: part of a name
    kNounEndAfter,     // 参与, 报送: a verb that ends the noun a CJK counter counts
    kAfterCount
  };
  enum Before {
    kCurrencyBefore,   // $, US$, ¥ (value: code or ?)
    kQualBefore,       // more than, 约 (value: over/about/under)
    kChangeBefore,     // rose by, 同比下降 (value: up/down)
    kNameBefore,       // Article, No., 第 (a reference or name)
    kAmountBefore,     // 総額, 共计 (what a bare 千 or 百 after it amounts to)
    kBeforeCount
  };

  struct Match {
    std::string_view surface;  // the cue as written (a view into the window)
    size_t start = 0;          // offset of the cue in the window
    size_t end = 0;            // offset just past the cue in the window
    std::string value;         // the table's value column for the cue
  };

  static const FigureLexicon& Default();

  std::optional<Match> MatchAfter(After table, std::string_view window) const;
  std::optional<Match> MatchBefore(Before table, std::string_view window) const;

  bool IsReferBackNoun(std::string_view lower_word) const { return refer_back_.count(std::string(lower_word)) > 0; }
  bool IsNounPhraseStop(std::string_view lower_word) const { return np_stop_.count(std::string(lower_word)) > 0; }
  bool IsMultipleContext(std::string_view lower_word) const { return multiple_context_.count(std::string(lower_word)) > 0; }
  bool IsTimeWord(std::string_view lower_word) const { return time_words_.count(std::string(lower_word)) > 0; }

  bool IsIrregularPlural(std::string_view lower_word) const { return plural_nouns_.count(std::string(lower_word)) > 0; }

  bool BlocksChange(std::string_view lower_word) const { return not_change_before_.count(std::string(lower_word)) > 0; }

  // The places whose dollar a bare "$" or "dollars" names in an English text
  // about them (currencies.tsv, position `home`): Australia -> AUD,
  // United States -> USD. `currency_marks` are the other surfaces that
  // write each code before a number (A$, AUD), for LocalDollar's check that
  // the writer does not mark the local dollar apart.
  struct Home {
    std::string place;  // as written, matched as a whole word
    std::string code;
  };
  const std::vector<Home>& dollar_homes() const { return dollar_homes_; }
  std::vector<std::string> CurrencyMarks(std::string_view code) const;

  // Whether every pattern compiled (checked by the tests).
  bool ok() const { return ok_; }

 private:
  FigureLexicon();
  void FillAsciiEdges();
  struct Table {
    std::unique_ptr<RE2> re;
    std::unordered_map<std::string, std::string> values;  // lower-cased surface -> value
    // Code points a match can start with (after tables) or end with, before
    // trailing spaces (before tables): a cheap test that skips most calls.
    std::unordered_set<char32_t> edge;
    bool ascii_edge[128] = {};  // the ASCII part of `edge`, for a quicker test
    bool HasEdge(char32_t c) const { return c < 128 ? ascii_edge[c] : edge.count(c) > 0; }
    // Before tables: the last Latin word a match can end with (lower case).
    std::unordered_set<std::string> last_words;
  };
  Table after_[kAfterCount];
  Table before_[kBeforeCount];
  std::vector<Home> dollar_homes_;
  std::vector<std::pair<std::string, std::string>> currency_before_;  // surface, code
  std::unordered_set<std::string> refer_back_, np_stop_, multiple_context_, time_words_, plural_nouns_,
      not_change_before_;
  bool ok_ = true;
};

}  // namespace dossier
