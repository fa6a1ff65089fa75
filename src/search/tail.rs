//! The gap-safe tail of the search outbox (pure: no I/O, no clock).
//!
//! The checkpoint `C` means "every outbox id ≤ C is applied". Ids above it
//! are applied as they appear, in any order, and remembered (`applied`);
//! `C` only advances through a contiguous run of ids that are applied or
//! are permanent gaps.
//!
//! On PostgreSQL ids come from a sequence when a row is inserted, so an id
//! can be missing (a gap) because its transaction is still open (the row
//! will appear) or because it rolled back (sequences are not transactional:
//! the gap is permanent). A gap is declared permanent only when, at a poll
//! at least [`MIN_GAP_AGE`] after it was first seen, the snapshot's `xmax`
//! was recorded, and a later snapshot's `xmin` has reached it: every
//! transaction that had an xid then has ended, and the row is still absent
//! from a read taken after that snapshot. The age covers the moment between
//! `nextval()` and the insert taking the transaction's xid.
//!
//! Storing a row's xid and passing rows whose xid is below `xmin` would not
//! be safe: a transaction with a larger xid can take a smaller id.
//!
//! On SQLite writers are serialised and ids become visible in order, so a
//! gap is permanent as soon as it is seen ([`Horizon`] is `None`).
use std::collections::{BTreeMap, BTreeSet};

/// How long a gap must have been seen before its transaction horizon is
/// recorded (the time between `nextval()` and the xid of the inserting
/// transaction is one statement; this is generous).
pub const MIN_GAP_AGE_MS: i64 = 2_000;

/// Transaction horizon of a database snapshot (PostgreSQL `xid8`s): every
/// transaction with an xid below `xmin` has ended; every running one has an
/// xid below `xmax`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Horizon {
    pub xmin: i64,
    pub xmax: i64,
}

#[derive(Clone, Debug)]
struct Gap {
    /// When (ms) and at which poll the gap was first seen.
    seen_at: i64,
    seen_poll: u64,
    /// The snapshot `xmax` recorded once the gap was old enough.
    wait_for: Option<i64>,
    permanent: bool,
}

/// What the next read must fetch: rows with `id > above`, and the rows of
/// these gap ids (the oldest gaps first) in case they have appeared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Want {
    pub above: i64,
    pub gaps: Vec<i64>,
}

/// The outcome of one poll: apply these ids, then commit with `checkpoint`
/// and report back through [`Tail::applied`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub apply: Vec<i64>,
    pub checkpoint: i64,
    high: i64,
}

#[derive(Clone, Debug)]
pub struct Tail {
    checkpoint: i64,
    /// Ids above the checkpoint applied in this process.
    applied: BTreeSet<i64>,
    /// Ids above the checkpoint, below `high`, not seen yet.
    gaps: BTreeMap<i64, Gap>,
    /// The highest id seen and applied (≥ checkpoint).
    high: i64,
    min_age_ms: i64,
    polls: u64,
}

impl Tail {
    /// A tail that resumes after `checkpoint` (everything above is re-read).
    pub fn new(checkpoint: i64, min_age_ms: i64) -> Tail {
        Tail {
            checkpoint,
            applied: BTreeSet::new(),
            gaps: BTreeMap::new(),
            high: checkpoint,
            min_age_ms,
            polls: 0,
        }
    }

    /// Every outbox id ≤ this is applied.
    pub fn checkpoint(&self) -> i64 {
        self.checkpoint
    }

    /// The highest id applied.
    pub fn high(&self) -> i64 {
        self.high
    }

    /// Ids not seen yet at or below `upto` (open or rolled-back transactions).
    pub fn gaps_upto(&self, upto: i64) -> Vec<i64> {
        self.gaps.range(..=upto).map(|(id, _)| *id).collect()
    }

    /// What to read next; at most `max_gaps` gap ids are re-read per poll.
    pub fn want(&self, max_gaps: usize) -> Want {
        Want {
            above: self.high,
            gaps: self.gaps.keys().take(max_gaps).copied().collect(),
        }
    }

    /// Digest a read made for `want`: `read` holds the ids found (gap ids
    /// that appeared, then ids above `want.above`, a prefix in id order of
    /// those visible), `now_ms` the time, `horizon` the snapshot horizon
    /// taken before the read (`None`: ids commit in order, gaps are final).
    pub fn observe(
        &mut self,
        want: &Want,
        read: &[i64],
        now_ms: i64,
        horizon: Option<Horizon>,
    ) -> Plan {
        self.polls += 1;
        let found: BTreeSet<i64> = read.iter().copied().collect();
        let new_high = found.last().copied().unwrap_or(self.high).max(self.high);
        // ids skipped by the read above `high` are new gaps
        let mut id = self.high + 1;
        while id < new_high {
            if !found.contains(&id) && !self.gaps.contains_key(&id) {
                self.gaps.insert(
                    id,
                    Gap {
                        seen_at: now_ms,
                        seen_poll: self.polls,
                        wait_for: None,
                        permanent: false,
                    },
                );
            }
            id += 1;
        }
        // gaps re-read and still absent move towards permanence
        for gid in &want.gaps {
            if found.contains(gid) {
                continue;
            }
            let Some(gap) = self.gaps.get_mut(gid) else {
                continue;
            };
            match horizon {
                None => gap.permanent = true,
                Some(h) => {
                    if gap.wait_for.is_none()
                        && gap.seen_poll < self.polls
                        && now_ms - gap.seen_at >= self.min_age_ms
                    {
                        gap.wait_for = Some(h.xmax);
                    } else if gap.wait_for.is_some_and(|x| h.xmin >= x) {
                        gap.permanent = true;
                    }
                }
            }
        }
        if horizon.is_none() {
            // in-order commits: a gap below what was read is final at once
            for gap in self.gaps.values_mut() {
                gap.permanent = true;
            }
        }
        let apply: Vec<i64> = found
            .iter()
            .copied()
            .filter(|id| *id > self.checkpoint && !self.applied.contains(id))
            .collect();
        let mut checkpoint = self.checkpoint;
        loop {
            let next = checkpoint + 1;
            let done = self.applied.contains(&next)
                || found.contains(&next)
                || self.gaps.get(&next).is_some_and(|g| g.permanent);
            if !done {
                break;
            }
            checkpoint = next;
        }
        Plan {
            apply,
            checkpoint,
            high: new_high,
        }
    }

    /// The plan's changes are committed to the index.
    pub fn applied(&mut self, plan: &Plan) {
        for id in &plan.apply {
            self.gaps.remove(id);
            self.applied.insert(*id);
        }
        self.high = self.high.max(plan.high);
        if plan.checkpoint > self.checkpoint {
            self.checkpoint = plan.checkpoint;
            self.applied = self.applied.split_off(&(self.checkpoint + 1));
            self.gaps = self.gaps.split_off(&(self.checkpoint + 1));
        }
    }
}

#[cfg(test)]
mod tests;
