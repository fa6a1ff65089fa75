//! BM25 statistics for one query, each looked up once.
//!
//! Every term weight tantivy builds asks the searcher for the term's
//! document frequency and the field's token count, segment by segment. A
//! query of fifty terms in four fields, weighed again for each pass (the
//! rare terms, the essential ones, the lookups), spent a quarter of its time
//! on those lookups alone.
use std::cell::RefCell;
use std::collections::HashMap;
use tantivy::query::{Bm25StatisticsProvider, EnableScoring};
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

pub struct QueryStats<'a> {
    searcher: &'a Searcher,
    tokens: RefCell<HashMap<Field, u64>>,
    doc_freqs: RefCell<HashMap<Term, u64>>,
}

impl<'a> QueryStats<'a> {
    pub fn new(searcher: &'a Searcher) -> QueryStats<'a> {
        QueryStats {
            searcher,
            tokens: RefCell::default(),
            doc_freqs: RefCell::default(),
        }
    }

    pub fn scoring(&'a self) -> EnableScoring<'a> {
        EnableScoring::enabled_from_statistics_provider(self, self.searcher)
    }
}

impl Bm25StatisticsProvider for QueryStats<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        if let Some(n) = self.tokens.borrow().get(&field) {
            return Ok(*n);
        }
        let n = Bm25StatisticsProvider::total_num_tokens(self.searcher, field)?;
        self.tokens.borrow_mut().insert(field, n);
        Ok(n)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_docs(self.searcher)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        if let Some(n) = self.doc_freqs.borrow().get(term) {
            return Ok(*n);
        }
        let n = Bm25StatisticsProvider::doc_freq(self.searcher, term)?;
        self.doc_freqs.borrow_mut().insert(term.clone(), n);
        Ok(n)
    }
}
