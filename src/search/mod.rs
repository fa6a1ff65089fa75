//! Full-text search over tantivy, built for Chinese (see `analysis`).
//!
//! The database is the truth; the indexes are a cache of it. Services write a
//! search-outbox row in the same transaction as each change; one indexer
//! (`service::indexing`) applies the outbox in order through
//! [`SearchEngine::apply`] and commits each index with the last applied
//! outbox id as the commit payload, so a restart resumes where the last
//! commit ended and replays are harmless (every change re-reads the current
//! row). Search returns ids only; callers hydrate them through the normal
//! access path.
pub mod analysis;
pub mod complaints;
pub mod index;
pub mod kb;
pub mod synonyms;

use index::{Generation, IndexError};
use jieba_rs::Jieba;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use synonyms::Synonyms;
use tantivy::schema::{Field, Schema};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

/// A u64 fast-field value of a document, if the field is a fast field.
pub(crate) fn fast_u64(searcher: &Searcher, field: &str, addr: DocAddress) -> Option<u64> {
    let segment = searcher.segment_reader(addr.segment_ord);
    segment.fast_fields().u64(field).ok()?.first(addr.doc_id)
}

/// One index: its schema, its key field and the live generation.
struct Store {
    root: PathBuf,
    schema: Schema,
    key: Field,
    live: RwLock<Arc<Generation>>,
}

impl Store {
    fn open(
        root: PathBuf,
        schema: Schema,
        key: Field,
        jieba: &Arc<Jieba>,
    ) -> Result<Store, IndexError> {
        let dir = match index::current_dir(&root) {
            Some(d) => d,
            None => {
                let d = index::next_generation(&root)?;
                std::fs::create_dir_all(&d)?;
                index::swap_to(&root, &d)?;
                d
            }
        };
        let live = Generation::open(&dir, &schema, jieba)?;
        Ok(Store {
            root,
            schema,
            key,
            live: RwLock::new(Arc::new(live)),
        })
    }

    fn live(&self) -> Arc<Generation> {
        match self.live.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    fn replace(&self, g: Generation) {
        let mut slot = match self.live.write() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        *slot = Arc::new(g);
    }

    fn apply(
        &self,
        changes: &[(i64, Vec<TantivyDocument>)],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        self.live().write(checkpoint, |writer| {
            for (key, docs) in changes {
                writer.delete_term(Term::from_field_u64(self.key, *key as u64));
                for d in docs {
                    writer.add_document(d.clone())?;
                }
            }
            Ok(())
        })
    }

    fn rebuild(
        &self,
        docs: Vec<TantivyDocument>,
        checkpoint: i64,
        jieba: &Arc<Jieba>,
    ) -> Result<(), IndexError> {
        let dir = index::next_generation(&self.root)?;
        {
            let fresh = Generation::open(&dir, &self.schema, jieba)?;
            fresh.write(checkpoint, |writer| {
                for d in docs {
                    writer.add_document(d)?;
                }
                Ok(())
            })?;
        } // the rebuild's writer is released before anyone else opens the generation
        index::swap_to(&self.root, &dir)?;
        self.replace(Generation::open(&dir, &self.schema, jieba)?);
        index::remove_stale(&self.root);
        Ok(())
    }

    fn follow_swaps(&self, jieba: &Arc<Jieba>) -> Result<(), IndexError> {
        let Some(current) = index::current_dir(&self.root) else {
            return Ok(());
        };
        if current != self.live().dir {
            self.replace(Generation::open(&current, &self.schema, jieba)?);
            index::remove_stale(&self.root);
        }
        Ok(())
    }
}

pub struct SearchEngine {
    pub jieba: Arc<Jieba>,
    pub synonyms: Synonyms,
    kb_fields: kb::KbFields,
    complaint_fields: complaints::ComplaintFields,
    kb: Store,
    complaints: Store,
}

/// A change to apply: the entity's documents are replaced by the given ones
/// (none when it is no longer searchable).
pub struct KbChange {
    pub article_id: i64,
    pub docs: Vec<kb::ArticleDoc>,
}

pub struct ComplaintChange {
    pub complaint_id: i64,
    pub doc: Option<complaints::ComplaintDoc>,
}

impl SearchEngine {
    /// Open (or create) the indexes under `root`.
    pub fn open(root: &Path, synonyms: Synonyms) -> Result<SearchEngine, IndexError> {
        let jieba = Arc::new(Jieba::new());
        let (kb_schema, kb_fields) = kb::schema();
        let (c_schema, complaint_fields) = complaints::schema();
        let kb = Store::open(root.join("kb"), kb_schema, kb_fields.article_id, &jieba)?;
        let complaints = Store::open(
            root.join("complaints"),
            c_schema,
            complaint_fields.complaint_id,
            &jieba,
        )?;
        Ok(SearchEngine {
            jieba,
            synonyms,
            kb_fields,
            complaint_fields,
            kb,
            complaints,
        })
    }

