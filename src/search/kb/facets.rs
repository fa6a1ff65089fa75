//! Counting knowledge-base matches by category and by article, from fast
//! fields (the facet counts and totals of a search).
//!
//! Invariant: counts are read from fast fields (the leaf category id and the
//! article id), summed over segments; with drafts, articles are counted once.
use std::collections::{HashMap, HashSet};
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

/// The distinct (article, category) pairs among the matching documents, read
/// from fast fields (for counting articles when drafts are searched too).
pub(super) struct ArticleCategories;

pub(super) struct ArticleCategoriesSegment {
    article: Option<tantivy::columnar::Column<u64>>,
    category: Option<tantivy::columnar::Column<u64>>,
    pairs: HashSet<(u64, Option<u64>)>,
}

impl Collector for ArticleCategories {
    type Fruit = HashSet<(u64, Option<u64>)>;
    type Child = ArticleCategoriesSegment;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<ArticleCategoriesSegment> {
        Ok(ArticleCategoriesSegment {
            article: reader.fast_fields().u64("article_id").ok(),
            category: reader.fast_fields().u64("category").ok(),
            pairs: HashSet::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for ArticleCategoriesSegment {
    type Fruit = HashSet<(u64, Option<u64>)>;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        if let Some(a) = self.article.as_ref().and_then(|c| c.first(doc)) {
            let category = self.category.as_ref().and_then(|c| c.first(doc));
            self.pairs.insert((a, category));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.pairs
    }
}
