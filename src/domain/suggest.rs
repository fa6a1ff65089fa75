//! Suggestions at intake from the centre's memory: the nearest resolved
//! complaints vote, each with the weight of its likeness to the new one, on
//! the category (top three), the priority and the responsible team; when
//! most of the nearest share one resolution, it becomes the draft reply.
//!
//! Pure: the neighbours come in already found and weighed, and whether two
//! resolutions say the same thing is the caller's judgement (`same`).

/// How many of the nearest neighbours may propose a draft reply.
pub const DRAFT_POOL: usize = 5;
/// A draft needs at least this many neighbours agreeing…
pub const DRAFT_MIN_AGREEING: usize = 2;
/// …holding at least this share of the pool's weight.
pub const DRAFT_MIN_SHARE: f32 = 0.5;
/// The most categories suggested.
pub const TOP_CATEGORIES: usize = 3;

/// A resolved complaint near the new one.
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour<P> {
    pub category_id: i64,
    pub priority: P,
    pub team_id: Option<i64>,
    pub resolution: Option<String>,
    /// How alike it is (≥ 0); nearer neighbours weigh more.
    pub weight: f32,
}

/// A value and the share of the vote (0–1) it won.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vote<T> {
    pub value: T,
    pub share: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion<P> {
    /// Best first, at most [`TOP_CATEGORIES`].
    pub categories: Vec<Vote<i64>>,
    pub priority: Option<Vote<P>>,
    pub team: Option<Vote<i64>>,
    /// The index, in the neighbours given, of the resolution to draft from.
    pub draft: Option<usize>,
}

/// Weighted votes, best first; ties go to the value first seen (nearest).
fn tally<T: PartialEq + Copy>(votes: impl Iterator<Item = (T, f32)>) -> Vec<Vote<T>> {
    let mut sums: Vec<(T, f32)> = vec![];
    let mut total = 0.0f32;
    for (value, w) in votes {
        let w = w.max(0.0);
        total += w;
        match sums.iter_mut().find(|(v, _)| *v == value) {
            Some(e) => e.1 += w,
            None => sums.push((value, w)),
        }
    }
    if total <= 0.0 {
        return vec![];
    }
    // stable: equal sums keep the order of first appearance
    sums.sort_by(|a, b| b.1.total_cmp(&a.1));
    sums.into_iter()
        .map(|(value, w)| Vote {
            value,
            share: (w / total).clamp(0.0, 1.0),
        })
        .collect()
}

/// The suggestion of `neighbours` (nearest first).
pub fn suggest<P: PartialEq + Copy>(
    neighbours: &[Neighbour<P>],
    same: impl Fn(&str, &str) -> bool,
) -> Suggestion<P> {
    let mut categories = tally(neighbours.iter().map(|n| (n.category_id, n.weight)));
    categories.truncate(TOP_CATEGORIES);
    let priority = tally(neighbours.iter().map(|n| (n.priority, n.weight)))
        .into_iter()
        .next();
    let team = tally(
        neighbours
            .iter()
            .filter_map(|n| n.team_id.map(|t| (t, n.weight))),
    )
    .into_iter()
    .next();
    Suggestion {
        categories,
        priority,
        team,
        draft: draft(neighbours, same),
    }
}

