//! `spawn_app()`: the real server, a fresh database, a small organisation.
use kesu::auth::RequestMeta;
use kesu::config::Config;
use kesu::service::identity::NewUser;
use kesu::service::Services;
use kesu::startup::Application;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Mutex;

mod search;
pub use search::*;

pub const PASSWORD: &str = "Test-password-2026";

pub struct TestApp {
    pub base: String,
    pub services: Services,
    pub client: reqwest::Client,
    pub teams: HashMap<&'static str, i64>,
    pub category_id: i64,
    pub top_category_id: i64,
    pub users: HashMap<&'static str, i64>,
    tokens: Mutex<HashMap<String, String>>,
    _dir: tempfile::TempDir,
}

/// The roles of DOMAIN.md, each a user of the same name; plus a second agent
/// and a second handler in other teams.
pub const USERS: &[(&str, &str, Option<&str>)] = &[
    ("agent", "agent", Some("store_a")),
    ("agent2", "agent", Some("store_b")),
    ("expert", "expert", Some("expert")),
    ("handler", "handler", Some("dept_quality")),
    ("handler2", "handler", Some("dept_finance")),
    ("supervisor", "supervisor", None),
    ("approver", "approver", Some("dept_finance")),
    ("qa", "qa", None),
    ("kb_editor", "kb_editor", None),
    ("kb_reviewer", "kb_reviewer", None),
    ("auditor", "auditor", None),
    ("admin", "admin", None),
];

pub fn meta() -> RequestMeta {
    RequestMeta {
        ip: None,
        request_id: "test-setup".into(),
        user_agent: None,
        ..Default::default()
    }
}

