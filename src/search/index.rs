//! An on-disk tantivy index with a generation pointer and a checkpoint.
//!
//! Layout: `<root>/<name>/CURRENT` names the live generation directory
//! (`gen-<n>`); a rebuild writes a new generation and swaps `CURRENT`
//! atomically (write a temp file, rename). Each commit carries the id of the
//! last applied search-outbox row as its payload; on open, indexing resumes
//! after it. Only the indexer writes; readers reload explicitly after each
//! commit.
use super::analysis::{KesuTokenizer, BIGRAMS, WORDS};
use jieba_rs::Jieba;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tantivy::schema::Schema;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy};

pub const WRITER_HEAP: usize = 64 * 1024 * 1024;

pub struct Generation {
    pub index: Index,
    pub reader: IndexReader,
    /// Created on first write, so a process that only reads (or rebuilds
    /// into another generation) never takes this directory's writer lock.
    writer: Mutex<Option<IndexWriter>>,
    pub dir: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index io: {0}")]
    Io(#[from] std::io::Error),
}

fn register(index: &Index, jieba: &Arc<Jieba>) {
    index.tokenizers().register(
        WORDS,
        TextAnalyzer::from(KesuTokenizer::words(jieba.clone())),
    );
    index
        .tokenizers()
        .register(BIGRAMS, TextAnalyzer::from(KesuTokenizer::bigrams()));
}

/// The directory `CURRENT` points at, if any.
pub fn current_dir(root: &Path) -> Option<PathBuf> {
    let name = std::fs::read_to_string(root.join("CURRENT")).ok()?;
    let name = name.trim();
    (!name.is_empty()).then(|| root.join(name))
}

/// A fresh generation directory name, after the existing ones.
pub fn next_generation(root: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(root)?;
    let mut max = 0u64;
    for entry in std::fs::read_dir(root)? {
        let name = entry?.file_name().to_string_lossy().to_string();
        if let Some(n) = name
            .strip_prefix("gen-")
            .and_then(|n| n.parse::<u64>().ok())
        {
            max = max.max(n);
        }
    }
    Ok(root.join(format!("gen-{}", max + 1)))
}

/// Point `CURRENT` at `dir` atomically and remove older generations.
pub fn swap_to(root: &Path, dir: &Path) -> std::io::Result<()> {
    let name = dir
        .file_name()
        .ok_or_else(|| std::io::Error::other("bad generation dir"))?
        .to_string_lossy()
        .to_string();
    let tmp = root.join("CURRENT.tmp");
    std::fs::write(&tmp, &name)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, root.join("CURRENT"))?;
    std::fs::File::open(root)?.sync_all()?;
    Ok(())
}

/// Remove generations other than the current one (after a swap, once no reader uses them).
pub fn remove_stale(root: &Path) {
    let Some(current) = current_dir(root) else {
        return;
    };
    if let Ok(entries) = std::fs::read_dir(root) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() && p != current && e.file_name().to_string_lossy().starts_with("gen-") {
                let _ = std::fs::remove_dir_all(p);
            }
        }
    }
}

