//! Where a search snippet starts and ends. An agent reads the snippet aloud
//! or pastes it, so it must not begin or end in the middle of a number, a
//! model number or a word written in Latin letters (`KFR-35G…`, `…99 元`),
//! and it should begin and end at a sentence or clause where one is near.

/// Characters that end a sentence or a clause (a cut may follow them).
fn is_break(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '，' | '、' | '：' | '\n' | '.' | '!' | '?' | ';' | ',' | ' '
    )
}

/// Part of a token that must not be cut: digits, Latin letters and the
/// joiners inside model numbers and amounts.
fn is_token(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | '%' | '+')
}

/// A position may be cut at when it does not split a token.
fn cuttable(text: &[char], at: usize) -> bool {
    at == 0 || at >= text.len() || !(is_token(text[at - 1]) && is_token(text[at]))
}

/// The window `[start, end)` of about `width` characters around `focus` (the
/// first character the snippet should show): moved back to just after a
/// sentence or clause break within `slack` characters before `start`, and
/// forward to just after one within `slack` characters past `end`; failing
/// that, moved outwards past any token it would split. Never starts after
/// `focus`; never longer than `width + 2 × slack` plus the longest token.
pub fn window(text: &[char], focus: usize, width: usize, slack: usize) -> (usize, usize) {
    let n = text.len();
    let focus = focus.min(n);
    let lead = 10.min(width / 2);
    let mut start = focus.saturating_sub(lead).min(n.saturating_sub(width));
    let mut end = (start + width).min(n);
    // start: just after a break, looking back first, then forward up to focus
    if start > 0 {
        let back = (start.saturating_sub(slack)..start)
            .rev()
            .find(|&i| is_break(text[i]))
            .map(|i| i + 1);
        let ahead = (start..focus.min(start + slack))
            .find(|&i| is_break(text[i]))
            .map(|i| i + 1);
        if let Some(s) = back.or(ahead) {
            start = s;
        }
        while !cuttable(text, start) {
            start -= 1;
        }
    }
    end = end.max(start.min(n));
    // end: just after a break, looking forward first, then back (keeping focus)
    if end < n {
        let ahead = (end..(end + slack).min(n))
            .find(|&i| is_break(text[i]))
            .map(|i| i + 1);
        let back = (focus.max(start) + 1..end)
            .rev()
            .take(slack)
            .find(|&i| is_break(text[i - 1]));
        if let Some(e) = ahead.or(back) {
            end = e;
        }
        while !cuttable(text, end) {
            end += 1;
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cut(s: &str, focus: usize) -> String {
        let chars: Vec<char> = s.chars().collect();
        let (a, b) = window(&chars, focus, 12, 6);
        chars[a..b].iter().collect()
    }

    #[test]
    fn a_snippet_keeps_numbers_and_models_whole_and_prefers_clause_breaks() {
        let text = "请核对型号KFR-35GW/BP3DN1Y的外机，安装费按99.5元收取。铜管超出部分另计。";
        let s = cut(text, 8);
        assert!(s.contains("KFR-35GW/BP3DN1Y"), "{s}");
        let s = cut(text, 25);
        assert!(
            !s.starts_with('9') && !s.starts_with('5') && !s.starts_with('.'),
            "{s}"
        );
        assert!(s.contains("99.5"), "{s}");
        let s = cut(
            "第一句说明情况。第二句是要找的内容在这里，然后还有第三句继续补充。",
            12,
        );
        assert!(s.starts_with("第二句"), "{s}");
    }

    proptest! {
        #[test]
        fn never_cuts_inside_a_token_and_always_shows_the_focus(
            parts in proptest::collection::vec(
                prop_oneof![
                    "[a-zA-Z0-9./-]{1,12}",
                    "[\u{4e00}-\u{4e50}]{1,8}",
                    Just("，".to_string()),
                    Just("。".to_string()),
                ],
                1..30,
            ),
            focus_frac in 0.0f64..1.0,
            width in 4usize..60,
            slack in 0usize..20,
        ) {
            let text: Vec<char> = parts.concat().chars().collect();
            let focus = ((text.len() as f64) * focus_frac) as usize;
            let (a, b) = window(&text, focus, width, slack);
            prop_assert!(a <= b && b <= text.len());
            prop_assert!(cuttable(&text, a) && cuttable(&text, b), "{a}..{b}");
            prop_assert!(a <= focus.min(text.len()));
            if focus < text.len() {
                prop_assert!(b > focus, "the focus {focus} is shown: {a}..{b}");
            }
        }
    }
}
