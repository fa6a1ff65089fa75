//! Query-time synonyms and typo corrections. They live in the database
//! (`kb_synonyms`, edited in the console); the list shipped with the binary
//! (`synonyms.txt`, or `KESU_SYNONYMS_FILE` instead) seeds it. Applied to
//! queries only, so editing the list needs no reindex.
use super::analysis::normalize;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
    corrections: Vec<(String, String)>,
    /// A general thesaurus an operator opted into (`KESU_THESAURUS_FILE`),
    /// weighed below the domain's own synonyms.
    thesaurus: Option<Arc<Thesaurus>>,
}

/// Synonym groups of a general thesaurus, looked up by word.
#[derive(Debug, Default)]
pub struct Thesaurus {
    groups: Vec<Vec<String>>,
    by_word: HashMap<String, Vec<usize>>,
    longest: usize,
}

/// Thesaurus groups are used only when small: large ones join words too
/// loosely related for a query.
pub const THESAURUS_MAX_GROUP: usize = 8;

impl Thesaurus {
    /// One group per line, words separated by spaces; `#` starts a comment.
    /// Words of one character and groups larger than
    /// [`THESAURUS_MAX_GROUP`] are left out.
    pub fn parse(text: &str) -> Thesaurus {
        let mut t = Thesaurus::default();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut group: Vec<String> = vec![];
            for w in line.split_whitespace().map(normalize) {
                if w.chars().count() >= 2 && !group.contains(&w) {
                    group.push(w);
                }
            }
            if group.len() < 2 || group.len() > THESAURUS_MAX_GROUP {
                continue;
            }
            let id = t.groups.len();
            for w in &group {
                t.longest = t.longest.max(w.chars().count());
                t.by_word.entry(w.clone()).or_default().push(id);
            }
            t.groups.push(group);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Words of the groups of every word found in `query`, but not in it.
    fn expansions(&self, query: &str) -> Vec<String> {
        let chars: Vec<char> = query.chars().collect();
        let mut out: Vec<String> = vec![];
        for start in 0..chars.len() {
            for len in 2..=self.longest.min(chars.len() - start) {
                let w: String = chars[start..start + len].iter().collect();
                for g in self.by_word.get(&w).into_iter().flatten() {
                    for other in &self.groups[*g] {
                        if other != &w && !query.contains(other.as_str()) && !out.contains(other) {
                            out.push(other.clone());
                        }
                    }
                }
            }
        }
        out
    }
}

pub const DEFAULT: &str = include_str!("synonyms.txt");

impl Synonyms {
    pub fn parse(text: &str) -> Self {
        let mut s = Synonyms::default();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((wrong, right)) = line.split_once("=>") {
                s.corrections
                    .push((normalize(wrong.trim()), normalize(right.trim())));
            } else {
                let group: Vec<String> = line.split_whitespace().map(normalize).collect();
                if group.len() > 1 {
                    s.groups.push(group);
                }
            }
        }
        s
    }

    /// A list from stored entries (terms already normalised).
    pub fn from_entries(groups: Vec<Vec<String>>, corrections: Vec<(String, String)>) -> Self {
        Synonyms {
            groups: groups.into_iter().filter(|g| g.len() > 1).collect(),
            corrections,
            thesaurus: None,
        }
    }

    /// The same list with a general thesaurus below it.
    pub fn with_thesaurus(mut self, thesaurus: Option<Arc<Thesaurus>>) -> Self {
        self.thesaurus = thesaurus;
        self
    }

    /// Phrases from the general thesaurus for a (normalised) query, none
    /// already among `expansions`.
    pub fn thesaurus_expansions(&self, query: &str) -> Vec<String> {
        match &self.thesaurus {
            Some(t) => {
                let domain = self.expansions(query);
                t.expansions(query)
                    .into_iter()
                    .filter(|w| !domain.contains(w))
                    .collect()
            }
            None => vec![],
        }
    }

    /// The groups and corrections, as parsed.
    pub fn entries(&self) -> (&[Vec<String>], &[(String, String)]) {
        (&self.groups, &self.corrections)
    }

    /// Extra phrases a (normalised) query should also match: corrections of
    /// typos it contains, and synonyms of phrases it contains.
    pub fn expansions(&self, query: &str) -> Vec<String> {
        let mut out: Vec<String> = vec![];
        let mut corrected = query.to_string();
        for (wrong, right) in &self.corrections {
            if corrected.contains(wrong.as_str()) {
                corrected = corrected.replace(wrong.as_str(), right);
            }
        }
        if corrected != query {
            out.push(corrected.clone());
        }
        for group in &self.groups {
            if let Some(hit) = group.iter().find(|w| corrected.contains(w.as_str())) {
                for other in group.iter().filter(|w| *w != hit) {
                    if !out.contains(other) {
                        out.push(other.clone());
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_corrected_and_synonyms_expanded() {
        let s = Synonyms::parse(DEFAULT);
        let e = s.expansions("手机冲电很慢");
        assert!(e.contains(&"手机充电很慢".to_string()), "{e:?}");
        let e = s.expansions("怎么扣钱了");
        assert!(e.contains(&"扣费".to_string()), "{e:?}");
        assert!(s.expansions("天气很好").is_empty());
    }

    #[test]
    fn a_thesaurus_adds_small_groups_of_real_words_only() {
        let t = Thesaurus::parse(
            "# comment\n退款 退钱 人\n甲乙 丙丁 戊己 庚辛 壬癸 子丑 寅卯 辰巳 午未\n电脑 计算机\n",
        );
        assert_eq!(
            t.len(),
            2,
            "the one-character word dropped, the big group left out"
        );
        let s = Synonyms::from_entries(vec![vec!["退钱".into(), "退费".into()]], vec![])
            .with_thesaurus(Some(Arc::new(t)));
        assert_eq!(
            s.thesaurus_expansions("我的计算机坏了"),
            vec!["电脑".to_string()]
        );
        // what the domain list already gives is not repeated
        assert!(s.thesaurus_expansions("退款").contains(&"退钱".to_string()));
        assert!(!s.thesaurus_expansions("退钱").iter().any(|w| w == "退费"));
        assert!(Synonyms::default()
            .thesaurus_expansions("计算机")
            .is_empty());
    }
}
