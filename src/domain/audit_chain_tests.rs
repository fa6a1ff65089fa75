use super::*;
use chrono::TimeZone;
use proptest::prelude::*;

struct Owned {
    seq: i64,
    at: DateTime<Utc>,
    actor_id: Option<i64>,
    action: String,
    detail: String,
    prev: String,
    hash: String,
}

impl Owned {
    fn record(&self) -> Record<'_> {
        Record {
            seq: self.seq,
            at: self.at,
            actor_kind: Some("user"),
            actor_id: self.actor_id,
            actor_name: Some("张三"),
            action: &self.action,
            outcome: "success",
            target_type: Some("complaint"),
            target_id: Some("42"),
            customer_id: None,
            fields: None,
            ip: Some("10.0.0.1"),
            request_id: None,
            detail: &self.detail,
        }
    }
}

fn chain(items: &[(i64, String)]) -> Vec<Owned> {
    let mut prev = GENESIS.to_string();
    let t0 = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
    items
        .iter()
        .enumerate()
        .map(|(i, (actor, detail))| {
            let mut o = Owned {
                seq: i as i64 + 1,
                at: t0 + chrono::Duration::microseconds(i as i64 * 1_234_567),
                actor_id: Some(*actor),
                action: "complaint.read".into(),
                detail: detail.clone(),
                prev: prev.clone(),
                hash: String::new(),
            };
            o.hash = hash(&o.record(), &o.prev);
            prev = o.hash.clone();
            o
        })
        .collect()
}

fn walk(rows: &[Owned]) -> Result<(), Problem> {
    let mut w = Walker::new();
    for r in rows {
        w.step(&r.record(), &r.prev, &r.hash)?;
    }
    Ok(())
}

#[test]
fn a_fixed_record_has_a_fixed_hash() {
    // the encoding is frozen: this hash must never change. The expected
    // value was computed by an independent implementation of the encoding
    // documented in the module (Python's struct and hashlib), so the
    // documentation and the code agree.
    let rows = chain(&[(7, "{}".into())]);
    assert_eq!(
        rows[0].hash,
        "181b3138d097e1ac58ffb53aeb1d1c03d8b8512983c3196b32de8c7e18dbd4d0"
    );
    let bytes = encode(&rows[0].record(), GENESIS);
    assert!(bytes.starts_with(b"kesu-audit-v1\0"));
    assert!(bytes.ends_with(&[0u8; 32]));
}

#[test]
fn null_and_empty_text_differ() {
    let rows = chain(&[(7, "{}".into())]);
    let mut r = rows[0].record();
    let a = hash(&r, GENESIS);
    r.request_id = Some("");
    assert_ne!(a, hash(&r, GENESIS));
}

#[test]
fn time_counts_to_the_microsecond_and_no_finer() {
    let rows = chain(&[(7, "{}".into())]);
    let mut r = rows[0].record();
    let a = hash(&r, GENESIS);
    r.at += chrono::Duration::nanoseconds(999);
    assert_eq!(a, hash(&r, GENESIS), "sub-microsecond digits are not kept");
    r.at += chrono::Duration::microseconds(1);
    assert_ne!(a, hash(&r, GENESIS));
}

#[test]
fn checkpoint_message_is_fixed() {
    let c = Checkpoint {
        seq: 12,
        head_hash: "ab".repeat(32),
        at: Utc.timestamp_micros(1_700_000_000_123_456).unwrap(),
    };
    assert_eq!(
        String::from_utf8(c.message()).unwrap(),
        format!(
            "kesu-audit-checkpoint-v1\n12\n{}\n1700000000123456\n",
            "ab".repeat(32)
        )
    );
}

fn items() -> impl Strategy<Value = Vec<(i64, String)>> {
    prop::collection::vec((1i64..50, "[a-z0-9{}:\"]{0,12}"), 2..30)
}

proptest! {
    #[test]
    fn an_untouched_chain_walks(items in items()) {
        prop_assert_eq!(walk(&chain(&items)), Ok(()));
    }

    #[test]
    fn any_edit_is_caught_at_its_record(items in items(), pick in any::<prop::sample::Index>()) {
        let mut rows = chain(&items);
        let i = pick.index(rows.len());
        rows[i].actor_id = rows[i].actor_id.map(|a| a + 1);
        prop_assert_eq!(walk(&rows), Err(Problem::Altered { seq: i as i64 + 1 }));
    }

    #[test]
    fn any_deletion_is_caught(items in items(), pick in any::<prop::sample::Index>()) {
        let mut rows = chain(&items);
        let i = pick.index(rows.len() - 1); // the last one is the truncation case
        rows.remove(i);
        let err = walk(&rows).unwrap_err();
        prop_assert_eq!(err.seq(), Some(i as i64 + 1));
    }

    #[test]
    fn a_record_inserted_with_a_valid_hash_is_caught(items in items(), pick in any::<prop::sample::Index>()) {
        // the forger recomputes the inserted record's hash and renumbers
        // everything after it, but cannot re-link the next record without
        // editing it as well
        let mut rows = chain(&items);
        let i = pick.index(rows.len());
        let mut forged = Owned {
            seq: rows[i].seq,
            at: rows[i].at,
            actor_id: Some(999),
            action: "login".into(),
            detail: "{}".into(),
            prev: rows[i].prev.clone(),
            hash: String::new(),
        };
        forged.hash = hash(&forged.record(), &forged.prev);
        for r in rows.iter_mut().skip(i) {
            r.seq += 1;
        }
        rows.insert(i, forged);
        prop_assert!(walk(&rows).is_err());
    }

    #[test]
    fn a_walk_from_the_middle_agrees(items in items(), pick in any::<prop::sample::Index>()) {
        let rows = chain(&items);
        let i = pick.index(rows.len() - 1) + 1;
        let mut w = Walker::from(rows[i].seq, rows[i - 1].hash.clone());
        for r in &rows[i..] {
            prop_assert_eq!(w.step(&r.record(), &r.prev, &r.hash), Ok(()));
        }
        prop_assert_eq!(w.head(), rows.last().unwrap().hash.as_str());
    }
}
