//! The members map: member coordinates projected onto the theme's Europe outline, at
//! build time, as data for the template to draw as an inline SVG (no tiles, no script,
//! no request to anyone).
//!
//! The outline (`themes/<theme>/data/europe.json`, made by `tools/europe-outline.mjs`
//! from Natural Earth) carries its projection: a Lambert azimuthal equal-area
//! projection with its centre, and the offset and scale into drawing units. Markers are
//! projected here with the same formula, so a theme can ship another outline (another
//! region, another frame) without touching federa. Members without coordinates, or
//! outside the frame, are left off the map; the directory list is the full text
//! alternative.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tera::Value;

use crate::content::member::Member;
use crate::diagnostic::Diagnostic;
use crate::render::data_routes::DataRoutes;
use crate::render::map_groups;
use crate::render::numbers::{counts_as_member, is_listed};
use crate::render::{pages, Shared};
use crate::site::Site;

/// The theme data file with the outline.
pub const OUTLINE: &str = "europe.json";

/// The template that draws the map.
pub const TEMPLATE: &str = "map.html";

/// One member on the map.
#[derive(Debug, Clone, Serialize)]
pub struct Marker {
    pub x: f64,
    pub y: f64,
    pub name: String,
    pub url: String,
    pub city: Option<String>,
    pub country: String,
    /// Counted as a member co-op (`numbers::counts_as_member`), else an applicant.
    pub is_member: bool,
}

/// The theme's outline and its projection.
#[derive(Debug, Deserialize)]
pub struct Outline {
    projection: Projection,
    width: f64,
    height: f64,
    land: String,
    #[serde(default)]
    borders: String,
}

#[derive(Debug, Deserialize)]
struct Projection {
    lat0: f64,
    lon0: f64,
    min_x: f64,
    max_y: f64,
    scale: f64,
}

impl Projection {
    /// Lambert azimuthal equal-area on the unit sphere, then into drawing units
    /// (y downwards). Same formula as `tools/europe-outline.mjs`.
    fn project(&self, lat: f64, lon: f64) -> Option<(f64, f64)> {
        let (phi, lam, phi0) = (
            lat.to_radians(),
            (lon - self.lon0).to_radians(),
            self.lat0.to_radians(),
        );
        let denominator = 1.0 + phi0.sin() * phi.sin() + phi0.cos() * phi.cos() * lam.cos();
        if denominator <= f64::EPSILON {
            return None;
        }
        let k = (2.0 / denominator).sqrt();
        let x = k * phi.cos() * lam.sin();
        let y = k * (phi0.cos() * phi.sin() - phi0.sin() * phi.cos() * lam.cos());
        Some(((x - self.min_x) * self.scale, (self.max_y - y) * self.scale))
    }
}

/// A member's marker in one language: where it sorts and its template value.
struct Placed {
    x: f64,
    y: f64,
    name: String,
    slug: String,
    url: String,
    /// What a group led by this marker is "around": the city, else the country.
    place: String,
    is_member: bool,
    value: Value,
}

/// What templates get as `map`: `width`, `height`, `land` and `borders` (SVG path
/// data), `markers` (see `Marker`) of listed members in `lang`, drawn north to south,
/// `groups` (nearby markers grouped, see `groups`) with the sizes to draw them, and
/// `members` and `applicants`: how many of the markers are counted member co-ops
/// and how many applicants (`render::numbers`); none if the theme has no outline.
///
/// Remembered (`render::memo`) per language while no member's marker changes
/// (`markers_key`), so a member edit that leaves the map as it was builds nothing.
pub fn view(site: &Site, shared: &Shared, lang: &str) -> Value {
    let built = site
        .memo
        .map_views
        .get_or(lang, "view", shared.markers_key(site), || {
            Ok::<_, Infallible>(build_view(site, &shared.data_routes, lang))
        });
    built.map_or_else(|never| match never {}, |value| Value::clone(&value))
}

