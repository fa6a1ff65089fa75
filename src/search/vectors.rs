//! Embeddings stored in an index (a bytes fast field per document, see
//! [`super::dense::Quantized`]) and ranked by brute force: every live
//! document's vector against the query's, 512 byte products each.
//!
//! Segments are immutable, so each segment's vectors are read from the fast
//! field once and kept in memory as one contiguous array ([`VectorCache`]);
//! a merge or a new commit brings new segments, read on their first query,
//! and the cache forgets segments the index no longer has.
use super::dense::{dot_i8, Quantized, DIM};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tantivy::index::SegmentId;
use tantivy::{DocAddress, Searcher, SegmentReader};

/// One segment's vectors: row `doc` holds document `doc`'s, scale 0 when the
/// document has none.
struct SegmentVectors {
    scales: Vec<f32>,
    q: Vec<i8>,
}

pub struct VectorCache {
    field: String,
    segments: Mutex<HashMap<SegmentId, Arc<SegmentVectors>>>,
}

/// Which documents may be returned.
pub enum Allowed<'a> {
    /// All but these.
    Excluding(Option<&'a HashSet<DocAddress>>),
    /// Only these.
    Only(&'a HashSet<DocAddress>),
}

impl Allowed<'_> {
    fn allows(&self, addr: &DocAddress) -> bool {
        match self {
            Allowed::Excluding(None) => true,
            Allowed::Excluding(Some(ex)) => !ex.contains(addr),
            Allowed::Only(only) => only.contains(addr),
        }
    }
}

impl VectorCache {
    /// A cache for the bytes fast field `field`.
    pub fn new(field: &str) -> VectorCache {
        VectorCache {
            field: field.to_string(),
            segments: Mutex::default(),
        }
    }

    fn read(&self, segment: &SegmentReader) -> tantivy::Result<SegmentVectors> {
        let n = segment.max_doc() as usize;
        let mut scales = vec![0.0f32; n];
        let mut q = vec![0i8; n * DIM];
        if let Some(column) = segment.fast_fields().bytes(&self.field)? {
            let mut buf = vec![];
            for doc in 0..n {
                if let Some(v) = super::embeddings::vector_at(&column, doc as u32, &mut buf)? {
                    scales[doc] = v.scale;
                    q[doc * DIM..(doc + 1) * DIM].copy_from_slice(&v.q);
                }
            }
        }
        Ok(SegmentVectors { scales, q })
    }

    fn segment(&self, segment: &SegmentReader) -> tantivy::Result<Arc<SegmentVectors>> {
        let id = segment.segment_id();
        if let Some(v) = self.lock().get(&id) {
            return Ok(v.clone());
        }
        let v = Arc::new(self.read(segment)?);
        self.lock().insert(id, v.clone());
        Ok(v)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SegmentId, Arc<SegmentVectors>>> {
        self.segments
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The `depth` allowed documents nearest to `query` with a cosine of at
    /// least `floor`, nearest first (ties by address).
    pub fn nearest(
        &self,
        searcher: &Searcher,
        query: &Quantized,
        allowed: &Allowed<'_>,
        floor: f32,
        depth: usize,
    ) -> tantivy::Result<Vec<(f32, DocAddress)>> {
        // the best `depth` so far, worst on top (score, then the later address)
        let mut heap: BinaryHeap<(Reverse<OrdF32>, DocAddress)> = BinaryHeap::new();
        let mut live = HashSet::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            live.insert(segment.segment_id());
            let vectors = self.segment(segment)?;
            let alive = segment.alive_bitset();
            for (doc, &scale) in vectors.scales.iter().enumerate() {
                if scale == 0.0 || alive.is_some_and(|a| !a.is_alive(doc as u32)) {
                    continue;
                }
                let addr = DocAddress::new(ord as u32, doc as u32);
                let dot = dot_i8(&query.q, &vectors.q[doc * DIM..(doc + 1) * DIM]);
                let score = dot as f32 * scale * query.scale;
                if score < floor || !allowed.allows(&addr) {
                    continue;
                }
                if heap.len() < depth {
                    heap.push((Reverse(OrdF32(score)), addr));
                } else if let Some(worst) = heap.peek() {
                    if (Reverse(OrdF32(score)), addr) < *worst {
                        heap.pop();
                        heap.push((Reverse(OrdF32(score)), addr));
                    }
                }
            }
        }
        self.lock().retain(|id, _| live.contains(id));
        let mut out: Vec<(f32, DocAddress)> = heap.into_iter().map(|(s, a)| (s.0 .0, a)).collect();
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(out)
    }
}

/// `f32` with a total order, for the heap.
#[derive(Clone, Copy, PartialEq)]
struct OrdF32(f32);

impl Eq for OrdF32 {}

impl PartialOrd for OrdF32 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OrdF32 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}
