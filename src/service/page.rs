//! Generic paging helpers: Relay-style pages, page sizes, keyset cursors and
//! id-ordered pages over any entity.
use crate::error::{AppError, AppResult};
use base64::Engine;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select};

/// One page of a keyset-paginated list.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<(String, T)>,
    pub has_next: bool,
    pub has_previous: bool,
}

pub const MAX_PAGE: u64 = 100;

pub const DEFAULT_PAGE: u64 = 20;

pub(crate) fn page_size(first: Option<i64>) -> AppResult<u64> {
    match first {
        None => Ok(DEFAULT_PAGE),
        Some(n) if n < 1 || n as u64 > MAX_PAGE => Err(AppError::bad_input(
            "first",
            format!("first must be between 1 and {MAX_PAGE}"),
        )),
        Some(n) => Ok(n as u64),
    }
}

pub(crate) fn encode_cursor(key: Option<i64>, id: i64) -> String {
    let raw = match key {
        Some(k) => format!("{k}:{id}"),
        None => format!(":{id}"),
    };
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
}

pub(crate) fn decode_cursor(s: &str) -> AppResult<(Option<i64>, i64)> {
    let bad = || AppError::bad_input("after", "invalid cursor");
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s)
        .map_err(|_| bad())?;
    let raw = String::from_utf8(raw).map_err(|_| bad())?;
    let (k, id) = raw.split_once(':').ok_or_else(bad)?;
    let id: i64 = id.parse().map_err(|_| bad())?;
    let key = if k.is_empty() {
        None
    } else {
        Some(k.parse().map_err(|_| bad())?)
    };
    Ok((key, id))
}

/// One page of rows ordered by id, before they become views.
pub(crate) struct IdPage<M> {
    pub rows: Vec<M>,
    pub has_next: bool,
    pub has_previous: bool,
}

impl<M> IdPage<M> {
    /// The page as views, each with its cursor.
    pub fn into_page<T>(self, view: impl Fn(M) -> (i64, T)) -> Page<T> {
        Page {
            items: self
                .rows
                .into_iter()
                .map(|m| {
                    let (id, v) = view(m);
                    (encode_cursor(None, id), v)
                })
                .collect(),
            has_next: self.has_next,
            has_previous: self.has_previous,
        }
    }
}

impl<M> IdPage<M> {
    /// The page as views built by a conversion that may fail (a stored
    /// code the domain does not know), each with the cursor of its id.
    pub fn try_into_page<T>(
        self,
        view: impl Fn(M) -> AppResult<T>,
        id: impl Fn(&T) -> i64,
    ) -> AppResult<Page<T>> {
        let items = self
            .rows
            .into_iter()
            .map(|m| {
                let v = view(m)?;
                Ok((encode_cursor(None, id(&v)), v))
            })
            .collect::<AppResult<Vec<_>>>()?;
        Ok(Page {
            items,
            has_next: self.has_next,
            has_previous: self.has_previous,
        })
    }
}

/// Keyset pagination by id over an already filtered query: `first` rows
/// after the `after` cursor, newest (highest id) first or oldest first.
pub(crate) async fn id_page<E, Col, Db>(
    db: &Db,
    mut q: Select<E>,
    id: Col,
    first: Option<i64>,
    after: Option<&str>,
    newest_first: bool,
) -> AppResult<IdPage<E::Model>>
where
    E: EntityTrait,
    Col: ColumnTrait,
    Db: sea_orm::ConnectionTrait,
{
    let first = page_size(first)?;
    let cursor = after.map(decode_cursor).transpose()?;
    if let Some((_, after_id)) = cursor {
        q = q.filter(if newest_first {
            id.lt(after_id)
        } else {
            id.gt(after_id)
        });
    }
    q = if newest_first {
        q.order_by_desc(id)
    } else {
        q.order_by_asc(id)
    };
    let mut rows = q.limit(first + 1).all(db).await?;
    let has_next = rows.len() as u64 > first;
    rows.truncate(first as usize);
    Ok(IdPage {
        rows,
        has_next,
        has_previous: cursor.is_some(),
    })
}
