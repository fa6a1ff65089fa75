//! Counting matches per category for the search facets.
//!
//! Invariant: counts are read from the `category` fast field (the leaf
//! category id), one per matching document, summed over segments.
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};

/// Matching documents per category id, read from the `category` fast field
/// (tantivy's `FacetCollector` miscounts parents whose children are spread
/// over several facet ordinals: it keeps the count of only one child).
pub(super) struct CategoryCounts;

pub(super) struct CategoryCountsSegment {
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
