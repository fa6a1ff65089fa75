//! Synonyms as data: KB editors list, add, edit and delete the search's
//! synonym groups and typo corrections; every change is audited and in force
//! for search at once; another process's change is seen within a second of
//! the service clock; the shipped list is seeded once and never resurrects
//! an entry an editor deleted.
use crate::helpers::*;
use kesu::db::entity::kb_synonym;
use kesu::domain::ManualClock;
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, Set};
use serde_json::{json, Value};
use std::sync::Arc;

const LIST: &str = "query($f: KbSynonymFilter, $after: String) { kbSynonyms(filter: $f, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind terms source note version updatedBy { username } } } } }";
const SAVE: &str = "mutation($i: SaveKbSynonymInput!) { saveKbSynonym(input: $i) { id kind terms source note version } }";
const DELETE: &str = "mutation($i: DeleteKbSynonymInput!) { deleteKbSynonym(input: $i) }";
const PREVIEW: &str =
    "query($q: String!) { kbSynonymPreview(query: $q) { normalized expansions } }";
const SEARCH: &str =
    "query($q: String!) { kbSearch(query: $q, first: 5) { hits { version { title } } } }";

fn reason(b: &Value) -> (String, String, String) {
    let e = &b["errors"][0]["extensions"];
    let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
    (s("code"), s("reason"), s("field"))
}