/// The nearest member of the heaviest group of like resolutions in the pool,
/// when that group is large and heavy enough.
fn draft<P>(neighbours: &[Neighbour<P>], same: impl Fn(&str, &str) -> bool) -> Option<usize> {
    let pool: Vec<(usize, &str, f32)> = neighbours
        .iter()
        .enumerate()
        .take(DRAFT_POOL)
        .filter_map(|(i, n)| {
            let text = n.resolution.as_deref()?.trim();
            (!text.is_empty()).then_some((i, text, n.weight.max(0.0)))
        })
        .collect();
    let total: f32 = pool.iter().map(|p| p.2).sum();
    if total <= 0.0 {
        return None;
    }
    // each group is led by its nearest member; a text joins the first group
    // whose leader it says the same as
    let mut groups: Vec<(usize, &str, usize, f32)> = vec![];
    for (i, text, w) in pool {
        match groups.iter_mut().find(|g| same(g.1, text)) {
            Some(g) => {
                g.2 += 1;
                g.3 += w;
            }
            None => groups.push((i, text, 1, w)),
        }
    }
    groups
        .into_iter()
        .filter(|g| g.2 >= DRAFT_MIN_AGREEING && g.3 / total >= DRAFT_MIN_SHARE)
        .max_by(|a, b| a.3.total_cmp(&b.3).then(b.0.cmp(&a.0)))
        .map(|g| g.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn n(category: i64, priority: u8, resolution: Option<&str>, weight: f32) -> Neighbour<u8> {
        Neighbour {
            category_id: category,
            priority,
            team_id: Some(category * 10),
            resolution: resolution.map(str::to_string),
            weight,
        }
    }

    fn eq(a: &str, b: &str) -> bool {
        a == b
    }

    #[test]
    fn the_nearest_agreeing_neighbours_win_and_draft_their_reply() {
        let s = suggest(
            &[
                n(1, 2, Some("退还多收的费用"), 0.6),
                n(1, 2, Some("退还多收的费用"), 0.5),
                n(2, 1, Some("上门检修"), 0.4),
                n(3, 1, None, 0.1),
            ],
            eq,
        );
        assert_eq!(
            s.categories.iter().map(|v| v.value).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        assert!((s.categories[0].share - 1.1 / 1.6).abs() < 1e-6);
        assert_eq!(s.priority.map(|v| v.value), Some(2));
        assert_eq!(s.team.map(|v| v.value), Some(10));
        assert_eq!(s.draft, Some(0));
    }

    #[test]
    fn no_draft_when_the_resolutions_disagree_or_one_stands_alone() {
        let split = [n(1, 1, Some("甲"), 0.5), n(1, 1, Some("乙"), 0.5)];
        assert_eq!(suggest(&split, eq).draft, None);
        let alone = [n(1, 1, Some("甲"), 0.9)];
        assert_eq!(suggest(&alone, eq).draft, None);
        // two agree, but three others outweigh them
        let light = [
            n(1, 1, Some("甲"), 0.2),
            n(1, 1, Some("乙"), 0.5),
            n(1, 1, Some("丙"), 0.5),
            n(1, 1, Some("甲"), 0.2),
            n(1, 1, Some("丁"), 0.5),
        ];
        assert_eq!(suggest(&light, eq).draft, None);
    }

    #[test]
    fn nothing_to_suggest_from_nobody() {
        let s = suggest::<u8>(&[], eq);
        assert!(s.categories.is_empty() && s.priority.is_none() && s.team.is_none());
        assert_eq!(s.draft, None);
    }

    fn neighbour() -> impl Strategy<Value = Neighbour<u8>> {
        (
            0i64..6,
            0u8..3,
            proptest::option::of(0i64..4),
            proptest::option::of(prop::sample::select(vec!["甲", "乙", "丙"])),
            0.0f32..1.0,
        )
            .prop_map(|(category_id, priority, team_id, r, weight)| Neighbour {
                category_id,
                priority,
                team_id,
                resolution: r.map(str::to_string),
                weight,
            })
    }

    proptest! {
        #[test]
        fn shares_are_a_vote(ns in prop::collection::vec(neighbour(), 0..15)) {
            let s = suggest(&ns, eq);
            prop_assert!(s.categories.len() <= TOP_CATEGORIES);
            let sum: f32 = s.categories.iter().map(|v| v.share).sum();
            prop_assert!(sum <= 1.0 + 1e-4);
            for w in s.categories.windows(2) {
                prop_assert!(w[0].share >= w[1].share);
            }
            for v in &s.categories {
                prop_assert!(ns.iter().any(|n| n.category_id == v.value));
            }
            if let Some(d) = s.draft {
                prop_assert!(d < DRAFT_POOL.min(ns.len()));
                let text = ns[d].resolution.as_deref().unwrap();
                let agreeing = ns.iter().take(DRAFT_POOL)
                    .filter(|n| n.resolution.as_deref() == Some(text)).count();
                prop_assert!(agreeing >= DRAFT_MIN_AGREEING);
            }
        }

        #[test]
        fn a_unanimous_vote_wins_everything(
            category in 0i64..100,
            weights in prop::collection::vec(0.01f32..1.0, 2..10),
        ) {
            let ns: Vec<_> = weights.iter().map(|w| n(category, 1, Some("同一答复"), *w)).collect();
            let s = suggest(&ns, eq);
            prop_assert_eq!(s.categories.len(), 1);
            prop_assert!((s.categories[0].share - 1.0).abs() < 1e-5);
            prop_assert_eq!(s.draft, Some(0));
        }

        #[test]
        fn the_order_of_equally_near_neighbours_does_not_change_the_winner(
            ns in prop::collection::vec(neighbour(), 1..10),
        ) {
            let mut reversed = ns.clone();
            reversed.reverse();
            let (a, b) = (suggest(&ns, eq), suggest(&reversed, eq));
            // the winning share is the same whichever order they came in
            prop_assert_eq!(a.categories.is_empty(), b.categories.is_empty());
            if let (Some(x), Some(y)) = (a.categories.first(), b.categories.first()) {
                prop_assert!((x.share - y.share).abs() < 1e-5);
            }
        }
    }
}
