//! The sentence encoder in Rust against the reference: SentencePiece's C++
//! library for the piece ids, and the published NumPy implementation
//! (per-branch layer norm) for the embeddings, on a fixed set of sentences
//! (`tests/fixtures/dense_encoder.json`, written by those libraries).
use crate::helpers::model_dir;
use kesu::search::dense::Encoder;
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("../fixtures/dense_encoder.json")).expect("fixture")
}

#[test]
fn pieces_and_embeddings_match_the_reference_implementations() {
    let encoder = Encoder::load(&model_dir()).expect("load the encoder");
    let f = fixture();
    let texts = f["texts"].as_array().expect("texts");
    for (text, ids) in texts.iter().zip(f["ids"].as_array().expect("ids")) {
        let text = text.as_str().expect("text");
        // the fixture's texts are Simplified or convert to what the
        // reference saw only where they already are: compare the raw pieces
        let want: Vec<u32> = ids
            .as_array()
            .expect("ids")
            .iter()
            .map(|v| v.as_u64().expect("id") as u32)
            .collect();
        assert_eq!(
            encoder.pieces_raw(text),
            want,
            "SentencePiece pieces of {text:?}"
        );
    }
    for (text, want) in texts
        .iter()
        .zip(f["embeddings"].as_array().expect("vectors"))
    {
        let text = text.as_str().expect("text");
        let want: Vec<f32> = want
            .as_array()
            .expect("vector")
            .iter()
            .map(|v| v.as_f64().expect("value") as f32)
            .collect();
        let got = encoder.encode_raw(text);
        let cosine: f32 = got.iter().zip(&want).map(|(a, b)| a * b).sum();
        assert!(
            cosine > 0.999,
            "embedding of {text:?}: cosine {cosine} with the reference"
        );
    }
}

#[test]
fn paraphrases_are_nearer_than_other_problems() {
    let encoder = Encoder::load(&model_dir()).expect("load the encoder");
    let q = |t: &str| encoder.encode_quantized(t);
    let slow = q("网速太慢了，刷个网页都卡");
    let same = q("宽带速率低，上网很卡");
    let traditional = q("網速太慢了，刷個網頁都卡");
    let other = q("信用卡年费为什么扣了两次");
    assert!(
        slow.cosine(&same) > slow.cosine(&other) + 0.1,
        "{} vs {}",
        slow.cosine(&same),
        slow.cosine(&other)
    );
    assert!(
        slow.cosine(&traditional) > 0.99,
        "Traditional text is converted before encoding: {}",
        slow.cosine(&traditional)
    );
}

fn article(id: i64, title: &str, scenario: &str, solution: &str) -> kesu::search::kb::ArticleDoc {
    kesu::search::kb::ArticleDoc {
        article_id: id,
        version_id: id * 10,
        state: kesu::search::kb::PUBLISHED,
        category_id: 1,
        top_category_id: 1,
        title: title.into(),
        tags: vec![],
        body: format!("{scenario}\n{solution}"),
        usage: String::new(),
        gist: kesu::search::kb::gist(title, scenario, solution),
    }
}

fn ids(engine: &kesu::search::SearchEngine, query: &str) -> Vec<i64> {
    let filter = kesu::search::kb::Filter {
        states: vec![kesu::search::kb::PUBLISHED],
        category: None,
    };
    let (result, _) = engine
        .search_kb(query, &filter, 5, kesu::search::kb::Counts::None)
        .expect("search");
    result.hits.iter().map(|h| h.article_id).collect()
}

