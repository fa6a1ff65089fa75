//! Complaints: intake during a call, the lifecycle state machine and edits,
//! reads and lists, the timeline, attachments and similar complaints.
pub(crate) mod approvals;
pub mod assignees;
pub mod attachments;
pub mod callbacks;
pub(crate) mod change;
pub mod details;
pub mod edits;
pub mod handover;
pub mod inline;
pub mod intake;
pub mod lifecycle;
pub mod major;
pub mod memory;
pub mod order;
pub mod queries;
pub mod reads;
pub mod returns;
pub mod routed;
pub mod similar;
pub mod step;
pub mod text_filter;
pub mod timeline;
pub mod views;

pub use details::{ComplaintDetails, Purpose, MAX_DESCRIPTION, MAX_TITLE};
pub use edits::NewNote;
pub use inline::is_inline_type;
pub use intake::{Created, NewComplaint, RepeatCandidate};
pub use lifecycle::Step;
pub use order::ComplaintOrder;
pub use queries::{ComplaintFilter, ComplaintKey, Related};
pub use similar::{Cutoff, SimilarComplaint, SimilarTo};
pub use views::{AttachmentView, ComplaintView, EventView};
