//! A value read once per index segment and kept while the index holds that
//! segment: segments never change, a commit or a merge brings new ones
//! (read on their first use), and the ones merged away are forgotten.
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use tantivy::index::SegmentId;
use tantivy::{Searcher, SegmentReader};

pub struct PerSegment<T> {
    segments: Mutex<HashMap<SegmentId, Arc<T>>>,
}

impl<T> Default for PerSegment<T> {
    fn default() -> Self {
        PerSegment {
            segments: Mutex::default(),
        }
    }
}

impl<T> PerSegment<T> {
    /// The value of `segment`, read by `read` the first time.
    pub fn get(
        &self,
        segment: &SegmentReader,
        read: impl FnOnce(&SegmentReader) -> tantivy::Result<T>,
    ) -> tantivy::Result<Arc<T>> {
        let id = segment.segment_id();
        if let Some(v) = self.lock().get(&id) {
            return Ok(v.clone());
        }
        let v = Arc::new(read(segment)?);
        self.lock().insert(id, v.clone());
        Ok(v)
    }

    /// Forget the segments `searcher` no longer holds.
    pub fn keep_only(&self, searcher: &Searcher) {
        let live: HashSet<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(SegmentReader::segment_id)
            .collect();
        self.lock().retain(|id, _| live.contains(id));
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<SegmentId, Arc<T>>> {
        self.segments.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
