//! Text analysis for Chinese search.
//!
//! Every text (documents and queries alike) is first normalised character by
//! character — Traditional to Simplified, full-width to half-width, ASCII
//! lower case — so the normalised text has exactly as many characters as the
//! original and offsets found in one are valid in the other (used for
//! highlighting). It is then cut into runs: CJK runs and ASCII alphanumeric
//! runs (model numbers such as `KFR-35GW/BP3` or `iPhone15`).
//!
//! Two analyzers share that front end:
//! - **words**: jieba in search mode over CJK runs (stop words dropped), and
//!   model-number tokens;
//! - **bigrams**: overlapping character bigrams over CJK runs, and the same
//!   model-number tokens. Bigrams find text that jieba segments differently.
//!
//! Model numbers yield the compact whole (`kfr35gw`), each part between
//! separators (`kfr`, `35gw`) and the letter/digit pieces of mixed parts
//! (`35`, `gw`), so `KFR-35GW`, `kfr35gw` and `KFR 35GW` all meet.
use jieba_rs::Jieba;
use std::sync::Arc;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

pub const WORDS: &str = "kesu_words";
pub const BIGRAMS: &str = "kesu_bigrams";

/// Function words that carry no meaning for search.
const STOP: &[&str] = &[
    "的",
    "了",
    "吗",
    "呢",
    "吧",
    "啊",
    "呀",
    "我",
    "你",
    "他",
    "她",
    "它",
    "们",
    "是",
    "在",
    "有",
    "和",
    "与",
    "就",
    "都",
    "也",
    "还",
    "又",
    "把",
    "被",
    "给",
    "这",
    "那",
    "个",
    "么",
    "什么",
    "怎么",
    "为什么",
    "一个",
    "这个",
    "那个",
    "我们",
    "你们",
    "他们",
    "自己",
    "一下",
    "时候",
    "已经",
    "可以",
    "没有",
    "不是",
    "就是",
    "但是",
    "因为",
    "所以",
    "如果",
    "然后",
    "现在",
    "请问",
    "您好",
    "你好",
    "麻烦",
    "一直",
    "到底",
    "怎么办",
    "为啥",
    "咋",
];

/// Character-by-character normalisation (length-preserving in chars).
pub fn normalize(text: &str) -> String {
    let simplified = fast2s::convert(text);
    simplified
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0)
                .unwrap_or(c)
                .to_ascii_lowercase(),
            _ => c.to_ascii_lowercase(),
        })
        .collect()
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_model_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_model_joiner(c: char) -> bool {
    matches!(c, '-' | '_' | '/' | '.' | '+')
}

