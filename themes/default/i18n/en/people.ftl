## Figures over time (render/chart.rs), people, working groups, press and legal pages.

figures-chart-title = Member co-ops and their workers per year
figures-chart-desc = Member co-ops went from { $first_coops } in { $first_year } to { $last_coops } in { $last_year }, with { $last_workers } workers.
figures-table-caption = Member co-ops and workers at the end of each year (this year: today)
figures-year = Year
figures-coops = Member co-ops
figures-coops-short = Co-ops
figures-workers = Workers

# Roles people hold (`roles = [...]` in content/people/*.toml); a site adds its own.
role-council-member = Council member
role-delegate = Delegate
role-finance-committee = Finance committee
role-secretariat = Secretariat
role-convenor = Working group convenor

governance-people-heading = Who does what
governance-groups-heading = Working groups
person-languages = Speaks:
group-matrix = Matrix room
group-matrix-label = Matrix room:
group-loomio = Loomio group
group-members = Members
group-back = ← Governance

# Legal notice (legal-notice.html) and privacy notice (privacy.html), from [legal].
legal-provider = Provider of this site
legal-name = Name
legal-address = Address
legal-representatives = Represented by
legal-register = Register entry
legal-vat-id = VAT identification number
legal-contact = Contact
legal-editor = Responsible for the content
privacy-controller = Who is responsible for your data
privacy-data = What data this site processes
privacy-data-none = This site sets no cookies, has no analytics or tracking, no forms and loads nothing from other servers. We do not collect personal data through it.
privacy-data-logs = Our host, { $host }, keeps server logs when you visit: your IP address, the date and time, the page requested and your browser's name. They are needed to deliver the site and keep it secure (Art. 6(1)(f) GDPR) and are kept as the host's own policy says.
privacy-rights = Your rights
privacy-rights-text = You may ask us about the data we hold on you, have it corrected or erased, restrict or object to its processing, and receive it in a portable form (Art. 15–21 GDPR). Write to us at the address below.
privacy-authority = Supervisory authority
privacy-contact = Contact about data protection

# Footer links to the legal pages (site.toml [[menus.footer]]).
menu-legal = Legal notice
menu-privacy = Privacy

# Press page (press.html).
menu-press = Press
press-logos = Logo
press-logo-svg = Download the logo (SVG)
press-data = Open data
press-licence = licence: { $licence }
