//! Top-k of a weighted-term disjunction that does not walk the common
//! terms' postings where they cannot change the result (the idea of the
//! MaxScore algorithm, on tantivy's own scorers).
//!
//! Our queries carry dozens of terms, and the cost of a disjunction is the
//! number of postings it walks, most of them those of a few common terms
//! (`上门`, `费用`) whose score contribution is small. The result stays exact:
//!
//! 1. The top k of the rare terms alone gives θ, the k-th best partial
//!    score. Full scores are at least partial scores, so the final k-th best
//!    score is at least θ.
//! 2. Each term's score is bounded by its BM25 maximum. The cheapest terms
//!    whose maxima add up to no more than θ are *non-essential*: a document
//!    matching only them cannot beat θ, so cannot be in the top k.
//! 3. The top k is taken over documents matching an *essential* term; the
//!    non-essential terms are looked up (a forward seek) only for those that
//!    could still reach the threshold with them.
use super::collect::TopK;
use super::stats::QueryStats;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, Scorer, TermQuery, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, Score, Searcher, Term};

/// A term, its boost, its document frequency and its highest possible score.
struct Bounded {
    term: Term,
    boost: Score,
    doc_freq: u64,
    max_score: Score,
}

fn disjunction(terms: &[&Bounded]) -> BooleanQuery {
    term_union(terms.iter().map(|t| (t.term.clone(), t.boost)))
}

/// `term₁^boost₁ OR term₂^boost₂ OR …`, BM25-scored with term frequencies.
pub fn term_union(terms: impl IntoIterator<Item = (Term, Score)>) -> BooleanQuery {
    BooleanQuery::new(
        terms
            .into_iter()
            .map(|(term, boost)| {
                let q: Box<dyn Query> = Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                    boost,
                ));
                (Occur::Should, q)
            })
            .collect(),
    )
}

/// The `k` best documents for `term₁^boost₁ OR term₂^boost₂ OR …`, best
/// first, the same as [`super::collect::top_k`] on the equivalent `BooleanQuery`.
/// Terms in more than `rare_doc_freq` documents count as common.
pub fn top_k_terms(
    searcher: &Searcher,
    stats: &QueryStats<'_>,
    terms: &[(Term, Score)],
    k: usize,
    rare_doc_freq: u64,
) -> tantivy::Result<Vec<(Score, DocAddress)>> {
    Ok(pruned_top_k(searcher, stats, terms, k, rare_doc_freq)?.0)
}

