# Teksten voor de ledenlijst, profielen, federaties en overzichtspagina’s.
members-title = Aangesloten coöperaties
members-intro = { $count ->
    [one] Eén coöperatie
   *[other] { $count } coöperaties
} in { $countries ->
    [one] één land
   *[other] { $countries } landen
}, in handen van en geleid door de mensen die er werken.
members-count = { $count ->
    [one] { $count } coöperatie
   *[other] { $count } coöperaties
}
workers-count = { $count ->
    [one] { $count } medewerker
   *[other] { $count } medewerkers
}
countries-count = { $count ->
    [one] { $count } land
   *[other] { $count } landen
}
federations-count = { $count ->
    [one] { $count } nationale federatie
   *[other] { $count } nationale federaties
}
home-totals-heading = De federatie in cijfers
member-logo-alt = Logo van { $name }
member-website = Website
member-email = E-mail
member-phone = Telefoon
member-matrix = Matrix
member-legal-form = Rechtsvorm
member-founded = Opgericht
member-size = Omvang
member-workers = { $count ->
    [one] { $count } medewerker
   *[other] { $count } medewerkers
}
member-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
member-languages = Werktalen
member-federations = Federaties
member-services = Diensten
member-technologies = Technologieën
member-clients = Klanten
member-hiring = Beschikbaar voor opdrachten
member-hiring-yes = Ja, neemt nieuwe opdrachten aan
member-hiring-no = Op dit moment niet
member-links = Elders online
link-fediverse = Fediverse
link-forge = Code
link-loomio = Loomio
link-opencollective = Open Collective
link-linkedin = LinkedIn
link-feed = Nieuwsfeed
community-forum = Forum
community-loomio = Loomio
community-wiki = Wiki
community-mailing_list = Mailinglijst
community-fediverse = Fediverse
federations-title = Federaties
federations-intro = Nationale federaties van techcoöperaties, de koepelorganisaties daarboven en onze zusterfederaties.
federations-members-heading = Aangesloten federaties
federations-parents-heading = Netwerken waar we deel van uitmaken
federations-others-heading = Zuster- en waarnemende federaties
federation-parents = Lid van
federation-members = Aangesloten coöperaties
federation-no-members = Er zijn nog geen aangesloten coöperaties vermeld.
federation-sisters = Zusterfederaties
federation-community = Community
services-title = Diensten
services-page-title = Coöperaties die { $name } aanbieden
technologies-title = Technologieën
technologies-page-title = Coöperaties die { $name } gebruiken
countries-title = Landen
countries-page-title = Coöperaties per land: { $name }
filter-legend = Filter de ledenlijst
filter-text = Zoeken
filter-country = Land
filter-federation = Federatie
filter-service = Dienst
filter-technology = Technologie
filter-language = Werktaal
filter-hiring = Beschikbaar voor nieuwe opdrachten
filter-any = Alle
filter-reset = Alles tonen
filter-results = { $count ->
    [one] { $count } lid-coöperatie gevonden.
   *[other] { $count } lid-coöperaties gevonden.
}
filter-results-applicants = { $count ->
    [one] Ook getoond: één kandidaat-lid, nog geen lid.
   *[other] Ook getoond: { $count } kandidaat-leden, nog geen lid.
}
filter-none = Geen enkele coöperatie voldoet aan al deze filters. Haal er een weg, of toon de hele ledenlijst.
