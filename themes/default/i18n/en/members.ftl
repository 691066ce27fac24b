# Strings of the member directory, profiles, federations and index pages.
members-title = Member co-ops
members-intro = { $count ->
    [one] One co-operative
   *[other] { $count } co-operatives
} in { $countries ->
    [one] one country
   *[other] { $countries } countries
}, owned and run by the people who work in them.
members-count = { $count ->
    [one] { $count } co-op
   *[other] { $count } co-ops
}
workers-count = { $count ->
    [one] { $count } worker
   *[other] { $count } workers
}
countries-count = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
federations-count = { $count ->
    [one] { $count } national federation
   *[other] { $count } national federations
}
home-totals-heading = The federation in numbers
member-logo-alt = Logo of { $name }
member-website = Website
member-email = Email
member-phone = Phone
member-matrix = Matrix
member-legal-form = Legal form
member-founded = Founded
member-size = Size
member-workers = { $count ->
    [one] { $count } worker
   *[other] { $count } workers
}
member-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
member-languages = Working languages
member-federations = Federations
member-services = Services
member-technologies = Technologies
member-clients = Clients
member-hiring = Available for work
member-hiring-yes = Yes, taking on new work
member-hiring-no = Not at the moment
member-links = Elsewhere
link-fediverse = Fediverse
link-forge = Code
link-loomio = Loomio
link-opencollective = Open Collective
link-linkedin = LinkedIn
link-feed = News feed
community-forum = Forum
community-loomio = Loomio
community-wiki = Wiki
community-mailing_list = Mailing list
community-fediverse = Fediverse
federations-title = Federations
federations-intro = National federations of tech co-operatives, the organisations above them, and our sister federations.
federations-members-heading = Member federations
federations-parents-heading = Networks we belong to
federations-others-heading = Sister and observer federations
federation-parents = Part of
federation-members = Member co-ops
federation-no-members = No member co-ops are listed yet.
federation-sisters = Sister federations
federation-community = Community
services-title = Services
services-page-title = Co-ops that offer { $name }
technologies-title = Technologies
technologies-page-title = Co-ops that use { $name }
countries-title = Countries
countries-page-title = Co-ops in { $name }
filter-legend = Filter the directory
filter-text = Search
filter-country = Country
filter-federation = Federation
filter-service = Service
filter-technology = Technology
filter-language = Working language
filter-hiring = Available for new work
filter-any = Any
filter-reset = Show all
filter-results = { $count ->
    [one] { $count } member co-op matches.
   *[other] { $count } member co-ops match.
}
filter-results-applicants = { $count ->
    [one] Also shown: one applicant, not yet a member.
   *[other] Also shown: { $count } applicants, not yet members.
}
filter-none = No co-op matches all these filters. Remove one, or show the whole directory.
