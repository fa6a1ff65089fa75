//! A SentencePiece unigram tokenizer for the sentence encoder's `sp.model`,
//! in Rust: the model file's protobuf (pieces, scores, types, and the
//! precompiled `nmt_nfkc` normalisation map), the normaliser (a darts-clone
//! double-array trie walked for the longest match, as SentencePiece's
//! `Normalizer::NormalizePrefix` does), whitespace handling (dummy prefix,
//! `▁` for spaces, extra spaces removed) and the Viterbi segmentation.
//!
//! Checked against the reference C++ library's ids for a fixed set of
//! sentences (`tests/fixtures/dense/encoder.json`, see `dense::tests`).
use super::DenseError;
use std::collections::HashMap;

pub const UNK: u32 = 0;
pub const BOS: u32 = 1;
pub const EOS: u32 = 2;
const SPACE: &str = "\u{2581}";

/// Piece types of SentencePiece's model (`ModelProto.SentencePiece.Type`).
const TYPE_UNKNOWN: u64 = 2;
const TYPE_CONTROL: u64 = 3;

pub struct Tokenizer {
    scores: Vec<f32>,
    /// Every prefix of every piece: `Some(id)` for a piece, `None` for a
    /// prefix that only keeps the walk going.
    prefixes: HashMap<String, Option<u32>>,
    max_chars: usize,
    unk_score: f32,
    normalizer: Normalizer,
}

/// A protobuf message's fields: (field number, wire type, value or slice).
enum Value<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Fixed32([u8; 4]),
    Fixed64,
}

fn varint(data: &[u8], pos: &mut usize) -> Option<u64> {
    let mut out = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *data.get(*pos)?;
        *pos += 1;
        out |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(out);
        }
    }
    None
}

fn fields(data: &[u8]) -> Option<Vec<(u64, Value<'_>)>> {
    let mut out = vec![];
    let mut pos = 0;
    while pos < data.len() {
        let tag = varint(data, &mut pos)?;
        let value = match tag & 7 {
            0 => Value::Varint(varint(data, &mut pos)?),
            1 => {
                pos += 8;
                Value::Fixed64
            }
            2 => {
                let len = varint(data, &mut pos)? as usize;
                let v = data.get(pos..pos.checked_add(len)?)?;
                pos += len;
                Value::Bytes(v)
            }
            5 => {
                let v = data.get(pos..pos + 4)?;
                pos += 4;
                Value::Fixed32([v[0], v[1], v[2], v[3]])
            }
            _ => return None,
        };
        out.push((tag >> 3, value));
    }
    (pos == data.len()).then_some(out)
}

impl Tokenizer {
    pub fn parse(model: &[u8]) -> Result<Tokenizer, DenseError> {
        let bad = |why: &str| DenseError::Model(format!("sp.model: {why}"));
        let top = fields(model).ok_or_else(|| bad("not a protobuf message"))?;
        let mut scores = vec![];
        let mut prefixes: HashMap<String, Option<u32>> = HashMap::new();
        let mut max_chars = 1;
        let mut charsmap: &[u8] = &[];
        for (field, value) in &top {
            match (field, value) {
                (1, Value::Bytes(piece)) => {
                    let parts = fields(piece).ok_or_else(|| bad("bad piece"))?;
                    let mut text = None;
                    let mut score = 0.0;
                    let mut kind = 1;
                    for (f, v) in parts {
                        match (f, v) {
                            (1, Value::Bytes(b)) => text = std::str::from_utf8(b).ok(),
                            (2, Value::Fixed32(b)) => score = f32::from_le_bytes(b),
                            (3, Value::Varint(t)) => kind = t,
                            _ => {}
                        }
                    }
                    let text = text.ok_or_else(|| bad("a piece without text"))?;
                    let id = scores.len() as u32;
                    scores.push(score);
                    if kind == TYPE_CONTROL || kind == TYPE_UNKNOWN {
                        continue;
                    }
                    max_chars = max_chars.max(text.chars().count());
                    for (i, _) in text.char_indices().skip(1) {
                        prefixes.entry(text[..i].to_string()).or_insert(None);
                    }
                    prefixes.insert(text.to_string(), Some(id));
                }
                // the normaliser's map: in `normalizer_spec` (field 3 of a
                // current model; field 2 of this legacy layout's field 3)
                (3, Value::Bytes(spec)) => {
                    for (f, v) in fields(spec).ok_or_else(|| bad("bad spec"))? {
                        if let (2, Value::Bytes(map)) = (f, v) {
                            charsmap = map;
                        }
                    }
                }
                _ => {}
            }
        }
        if scores.len() <= EOS as usize {
            return Err(bad("too few pieces"));
        }
        let unk_score = scores.iter().copied().fold(f32::INFINITY, f32::min) - 10.0;
        Ok(Tokenizer {
            scores,
            prefixes,
            max_chars,
            unk_score,
            normalizer: Normalizer::new(charsmap)?,
        })
    }

