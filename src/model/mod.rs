//! The vocabulary of the pipeline: entities, mentions, relations and their evidence.
//!
//! Nothing here depends on any other module; every stage speaks these types.

pub mod choice;
pub mod ids;
pub mod polarity;
pub mod slug;
pub mod warning;

pub use choice::Choice;
pub use ids::{EntityIx, RelationIx};
pub use polarity::Polarity;
pub use warning::WarningKind;

use serde::{Deserialize, Serialize};
use std::fmt;

/// The stable id of an entity, as written in the gazetteer (`kerry`, `usa`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub String);

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What kind of thing an entity is; decides how it may act in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Country,
    Place,
}

impl EntityKind {
    /// All kinds, in the order used for reports.
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Country,
        EntityKind::Place,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
        }
    }

    /// Parses the gazetteer spelling (`person`, `organization`/`organisation`, `country`, `place`).
    pub fn parse(s: &str) -> Option<EntityKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" => Some(EntityKind::Person),
            "organization" | "organisation" | "org" => Some(EntityKind::Organization),
            "country" => Some(EntityKind::Country),
            "place" | "location" => Some(EntityKind::Place),
            _ => None,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Grammatical gender of a person, used only to resolve "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gender {
    Male,
    Female,
}

/// A role an entity holds, optionally bounded by ISO dates (`from` inclusive, `to` exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}

impl Entity {
    /// An entity known only by its id, which is also its label and only alias; the other
    /// fields are empty (`Entity { gender: .., ..Entity::named("kerry", Person) }`).
    pub fn named(id: &str, kind: EntityKind) -> Entity {
        Entity {
            id: EntityId(id.to_string()),
            label: id.to_string(),
            kind,
            aliases: vec![id.to_string()],
            affiliation: None,
            role: String::new(),
            code: String::new(),
            gender: None,
            stands_for: None,
            roles: vec![],
            demonyms: vec![],
            origin: Origin::Gazetteer,
        }
    }

    /// The role held on `date`: of those in force, the one that began last. `None` when the date
    /// is unknown or no dated role covers it.
    pub fn role_on(&self, date: Option<Date>) -> Option<&Role> {
        let d = date?;
        self.roles
            .iter()
            .filter(|r| r.holds_on(Some(d)))
            .max_by_key(|r| r.from)
    }
}

impl Role {
    /// Whether the role is held on `date` (an unknown date matches every role).
    pub fn holds_on(&self, date: Option<Date>) -> bool {
        let Some(d) = date else { return true };
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d < t)
    }
}

/// One entry of the gazetteer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entity {
    pub id: EntityId,
    pub label: String,
    pub kind: EntityKind,
    /// Surface forms that name the entity (the label is always one of them).
    pub aliases: Vec<String>,
    /// The country or organisation a person or body belongs to.
    pub affiliation: Option<EntityId>,
    /// A short description of the entity's best-known role.
    pub role: String,
    /// An event-data actor code (CAMEO style, e.g. `USAGOV`), when known.
    pub code: String,
    pub gender: Option<Gender>,
    /// The actor a place stands for when it acts ("Washington says" → the United States).
    pub stands_for: Option<EntityId>,
    /// Dated roles, with the titles that refer to their holder ("the secretary of state").
    pub roles: Vec<Role>,
    /// Adjectives that name the entity as a collective actor ("Russian officials").
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Whether a gazetteer lists the entity or the build found it in the text.
    #[serde(default, skip_serializing_if = "Origin::is_gazetteer")]
    pub origin: Origin,
}

/// Where an entity comes from: a gazetteer row, or discovery from the way news names actors
/// ("Chancellor Olaf Scholz"), so an analyst can review what no list vouches for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    #[default]
    Gazetteer,
    Discovered,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Gazetteer => "gazetteer",
            Origin::Discovered => "discovered",
        }
    }

    pub fn is_gazetteer(&self) -> bool {
        *self == Origin::Gazetteer
    }
}

/// A calendar date (proleptic Gregorian), ordered, printed as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let mut it = s.split('-');
        let y: i32 = it.next()?.parse().ok()?;
        let m: u8 = it.next()?.parse().ok()?;
        let d: u8 = it.next()?.parse().ok()?;
        if it.next().is_some() {
            return None;
        }
        Date::new(y, m, d)
    }

    /// A checked constructor: `None` for a day that does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), for date arithmetic.
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The inverse of [`Date::to_days`].
    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date {
            year: (y + i64::from(m <= 2)) as i32,
            month: m,
            day: d,
        }
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("bad date {s:?}")))
    }
}

/// A half-open range of character (Unicode scalar) offsets into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Where a relation was read: enough to find and quote the sentence again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// The input file's name (or path relative to the input root).
    pub doc: String,
    /// Zero-based index of the sentence in the document.
    pub sentence: usize,
    /// Character span of the trigger word or phrase in the document.
    pub span: Span,
    /// The trigger as written ("rejects", "talks").
    pub trigger: String,
    /// The sentence text, whitespace collapsed.
    pub text: String,
}

/// One relation instance as the pipeline carries it: who did what to whom, once, in one
/// sentence, with entities and the relation as rows of the loaded dictionary.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Relation {
    pub source: EntityIx,
    pub relation: RelationIx,
    pub target: EntityIx,
    /// Whether the sentence asserts, denies ("did not make any threats") or hedges ("may meet") it.
    pub polarity: Polarity,
    /// When it happened, where the sentence or the document says.
    pub date: Option<Date>,
    /// Where it happened, where the sentence says ("in Helsinki").
    pub place: Option<EntityIx>,
    /// The source's and the target's role on the relation's date, from the gazetteer's dated
    /// roles ("U.S. Secretary of State" for Kerry in 2014, "U.S. Senator" in 2012).
    pub roles: RolesAtDate,
    pub evidence: Evidence,
}

/// How often one entity is mentioned (by name or title) in one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionCount {
    pub entity: EntityIx,
    pub count: u32,
}

/// Roles and actor codes of a relation's two sides at its date (empty where unknown).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RolesAtDate {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source_role: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source_code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_role: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_code: String,
}
