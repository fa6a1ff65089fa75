//! Query-time synonyms and typo corrections. They live in the database
//! (`kb_synonyms`, edited in the console); the list shipped with the binary
//! (`synonyms.txt`, or `KESU_SYNONYMS_FILE` instead) seeds it. Applied to
//! queries only, so editing the list needs no reindex.
use super::analysis::normalize;

#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
    corrections: Vec<(String, String)>,
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
}
