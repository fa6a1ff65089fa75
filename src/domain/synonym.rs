//! A search synonym entry's rules: what a group or a correction may hold, and
//! the canonical key one set of words is stored under. The words arrive
//! already normalised by the search analysis (Simplified, half-width, lower
//! case); this module only judges their shape.
use std::collections::BTreeSet;

code_enum!(
    /// What an entry does at query time.
    SynonymKind {
        Group => "group": "同义词组",
        Correction => "correction": "错字纠正",
    }
);

code_enum!(
    /// Where an entry came from.
    SynonymSource {
        Builtin => "builtin": "内置",
        Editor => "editor": "编辑添加",
    }
);

/// Most words in one group.
pub const MAX_TERMS: usize = 20;
/// Longest word, in characters.
pub const MAX_TERM_CHARS: usize = 20;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 200;

/// Why an entry is refused: the input field and a message.
pub type Refusal = (&'static str, String);

/// The entry's words, checked: a group keeps its first-seen order without
/// repeats; a correction is exactly `[wrong, right]`, two different words.
pub fn check_terms(kind: SynonymKind, terms: &[String]) -> Result<Vec<String>, Refusal> {
    let mut out: Vec<String> = Vec::with_capacity(terms.len());
    for t in terms {
        let t = t.trim();
        if t.is_empty() || t.chars().count() > MAX_TERM_CHARS || t.chars().any(char::is_whitespace)
        {
            return Err((
                "terms",
                format!("each term must be 1 to {MAX_TERM_CHARS} characters without spaces: {t:?}"),
            ));
        }
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    if out.len() > MAX_TERMS {
        return Err(("terms", format!("at most {MAX_TERMS} terms")));
    }
    match kind {
        SynonymKind::Group if out.len() < 2 => Err((
            "terms",
            "a synonym group needs at least two different terms".into(),
        )),
        SynonymKind::Correction if out.len() != 2 || terms.len() != 2 => Err((
            "terms",
            "a correction is exactly two different terms: the wrong one, then the right one".into(),
        )),
        _ => Ok(out),
    }
}

/// The note, trimmed; empty means none.
pub fn check_note(note: Option<&str>) -> Result<Option<String>, Refusal> {
    let Some(n) = note.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    if n.chars().count() > MAX_NOTE_CHARS {
        return Err(("note", format!("at most {MAX_NOTE_CHARS} characters")));
    }
    Ok(Some(n.to_string()))
}

/// The key one set of words is stored under: a group's words in sorted order
/// (the same set written in another order is the same group), a correction's
/// as written (wrong → right is not right → wrong).
pub fn terms_key(kind: SynonymKind, terms: &[String]) -> String {
    match kind {
        SynonymKind::Group => terms
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
            .join("\u{1f}"),
        SynonymKind::Correction => terms.join("\u{1f}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn v(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn groups_and_corrections_have_their_shapes() {
        use SynonymKind::*;
        assert_eq!(
            check_terms(Group, &v(&["扣钱", " 扣费 ", "扣钱"])),
            Ok(v(&["扣钱", "扣费"]))
        );
        assert!(
            check_terms(Group, &v(&["扣钱", "扣钱"])).is_err(),
            "one distinct word"
        );
        assert!(
            check_terms(Group, &v(&["扣 钱", "扣费"])).is_err(),
            "space inside"
        );
        assert!(check_terms(Group, &v(&["", "扣费"])).is_err());
        assert!(check_terms(Group, &v(&[&"长".repeat(21), "扣费"])).is_err());
        let many: Vec<String> = (0..21).map(|i| format!("词{i}")).collect();
        assert!(check_terms(Group, &many).is_err());
        assert_eq!(
            check_terms(Correction, &v(&["冲电", "充电"])),
            Ok(v(&["冲电", "充电"]))
        );
        assert!(check_terms(Correction, &v(&["冲电", "冲电"])).is_err());
        assert!(check_terms(Correction, &v(&["冲电", "充电", "充点"])).is_err());
        assert_eq!(check_note(Some("  ")), Ok(None));
        assert!(check_note(Some(&"字".repeat(201))).is_err());
    }

    proptest! {
        #[test]
        fn a_group_key_ignores_order_and_a_correction_key_does_not(
            words in proptest::collection::btree_set("[a-z\u{4e00}-\u{4e20}]{1,4}", 2..6),
        ) {
            let words: Vec<String> = words.into_iter().collect();
            let mut reversed = words.clone();
            reversed.reverse();
            prop_assert_eq!(
                terms_key(SynonymKind::Group, &words),
                terms_key(SynonymKind::Group, &reversed)
            );
            let pair = vec![words[0].clone(), words[1].clone()];
            let flipped = vec![words[1].clone(), words[0].clone()];
            prop_assert_ne!(
                terms_key(SynonymKind::Correction, &pair),
                terms_key(SynonymKind::Correction, &flipped)
            );
            let checked = check_terms(SynonymKind::Group, &words).expect("valid");
            prop_assert_eq!(checked.len(), words.len());
        }
    }
}
