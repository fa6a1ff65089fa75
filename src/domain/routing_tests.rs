use super::*;
use proptest::prelude::*;

fn facts() -> Facts {
    Facts {
        category_id: 12,
        parent_category_id: Some(10),
        channel: Channel::Hotline,
        priority: Priority::Normal,
        product_model: Some("KFR-35GW/A1".into()),
        amount_disputed_cents: Some(50_000),
        earlier_complaints: 0,
        is_major: false,
    }
}

fn member(id: i64) -> Member {
    Member {
        id,
        absent: false,
        backup_id: None,
        open: 0,
    }
}

#[test]
fn a_top_level_category_includes_its_children() {
    let c = Conditions {
        category_ids: vec![10],
        ..Default::default()
    };
    assert!(c.misses(&facts()).is_empty());
    let c = Conditions {
        category_ids: vec![11],
        ..Default::default()
    };
    assert_eq!(c.misses(&facts()), vec![Miss::Category]);
}

#[test]
fn every_unmet_condition_is_named() {
    let c = Conditions {
        category_ids: vec![99],
        channels: vec!["email".into()],
        priorities: vec!["urgent".into()],
        product_model: Some("BCD-*".into()),
        amount_min_cents: Some(100_000),
        amount_max_cents: None,
        min_earlier_complaints: Some(2),
        major: Some(true),
    };
    assert_eq!(
        c.misses(&facts()),
        vec![
            Miss::Category,
            Miss::Channel,
            Miss::Priority,
            Miss::ProductModel,
            Miss::Amount,
            Miss::RepeatCaller,
            Miss::Major
        ]
    );
}

#[test]
fn amount_bounds_are_inclusive_and_a_missing_amount_never_matches() {
    let c = Conditions {
        amount_min_cents: Some(50_000),
        amount_max_cents: Some(50_000),
        ..Default::default()
    };
    assert!(c.misses(&facts()).is_empty());
    let mut f = facts();
    f.amount_disputed_cents = None;
    assert_eq!(c.misses(&f), vec![Miss::Amount]);
}

#[test]
fn the_first_matching_rule_wins_and_earlier_ones_say_why_not() {
    let rules = vec![
        Rule {
            id: 1,
            conditions: Conditions {
                major: Some(true),
                ..Default::default()
            },
        },
        Rule {
            id: 2,
            conditions: Conditions {
                channels: vec!["hotline".into()],
                ..Default::default()
            },
        },
        Rule {
            id: 3,
            conditions: Conditions::default(),
        },
    ];
    let (hit, tried) = first_match(&rules, &facts());
    assert_eq!(hit, Some(1));
    assert_eq!(
        tried,
        vec![Tried {
            rule_id: 1,
            misses: vec![Miss::Major]
        }]
    );
}

#[test]
fn checking_refuses_bad_conditions() {
    let bad = [
        Conditions {
            channels: vec!["pigeon".into()],
            ..Default::default()
        },
        Conditions {
            priorities: vec!["whenever".into()],
            ..Default::default()
        },
        Conditions {
            amount_min_cents: Some(10),
            amount_max_cents: Some(5),
            ..Default::default()
        },
        Conditions {
            min_earlier_complaints: Some(-1),
            ..Default::default()
        },
        Conditions {
            product_model: Some("x".repeat(MAX_PATTERN_CHARS + 1)),
            ..Default::default()
        },
    ];
    for c in bad {
        assert!(c.clone().checked().is_err(), "{c:?}");
    }
    let ok = Conditions {
        channels: vec!["email".into(), "email".into(), "app".into()],
        product_model: Some("  ".into()),
        ..Default::default()
    }
    .checked()
    .unwrap();
    assert_eq!(ok.channels, vec!["app", "email"]);
    assert_eq!(ok.product_model, None);
}

#[test]
fn glob_patterns() {
    assert!(glob_matches("KFR-*", "kfr-35GW/A1"));
    assert!(glob_matches("*35GW*", "KFR-35GW/A1"));
    assert!(glob_matches("KFR-3?GW/A1", "KFR-35GW/A1"));
    assert!(!glob_matches("KFR-3?GW", "KFR-35GW/A1"));
    assert!(!glob_matches("BCD-*", "KFR-35GW/A1"));
    assert!(glob_matches("*", ""));
    assert!(glob_matches("a*b*c", "aXXbYYc"));
    assert!(!glob_matches("a*b*c", "aXXbYY"));
}

#[test]
fn round_robin_goes_to_the_member_after_the_cursor_and_wraps() {
    let team = [member(3), member(5), member(9)];
    let p = pick(AssignMode::RoundRobin, &team, None).unwrap();
    assert_eq!((p.assignee, p.turn), (3, 3));
    assert_eq!(
        pick(AssignMode::RoundRobin, &team, Some(5))
            .unwrap()
            .assignee,
        9
    );
    assert_eq!(
        pick(AssignMode::RoundRobin, &team, Some(9))
            .unwrap()
            .assignee,
        3
    );
    // a cursor on someone who left the team still moves on
    assert_eq!(
        pick(AssignMode::RoundRobin, &team, Some(4))
            .unwrap()
            .assignee,
        5
    );
    assert_eq!(pick(AssignMode::TeamQueue, &team, None), None);
    assert_eq!(pick(AssignMode::RoundRobin, &[], None), None);
}

