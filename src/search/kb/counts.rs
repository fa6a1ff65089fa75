//! The total and the facet counts of a knowledge-base query: a pass over
//! every match, unscored, only when asked for.
use super::{with_filter, Counts, Filter, KbFields, Scored, TOTAL_EXACT_UP_TO};
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{BooleanQuery, Occur, Query};
use tantivy::Searcher;

type Counted = (Vec<(i64, u64)>, Option<crate::search::Total>);

pub(super) fn count(
    searcher: &Searcher,
    f: &KbFields,
    filter: &Filter,
    words: &Scored<'_>,
    bigrams: &Scored<'_>,
    counts: Counts,
) -> tantivy::Result<Counted> {
    Ok(if counts != Counts::None {
        let union = with_filter(
            vec![
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(words.clauses())) as Box<dyn Query>,
                ),
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(bigrams.clauses())),
                ),
            ],
            f,
            filter,
        );
        if counts == Counts::Total {
            (
                vec![],
                Some(crate::search::count_up_to(
                    searcher,
                    &union,
                    TOTAL_EXACT_UP_TO,
                )?),
            )
        } else {
            let (facets, total) =
                searcher.search(&union, &(CategoryCounts, tantivy::collector::Count))?;
            let mut facets: Vec<(i64, u64)> =
                facets.into_iter().map(|(id, n)| (id as i64, n)).collect();
            facets.sort_unstable();
            (
                facets,
                Some(crate::search::Total {
                    count: total,
                    exact: true,
                }),
            )
        }
    } else {
        (vec![], None)
    })
}

/// Matching documents per category id, read from the `category` fast field
/// (tantivy's `FacetCollector` miscounts parents whose children are spread
/// over several facet ordinals: it keeps the count of only one child).
struct CategoryCounts;

struct CategoryCountsSegment {
    column: Option<tantivy::columnar::Column<u64>>,
    counts: HashMap<u64, u64>,
}

impl Collector for CategoryCounts {
    type Fruit = HashMap<u64, u64>;
    type Child = CategoryCountsSegment;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<CategoryCountsSegment> {
        Ok(CategoryCountsSegment {
            column: reader.fast_fields().u64("category").ok(),
            counts: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<u64, u64>>) -> tantivy::Result<HashMap<u64, u64>> {
        let mut all = HashMap::new();
        for fruit in fruits {
            for (k, v) in fruit {
                *all.entry(k).or_default() += v;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for CategoryCountsSegment {
    type Fruit = HashMap<u64, u64>;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        if let Some(id) = self.column.as_ref().and_then(|c| c.first(doc)) {
            *self.counts.entry(id).or_default() += 1;
        }
    }

    fn harvest(self) -> HashMap<u64, u64> {
        self.counts
    }
}