async fn nodes(app: &TestApp, filter: Value) -> Vec<Value> {
    let b = app.as_user("kb_editor", LIST, json!({ "f": filter })).await;
    b["data"]["kbSynonyms"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{b}"))
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

async fn expansions(app: &TestApp, q: &str) -> Vec<String> {
    let b = app.as_user("kb_editor", PREVIEW, json!({ "q": q })).await;
    serde_json::from_value(b["data"]["kbSynonymPreview"]["expansions"].clone())
        .unwrap_or_else(|_| panic!("{b}"))
}

/// One published article that says 光猫 and nothing like 小黑盒.
async fn publish_modem_article(app: &TestApp) {
    publish_article(
        app,
        "光猫指示灯异常的排查",
        "用户家中光猫红灯闪烁，无法上网。",
        "1. 请用户重启光猫。2. 仍不恢复则派单上门检修。",
    )
    .await;
}

#[tokio::test]
async fn editors_manage_synonyms_that_search_uses_at_once() {
    let app = spawn_app().await;
    // the shipped list is there, as built-in entries
    let builtin = nodes(&app, json!({ "text": "扣钱" })).await;
    assert!(
        builtin.iter().any(|n| n["kind"] == "GROUP"
            && n["source"] == "BUILTIN"
            && n["terms"]
                .as_array()
                .is_some_and(|t| t.contains(&json!("扣费")))),
        "{builtin:?}"
    );
    let all = app.as_user("kb_editor", LIST, json!({})).await;
    assert!(
        all["data"]["kbSynonyms"]["totalCount"].as_u64() > Some(30),
        "{all}"
    );

    publish_modem_article(&app).await;
    let hits = |b: &Value| b["data"]["kbSearch"]["hits"].as_array().map(Vec::len);
    let before = app.as_user("agent", SEARCH, json!({ "q": "小黑盒" })).await;
    assert_eq!(hits(&before), Some(0), "{before}");

    // add a group: search finds the article by the nickname at once
    let saved = app
        .as_user(
            "kb_editor",
            SAVE,
            json!({ "i": { "kind": "GROUP", "terms": ["小黑盒", " 光猫 ", "小黑盒"], "note": "用户对光猫的叫法" } }),
        )
        .await;
    let entry = saved["data"]["saveKbSynonym"].clone();
    assert_eq!(entry["terms"], json!(["小黑盒", "光猫"]), "{saved}");
    assert_eq!(entry["source"], "EDITOR");
    let after = app.as_user("agent", SEARCH, json!({ "q": "小黑盒" })).await;
    assert_eq!(
        after["data"]["kbSearch"]["hits"][0]["version"]["title"], "光猫指示灯异常的排查",
        "{after}"
    );
    assert!(expansions(&app, "小黑盒坏了")
        .await
        .contains(&"光猫".to_string()));
    // Traditional and full-width input is normalised on the way in
    let trad = app
        .as_user(
            "kb_editor",
            SAVE,
            json!({ "i": { "kind": "CORRECTION", "terms": ["機頂合", "机顶盒"] } }),
        )
        .await;
    assert_eq!(
        trad["data"]["saveKbSynonym"]["terms"],
        json!(["机顶合", "机顶盒"]),
        "{trad}"
    );
    assert!(expansions(&app, "机顶合坏了")
        .await
        .contains(&"机顶盒坏了".to_string()));

    // edit with the version; a stale version is refused and changes nothing
    let id = entry["id"].clone();
    let edited = app
        .as_user(
            "kb_editor",
            SAVE,
            json!({ "i": { "id": id, "expectedVersion": 1, "kind": "GROUP", "terms": ["小黑盒", "光猫", "猫"] } }),
        )
        .await;
    assert_eq!(edited["data"]["saveKbSynonym"]["version"], 2, "{edited}");
    let stale = app
        .as_user(
            "kb_editor",
            SAVE,
            json!({ "i": { "id": id, "expectedVersion": 1, "kind": "GROUP", "terms": ["小黑盒", "路由器"] } }),
        )
        .await;
    assert_eq!(reason(&stale).1, "STALE_VERSION", "{stale}");
    assert!(expansions(&app, "小黑盒").await.contains(&"猫".to_string()));

    // delete: out of force at once; adding the same words again brings it back
    let deleted = app
        .as_user(
            "kb_editor",
            DELETE,
            json!({ "i": { "id": id, "expectedVersion": 2 } }),
        )
        .await;
    assert_eq!(deleted["data"]["deleteKbSynonym"], id, "{deleted}");
    assert!(expansions(&app, "小黑盒").await.is_empty());
    let gone = app.as_user("agent", SEARCH, json!({ "q": "小黑盒" })).await;
    assert_eq!(hits(&gone), Some(0), "{gone}");
    assert!(nodes(&app, json!({ "text": "小黑盒" })).await.is_empty());
    let again = app
        .as_user(
            "kb_editor",
            SAVE,
            json!({ "i": { "kind": "GROUP", "terms": ["光猫", "猫", "小黑盒"] } }),
        )
        .await;
    assert_eq!(again["data"]["saveKbSynonym"]["id"], id, "{again}");

    // every change is in the audit trail with its target
    let audit = app
        .as_user(
            "auditor",
            "{ auditLogs(first: 50, filter: { action: \"kb.synonym.save\" }) { edges { node { action targetId } } } }",
            json!({}),
        )
        .await;
    let saves = audit["data"]["auditLogs"]["edges"].as_array().map(Vec::len);
    assert!(saves >= Some(4), "{audit}");
    let audit = app
        .as_user(
            "auditor",
            "{ auditLogs(first: 50, filter: { action: \"kb.synonym.delete\" }) { edges { node { targetId } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        audit["data"]["auditLogs"]["edges"][0]["node"]["targetId"], id,
        "{audit}"
    );
}

#[tokio::test]
async fn bad_synonym_input_is_refused_precisely_and_changes_nothing() {
    let app = spawn_app().await;
    let count = |b: Value| b["data"]["kbSynonyms"]["totalCount"].as_u64();
    let before = count(app.as_user("kb_editor", LIST, json!({})).await);
    for (input, want) in [
        (
            json!({ "kind": "GROUP", "terms": ["扣钱"] }),
            ("BAD_USER_INPUT", "INVALID_INPUT", "terms"),
        ),
        (
            json!({ "kind": "GROUP", "terms": ["扣钱", "扣钱"] }),
            ("BAD_USER_INPUT", "INVALID_INPUT", "terms"),
        ),
        (
            json!({ "kind": "GROUP", "terms": ["扣 钱", "扣费"] }),
            ("BAD_USER_INPUT", "INVALID_INPUT", "terms"),
        ),
        (
            json!({ "kind": "GROUP", "terms": ["", "扣费"] }),
            ("BAD_USER_INPUT", "INVALID_INPUT", "terms"),
        ),
        (
            json!({ "kind": "CORRECTION", "terms": ["冲电", "充电", "充点"] }),
            ("BAD_USER_INPUT", "INVALID_INPUT", "terms"),
        ),
        (
            json!({ "kind": "GROUP", "terms": ["甲方", "乙方"], "note": "注".repeat(201) }),
            ("BAD_USER_INPUT", "INVALID_INPUT", "note"),
        ),
        // the shipped group 扣钱 扣费 …, written in another order
        (
            json!({ "kind": "GROUP", "terms": ["收费", "乱收费", "多收钱", "扣费", "扣钱"] }),
            ("CONFLICT", "ALREADY_EXISTS", "terms"),
        ),
        (
            json!({ "id": "999999", "expectedVersion": 1, "kind": "GROUP", "terms": ["甲方", "乙方"] }),
            ("NOT_FOUND", "NOT_FOUND", ""),
        ),
        (
            json!({ "id": "x", "expectedVersion": 1, "kind": "GROUP", "terms": ["甲方", "乙方"] }),
            ("BAD_USER_INPUT", "INVALID_INPUT", "id"),
        ),
    ] {
        let b = app.as_user("kb_editor", SAVE, json!({ "i": input })).await;
        let (code, why, field) = reason(&b);
        assert_eq!(
            (code.as_str(), why.as_str(), field.as_str()),
            want,
            "{input}: {b}"
        );
    }
    let b = app
        .as_user(
            "kb_editor",
            DELETE,
            json!({ "i": { "id": "999999", "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(reason(&b).0, "NOT_FOUND", "{b}");
    let b = app
        .as_user("kb_editor", PREVIEW, json!({ "q": "  " }))
        .await;
    assert_eq!(reason(&b).2, "query", "{b}");
    // only editors
    for (q, vars) in [
        (LIST, json!({})),
        (PREVIEW, json!({ "q": "扣钱" })),
        (
            SAVE,
            json!({ "i": { "kind": "GROUP", "terms": ["甲方", "乙方"] } }),
        ),
    ] {
        let b = app.as_user("agent", q, vars).await;
        assert_eq!(code(&b).as_deref(), Some("FORBIDDEN"), "{b}");
    }
    assert_eq!(
        count(app.as_user("kb_editor", LIST, json!({})).await),
        before
    );
}

#[tokio::test]
async fn another_process_change_is_seen_within_a_second_and_deleted_builtins_stay_deleted() {
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let app = spawn_app_with_clock(clock.clone()).await;
    assert!(expansions(&app, "小黑盒").await.is_empty());
    // a row written by another process (here: another connection)
    let url = app.services.config().effective_database_url();
    let other = sea_orm::Database::connect(url.as_str())
        .await
        .expect("connect");
    let now = chrono::Utc::now();
    kb_synonym::ActiveModel {
        id: NotSet,
        kind: Set("group".into()),
        terms: Set(r#"["小黑盒","光猫"]"#.into()),
        terms_key: Set("光猫\u{1f}小黑盒".into()),
        source: Set("editor".into()),
        builtin_key: Set(None),
        note: Set(None),
        version: Set(1),
        deleted_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        updated_by: Set(None),
    }
    .insert(&other)
    .await
    .expect("insert");
    assert!(
        expansions(&app, "小黑盒").await.is_empty(),
        "trusted for a second"
    );
    clock.advance(chrono::Duration::milliseconds(1_100));
    assert_eq!(expansions(&app, "小黑盒").await, vec!["光猫".to_string()]);

    // delete a shipped entry; seeding again (the next start) leaves it deleted
    let shipped = nodes(&app, json!({ "text": "扣钱" })).await;
    let group = shipped
        .iter()
        .find(|n| n["source"] == "BUILTIN")
        .expect("shipped group");
    let b = app
        .as_user(
            "kb_editor",
            DELETE,
            json!({ "i": { "id": group["id"], "expectedVersion": group["version"] } }),
        )
        .await;
    assert!(b["errors"].is_null(), "{b}");
    app.services.seed_kb_synonyms().await.expect("seed again");
    assert!(nodes(&app, json!({ "text": "扣钱" }))
        .await
        .iter()
        .all(|n| n["id"] != group["id"]));
    assert!(!expansions(&app, "扣钱").await.contains(&"扣费".to_string()));
}

#[tokio::test]
async fn an_operators_thesaurus_expands_queries_below_the_domain_list_and_only_when_configured() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("thesaurus.txt");
    std::fs::write(&file, "# a general thesaurus\n计算机 电脑 微机\n").expect("write");
    let q = "query($q: String!) { kbSearch(query: $q) { hits { article { id } } } }";
    let found = |b: &Value| {
        b["data"]["kbSearch"]["hits"]
            .as_array()
            .unwrap_or_else(|| panic!("{b}"))
            .len()
    };
    for (configured, expect) in [(true, 1), (false, 0)] {
        let path = file.clone();
        let app = spawn_app_with(move |c| {
            if configured {
                c.thesaurus_file = Some(path);
            }
        })
        .await;
        publish_article(
            &app,
            "计算机无法开机怎么办",
            "客户的计算机按下电源键没有反应",
            "1. 检查电源线。",
        )
        .await;
        let b = app.as_user("agent", q, json!({ "q": "电脑" })).await;
        assert_eq!(found(&b), expect, "thesaurus configured: {configured}: {b}");
    }
}