    /// Piece ids of `text`, between BOS and EOS.
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let normalized = self.normalizer.normalize(text);
        let mut ids = vec![BOS];
        if normalized.is_empty() {
            ids.push(UNK);
        } else {
            ids.extend(self.viterbi(&normalized));
        }
        ids.push(EOS);
        ids
    }

    /// The best segmentation: for each character position, the best-scoring
    /// piece ending there (earliest start on ties, as SentencePiece's lattice).
    fn viterbi(&self, s: &str) -> Vec<u32> {
        let bounds: Vec<usize> = s
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(s.len()))
            .collect();
        let n = bounds.len() - 1;
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        best[0] = 0.0;
        let mut start_of = vec![0usize; n + 1];
        let mut piece_of = vec![UNK; n + 1];
        for i in 0..n {
            let base = best[i];
            let mut single = false;
            for j in i + 1..=(i + self.max_chars).min(n) {
                match self.prefixes.get(&s[bounds[i]..bounds[j]]) {
                    None => break,
                    Some(None) => {}
                    Some(Some(id)) => {
                        let score = base + self.scores[*id as usize];
                        if score > best[j] {
                            best[j] = score;
                            start_of[j] = i;
                            piece_of[j] = *id;
                        }
                        single |= j == i + 1;
                    }
                }
            }
            if !single {
                let score = base + self.unk_score;
                if score > best[i + 1] {
                    best[i + 1] = score;
                    start_of[i + 1] = i;
                    piece_of[i + 1] = UNK;
                }
            }
        }
        let mut ids = vec![];
        let mut p = n;
        while p > 0 {
            ids.push(piece_of[p]);
            p = start_of[p];
        }
        ids.reverse();
        ids
    }
}

/// SentencePiece's precompiled normaliser: a double-array trie over UTF-8
/// bytes whose leaves point into a table of NUL-terminated replacements.
struct Normalizer {
    units: Vec<u32>,
    replacements: Vec<u8>,
}

fn offset(unit: u32) -> usize {
    ((unit >> 10) << ((unit & 0x200) >> 6)) as usize
}

impl Normalizer {
    fn new(charsmap: &[u8]) -> Result<Normalizer, DenseError> {
        if charsmap.is_empty() {
            return Ok(Normalizer {
                units: vec![],
                replacements: vec![],
            });
        }
        let bad = || DenseError::Model("sp.model: bad normalisation map".into());
        let size = u32::from_le_bytes(
            charsmap
                .get(..4)
                .ok_or_else(bad)?
                .try_into()
                .map_err(|_| bad())?,
        ) as usize;
        let trie = charsmap.get(4..4 + size).ok_or_else(bad)?;
        Ok(Normalizer {
            units: trie
                .chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
            replacements: charsmap[4 + size..].to_vec(),
        })
    }

    /// The normalised form of the longest known prefix of `data`, and how
    /// many bytes it consumed (one character, unchanged, when none is known).
    fn prefix<'a>(&'a self, data: &'a [u8]) -> (&'a [u8], usize) {
        let mut best: Option<(usize, usize)> = None;
        if let Some(&root) = self.units.first() {
            let mut node = offset(root);
            for (i, &c) in data.iter().enumerate() {
                node ^= c as usize;
                let Some(&unit) = self.units.get(node) else {
                    break;
                };
                if (unit & 0x8000_00ff) != u32::from(c) {
                    break;
                }
                node ^= offset(unit);
                if unit & 0x100 != 0 {
                    if let Some(&leaf) = self.units.get(node) {
                        best = Some((i + 1, (leaf & 0x7fff_ffff) as usize));
                    }
                }
            }
        }
        if let Some((len, value)) = best {
            if value < self.replacements.len() {
                let rest = &self.replacements[value..];
                let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
                return (&rest[..end], len);
            }
        }
        let len = match data[0] {
            b if b < 0x80 => 1,
            b if b >> 5 == 0x6 => 2,
            b if b >> 4 == 0xe => 3,
            b if b >> 3 == 0x1e => 4,
            _ => 1,
        };
        let len = if data.len() >= len && data[1..len].iter().all(|&b| b & 0xc0 == 0x80) {
            len
        } else {
            1
        };
        (&data[..len], len)
    }

    fn normalize(&self, text: &str) -> String {
        let raw = text.as_bytes();
        let mut pos = 0;
        while pos < raw.len() {
            let (p, used) = self.prefix(&raw[pos..]);
            if p != b" " {
                break;
            }
            pos += used;
        }
        if pos >= raw.len() {
            return String::new();
        }
        let mut out: Vec<u8> = SPACE.as_bytes().to_vec();
        let mut prev_space = true;
        while pos < raw.len() {
            let (mut p, used) = self.prefix(&raw[pos..]);
            pos += used;
            if prev_space {
                while let Some(rest) = p.strip_prefix(b" ") {
                    p = rest;
                }
            }
            if let Some(&last) = p.last() {
                for &b in p {
                    if b == b' ' {
                        out.extend(SPACE.as_bytes());
                    } else {
                        out.push(b);
                    }
                }
                prev_space = last == b' ';
            }
        }
        while out.ends_with(SPACE.as_bytes()) {
            out.truncate(out.len() - SPACE.len());
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

impl Tokenizer {
    /// How many pieces the model has.
    pub fn pieces(&self) -> usize {
        self.scores.len()
    }
}