#[test]
fn an_absent_members_turn_goes_to_the_backup() {
    let team = [
        member(3),
        Member {
            absent: true,
            backup_id: Some(9),
            ..member(5)
        },
        member(9),
    ];
    let p = pick(AssignMode::RoundRobin, &team, Some(3)).unwrap();
    assert_eq!(
        p,
        Pick {
            assignee: 9,
            instead_of: Some(5),
            turn: 5
        }
    );
    // without a present backup the turn is skipped
    let team = [
        member(3),
        Member {
            absent: true,
            backup_id: Some(4),
            ..member(5)
        },
        member(9),
    ];
    let p = pick(AssignMode::RoundRobin, &team, Some(3)).unwrap();
    assert_eq!((p.assignee, p.instead_of, p.turn), (9, None, 9));
}

#[test]
fn least_loaded_takes_the_fewest_open_and_breaks_ties_by_turn() {
    let team = [
        Member {
            open: 4,
            ..member(3)
        },
        Member {
            open: 1,
            ..member(5)
        },
        Member {
            open: 1,
            ..member(9)
        },
        Member {
            open: 0,
            absent: true,
            ..member(11)
        },
    ];
    assert_eq!(
        pick(AssignMode::LeastLoaded, &team, None).unwrap().assignee,
        5
    );
    assert_eq!(
        pick(AssignMode::LeastLoaded, &team, Some(5))
            .unwrap()
            .assignee,
        9
    );
}

#[test]
fn takeover_needs_a_present_backup_in_the_team() {
    let absent = Member {
        absent: true,
        backup_id: Some(9),
        ..member(5)
    };
    assert_eq!(takeover(&absent, &[member(3), member(9)]), Some(9));
    assert_eq!(takeover(&absent, &[member(3)]), None);
    let away = Member {
        absent: true,
        ..member(9)
    };
    assert_eq!(takeover(&absent, &[member(3), away]), None);
}

fn arb_team() -> impl Strategy<Value = Vec<Member>> {
    prop::collection::btree_set(1i64..40, 1..8).prop_flat_map(|ids| {
        let ids: Vec<i64> = ids.into_iter().collect();
        let n = ids.len();
        (
            Just(ids.clone()),
            prop::collection::vec(any::<bool>(), n),
            prop::collection::vec(prop::option::of(prop::sample::select(ids)), n),
            prop::collection::vec(0i64..6, n),
        )
            .prop_map(|(ids, absent, backup, open)| {
                ids.iter()
                    .enumerate()
                    .map(|(i, id)| Member {
                        id: *id,
                        absent: absent[i],
                        backup_id: backup[i],
                        open: open[i],
                    })
                    .collect()
            })
    })
}

proptest! {
    #[test]
    fn nobody_absent_is_ever_picked(team in arb_team(), last in prop::option::of(0i64..40)) {
        for mode in AssignMode::ALL {
            if let Some(p) = pick(*mode, &team, last) {
                let m = team.iter().find(|m| m.id == p.assignee).unwrap();
                prop_assert!(!m.absent);
            }
        }
    }

    #[test]
    fn someone_is_picked_whenever_someone_is_present(team in arb_team(), last in prop::option::of(0i64..40)) {
        let anyone = team.iter().any(|m| !m.absent);
        prop_assert_eq!(pick(AssignMode::RoundRobin, &team, last).is_some(), anyone);
        prop_assert_eq!(pick(AssignMode::LeastLoaded, &team, last).is_some(), anyone);
    }

    #[test]
    fn round_robin_gives_every_member_one_turn_per_cycle(team in arb_team(), last in prop::option::of(0i64..40)) {
        // with everyone present, n picks following the cursor visit all n
        let team: Vec<Member> = team.into_iter().map(|m| Member { absent: false, ..m }).collect();
        let mut cursor = last;
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..team.len() {
            let p = pick(AssignMode::RoundRobin, &team, cursor).unwrap();
            prop_assert!(seen.insert(p.assignee));
            cursor = Some(p.turn);
        }
        prop_assert_eq!(seen.len(), team.len());
    }

    #[test]
    fn least_loaded_never_picks_someone_busier_than_a_present_member(team in arb_team(), last in prop::option::of(0i64..40)) {
        if let Some(p) = pick(AssignMode::LeastLoaded, &team, last) {
            let load = team.iter().find(|m| m.id == p.assignee).unwrap().open;
            prop_assert!(team.iter().filter(|m| !m.absent).all(|m| m.open >= load));
        }
    }

    #[test]
    fn a_literal_pattern_matches_only_the_same_text(a in "[A-Za-z0-9/-]{0,12}", b in "[A-Za-z0-9/-]{0,12}") {
        prop_assert_eq!(glob_matches(&a, &b), a.to_lowercase() == b.to_lowercase());
        prop_assert!(glob_matches("*", &b));
        let prefix: String = b.chars().take(3).collect();
        let pattern = format!("{prefix}*");
        prop_assert!(glob_matches(&pattern, &b));
    }

    #[test]
    fn the_winner_meets_every_condition_and_those_before_it_miss_one(
        rules in prop::collection::vec((prop::option::of(any::<bool>()), prop::option::of(0i64..4)), 0..6),
        major in any::<bool>(), earlier in 0i64..4,
    ) {
        let rules: Vec<Rule> = rules.into_iter().enumerate().map(|(i, (m, n))| Rule {
            id: i as i64,
            conditions: Conditions { major: m, min_earlier_complaints: n, ..Default::default() },
        }).collect();
        let f = Facts { is_major: major, earlier_complaints: earlier, ..facts() };
        let (hit, tried) = first_match(&rules, &f);
        prop_assert_eq!(tried.len(), hit.unwrap_or(rules.len()));
        prop_assert!(tried.iter().all(|t| !t.misses.is_empty()));
        if let Some(i) = hit {
            prop_assert!(rules[i].conditions.misses(&f).is_empty());
        }
    }
}
