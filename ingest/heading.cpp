#include "ingest/heading.h"

#include <re2/re2.h>

#include "ingest/utf8.h"

namespace dossier {

namespace {

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == U'”' || c == U'’' || c == U'」' || c == U'』' ||
         c == U'）' || c == U'】' || c == U'》' || c == U'〉';
}

bool IsSentenceEnd(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == U'。' || c == U'！' || c == U'？' || c == U'．' ||
         c == U'…';
}

}  // namespace

bool EndsWithSentencePunctuation(std::string_view line) {
  size_t end = line.size();
  for (int i = 0; i < 3 && end > 0; ++i) {
    size_t start = utf8::PrevStart(line, end);
    size_t p = start;
    char32_t c = utf8::Next(line, &p);
    if (IsSentenceEnd(c)) return true;
    if (!IsClosing(c)) return false;
    end = start;
  }
  return false;
}

bool LooksLikeNumberedHeading(std::string_view line) {
  if (line.empty() || utf8::DisplayWidth(line) > 80) return false;
  if (EndsWithSentencePunctuation(line)) return false;
  size_t last = utf8::PrevStart(line, line.size());
  size_t p = last;
  char32_t c = utf8::Next(line, &p);
  if (c == ',' || c == U'，' || c == ';' || c == U'；' || c == U'、' || c == ':' || c == U'：') return false;
  static const RE2 kNumber(
      "^(?:"
      // (1) （1）; not a date written with its number in brackets, a hard
      // wrap of 今（20）日 or 本（11）月 in a Taiwan release
      "[(（][0-9０-９]{1,3}[)）](?:$|[^日月年時时号號])"
      "|[(（][一二三四五六七八九十]{1,3}[)）]"           // (一) （一）
      "|[一二三四五六七八九十百]{1,3}、"                  // 一、
      "|[0-9０-９]{1,3}[、．.](?:[0-9０-９]{1,2}[．.]?)*(?:\\s|[^0-9０-９.．%％])"  // 1. 1、 1.2
      "|[IVXLC]{1,6}\\.\\s"                               // II.
      "|第[0-9０-９一二三四五六七八九十百]{1,4}[章节節部篇编編条條款]"  // 第一章
      "|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"
      ")");
  return RE2::PartialMatch(line, kNumber);
}

}  // namespace dossier
