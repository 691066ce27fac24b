language-native = Nederlands
site-title = Een federatie van techcoöperaties
site-tagline = Techcoöperaties die samenwerken

site-tagline = Tech-coöperaties die samenwerken
skip-to-content = Naar de inhoud
nav-main = Hoofdmenu
nav-menu = Menu
nav-languages = Talen
menu-home = Home
fallback-notice = Deze pagina is nog niet in het Nederlands vertaald en wordt daarom in de oorspronkelijke taal getoond.
fallback-original-link = Lees het origineel
section-empty = Hier staat nog niets.
not-found-title = Pagina niet gevonden
not-found-text = De pagina die je zoekt bestaat niet of is verplaatst.
not-found-help = Misschien vind je wat je zocht op een van deze pagina’s:
back-home = Terug naar de homepage
redirect-title = Deze pagina is verplaatst
redirect-text = Deze pagina is verplaatst: volg deze link.
footer-built-with = Gemaakt met federa, vrije software voor coöperatieve federaties.
footer-federations = Onze federaties
footer-follow = Volg ons
footer-feed = Nieuws (Atom-feed)
footer-calendar = Evenementen (iCalendar)
home-cta-directory = Vind een coöperatie
home-cta-join = Word lid van de federatie
home-mission-heading = Wie we zijn
home-map-heading = Waar onze leden zitten
home-map-directory = Bekijk alle coöperaties in de ledenlijst
home-news-heading = Laatste nieuws
home-news-all = Al het nieuws
home-events-heading = Binnenkort
home-events-all = Alle evenementen
home-join-heading = Run je een techcoöperatie? Sluit je aan.

home-join-heading = Heb je een techcoöperatie? Sluit je aan.
home-join-text = Coöperaties en nationale federaties zijn welkom: deel werk, gereedschap en kennis met mensen die net als jij eigenaar zijn van hun werkplek.
home-stat-coops = { $count ->
    [one] lid-coöperatie
   *[other] lid-coöperaties
}
home-stat-workers = { $count ->
    [one] medewerker
   *[other] medewerkers
}
home-stat-countries = { $count ->
    [one] land
   *[other] landen
}
home-stat-federations = { $count ->
    [one] nationale federatie
   *[other] nationale federaties
}
map-label = Kaart van de lid-coöperaties
map-caption = { $count ->
    [one] Eén coöperatie op de kaart. De ledenlijst toont elk lid met alle details.
   *[other] { $count } coöperaties op de kaart. De ledenlijst toont elk lid met alle details.
}
map-caption-applicants = { $count ->
    [one] Ook op de kaart: één kandidaat-lid.
   *[other] Ook op de kaart: { $count } kandidaat-leden.
}
map-caption-none = Geen van de getoonde coöperaties staat op de kaart.
directory-map-heading = Op de kaart
# The link to a page's source file on the forge (site.toml `repository`).
edit-this-page = Deze pagina bewerken

## Theme additions (issue 14): grouped map markers, event date badges, country page titles.
# A group of nearby co-ops on the map ($place: the city, else the country, of the co-op it is drawn at).
map-group = { $count ->
    [one] Eén coöperatie rond { $place }
   *[other] { $count } coöperaties rond { $place }
}
# Abbreviated month names, for the date badges of event cards.
month-short-1 = jan
month-short-2 = feb
month-short-3 = mrt
month-short-4 = apr
month-short-5 = mei
month-short-6 = jun
month-short-7 = jul
month-short-8 = aug
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = dec
# The title of a country's page ($code: ISO 3166-1 alpha-2, $name: the country's name).
country-page-title = { $code ->
    [AE] Coöperaties in de Verenigde Arabische Emiraten
    [BS] Coöperaties op de Bahama’s
    [CF] Coöperaties in de Centraal-Afrikaanse Republiek
    [CK] Coöperaties op de Cookeilanden
    [CU] Coöperaties op Cuba
    [CY] Coöperaties op Cyprus
    [DO] Coöperaties in de Dominicaanse Republiek
    [FK] Coöperaties op de Falklandeilanden
    [FO] Coöperaties op de Faeröer
    [GB] Coöperaties in het Verenigd Koninkrijk
    [KM] Coöperaties op de Comoren
    [KY] Coöperaties op de Kaaimaneilanden
    [MG] Coöperaties op Madagaskar
    [MH] Coöperaties op de Marshalleilanden
    [MT] Coöperaties op Malta
    [MV] Coöperaties op de Malediven
    [PH] Coöperaties op de Filipijnen
    [SB] Coöperaties op de Salomonseilanden
    [SC] Coöperaties op de Seychellen
    [TC] Coöperaties op de Turks- en Caicoseilanden
    [US] Coöperaties in de Verenigde Staten
    [VG] Coöperaties op de Britse Maagdeneilanden
    [VI] Coöperaties op de Amerikaanse Maagdeneilanden
   *[other] Coöperaties in { $name }
}

## Search (search.html, search.js, render::search)
menu-search = Zoeken
search-title = Zoeken
search-label = Zoeken op de site
search-button = Zoeken
search-needs-script = Zoeken werkt met JavaScript, dat in deze browser uitstaat of niet wordt ondersteund. Alle coöperaties staan in de ledenlijst en elke pagina is te bereiken via het menu:
search-browse-members = De ledenlijst
search-loading = De index wordt geladen…
search-failed = De zoekindex kon niet worden geladen. Blader in plaats daarvan door de pagina’s hieronder.
search-none = Niets gevonden. Probeer minder of kortere woorden.
search-results = { $count ->
    [one] Eén pagina gevonden.
   *[other] { $count } pagina’s gevonden.
}
search-kind-index = Home
search-kind-page = Pagina
search-kind-section = Rubriek
search-kind-news = Nieuws
search-kind-events = Evenement
search-kind-member = Coöperatie
search-kind-members = Ledenlijst
search-kind-federation = Federatie
search-kind-federations = Federaties
search-kind-term = Onderwerp
search-kind-terms = Onderwerpen
search-kind-case-studies = Praktijkvoorbeeld
search-kind-working-group = Werkgroep
search-kind-governance = Bestuur
search-kind-hire = Een coöperatie inhuren
search-kind-press = Pers
search-kind-legal-notice = Colofon
search-kind-privacy = Privacy
