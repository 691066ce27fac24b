# Interface strings of the default theme. A site overrides any of them in i18n/en/.
language-native = English
site-title = A federation of tech co-ops
site-tagline = Tech co-operatives working together
skip-to-content = Skip to content
nav-main = Main menu
nav-menu = Menu
nav-languages = Languages
menu-home = Home
# Generic on purpose: a language without its own notice falls back to this English text,
# so it must not name a language.
fallback-notice = This page has not been translated into this language yet, so it is shown in its original language.
fallback-original-link = Read the original
section-empty = Nothing here yet.
not-found-title = Page not found
not-found-text = The page you were looking for does not exist, or has moved.
not-found-help = Perhaps one of these pages has what you were looking for:
back-home = Back to the home page
redirect-title = This page has moved
redirect-text = This page has moved: follow this link.
footer-built-with = Built with federa, free software for co-operative federations.
footer-federations = Our federations
footer-follow = Follow us
footer-feed = News (Atom feed)
footer-calendar = Events (iCalendar)
home-cta-directory = Find a co-op
home-cta-join = Join the federation
home-mission-heading = Who we are
home-map-heading = Where our members are
home-map-directory = Browse every co-op in the directory
home-news-heading = Latest news
home-news-all = All news
home-events-heading = Coming up
home-events-all = All events
home-join-heading = Run a tech co-op? Join us.
home-join-text = Co-operatives and national federations are welcome: share work, tools and know-how with people who own their workplaces too.
home-stat-coops = { $count ->
    [one] member co-op
   *[other] member co-ops
}
home-stat-workers = { $count ->
    [one] worker
   *[other] workers
}
home-stat-countries = { $count ->
    [one] country
   *[other] countries
}
home-stat-federations = { $count ->
    [one] national federation
   *[other] national federations
}
map-label = Map of member co-ops
map-caption = { $count ->
    [one] One co-op on the map. The directory lists every member, with details.
   *[other] { $count } co-ops on the map. The directory lists every member, with details.
}
map-caption-applicants = { $count ->
    [one] Also on the map: one applicant.
   *[other] Also on the map: { $count } applicants.
}
map-caption-none = None of the co-ops shown is on the map.
directory-map-heading = On the map
# The link to a page's source file on the forge (site.toml `repository`).
edit-this-page = Edit this page

## Theme additions (issue 14): grouped map markers, event date badges, country page titles.
# A group of nearby co-ops on the map ($place: the city, else the country, of the co-op it is drawn at).
map-group = { $count ->
    [one] One co-op around { $place }
   *[other] { $count } co-ops around { $place }
}
# Abbreviated month names, for the date badges of event cards.
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# The title of a country's page ($code: ISO 3166-1 alpha-2, $name: the country's name).
country-page-title = { $code ->
    [AE] Co-ops in the { $name }
    [AX] Co-ops in the { $name }
    [BQ] Co-ops in the { $name }
    [BS] Co-ops in the { $name }
    [CC] Co-ops in the { $name }
    [CF] Co-ops in the { $name }
    [CK] Co-ops in the { $name }
    [DO] Co-ops in the { $name }
    [FK] Co-ops in the { $name }
    [FO] Co-ops in the { $name }
    [GB] Co-ops in the { $name }
    [GM] Co-ops in the { $name }
    [GS] Co-ops in the { $name }
    [HM] Co-ops in the { $name }
    [KM] Co-ops in the { $name }
    [KY] Co-ops in the { $name }
    [MH] Co-ops in the { $name }
    [MP] Co-ops in the { $name }
    [MV] Co-ops in the { $name }
    [NL] Co-ops in the { $name }
    [PH] Co-ops in the { $name }
    [PN] Co-ops in the { $name }
    [SB] Co-ops in the { $name }
    [SC] Co-ops in the { $name }
    [TC] Co-ops in the { $name }
    [UM] Co-ops in the { $name }
    [US] Co-ops in the { $name }
    [VG] Co-ops in the { $name }
    [VI] Co-ops in the { $name }
   *[other] Co-ops in { $name }
}

## Search (search.html, search.js, render::search)
menu-search = Search
search-title = Search
search-label = Search the site
search-button = Search
search-needs-script = Searching needs JavaScript, which is off or not supported in this browser. Every co-op is in the directory, and every page is reachable from the menu:
search-browse-members = The member directory
search-loading = Loading the index…
search-failed = The search index could not be loaded. Browse the pages below instead.
search-none = Nothing found. Try fewer or shorter words.
search-results = { $count ->
    [one] One page found.
   *[other] { $count } pages found.
}
search-kind-index = Home
search-kind-page = Page
search-kind-section = Section
search-kind-news = News
search-kind-events = Event
search-kind-member = Co-op
search-kind-members = Directory
search-kind-federation = Federation
search-kind-federations = Federations
search-kind-term = Topic
search-kind-terms = Topics
search-kind-case-studies = Case study
search-kind-working-group = Working group
search-kind-governance = Governance
search-kind-hire = Hire a co-op
search-kind-press = Press
search-kind-legal-notice = Legal notice
search-kind-privacy = Privacy