/// A run of normalised text.
#[derive(Debug, PartialEq, Eq)]
pub enum Run<'a> {
    Cjk(&'a str),
    Model(&'a str),
}

/// Split normalised text into CJK runs and ASCII model runs; everything else
/// separates. A joiner (`-`, `/`, …) belongs to a model run only between
/// alphanumerics.
pub fn runs(text: &str) -> Vec<Run<'_>> {
    let mut out = vec![];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_cjk(c) {
            let mut j = i;
            while j < chars.len() && is_cjk(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
            out.push(Run::Cjk(&text[start..end]));
            i = j;
        } else if is_model_char(c) {
            let mut j = i;
            while j < chars.len() {
                let ch = chars[j].1;
                let joins = is_model_joiner(ch)
                    && j + 1 < chars.len()
                    && is_model_char(chars[j + 1].1)
                    && j > i;
                if is_model_char(ch) || joins {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
            out.push(Run::Model(&text[start..end]));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Tokens for a model run (already lower case).
pub fn model_tokens(run: &str, out: &mut Vec<String>) {
    let compact: String = run.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    if compact.is_empty() {
        return;
    }
    let parts: Vec<&str> = run
        .split(is_model_joiner)
        .filter(|p| !p.is_empty())
        .collect();
    let push = |t: &str, out: &mut Vec<String>| {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    };
    push(&compact, out);
    for part in &parts {
        push(part, out);
        // letter/digit pieces of a mixed part: iphone15 → iphone, 15
        let mut piece_start = 0;
        let bytes = part.as_bytes();
        for k in 1..=bytes.len() {
            let boundary =
                k == bytes.len() || bytes[k].is_ascii_digit() != bytes[k - 1].is_ascii_digit();
            if boundary {
                let piece = &part[piece_start..k];
                if piece.len() != part.len()
                    && (piece.len() >= 2 || piece.bytes().all(|b| b.is_ascii_digit()))
                {
                    push(piece, out);
                }
                piece_start = k;
            }
        }
    }
}

/// Word tokens of normalised text.
pub fn word_tokens(jieba: &Jieba, normalized: &str) -> Vec<String> {
    let mut out = vec![];
    for run in runs(normalized) {
        match run {
            Run::Cjk(s) => {
                for w in jieba.cut_for_search(s, true) {
                    if !STOP.contains(&w.word) {
                        out.push(w.word.to_string());
                    }
                }
            }
            Run::Model(s) => model_tokens(s, &mut out),
        }
    }
    out
}

/// Bigram tokens of normalised text (a single-character CJK run yields itself).
pub fn bigram_tokens(normalized: &str) -> Vec<String> {
    let mut out = vec![];
    for run in runs(normalized) {
        match run {
            Run::Cjk(s) => {
                let chars: Vec<char> = s.chars().collect();
                if chars.len() == 1 {
                    out.push(chars[0].to_string());
                }
                for w in chars.windows(2) {
                    out.push(w.iter().collect());
                }
            }
            Run::Model(s) => model_tokens(s, &mut out),
        }
    }
    out
}

/// A tantivy tokenizer over one of the two analyzers.
#[derive(Clone)]
pub struct KesuTokenizer {
    jieba: Option<Arc<Jieba>>,
}

impl KesuTokenizer {
    pub fn words(jieba: Arc<Jieba>) -> Self {
        KesuTokenizer { jieba: Some(jieba) }
    }

    pub fn bigrams() -> Self {
        KesuTokenizer { jieba: None }
    }
}

pub struct VecTokenStream {
    tokens: Vec<Token>,
    index: usize,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        if self.index < self.tokens.len() {
            self.index += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

impl Tokenizer for KesuTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let normalized = normalize(text);
        let words = match &self.jieba {
            Some(j) => word_tokens(j, &normalized),
            None => bigram_tokens(&normalized),
        };
        let tokens = words
            .into_iter()
            .enumerate()
            .map(|(position, text)| Token {
                offset_from: 0,
                offset_to: 0,
                position,
                text,
                position_length: 1,
            })
            .collect();
        VecTokenStream { tokens, index: 0 }
    }
}

/// How alike two texts are, 0 to 1: the Dice coefficient of their bigram
/// sets after normalisation (script, width, case), so the same problem told
/// in other words still shares most of its bigrams.
pub fn text_similarity(a: &str, b: &str) -> f32 {
    use std::collections::HashSet;
    let set = |t: &str| -> HashSet<String> { bigram_tokens(&normalize(t)).into_iter().collect() };
    let (a, b) = (set(a), set(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(&b).count() as f32;
    2.0 * shared / (a.len() + b.len()) as f32
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_similarity_sees_the_same_problem_in_other_words() {
        let a = "未订购视频彩铃却被扣了功能费，要求退费";
        let b = "視頻彩鈴沒有訂購，每月扣功能費，要求退還";
        let c = "洗衣机脱水时噪音很大，要求上门维修";
        assert!(text_similarity(a, b) > 0.3, "{}", text_similarity(a, b));
        assert!(text_similarity(a, c) < 0.1, "{}", text_similarity(a, c));
        assert!((text_similarity(a, a) - 1.0).abs() < 1e-6);
        assert_eq!(text_similarity("", a), 0.0);
    }

    use super::*;

    fn jieba() -> Jieba {
        Jieba::new()
    }

    #[test]
    fn traditional_and_full_width_normalise_to_one_form() {
        assert_eq!(normalize("寬頻斷線"), "宽频断线");
        assert_eq!(normalize("ＫＦＲ－３５ＧＷ"), "kfr-35gw");
        assert_eq!(
            normalize("信用卡年費").chars().count(),
            "信用卡年費".chars().count()
        );
    }

    #[test]
    fn model_numbers_match_whole_and_in_parts() {
        let mut t = vec![];
        model_tokens("kfr-35gw", &mut t);
        assert_eq!(t, ["kfr35gw", "kfr", "35gw", "35", "gw"]);
        let mut t = vec![];
        model_tokens("iphone15", &mut t);
        assert_eq!(t, ["iphone15", "iphone", "15"]);
        let toks = word_tokens(&jieba(), &normalize("格力KFR-35GW空调不制冷"));
        assert!(
            toks.contains(&"kfr35gw".to_string()) && toks.contains(&"空调".to_string()),
            "{toks:?}"
        );
    }

    #[test]
    fn bigrams_cover_cjk_runs() {
        assert_eq!(bigram_tokens("彩铃扣费"), ["彩铃", "铃扣", "扣费"]);
        assert_eq!(bigram_tokens("宽"), ["宽"]);
    }

    #[test]
    fn stop_words_are_dropped_from_words() {
        let toks = word_tokens(&jieba(), "我的话费怎么多了");
        assert!(!toks.iter().any(|t| t == "的" || t == "我"), "{toks:?}");
        assert!(toks.iter().any(|t| t == "话费"), "{toks:?}");
    }
}
