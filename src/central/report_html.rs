//! The statistics report as one self-contained HTML file in Swedish (the
//! `report` command): inline CSS, charts as inline SVG drawn with plotters'
//! SVG backend (its text is SVG `<text>`, no font files), no script and
//! nothing loaded from anywhere, made to print on A4. Every heading and
//! label comes from Fluent; every number is a [`Cell`] (below 3: "< 3").

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::contract::stats::{Cell, Named, Report};
use crate::i18n::Language;
use crate::t;

/// A chart could not be drawn.
#[derive(Debug, thiserror::Error)]
#[error("chart: {0}")]
pub struct ChartError(String);

fn chart_error<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError(format!("{e:?}"))
}

const SV: Language = Language::Sv;
const BAR: RGBColor = RGBColor(0x1f, 0x5f, 0x9e);
const PALE: RGBColor = RGBColor(0xee, 0xf2, 0xf6);
const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
const WIDTH: u32 = 860;
const FONT: &str = "sans-serif";

/// The value a bar is drawn to: a hidden small number draws none.
fn value(cell: Cell) -> u64 {
    match cell {
        Cell::Count(n) => n,
        Cell::Below3 => 0,
    }
}

/// Text for an HTML element or attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The SVG plotters wrote, ready to sit inline in HTML: its namespace
/// attribute is implied there (and is the only address in the file).
fn inline(svg: String) -> String {
    svg.replace(" xmlns=\"http://www.w3.org/2000/svg\"", "")
        .replacen("<svg ", "<svg role=\"img\" ", 1)
}

fn draw<F>(height: u32, paint: F) -> Result<String, ChartError>
where
    F: FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), ChartError>,
{
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(chart_error)?;
        paint(&root)?;
        root.present().map_err(chart_error)?;
    }
    Ok(inline(svg))
}

/// Horizontal bars, one per named number, the first at the top, each
/// with its number ("< 3" for a small one) at its end.
/// `scale_to` fixes the axis's end (100 for percentages).
pub fn bar_chart(items: &[Named], axis: &str, scale_to: Option<u64>) -> Result<String, ChartError> {
    let n = items.len().max(1);
    let height = 60 + 26 * n as u32;
    let max = items
        .iter()
        .map(|i| value(i.value))
        .max()
        .unwrap_or(0)
        .max(3);
    let end = scale_to.unwrap_or(max + max / 8 + 1);
    let longest = items
        .iter()
        .map(|i| i.name.chars().count())
        .max()
        .unwrap_or(4);
    let label_area = (longest as u32 * 7 + 16).clamp(60, 340);
    draw(height, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_right(48)
            .x_label_area_size(36)
            .y_label_area_size(label_area)
            // An integer range's segments include both ends: n rows (a
            // range of one value draws nothing, so one item gets an empty
            // row above it).
            .build_cartesian_2d(0u64..end, (0usize..(n - 1).max(1)).into_segmented())
            .map_err(chart_error)?;
        let name_of = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(i) => (n - 1)
                .checked_sub(*i)
                .and_then(|row| items.get(row))
                .map(|item| item.name.clone())
                .unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&name_of)
            .x_desc(axis)
            .label_style((FONT, 13).into_font().color(&INK))
            .axis_desc_style((FONT, 13).into_font().color(&INK))
            .draw()
            .map_err(chart_error)?;
        chart
            .draw_series(items.iter().enumerate().map(|(i, item)| {
                let row = n - 1 - i;
                let mut bar = Rectangle::new(
                    [
                        (0, SegmentValue::Exact(row)),
                        (value(item.value), SegmentValue::Exact(row + 1)),
                    ],
                    BAR.filled(),
                );
                bar.set_margin(4, 4, 0, 0);
                bar
            }))
            .map_err(chart_error)?;
        let style = TextStyle::from((FONT, 13).into_font())
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        chart
            .draw_series(items.iter().enumerate().map(|(i, item)| {
                Text::new(
                    format!(" {}", item.value),
                    (value(item.value), SegmentValue::CenterOf(n - 1 - i)),
                    style.clone(),
                )
            }))
            .map_err(chart_error)?;
        Ok(())
    })
}