fn build_view(site: &Site, routes: &DataRoutes, lang: &str) -> Value {
    let outline = site.memo.outline.get_or_init(|| {
        site.theme
            .data
            .get(OUTLINE)
            .and_then(|bytes| serde_json::from_slice(bytes).ok())
    });
    let Some(outline) = outline else {
        return Value::none();
    };
    let mut placed: Vec<Placed> = site
        .members
        .iter()
        .filter(|m| is_listed(m.data.status))
        .filter_map(|m| place(site, routes, outline, m, lang))
        .collect();
    // Southern markers last, so they are drawn over the ones just north of them.
    placed.sort_by(|a, b| a.y.total_cmp(&b.y).then_with(|| a.name.cmp(&b.name)));
    let members = placed.iter().filter(|p| p.is_member).count();
    let mut map: BTreeMap<&'static str, Value> = sizes(outline);
    let by_ref: Vec<&Placed> = placed.iter().collect();
    map.insert(
        "groups",
        groups(&by_ref, outline, &routes.url(lang, "members", None)),
    );
    let markers: Vec<Value> = placed.into_iter().map(|p| p.value).collect();
    map.insert("width", Value::from(outline.width));
    map.insert("height", Value::from(outline.height));
    map.insert("land", Value::from(outline.land.as_str()));
    map.insert("borders", Value::from(outline.borders.as_str()));
    map.insert("applicants", Value::from(markers.len() - members));
    map.insert("markers", Value::from(markers));
    map.insert("members", Value::from(members));
    Value::from(map)
}

/// A fingerprint of every member's marker inputs (`marker_inputs`), in member order:
/// equal fingerprints, equal maps (`Shared::markers_key` works it out once per render).
pub fn markers_key(site: &Site) -> u64 {
    let mut hasher = DefaultHasher::new();
    for member in site.members.iter() {
        let (slug, name, city, coordinates, country, listed) = marker_inputs(member);
        (slug, name, city, country, listed).hash(&mut hasher);
        coordinates
            .map(|[lat, lon]| (lat.to_bits(), lon.to_bits()))
            .hash(&mut hasher);
    }
    hasher.finish()
}

/// Slug, name, city (and its translations), coordinates, country and status (listed?
/// counted?).
pub type MarkerInputs<'a> = (
    &'a String,
    &'a String,
    (
        &'a Option<String>,
        &'a std::collections::BTreeMap<String, String>,
    ),
    Option<[f64; 2]>,
    &'a String,
    &'static str,
);

/// Everything a member's marker is made of (in any language), so an edit that leaves
/// it equal leaves the map unchanged.
pub fn marker_inputs(m: &Member) -> MarkerInputs<'_> {
    (
        &m.slug,
        &m.data.name,
        (&m.data.city, &m.data.city_translations),
        m.data.coordinates.as_ref().map(|c| *c.get_ref()),
        m.data.country.get_ref(),
        m.data.status.id(),
    )
}

fn place(
    site: &Site,
    routes: &DataRoutes,
    outline: &Outline,
    m: &Member,
    lang: &str,
) -> Option<Placed> {
    let [lat, lon] = *m.data.coordinates.as_ref()?.get_ref();
    let (x, y) = outline.projection.project(lat, lon)?;
    let inside = (0.0..=outline.width).contains(&x) && (0.0..=outline.height).contains(&y);
    inside.then(|| {
        let marker = Marker {
            x: round(x),
            y: round(y),
            name: m.data.name.clone(),
            url: routes.member_url(lang, &m.slug),
            city: m.city(lang).map(str::to_string),
            country: routes.country(site, lang, m.data.country.get_ref()).label,
            is_member: counts_as_member(m.data.status),
        };
        Placed {
            x: marker.x,
            y: marker.y,
            name: marker.name.clone(),
            slug: m.slug.clone(),
            url: marker.url.clone(),
            place: marker
                .city
                .clone()
                .unwrap_or_else(|| marker.country.clone()),
            is_member: marker.is_member,
            value: Value::from_serializable(&marker),
        }
    })
}

