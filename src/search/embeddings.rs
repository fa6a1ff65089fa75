//! Embeddings as stored in an index: each document carries its vector (a
//! bytes fast field) and the key of the text it was computed from (an
//! indexed u64, [`text_key`]). Encoding costs milliseconds per document, so
//! a vector is computed once per text: a rebuild, a re-index of an unchanged
//! complaint, or a search for a stored complaint's own text finds the vector
//! by its key in the live generation instead of encoding again.
use super::dense::{Encoder, Quantized, MODEL_NAME};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet, Searcher, Term, TERMINATED};

/// The key of `text`'s embedding: FNV-1a over the model's name and the text
/// (stable across builds and platforms, unlike std's hasher).
pub fn text_key(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in MODEL_NAME
        .as_bytes()
        .iter()
        .chain(&[0u8])
        .chain(text.as_bytes())
    {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// An index's embedding fields.
#[derive(Clone, Copy)]
pub struct VectorFields {
    /// The bytes fast field holding the vector (see [`Quantized::to_bytes`]).
    pub dense: Field,
    /// The indexed u64 holding the [`text_key`] of the embedded text.
    pub key: Field,
    /// `dense`'s name (fast-field columns are opened by name).
    pub dense_name: &'static str,
}

/// The vector stored for document `doc` in a segment's vector column
/// (`buf` is scratch space, reused between calls).
pub fn vector_at(
    column: &tantivy::columnar::BytesColumn,
    doc: u32,
    buf: &mut Vec<u8>,
) -> tantivy::Result<Option<Quantized>> {
    let Some(ord) = column.term_ords(doc).next() else {
        return Ok(None);
    };
    buf.clear();
    if !column.ord_to_bytes(ord, buf)? {
        return Ok(None);
    }
    Ok(Quantized::from_bytes(buf))
}

/// The vector stored for the text with key `key`, from any live document.
pub fn stored(searcher: &Searcher, f: VectorFields, key: u64) -> Option<Quantized> {
    let term = Term::from_field_u64(f.key, key);
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(f.key) else {
            continue;
        };
        let Ok(Some(mut postings)) = inverted.read_postings(&term, IndexRecordOption::Basic) else {
            continue;
        };
        let Ok(Some(column)) = segment.fast_fields().bytes(f.dense_name) else {
            continue;
        };
        let mut doc = postings.doc();
        let mut buf = vec![];
        while doc != TERMINATED {
            if !segment.is_deleted(doc) {
                if let Ok(Some(v)) = vector_at(&column, doc, &mut buf) {
                    return Some(v);
                }
            }
            doc = postings.advance();
        }
    }
    None
}

/// The embeddings of `texts`: those stored in `searcher`'s index reused,
/// the rest encoded on every core (`None` only where encoding failed), and
/// how many were encoded.
pub fn embed_all(
    encoder: &Encoder,
    searcher: &Searcher,
    f: VectorFields,
    texts: &[&str],
) -> (Vec<Option<Quantized>>, usize) {
    let mut out: Vec<Option<Quantized>> = texts
        .iter()
        .map(|t| stored(searcher, f, text_key(t)))
        .collect();
    let todo: Vec<usize> = (0..texts.len()).filter(|i| out[*i].is_none()).collect();
    let encode = |part: &[usize]| -> Vec<Option<Quantized>> {
        part.iter()
            .map(|i| Some(encoder.encode_quantized(texts[*i])))
            .collect()
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let encoded: Vec<Option<Quantized>> = if todo.len() < 8 || threads == 1 {
        encode(&todo)
    } else {
        let chunk = todo.len().div_ceil(threads);
        std::thread::scope(|s| {
            let parts: Vec<_> = todo
                .chunks(chunk)
                .map(|part| (part.len(), s.spawn(move || encode(part))))
                .collect();
            parts
                .into_iter()
                .flat_map(|(n, p)| p.join().unwrap_or_else(|_| vec![None; n]))
                .collect()
        })
    };
    let n = todo.len();
    for (i, v) in todo.into_iter().zip(encoded) {
        out[i] = v;
    }
    (out, n)
}

/// Whether some live document of the index has no stored vector (it was
/// indexed without the encoder): counts the live documents under each key.
pub fn missing(searcher: &Searcher, f: VectorFields) -> tantivy::Result<bool> {
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(f.key)?;
        let mut terms = inverted.terms().stream()?;
        let mut with_vector = 0u32;
        while terms.advance() {
            let mut postings =
                inverted.read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
            let mut doc = postings.doc();
            while doc != TERMINATED {
                with_vector += u32::from(!segment.is_deleted(doc));
                doc = postings.advance();
            }
        }
        if with_vector < segment.num_docs() {
            return Ok(true);
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::text_key;

    /// Stored keys must mean the same text after an upgrade: a change to
    /// the hash would silently re-encode every document on the next rebuild.
    #[test]
    fn the_text_key_is_stable_and_tells_texts_apart() {
        // FNV-1a 64 of b"use-multilingual-v3\0", computed independently
        assert_eq!(text_key(""), 0x25a6_58dc_7699_040a, "{:#x}", text_key(""));
        assert_ne!(text_key("宽带掉线"), text_key("宽带掉綫"));
        assert_ne!(text_key("ab"), text_key("ba"));
        assert_eq!(text_key("宽带掉线"), text_key("宽带掉线"));
    }
}
