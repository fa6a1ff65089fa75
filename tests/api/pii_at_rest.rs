//! Personal data at rest (issue 14 §3): customers' name, phone, ID-card
//! number and e-mail are sealed in the database, found by phone through the
//! blind index, kept out of the search index, re-sealed by a key rotation
//! while the server runs, and masked as before.
use crate::helpers::*;
use serde_json::{json, Value};

const NAME: &str = "欧阳明远";
const PHONE: &str = "13987654321";
const ID_CARD: &str = "11010519851231002X";
const EMAIL: &str = "mingyuan.ouyang@example.com";

const CREATE_FULL: &str = "mutation($i: CreateComplaintInput!) { createComplaint(input: $i) {
    complaint { id number customer { nameMasked phoneMasked idCardMasked emailMasked } } } }";

async fn register(app: &TestApp, phone: &str, description: &str) -> Value {
    let body = app
        .as_user(
            "agent",
            CREATE_FULL,
            json!({ "i": {
                "customerPhone": phone, "customerName": NAME, "customerIdCard": ID_CARD,
                "customerEmail": EMAIL, "channel": "HOTLINE",
                "categoryId": app.category_id.to_string(), "priority": "NORMAL",
                "title": "宽带每晚断线", "description": description
            }}),
        )
        .await;
    let c = body["data"]["createComplaint"]["complaint"].clone();
    assert!(c.is_object(), "create failed: {body}");
    c
}

/// Every file under `dir`, read whole.
fn files_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out
}

fn holds(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The database's bytes: the SQLite files, or a `pg_dump` of the database.
pub fn database_bytes(config: &kesu::config::Config) -> Vec<(String, Vec<u8>)> {
    match &config.database_url {
        Some(url) => {
            let out = std::process::Command::new("pg_dump")
                .args(["--data-only", url])
                .output()
                .expect("pg_dump (PostgreSQL's client tools) runs");
            assert!(out.status.success(), "pg_dump: {out:?}");
            assert!(holds(&out.stdout, "COPY public.customers"), "a real dump");
            vec![("pg_dump".into(), out.stdout)]
        }
        None => files_under(&config.data_dir)
            .into_iter()
            .filter(|(p, _)| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("kesu.db"))
            })
            .map(|(p, b)| (p.display().to_string(), b))
            .collect(),
    }
}

#[tokio::test]
async fn personal_fields_are_sealed_in_the_database_and_masked_or_revealed_as_before() {
    let app = spawn_app().await;
    let c = register(&app, PHONE, "客户说每晚九点后断线，重启光猫无效。").await;
    // masking per field, unchanged
    assert_eq!(
        c["customer"],
        json!({
            "nameMasked": "欧***",
            "phoneMasked": "139****4321",
            "idCardMasked": "110***********002X",
            "emailMasked": "m***@example.com"
        })
    );
    // a revealed contact is in clear
    let body = app
        .as_user(
            "agent",
            "mutation($i: RevealCustomerContactInput!) { revealCustomerContact(input: $i) { name phone idCard email } }",
            json!({ "i": { "complaintId": c["id"], "reason": "回访核实" } }),
        )
        .await;
    assert_eq!(
        body["data"]["revealCustomerContact"],
        json!({ "name": NAME, "phone": PHONE, "idCard": ID_CARD, "email": EMAIL }),
        "{body}"
    );
    // exact lookup by phone goes through the blind index
    let body = app
        .as_user(
            "agent",
            "query($p: String!) { customerByPhone(phone: $p) { phoneMasked } }",
            json!({ "p": "139-8765-4321" }),
        )
        .await;
    assert_eq!(
        body["data"]["customerByPhone"]["phoneMasked"], "139****4321",
        "{body}"
    );
    // a second registration by the same caller finds the same customer
    register(&app, PHONE, "第二次来电，问题依旧。").await;
    assert_eq!(app.count("customers").await, 1);
    // the queue's search box still finds the caller's complaints by phone
    let body = app
        .as_user(
            "agent",
            "query($t: String) { complaints(filter: { text: $t }) { totalCount } }",
            json!({ "t": PHONE }),
        )
        .await;
    assert_eq!(body["data"]["complaints"]["totalCount"], 2, "{body}");

    // nothing of it in clear in the table ...
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM customers WHERE name = '{NAME}' OR phone = '{PHONE}' \
             OR id_card = '{ID_CARD}' OR email = '{EMAIL}'"
        ))
        .await,
        0
    );
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM customers WHERE name LIKE 'enc:%' AND phone LIKE 'enc:%' \
             AND id_card LIKE 'enc:%' AND email LIKE 'enc:%' AND phone_index IS NOT NULL"
        )
        .await,
        1
    );
    // ... nor anywhere in the database's bytes (files or dump), audit trail included
    app.services.audit_writer().drain().await.expect("drain");
    let dumps = database_bytes(app.services.config());
    assert!(!dumps.is_empty());
    for (what, bytes) in &dumps {
        for secret in [PHONE, ID_CARD, EMAIL, NAME, "87654321"] {
            assert!(!holds(bytes, secret), "{what} holds {secret} in clear");
        }
    }
}

