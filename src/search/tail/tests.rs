use super::*;
use proptest::prelude::*;
use std::collections::HashMap;

const AGE: i64 = 2_000;

fn h(xmin: i64, xmax: i64) -> Option<Horizon> {
    Some(Horizon { xmin, xmax })
}

/// One poll against a table holding `visible` ids (all rows, no limit).
fn poll(tail: &mut Tail, visible: &[i64], now: i64, horizon: Option<Horizon>) -> Plan {
    let want = tail.want(1000);
    let read: Vec<i64> = visible
        .iter()
        .copied()
        .filter(|id| *id > want.above || want.gaps.contains(id))
        .collect();
    let plan = tail.observe(&want, &read, now, horizon);
    tail.applied(&plan);
    plan
}

#[test]
fn in_order_ids_advance_the_checkpoint_at_once() {
    let mut t = Tail::new(0, AGE);
    let p = poll(&mut t, &[1, 2, 3], 0, h(5, 5));
    assert_eq!(p.apply, vec![1, 2, 3]);
    assert_eq!(t.checkpoint(), 3);
}

#[test]
fn an_open_transaction_holds_the_checkpoint_and_its_row_is_applied_when_it_commits() {
    let mut t = Tail::new(0, AGE);
    // id 2 is held by an open transaction (xid 7); 1 and 3 are committed
    let p = poll(&mut t, &[1, 3], 0, h(7, 9));
    assert_eq!(p.apply, vec![1, 3]);
    assert_eq!(t.checkpoint(), 1);
    assert_eq!(t.gaps_upto(10), vec![2]);
    // time passes, the transaction is still open: the checkpoint stays
    for now in [3_000, 6_000, 60_000] {
        let p = poll(&mut t, &[1, 3], now, h(7, 9));
        assert!(p.apply.is_empty());
        assert_eq!(t.checkpoint(), 1);
    }
    // it commits: its row is applied once and the checkpoint passes both
    let p = poll(&mut t, &[1, 2, 3], 61_000, h(9, 9));
    assert_eq!(p.apply, vec![2]);
    assert_eq!(t.checkpoint(), 3);
    let p = poll(&mut t, &[1, 2, 3], 62_000, h(9, 9));
    assert!(p.apply.is_empty());
}

#[test]
fn a_rolled_back_gap_is_passed_once_old_enough_and_every_older_transaction_ended() {
    let mut t = Tail::new(0, AGE);
    poll(&mut t, &[1, 3], 0, h(9, 9));
    // young: not yet
    poll(&mut t, &[1, 3], 1_000, h(9, 9));
    assert_eq!(t.checkpoint(), 1);
    // old enough: the horizon is recorded (xmax 12), an older transaction
    // (xid 10) is still running
    poll(&mut t, &[1, 3], 2_500, h(10, 12));
    assert_eq!(t.checkpoint(), 1);
    poll(&mut t, &[1, 3], 3_000, h(10, 12));
    assert_eq!(t.checkpoint(), 1);
    // every transaction that could hold id 2 has ended
    poll(&mut t, &[1, 3], 3_500, h(12, 13));
    assert_eq!(t.checkpoint(), 3);
    assert!(t.gaps_upto(100).is_empty());
}

#[test]
fn a_transaction_that_took_its_xid_after_the_gap_was_seen_still_holds_the_checkpoint() {
    // T called nextval() (id 1) but has no xid yet; U (xid 10) took id 2 and committed
    let mut t = Tail::new(0, AGE);
    poll(&mut t, &[2], 0, h(11, 11));
    // T takes xid 11 a moment later; recording the horizon when the gap
    // was first seen (xmax 11) would now wrongly declare it permanent
    poll(&mut t, &[2], 2_500, h(11, 12));
    poll(&mut t, &[2], 3_000, h(11, 12));
    assert_eq!(t.checkpoint(), 0, "T is still open");
    let p = poll(&mut t, &[1, 2], 3_500, h(12, 12));
    assert_eq!(p.apply, vec![1]);
    assert_eq!(t.checkpoint(), 2);
}

#[test]
fn without_a_horizon_ids_commit_in_order_and_gaps_are_final_at_once() {
    let mut t = Tail::new(0, AGE);
    let p = poll(&mut t, &[1, 2, 4, 7], 0, None);
    assert_eq!(p.apply, vec![1, 2, 4, 7]);
    assert_eq!(t.checkpoint(), 7);
}

#[test]
fn a_failed_apply_loses_nothing() {
    let mut t = Tail::new(0, AGE);
    let want = t.want(10);
    let plan = t.observe(&want, &[1, 3], 0, h(5, 6));
    assert_eq!(plan.apply, vec![1, 3]);
    // not reported as applied: the next poll plans the same rows again
    let p = poll(&mut t, &[1, 2, 3], 10, h(6, 6));
    assert_eq!(p.apply, vec![1, 2, 3]);
    assert_eq!(t.checkpoint(), 3);
}

#[test]
fn a_restart_resumes_after_the_checkpoint_and_replays_what_was_above_it() {
    let mut t = Tail::new(0, AGE);
    poll(&mut t, &[1, 3, 4], 0, h(7, 9));
    assert_eq!(t.checkpoint(), 1);
    let mut t = Tail::new(t.checkpoint(), AGE);
    let p = poll(&mut t, &[1, 2, 3, 4], 0, h(9, 9));
    assert_eq!(p.apply, vec![2, 3, 4]);
    assert_eq!(t.checkpoint(), 4);
}

