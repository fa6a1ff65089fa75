//! Schema-driven fuzzing (issue 14 §7): operations generated from
//! `schema.graphql`, valid and invalid, sent over real HTTP as every role
//! and anonymously, with a fixed seed and a bounded count
//! (`KESU_FUZZ_CASES`, default 1,000; `KESU_FUZZ_SEED` to explore others).
//!
//! Expected of every answer: no 5xx, JSON with `data` or `errors`, every
//! error with `extensions.code` and `extensions.reason`, never INTERNAL; and
//! a mutation that was refused wrote no row (every table's count is the
//! same after it, but the audit trail's and the rate limits', which record
//! the refusal itself).
use crate::helpers::*;
use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// Tables a refused request may still write: the record of the refusal.
const MAY_CHANGE: &[&str] = &[
    "audit_logs",
    "audit_chain_head",
    "audit_checkpoints",
    "audit_verifications",
    "rate_limits",
    "kb_search_log",
    "seaql_migrations",
];

/// xorshift64*: deterministic across platforms and crate versions.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Field {
    name: String,
    args: Vec<(String, Type)>,
    ty: Type,
}

enum Kind {
    Scalar,
    Object(Vec<Field>),
    Abstract,
    Enum(Vec<String>),
    Input(Vec<(String, Type)>),
}

struct Schema {
    types: HashMap<String, Kind>,
}

fn named(t: &Type) -> &str {
    match &t.base {
        BaseType::Named(n) => n.as_str(),
        BaseType::List(inner) => named(inner),
    }
}

impl Schema {
    fn load() -> Schema {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.graphql"),
        )
        .expect("schema.graphql");
        let doc = async_graphql::parser::parse_schema(&text).expect("schema.graphql parses");
        let mut types = HashMap::new();
        for def in doc.definitions {
            let TypeSystemDefinition::Type(t) = def else {
                continue;
            };
            let t = t.node;
            let kind = match t.kind {
                TypeKind::Scalar => Kind::Scalar,
                TypeKind::Object(o) => Kind::Object(
                    o.fields
                        .into_iter()
                        .map(|f| Field {
                            name: f.node.name.node.to_string(),
                            args: f
                                .node
                                .arguments
                                .into_iter()
                                .map(|a| (a.node.name.node.to_string(), a.node.ty.node))
                                .collect(),
                            ty: f.node.ty.node,
                        })
                        .collect(),
                ),
                TypeKind::Interface(_) | TypeKind::Union(_) => Kind::Abstract,
                TypeKind::Enum(e) => Kind::Enum(
                    e.values
                        .into_iter()
                        .map(|v| v.node.value.node.to_string())
                        .collect(),
                ),
                TypeKind::InputObject(i) => Kind::Input(
                    i.fields
                        .into_iter()
                        .map(|f| (f.node.name.node.to_string(), f.node.ty.node))
                        .collect(),
                ),
            };
            types.insert(t.name.node.to_string(), kind);
        }
        for builtin in ["String", "Int", "Float", "Boolean", "ID"] {
            types.insert(builtin.to_string(), Kind::Scalar);
        }
        Schema { types }
    }

    fn roots(&self, name: &str) -> &[Field] {
        match self.types.get(name) {
            Some(Kind::Object(fields)) => fields,
            _ => &[],
        }
    }
}

struct Gen<'a> {
    schema: &'a Schema,
    rng: Rng,
    ids: Vec<String>,
}

const STRINGS: &[&str] = &[
    "",
    "张三",
    "宽带 网速慢 扣钱",
    "TS20261207-000001",
    "13812341234",
    "110101199003071234",
    "'; DROP TABLE complaints; --",
    "<script>alert(1)</script>",
    "\u{0000}\u{202e}",
    "🙂🙂🙂",
    "a\nb\tc\"d\\e",
];

