//! Embeddings stored in an index (a bytes fast field per document, see
//! [`super::dense::Quantized`]) and ranked without an approximate index.
//!
//! A small segment is scanned exactly: every live document's vector against
//! the query's, 512 byte products each. A large one (more than
//! [`EXACT_UP_TO`] documents) is scanned in two stages, as vector databases
//! do with binary quantisation: first by one bit per dimension (is the value
//! above the segment's mean?), 64 bytes per document compared by popcount,
//! keeping a shortlist [`OVERSAMPLE`] times deeper than asked; then the
//! shortlist is scored exactly. Every score returned is the exact
//! quantised cosine; what the first stage can cost is a near document left
//! off the shortlist, which `examples/search_latency` measures against the
//! exact scan (BENCHMARKS.md, "Dense retrieval at scale").
//!
//! Segments are immutable, so each segment's vectors are read from the fast
//! field once and kept in memory as one contiguous array ([`VectorCache`]);
//! a merge or a new commit brings new segments, read on their first query,
//! and the cache forgets segments the index no longer has.
use super::dense::{dot_i8, Quantized, DIM};
use super::per_segment::PerSegment;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use tantivy::{DocAddress, Searcher, SegmentReader};

/// Segments of at most this many documents are scanned exactly.
pub const EXACT_UP_TO: usize = 4096;
/// The first stage keeps this many candidates per result asked for...
pub const OVERSAMPLE: usize = 20;
/// ...and never fewer than this.
pub const MIN_SHORTLIST: usize = 1000;
/// 64-bit words of one document's sign bits.
const WORDS: usize = DIM / 64;

static EXACT_ONLY: AtomicBool = AtomicBool::new(false);

/// Scan every segment exactly, however large (`true`), or in two stages
/// above [`EXACT_UP_TO`] (`false`, the default). For measuring what the
/// first stage costs in recall; process-wide.
pub fn set_exact_only(exact: bool) {
    EXACT_ONLY.store(exact, Ordering::Relaxed);
}

/// One segment's vectors: row `doc` holds document `doc`'s, scale 0 when the
/// document has none; and, for large segments, each row's bits (value above
/// the segment's per-dimension mean) with that mean.
struct SegmentVectors {
    scales: Vec<f32>,
    q: Vec<i8>,
    bits: Vec<u64>,
    mean: Vec<f32>,
}

impl SegmentVectors {
    fn new(scales: Vec<f32>, q: Vec<i8>) -> SegmentVectors {
        let n = scales.len();
        let mut mean = vec![];
        let mut bits = vec![];
        if n > EXACT_UP_TO {
            let with = scales.iter().filter(|&&s| s != 0.0).count().max(1);
            mean = vec![0f32; DIM];
            for (doc, &scale) in scales.iter().enumerate() {
                if scale != 0.0 {
                    for (m, &v) in mean.iter_mut().zip(&q[doc * DIM..(doc + 1) * DIM]) {
                        *m += f32::from(v);
                    }
                }
            }
            mean.iter_mut().for_each(|m| *m /= with as f32);
            bits = vec![0u64; n * WORDS];
            for doc in 0..n {
                let row = sign_bits(&q[doc * DIM..(doc + 1) * DIM], &mean);
                bits[doc * WORDS..(doc + 1) * WORDS].copy_from_slice(&row);
            }
        }
        SegmentVectors {
            scales,
            q,
            bits,
            mean,
        }
    }

    fn bits_of(&self, doc: usize) -> &[u64; WORDS] {
        self.bits[doc * WORDS..(doc + 1) * WORDS]
            .try_into()
            .expect("rows of WORDS words")
    }

    fn row(&self, doc: usize) -> &[i8] {
        &self.q[doc * DIM..(doc + 1) * DIM]
    }
}

/// One bit per dimension: the value is above the mean.
fn sign_bits(v: &[i8], mean: &[f32]) -> [u64; WORDS] {
    let mut out = [0u64; WORDS];
    for (i, (&x, &m)) in v.iter().zip(mean).enumerate() {
        if f32::from(x) > m {
            out[i / 64] |= 1 << (i % 64);
        }
    }
    out
}