/// An index built before the encoder was installed is rebuilt with
/// embeddings when it is (the server does this at startup), and the
/// encoder then finds what the words alone miss; a query about nothing in
/// the knowledge base still finds nothing.
#[test]
fn an_index_without_embeddings_is_rebuilt_once_the_encoder_is_installed() {
    use kesu::search::{synonyms::Synonyms, KbChange, SearchEngine};
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = [
        article(
            1,
            "宽带速率低的排查",
            "用户反映带宽达不到签约值",
            "先测试速率，再检查光猫和路由器，必要时派单上门。",
        ),
        article(
            2,
            "信用卡年费争议",
            "用户对信用卡年费扣收有异议",
            "核实年费减免条件，符合条件的予以退还。",
        ),
        article(
            3,
            "快递延误投诉",
            "包裹超过承诺时效未送达",
            "联系承运商核实物流轨迹，按规则补偿。",
        ),
    ];
    let changes: Vec<KbChange> = docs
        .iter()
        .map(|d| KbChange {
            article_id: d.article_id,
            docs: vec![d.clone()],
        })
        .collect();
    {
        let engine = SearchEngine::open(dir.path(), Synonyms::default(), None).expect("open");
        engine.apply(&changes, &[], 1).expect("apply");
        assert!(!engine.needs_rebuild(), "no encoder, nothing missing");
        assert!(
            !ids(&engine, "网速太慢了").contains(&1),
            "the words alone do not connect 网速太慢 with 宽带速率低"
        );
    }
    let encoder = std::sync::Arc::new(Encoder::load(&model_dir()).expect("encoder"));
    let engine =
        SearchEngine::open(dir.path(), Synonyms::default(), Some(encoder.clone())).expect("reopen");
    assert!(engine.needs_rebuild(), "articles without embeddings");
    engine.rebuild(&changes, &[], 1).expect("rebuild");
    assert!(!engine.needs_rebuild());
    assert_eq!(ids(&engine, "网速太慢了").first(), Some(&1));
    assert_eq!(
        ids(&engine, "ABCDEFG 12345"),
        Vec::<i64>::new(),
        "nothing near noise"
    );
    // a change applied later is embedded as it is indexed
    let more = [KbChange {
        article_id: 4,
        docs: vec![article(
            4,
            "手机信号差",
            "室内手机没有信号，电话打不出去",
            "核查基站覆盖，必要时加装室分设备。",
        )],
    }];
    engine.apply(&more, &[], 2).expect("apply");
    assert!(!engine.needs_rebuild());
    assert_eq!(ids(&engine, "屋里手机一格信号都没有").first(), Some(&4));
}

fn complaint(id: i64, title: &str, description: &str) -> kesu::search::ComplaintChange {
    use kesu::search::complaints::{gist, ComplaintDoc};
    kesu::search::ComplaintChange {
        complaint_id: id,
        doc: Some(ComplaintDoc {
            complaint_id: id,
            category_id: 1,
            title: title.into(),
            body: description.into(),
            gist: gist(title, description, None),
        }),
        purge: false,
    }
}

