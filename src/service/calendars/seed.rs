//! Start-up seeding, idempotent on every start and safe when two processes
//! start together (inserts are `ON CONFLICT DO NOTHING`):
//! - China's shipped holiday years (2025, 2026), each only when that year is
//!   not stored yet, so an admin's re-import is never overwritten;
//! - when no calendar exists at all: the default calendar 标准工作日历
//!   (09:00–12:00 and 13:30–18:00, Monday to Friday, official holidays,
//!   Asia/Shanghai) and 7×24 热线日历 (always open). Renamed or edited
//!   calendars are left alone on later starts.
use crate::audit::{self, Entry};
use crate::auth::RequestMeta;
use crate::db::entity::{calendar, holiday_year};
use crate::domain::calendar::{CalendarSpec, HolidayYear, Shift, CN_2025, CN_2026};
use crate::error::{AppError, AppResult};
use crate::service::Services;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::NotSet, EntityTrait, PaginatorTrait, Set, TryInsertResult};

/// Name of the seeded default calendar.
pub const STANDARD_NAME: &str = "标准工作日历";
/// Name of the seeded around-the-clock calendar.
pub const HOTLINE_NAME: &str = "7×24 热线日历";

/// 09:00–12:00 and 13:30–18:00, Monday to Friday, in Asia/Shanghai.
pub fn standard_spec() -> AppResult<CalendarSpec> {
    let (Some(morning), Some(afternoon)) =
        (Shift::hm((9, 0), (12, 0)), Shift::hm((13, 30), (18, 0)))
    else {
        return Err(AppError::internal_msg("standard shifts"));
    };
    Ok(CalendarSpec {
        shifts: vec![morning, afternoon],
        ..CalendarSpec::office_hours()
    })
}

/// Around the clock, every day.
pub fn hotline_spec() -> CalendarSpec {
    CalendarSpec {
        shifts: vec![Shift::all_day()],
        weekend: Vec::new(),
        ..CalendarSpec::office_hours()
    }
}

fn spec_json(spec: &CalendarSpec) -> AppResult<String> {
    serde_json::to_string(spec).map_err(AppError::internal)
}

impl Services {
    /// Seed the shipped holiday years and the two built-in calendars (see
    /// the module docs). Audited as the system when something was added.
    pub async fn seed_calendars(&self) -> AppResult<()> {
        let now = self.now();
        let meta = RequestMeta {
            request_id: "bootstrap".into(),
            ..Default::default()
        };
        let tx = self.db.write_tx().await?;
        let mut added: Vec<String> = Vec::new();
        for json in [CN_2025, CN_2026] {
            let year = HolidayYear::parse(json)
                .map_err(|e| AppError::internal_msg(format!("shipped holiday file: {e}")))?;
            let row = holiday_year::ActiveModel {
                year: Set(year.year),
                data: Set(json.to_string()),
                source: Set(year.source.chars().take(200).collect()),
                updated_by: Set(None),
                updated_at: Set(now),
            };
            let res = holiday_year::Entity::insert(row)
                .on_conflict_do_nothing()
                .exec_without_returning(&*tx)
                .await?;
            if matches!(res, TryInsertResult::Inserted(n) if n > 0) {
                added.push(format!("holidays {}", year.year));
            }
        }
        if calendar::Entity::find().count(&*tx).await? == 0 {
            let built_in = [
                (STANDARD_NAME, standard_spec()?, true, true),
                (HOTLINE_NAME, hotline_spec(), false, false),
            ];
            for (name, spec, official, is_default) in built_in {
                let row = calendar::ActiveModel {
                    id: NotSet,
                    name: Set(name.into()),
                    spec: Set(spec_json(&spec)?),
                    official_holidays: Set(official),
                    is_default: Set(is_default),
                    version: Set(1),
                    created_at: Set(now),
                    updated_at: Set(now),
                };
                let res = calendar::Entity::insert(row)
                    .on_conflict(
                        OnConflict::column(calendar::Column::Name)
                            .do_nothing()
                            .to_owned(),
                    )
                    .try_insert()
                    .exec_without_returning(&*tx)
                    .await?;
                if matches!(res, TryInsertResult::Inserted(n) if n > 0) {
                    added.push(format!("calendar {name}"));
                }
            }
        }
        if !added.is_empty() {
            let entry = Entry::new("calendar.seed", None)
                .actor_name("system")
                .detail(serde_json::json!({ "added": added }));
            audit::record(&tx, &meta, now, entry).await?;
        }
        tx.commit().await?;
        self.calendars.invalidate();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::WorkingCalendar;
    use chrono::Weekday;

    #[test]
    fn built_in_specs_are_valid_and_round_trip_as_json() {
        for spec in [standard_spec().expect("spec"), hotline_spec()] {
            let json = spec_json(&spec).expect("json");
            let back: CalendarSpec = serde_json::from_str(&json).expect("parse");
            assert_eq!(back, spec);
            assert!(WorkingCalendar::new(back).is_ok());
        }
        let standard = standard_spec().expect("spec");
        assert_eq!(standard.weekend, vec![Weekday::Sat, Weekday::Sun]);
        assert_eq!(standard.shifts.len(), 2);
    }
}
