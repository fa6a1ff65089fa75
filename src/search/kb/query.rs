//! The tantivy queries of a knowledge-base search: the filter on state and
//! category, and the two scored queries (words and bigrams) over title and body.
//!
//! Invariant: a lone CJK character in the bigram query matches any bigram it
//! starts (a prefix query); everything else is an exact term.
use super::{Filter, KbFields};
use crate::search::analysis::is_cjk;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RegexQuery, TermQuery};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::Term;

pub(super) fn filter_clause(f: &KbFields, filter: &Filter) -> Vec<(Occur, Box<dyn Query>)> {
    let mut must: Vec<(Occur, Box<dyn Query>)> = vec![];
    let states: Vec<(Occur, Box<dyn Query>)> = filter
        .states
        .iter()
        .map(|s| {
            let q: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(f.state, s),
                IndexRecordOption::Basic,
            ));
            (Occur::Should, q)
        })
        .collect();
    must.push((Occur::Must, Box::new(BooleanQuery::new(states))));
    if let Some((id, top)) = filter.category {
        let q: Box<dyn Query> = if top {
            Box::new(tantivy::query::TermQuery::new(
                Term::from_facet(f.cat, &Facet::from_path([id.to_string()])),
                IndexRecordOption::Basic,
            ))
        } else {
            Box::new(TermQuery::new(
                Term::from_field_u64(f.category, id as u64),
                IndexRecordOption::Basic,
            ))
        };
        must.push((Occur::Must, q));
    }
    must
}

fn term_queries(
    field_title: Field,
    field_body: Field,
    tokens: &[(String, f32)],
    title_boost: f32,
    prefix: bool,
) -> Vec<(Occur, Box<dyn Query>)> {
    let mut out: Vec<(Occur, Box<dyn Query>)> = vec![];
    for (t, w) in tokens {
        for (field, boost) in [(field_title, title_boost * w), (field_body, *w)] {
            let single_cjk = t.chars().count() == 1 && t.chars().all(is_cjk);
            let q: Box<dyn Query> = if prefix && single_cjk {
                // a lone character: any bigram that starts with it
                match RegexQuery::from_pattern(&format!("{}.", regex_escape(t)), field) {
                    Ok(q) => Box::new(q),
                    Err(_) => continue,
                }
            } else {
                Box::new(TermQuery::new(
                    Term::from_field_text(field, t),
                    IndexRecordOption::WithFreqs,
                ))
            };
            out.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
        }
    }
    out
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || is_cjk(c) {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

pub(super) fn with_filter(
    clauses: Vec<(Occur, Box<dyn Query>)>,
    f: &KbFields,
    filter: &Filter,
) -> BooleanQuery {
    let mut all = filter_clause(f, filter);
    all.push((Occur::Must, Box::new(BooleanQuery::new(clauses))));
    BooleanQuery::new(all)
}

/// One of the two scored queries: tokens looked for in a title and a body field.
pub(super) struct Scored<'a> {
    pub title: Field,
    pub body: Field,
    pub tokens: &'a [(String, f32)],
    pub title_boost: f32,
    /// A lone CJK character matches any bigram it starts.
    pub prefix: bool,
}

impl Scored<'_> {
    /// The weighted terms, unless a lone character needs a prefix match.
    pub(super) fn terms(&self) -> Option<Vec<(Term, f32)>> {
        let mut out = vec![];
        for (t, w) in self.tokens {
            if self.prefix && t.chars().count() == 1 && t.chars().all(is_cjk) {
                return None;
            }
            out.push((Term::from_field_text(self.title, t), self.title_boost * w));
            out.push((Term::from_field_text(self.body, t), *w));
        }
        Some(out)
    }

    pub(super) fn clauses(&self) -> Vec<(Occur, Box<dyn Query>)> {
        term_queries(
            self.title,
            self.body,
            self.tokens,
            self.title_boost,
            self.prefix,
        )
    }
}
