//! One index on disk: its schema, its key field and the live generation
//! (see [`super::index`] for the generation directories).
//!
//! Invariants: a change replaces every document of its key (delete by key
//! term, then add) and is committed with the checkpoint as payload; a rebuild
//! writes a whole new generation, releases its writer, then swaps it in, so
//! readers always see one complete generation.
use super::index::{self, Generation, IndexError};
use jieba_rs::Jieba;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use tantivy::schema::{Field, Schema};
use tantivy::{TantivyDocument, Term};

/// One index: its schema, its key field and the live generation.
pub(super) struct Store {
    root: PathBuf,
    schema: Schema,
    key: Field,
    live: RwLock<Arc<Generation>>,
    /// The generation found on disk had another schema (an older Kesu): an
    /// empty one replaced it, to be rebuilt from the database.
    stale: bool,
}

impl Store {
    pub(super) fn open(
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
        let mut live = Generation::open(&dir, &schema, jieba)?;
        let stale = live.index.schema() != schema;
        if stale {
            tracing::warn!(dir = %dir.display(), "search index schema changed; starting an empty generation to rebuild");
            let d = index::next_generation(&root)?;
            std::fs::create_dir_all(&d)?;
            index::swap_to(&root, &d)?;
            live = Generation::open(&d, &schema, jieba)?;
        }
        Ok(Store {
            root,
            schema,
            key,
            live: RwLock::new(Arc::new(live)),
            stale,
        })
    }

    /// Whether the index on disk was of another schema (see `stale`).
    pub(super) fn was_stale(&self) -> bool {
        self.stale
    }

    pub(super) fn live(&self) -> Arc<Generation> {
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

    pub(super) fn apply(
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

    pub(super) fn rebuild(
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
            fresh.merge_all()?;
        } // the rebuild's writer is released before anyone else opens the generation
        index::swap_to(&self.root, &dir)?;
        self.replace(Generation::open(&dir, &self.schema, jieba)?);
        index::remove_stale(&self.root);
        Ok(())
    }

    pub(super) fn follow_swaps(&self, jieba: &Arc<Jieba>) -> Result<(), IndexError> {
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
