language-native = Deutsch
site-title = Ein Verband von Tech-Genossenschaften
site-tagline = Tech-Genossenschaften, die zusammenarbeiten
skip-to-content = Zum Inhalt springen
nav-main = Hauptmenü
nav-menu = Menü
nav-languages = Sprachen
menu-home = Startseite
fallback-notice = Diese Seite ist noch nicht ins Deutsche übersetzt und wird daher in ihrer Originalsprache angezeigt.
fallback-original-link = Original lesen
section-empty = Hier gibt es noch nichts.
not-found-title = Seite nicht gefunden
not-found-text = Die gesuchte Seite existiert nicht oder wurde verschoben.
not-found-help = Vielleicht finden Sie das Gesuchte auf einer dieser Seiten:
back-home = Zurück zur Startseite
redirect-title = Diese Seite ist umgezogen
redirect-text = Diese Seite ist umgezogen: Folgen Sie diesem Link.
footer-built-with = Erstellt mit federa, freier Software für genossenschaftliche Verbände.
footer-federations = Unsere Verbände
footer-follow = Folgen Sie uns
footer-feed = Neuigkeiten (Atom-Feed)
footer-calendar = Veranstaltungen (iCalendar)
home-cta-directory = Genossenschaft finden
home-cta-join = Dem Verband beitreten
home-mission-heading = Wer wir sind
home-map-heading = Wo unsere Mitglieder sind
home-map-directory = Alle Genossenschaften im Verzeichnis ansehen
home-news-heading = Neueste Meldungen
home-news-all = Alle Neuigkeiten
home-events-heading = Demnächst
home-events-all = Alle Veranstaltungen
home-join-heading = Sie führen eine Tech-Genossenschaft? Machen Sie mit.
home-join-text = Genossenschaften und nationale Verbände sind willkommen: Teilen Sie Aufträge, Werkzeuge und Wissen mit Menschen, denen ihr Arbeitsplatz ebenfalls selbst gehört.
home-stat-coops = { $count ->
    [one] Mitglieds{"\u00AD"}genossenschaft
   *[other] Mitglieds{"\u00AD"}genossen{"\u00AD"}schaften
}
home-stat-workers = { $count ->
    [one] beschäftigte Person
   *[other] Beschäftigte
}
home-stat-countries = { $count ->
    [one] Land
   *[other] Länder
}
home-stat-federations = { $count ->
    [one] nationaler Verband
   *[other] nationale Verbände
}
map-label = Karte der Mitgliedsgenossenschaften
map-caption = { $count ->
    [one] Eine Genossenschaft auf der Karte. Das Verzeichnis zeigt jedes Mitglied mit allen Angaben.
   *[other] { $count } Genossenschaften auf der Karte. Das Verzeichnis zeigt jedes Mitglied mit allen Angaben.
}
map-caption-applicants = { $count ->
    [one] Außerdem auf der Karte: eine Genossenschaft, deren Aufnahme beantragt ist.
   *[other] Außerdem auf der Karte: { $count } Genossenschaften, deren Aufnahme beantragt ist.
}
map-caption-none = Keine der angezeigten Genossenschaften ist auf der Karte.
directory-map-heading = Auf der Karte
# The link to a page's source file on the forge (site.toml `repository`).
edit-this-page = Diese Seite bearbeiten

## Theme additions (issue 14): grouped map markers, event date badges, country page titles.
# A group of nearby co-ops on the map ($place: the city, else the country, of the co-op it is drawn at).
map-group = { $count ->
    [one] Eine Genossenschaft rund um { $place }
   *[other] { $count } Genossenschaften rund um { $place }
}
# Abbreviated month names, for the date badges of event cards.
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.
# The title of a country's page ($code: ISO 3166-1 alpha-2, $name: the country's name).
country-page-title = { $code ->
    [AE] Genossenschaften in den Vereinigten Arabischen Emiraten
    [AX] Genossenschaften auf den Ålandinseln
    [BQ] Genossenschaften in den Karibischen Niederlanden
    [BS] Genossenschaften auf den Bahamas
    [CF] Genossenschaften in der Zentralafrikanischen Republik
    [CH] Genossenschaften in der Schweiz
    [CK] Genossenschaften auf den Cookinseln
    [CU] Genossenschaften auf Kuba
    [CY] Genossenschaften auf Zypern
    [DO] Genossenschaften in der Dominikanischen Republik
    [FK] Genossenschaften auf den Falklandinseln
    [FO] Genossenschaften auf den Färöern
    [GB] Genossenschaften im Vereinigten Königreich
    [IQ] Genossenschaften im Irak
    [IR] Genossenschaften im Iran
    [KM] Genossenschaften auf den Komoren
    [KY] Genossenschaften auf den Kaimaninseln
    [LB] Genossenschaften im Libanon
    [MG] Genossenschaften auf Madagaskar
    [MH] Genossenschaften auf den Marshallinseln
    [MN] Genossenschaften in der Mongolei
    [MT] Genossenschaften auf Malta
    [MV] Genossenschaften auf den Malediven
    [NE] Genossenschaften im Niger
    [NL] Genossenschaften in den Niederlanden
    [PH] Genossenschaften auf den Philippinen
    [SB] Genossenschaften auf den Salomonen
    [SC] Genossenschaften auf den Seychellen
    [SD] Genossenschaften im Sudan
    [SK] Genossenschaften in der Slowakei
    [SN] Genossenschaften im Senegal
    [TC] Genossenschaften auf den Turks- und Caicosinseln
    [TD] Genossenschaften im Tschad
    [TR] Genossenschaften in der Türkei
    [UA] Genossenschaften in der Ukraine
    [US] Genossenschaften in den Vereinigten Staaten
    [VA] Genossenschaften in der Vatikanstadt
    [VG] Genossenschaften auf den Britischen Jungferninseln
    [VI] Genossenschaften auf den Amerikanischen Jungferninseln
    [XK] Genossenschaften im Kosovo
    [YE] Genossenschaften im Jemen
   *[other] Genossenschaften in { $name }
}

## Search (search.html, search.js, render::search)
menu-search = Suche
search-title = Suche
search-label = Auf der Website suchen
search-button = Suchen
search-needs-script = Die Suche braucht JavaScript, das in diesem Browser ausgeschaltet ist oder nicht unterstützt wird. Alle Genossenschaften stehen im Verzeichnis, und jede Seite ist über das Menü erreichbar:
search-browse-members = Das Mitgliederverzeichnis
search-loading = Der Index wird geladen …
search-failed = Der Suchindex konnte nicht geladen werden. Bitte nutzen Sie stattdessen die Seiten unten.
search-none = Nichts gefunden. Versuchen Sie es mit weniger oder kürzeren Wörtern.
search-results = { $count ->
    [one] Eine Seite gefunden.
   *[other] { $count } Seiten gefunden.
}
search-kind-index = Startseite
search-kind-page = Seite
search-kind-section = Rubrik
search-kind-news = Neuigkeit
search-kind-events = Veranstaltung
search-kind-member = Genossenschaft
search-kind-members = Verzeichnis
search-kind-federation = Verband
search-kind-federations = Verbände
search-kind-term = Thema
search-kind-terms = Themen
search-kind-case-studies = Fallstudie
search-kind-working-group = Arbeitsgruppe
search-kind-governance = Governance
search-kind-hire = Genossenschaft beauftragen
search-kind-press = Presse
search-kind-legal-notice = Impressum
search-kind-privacy = Datenschutz