/// Vertical bars over fixed categories (the waiting-time buckets).
pub fn column_chart(items: &[Named], axis: &str) -> Result<String, ChartError> {
    let n = items.len().max(1);
    let max = items
        .iter()
        .map(|i| value(i.value))
        .max()
        .unwrap_or(0)
        .max(3);
    draw(240, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d((0usize..n - 1).into_segmented(), 0u64..max + max / 6 + 1)
            .map_err(chart_error)?;
        let name_of = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(i) => items.get(*i).map(|i| i.name.clone()).unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(n)
            .x_label_formatter(&name_of)
            .x_desc(axis)
            .y_desc(t!(SV, "report-count"))
            .label_style((FONT, 13).into_font().color(&INK))
            .axis_desc_style((FONT, 13).into_font().color(&INK))
            .draw()
            .map_err(chart_error)?;
        chart
            .draw_series(items.iter().enumerate().map(|(i, item)| {
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(i), 0),
                        (SegmentValue::Exact(i + 1), value(item.value)),
                    ],
                    BAR.filled(),
                );
                bar.set_margin(0, 0, 10, 10);
                bar
            }))
            .map_err(chart_error)?;
        let style = TextStyle::from((FONT, 13).into_font())
            .color(&INK)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        chart
            .draw_series(items.iter().enumerate().map(|(i, item)| {
                Text::new(
                    item.value.to_string(),
                    (SegmentValue::CenterOf(i), value(item.value)),
                    style.clone(),
                )
            }))
            .map_err(chart_error)?;
        Ok(())
    })
}

/// Visits per weekday (rows, Monday at the top) and hour (columns): a
/// heat map; a cell below 3 stays pale and empty.
pub fn heat_map(visits: &[Vec<Cell>]) -> Result<String, ChartError> {
    let days = [
        t!(SV, "report-day-mon"),
        t!(SV, "report-day-tue"),
        t!(SV, "report-day-wed"),
        t!(SV, "report-day-thu"),
        t!(SV, "report-day-fri"),
        t!(SV, "report-day-sat"),
        t!(SV, "report-day-sun"),
    ];
    let max = visits
        .iter()
        .flatten()
        .map(|c| value(*c))
        .max()
        .unwrap_or(0)
        .max(1);
    draw(300, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d((0usize..23).into_segmented(), (0usize..6).into_segmented())
            .map_err(chart_error)?;
        let hour_of = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(h) => format!("{h:02}"),
            _ => String::new(),
        };
        let day_of = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(d) => days.get(6 - d.min(&6)).cloned().unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_mesh()
            .x_labels(24)
            .y_labels(7)
            .x_label_formatter(&hour_of)
            .y_label_formatter(&day_of)
            .x_desc(t!(SV, "report-hour"))
            .label_style((FONT, 12).into_font().color(&INK))
            .axis_desc_style((FONT, 13).into_font().color(&INK))
            .draw()
            .map_err(chart_error)?;
        let cells: Vec<(usize, usize, Cell)> = visits
            .iter()
            .take(7)
            .enumerate()
            .flat_map(|(d, row)| {
                row.iter()
                    .take(24)
                    .enumerate()
                    .map(move |(h, c)| (d, h, *c))
            })
            .collect();
        let shade = |cell: Cell| -> (RGBColor, f64) {
            let share = value(cell) as f64 / max as f64;
            let mix = |light: u8, dark: u8| {
                (f64::from(light) + (f64::from(dark) - f64::from(light)) * share).round() as u8
            };
            match cell {
                Cell::Below3 => (PALE, 0.0),
                Cell::Count(_) => (
                    RGBColor(mix(0xd6, 0x08), mix(0xe6, 0x30), mix(0xf4, 0x6b)),
                    share,
                ),
            }
        };
        chart
            .draw_series(cells.iter().map(|&(d, h, cell)| {
                let row = 6 - d;
                let mut rect = Rectangle::new(
                    [
                        (SegmentValue::Exact(h), SegmentValue::Exact(row)),
                        (SegmentValue::Exact(h + 1), SegmentValue::Exact(row + 1)),
                    ],
                    shade(cell).0.filled(),
                );
                rect.set_margin(1, 1, 1, 1);
                rect
            }))
            .map_err(chart_error)?;
        chart
            .draw_series(
                cells
                    .iter()
                    .filter(|c| c.2 != Cell::Below3)
                    .map(|&(d, h, cell)| {
                        let color: &'static RGBColor =
                            if shade(cell).1 > 0.5 { &WHITE } else { &INK };
                        Text::new(
                            cell.to_string(),
                            (SegmentValue::CenterOf(h), SegmentValue::CenterOf(6 - d)),
                            TextStyle::from((FONT, 11).into_font())
                                .color(color)
                                .pos(Pos::new(HPos::Center, VPos::Center)),
                        )
                    }),
            )
            .map_err(chart_error)?;
        Ok(())
    })
}

