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

fn term_queries(s: &Scored<'_>) -> Vec<(Occur, Box<dyn Query>)> {
    let prefix = s.prefix;
    let mut out: Vec<(Occur, Box<dyn Query>)> = vec![];
    for (t, w) in s.tokens {
        for (field, boost) in s.fields(*w) {
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
    /// The usage-evidence field and its weight, if searched.
    pub usage: Option<(Field, f32)>,
    /// A lone CJK character matches any bigram it starts.
    pub prefix: bool,
}

impl Scored<'_> {
    /// The fields a token of weight `w` is looked for in, with their boosts.
    fn fields(&self, w: f32) -> impl Iterator<Item = (Field, f32)> {
        [(self.title, self.title_boost * w), (self.body, w)]
            .into_iter()
            .chain(self.usage.map(|(field, boost)| (field, boost * w)))
    }

    /// The weighted terms, unless a lone character needs a prefix match.
    pub(super) fn terms(&self) -> Option<Vec<(Term, f32)>> {
        let mut out = vec![];
        for (t, w) in self.tokens {
            if self.prefix && t.chars().count() == 1 && t.chars().all(is_cjk) {
                return None;
            }
            for (field, boost) in self.fields(*w) {
                out.push((Term::from_field_text(field, t), boost));
            }
        }
        Some(out)
    }

    pub(super) fn clauses(&self) -> Vec<(Occur, Box<dyn Query>)> {
        term_queries(self)
    }
}
