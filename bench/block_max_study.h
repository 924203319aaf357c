// A study, not a feature: what block-max bounds would buy dossier's top-10
// search on the bench corpus, measured before anyone builds them.
//
//   BlockMaxStudy(db, queries, {512, 4096});   // index_bench --block-max 1
//
// The search today (index/segment_rank.h) visits every hit of the query:
// its cost is linear in the hits, about 0.6 us each. Block-max bounds
// (Ding & Suel 2011; Lucene's impacts) store, for each term and each block
// of B consecutive rowids, the best score any row of that block can reach
// for that term. A top-10 search then visits blocks best bound first and
// stops when the next bound is worse than the 10th score found: the blocks
// it never visits are never read.
//
// For each query the study computes those bounds from the index itself
// (a full scan per query term, outside the timed part) and reports:
//   * the model: the hits and blocks a block-max search would visit, with
//     the bounds composed as an index would store them (per term; a phrase
//     bounded by its weakest term; the phrases of an AND summed) and with
//     the query's own best score per block (the tightest bound possible);
//   * the time: the real visit, one FTS5 range scan (`rowid BETWEEN`) per
//     block through dossier_top, against today's one full pass, for the
//     queries of one phrase without a prefix (their idf is deferred, so no
//     stored statistics are needed to compare the two).
// Exactness: a block is skipped only when its bound is strictly worse than
// the 10th score, so ties (broken by date) are still all seen; the study
// checks that the block-max top 10 equals the full pass's.
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

namespace dossier_bench {

struct StudyQuery {
  std::string text;        // as the user typed it
  std::string expression;  // what query/ made of it (ParseQuery(...).fts)
};

void BlockMaxStudy(sqlite3* db, const std::vector<StudyQuery>& queries, const std::vector<int>& block_sizes,
                   int rounds);

}  // namespace dossier_bench
