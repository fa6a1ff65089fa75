//! The official holiday arrangement per year: listing and importing. An
//! import replaces the stored year as a whole; the file is checked by
//! `HolidayYear::parse`, and every calendar with official holidays must
//! still build with it, before anything is written.
use super::views::HolidayYearView;
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::holiday_year;
use crate::domain::calendar::{HolidayError, HolidayYear, WorkingCalendar};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult, Reason};
use crate::service::Services;
use sea_orm::sea_query::OnConflict;
use sea_orm::{EntityTrait, Set};

/// Largest holiday file accepted (a real one is about 1 KB).
pub const MAX_FILE_BYTES: usize = 64 * 1024;
/// Years an arrangement may be imported for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// A refused holiday file as the API error with its reason.
fn file_error(e: HolidayError) -> AppError {
    let reason = match e {
        HolidayError::MakeupNotWeekend { .. } => Reason::MakeupNotWeekend,
        _ => Reason::HolidayFileInvalid,
    };
    AppError::because(reason, e.to_string()).on_field("json")
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct Imported {
    pub year: HolidayYearView,
    /// An earlier arrangement for the same year was replaced.
    pub replaced: bool,
}

impl Services {
    /// The stored official years, oldest first (any signed-in user).
    pub async fn holiday_years(&self, _actor: &Actor) -> AppResult<Vec<HolidayYearView>> {
        let snapshot = self.calendars_snapshot().await?;
        Ok(snapshot.years().iter().map(HolidayYearView::from).collect())
    }

    /// Import one year's arrangement (`calendar.manage`; `None` is the
    /// system, for the command line). Replaces the stored year; audited.
    pub async fn import_holiday_year(
        &self,
        actor: Option<&Actor>,
        meta: &RequestMeta,
        json: &str,
    ) -> AppResult<Imported> {
        if let Some(a) = actor {
            self.enforce(a, meta, "holiday_year.import", Permission::CalendarManage)
                .await?;
        }
        if json.len() > MAX_FILE_BYTES {
            return Err(AppError::because(
                Reason::HolidayFileInvalid,
                format!("a holiday file is at most {MAX_FILE_BYTES} bytes"),
            )
            .on_field("json"));
        }
        let year = HolidayYear::parse(json).map_err(file_error)?;
        if !YEARS.contains(&year.year) {
            return Err(AppError::because(
                Reason::HolidayFileInvalid,
                format!(
                    "year {} is outside {}..={}",
                    year.year,
                    YEARS.start(),
                    YEARS.end()
                ),
            )
            .on_field("json"));
        }
        // every calendar with official holidays must still build
        let snapshot = self.calendars_snapshot().await?;
        let others = snapshot.years().iter().filter(|y| y.year != year.year);
        for cal in snapshot.all().filter(|c| c.official_holidays) {
            let mut spec = cal.spec.clone();
            for y in others.clone().chain(std::iter::once(&year)) {
                spec.add_year(y);
            }
            WorkingCalendar::new(spec).map_err(|e| {
                AppError::because(
                    Reason::HolidayFileInvalid,
                    format!("calendar {} would not build: {e}", cal.name),
                )
                .on_field("json")
            })?;
        }
        let replaced = snapshot.years().iter().any(|y| y.year == year.year);
        let source: String = year.source.trim().chars().take(200).collect();
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let row = holiday_year::ActiveModel {
            year: Set(year.year),
            data: Set(json.to_string()),
            source: Set(source.clone()),
            updated_by: Set(actor.map(|a| a.user_id.0)),
            updated_at: Set(now),
        };
        holiday_year::Entity::insert(row)
            .on_conflict(
                OnConflict::column(holiday_year::Column::Year)
                    .update_columns([
                        holiday_year::Column::Data,
                        holiday_year::Column::Source,
                        holiday_year::Column::UpdatedBy,
                        holiday_year::Column::UpdatedAt,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&*tx)
            .await?;
        let mut entry = Entry::new("holiday_year.import", actor)
            .target("holiday_year", year.year)
            .detail(serde_json::json!({
                "year": year.year,
                "source": source,
                "replaced": replaced,
                "daysOff": year.days_off().count(),
                "makeupWorkdays": year.makeup_workdays().map(|d| d.to_string()).collect::<Vec<_>>(),
            }));
        if actor.is_none() {
            entry = entry.actor_name("system");
        }
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        self.calendars.invalidate();
        Ok(Imported {
            year: HolidayYearView::from(&year),
            replaced,
        })
    }
}