#[tokio::test]
async fn the_search_index_holds_no_phone_or_id_number_from_free_text() {
    let app = spawn_app().await;
    let c = register(
        &app,
        "13600001111",
        "客户留了备用号码13512349876，身份证号11010519851231002X，要求晚上回电。",
    )
    .await;
    app.services.index_caught_up().await.expect("indexed");
    // the description keeps its content
    let body = app
        .as_user(
            "agent",
            "query($id: ID!) { complaint(id: $id) { description } }",
            json!({ "id": c["id"] }),
        )
        .await;
    let description = body["data"]["complaint"]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(description.contains("13512349876"), "{body}");
    // the rest of the text is indexed, the numbers are not
    let body = app
        .as_user(
            "agent",
            "query($t: String) { complaints(filter: { text: $t }) { totalCount } }",
            json!({ "t": "备用号码 回电" }),
        )
        .await;
    assert_eq!(body["data"]["complaints"]["totalCount"], 1, "{body}");
    let index = app.services.config().effective_index_dir();
    let files = files_under(&index);
    assert!(files.len() > 3, "an index on disk");
    for (path, bytes) in &files {
        for secret in ["13512349876", "1351234", "11010519851231002X", "851231"] {
            assert!(!holds(bytes, secret), "{} holds {secret}", path.display());
        }
    }
}

/// The id of the key that seals now: the last `key` line of the file.
fn current_key_id(app: &TestApp) -> String {
    let path = app.services.config().effective_data_key_file();
    let text = std::fs::read_to_string(path).expect("key file");
    text.lines()
        .filter_map(|l| l.strip_prefix("key "))
        .next_back()
        .and_then(|l| l.split_whitespace().next())
        .expect("a key line")
        .to_string()
}

