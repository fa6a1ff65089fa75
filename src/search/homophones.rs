//! Pinyin-input typos, corrected from the knowledge base's own vocabulary.
//!
//! Callers' notes are typed with a pinyin input method, so a typo is
//! usually another character of the same sound: 宽代 for 宽带, 东结 for
//! 冻结, 视屏 for 视频. A hand list catches the typos someone thought of;
//! this catches the rest. A stretch of two or three Chinese characters in
//! the query that is no word (not in jieba's dictionary, nor a word of the
//! index) and, for two, no bigram of the index either, is compared by sound with the words the index does know;
//! the commonest word that sounds the same (tones ignored, and the usual
//! confusions of a southern accent: z/zh, c/ch, s/sh, -n/-ng) and shares at
//! least one character with it, and is likelier than what was typed by
//! the segmenter's word frequencies, is taken as what was meant.
//!
//! The vocabulary is read from each segment's term dictionaries once and
//! kept per segment (segments never change, merged ones drop out with the
//! searcher that held them). The pinyin table is the `pinyin` crate's (MIT;
//! data from the pinyin-data project).
use super::analysis::is_cjk;
use super::per_segment::PerSegment;
use jieba_rs::Jieba;
use pinyin::ToPinyin;
use std::collections::HashMap;
use tantivy::schema::Field;
use tantivy::{Searcher, SegmentReader, Term};

/// Words (of two to four Chinese characters) by the key of their sound.
type Vocabulary = HashMap<String, Vec<(String, u64)>>;

/// Stretches of the query compared, longest first.
const WINDOWS: [usize; 2] = [3, 2];

/// The sound of a syllable as a pinyin typist may confuse it.
fn fuzzy(plain: &str) -> String {
    let s = plain
        .strip_prefix("zh")
        .map(|r| format!("z{r}"))
        .or_else(|| plain.strip_prefix("ch").map(|r| format!("c{r}")))
        .or_else(|| plain.strip_prefix("sh").map(|r| format!("s{r}")))
        .unwrap_or_else(|| plain.to_string());
    match s.strip_suffix("ng") {
        Some(r) => format!("{r}n"),
        None => s,
    }
}

/// The sound of a run of Chinese characters; `None` unless every one has
/// a reading.
pub fn sound(word: &str) -> Option<String> {
    let mut out = String::new();
    for c in word.chars() {
        let p = c.to_pinyin()?;
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&fuzzy(p.plain()));
    }
    Some(out)
}

/// The per-segment vocabularies of the fields searched for corrections.
pub struct SoundCache {
    fields: Vec<Field>,
    segments: PerSegment<Vocabulary>,
}

impl SoundCache {
    /// A cache over the word fields `fields` (their terms are jieba words).
    pub fn new(fields: Vec<Field>) -> SoundCache {
        SoundCache {
            fields,
            segments: PerSegment::default(),
        }
    }

    fn read(&self, segment: &SegmentReader) -> tantivy::Result<Vocabulary> {
        let mut df: HashMap<String, u64> = HashMap::new();
        for field in &self.fields {
            let inverted = segment.inverted_index(*field)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                let Ok(word) = std::str::from_utf8(terms.key()) else {
                    continue;
                };
                let n = word.chars().count();
                if (2..=4).contains(&n) && word.chars().all(is_cjk) {
                    let d = df.entry(word.to_string()).or_default();
                    *d = (*d).max(u64::from(terms.value().doc_freq));
                }
            }
        }
        let mut v = Vocabulary::new();
        for (word, n) in df {
            if let Some(key) = sound(&word) {
                v.entry(key).or_default().push((word, n));
            }
        }
        Ok(v)
    }

    /// The known words sounding like `key`, with their document counts
    /// summed over the segments.
    fn sounding(&self, searcher: &Searcher, key: &str) -> tantivy::Result<HashMap<String, u64>> {
        let mut out: HashMap<String, u64> = HashMap::new();
        for segment in searcher.segment_readers() {
            if let Some(words) = self.segments.get(segment, |s| self.read(s))?.get(key) {
                for (w, n) in words {
                    *out.entry(w.clone()).or_default() += n;
                }
            }
        }
        Ok(out)
    }

    /// The corrections of `query` (normalised): (typed stretch, word meant).
    /// `bigrams` are the bigram fields, where a stretch of two characters
    /// that occurs in the text is no typo.
    pub fn corrections(
        &self,
        jieba: &Jieba,
        searcher: &Searcher,
        bigrams: &[Field],
        query: &str,
    ) -> tantivy::Result<Vec<(String, String)>> {
        self.segments.keep_only(searcher);
        let known = |fields: &[Field], text: &str| -> tantivy::Result<bool> {
            for f in fields {
                if searcher.doc_freq(&Term::from_field_text(*f, text))? > 0 {
                    return Ok(true);
                }
            }
            Ok(false)
        };
        let chars: Vec<char> = query.chars().collect();
        // a typo is no word, so the segmenter leaves its characters single:
        // a stretch reaching into a longer word is no typo
        let mut taken = vec![false; chars.len()];
        let mut at = 0;
        for token in jieba.cut(query, false) {
            let n = token.word.chars().count();
            if n > 1 {
                taken[at..at + n].iter_mut().for_each(|t| *t = true);
            }
            at += n;
        }
        let mut out = vec![];
        for len in WINDOWS {
            for start in 0..chars.len().saturating_sub(len - 1) {
                let span = &chars[start..start + len];
                if taken[start..start + len].iter().any(|t| *t) || !span.iter().all(|c| is_cjk(*c))
                {
                    continue;
                }
                let typed: String = span.iter().collect();
                if jieba.has_word(&typed)
                    || known(&self.fields, &typed)?
                    || (len == 2 && known(bigrams, &typed)?)
                {
                    continue;
                }
                let Some(key) = sound(&typed) else { continue };
                let best = self
                    .sounding(searcher, &key)?
                    .into_iter()
                    .filter(|(w, _)| w.chars().zip(span).any(|(a, b)| a == *b))
                    // likelier as written than as typed, by the segmenter's
                    // word frequencies (冻结 over 东结; a stretch of two
                    // common characters such as 就卡 is likely as typed)
                    .filter(|(w, _)| jieba.suggest_freq(w) > jieba.suggest_freq(&typed))
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
                if let Some((word, _)) = best {
                    taken[start..start + len].iter_mut().for_each(|t| *t = true);
                    out.push((typed, word));
                }
            }
        }
        Ok(out)
    }
}

/// `query` with each correction's typed stretch replaced by its word.
pub fn corrected(query: &str, corrections: &[(String, String)]) -> String {
    corrections
        .iter()
        .fold(query.to_string(), |q, (typed, word)| q.replace(typed, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sounds_ignore_tones_and_southern_confusions() {
        assert_eq!(sound("宽带"), sound("宽代"));
        assert_eq!(sound("冻结"), sound("东结"));
        assert_eq!(sound("视频"), sound("视屏"), "-n and -ng");
        assert_eq!(sound("转账"), sound("赚帐"), "zh and z");
        assert_ne!(sound("宽带"), sound("宽待啊"));
        assert_ne!(sound("退款"), sound("推开"));
        assert_eq!(
            sound("宽带A"),
            None,
            "only Chinese characters have a sound here"
        );
    }

    #[test]
    fn corrections_replace_each_stretch() {
        let c = vec![
            ("宽代".to_string(), "宽带".to_string()),
            ("视屏".to_string(), "视频".to_string()),
        ];
        assert_eq!(corrected("宽代看视屏卡", &c), "宽带看视频卡");
    }
}
