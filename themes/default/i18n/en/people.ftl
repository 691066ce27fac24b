## Figures over time (render/chart.rs), people, working groups, press and legal pages.

figures-chart-title = Member co-ops and their workers per year
figures-chart-desc = Member co-ops went from { $first_coops } in { $first_year } to { $last_coops } in { $last_year }, with { $last_workers } workers.
figures-table-caption = Member co-ops and workers at the end of each year (this year: today)
figures-year = Year
figures-coops = Member co-ops
figures-workers = Workers
