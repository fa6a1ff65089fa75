//! Reading the `.npy` arrays of the sentence encoder's weights (NumPy's
//! format: a magic string, a small Python-literal header, then the raw
//! little-endian data in C order).
use super::DenseError;
use std::path::Path;

/// One array: its shape and its data as `f32` (converted from the stored type).
pub struct Array {
    pub shape: Vec<usize>,
    pub data: Vec<f32>,
}

/// The raw bytes of a `u8` array and its shape (the quantised embedding table).
pub struct Bytes {
    pub shape: Vec<usize>,
    pub data: Vec<u8>,
}

fn bad(path: &Path, why: &str) -> DenseError {
    DenseError::Model(format!("{}: {why}", path.display()))
}

/// (dtype descr, shape, data offset) of an `.npy` file's contents.
fn header(path: &Path, raw: &[u8]) -> Result<(String, Vec<usize>, usize), DenseError> {
    if raw.len() < 10 || &raw[..6] != b"\x93NUMPY" {
        return Err(bad(path, "not an .npy file"));
    }
    let (len, start) = match raw[6] {
        1 => (u16::from_le_bytes([raw[8], raw[9]]) as usize, 10),
        2 | 3 if raw.len() >= 12 => (
            u32::from_le_bytes([raw[8], raw[9], raw[10], raw[11]]) as usize,
            12,
        ),
        _ => return Err(bad(path, "unsupported .npy version")),
    };
    let text = raw
        .get(start..start + len)
        .and_then(|h| std::str::from_utf8(h).ok())
        .ok_or_else(|| bad(path, "truncated header"))?;
    let field = |name: &str| -> Option<&str> {
        let at = text.find(&format!("'{name}':"))? + name.len() + 3;
        Some(text[at..].trim_start())
    };
    let descr = field("descr")
        .and_then(|v| v.strip_prefix('\''))
        .and_then(|v| v.split('\'').next())
        .ok_or_else(|| bad(path, "no dtype in header"))?
        .to_string();
    if field("fortran_order").is_some_and(|v| v.starts_with("True")) {
        return Err(bad(path, "Fortran order is not supported"));
    }
    let shape_text = field("shape")
        .and_then(|v| v.strip_prefix('('))
        .and_then(|v| v.split(')').next())
        .ok_or_else(|| bad(path, "no shape in header"))?;
    let shape = shape_text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<usize>().map_err(|_| bad(path, "bad shape")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((descr, shape, start + len))
}

fn read(path: &Path) -> Result<Vec<u8>, DenseError> {
    std::fs::read(path).map_err(|e| bad(path, &e.to_string()))
}

/// Read an array of `<f4`, `<f8`, `|i1` or `|u1` values as `f32`.
pub fn read_f32(path: &Path) -> Result<Array, DenseError> {
    let raw = read(path)?;
    let (descr, shape, at) = header(path, &raw)?;
    let n: usize = shape.iter().product();
    let body = &raw[at..];
    let width = match descr.as_str() {
        "<f4" => 4,
        "<f8" => 8,
        "|i1" | "|u1" => 1,
        other => return Err(bad(path, &format!("unsupported dtype {other}"))),
    };
    if body.len() < n * width {
        return Err(bad(path, "truncated data"));
    }
    let data = match descr.as_str() {
        "<f4" => body
            .chunks_exact(4)
            .take(n)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect(),
        "<f8" => body
            .chunks_exact(8)
            .take(n)
            .map(|b| f64::from_le_bytes(b.try_into().unwrap_or([0; 8])) as f32)
            .collect(),
        "|i1" => body[..n].iter().map(|&b| b as i8 as f32).collect(),
        _ => body[..n].iter().map(|&b| b as f32).collect(),
    };
    Ok(Array { shape, data })
}

/// Read a `|u1` array as bytes.
pub fn read_u8(path: &Path) -> Result<Bytes, DenseError> {
    let raw = read(path)?;
    let (descr, shape, at) = header(path, &raw)?;
    if descr != "|u1" {
        return Err(bad(path, &format!("expected |u1, found {descr}")));
    }
    let n: usize = shape.iter().product();
    let data = raw
        .get(at..at + n)
        .ok_or_else(|| bad(path, "truncated data"))?
        .to_vec();
    Ok(Bytes { shape, data })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn npy(descr: &str, shape: &str, body: &[u8]) -> Vec<u8> {
        let mut h = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
        while (10 + h.len() + 1) % 64 != 0 {
            h.push(' ');
        }
        h.push('\n');
        let mut out = b"\x93NUMPY\x01\x00".to_vec();
        out.extend((h.len() as u16).to_le_bytes());
        out.extend(h.as_bytes());
        out.extend(body);
        out
    }

    #[test]
    fn reads_float_and_byte_arrays_and_refuses_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f.npy");
        let body: Vec<u8> = [1.5f32, -2.0, 0.25, 4.0]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        std::fs::write(&f, npy("<f4", "(2, 2)", &body)).unwrap();
        let a = read_f32(&f).unwrap();
        assert_eq!(a.shape, vec![2, 2]);
        assert_eq!(a.data, vec![1.5, -2.0, 0.25, 4.0]);

        let s = dir.path().join("s.npy");
        std::fs::write(&s, npy("<f8", "()", &7.5f64.to_le_bytes())).unwrap();
        assert_eq!(read_f32(&s).unwrap().data, vec![7.5]);

        let u = dir.path().join("u.npy");
        std::fs::write(&u, npy("|u1", "(3,)", &[0, 128, 255])).unwrap();
        assert_eq!(read_u8(&u).unwrap().data, vec![0, 128, 255]);
        assert!(read_u8(&f).is_err(), "a float array is not bytes");

        let short = dir.path().join("short.npy");
        std::fs::write(&short, npy("<f4", "(5,)", &body)).unwrap();
        assert!(
            read_f32(&short).is_err(),
            "fewer values than the shape says"
        );
        std::fs::write(&short, b"not numpy").unwrap();
        assert!(read_f32(&short).is_err());
    }
}
