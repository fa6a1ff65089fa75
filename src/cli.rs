//! Command line: `serve`, `migrate`, `user create`, `export-schema`,
//! `calendar import`, `audit verify|checkpoint`, `keys init`.
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "kesu",
    version,
    about = "Kesu (客诉): complaint-handling back office"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the server (migrates the database first).
    Serve {
        /// Seed realistic demo data when the database has no users yet.
        #[arg(long)]
        demo: bool,
        /// Address to listen on (overrides KESU_BIND).
        #[arg(long)]
        bind: Option<String>,
        /// Serve the console over plain HTTP to other machines: the session
        /// cookie loses `Secure` and the `__Host-` prefix. Local use on
        /// localhost does not need it; never use it on a network you do
        /// not trust.
        #[arg(long)]
        insecure_http: bool,
    },
    /// Apply database migrations.
    Migrate {
        #[command(subcommand)]
        direction: Option<MigrateCommand>,
    },
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Print the GraphQL schema (SDL).
    ExportSchema,
    /// Working calendars.
    Calendar {
        #[command(subcommand)]
        command: CalendarCommand,
    },
    /// Rebuild the search indexes from the database into a new generation and
    /// swap it in atomically (a running server follows the swap).
    Reindex,
    /// Seed demo data into an empty database without serving.
    Demo {
        /// Also insert this many generated complaints in bulk (benchmarks).
        #[arg(long, default_value_t = 0)]
        bulk: usize,
        /// Also insert this many generated knowledge-base articles (benchmarks).
        #[arg(long, default_value_t = 0)]
        bulk_kb: usize,
    },
    /// The audit trail's hash chain.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Keys kept outside the database.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Evaluate the alert rules once and print what was raised and cleared
    /// (operations and tests; the running server does it on its schedule).
    EvaluateAlerts,
    /// Retention of personal data.
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
}

#[derive(Subcommand, Debug, Clone, Copy)]
pub enum RetentionCommand {
    /// Erase customers and delete records past their retention now (the
    /// server also does it daily); prints the counts.
    Run,
}

#[derive(Subcommand, Debug, Clone, Copy)]
pub enum AuditCommand {
    /// Check every record's hash and link and every checkpoint's signature.
    /// Exit status: 0 valid; 1 broken (names the first bad record); 2 intact
    /// but records after the last checkpoint are not attested (after a
    /// crash, or while a server is writing).
    Verify {
        /// Start at this record (trusting the one before it).
        #[arg(long)]
        from: Option<i64>,
    },
    /// Sign a checkpoint of the chain's head now.
    Checkpoint,
}

#[derive(Subcommand, Debug, Clone, Copy)]
pub enum KeysCommand {
    /// Create the audit signing key (KESU_AUDIT_KEY_FILE, default
    /// <data dir>/keys/audit-signing.key) and the data key file
    /// (KESU_DATA_KEY_FILE, default <data dir>/keys/data.key); refuses to
    /// overwrite either.
    Init,
    /// Rotate keys (both unless one is named).
    ///
    /// Data key: a new key seals from now on and every customer is
    /// re-sealed with it, in batches, while servers run (they pick up the
    /// new key within seconds); the old key stays in the file for backups.
    ///
    /// Audit key: a last checkpoint with the old key, its public half kept
    /// beside the key file (its checkpoints keep verifying), the old secret
    /// renamed `*.retired` for offline storage, a new key in its place;
    /// restart servers afterwards.
    Rotate {
        #[arg(value_enum)]
        which: Option<KeyKind>,
    },
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Data,
    Audit,
}

#[derive(Subcommand, Debug, Clone, Copy)]
pub enum MigrateCommand {
    /// Apply all pending migrations (default).
    Up,
    /// Roll back the last migration.
    Down,
    /// Show applied and pending migrations.
    Status,
}

#[derive(Subcommand, Debug)]
pub enum CalendarCommand {
    /// Import (or replace) one year's official holiday arrangement from a
    /// JSON file in the format of `src/domain/calendar/holidays/cn-2026.json`.
    /// Checked like the console's import and audited as the system.
    Import {
        /// The year's JSON file.
        file: std::path::PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Create a user; the password is read from standard input.
    Create {
        #[arg(long)]
        username: String,
        /// Role code, e.g. admin, agent, expert (repeatable).
        #[arg(long, required = true)]
        role: Vec<String>,
        #[arg(long)]
        display_name: Option<String>,
        /// Team id.
        #[arg(long)]
        team: Option<i64>,
        /// Read the password from stdin (required: never pass it as an argument).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}
