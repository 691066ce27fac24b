# Case studies, the hire page and the sectors of clients.
case-studies-heading = Case studies
case-studies-filter-legend = Filter the case studies
case-studies-count = { $count ->
    [one] One case study
   *[other] { $count } case studies
}
case-studies-none = No case study matches these filters.
case-studies-empty = No case study has been published yet.
case-study-coops = { $count ->
    [one] Co-op
   *[other] Co-ops
}
case-study-client = Client
case-study-sector = Sector
case-study-year = Year
case-study-hire-link = Looking for a co-op for your own project? Hire a co-op
filter-countries = Countries
filter-several = Ctrl-click (⌘-click on a Mac) to choose several.
hire-title = Hire a co-op
hire-intro = Choose what you need and find the member co-ops that do it, with their past work. Write to a co-op directly: your message goes from your own email program, to them alone.
hire-legend = What do you need?
hire-browse = Browse
hire-availability = Availability
hire-availability-now = Available now
hire-availability-soon = Now or from a later month
hire-available-now = Available now
hire-available-from = Available from { $month }
hire-available-no = Not taking on new work at the moment
hire-coops-heading = Co-ops
hire-studies-heading = Their work
hire-all-case-studies = All case studies
hire-count = { $count ->
    [one] One co-op matches.
   *[other] { $count } co-ops match.
}
hire-none = No co-op matches all these needs. Remove one, or write to the federation.
hire-enquire = Write to { $coop }
hire-federation = Not sure whom to ask?
hire-federation-link = Write to the federation
hire-mail-subject = Enquiry via the { site-title } website
hire-mail-body =
    Hello { $coop },
    I found you on the { site-title } website and would like to talk about a project.
hire-mail-body-needs =
    Hello { $coop },
    I found you on the { site-title } website and would like to talk about a project.
    What we need: { $needs }
hire-mail-body-federation =
    Hello,
    I am looking for a co-op for a project and would like your advice.
hire-mail-body-federation-needs =
    Hello,
    I am looking for a co-op for a project and would like your advice.
    What we need: { $needs }
directory-hire-link = Looking for a co-op for a project? Hire a co-op
menu-hire = Hire a co-op
menu-case-studies = Case studies
sector-public = Public sector
sector-nonprofit = Non-profit
sector-cooperative = Co-operative
sector-education = Education
sector-health = Health and care
sector-culture = Culture
sector-research = Research
sector-media = Media
sector-environment = Environment
sector-business = Business
