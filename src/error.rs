//! The one error type at the service boundary, with a small closed set of
//! codes and, inside each code, a closed set of reasons. Its client-facing
//! message is always safe to show: an internal error says "internal error"
//! and keeps its cause for the log only.
//!
//! `reason` is the contract with the console: a stable machine-readable code
//! the console turns into a Chinese or English message (the server's English
//! text is for developers). Each reason belongs to exactly one code, so an
//! error built from a reason cannot carry a contradictory pair.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    Unauthenticated,
    Forbidden,
    NotFound,
    BadUserInput,
    Conflict,
    TooManyRequests,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Unauthenticated => "UNAUTHENTICATED",
            ErrorCode::Forbidden => "FORBIDDEN",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::BadUserInput => "BAD_USER_INPUT",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::TooManyRequests => "TOO_MANY_REQUESTS",
            ErrorCode::Internal => "INTERNAL",
        }
    }
}

/// Why a request failed, finer than [`ErrorCode`]; sent as `extensions.reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    // UNAUTHENTICATED
    AuthRequired,
    BadCredentials,
    AccountLocked,
    // FORBIDDEN
    MissingPermission,
    OutOfScope,
    /// Publish or approve one's own work.
    SelfReview,
    /// The role may not take this step now.
    StepNotAllowed,
    /// An amount above the actor's authority that no approval covers.
    ApprovalRequired,
    // NOT_FOUND
    NotFound,
    // BAD_USER_INPUT
    /// Comes with `extensions.field`.
    InvalidInput,
    IllegalTransition,
    NotTeamMember,
    UnsupportedFileType,
    FileTooLarge,
    WeakPassword,
    WrongPassword,
    CategoryInactive,
    TeamHasOpenComplaints,
    AnnouncementEnded,
    /// Pausing a complaint whose clocks are not running.
    ClockNotRunning,
    /// Resuming a complaint whose clocks are not paused.
    ClockNotPaused,
    /// A calendar's shifts overlap or are out of order (comes with `field`).
    ShiftsOverlap,
    /// Every day of the week would be a weekend day.
    NoWorkingWeekday,
    /// A holiday year file that does not parse or is inconsistent.
    HolidayFileInvalid,
    /// A holiday year names a make-up workday that is not a Saturday or Sunday.
    MakeupNotWeekend,
    // CONFLICT
    StaleVersion,
    AlreadyExists,
    /// The approval was already decided (or withdrawn).
    AlreadyDecided,
    // TOO_MANY_REQUESTS
    /// Too many tries from one source or for one key in a window.
    RateLimited,
    // INTERNAL
    Internal,
}

impl Reason {
    pub const ALL: [Reason; 30] = [
        Reason::AuthRequired,
        Reason::BadCredentials,
        Reason::AccountLocked,
        Reason::MissingPermission,
        Reason::OutOfScope,
        Reason::SelfReview,
        Reason::StepNotAllowed,
        Reason::ApprovalRequired,
        Reason::NotFound,
        Reason::InvalidInput,
        Reason::IllegalTransition,
        Reason::NotTeamMember,
        Reason::UnsupportedFileType,
        Reason::FileTooLarge,
        Reason::WeakPassword,
        Reason::WrongPassword,
        Reason::CategoryInactive,
        Reason::TeamHasOpenComplaints,
        Reason::AnnouncementEnded,
        Reason::ClockNotRunning,
        Reason::ClockNotPaused,
        Reason::ShiftsOverlap,
        Reason::NoWorkingWeekday,
        Reason::HolidayFileInvalid,
        Reason::MakeupNotWeekend,
        Reason::StaleVersion,
        Reason::AlreadyExists,
        Reason::AlreadyDecided,
        Reason::RateLimited,
        Reason::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::AuthRequired => "AUTH_REQUIRED",
            Reason::BadCredentials => "BAD_CREDENTIALS",
            Reason::AccountLocked => "ACCOUNT_LOCKED",
            Reason::MissingPermission => "MISSING_PERMISSION",
            Reason::OutOfScope => "OUT_OF_SCOPE",
            Reason::SelfReview => "SELF_REVIEW",
            Reason::StepNotAllowed => "STEP_NOT_ALLOWED",
            Reason::ApprovalRequired => "APPROVAL_REQUIRED",
            Reason::NotFound => "NOT_FOUND",
            Reason::InvalidInput => "INVALID_INPUT",
            Reason::IllegalTransition => "ILLEGAL_TRANSITION",
            Reason::NotTeamMember => "NOT_TEAM_MEMBER",
            Reason::UnsupportedFileType => "UNSUPPORTED_FILE_TYPE",
            Reason::FileTooLarge => "FILE_TOO_LARGE",
            Reason::WeakPassword => "WEAK_PASSWORD",
            Reason::WrongPassword => "WRONG_PASSWORD",
            Reason::CategoryInactive => "CATEGORY_INACTIVE",
            Reason::TeamHasOpenComplaints => "TEAM_HAS_OPEN_COMPLAINTS",
            Reason::AnnouncementEnded => "ANNOUNCEMENT_ENDED",
            Reason::ClockNotRunning => "CLOCK_NOT_RUNNING",
            Reason::ClockNotPaused => "CLOCK_NOT_PAUSED",
            Reason::ShiftsOverlap => "SHIFTS_OVERLAP",
            Reason::NoWorkingWeekday => "NO_WORKING_WEEKDAY",
            Reason::HolidayFileInvalid => "HOLIDAY_FILE_INVALID",
            Reason::MakeupNotWeekend => "MAKEUP_NOT_WEEKEND",
            Reason::StaleVersion => "STALE_VERSION",
            Reason::AlreadyExists => "ALREADY_EXISTS",
            Reason::AlreadyDecided => "ALREADY_DECIDED",
            Reason::RateLimited => "RATE_LIMITED",
            Reason::Internal => "INTERNAL",
        }
    }

    /// The code this reason belongs to.
    pub fn code(self) -> ErrorCode {
        use Reason::*;
        match self {
            AuthRequired | BadCredentials | AccountLocked => ErrorCode::Unauthenticated,
            MissingPermission | OutOfScope | SelfReview | StepNotAllowed | ApprovalRequired => {
                ErrorCode::Forbidden
            }
            NotFound => ErrorCode::NotFound,
            InvalidInput
            | IllegalTransition
            | NotTeamMember
            | UnsupportedFileType
            | FileTooLarge
            | WeakPassword
            | WrongPassword
            | CategoryInactive
            | TeamHasOpenComplaints
            | AnnouncementEnded
            | ClockNotRunning
            | ClockNotPaused
            | ShiftsOverlap
            | NoWorkingWeekday
            | HolidayFileInvalid
            | MakeupNotWeekend => ErrorCode::BadUserInput,
            StaleVersion | AlreadyExists | AlreadyDecided => ErrorCode::Conflict,
            RateLimited => ErrorCode::TooManyRequests,
            Internal => ErrorCode::Internal,
        }
    }
}