/// Complaints are embedded as indexed, and each text is encoded once: a
/// rebuild reuses the vectors already in the index, "complaints like this
/// one" finds the complaint's own vector by its text, and only an edited
/// text is encoded again. With the encoder, a complaint about the same
/// problem in other words ranks above one about the same product.
#[test]
fn complaint_embeddings_are_computed_once_per_text() {
    use kesu::search::{synonyms::Synonyms, SearchEngine};
    let dir = tempfile::tempdir().expect("tempdir");
    let all = [
        complaint(
            1,
            "宽带每晚掉线",
            "家里宽带一到晚上八点就断网，重启光猫也没用。",
        ),
        complaint(
            2,
            "晚上上不了网",
            "每天晚上网络老是断，白天倒是好好的，影响孩子上网课。",
        ),
        complaint(
            3,
            "宽带费用多扣",
            "这个月宽带账单多扣了五十元，套餐没有变。",
        ),
        complaint(4, "信用卡年费", "没开通的信用卡被收了年费。"),
    ];
    {
        let engine = SearchEngine::open(dir.path(), Synonyms::default(), None).expect("open");
        engine.apply(&[], &all, 1).expect("apply");
        assert!(!engine.needs_rebuild(), "no encoder, nothing missing");
        assert_eq!(engine.encoded(), 0);
    }
    let encoder = std::sync::Arc::new(Encoder::load(&model_dir()).expect("encoder"));
    let engine =
        SearchEngine::open(dir.path(), Synonyms::default(), Some(encoder.clone())).expect("reopen");
    assert!(engine.needs_rebuild(), "complaints without embeddings");
    engine.rebuild(&[], &all, 1).expect("rebuild");
    assert!(!engine.needs_rebuild());
    assert_eq!(engine.encoded(), 4, "each complaint encoded once");
    engine.rebuild(&[], &all, 1).expect("rebuild again");
    assert_eq!(engine.encoded(), 4, "a rebuild reuses the stored vectors");

    let source = kesu::search::complaints::gist(
        "宽带每晚掉线",
        "家里宽带一到晚上八点就断网，重启光猫也没用。",
        None,
    );
    let similar = engine
        .similar_complaints(
            &source,
            kesu::search::complaints::Like {
                exclude: Some(1),
                category_id: Some(1),
            },
            3,
        )
        .expect("similar");
    assert_eq!(engine.encoded(), 4, "the complaint's own vector is reused");
    assert!(similar.iter().all(|s| s.semantic && s.complaint_id != 1));
    assert!(
        similar.iter().any(|s| s.complaint_id == 2),
        "the same problem in other words is found: {similar:?}"
    );
    let e = |c: &kesu::search::ComplaintChange| {
        let d = c.doc.as_ref().expect("doc");
        encoder.encode_quantized(&d.gist)
    };
    let (one, two, three) = (e(&all[0]), e(&all[1]), e(&all[2]));
    assert!(
        one.cosine(&two) > one.cosine(&three),
        "the same problem is nearer than the same product's other problem"
    );

    // an unchanged complaint re-indexed (a status change) is not encoded
    // again; an edited one is
    engine.apply(&[], &all[..1], 2).expect("apply unchanged");
    assert_eq!(engine.encoded(), 4);
    engine
        .apply(
            &[],
            &[complaint(
                3,
                "宽带费用多扣",
                "账单里多了一笔五十元的增值业务费。",
            )],
            3,
        )
        .expect("apply edited");
    assert_eq!(engine.encoded(), 5);
    assert!(!engine.needs_rebuild());
}

/// Installing the encoder on a running centre: the first start serves at
/// once, searching by words, and the index is rebuilt with embeddings
/// afterwards (by the indexer, `embed_missing`), instead of the server
/// waiting until every complaint is embedded (minutes at 100,000).
#[tokio::test]
async fn the_first_start_with_a_new_encoder_serves_at_once_and_embeds_afterwards() {
    use crate::helpers::{demo_agent_kb_search, fresh_database_url};
    let clock = || std::sync::Arc::new(kesu::domain::SystemClock);
    let dir = tempfile::tempdir().expect("dir");
    let config = kesu::config::Config {
        data_dir: dir.path().to_path_buf(),
        database_url: fresh_database_url(dir.path()).await,
        model_dir: None,
        ..Default::default()
    };
    let services = kesu::startup::build_services(config.clone(), clock())
        .await
        .expect("services");
    kesu::demo::seed(&services, 5).await.expect("seed");
    services.reindex().await.expect("index by words");
    assert!(
        !services.search_needs_rebuild(),
        "no encoder, nothing missing"
    );
    drop(services);

    let with_encoder = kesu::config::Config {
        model_dir: Some(model_dir()),
        ..config
    };
    let services = kesu::startup::build_services(with_encoder, clock())
        .await
        .expect("services start without embedding first");
    assert!(services.search_encoder().is_some(), "the encoder is loaded");
    assert!(!services.search_was_stale());
    assert!(
        services.search_lacks_embeddings(),
        "nothing was embedded before the services were handed over"
    );
    let search = || async { demo_agent_kb_search(&services, "充不进电").await.hits.len() };
    assert!(search().await > 0, "search works by its words meanwhile");

    let n = services
        .embed_missing()
        .await
        .expect("embed")
        .expect("documents were missing their embeddings");
    assert!(n > 5, "articles and complaints: {n}");
    assert!(!services.search_lacks_embeddings());
    assert!(search().await > 0);
    assert_eq!(services.embed_missing().await.expect("again"), None);
}
