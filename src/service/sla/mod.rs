//! SLA clocks on complaints: which clocks run, their stored state, pausing
//! and resuming, the policies they are measured against, and the sweep that
//! records at-risk and breached clocks.
//!
//! Invariants:
//! - Clocks change only in the transaction of the complaint change that
//!   moves them ([`Services::follow_clocks`], called by `complaints::change`
//!   and intake), or by pausing/resuming and the sweep, each in one
//!   transaction with its timeline event and audit record.
//! - A clock's `due_at` and `at_risk_at` are its durable timers: stored with
//!   the change that armed them, so a crash loses none. The scheduler's
//!   recurring sweep finds every clock whose timer has passed (an indexed
//!   range read) and records the new state once.
//! - `sla_clocks.state` is the state *recorded* (announced on the timeline),
//!   never worse than the live state; `complaints.sla_state` is the worst
//!   recorded state of the complaint's active clocks, for the queue. The API's
//!   `sla` is computed live from the clocks and the calendar.
mod calendars;
mod follow;
mod pause;
pub mod policies;
mod rows;
mod sweep;
mod views;

pub(crate) use follow::Trigger;
pub use pause::ClockInput;
pub use policies::{PolicyInput, PolicyView};
pub use sweep::{Recorded, SweepReport, SWEEP_BATCH};
pub use views::ClockView;
