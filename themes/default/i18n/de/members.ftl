# Texte für das Mitgliederverzeichnis, die Profile, die Verbände und die Übersichtsseiten.
members-title = Mitglieds{"\u00AD"}genossen{"\u00AD"}schaften
members-intro = { $count ->
    [one] Eine Genossenschaft
   *[other] { $count } Genossenschaften
} in { $countries ->
    [one] einem Land
   *[other] { $countries } Ländern
}, im Besitz und unter der Leitung der Menschen, die dort arbeiten.
members-count = { $count ->
    [one] { $count } Genossenschaft
   *[other] { $count } Genossenschaften
}
workers-count = { $count ->
    [one] { $count } beschäftigte Person
   *[other] { $count } Beschäftigte
}
countries-count = { $count ->
    [one] { $count } Land
   *[other] { $count } Länder
}
federations-count = { $count ->
    [one] { $count } nationaler Verband
   *[other] { $count } nationale Verbände
}
home-totals-heading = Der Verband in Zahlen
member-logo-alt = Logo von { $name }
member-website = Website
member-email = E-Mail
member-phone = Telefon
member-matrix = Matrix
member-legal-form = Rechtsform
member-founded = Gegründet
member-size = Größe
member-workers = { $count ->
    [one] { $count } beschäftigte Person
   *[other] { $count } Beschäftigte
}
member-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
member-languages = Arbeitssprachen
member-federations = Verbände
member-services = Leistungen
member-technologies = Technologien
member-clients = Kunden
member-hiring = Offen für Aufträge
member-hiring-yes = Ja, nimmt neue Aufträge an
member-hiring-no = Derzeit nicht
member-links = Anderswo im Netz
link-fediverse = Fediverse
link-forge = Code
link-loomio = Loomio
link-opencollective = Open Collective
link-linkedin = LinkedIn
link-feed = Newsfeed
community-forum = Forum
community-loomio = Loomio
community-wiki = Wiki
community-mailing_list = Mailingliste
community-fediverse = Fediverse
federations-title = Verbände
federations-intro = Nationale Verbände von Tech-Genossenschaften, die ihnen übergeordneten Organisationen und unsere Schwesterverbände.
federations-members-heading = Mitgliedsverbände
federations-parents-heading = Netzwerke, denen wir angehören
federations-others-heading = Schwester- und Beobachterverbände
federation-parents = Mitglied in
federation-members = Mitglieds{"\u00AD"}genossen{"\u00AD"}schaften
federation-no-members = Es sind noch keine Mitgliedsgenossenschaften eingetragen.
federation-sisters = Schwester{"\u00AD"}verbände
federation-community = Community
services-title = Leistungen
services-page-title = Genossenschaften, die { $name } anbieten
technologies-title = Technologien
technologies-page-title = Genossenschaften, die { $name } einsetzen
countries-title = Länder
countries-page-title = Genossenschaften nach Land: { $name }
filter-legend = Verzeichnis filtern
filter-text = Suche
filter-country = Land
filter-federation = Verband
filter-service = Leistung
filter-technology = Technologie
filter-language = Arbeits{"\u00AD"}sprache
filter-hiring = Offen für neue Aufträge
filter-any = Alle
filter-reset = Alle anzeigen
filter-results = { $count ->
    [one] { $count } passende Mitglieds{"\u00AD"}genossenschaft.
   *[other] { $count } passende Mitglieds{"\u00AD"}genossen{"\u00AD"}schaften.
}
filter-results-applicants = { $count ->
    [one] Außerdem angezeigt: eine Genossenschaft, deren Aufnahme beantragt ist.
   *[other] Außerdem angezeigt: { $count } Genossenschaften, deren Aufnahme beantragt ist.
}
filter-none = Keine Genossenschaft erfüllt alle diese Filter. Entfernen Sie einen Filter oder zeigen Sie das ganze Verzeichnis an.
