//! A cap on how many fields one operation selects, counted on the parsed
//! document before validation: every field counts one, aliases and
//! `__typename` included, fragments inlined where they are spread. (The
//! complexity limit of async-graphql does not count `__typename`, so 5,000
//! aliases of it would otherwise pass.) Counting stops at the cap, so a
//! document of nested fragment spreads cannot make the count itself costly.
use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery};
use async_graphql::parser::types::{
    ExecutableDocument, FragmentDefinition, Selection, SelectionSet,
};
use async_graphql::{Name, Positioned, ServerError, ServerResult, Variables};
use std::collections::HashMap;
use std::sync::Arc;

/// Fragment spreads followed inside one another at most (cycles are refused
/// by validation later; this only bounds the count).
const MAX_SPREAD_DEPTH: usize = 32;

pub struct SelectionCap(pub usize);

impl ExtensionFactory for SelectionCap {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(SelectionCapExtension(self.0))
    }
}

struct SelectionCapExtension(usize);

#[async_graphql::async_trait::async_trait]
impl Extension for SelectionCapExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let doc = next.run(ctx, query, variables).await?;
        for (_, op) in doc.operations.iter() {
            if count(&op.node.selection_set.node, &doc.fragments, self.0, 0) > self.0 {
                return Err(ServerError::new(
                    format!(
                        "an operation may select at most {} fields (aliases and __typename included)",
                        self.0
                    ),
                    None,
                ));
            }
        }
        Ok(doc)
    }
}

/// Fields selected by `set`, up to just past `cap`.
pub fn count(
    set: &SelectionSet,
    fragments: &HashMap<Name, Positioned<FragmentDefinition>>,
    cap: usize,
    spread_depth: usize,
) -> usize {
    let mut n = 0;
    for item in &set.items {
        n += match &item.node {
            Selection::Field(f) => {
                1 + count(
                    &f.node.selection_set.node,
                    fragments,
                    cap - n.min(cap),
                    spread_depth,
                )
            }
            Selection::InlineFragment(f) => count(
                &f.node.selection_set.node,
                fragments,
                cap - n.min(cap),
                spread_depth,
            ),
            Selection::FragmentSpread(s) if spread_depth < MAX_SPREAD_DEPTH => {
                fragments.get(&s.node.fragment_name.node).map_or(0, |f| {
                    count(
                        &f.node.selection_set.node,
                        fragments,
                        cap - n.min(cap),
                        spread_depth + 1,
                    )
                })
            }
            Selection::FragmentSpread(_) => 0,
        };
        if n > cap {
            return n;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str, cap: usize) -> usize {
        let doc = async_graphql::parser::parse_query(text).expect("parses");
        let (_, op) = doc.operations.iter().next().expect("an operation");
        count(&op.node.selection_set.node, &doc.fragments, cap, 0)
    }

    #[test]
    fn every_field_alias_and_typename_counts_once_and_fragments_inline() {
        assert_eq!(fields("{ a b { c __typename } x: a }", 100), 5);
        assert_eq!(
            fields("{ a ...F ... on Q { b } } fragment F on Q { c d }", 100),
            4
        );
    }

    #[test]
    fn nested_spreads_stop_counting_past_the_cap() {
        // each level doubles: 2^20 fields if expanded
        let mut text = String::from("{ ...F0 }");
        for i in 0..20 {
            text.push_str(&format!(
                " fragment F{i} on Q {{ ...F{} ...F{} }}",
                i + 1,
                i + 1
            ));
        }
        text.push_str(" fragment F20 on Q { a }");
        let n = fields(&text, 1000);
        assert!(n > 1000 && n < 2000, "{n}");
    }
}
