//! Do a member's coordinates fall in its country? Approximate bounding boxes, so that
//! the common slip — latitude and longitude swapped, `[4.35, 50.85]` for Brussels,
//! which drops the co-op into the sea off Africa — is caught with a hint.
//!
//! The table covers Europe and a few countries further away where co-ops are likely;
//! other countries are not checked. Boxes are rounded outwards to a tenth of a degree
//! and a margin of `MARGIN` degrees (about 100 km) is allowed around them, so border
//! towns never fail. Overseas parts of a country (French Réunion) fall outside its box:
//! that is a warning, not an error.

use toml::Spanned;

use crate::content::validate::Findings;

/// Degrees allowed around a box.
pub const MARGIN: f64 = 1.0;

/// `(code, [south, north, west, east])`; a country may have several boxes.
const BOXES: &[(&str, [f64; 4])] = &[
    ("AD", [42.4, 42.7, 1.4, 1.8]),
    ("AL", [39.6, 42.7, 19.3, 21.1]),
    ("AR", [-55.1, -21.8, -73.6, -53.6]),
    ("AT", [46.4, 49.0, 9.5, 17.2]),
    ("AU", [-43.7, -10.7, 113.3, 153.6]),
    ("BA", [42.5, 45.3, 15.7, 19.7]),
    ("BE", [49.5, 51.5, 2.5, 6.4]),
    ("BG", [41.2, 44.2, 22.4, 28.6]),
    ("BR", [-33.8, 5.3, -74.0, -34.8]),
    ("BY", [51.3, 56.2, 23.2, 32.8]),
    ("CA", [41.7, 83.1, -141.0, -52.6]),
    ("CH", [45.8, 47.8, 5.9, 10.5]),
    ("CL", [-56.0, -17.5, -75.7, -66.4]),
    ("CO", [-4.2, 12.5, -79.0, -66.9]),
    ("CY", [34.6, 35.7, 32.3, 34.6]),
    ("CZ", [48.5, 51.1, 12.1, 18.9]),
    ("DE", [47.3, 55.1, 5.9, 15.0]),
    ("DK", [54.6, 57.8, 8.1, 15.2]),
    ("EE", [57.5, 59.7, 21.8, 28.2]),
    ("ES", [36.0, 43.8, -9.3, 4.3]),
    ("ES", [27.6, 29.4, -18.2, -13.4]),
    ("FI", [59.8, 70.1, 20.6, 31.6]),
    ("FR", [41.3, 51.1, -5.2, 9.6]),
    ("GB", [49.9, 60.9, -8.2, 1.8]),
    ("GR", [34.8, 41.8, 19.4, 29.7]),
    ("HR", [42.4, 46.6, 13.5, 19.5]),
    ("HU", [45.7, 48.6, 16.1, 22.9]),
    ("IE", [51.4, 55.4, -10.5, -6.0]),
    ("IL", [29.5, 33.3, 34.3, 35.9]),
    ("IN", [6.7, 35.5, 68.1, 97.4]),
    ("IS", [63.3, 66.6, -24.6, -13.5]),
    ("IT", [35.5, 47.1, 6.6, 18.5]),
    ("JP", [24.0, 45.6, 122.9, 145.8]),
    ("KE", [-4.7, 5.0, 33.9, 41.9]),
    ("LI", [47.0, 47.3, 9.5, 9.7]),
    ("LT", [53.9, 56.5, 21.0, 26.9]),
    ("LU", [49.4, 50.2, 5.7, 6.5]),
    ("LV", [55.7, 58.1, 20.9, 28.3]),
    ("MA", [27.6, 35.9, -13.2, -1.0]),
    ("MC", [43.7, 43.8, 7.4, 7.5]),
    ("MD", [45.5, 48.5, 26.6, 30.2]),
    ("ME", [41.8, 43.6, 18.4, 20.4]),
    ("MK", [40.8, 42.4, 20.4, 23.0]),
    ("MT", [35.8, 36.1, 14.2, 14.6]),
    ("MX", [14.5, 32.7, -118.4, -86.7]),
    ("NL", [50.7, 53.6, 3.3, 7.3]),
    ("NO", [57.9, 71.2, 4.6, 31.1]),
    ("NZ", [-47.3, -34.4, 166.4, 178.6]),
    ("PL", [49.0, 54.9, 14.1, 24.2]),
    ("PT", [36.9, 42.2, -9.6, -6.2]),
    ("PT", [36.9, 39.8, -31.3, -25.0]),
    ("PT", [32.4, 33.2, -17.3, -16.2]),
    ("RO", [43.6, 48.3, 20.2, 29.7]),
    ("RS", [42.2, 46.2, 18.8, 23.0]),
    ("SE", [55.3, 69.1, 11.0, 24.2]),
    ("SI", [45.4, 46.9, 13.4, 16.6]),
    ("SK", [47.7, 49.6, 16.8, 22.6]),
    ("SM", [43.9, 44.0, 12.4, 12.5]),
    ("TN", [30.2, 37.4, 7.5, 11.6]),
    ("TR", [35.8, 42.1, 26.0, 44.8]),
    ("UA", [44.4, 52.4, 22.1, 40.2]),
    ("US", [24.5, 49.4, -124.8, -66.9]),
    ("US", [51.0, 71.5, -180.0, -129.0]),
    ("US", [18.9, 22.3, -160.3, -154.8]),
    ("UY", [-35.0, -30.0, -58.5, -53.1]),
    ("VA", [41.9, 41.9, 12.4, 12.5]),
    ("ZA", [-34.8, -22.1, 16.5, 32.9]),
];

