//! Full-text search over tantivy, built for Chinese (see `analysis`).
//!
//! The database is the truth; the index is a cache of it. Services write a
//! search-outbox row in the same transaction as each change; one indexer
//! (`service::indexing`) applies the outbox in order through [`SearchEngine::apply_kb`]
//! and commits with the last applied outbox id as the commit payload, so a
//! restart resumes exactly where the last commit ended and replays are
//! harmless (every change re-reads the current row). Search returns ids only;
//! callers hydrate them through the normal access path.
pub mod analysis;
pub mod index;
pub mod kb;
pub mod synonyms;

use index::{Generation, IndexError};
use jieba_rs::Jieba;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use synonyms::Synonyms;
use tantivy::Term;

pub struct SearchEngine {
    pub jieba: Arc<Jieba>,
    pub synonyms: Synonyms,
    root: PathBuf,
    kb_fields: kb::KbFields,
    kb_schema: tantivy::schema::Schema,
    kb: RwLock<Arc<Generation>>,
}

/// One change to apply: the article's documents are replaced by `docs`
/// (none when it is no longer searchable).
pub struct KbChange {
    pub article_id: i64,
    pub docs: Vec<kb::ArticleDoc>,
}

impl SearchEngine {
    /// Open (or create) the indexes under `root`.
    pub fn open(root: &Path, synonyms: Synonyms) -> Result<SearchEngine, IndexError> {
        let jieba = Arc::new(Jieba::new());
        let (kb_schema, kb_fields) = kb::schema();
        let kb_root = root.join("kb");
        let dir = match index::current_dir(&kb_root) {
            Some(d) => d,
            None => {
                let d = index::next_generation(&kb_root)?;
                std::fs::create_dir_all(&d)?;
                index::swap_to(&kb_root, &d)?;
                d
            }
        };
        let kb = Generation::open(&dir, &kb_schema, &jieba)?;
        Ok(SearchEngine {
            jieba,
            synonyms,
            root: root.to_path_buf(),
            kb_fields,
            kb_schema,
            kb: RwLock::new(Arc::new(kb)),
        })
    }

    fn kb_gen(&self) -> Arc<Generation> {
        match self.kb.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    /// The last outbox id the knowledge-base index has applied.
    pub fn kb_checkpoint(&self) -> i64 {
        self.kb_gen().checkpoint()
    }

    /// Apply changes and commit with `checkpoint` (blocking: call off the async executor).
    pub fn apply_kb(&self, changes: &[KbChange], checkpoint: i64) -> Result<(), IndexError> {
        let generation = self.kb_gen();
        let mut writer = generation
            .writer
            .lock()
            .map_err(|_| IndexError::Io(std::io::Error::other("writer lock poisoned")))?;
        for c in changes {
            writer.delete_term(Term::from_field_u64(
                self.kb_fields.article_id,
                c.article_id as u64,
            ));
            for d in &c.docs {
                writer.add_document(kb::document(&self.kb_fields, d))?;
            }
        }
        generation.commit(&mut writer, checkpoint)
    }

    /// Search the knowledge base (blocking).
    pub fn search_kb(
        &self,
        query: &str,
        filter: &kb::Filter,
        limit: usize,
    ) -> Result<(kb::SearchResult, kb::Analyzed), IndexError> {
        let analyzed = kb::analyze(&self.jieba, &self.synonyms, query);
        let generation = self.kb_gen();
        let searcher = generation.reader.searcher();
        let result = kb::search(&searcher, &self.kb_fields, &analyzed, filter, limit)?;
        Ok((result, analyzed))
    }

    /// Build a fresh knowledge-base generation from `changes` (the whole
    /// corpus), then swap it in atomically (blocking).
    pub fn rebuild_kb(&self, all: &[KbChange], checkpoint: i64) -> Result<(), IndexError> {
        let kb_root = self.root.join("kb");
        let dir = index::next_generation(&kb_root)?;
        let fresh = Generation::open(&dir, &self.kb_schema, &self.jieba)?;
        {
            let mut writer = fresh
                .writer
                .lock()
                .map_err(|_| IndexError::Io(std::io::Error::other("writer lock poisoned")))?;
            for c in all {
                for d in &c.docs {
                    writer.add_document(kb::document(&self.kb_fields, d))?;
                }
            }
            fresh.commit(&mut writer, checkpoint)?;
        }
        index::swap_to(&kb_root, &dir)?;
        let mut slot = match self.kb.write() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        *slot = Arc::new(fresh);
        Ok(())
    }

    /// Pick up a generation swapped in by another process (`kesu reindex`).
    pub fn follow_swaps(&self) -> Result<bool, IndexError> {
        let kb_root = self.root.join("kb");
        let Some(current) = index::current_dir(&kb_root) else {
            return Ok(false);
        };
        if current == self.kb_gen().dir {
            return Ok(false);
        }
        let fresh = Generation::open(&current, &self.kb_schema, &self.jieba)?;
        let mut slot = match self.kb.write() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        *slot = Arc::new(fresh);
        Ok(true)
    }
}