/// A database URL for one test: SQLite in `dir`, or a new PostgreSQL database.
pub async fn fresh_database_url(dir: &std::path::Path) -> Option<String> {
    let base = std::env::var("KESU_TEST_DATABASE_URL")
        .ok()
        .filter(|v| !v.is_empty())?;
    let name = format!("kesu_t_{:016x}", rand::random::<u64>());
    let admin = sea_orm::Database::connect(base.as_str())
        .await
        .expect("connect to KESU_TEST_DATABASE_URL");
    admin
        .execute_raw(Statement::from_string(
            admin.get_database_backend(),
            format!("CREATE DATABASE {name}"),
        ))
        .await
        .expect("create test database");
    admin.close().await.ok();
    let _ = dir;
    let (prefix, _) = base.rsplit_once('/').expect("database url has a path");
    Some(format!("{prefix}/{name}"))
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(tweak: impl FnOnce(&mut Config)) -> TestApp {
    spawn_app_full(tweak, std::sync::Arc::new(kesu::domain::SystemClock)).await
}

/// A server whose services read time from `clock` (tests that move time).
/// Its sessions never time out, so a test can move days ahead and go on
/// as the same users (`session_hardening` tests the timeouts themselves).
pub async fn spawn_app_with_clock(clock: std::sync::Arc<dyn kesu::domain::Clock>) -> TestApp {
    let century = std::time::Duration::from_secs(100 * 365 * 86_400);
    spawn_app_full(
        |c| {
            c.session_idle = century;
            c.session_ttl = century;
        },
        clock,
    )
    .await
}

pub async fn spawn_app_full(
    tweak: impl FnOnce(&mut Config),
    clock: std::sync::Arc<dyn kesu::domain::Clock>,
) -> TestApp {
    // server-side errors show up in a failing test's captured output
    let _ = tracing_subscriber::fmt()
        .with_env_filter("warn,kesu=info")
        .with_test_writer()
        .try_init();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = Config {
        data_dir: dir.path().to_path_buf(),
        bind: "127.0.0.1:0".into(),
        database_url: fresh_database_url(dir.path()).await,
        workers: Some(1),
        db_max_connections: 8,
        // tests run scheduler passes themselves (`run_due_jobs`)
        scheduler_tick: None,
        ..Config::default()
    };
    tweak(&mut config);
    let services = kesu::startup::build_services(config, clock)
        .await
        .expect("build services");
    let app = Application::with_services(services)
        .await
        .expect("build app");
    let base = format!("http://127.0.0.1:{}", app.port());
    let services = app.services.clone();
    tokio::spawn(app.run_until_stopped());

    let m = meta();
    let mut teams = HashMap::new();
    for (key, name, kind, parent) in [
        ("center", "客户服务中心", "center", None),
        ("store_a", "测试一号营业厅", "store", Some("center")),
        ("store_b", "测试二号营业厅", "store", Some("center")),
        ("expert", "客诉专家组", "expert", Some("center")),
        ("dept_quality", "质量管理部", "department", Some("center")),
        ("dept_finance", "财务部", "department", Some("center")),
    ] {
        let parent = parent.and_then(|p: &str| teams.get(p).copied());
        let t = services
            .create_team(None, &m, name, kind, parent)
            .await
            .expect("team");
        teams.insert(key, t.id.0);
    }
    let top = services
        .create_category(
            None,
            &m,
            "billing",
            "计费争议",
            None,
            teams.get("dept_finance").copied(),
        )
        .await
        .expect("category");
    let child = services
        .create_category(
            None,
            &m,
            "billing.wrong_charge",
            "错误扣费",
            Some(top.id.0),
            teams.get("dept_finance").copied(),
        )
        .await
        .expect("category");
    let mut users = HashMap::new();
    for (username, role, team) in USERS {
        let u = services
            .create_user_as(
                None,
                &m,
                NewUser {
                    username: username.to_string(),
                    display_name: format!("测试{username}"),
                    password: PASSWORD.into(),
                    team_id: team.and_then(|t| teams.get(t).copied()),
                    roles: vec![role.to_string()],
                },
            )
            .await
            .expect("user");
        users.insert(*username, u.id.0);
    }
    TestApp {
        base,
        services,
        // the server closes a connection idle for 5 s (keep-alive): drop
        // idle ones sooner, so a test that waits never reuses a closed one
        client: reqwest::Client::builder()
            .pool_idle_timeout(std::time::Duration::from_secs(1))
            .build()
            .expect("client"),
        teams,
        category_id: child.id.0,
        top_category_id: top.id.0,
        users,
        tokens: Mutex::new(HashMap::new()),
        _dir: dir,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// POST a GraphQL request; returns the JSON body (status must be 200).
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut req = self
            .client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().await.expect("request");
        assert_eq!(
            resp.status(),
            200,
            "GraphQL over HTTP answers 200 for executed requests"
        );
        resp.json().await.expect("json body")
    }

    /// Log in (once per user) and return the bearer token.
    pub async fn token(&self, username: &str) -> String {
        if let Some(t) = self.tokens.lock().expect("lock").get(username) {
            return t.clone();
        }
        let body = self
            .gql(
                None,
                "mutation($i: LoginInput!) { login(input: $i) { token } }",
                json!({ "i": { "username": username, "password": PASSWORD } }),
            )
            .await;
        let token = body["data"]["login"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login {username}: {body}"))
            .to_string();
        self.tokens
            .lock()
            .expect("lock")
            .insert(username.to_string(), token.clone());
        token
    }

    /// As `username`: run and return the body.
    pub async fn as_user(&self, username: &str, query: &str, variables: Value) -> Value {
        let t = self.token(username).await;
        self.gql(Some(&t), query, variables).await
    }

    pub async fn count(&self, table: &str) -> i64 {
        self.scalar(&format!("SELECT COUNT(*) AS n FROM {table}"))
            .await
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        let db = self.services.db().conn();
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                sql.to_string(),
            ))
            .await
            .expect("query")
            .expect("row");
        row.try_get_by_index::<i64>(0).expect("i64")
    }

    /// Counts of every business table, to prove a failed request wrote nothing.
    pub async fn snapshot(&self) -> Vec<(String, i64)> {
        let mut out = vec![];
        for t in [
            "customers",
            "complaints",
            "complaint_events",
            "attachments",
            "audit_logs",
            "users",
            "sessions",
            "teams",
            "roles",
            "sla_clocks",
            "sla_policies",
        ] {
            out.push((t.to_string(), self.count(t).await));
        }
        out
    }

    /// Register a complaint as `agent` (or another user) and return (id, version, number).
    pub async fn create_complaint(&self, username: &str, phone: &str) -> (String, i64, String) {
        let body = self
            .as_user(
                username,
                CREATE,
                json!({ "i": {
                    "customerPhone": phone, "customerName": "张三丰", "customerIdCard": "110101199003071234",
                    "channel": "HOTLINE", "categoryId": self.category_id.to_string(), "priority": "IMPORTANT",
                    "title": "本月话费多扣了30元", "description": "客户反映本月账单中出现一笔未订购的视频彩铃费用，要求退还。",
                    "amountDisputedCents": 3000
                }}),
            )
            .await;
        let c = &body["data"]["createComplaint"]["complaint"];
        assert!(c.is_object(), "create failed: {body}");
        (
            c["id"].as_str().expect("id").to_string(),
            c["version"].as_i64().expect("version"),
            c["number"].as_str().expect("number").to_string(),
        )
    }

    /// Drive a complaint (created by `agent`) to `state` through the API, as the
    /// users whose job each step is. Returns the current version.
    pub async fn drive(&self, id: &str, mut version: i64, state: &str) -> i64 {
        let dept = self.teams["dept_quality"].to_string();
        let handler = self.users["handler"].to_string();
        let path: &[(&str, &str, &str, Value)] = &[
            (
                "ESCALATED",
                "agent",
                "escalateComplaint",
                json!({ "note": "需要专家处理" }),
            ),
            (
                "DISPATCHED",
                "expert",
                "dispatchComplaint",
                json!({ "teamId": dept, "assigneeId": handler }),
            ),
            (
                "INVESTIGATED",
                "handler",
                "recordInvestigation",
                json!({ "findings": "系统批量开通导致误扣", "responsibility": "INTERNAL" }),
            ),
            (
                "RESOLUTION_PROPOSED",
                "handler",
                "proposeResolution",
                json!({ "resolution": "双倍返还 60 元", "refundGrantedCents": 6000 }),
            ),
            (
                "RESOLVED",
                "expert",
                "resolveComplaint",
                json!({ "reply": "您好，已为您退还双倍费用 60 元。" }),
            ),
            // a satisfied callback closes it
            (
                "CLOSED",
                "agent",
                "recordCallback",
                json!({ "satisfaction": 5, "comment": "满意" }),
            ),
        ];
        if state == "ACCEPTED" {
            return version;
        }
        for (reached, user, mutation, extra) in path {
            let mut input = extra.clone();
            input["id"] = json!(id);
            input["expectedVersion"] = json!(version);
            let q = format!(
                "mutation($i: {}Input!) {{ {mutation}(input: $i) {{ status version }} }}",
                input_type(mutation)
            );
            let body = self.as_user(user, &q, json!({ "i": input })).await;
            let c = &body["data"][*mutation];
            assert_eq!(c["status"], json!(reached), "{mutation} failed: {body}");
            version = c["version"].as_i64().expect("version");
            if *reached == state {
                return version;
            }
        }
        panic!("unknown state {state}");
    }
}

pub fn input_type(mutation: &str) -> String {
    let mut s = mutation.to_string();
    if let Some(f) = s.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    s
}

pub const CREATE: &str = "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) {
    complaint { id number version status customer { nameMasked phoneMasked idCardMasked } }
    possibleRepeats { id number } } }";

/// The `extensions.code` of the first error, if any.
pub fn code(body: &Value) -> Option<String> {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .map(str::to_string)
}