/// A flow's name as the kiosk shows it in Swedish (its Home tile), else
/// its id.
fn flow_name(id: &str) -> String {
    match id {
        "ticket" => t!(SV, "tile-queue"),
        "guides" => t!(SV, "tile-guides"),
        "synpunkt" => t!(SV, "tile-synpunkt"),
        "contacts" => t!(SV, "tile-contacts"),
        "hours" => t!(SV, "tile-hours"),
        "news" => t!(SV, "tile-news"),
        "tools" => t!(SV, "tile-tools"),
        other => other.to_owned(),
    }
}

/// The same items with readable names: a language by its own name, a
/// flow by its Swedish tile, a guide by its Swedish title (bundled
/// content), anything else as counted.
fn readable(items: &[Named], name: impl Fn(&str) -> String) -> Vec<Named> {
    items
        .iter()
        .map(|n| Named {
            name: name(&n.name),
            value: n.value,
        })
        .collect()
}

/// A language by its own name and code ("Svenska (sv)"): the code stays
/// readable where the reader's machine has no font for the script.
fn language_name(code: &str) -> String {
    code.parse::<Language>().map_or_else(
        |_| code.to_owned(),
        |l| format!("{} ({code})", l.native_name()),
    )
}

fn guide_title(id: &str) -> String {
    static CATALOG: std::sync::OnceLock<Option<crate::content::Catalog>> =
        std::sync::OnceLock::new();
    CATALOG
        .get_or_init(|| crate::content::Catalog::bundled().ok())
        .as_ref()
        .and_then(|c| c.guide_text(id, SV))
        .map_or_else(|| id.to_owned(), |t| t.value.title.clone())
}

fn named_or_nothing(items: &[Named], axis: &str) -> Result<String, ChartError> {
    if items.is_empty() {
        Ok(format!(
            "<p class=\"none\">{}</p>",
            escape(&t!(SV, "report-nothing"))
        ))
    } else {
        bar_chart(items, axis, None)
    }
}

fn minutes(v: Option<u32>) -> String {
    match v {
        Some(m) => t!(SV, "report-minutes", minutes = m),
        None => t!(SV, "report-hidden"),
    }
}

const STYLE: &str = "\
body{font-family:sans-serif;color:#1a1a1a;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1f5f9e}\
h3{font-size:1.05rem;margin-bottom:.3rem}svg{max-width:100%;height:auto;display:block}\
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #b8c4d0;padding:.25rem .6rem;text-align:left}\
td.n{text-align:right}.note{color:#444;font-size:.95rem}.none{color:#666;font-style:italic}\
dl{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}dt{font-weight:bold}dd{margin:0}\
@page{size:A4;margin:14mm}\
@media print{body{margin:0;max-width:none;font-size:10pt}section,.service,.flow{break-inside:avoid}h2{break-after:avoid}}";

