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

use serde::{Deserialize, Serialize};

use crate::content::member::Status;
use crate::render::data_routes::DataRoutes;
use crate::site::Site;

/// The theme data file with the outline.
pub const OUTLINE: &str = "europe.json";

/// What templates get as `map`.
#[derive(Debug, Clone, Serialize)]
pub struct MapView {
    pub width: f64,
    pub height: f64,
    /// SVG path data of land, and of borders between countries.
    pub land: String,
    pub borders: String,
    pub markers: Vec<Marker>,
}

/// One member on the map.
#[derive(Debug, Clone, Serialize)]
pub struct Marker {
    pub x: f64,
    pub y: f64,
    pub name: String,
    pub url: String,
    pub city: Option<String>,
    pub country: String,
}

#[derive(Debug, Deserialize)]
struct Outline {
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

/// The map of listed (not former) members in `lang`, if the theme has an outline.
pub fn view(site: &Site, routes: &DataRoutes, lang: &str) -> Option<MapView> {
    let outline: Outline = serde_json::from_slice(site.theme.data.get(OUTLINE)?).ok()?;
    let mut markers: Vec<Marker> = site
        .members
        .iter()
        .filter(|m| m.data.status != Status::Former)
        .filter_map(|m| {
            let [lat, lon] = *m.data.coordinates.as_ref()?.get_ref();
            let (x, y) = outline.projection.project(lat, lon)?;
            let inside = (0.0..=outline.width).contains(&x) && (0.0..=outline.height).contains(&y);
            inside.then(|| Marker {
                x: round(x),
                y: round(y),
                name: m.data.name.clone(),
                url: routes.member_url(lang, &m.slug),
                city: m.data.city.clone(),
                country: routes.country(site, lang, m.data.country.get_ref()).label,
            })
        })
        .collect();
    // Southern markers last, so they are drawn over the ones just north of them.
    markers.sort_by(|a, b| a.y.total_cmp(&b.y).then_with(|| a.name.cmp(&b.name)));
    Some(MapView {
        width: outline.width,
        height: outline.height,
        land: outline.land,
        borders: outline.borders,
        markers,
    })
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
