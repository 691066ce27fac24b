//! Grouping of nearby markers on the members map, at build time.
//!
//! The map is one static SVG that phones show about 340 px wide, so co-ops a few
//! hundred kilometres apart (Benelux, the English north-west) would sit on top of each
//! other, each too small to tap. Markers whose centres would be closer than a tap
//! target (24 CSS px at that width) become one group, drawn at its "leader" with a
//! count. Leaders are chosen densest first and are never closer to each other than that
//! spacing, so no two drawn markers overlap. Pure geometry: no names, no languages.

use std::collections::HashMap;

/// The width, in CSS pixels, at which the map must stay tappable: a 375 px phone
/// less the page's side padding.
pub const DESIGN_WIDTH_PX: f64 = 340.0;

/// The smallest distance between two drawn markers, in CSS pixels at that width
/// (WCAG 2.5.8's 24 px target spacing).
pub const TARGET_PX: f64 = 24.0;

/// A group of markers: indexes into the points given to `group`, the leader first and
/// the others in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub leader: usize,
    pub members: Vec<usize>,
}

/// Groups `points` (x, y in drawing units) so that leaders are at least `spacing`
/// apart and every point is closer than `spacing` to its leader. Deterministic for a
/// given order of points: the points with the most neighbours lead (ties: the earlier
/// point), each other point joins the nearest leader within reach. Groups come in the
/// order of their leaders in `points`.
pub fn group(points: &[(f64, f64)], spacing: f64) -> Vec<Group> {
    let cells = Grid::new(points.iter().copied().enumerate(), spacing);
    let density: Vec<usize> = points
        .iter()
        .enumerate()
        .map(|(i, &p)| cells.near(p).filter(|&(j, _)| j != i).count())
        .collect();
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by(|&a, &b| density[b].cmp(&density[a]).then(a.cmp(&b)));

    let mut leaders = Grid::new(std::iter::empty(), spacing);
    let mut groups: Vec<Group> = Vec::new();
    for i in order {
        let nearest = leaders
            .near(points[i])
            .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        match nearest {
            Some((g, _)) => groups[g].members.push(i),
            None => {
                leaders.insert(groups.len(), points[i]);
                groups.push(Group {
                    leader: i,
                    members: vec![i],
                });
            }
        }
    }
    for g in &mut groups {
        g.members[1..].sort_unstable();
    }
    groups.sort_by_key(|g| g.leader);
    groups
}

/// Points bucketed by square cells as wide as the spacing, so finding the points
/// within reach looks at nine cells instead of every point (sites with thousands of
/// members).
struct Grid {
    spacing: f64,
    cells: HashMap<Cell, Vec<(usize, Point)>>,
}

/// A position in drawing units, and the grid cell it falls in.
type Point = (f64, f64);
type Cell = (i64, i64);

impl Grid {
    fn new(points: impl Iterator<Item = (usize, (f64, f64))>, spacing: f64) -> Grid {
        let mut grid = Grid {
            spacing,
            cells: HashMap::new(),
        };
        for (id, p) in points {
            grid.insert(id, p);
        }
        grid
    }

    fn cell(&self, (x, y): (f64, f64)) -> (i64, i64) {
        // Drawing units are a few thousand at most: the casts cannot saturate.
        (
            (x / self.spacing).floor() as i64,
            (y / self.spacing).floor() as i64,
        )
    }

    fn insert(&mut self, id: usize, p: (f64, f64)) {
        let cell = self.cell(p);
        self.cells.entry(cell).or_default().push((id, p));
    }

    /// The ids within reach of `p` (distance below the spacing), with their distance.
    fn near(&self, p: (f64, f64)) -> impl Iterator<Item = (usize, f64)> + '_ {
        let (cx, cy) = self.cell(p);
        (-1..=1)
            .flat_map(move |dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|cell| self.cells.get(&cell))
            .flatten()
            .map(move |&(id, q)| (id, (q.0 - p.0).hypot(q.1 - p.1)))
            .filter(|&(_, d)| d < self.spacing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn far_points_stay_alone() {
        let groups = group(&[(0.0, 0.0), (100.0, 0.0), (0.0, 100.0)], 50.0);
        assert_eq!(groups.len(), 3);
        assert!(groups.iter().all(|g| g.members.len() == 1));
    }

    #[test]
    fn the_densest_point_leads_and_leaders_keep_their_distance() {
        // A cluster around (100, 100), a point at the edge of its reach, one far away.
        let points = [
            (60.0, 100.0),
            (100.0, 100.0),
            (110.0, 105.0),
            (95.0, 92.0),
            (148.0, 100.0),
            (400.0, 400.0),
        ];
        let groups = group(&points, 50.0);
        assert_eq!(groups[0].leader, 1, "{groups:?}");
        assert_eq!(groups[0].members, vec![1, 0, 2, 3, 4]);
        assert_eq!(groups[1].members, vec![5]);
        for a in &groups {
            for b in &groups {
                let (p, q) = (points[a.leader], points[b.leader]);
                assert!(a == b || (p.0 - q.0).hypot(p.1 - q.1) >= 50.0);
            }
        }
    }

    #[test]
    fn every_point_is_in_exactly_one_group_within_reach() {
        let points: Vec<(f64, f64)> = (0..400)
            .map(|i| (f64::from(i * 37 % 500), f64::from(i * 91 % 450)))
            .collect();
        let groups = group(&points, 60.0);
        let mut seen = vec![0; points.len()];
        for g in &groups {
            let lead = points[g.leader];
            for &m in &g.members {
                seen[m] += 1;
                let p = points[m];
                assert!((p.0 - lead.0).hypot(p.1 - lead.1) < 60.0 || m == g.leader);
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
        assert_eq!(group(&points, 60.0), groups, "deterministic");
    }
}