impl Gen<'_> {
    fn string(&mut self) -> String {
        if self.rng.chance(5) {
            return "长".repeat(5_000 + self.rng.below(20_000));
        }
        self.rng.pick(STRINGS).to_string()
    }

    fn scalar(&mut self, name: &str) -> String {
        let quoted = |s: String| serde_json::to_string(&s).expect("string literal");
        match name {
            "Int" => self
                .rng
                .pick(&["0", "1", "-1", "7", "50", "2147483647", "-2147483648"])
                .to_string(),
            "Float" => self.rng.pick(&["0.0", "-1.5", "1e300", "3.25"]).to_string(),
            "Boolean" => self.rng.pick(&["true", "false"]).to_string(),
            "ID" => {
                let id = if self.rng.chance(60) {
                    self.rng.pick(&self.ids).clone()
                } else {
                    self.rng
                        .pick(&["0", "-1", "999999999", "abc", "1e3", "９"])
                        .to_string()
                };
                quoted(id)
            }
            "DateTime" => quoted(
                self.rng
                    .pick(&[
                        "2026-12-07T10:00:00Z",
                        "2026-12-07T10:00:00+08:00",
                        "1970-01-01T00:00:00Z",
                        "9999-12-31T23:59:59Z",
                        "not-a-date",
                    ])
                    .to_string(),
            ),
            "NaiveDate" => quoted(
                self.rng
                    .pick(&["2026-12-07", "2026-02-29", "2024-02-29", "0000-00-00"])
                    .to_string(),
            ),
            "JSON" => self
                .rng
                .pick(&["{}", "{a: 1}", "[1, 2]", "\"x\""])
                .to_string(),
            "Upload" => "null".into(),
            _ => quoted(self.string()),
        }
    }

    /// A literal for `ty`; `valid` false may break it on purpose.
    fn value(&mut self, ty: &Type, depth: usize, valid: bool) -> String {
        if !valid && self.rng.chance(15) {
            // a wrong kind of value: the server must refuse it cleanly
            return self
                .rng
                .pick(&[
                    "null",
                    "\"x\"",
                    "12",
                    "true",
                    "{ nope: 1 }",
                    "[[1]]",
                    "NOT_AN_ENUM",
                ])
                .to_string();
        }
        if ty.nullable && self.rng.chance(20) {
            return "null".into();
        }
        match &ty.base {
            BaseType::List(inner) => {
                let n = self.rng.below(3);
                let items: Vec<String> = (0..n).map(|_| self.value(inner, depth, valid)).collect();
                format!("[{}]", items.join(", "))
            }
            BaseType::Named(name) => match self.schema.types.get(name.as_str()) {
                Some(Kind::Enum(values)) => self.rng.pick(values).clone(),
                Some(Kind::Input(fields)) if depth < 4 => {
                    let mut parts = vec![];
                    for (fname, fty) in fields {
                        if !fty.nullable || self.rng.chance(50) {
                            if !valid && !fty.nullable && self.rng.chance(10) {
                                continue; // a required field left out
                            }
                            parts.push(format!("{fname}: {}", self.value(fty, depth + 1, valid)));
                        }
                    }
                    if !valid && self.rng.chance(10) {
                        parts.push("unknownField: 1".into());
                    }
                    format!("{{ {} }}", parts.join(", "))
                }
                Some(Kind::Input(_)) => "{}".into(),
                _ => self.scalar(name.as_str()),
            },
        }
    }

    fn args(&mut self, args: &[(String, Type)], valid: bool) -> String {
        let mut parts = vec![];
        for (name, ty) in args {
            if ty.nullable && self.rng.chance(50) {
                continue;
            }
            if !valid && !ty.nullable && self.rng.chance(10) {
                continue;
            }
            parts.push(format!("{name}: {}", self.value(ty, 0, valid)));
        }
        if !valid && self.rng.chance(10) {
            parts.push("bogus: 1".into());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("({})", parts.join(", "))
        }
    }

    /// A selection set for the type `name` (empty for leaves).
    fn selection(&mut self, name: &str, depth: usize, valid: bool) -> String {
        let fields = match self.schema.types.get(name) {
            Some(Kind::Object(f)) => f,
            Some(Kind::Abstract) => return "{ __typename }".into(),
            _ => return String::new(),
        };
        let mut chosen = vec!["__typename".to_string()];
        let n = 1 + self.rng.below(4);
        for _ in 0..n {
            let f = &fields[self.rng.below(fields.len())];
            if f.args.iter().any(|(_, t)| !t.nullable) && !self.rng.chance(30) {
                continue;
            }
            let inner = named(&f.ty).to_string();
            let leaf = !matches!(
                self.schema.types.get(&inner),
                Some(Kind::Object(_)) | Some(Kind::Abstract)
            );
            if !leaf && depth >= 3 {
                continue;
            }
            let args = if f.args.is_empty() {
                String::new()
            } else {
                self.args(&f.args, valid)
            };
            let sub = self.selection(&inner, depth + 1, valid);
            chosen.push(format!("{}{args} {sub}", f.name));
        }
        if !valid && self.rng.chance(10) {
            chosen.push("noSuchField".into());
        }
        format!("{{ {} }}", chosen.join(" "))
    }

    /// One operation: its text, whether it is a mutation, its root field.
    fn operation(&mut self) -> (String, bool, String) {
        let mutation = self.rng.chance(55);
        let root = if mutation { "Mutation" } else { "Query" };
        let schema = self.schema;
        let fields = schema.roots(root);
        let f = &fields[self.rng.below(fields.len())];
        let valid = self.rng.chance(60);
        let args = self.args(&f.args, valid);
        let sub = self.selection(named(&f.ty), 1, valid);
        let keyword = if mutation { "mutation" } else { "query" };
        (
            format!("{keyword} {{ {}{args} {sub} }}", f.name),
            mutation,
            f.name.clone(),
        )
    }
}