/// Where a point lies with respect to a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Inside,
    /// Outside, but inside once latitude and longitude are swapped.
    Swapped,
    Outside,
    /// The country is not in the table.
    Unknown,
}

/// Whether `[lat, lon]` falls in (the margin around) `country`.
pub fn fit(country: &str, lat: f64, lon: f64) -> Fit {
    let boxes: Vec<&[f64; 4]> = BOXES
        .iter()
        .filter(|(code, _)| *code == country)
        .map(|(_, b)| b)
        .collect();
    if boxes.is_empty() {
        return Fit::Unknown;
    }
    let inside = |lat: f64, lon: f64| {
        boxes.iter().any(|[south, north, west, east]| {
            (south - MARGIN..=north + MARGIN).contains(&lat)
                && (west - MARGIN..=east + MARGIN).contains(&lon)
        })
    };
    if inside(lat, lon) {
        Fit::Inside
    } else if inside(lon, lat) {
        Fit::Swapped
    } else {
        Fit::Outside
    }
}

/// Coordinates within range and, when the country is in `geo`'s table, inside it.
pub fn check(f: &mut Findings, coordinates: &Spanned<[f64; 2]>, country: Option<&str>) {
    let [lat, lon] = *coordinates.get_ref();
    let span = coordinates.span();
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        let hint = if (-90.0..=90.0).contains(&lon) {
            format!("write [latitude, longitude]: did you mean [{lon}, {lat}]?")
        } else {
            "write [latitude, longitude]: latitude within ±90, longitude within ±180".into()
        };
        f.at(
            span,
            format!("coordinates [{lat}, {lon}] are out of range"),
            hint,
        );
        return;
    }
    let Some(country) = country else {
        return;
    };
    match fit(country, lat, lon) {
        Fit::Inside | Fit::Unknown => {}
        Fit::Swapped => f.at(
            span,
            format!("coordinates [{lat}, {lon}] are not in {country}: latitude and longitude look swapped"),
            format!("write [latitude, longitude]: `coordinates = [{lon}, {lat}]`"),
        ),
        Fit::Outside => f.warn(
            span,
            format!("coordinates [{lat}, {lon}] are far from {country}"),
            "check them on a map (latitude first, then longitude); a co-op abroad is fine".into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brussels_and_its_swap() {
        assert_eq!(fit("BE", 50.85, 4.35), Fit::Inside);
        assert_eq!(fit("BE", 4.35, 50.85), Fit::Swapped);
        assert_eq!(fit("BE", 48.85, -2.0), Fit::Outside);
        assert_eq!(fit("ZW", 0.0, 0.0), Fit::Unknown);
    }

    #[test]
    fn boxes_are_well_formed_and_known_codes() {
        for (code, [south, north, west, east]) in BOXES {
            assert!(south <= north && west <= east, "{code}");
            assert!(crate::content::countries::is_country_code(code), "{code}");
        }
    }
}