    /// The last outbox id applied to every index (indexing resumes after it).
    pub fn checkpoint(&self) -> i64 {
        self.kb
            .live()
            .checkpoint()
            .min(self.complaints.live().checkpoint())
    }

    /// Apply changes to both indexes and commit them with `checkpoint` (blocking).
    pub fn apply(
        &self,
        kb_changes: &[KbChange],
        complaint_changes: &[ComplaintChange],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        let kb: Vec<(i64, Vec<TantivyDocument>)> = kb_changes
            .iter()
            .map(|c| {
                (
                    c.article_id,
                    c.docs
                        .iter()
                        .map(|d| kb::document(&self.kb_fields, d))
                        .collect(),
                )
            })
            .collect();
        let cs: Vec<(i64, Vec<TantivyDocument>)> = complaint_changes
            .iter()
            .map(|c| {
                (
                    c.complaint_id,
                    c.doc
                        .iter()
                        .map(|d| complaints::document(&self.complaint_fields, d))
                        .collect(),
                )
            })
            .collect();
        self.kb.apply(&kb, checkpoint)?;
        self.complaints.apply(&cs, checkpoint)
    }

    /// Search the knowledge base (blocking).
    pub fn search_kb(
        &self,
        query: &str,
        filter: &kb::Filter,
        limit: usize,
        counts: bool,
    ) -> Result<(kb::SearchResult, kb::Analyzed), IndexError> {
        let analyzed = kb::analyze(&self.jieba, &self.synonyms, query);
        let searcher = self.kb.live().reader.searcher();
        let result = kb::search(&searcher, &self.kb_fields, &analyzed, filter, limit, counts)?;
        Ok((result, analyzed))
    }

    /// Complaint ids similar to `text` (blocking).
    pub fn similar_complaints(
        &self,
        text: &str,
        exclude: Option<i64>,
        limit: usize,
    ) -> Result<Vec<(i64, f32)>, IndexError> {
        let searcher = self.complaints.live().reader.searcher();
        Ok(complaints::similar(
            &searcher,
            &self.complaint_fields,
            &self.jieba,
            text,
            exclude,
            limit,
        )?)
    }

    /// Build fresh generations from the whole corpus and swap them in (blocking).
    pub fn rebuild(
        &self,
        kb_all: &[KbChange],
        complaints_all: &[ComplaintChange],
        checkpoint: i64,
    ) -> Result<(), IndexError> {
        let kb_docs = kb_all
            .iter()
            .flat_map(|c| c.docs.iter().map(|d| kb::document(&self.kb_fields, d)))
            .collect();
        let c_docs = complaints_all
            .iter()
            .filter_map(|c| {
                c.doc
                    .as_ref()
                    .map(|d| complaints::document(&self.complaint_fields, d))
            })
            .collect();
        self.kb.rebuild(kb_docs, checkpoint, &self.jieba)?;
        self.complaints.rebuild(c_docs, checkpoint, &self.jieba)
    }

    /// Pick up generations swapped in by another process (`kesu reindex`).
    pub fn follow_swaps(&self) -> Result<(), IndexError> {
        self.kb.follow_swaps(&self.jieba)?;
        self.complaints.follow_swaps(&self.jieba)
    }
}

impl SearchEngine {
    /// Every complaint id in the complaint index (verification tooling and tests).
    pub fn indexed_complaint_ids(&self) -> Result<Vec<i64>, IndexError> {
        use tantivy::schema::Value;
        let searcher = self.complaints.live().reader.searcher();
        let mut ids = vec![];
        for segment in searcher.segment_readers() {
            let store = segment.get_store_reader(1)?;
            for doc_id in 0..segment.max_doc() {
                if segment.is_deleted(doc_id) {
                    continue;
                }
                let doc: TantivyDocument = store.get(doc_id)?;
                if let Some(id) = doc
                    .get_first(self.complaint_fields.complaint_id)
                    .and_then(|v| v.as_u64())
                {
                    ids.push(id as i64);
                }
            }
        }
        ids.sort_unstable();
        Ok(ids)
    }
}
