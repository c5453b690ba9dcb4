//! `office.toml`: the office's own digital tools, its guest network and
//! its drop-in times for digital help. Optional: without it the kiosk has
//! no "Digital tools" tile.

use std::collections::{BTreeMap, HashSet};

use chrono::Weekday;
use serde::Deserialize;
use toml::Spanned;

use crate::content::office::{DropInDay, Office, Tool, Wifi, WifiSecurity};
use crate::hours::DayHours;

use super::{Ctx, Files, ProblemKind, S, parse};

pub(super) const FILE: &str = "office.toml";

#[derive(Deserialize, Default)]
struct RawOffice {
    #[serde(default)]
    tools: Vec<Spanned<RawTool>>,
    /// Weekday name → "HH:MM-HH:MM[, …]" (as the opening hours).
    #[serde(default)]
    drop_in: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize)]
struct RawTool {
    id: S<String>,
    icon: S<String>,
    network: Option<Spanned<RawNetwork>>,
    #[serde(default)]
    drop_in: bool,
}

#[derive(Deserialize)]
struct RawNetwork {
    ssid: S<String>,
    security: S<String>,
    password: S<String>,
    #[serde(default)]
    hidden: bool,
}

/// Reads `office.toml` when there is one; every tool id (complete or not)
/// goes into `known` so its texts are not reported as unknown.
pub(super) fn load(
    files: &Files,
    known: &mut HashSet<String>,
    problems: &mut Vec<crate::content::ContentProblem>,
) -> Office {
    let Some(text) = files.get(FILE) else {
        return Office::default();
    };
    let Some(raw) = parse::<RawOffice>(FILE, text, problems) else {
        return Office::default();
    };
    let mut cx = Ctx {
        file: FILE,
        text,
        problems,
    };
    let drop_in = drop_in(&mut cx, &raw.drop_in);
    let mut office = Office {
        tools: Vec::new(),
        drop_in,
    };
    for (i, t) in raw.tools.iter().enumerate() {
        let at = t.span().start;
        let t = t.get_ref();
        let Some(id) = cx.req(at, &format!("tool #{}", i + 1), "id", &t.id) else {
            continue;
        };
        let item = format!("tool `{id}`");
        if !known.insert(id.clone()) {
            cx.error(at, ProblemKind::Duplicate { item });
            continue;
        }
        let network = match &t.network {
            Some(n) => match network(&mut cx, &item, n) {
                Some(n) => Some(n),
                None => continue,
            },
            None => None,
        };
        if t.drop_in && office.drop_in.is_empty() {
            cx.error(
                at,
                ProblemKind::Invalid {
                    item,
                    field: "drop_in".into(),
                    reason: "is set, but office.toml has no [drop_in] times".into(),
                },
            );
            continue;
        }
        let icon = cx.icon(&item, &t.icon);
        office.tools.push(Tool {
            id,
            icon,
            network,
            drop_in: t.drop_in,
        });
    }
    office
}

fn invalid(cx: &mut Ctx, at: usize, item: &str, field: &str, reason: &str) {
    let kind = ProblemKind::Invalid {
        item: item.into(),
        field: field.into(),
        reason: reason.into(),
    };
    cx.error(at, kind);
}

/// The guest network of a tool: a name, a known kind of security, and a
/// password exactly when the network is protected.
fn network(cx: &mut Ctx, item: &str, n: &Spanned<RawNetwork>) -> Option<Wifi> {
    let at = n.span().start;
    let n = n.get_ref();
    let ssid = cx.req(at, item, "network.ssid", &n.ssid);
    if let (Some(name), Some(sp)) = (&ssid, &n.ssid)
        && name.len() > 32
    {
        invalid(
            cx,
            sp.span().start,
            item,
            "network.ssid",
            "is longer than 32 bytes",
        );
        return None;
    }
    let security_text = cx.req(at, item, "network.security", &n.security)?;
    let security_at = n.security.as_ref().map_or(at, |s| s.span().start);
    let Some(security) = WifiSecurity::parse(&security_text) else {
        let kind = ProblemKind::UnknownValue {
            item: item.into(),
            field: "network.security".into(),
            value: security_text,
        };
        cx.error(security_at, kind);
        return None;
    };
    let password = match (security, &n.password) {
        (WifiSecurity::Open, None) => None,
        (WifiSecurity::Open, Some(p)) => {
            let reason = "is set, but an open network (security = \"none\") has no password";
            invalid(cx, p.span().start, item, "network.password", reason);
            return None;
        }
        (_, None) => {
            let _ = cx.req(at, item, "network.password", &None);
            return None;
        }
        (WifiSecurity::Wpa, Some(p)) => {
            let len = p.get_ref().chars().count();
            let hex64 = len == 64 && p.get_ref().chars().all(|c| c.is_ascii_hexdigit());
            if !(8..=63).contains(&len) && !hex64 {
                let reason = "must be 8 to 63 characters for WPA";
                invalid(cx, p.span().start, item, "network.password", reason);
                return None;
            }
            Some(p.get_ref().clone())
        }
        (WifiSecurity::Wep, Some(p)) => Some(p.get_ref().clone()),
    };
    Some(Wifi {
        ssid: ssid?,
        security,
        password,
        hidden: n.hidden,
    })
}

/// `[drop_in]`: weekday names with hours, Monday first in the result.
fn drop_in(cx: &mut Ctx, raw: &BTreeMap<String, Spanned<String>>) -> Vec<DropInDay> {
    let mut days = Vec::new();
    for (day, hours) in raw {
        let at = hours.span().start;
        let Ok(weekday) = day.parse::<Weekday>() else {
            let kind = ProblemKind::UnknownValue {
                item: "[drop_in]".into(),
                field: "weekday".into(),
                value: day.clone(),
            };
            cx.error(at, kind);
            continue;
        };
        if days.iter().any(|d: &DropInDay| d.weekday == weekday) {
            cx.error(
                at,
                ProblemKind::Duplicate {
                    item: format!("[drop_in] {day}"),
                },
            );
            continue;
        }
        match DayHours::parse(hours.get_ref()) {
            Ok(DayHours::Closed) => {}
            Ok(open) => days.push(DropInDay {
                weekday,
                hours: open,
            }),
            Err(e) => invalid(cx, at, "[drop_in]", day, &e.to_string()),
        }
    }
    days.sort_by_key(|d| d.weekday.num_days_from_monday());
    days
}