async fn table_counts(app: &TestApp) -> BTreeMap<String, i64> {
    let conn = app.services.db().conn();
    let backend = conn.get_database_backend();
    let list = match backend {
        DatabaseBackend::Postgres => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    };
    let rows = conn
        .query_all_raw(Statement::from_string(backend, list))
        .await
        .expect("tables");
    let mut out = BTreeMap::new();
    for row in rows {
        let name: String = row.try_get("", "name").expect("name");
        if MAY_CHANGE.contains(&name.as_str()) || name.ends_with("_fts") {
            continue;
        }
        out.insert(name.clone(), app.count(&name).await);
    }
    out
}

fn refused(body: &Value, field: &str) -> bool {
    let errors = body["errors"].as_array().is_some_and(|e| !e.is_empty());
    errors && (body["data"].is_null() || body["data"][field].is_null())
}

#[tokio::test]
async fn generated_operations_never_break_the_server_or_write_when_refused() {
    let cases: usize = std::env::var("KESU_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let seed: u64 = std::env::var("KESU_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x6b65_7375_2026);
    let app = spawn_app().await;
    let (complaint, _, _) = app.create_complaint("agent", "13812341234").await;
    let schema = Schema::load();
    let mut ids: Vec<String> = vec![complaint, app.category_id.to_string()];
    let mut users: Vec<i64> = app.users.values().copied().collect();
    users.sort_unstable();
    ids.extend(users.iter().map(|id| id.to_string()));
    ids.extend(["1", "2", "3"].map(str::to_string));
    let mut gen = Gen {
        schema: &schema,
        rng: Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
        ids,
    };
    let mut roles: Vec<&str> = app.users.keys().copied().collect();
    roles.sort();
    let mut tokens: HashMap<&str, Option<String>> = HashMap::new();
    for r in &roles {
        tokens.insert(r, Some(app.token(r).await));
    }

    let mut failures = vec![];
    let (mut sent, mut refusals, mut answered) = (0, 0, 0);
    for case in 0..cases {
        let (query, mutation, field) = gen.operation();
        let role = if gen.rng.chance(15) {
            None
        } else {
            Some(*gen.rng.pick(&roles))
        };
        let token = role.and_then(|r| tokens.get(r).cloned().flatten());
        let before = if mutation {
            Some(table_counts(&app).await)
        } else {
            None
        };
        let mut req = app
            .client
            .post(app.url("/graphql"))
            .json(&json!({ "query": query }));
        if let Some(t) = &token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().await.expect("send");
        sent += 1;
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body");
        let short = |s: &str| s.chars().take(300).collect::<String>();
        let problem =
            |what: String| format!("case {case} as {role:?}: {what}\n  {}", short(&query));
        if status >= 500 {
            failures.push(problem(format!("HTTP {status}: {}", short(&text))));
            continue;
        }
        let Ok(body) = serde_json::from_str::<Value>(&text) else {
            failures.push(problem(format!("not JSON ({status}): {}", short(&text))));
            continue;
        };
        for e in body["errors"].as_array().into_iter().flatten() {
            let code = e["extensions"]["code"].as_str();
            if code.is_none() || e["extensions"]["reason"].as_str().is_none() {
                failures.push(problem(format!("an error without code or reason: {e}")));
            }
            if code == Some("INTERNAL") {
                failures.push(problem(format!("INTERNAL: {e}")));
            }
        }
        let session_ended = token.is_some()
            && body["errors"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|e| e["extensions"]["code"] == "UNAUTHENTICATED");
        if body.get("data").is_none() && body.get("errors").is_none() {
            failures.push(problem(format!(
                "neither data nor errors: {}",
                short(&text)
            )));
        }
        if let Some(before) = before {
            if refused(&body, &field) {
                refusals += 1;
                let after = table_counts(&app).await;
                if after != before {
                    let changed: Vec<_> = after
                        .iter()
                        .filter(|(t, n)| before.get(*t) != Some(n))
                        .map(|(t, n)| format!("{t}: {:?} -> {n}", before.get(t)))
                        .collect();
                    failures.push(problem(format!(
                        "a refused mutation wrote rows: {changed:?}"
                    )));
                }
            } else {
                answered += 1;
            }
        }
        if let (true, Some(r)) = (session_ended, role) {
            // the fuzz ended this session (logout, new roles): sign in again
            let b = app
                .gql(
                    None,
                    "mutation($i: LoginInput!) { login(input: $i) { token } }",
                    json!({ "i": { "username": r, "password": PASSWORD } }),
                )
                .await;
            let t = b["data"]["login"]["token"].as_str().map(str::to_string);
            tokens.insert(r, t);
        }
    }
    println!("fuzz: seed {seed:#x}, {sent} operations, {refusals} refused mutations, {answered} answered mutations");
    assert!(
        refusals > cases / 10,
        "the fuzz reached refusals: {refusals}"
    );
    let ready = app
        .client
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("readyz");
    assert_eq!(ready.status(), 200, "the server is still ready");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
