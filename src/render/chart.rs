//! The members-over-time chart: an inline SVG drawn at build time from
//! `numbers::history`, with a `<title>` and `<desc>` for screen readers and the same
//! figures as a table (the table is the accessible form; the chart is a picture of it).
//!
//! Pure: no I/O, no script, no `style` attribute (the strict CSP holds); colours come
//! from `currentColor` and the stylesheet's `.figures-chart` rules.

use std::fmt::Write;

use crate::dates::format_number;
use crate::escape::markup;
use crate::i18n::{Arg, I18n};
use crate::render::numbers::YearFigures;

/// The drawing's size in SVG units (it scales to the column's width).
const WIDTH: usize = 480;
const PANEL_HEIGHT: usize = 150;
const LABEL_ROOM: usize = 40;

/// The chart and its table for `rows`, in `lang`; empty when no member has a date.
pub fn figure(i18n: &I18n, lang: &str, rows: &[YearFigures]) -> String {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return String::new();
    };
    let text = |id: &str, args: &[(&str, Arg)]| {
        markup(
            &i18n
                .format(lang, id, args)
                .unwrap_or_else(|_| id.to_string()),
        )
    };
    let description = text(
        "figures-chart-desc",
        &[
            ("first_year", Arg::Ungrouped(f64::from(first.year))),
            ("first_coops", Arg::Number(first.coops as f64)),
            ("last_year", Arg::Ungrouped(f64::from(last.year))),
            ("last_coops", Arg::Number(last.coops as f64)),
            ("last_workers", Arg::Number(last.workers as f64)),
        ],
    );
    let number = |n: f64| markup(&format_number(i18n, lang, n));
    let panels = [
        (
            text("figures-coops", &[]),
            rows.iter().map(|r| r.coops as f64).collect::<Vec<_>>(),
        ),
        (
            text("figures-workers", &[]),
            rows.iter().map(|r| r.workers as f64).collect(),
        ),
    ];
    let height = panels.len() * (PANEL_HEIGHT + LABEL_ROOM);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"figures-chart-title figures-chart-desc\" class=\"figures-svg\">\
         <title id=\"figures-chart-title\">{}</title><desc id=\"figures-chart-desc\">{description}</desc>",
        text("figures-chart-title", &[])
    );
    for (index, (label, values)) in panels.iter().enumerate() {
        let top = index * (PANEL_HEIGHT + LABEL_ROOM);
        panel(&mut svg, top, label, values, rows, &number);
    }
    svg.push_str("</svg>");
    let labels = TableLabels {
        caption: text("figures-table-caption", &[]),
        year: text("figures-year", &[]),
        coops: text("figures-coops-short", &[]),
        workers: text("figures-workers", &[]),
    };
    format!(
        "<figure class=\"figures-chart\">{svg}{}</figure>",
        table(&labels, rows, &number)
    )
}

/// One bar panel: a heading, a bar per year with its value above and the year below.
fn panel(
    svg: &mut String,
    top: usize,
    label: &str,
    values: &[f64],
    rows: &[YearFigures],
    number: &dyn Fn(f64) -> String,
) {
    let max = values.iter().copied().fold(1.0_f64, f64::max);
    let slot = WIDTH as f64 / values.len().max(1) as f64;
    let bar_width = (slot * 0.6).max(1.0);
    let base = (top + LABEL_ROOM / 2 + PANEL_HEIGHT) as f64;
    let room = (PANEL_HEIGHT - 20) as f64;
    let _ = write!(
        svg,
        "<g class=\"figures-panel\"><text x=\"0\" y=\"{}\" class=\"figures-label\">{label}</text>",
        top + 14
    );
    for ((value, row), i) in values.iter().zip(rows).zip(0..) {
        let h = value / max * room;
        let x = slot * f64::from(i) + (slot - bar_width) / 2.0;
        let middle = x + bar_width / 2.0;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar_width:.1}\" height=\"{h:.1}\" fill=\"currentColor\"/>\
             <text x=\"{middle:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\
             <text x=\"{middle:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            base - h,
            base - h - 4.0,
            number(*value),
            base + 16.0,
            row.year
        );
    }
    svg.push_str("</g>");
}

/// The table's caption and column headings, escaped.
struct TableLabels {
    caption: String,
    year: String,
    coops: String,
    workers: String,
}

/// The same figures as a table, one row per year.
fn table(labels: &TableLabels, rows: &[YearFigures], number: &dyn Fn(f64) -> String) -> String {
    let TableLabels {
        caption,
        year,
        coops,
        workers,
    } = labels;
    let mut html = format!(
        "<table class=\"figures-table\"><caption>{caption}</caption><thead><tr><th scope=\"col\">{year}</th><th scope=\"col\">{coops}</th><th scope=\"col\">{workers}</th></tr></thead><tbody>"
    );
    for row in rows {
        let _ = write!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            row.year,
            number(row.coops as f64),
            number(row.workers as f64)
        );
    }
    html.push_str("</tbody></table>");
    html
}
