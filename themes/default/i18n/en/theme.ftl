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
    [one] worker-owner
   *[other] worker-owners
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
