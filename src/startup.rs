//! Building the application: data directory, database (migrated), services,
//! schema and the HTTP server. Used by `main` and by the tests.
use crate::config::Config;
use crate::db::Db;
use crate::domain::{Clock, SystemClock};
use crate::graphql::{build_schema, KesuSchema};
use crate::service::scheduler::RunnerHandle;
use crate::service::Services;
use actix_web::middleware::{Compress, DefaultHeaders};
use actix_web::{web, App, HttpServer};
use migration::{Migrator, MigratorTrait};
use std::net::TcpListener;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("configuration: {0}")]
    Config(String),
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("{}", with_cause(.0))]
    App(#[from] crate::error::AppError),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

/// An error that stops the start, with its cause (an operator reads it).
fn with_cause(e: &crate::error::AppError) -> String {
    match e.cause() {
        Some(c) => format!("{e}: {c}"),
        None => e.to_string(),
    }
}

/// Open (and create) the data directory and the database, and migrate it.
pub async fn open_database(config: &Config) -> Result<Db, StartupError> {
    std::fs::create_dir_all(&config.data_dir)?;
    let db = Db::connect(&config.effective_database_url(), config.db_max_connections).await?;
    Migrator::up(db.conn(), None).await?;
    Ok(db)
}

/// The sentence encoder in `dir`, if it is there: shared by every
/// application of the process (tests start many), loaded once.
fn load_encoder(dir: &std::path::Path) -> Option<Arc<crate::search::dense::Encoder>> {
    use std::collections::HashMap;
    use std::sync::{Mutex, Weak};
    type Loaded = Mutex<HashMap<std::path::PathBuf, Weak<crate::search::dense::Encoder>>>;
    static LOADED: std::sync::OnceLock<Loaded> = std::sync::OnceLock::new();
    if !dir.join("sp.model").exists() {
        tracing::warn!(
            dir = %dir.display(),
            "no sentence encoder (scripts/fetch-model.sh fetches it): search ranks by its lexical analysis alone"
        );
        return None;
    }
    let mut loaded = LOADED
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(e) = loaded.get(dir).and_then(Weak::upgrade) {
        return Some(e);
    }
    match crate::search::dense::Encoder::load(dir) {
        Ok(e) => {
            let e = Arc::new(e);
            loaded.insert(dir.to_path_buf(), Arc::downgrade(&e));
            tracing::info!(dir = %dir.display(), "sentence encoder loaded");
            Some(e)
        }
        Err(err) => {
            tracing::error!(error = %err, "the sentence encoder did not load: search ranks by its lexical analysis alone");
            None
        }
    }
}

/// Database migrated, built-in roles seeded, services ready.
pub async fn build_services(
    config: Config,
    clock: Arc<dyn Clock>,
) -> Result<Services, StartupError> {
    let db = open_database(&config).await?;
    // the synonyms in force come from the database (seeded below)
    let synonyms = crate::search::synonyms::Synonyms::default();
    let index_dir = config.effective_index_dir();
    let model_dir = config.model_dir.clone();
    let engine = tokio::task::spawn_blocking(move || {
        let encoder = model_dir.and_then(|dir| load_encoder(&dir));
        crate::search::SearchEngine::open(&index_dir, synonyms, encoder)
    })
    .await
    .map_err(|e| StartupError::Config(e.to_string()))?
    .map_err(|e| StartupError::Config(e.to_string()))?;
    let services = Services::new(db, clock, Arc::new(config))
        .await?
        .with_search(engine);
    services.seed_builtin_roles().await?;
    services.seed_sla_policies().await?;
    services.arm_recurring_jobs().await?;
    services.seed_calendars().await?;
    services.seed_alert_rules().await?;
    services.seed_kb_synonyms().await?;
    // rows written before encryption (an upgraded installation) are sealed
    services.seal_plaintext_customers().await?;
    // an index written by an older Kesu (another schema) is rebuilt now;
    // one that only lacks embeddings is rebuilt by the indexer while serving
    if services.search_was_stale() {
        let started = std::time::Instant::now();
        let n = services
            .reindex()
            .await
            .map_err(|e| StartupError::Config(e.message))?;
        tracing::info!(
            documents = n,
            seconds = started.elapsed().as_secs_f64(),
            "search index rebuilt after a schema change"
        );
    }
    Ok(services)
}

pub struct Application {
    port: u16,
    server: actix_web::dev::Server,
    pub services: Services,
    /// The scheduler loop, unless `scheduler_tick` is off.
    runner: Option<RunnerHandle>,
}

impl Application {
    pub async fn build(config: Config) -> Result<Self, StartupError> {
        let services = build_services(config.clone(), Arc::new(SystemClock)).await?;
        Self::with_services(services).await
    }

    pub async fn with_services(services: Services) -> Result<Self, StartupError> {
        let listener = TcpListener::bind(&services.config().bind)?;
        let port = listener.local_addr()?.port();
        let schema = build_schema(Some(services.clone()));
        // the indexer catches up with the outbox, then follows it
        tokio::spawn(services.clone().run_indexer());
        // committed notifications to this process's subscribers
        tokio::spawn(services.clone().run_notification_broker());
        let server = run(listener, services.clone(), schema)?;
        let runner = services
            .config()
            .scheduler_tick
            .map(|tick| RunnerHandle::start(services.clone(), tick));
        Ok(Application {
            port,
            server,
            services,
            runner,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serve until the server stops (a signal), then stop the scheduler
    /// after its pass in progress.
    pub async fn run_until_stopped(self) -> Result<(), std::io::Error> {
        let result = self.server.await;
        // search analytics still queued
        self.services.kb_search_log().drain().await;
        if let Some(runner) = self.runner {
            runner.stop().await;
        }
        // a clean stop attests the whole chain, so a tail cut off later is caught
        if let Err(e) = self.services.audit_writer().drain().await {
            tracing::error!(error = %e, "audit records still queued at shutdown were not written");
        }
        // a busy database gets a few more tries: without this checkpoint the
        // records since the last one stay unattested
        for attempt in 1..=5 {
            match self.services.audit_checkpoint_now("shutdown").await {
                Ok(Some(c)) => tracing::info!(seq = c.seq, "audit checkpoint at shutdown"),
                Ok(None) => tracing::info!("audit chain already attested at shutdown"),
                Err(e) => {
                    let cause = e.cause().map(|c| c.to_string()).unwrap_or_default();
                    tracing::error!(error = %e.message, cause = %cause, attempt, "no audit checkpoint at shutdown");
                    tokio::time::sleep(std::time::Duration::from_millis(200 * attempt)).await;
                    continue;
                }
            }
            break;
        }
        result
    }
}

fn run(
    listener: TcpListener,
    services: Services,
    schema: KesuSchema,
) -> Result<actix_web::dev::Server, std::io::Error> {
    let workers = services.config().workers;
    let services = web::Data::new(services);
    let schema = web::Data::new(schema);
    let server = HttpServer::new(move || {
        App::new()
            .wrap(Compress::default())
            .wrap(
                DefaultHeaders::new()
                    .add(("X-Content-Type-Options", "nosniff"))
                    .add(("X-Frame-Options", "DENY"))
                    .add(("Referrer-Policy", "no-referrer")),
            )
            .app_data(services.clone())
            .app_data(schema.clone())
            .configure(crate::http::routes)
    })
    .listen(listener)?
    .shutdown_timeout(10);
    let server = match workers {
        Some(n) => server.workers(n.max(1)),
        None => server,
    }
    .run();
    Ok(server)
}