impl ErrorCode {
    /// The reason an error of this code has when nothing more specific applies.
    pub fn default_reason(self) -> Reason {
        match self {
            ErrorCode::Unauthenticated => Reason::AuthRequired,
            ErrorCode::Forbidden => Reason::MissingPermission,
            ErrorCode::NotFound => Reason::NotFound,
            ErrorCode::BadUserInput => Reason::InvalidInput,
            ErrorCode::Conflict => Reason::StaleVersion,
            ErrorCode::TooManyRequests => Reason::RateLimited,
            ErrorCode::Internal => Reason::Internal,
        }
    }
}

/// A failed use case. `message` is shown to the client; `field` names the
/// offending input field when there is one.
#[derive(Debug)]
pub struct AppError {
    pub code: ErrorCode,
    pub reason: Reason,
    pub message: String,
    pub field: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            reason: code.default_reason(),
            message: message.into(),
            field: None,
            source: None,
        }
    }

    /// An error for a specific reason (its code follows from the reason).
    pub fn because(reason: Reason, message: impl Into<String>) -> Self {
        Self {
            reason,
            ..Self::new(reason.code(), message)
        }
    }

    /// The same error naming the offending input field.
    pub fn on_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
        self
    }

    pub fn unauthenticated() -> Self {
        Self::new(ErrorCode::Unauthenticated, "authentication required")
    }

    pub fn forbidden(what: impl Into<String>) -> Self {
        Self::new(ErrorCode::Forbidden, what)
    }

    pub fn not_found(what: impl fmt::Display) -> Self {
        Self::new(ErrorCode::NotFound, format!("{what} not found"))
    }

    pub fn bad_input(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: Some(field.to_string()),
            ..Self::new(ErrorCode::BadUserInput, message)
        }
    }

    /// The caller's `expectedVersion` is not the current one.
    pub fn stale_version(message: impl Into<String>) -> Self {
        Self::because(Reason::StaleVersion, message)
    }

    // TODO(apigaps): removed once every call site says which conflict it is.
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Conflict, message)
    }

    /// A unique name or code is taken.
    pub fn already_exists(field: &str, message: impl Into<String>) -> Self {
        Self::because(Reason::AlreadyExists, message).on_field(field)
    }

    pub fn rate_limited(message: impl Into<String>) -> Self {
        Self::because(Reason::RateLimited, message)
    }

    pub fn internal(source: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self {
            source: Some(Box::new(source)),
            ..Self::new(ErrorCode::Internal, "internal error")
        }
    }

    pub fn internal_msg(cause: impl Into<String>) -> Self {
        Self::internal(std::io::Error::other(cause.into()))
    }

    /// The hidden cause of an internal error, for the log.
    pub fn cause(&self) -> Option<&(dyn std::error::Error + Send + Sync)> {
        self.source.as_deref()
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for AppError {}

impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        AppError::internal(err)
    }
}

impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(err: sea_orm::TransactionError<AppError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(e) => AppError::internal(e),
            sea_orm::TransactionError::Transaction(e) => e,
        }
    }
}

impl From<std::io::Error> for AppError {
    fn from(err: std::io::Error) -> Self {
        AppError::internal(err)
    }
}

impl From<crate::domain::complaint::IllegalTransition> for AppError {
    fn from(err: crate::domain::complaint::IllegalTransition) -> Self {
        AppError::because(
            Reason::IllegalTransition,
            format!(
                "illegal transition: cannot {} a complaint in state {} ({})",
                err.action.code(),
                err.from.code(),
                err.from.label()
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_has_a_distinct_upper_snake_name() {
        let names: std::collections::HashSet<_> = Reason::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(names.len(), Reason::ALL.len());
        assert!(names
            .iter()
            .all(|n| n.chars().all(|c| c.is_ascii_uppercase() || c == '_')));
    }

    #[test]
    fn every_default_reason_belongs_to_its_code() {
        for r in Reason::ALL {
            assert_eq!(r.code().default_reason().code(), r.code());
        }
        let e = AppError::because(Reason::NotTeamMember, "x");
        assert_eq!(e.code, ErrorCode::BadUserInput);
        assert_eq!(AppError::bad_input("f", "x").reason, Reason::InvalidInput);
    }
}