/// `map.html` rendered for `lang` (markers as links when `links`, else decorative),
/// given as `map_svg` to the directory and the home page; empty without an outline or
/// markers. Remembered (`render::memo`) while no member's marker changes, so a member
/// edit that leaves the map as it was does not draw it again.
pub fn svg(
    site: &Site,
    shared: &Shared,
    lang: &str,
    map: &Value,
    links: bool,
) -> Result<Arc<String>, Diagnostic> {
    let empty = map
        .as_map()
        .and_then(|m| m.get(&"markers".into()))
        .and_then(Value::as_array)
        .is_none_or(<[Value]>::is_empty);
    if empty {
        return Ok(Arc::new(String::new()));
    }
    let kind = if links { "links" } else { "decorative" };
    site.memo
        .maps
        .get_or(lang, kind, shared.markers_key(site), || {
            let mut context = pages::base_context(site, shared, lang, "");
            context.insert_value("map", map.clone());
            context.insert("map_links", &links);
            site.templates.render(TEMPLATE, &context)
        })
}

/// Drawing units per CSS pixel when the map is as narrow as on a phone.
fn unit(outline: &Outline) -> f64 {
    outline.width / map_groups::DESIGN_WIDTH_PX
}

/// The sizes of what `map.html` draws, in drawing units, so markers keep their size in
/// CSS pixels whatever the outline's units: `dot_radius` (a co-op's dot, 12 px wide on
/// a phone), `hit_radius` (its invisible tap target, 24 px), `group_radius` (a group's
/// disc, 24 px) and `font_size` (the count in it, 13 px).
fn sizes(outline: &Outline) -> BTreeMap<&'static str, Value> {
    let unit = unit(outline);
    let half_target = map_groups::TARGET_PX / 2.0;
    [
        ("dot_radius", 6.0),
        ("hit_radius", half_target),
        ("group_radius", half_target),
        ("font_size", 13.0),
    ]
    .into_iter()
    .map(|(name, px)| (name, Value::from(round(px * unit))))
    .collect()
}

/// The markers as drawn: each group of nearby markers (`render::map_groups`) with its
/// leader's place (`x`, `y`, `place`), `count`, `markers` (leader first), the URLs of
/// its `member_urls` and `applicant_urls`, `key` (the leader's slug) and `url`: the
/// directory showing only that group (`?near=key`, applied by `directory.js`).
fn groups(placed: &[&Placed], outline: &Outline, directory: &str) -> Value {
    let points: Vec<(f64, f64)> = placed.iter().map(|p| (p.x, p.y)).collect();
    let spacing = unit(outline) * map_groups::TARGET_PX;
    let drawn: Vec<Value> = map_groups::group(&points, spacing)
        .into_iter()
        .map(|g| {
            let leader = placed[g.leader];
            let urls = |member: bool| -> Vec<&str> {
                g.members
                    .iter()
                    .map(|&i| placed[i])
                    .filter(|p| p.is_member == member)
                    .map(|p| p.url.as_str())
                    .collect()
            };
            let mut group: BTreeMap<&'static str, Value> = BTreeMap::new();
            group.insert("x", Value::from(leader.x));
            group.insert("y", Value::from(leader.y));
            group.insert("place", Value::from(leader.place.as_str()));
            group.insert("count", Value::from(g.members.len()));
            group.insert("key", Value::from(leader.slug.as_str()));
            group.insert(
                "url",
                Value::from(format!("{directory}?near={}", leader.slug)),
            );
            group.insert("member_urls", Value::from_serializable(&urls(true)));
            group.insert("applicant_urls", Value::from_serializable(&urls(false)));
            let markers: Vec<Value> = g.members.iter().map(|&i| placed[i].value.clone()).collect();
            group.insert("markers", Value::from(markers));
            Value::from(group)
        })
        .collect();
    Value::from(drawn)
}

/// One decimal: plenty at this size, and stable output.
fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_centre_and_orientation() {
        let p = Projection {
            lat0: 52.0,
            lon0: 10.0,
            min_x: -1.0,
            max_y: 1.0,
            scale: 100.0,
        };
        let (x, y) = p.project(52.0, 10.0).expect("centre projects");
        assert!((x - 100.0).abs() < 1e-9 && (y - 100.0).abs() < 1e-9);
        let (east, _) = p.project(52.0, 20.0).expect("east");
        let (_, north) = p.project(60.0, 10.0).expect("north");
        assert!(east > x, "east is right");
        assert!(north < y, "north is up");
        assert!(p.project(-52.0, -170.0).is_none(), "antipode has no place");
    }
}
