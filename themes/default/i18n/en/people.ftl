## Figures over time (render/chart.rs), people, working groups, press and legal pages.

figures-chart-title = Member co-ops and their workers per year
figures-chart-desc = Member co-ops went from { $first_coops } in { $first_year } to { $last_coops } in { $last_year }, with { $last_workers } workers.
figures-table-caption = Member co-ops and workers at the end of each year (this year: today)
figures-year = Year
figures-coops = Member co-ops
figures-workers = Workers

# Roles people hold (`roles = [...]` in content/people/*.toml); a site adds its own.
role-council-member = Council member
role-delegate = Delegate
role-finance-committee = Finance committee
role-secretariat = Secretariat
role-convenor = Working group convenor

governance-people-heading = Who does what
governance-groups-heading = Working groups
person-languages = Speaks
group-matrix = Matrix room
group-loomio = Loomio group
group-members = Members
group-back = ← Governance