// ---- model: PostgreSQL transactions, a sequence, and a polling indexer ----

#[derive(Clone, Debug)]
enum Op {
    Begin,
    /// The k-th open transaction inserts an outbox row (nextval).
    Take(usize),
    Commit(usize),
    Rollback(usize),
    Poll {
        fail: bool,
    },
    Tick(i64),
    Restart,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Begin),
        4 => (0usize..8).prop_map(Op::Take),
        3 => (0usize..8).prop_map(Op::Commit),
        1 => (0usize..8).prop_map(Op::Rollback),
        4 => (0u8..8).prop_map(|n| Op::Poll { fail: n == 0 }),
        2 => (0i64..2_500).prop_map(Op::Tick),
        1 => Just(Op::Restart),
    ]
}

struct Tx {
    xid: i64,
    ids: Vec<i64>,
}

struct World {
    next_id: i64,
    next_xid: i64,
    open: Vec<Tx>,
    committed: BTreeSet<i64>,
    now: i64,
    tail: Tail,
    persisted: i64,
    /// How often each id was applied since the last restart.
    epoch_applied: HashMap<i64, u32>,
    ever_applied: BTreeSet<i64>,
}

const BATCH: usize = 4;
const MAX_GAPS: usize = 3;

impl World {
    fn new() -> World {
        World {
            next_id: 1,
            next_xid: 100,
            open: vec![],
            committed: BTreeSet::new(),
            now: 0,
            tail: Tail::new(0, AGE),
            persisted: 0,
            epoch_applied: HashMap::new(),
            ever_applied: BTreeSet::new(),
        }
    }

    fn horizon(&self) -> Horizon {
        let xmax = self.next_xid;
        let xmin = self.open.iter().map(|t| t.xid).min().unwrap_or(xmax);
        Horizon { xmin, xmax }
    }

    fn poll(&mut self, fail: bool) -> Result<(), TestCaseError> {
        let want = self.tail.want(MAX_GAPS);
        let horizon = self.horizon();
        let read: Vec<i64> = self
            .committed
            .iter()
            .copied()
            .filter(|id| *id > want.above || want.gaps.contains(id))
            .take(BATCH)
            .collect();
        let plan = self.tail.observe(&want, &read, self.now, Some(horizon));
        if fail {
            return Ok(());
        }
        for id in &plan.apply {
            prop_assert!(self.committed.contains(id));
            let n = self.epoch_applied.entry(*id).or_default();
            *n += 1;
            prop_assert_eq!(*n, 1, "id {} applied twice in one process", id);
            self.ever_applied.insert(*id);
        }
        self.persisted = plan.checkpoint;
        self.tail.applied(&plan);
        prop_assert_eq!(self.tail.checkpoint(), self.persisted);
        for t in &self.open {
            for id in &t.ids {
                prop_assert!(
                    *id > self.persisted,
                    "checkpoint {} passed id {} of an open transaction",
                    self.persisted,
                    id
                );
            }
        }
        for id in 1..=self.persisted {
            if self.committed.contains(&id) {
                prop_assert!(self.ever_applied.contains(&id), "id {} skipped", id);
            }
        }
        Ok(())
    }

    fn step(&mut self, op: &Op) -> Result<(), TestCaseError> {
        match op {
            Op::Begin => {
                self.open.push(Tx {
                    xid: self.next_xid,
                    ids: vec![],
                });
                self.next_xid += 1;
            }
            Op::Take(k) => {
                if !self.open.is_empty() {
                    let n = self.open.len();
                    self.open[k % n].ids.push(self.next_id);
                    self.next_id += 1;
                }
            }
            Op::Commit(k) | Op::Rollback(k) => {
                if !self.open.is_empty() {
                    let n = self.open.len();
                    let t = self.open.remove(k % n);
                    if matches!(op, Op::Commit(_)) {
                        self.committed.extend(t.ids);
                    }
                }
            }
            Op::Poll { fail } => self.poll(*fail)?,
            Op::Tick(ms) => self.now += ms,
            Op::Restart => {
                self.tail = Tail::new(self.persisted, AGE);
                self.epoch_applied.clear();
            }
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_committed_id_is_applied_and_the_checkpoint_never_passes_an_open_transaction(
        ops in proptest::collection::vec(op(), 1..120)
    ) {
        let mut w = World::new();
        for op in &ops {
            w.step(op)?;
        }
        // everything ends: the open transactions commit
        while !w.open.is_empty() {
            w.step(&Op::Commit(0))?;
        }
        // a rolled-back id above the newest committed one is not a gap (yet)
        let last = w.committed.last().copied().unwrap_or(0);
        for _ in 0..(4 * last + 8) {
            w.step(&Op::Tick(AGE))?;
            w.step(&Op::Poll { fail: false })?;
            if w.persisted == last {
                break;
            }
        }
        prop_assert_eq!(w.persisted, last, "the checkpoint reaches the newest committed id");
        prop_assert_eq!(&w.ever_applied, &w.committed, "every committed id is applied");
    }
}