/// Bits that differ between two rows (a software popcount: the build
/// targets baseline x86-64, BENCHMARKS.md).
fn hamming(a: &[u64; WORDS], b: &[u64; WORDS]) -> u32 {
    a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

pub struct VectorCache {
    field: String,
    segments: PerSegment<SegmentVectors>,
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
            segments: PerSegment::default(),
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
        Ok(SegmentVectors::new(scales, q))
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
        let exact_only = EXACT_ONLY.load(Ordering::Relaxed);
        self.nearest_by(searcher, query, allowed, floor, depth, exact_only)
    }

    /// [`Self::nearest`], scanning large segments exactly or in two stages.
    fn nearest_by(
        &self,
        searcher: &Searcher,
        query: &Quantized,
        allowed: &Allowed<'_>,
        floor: f32,
        depth: usize,
        exact_only: bool,
    ) -> tantivy::Result<Vec<(f32, DocAddress)>> {
        let mut best = Best::new(depth);
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let vectors = self.segments.get(segment, |s| self.read(s))?;
            let alive = segment.alive_bitset();
            let usable = |doc: usize| {
                vectors.scales[doc] != 0.0 && alive.is_none_or(|a| a.is_alive(doc as u32))
            };
            let addr = |doc: usize| DocAddress::new(ord as u32, doc as u32);
            let mut score = |doc: usize| {
                let dot = dot_i8(&query.q, vectors.row(doc));
                let score = dot as f32 * vectors.scales[doc] * query.scale;
                if score >= floor && allowed.allows(&addr(doc)) {
                    best.offer(score, addr(doc));
                }
            };
            if vectors.bits.is_empty() || exact_only {
                (0..vectors.scales.len())
                    .filter(|&d| usable(d))
                    .for_each(&mut score);
                continue;
            }
            let shortlist = depth.saturating_mul(OVERSAMPLE).max(MIN_SHORTLIST);
            let query_bits = sign_bits(&query.q, &vectors.mean);
            shortlisted(
                &query_bits,
                &vectors,
                |doc| usable(doc) && allowed.allows(&addr(doc)),
                shortlist,
            )
            .into_iter()
            .for_each(&mut score);
        }
        self.segments.keep_only(searcher);
        Ok(best.sorted())
    }
}

/// Stage one: the first `shortlist` documents that `keep` accepts, in order
/// of their bits' distance from the query's, ties by document. Distances
/// are at most `DIM`, so a histogram finds the distance within which the
/// shortlist lies, and one pass gathers the documents up to it (a heap of
/// the nearest cost twice the popcounts themselves).
fn shortlisted(
    query_bits: &[u64; WORDS],
    vectors: &SegmentVectors,
    keep: impl Fn(usize) -> bool,
    shortlist: usize,
) -> Vec<usize> {
    let n = vectors.scales.len();
    let mut distance: Vec<u16> = Vec::with_capacity(n);
    let mut histogram = [0usize; DIM + 1];
    for doc in 0..n {
        let d = hamming(query_bits, vectors.bits_of(doc)) as u16;
        distance.push(d);
        histogram[usize::from(d)] += 1;
    }
    // (distance, doc) of the kept documents within `within`; widened while
    // documents `keep` refuses leave the shortlist short
    let mut near: Vec<(u16, u32)> = Vec::with_capacity(shortlist + shortlist / 4);
    let (mut done, mut covered) = (None::<usize>, 0usize);
    while near.len() < shortlist && done.is_none_or(|d| d < DIM) {
        let from = done.map_or(0, |d| d + 1);
        let wanted = covered + (shortlist - near.len());
        let mut within = from;
        covered += histogram[within];
        while covered < wanted && within < DIM {
            within += 1;
            covered += histogram[within];
        }
        for (doc, &d) in distance.iter().enumerate() {
            let d_at = usize::from(d);
            if d_at >= from && d_at <= within && keep(doc) {
                near.push((d, doc as u32));
            }
        }
        done = Some(within);
    }
    near.sort_unstable();
    near.truncate(shortlist);
    near.into_iter().map(|(_, doc)| doc as usize).collect()
}

/// The best `depth` offers, worst on top (score, then the later address).
struct Best {
    depth: usize,
    heap: BinaryHeap<(Reverse<OrdF32>, DocAddress)>,
}

impl Best {
    fn new(depth: usize) -> Best {
        Best {
            depth,
            heap: BinaryHeap::with_capacity(depth + 1),
        }
    }

    fn offer(&mut self, score: f32, addr: DocAddress) {
        let entry = (Reverse(OrdF32(score)), addr);
        if self.heap.len() < self.depth {
            self.heap.push(entry);
        } else if self.heap.peek().is_some_and(|worst| entry < *worst) {
            self.heap.pop();
            self.heap.push(entry);
        }
    }

    /// Nearest first, ties by address.
    fn sorted(self) -> Vec<(f32, DocAddress)> {
        let mut out: Vec<(f32, DocAddress)> =
            self.heap.into_iter().map(|(s, a)| (s.0 .0, a)).collect();
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        out
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

pub mod synthetic;
#[cfg(test)]
mod tests;
