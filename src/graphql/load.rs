//! Reaching the per-request loaders from a resolver, and building a Relay
//! connection from a service page: the plumbing every object type shares.
use super::req;
use crate::service::page::Page;
use async_graphql::connection::Connection;
use async_graphql::dataloader::{DataLoader, HashMapCache, NoCache};
use async_graphql::{Context, Result};

use super::loaders::LoaderError;

pub(crate) async fn load<L, V>(ctx: &Context<'_>, key: Option<i64>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<i64, Value = V, Error = LoaderError>,
    V: Clone + Send + Sync + 'static,
{
    load_with::<L, i64, V, NoCache>(ctx, key).await
}

/// Load through a loader keyed by a read token (complaint data).
pub(crate) async fn load_read<L, K, V>(ctx: &Context<'_>, key: Option<K>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<K, Value = V, Error = LoaderError>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    V: Clone + Send + Sync + 'static,
{
    load_with::<L, K, V, NoCache>(ctx, key).await
}

/// Same, for the loaders that keep a per-request cache.
pub(crate) async fn load_cached<L, K, V>(ctx: &Context<'_>, key: Option<K>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<K, Value = V, Error = LoaderError>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    V: Clone + Send + Sync + 'static,
{
    load_with::<L, K, V, HashMapCache>(ctx, key).await
}

pub(crate) async fn load_with<L, K, V, C>(ctx: &Context<'_>, key: Option<K>) -> Result<Option<V>>
where
    L: async_graphql::dataloader::Loader<K, Value = V, Error = LoaderError>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    V: Clone + Send + Sync + 'static,
    C: async_graphql::dataloader::CacheFactory + 'static,
{
    let Some(k) = key else { return Ok(None) };
    ctx.data_unchecked::<DataLoader<L, C>>()
        .load_one(k)
        .await
        .map_err(|e| {
            super::gql_error(
                crate::error::AppError::internal_msg(e.0.to_string()),
                &req(ctx).meta,
            )
        })
}

/// Build a connection from a service page.
pub fn connection<T, N, E>(
    page: Page<T>,
    wrap: impl Fn(T) -> N,
    extra: E,
) -> Connection<String, N, E>
where
    N: async_graphql::OutputType,
    E: async_graphql::ObjectType,
{
    let mut c = Connection::with_additional_fields(page.has_previous, page.has_next, extra);
    c.edges.extend(
        page.items
            .into_iter()
            .map(|(cursor, item)| async_graphql::connection::Edge::new(cursor, wrap(item))),
    );
    c
}
