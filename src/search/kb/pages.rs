//! Stable paging through knowledge-base hits (`kbSearch(after:)`).
use super::query::Scored;
use super::rank::{top_docs, Hit, DENSE_FLOOR, DENSE_RRF_K, RRF_K};
use super::{Filter, KbFields};
use crate::search::dense::Quantized;
use crate::search::stats::QueryStats;
use crate::search::vectors::{Allowed, VectorCache};
use std::collections::{HashMap, HashSet};
use tantivy::schema::Value;
use tantivy::{DocAddress, Searcher, TantivyDocument};

/// Where a page starts in the ranking.
///
/// Paging must be stable: the same query pages the same way, with no article
/// twice and none left out. Fusing two top-`depth` lists is not a prefix of
/// fusing deeper lists (a document can gain its second list's share once the
/// lists go deeper), so pages cannot simply be offsets into rankings of
/// growing depth. The ranking is cut into tiers instead: tier `t` holds the
/// articles found in the top `base_depth · 4^t` of either list and in no
/// earlier tier, ordered by their fused score at that depth. Tier 0 is
/// exactly the first page's ranking. Each tier is a fixed function of the
/// index and the query, so a position (tier, offset) means the same thing on
/// every request while the index does not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PagePos {
    /// The depth of tier 0, fixed by the first page.
    pub base_depth: usize,
    pub tier: u32,
    /// Articles of this tier already returned.
    pub offset: usize,
}

/// Deepest tier (depth `base_depth · 4^MAX_TIER`); a query matching more
/// documents than that pages no further.
const MAX_TIER: u32 = 6;

pub(super) struct Ranker<'a> {
    pub(super) searcher: &'a Searcher,
    pub(super) stats: &'a QueryStats<'a>,
    pub(super) f: &'a KbFields,
    pub(super) filter: &'a Filter,
    pub(super) lists: [&'a Scored<'a>; 2],
    pub(super) excluded: Option<&'a HashSet<DocAddress>>,
    pub(super) article_ids: crate::search::collect::FastU64<'a>,
    pub(super) version_ids: crate::search::collect::FastU64<'a>,
    /// The articles nearest the query's embedding, when there is one.
    pub(super) dense: Option<Dense<'a>>,
}

/// The dense ranking's inputs: the index's vectors and the query's.
pub(super) struct Dense<'a> {
    pub(super) vectors: &'a VectorCache,
    pub(super) query: &'a Quantized,
    /// The dense ranking's weight in the fusion.
    pub(super) weight: f32,
    pub(super) allowed: Allowed<'a>,
}

impl Ranker<'_> {
    /// `limit` hits from `start`, and where the next page starts (if any).
    pub(super) fn page(
        &self,
        start: PagePos,
        limit: usize,
    ) -> tantivy::Result<(Vec<Hit>, Option<PagePos>)> {
        let mut hits = vec![];
        let mut pos = start;
        loop {
            let (tier, more) = self.tier(pos.base_depth, pos.tier)?;
            for (i, hit) in tier.into_iter().enumerate().skip(pos.offset) {
                if hits.len() == limit {
                    return Ok((hits, Some(PagePos { offset: i, ..pos })));
                }
                hits.push(hit);
            }
            if !more || pos.tier >= MAX_TIER {
                return Ok((hits, None));
            }
            pos = PagePos {
                tier: pos.tier + 1,
                offset: 0,
                ..pos
            };
        }
    }

    fn depth(base: usize, tier: u32) -> usize {
        base.saturating_mul(4usize.saturating_pow(tier))
    }

    /// The documents at the top `depth` of each ranking: the lexical
    /// lists fused by reciprocal rank, then that ranking fused with the
    /// dense one (when there is one) the same way at `DENSE_RRF_K`; the
    /// flag tells whether some list was cut at the depth.
    fn fused(&self, depth: usize) -> tantivy::Result<(Vec<(DocAddress, f32)>, bool)> {
        let mut lexical: HashMap<DocAddress, f32> = HashMap::new();
        let mut more = false;
        for scored in self.lists {
            let top = top_docs(
                self.searcher,
                self.stats,
                self.f,
                self.filter,
                scored,
                self.excluded,
                depth,
            )?;
            more |= top.len() >= depth;
            for (rank, addr) in top.into_iter().enumerate() {
                *lexical.entry(addr).or_default() += 1.0 / (RRF_K + rank as f32 + 1.0);
            }
        }
        let mut ranked: Vec<(DocAddress, f32)> = lexical.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let Some(dense) = &self.dense else {
            return Ok((ranked, more));
        };
        let near = dense.vectors.nearest(
            self.searcher,
            dense.query,
            &dense.allowed,
            DENSE_FLOOR,
            depth,
        )?;
        more |= near.len() >= depth;
        let mut fused: HashMap<DocAddress, f32> = HashMap::new();
        for (rank, (addr, _)) in ranked.into_iter().enumerate() {
            *fused.entry(addr).or_default() += 1.0 / (DENSE_RRF_K + rank as f32 + 1.0);
        }
        for (rank, (_, addr)) in near.into_iter().enumerate() {
            *fused.entry(addr).or_default() += dense.weight / (DENSE_RRF_K + rank as f32 + 1.0);
        }
        let mut ranked: Vec<(DocAddress, f32)> = fused.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok((ranked, more))
    }

    /// The articles of one tier, best first, and whether deeper tiers may
    /// hold more (some list was cut at the depth).
    fn tier(&self, base: usize, tier: u32) -> tantivy::Result<(Vec<Hit>, bool)> {
        let (ranked, more) = self.fused(Self::depth(base, tier))?;
        // articles of the earlier tiers (computed the same way, so the same set)
        let mut seen = HashSet::new();
        if tier > 0 {
            for (addr, _) in self.fused(Self::depth(base, tier - 1))?.0 {
                seen.insert(self.ids(addr)?.0);
            }
        }
        let mut hits = vec![];
        for (addr, score) in ranked {
            let (article_id, version_id) = self.ids(addr)?;
            if seen.insert(article_id) {
                hits.push(Hit {
                    article_id,
                    version_id,
                    score,
                });
            }
        }
        Ok((hits, more))
    }

    /// (article id, version id) of an indexed document.
    fn ids(&self, addr: DocAddress) -> tantivy::Result<(i64, i64)> {
        let searcher = self.searcher;
        Ok(
            match (self.article_ids.get(addr), self.version_ids.get(addr)) {
                (Some(a), Some(v)) => (a as i64, v as i64),
                _ => {
                    // an index built before `version_id` was a fast field
                    let doc: TantivyDocument = searcher.doc(addr)?;
                    let get =
                        |field| doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0) as i64;
                    (get(self.f.article_id), get(self.f.version_id))
                }
            },
        )
    }
}