/// The whole report as one HTML document in Swedish.
pub fn render(report: &Report) -> Result<String, ChartError> {
    let mut html = String::new();
    let push = |html: &mut String, s: &str| html.push_str(s);
    let h2 = |html: &mut String, key_text: String| {
        html.push_str("<section>\n<h2>");
        html.push_str(&escape(&key_text));
        html.push_str("</h2>\n");
    };
    let p = |html: &mut String, class: &str, text: String| {
        html.push_str(&format!("<p class=\"{class}\">{}</p>\n", escape(&text)));
    };
    let title = t!(SV, "report-title", office = report.office.clone());
    push(
        &mut html,
        &format!(
            "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
            escape(&title),
            escape(&title)
        ),
    );
    p(
        &mut html,
        "period",
        t!(
            SV,
            "report-period",
            from = report.from.to_string(),
            to = report.to.to_string()
        ),
    );
    let generated = crate::clock::stockholm(report.generated_at)
        .format("%Y-%m-%d %H:%M")
        .to_string();
    p(
        &mut html,
        "note",
        t!(SV, "report-generated", time = generated),
    );
    p(&mut html, "note", t!(SV, "report-small-numbers"));

    h2(&mut html, t!(SV, "report-visits"));
    p(&mut html, "note", t!(SV, "report-visits-note"));
    push(&mut html, &heat_map(&report.visits)?);
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-languages"));
    push(
        &mut html,
        &named_or_nothing(
            &readable(&report.languages, language_name),
            &t!(SV, "report-count"),
        )?,
    );
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-entries"));
    push(
        &mut html,
        &named_or_nothing(
            &readable(&report.entries, flow_name),
            &t!(SV, "report-count"),
        )?,
    );
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-waits"));
    if report.services.is_empty() {
        p(&mut html, "none", t!(SV, "report-nothing"));
    }
    for s in &report.services {
        push(&mut html, "<div class=\"service\">\n");
        push(&mut html, &format!("<h3>{}</h3>\n", escape(&s.name)));
        p(
            &mut html,
            "note",
            t!(
                SV,
                "report-service-tickets",
                tickets = s.tickets.to_string(),
                called = s.called.to_string(),
                noshows = s.no_shows.to_string()
            ),
        );
        push(
            &mut html,
            &column_chart(&s.wait_buckets, &t!(SV, "report-wait-axis"))?,
        );
        let within = match s.within_target_percent {
            Some(pc) => t!(SV, "report-percent", percent = pc),
            None => t!(SV, "report-hidden"),
        };
        push(
            &mut html,
            &format!(
                "<dl>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n</dl>\n</div>\n",
                escape(&t!(
                    SV,
                    "report-within-target",
                    target = s.target_wait_minutes
                )),
                escape(&within),
                escape(&t!(SV, "report-median-wait")),
                escape(&minutes(s.median_wait_minutes)),
                escape(&t!(SV, "report-median-handling")),
                escape(&minutes(s.median_handling_minutes)),
            ),
        );
    }
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-guides"));
    push(
        &mut html,
        &named_or_nothing(
            &readable(&report.top_guides, guide_title),
            &t!(SV, "report-count"),
        )?,
    );
    p(
        &mut html,
        "note",
        t!(
            SV,
            "report-searches",
            made = report.searches.to_string(),
            empty = report.searches_without_result.to_string()
        ),
    );
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-guides-help"));
    push(
        &mut html,
        &named_or_nothing(
            &readable(&report.guides_help, guide_title),
            &t!(SV, "report-count"),
        )?,
    );
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-flows"));
    if report.flows.is_empty() {
        p(&mut html, "none", t!(SV, "report-nothing"));
    }
    for f in &report.flows {
        push(&mut html, "<div class=\"flow\">\n");
        push(
            &mut html,
            &format!(
                "<h3>{}</h3>\n",
                escape(&t!(
                    SV,
                    "report-flow",
                    flow = flow_name(&f.flow),
                    started = f.started.to_string(),
                    completed = f.completed.to_string()
                ))
            ),
        );
        push(
            &mut html,
            &named_or_nothing(&f.left_at, &t!(SV, "report-left-axis"))?,
        );
        push(&mut html, "</div>\n");
    }
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-synpunkter"));
    push(
        &mut html,
        &named_or_nothing(&report.synpunkter, &t!(SV, "report-count"))?,
    );
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-promise"));
    p(&mut html, "note", t!(SV, "report-promise-note"));
    if report.promise.is_empty() {
        p(&mut html, "none", t!(SV, "report-nothing"));
    } else {
        let shares: Vec<Named> = report
            .promise
            .iter()
            .map(|p| Named {
                name: p.service_area.clone(),
                value: match p.kept_percent {
                    Some(pc) => Cell::Count(u64::from(pc)),
                    None => Cell::Below3,
                },
            })
            .collect();
        push(
            &mut html,
            &bar_chart(&shares, &t!(SV, "report-percent-axis"), Some(100))?,
        );
        push(
            &mut html,
            &format!(
                "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                escape(&t!(SV, "report-col-area")),
                escape(&t!(SV, "report-col-with-contact")),
                escape(&t!(SV, "report-col-kept")),
                escape(&t!(SV, "report-col-percent")),
            ),
        );
        for p in &report.promise {
            let percent = match p.kept_percent {
                Some(pc) => t!(SV, "report-percent", percent = pc),
                None => t!(SV, "report-hidden"),
            };
            push(
                &mut html,
                &format!(
                    "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                    escape(&p.service_area),
                    escape(&p.with_contact.to_string()),
                    escape(&p.kept.to_string()),
                    escape(&percent),
                ),
            );
        }
        push(&mut html, "</table>\n");
    }
    push(&mut html, "</section>\n");

    h2(&mut html, t!(SV, "report-other"));
    if report.other.is_empty() {
        p(&mut html, "none", t!(SV, "report-nothing"));
    } else {
        push(
            &mut html,
            &format!(
                "<table>\n<tr><th>{}</th><th>{}</th></tr>\n",
                escape(&t!(SV, "report-col-name")),
                escape(&t!(SV, "report-count"))
            ),
        );
        for n in &report.other {
            push(
                &mut html,
                &format!(
                    "<tr><td>{}</td><td class=\"n\">{}</td></tr>\n",
                    escape(&n.name),
                    escape(&n.value.to_string())
                ),
            );
        }
        push(&mut html, "</table>\n");
    }
    push(&mut html, "</section>\n</body>\n</html>\n");
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::central::report::{Input, ServiceInfo, build};
    use crate::central::store::{SynpunktPromise, TicketTimes};
    use chrono::{NaiveDate, TimeZone, Utc};
    use std::collections::BTreeMap;

    fn sample() -> Report {
        let counts: BTreeMap<String, u32> = [
            ("session.language.sv", 12),
            ("session.language.ar", 2),
            ("session.entry.ticket", 9),
            ("flow.ticket.started", 9),
            ("flow.ticket.completed", 7),
            ("flow.ticket.left.service", 2),
            ("guide.opened.bankid", 5),
            ("guide.help.bankid", 1),
            ("synpunkt.sent.skola.complaint", 4),
            ("search.made", 3),
            ("search.empty", 1),
            ("access.contrast", 3),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let t = |wait: i64| TicketTimes {
            service_id: "information".into(),
            issued_at_ms: 0,
            first_called_ms: Some(wait * 60_000),
            served_from_ms: Some(wait * 60_000),
            done_ms: Some(wait * 60_000 + 300_000),
            no_show: false,
        };
        build(&Input {
            office: "botkyrka-tumba".into(),
            from: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            generated_at: Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap(),
            hours: vec![(Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap(), counts)],
            services: vec![ServiceInfo {
                id: "information".into(),
                name: "Information & vägledning".into(),
                target_wait_minutes: 20,
            }],
            tickets: vec![t(3), t(8), t(25), t(4)],
            synpunkter: vec![SynpunktPromise {
                service_area: "skola".into(),
                respond_by: NaiveDate::from_ymd_opt(2026, 11, 25),
                acknowledged_at: None,
                answered_at: None,
            }],
        })
    }

    #[test]
    fn the_file_is_self_contained_with_a_chart_per_section() {
        let html = render(&sample()).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<html lang=\"sv\">"));
        assert!(!html.to_ascii_lowercase().contains("<script"), "no script");
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no addresses"
        );
        assert!(
            !html.contains(" src=") && !html.contains("<link"),
            "nothing loaded"
        );
        assert!(!html.contains("url("), "no CSS resources");
        // Heat map, languages, entries, one service's waits, guides, guides
        // with help, one flow, synpunkter, the promise.
        assert_eq!(html.matches("<svg").count(), 9, "{html}");
        assert!(html.contains("@media print"));
        // Swedish from Fluent.
        assert!(html.contains(&escape(&t!(SV, "report-visits"))));
        assert!(html.contains("Besök per veckodag och timme"));
        assert!(
            html.contains("Information &amp; vägledning"),
            "names escaped"
        );
        // Small numbers: in the charts' text and in the tables.
        assert!(
            html.contains(">&lt; 3<") || html.contains("> &lt; 3<"),
            "{html}"
        );
        assert!(html.contains("<td class=\"n\">&lt; 3</td>"));
        assert!(!html.contains("< 3"), "always escaped");
        // A share only from 3 on: 3 of 4 within 20 minutes.
        assert!(html.contains("75 %"));
    }

    #[test]
    fn an_empty_report_says_so_and_still_has_its_heat_map() {
        let report = build(&Input {
            office: "x".into(),
            ..Input::default()
        });
        let html = render(&report).unwrap();
        assert_eq!(html.matches("<svg").count(), 1);
        assert!(html.contains(&escape(&t!(SV, "report-nothing"))));
    }
}