#[tokio::test]
async fn a_rotation_reseals_every_customer_while_the_server_keeps_serving() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    for i in 0..30 {
        let c = register(&app, &format!("1390000{i:04}"), "来电反映网络故障。").await;
        ids.push(c["id"].as_str().expect("id").to_string());
    }
    let old = current_key_id(&app);
    // registrations go on while the rotation runs in another process
    let rotation = {
        let config = app.services.config().clone();
        tokio::task::spawn_blocking(move || {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kesu"));
            cmd.args(["keys", "rotate", "data"])
                .env("KESU_DATA_DIR", &config.data_dir)
                .env("KESU_LOG", "error")
                .env_remove("KESU_DATA_KEY_FILE");
            match &config.database_url {
                Some(url) => cmd.env("KESU_DATABASE_URL", url),
                None => cmd.env_remove("KESU_DATABASE_URL"),
            };
            cmd.output().expect("run kesu")
        })
    };
    // callers keep registering until the rotation has finished
    let mut i = 30;
    while !rotation.is_finished() && i < 2_000 {
        register(&app, &format!("1390000{i:04}"), "来电反映网络故障。").await;
        i += 1;
    }
    let out = rotation.await.expect("rotation");
    assert!(out.status.success(), "{out:?}");
    let new = current_key_id(&app);
    assert_ne!(old, new);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&new),
        "{out:?}"
    );
    // every customer, those registered during the rotation included, is
    // sealed with the new key
    let on_new = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM customers WHERE name LIKE 'enc:{new}:%' \
             AND phone LIKE 'enc:{new}:%' AND id_card LIKE 'enc:{new}:%' AND email LIKE 'enc:{new}:%'"
        ))
        .await;
    assert_eq!(on_new, app.count("customers").await);
    assert!(on_new > 30, "registrations ran during the rotation");
    // the running server reads what the rotation wrote, and all it wrote itself
    for (i, id) in ids.iter().enumerate() {
        let body = app
            .as_user(
                "agent",
                "query($id: ID!) { complaint(id: $id) { customer { phoneMasked } } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            body["data"]["complaint"]["customer"]["phoneMasked"],
            format!("139****{i:04}"),
            "{body}"
        );
    }
    let body = app
        .as_user(
            "agent",
            "query { complaints(first: 50) { totalCount edges { node { customer { phoneMasked } } } } }",
            json!({}),
        )
        .await;
    assert_eq!(body["data"]["complaints"]["totalCount"], on_new, "{body}");
    // the rotation is in the trail
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_logs WHERE action = 'keys.rotate_data'")
            .await,
        1
    );
}

#[tokio::test]
async fn plaintext_rows_from_before_encryption_are_sealed_at_start_and_a_missing_key_stops_it() {
    let app = spawn_app().await;
    register(&app, PHONE, "来电反映网络故障。").await;
    // a row as an older Kesu wrote it
    let db = app.services.db().conn();
    use sea_orm::ConnectionTrait;
    db.execute_unprepared(
        "INSERT INTO customers (name, phone, id_card, email, created_at, updated_at) \
         VALUES ('司马青', '13700007777', NULL, 'sima@example.com', '2026-12-01T08:00:00+00:00', '2026-12-01T08:00:00+00:00')",
    )
    .await
    .expect("insert legacy row");
    let config = app.services.config().clone();
    let restarted = kesu::startup::build_services(
        config.clone(),
        std::sync::Arc::new(kesu::domain::SystemClock),
    )
    .await
    .expect("a restart");
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM customers WHERE name LIKE 'enc:%' AND phone LIKE 'enc:%' \
             AND email LIKE 'enc:%' AND phone_index IS NOT NULL"
        )
        .await,
        2
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM customers WHERE phone = '13700007777'")
            .await,
        0
    );
    drop(restarted);
    let body = app
        .as_user(
            "agent",
            "query($p: String!) { customerByPhone(phone: $p) { nameMasked emailMasked } }",
            json!({ "p": "13700007777" }),
        )
        .await;
    assert_eq!(
        body["data"]["customerByPhone"],
        json!({ "nameMasked": "司**", "emailMasked": "s***@example.com" }),
        "{body}"
    );
    // without the key file the server refuses to start (a new key would not open the rows)
    let key = config.effective_data_key_file();
    let aside = key.with_extension("aside");
    std::fs::rename(&key, &aside).expect("move the key away");
    let err = kesu::startup::build_services(config, std::sync::Arc::new(kesu::domain::SystemClock))
        .await
        .err()
        .expect("no start without the key");
    assert!(err.to_string().contains("data key file"), "{err}");
    assert!(!key.exists(), "no new key was made in its place");
    std::fs::rename(&aside, &key).expect("restore");
}
