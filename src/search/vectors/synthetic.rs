//! Synthetic embeddings for measuring the scan without the encoder (the
//! two-stage scan's tests and `examples/dense_scan`): topics around one
//! shared offset, as sentence embeddings are (they are not centred), from a
//! deterministic generator.
use crate::search::dense::{Quantized, DIM};

/// xorshift64*: deterministic, and no seed crate needed.
pub struct Rng(pub u64);

impl Rng {
    /// Uniform in [-1, 1).
    pub fn uniform(&mut self) -> f32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        (x >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
    }

    /// [`DIM`] uniform values.
    pub fn vector(&mut self) -> Vec<f32> {
        (0..DIM).map(|_| self.uniform()).collect()
    }
}

/// `offset + centre + noise × uniform(-1, 1)`, normalised and quantised.
pub fn near(rng: &mut Rng, offset: &[f32], centre: &[f32], noise: f32) -> Quantized {
    let v: Vec<f32> = (0..DIM)
        .map(|i| offset[i] + centre[i] + noise * rng.uniform())
        .collect();
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
    Quantized::from_unit(&v.iter().map(|x| x / n).collect::<Vec<_>>())
}