/// `top_k_terms`, and how many terms were looked up only where they mattered.
fn pruned_top_k(
    searcher: &Searcher,
    stats: &QueryStats<'_>,
    terms: &[(Term, Score)],
    k: usize,
    rare_doc_freq: u64,
) -> tantivy::Result<(Vec<(Score, DocAddress)>, usize)> {
    let mut bounded: Vec<Bounded> = vec![];
    for (term, boost) in terms {
        let doc_freq = searcher.doc_freq(term)?;
        if doc_freq == 0 {
            continue;
        }
        let max_score =
            tantivy::query::Bm25Weight::for_terms(searcher, std::slice::from_ref(term))?
                .boost_by(*boost)
                .max_score();
        bounded.push(Bounded {
            term: term.clone(),
            boost: *boost,
            doc_freq,
            max_score,
        });
    }
    let all: Vec<&Bounded> = bounded.iter().collect();
    let scoring = stats.scoring();
    let plain = || {
        Ok((
            super::collect::top_k_scored(searcher, scoring, &disjunction(&all), k)?,
            0,
        ))
    };
    let rare: Vec<&Bounded> = all
        .iter()
        .copied()
        .filter(|t| t.doc_freq <= rare_doc_freq)
        .collect();
    if k == 0 || rare.is_empty() || rare.len() == all.len() {
        return plain();
    }
    // 1. a lower bound of the final threshold
    let partial = super::collect::top_k_scored(searcher, scoring, &disjunction(&rare), k)?;
    let Some(&(theta, _)) = partial.get(k - 1) else {
        return plain(); // fewer than k documents have a rare term
    };
    // 2. the cheapest terms that together cannot reach it
    let mut by_bound = all.clone();
    by_bound.sort_by(|a, b| a.max_score.total_cmp(&b.max_score));
    let mut slack: Score = 0.0;
    let mut cut = 0;
    while cut < by_bound.len() && slack + by_bound[cut].max_score < theta {
        slack += by_bound[cut].max_score;
        cut += 1;
    }
    if cut == 0 {
        return plain();
    }
    let (non_essential, essential) = by_bound.split_at(cut);
    // 3. the top k over documents with an essential term
    let essential = disjunction(essential).weight(scoring)?;
    let lookups: Vec<Box<dyn Weight>> = non_essential
        .iter()
        .map(|t| disjunction(&[t]).weight(scoring))
        .collect::<tantivy::Result<_>>()?;
    let mut top = TopK::new(k);
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        let mut scorers: Vec<Box<dyn Scorer>> = lookups
            .iter()
            .map(|w| w.scorer(reader, 1.0))
            .collect::<tantivy::Result<_>>()?;
        top.collect_segment_with(
            essential.as_ref(),
            ord as u32,
            reader,
            slack,
            |doc, score| {
                let mut score = score;
                for s in scorers.iter_mut() {
                    if s.doc() < doc {
                        s.seek(doc);
                    }
                    if s.doc() == doc {
                        score += s.score();
                    }
                }
                score
            },
        )?;
    }
    Ok((top.into_sorted(), cut))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{doc, Index};

    #[test]
    fn gives_the_same_top_k_as_the_plain_disjunction() {
        let mut b = Schema::builder();
        let title = b.add_text_field("title", TEXT);
        let body = b.add_text_field("body", TEXT);
        let index = Index::create_in_ram(b.build());
        let mut writer = index
            .writer_with_num_threads(1, 15_000_000)
            .expect("writer");
        // "common" and "often" are nearly everywhere, the rest ever rarer
        let words = ["common", "often", "some", "few", "rare", "unique"];
        let mut n: u64 = 7;
        for _ in 0..3 {
            for _ in 0..400 {
                let mut text = vec![];
                for (i, w) in words.iter().enumerate() {
                    n = n
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let roll = (n >> 33) % 100;
                    let chance = [90, 70, 30, 10, 4, 1][i];
                    for _ in 0..(1 + (n >> 40) % 3) {
                        if roll < chance {
                            text.push(*w);
                        }
                    }
                }
                text.push("filler");
                let t = if (n >> 20).is_multiple_of(5) {
                    "rare few"
                } else {
                    "common"
                };
                writer
                    .add_document(doc!(title => t, body => text.join(" ")))
                    .expect("add");
            }
            writer.commit().expect("commit");
        }
        let searcher = index.reader().expect("reader").searcher();
        let terms: Vec<(Term, Score)> = [
            (title, "rare", 3.0),
            (title, "common", 3.0),
            (body, "common", 1.0),
            (body, "often", 1.0),
            (body, "some", 0.6),
            (body, "few", 1.0),
            (body, "rare", 1.0),
            (body, "unique", 1.0),
            (body, "absent", 1.0),
        ]
        .into_iter()
        .map(|(f, w, b)| (Term::from_field_text(f, w), b))
        .collect();
        let plain = term_union(terms.clone());
        let mut pruned = 0;
        for k in [1, 5, 10, 50, 200, 5000] {
            let expected = crate::search::collect::top_k(&searcher, &plain, k).expect("plain");
            for rare in [10, 100, 400, 1000, 100_000] {
                let stats = QueryStats::new(&searcher);
                let (got, cut) =
                    pruned_top_k(&searcher, &stats, &terms, k, rare).expect("maxscore");
                pruned += cut;
                assert_eq!(got.len(), expected.len(), "k={k} rare={rare}");
                for (i, ((s1, _), (s2, _))) in got.iter().zip(&expected).enumerate() {
                    assert!(
                        (s1 - s2).abs() < 1e-4,
                        "k={k} rare={rare} #{i}: {s1} vs {s2}"
                    );
                }
            }
        }
        assert!(pruned > 0, "the common terms were never set aside");
    }
}