impl Generation {
    /// Open the generation in `dir`, creating an empty index there if needed.
    pub fn open(dir: &Path, schema: &Schema, jieba: &Arc<Jieba>) -> Result<Generation, IndexError> {
        std::fs::create_dir_all(dir)?;
        let index = if dir.join("meta.json").exists() {
            Index::open_in_dir(dir)?
        } else {
            Index::create_in_dir(dir, schema.clone())?
        };
        register(&index, jieba);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Generation {
            index,
            reader,
            writer: Mutex::new(None),
            dir: dir.to_path_buf(),
        })
    }

    /// The last outbox id applied to this generation (0 for a new index).
    pub fn checkpoint(&self) -> i64 {
        self.index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| p.trim().parse().ok())
            .unwrap_or(0)
    }

    /// Merge every segment into one and release the writer. After a full
    /// rebuild the writer has left a segment per memory budget; one segment
    /// answers queries faster (measured: similar complaints 14 % faster on
    /// 1M complaints for a merge of under 3 s). The commit payload stays.
    pub fn merge_all(&self) -> Result<(), IndexError> {
        let mut slot = self
            .writer
            .lock()
            .map_err(|_| IndexError::Io(std::io::Error::other("writer lock poisoned")))?;
        let Some(writer) = slot.take() else {
            return Ok(());
        };
        // the writer's own merge policy may be merging some segments in the
        // background: let it finish, then merge what is there
        writer.wait_merging_threads()?;
        let ids = self.index.searchable_segment_ids()?;
        if ids.len() > 1 {
            let mut writer: IndexWriter = self.index.writer_with_num_threads(1, WRITER_HEAP)?;
            writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));
            writer.merge(&ids).wait()?;
            // the merged-away segments' files would stay until the next commit
            writer.garbage_collect_files().wait()?;
            writer.wait_merging_threads()?;
        }
        self.reader.reload()?;
        Ok(())
    }

    /// Merge away deleted documents, however few segments hold them (one
    /// included), and delete the files they were in: after an erasure no
    /// segment may keep the erased complaints' terms.
    pub fn purge_deleted(&self) -> Result<(), IndexError> {
        let mut slot = self
            .writer
            .lock()
            .map_err(|_| IndexError::Io(std::io::Error::other("writer lock poisoned")))?;
        if let Some(writer) = slot.take() {
            writer.wait_merging_threads()?;
        }
        let metas = self.index.searchable_segment_metas()?;
        if metas.iter().any(|m| m.has_deletes()) {
            let ids: Vec<_> = metas.iter().map(|m| m.id()).collect();
            let mut writer: IndexWriter = self.index.writer_with_num_threads(1, WRITER_HEAP)?;
            writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));
            writer.merge(&ids).wait()?;
            writer.garbage_collect_files().wait()?;
            writer.wait_merging_threads()?;
        }
        self.reader.reload()?;
        Ok(())
    }

    /// In how many (segment, term) pairs the words of `text`, as `field`
    /// analyses them, occur: deleted documents' terms count until merged.
    pub fn terms_on_disk(
        &self,
        field: tantivy::schema::Field,
        text: &str,
    ) -> Result<usize, IndexError> {
        let mut analyzer = self.index.tokenizer_for_field(field)?;
        let mut stream = analyzer.token_stream(text);
        let mut terms = Vec::new();
        while stream.advance() {
            terms.push(stream.token().text.clone());
        }
        let searcher = self.reader.searcher();
        let mut n = 0;
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            for t in &terms {
                if inverted
                    .get_term_info(&tantivy::Term::from_field_text(field, t))?
                    .is_some()
                {
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    /// Run `f` with this generation's writer, then commit with `checkpoint`
    /// as payload and make the changes visible. Uncommitted changes are
    /// rolled back if `f` fails.
    pub fn write<F>(&self, checkpoint: i64, f: F) -> Result<(), IndexError>
    where
        F: FnOnce(&mut IndexWriter) -> Result<(), IndexError>,
    {
        let mut slot = self
            .writer
            .lock()
            .map_err(|_| IndexError::Io(std::io::Error::other("writer lock poisoned")))?;
        if slot.is_none() {
            *slot = Some(self.index.writer_with_num_threads(1, WRITER_HEAP)?);
        }
        let Some(writer) = slot.as_mut() else {
            return Err(IndexError::Io(std::io::Error::other("no writer")));
        };
        if let Err(e) = f(writer) {
            writer.rollback()?;
            return Err(e);
        }
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&checkpoint.to_string());
        prepared.commit()?;
        self.reader.reload()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::TantivyDocument;

    #[test]
    fn merge_all_leaves_one_segment_and_keeps_the_checkpoint() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut b = Schema::builder();
        let body = b.add_text_field("body", TEXT);
        let schema = b.build();
        let jieba = Arc::new(Jieba::new());
        let g = Generation::open(dir.path(), &schema, &jieba).expect("open");
        // a dozen commits: enough for the writer's merge policy to start
        // merging some of them in the background meanwhile
        for (i, checkpoint) in (0..12).zip(1..) {
            g.write(checkpoint, |w| {
                let mut d = TantivyDocument::new();
                d.add_text(body, format!("doc {i}"));
                w.add_document(d)?;
                Ok(())
            })
            .expect("write");
        }
        assert!(g.index.searchable_segment_ids().expect("ids").len() > 1);
        g.merge_all().expect("merge");
        assert_eq!(g.index.searchable_segment_ids().expect("ids").len(), 1);
        assert_eq!(g.checkpoint(), 12);
        assert_eq!(g.reader.searcher().num_docs(), 12);
        // and it still takes writes afterwards
        g.write(13, |_| Ok(())).expect("write after merge");
        let reopened = Generation::open(dir.path(), &schema, &jieba).expect("reopen");
        assert_eq!(reopened.checkpoint(), 13);
    }
}
