# Praktijkvoorbeelden, de pagina "Een coöperatie inhuren" en de sectoren van klanten.
case-studies-heading = Praktijkvoorbeelden
case-studies-filter-legend = Praktijkvoorbeelden filteren
case-studies-count = { $count ->
    [one] Eén praktijkvoorbeeld
   *[other] { $count } praktijkvoorbeelden
}
case-studies-none = Geen praktijkvoorbeeld past bij deze filters.
case-studies-empty = Er zijn nog geen praktijkvoorbeelden gepubliceerd.
case-study-coops = { $count ->
    [one] Coöperatie
   *[other] Coöperaties
}
case-study-client = Klant
case-study-sector = Sector
case-study-year = Jaar
case-study-hire-link = Op zoek naar een coöperatie voor uw eigen project? Huur een coöperatie in
filter-countries = Landen
filter-several = Ctrl-klik (⌘-klik op een Mac) om er meerdere te kiezen.
hire-title = Een coöperatie inhuren
hire-intro = Kies wat u nodig hebt en vind de lidcoöperaties die dat doen, met hun eerdere werk. Schrijf een coöperatie rechtstreeks: uw bericht gaat vanuit uw eigen e-mailprogramma, alleen naar hen.
hire-legend = Wat hebt u nodig?
hire-browse = Bladeren
hire-availability = Beschikbaarheid
hire-availability-now = Nu beschikbaar
hire-availability-soon = Nu of vanaf een latere maand
hire-available-now = Nu beschikbaar
hire-available-from = Beschikbaar vanaf { $month }
hire-available-no = Neemt op dit moment geen nieuw werk aan
hire-coops-heading = Coöperaties
hire-studies-heading = Hun werk
hire-all-case-studies = Alle praktijkvoorbeelden
hire-count = { $count ->
    [one] Eén coöperatie past.
   *[other] { $count } coöperaties passen.
}
hire-none = Geen coöperatie past bij al deze wensen. Laat er één weg, of schrijf de federatie.
hire-enquire = Schrijf { $coop }
hire-federation = Weet u niet wie u moet vragen?
hire-federation-link = Schrijf de federatie
hire-mail-subject = Aanvraag via de website van { site-title }
hire-mail-body =
    Hallo { $coop },
    Ik vond u op de website van { site-title } en wil graag over een project praten.
hire-mail-body-needs =
    Hallo { $coop },
    Ik vond u op de website van { site-title } en wil graag over een project praten.
    Wat we nodig hebben: { $needs }
hire-mail-body-federation =
    Hallo,
    Ik zoek een coöperatie voor een project en hoor graag uw advies.
hire-mail-body-federation-needs =
    Hallo,
    Ik zoek een coöperatie voor een project en hoor graag uw advies.
    Wat we nodig hebben: { $needs }
directory-hire-link = Op zoek naar een coöperatie voor een project? Huur een coöperatie in
menu-hire = Coöperatie inhuren
menu-case-studies = Praktijkvoorbeelden
sector-public = Overheid
sector-nonprofit = Non-profit
sector-cooperative = Coöperatief
sector-education = Onderwijs
sector-health = Zorg en welzijn
sector-culture = Cultuur
sector-research = Onderzoek
sector-media = Media
sector-environment = Milieu
sector-business = Bedrijfsleven
