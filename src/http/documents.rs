//! Parsed GraphQL documents, cached by query text.
//!
//! Clients send the same few query texts over and over (the console's
//! queries, a load test's one), and parsing one with async-graphql's pest
//! parser cost more CPU than anything else in a small request. A parsed
//! document depends on the text alone, so it is kept by text and cloned into
//! each request. Everything that depends on the schema or the request still
//! runs every time: the recursion and directive limits, validation (field
//! existence, argument types, variables, depth and complexity), skipping by
//! `@skip`/`@include`. Texts that do not parse are not kept (the request
//! parses them again and gets async-graphql's error).
use async_graphql::parser::types::ExecutableDocument;
use std::sync::Arc;

/// Texts longer than this are parsed every time (they are rare, and a few of
/// them must not push out the common ones).
const MAX_TEXT: usize = 16 * 1024;
/// Memory bound of the cache: the texts plus about ten times their length
/// for the syntax tree.
const BYTES: u64 = 16 * 1024 * 1024;

#[derive(Clone)]
struct ByText;

impl quick_cache::Weighter<Arc<str>, Arc<ExecutableDocument>> for ByText {
    fn weight(&self, text: &Arc<str>, _doc: &Arc<ExecutableDocument>) -> u64 {
        (text.len() as u64 + 64) * 11
    }
}

pub struct Documents {
    cache: quick_cache::sync::Cache<Arc<str>, Arc<ExecutableDocument>, ByText>,
}

impl Default for Documents {
    fn default() -> Self {
        Documents {
            cache: quick_cache::sync::Cache::with_weighter(1024, BYTES, ByText),
        }
    }
}

impl Documents {
    /// The parsed document of `text`, from the cache or parsed now; `None` if
    /// it does not parse or is too long to keep.
    pub fn get(&self, text: &str) -> Option<ExecutableDocument> {
        if text.len() > MAX_TEXT {
            return None;
        }
        if let Some(doc) = self.cache.get(text) {
            return Some((*doc).clone());
        }
        let doc = async_graphql::parser::parse_query(text).ok()?;
        self.cache.insert(Arc::from(text), Arc::new(doc.clone()));
        Some(doc)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.cache.len()
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_parsed_once_and_served_from_the_cache_after() {
        let docs = Documents::default();
        let first = docs.get("{ __typename }").expect("parses");
        assert_eq!(docs.len(), 1);
        let second = docs.get("{ __typename }").expect("cached");
        assert_eq!(docs.len(), 1);
        assert_eq!(format!("{first:?}"), format!("{second:?}"));
    }

    #[test]
    fn a_text_that_does_not_parse_is_not_kept() {
        let docs = Documents::default();
        assert!(docs.get("{ complaints(").is_none());
        assert!(docs.is_empty());
    }

    #[test]
    fn a_very_long_text_is_not_kept() {
        let docs = Documents::default();
        let long = format!("{{ __typename {} }}", " ".repeat(MAX_TEXT));
        assert!(docs.get(&long).is_none());
        assert!(docs.is_empty());
    }
}
