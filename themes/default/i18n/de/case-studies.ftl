# Fallstudien, die Seite „Eine Genossenschaft beauftragen“ und die Branchen der Kundschaft.
case-studies-heading = Fallstudien
case-studies-filter-legend = Fallstudien filtern
case-studies-count = { $count ->
    [one] Eine Fallstudie
   *[other] { $count } Fallstudien
}
case-studies-none = Keine Fallstudie passt zu diesen Filtern.
case-studies-empty = Es sind noch keine Fallstudien veröffentlicht.
case-study-coops = { $count ->
    [one] Genossenschaft
   *[other] Genossenschaften
}
case-study-client = Auftraggeber
case-study-sector = Branche
case-study-year = Jahr
case-study-hire-link = Suchen Sie eine Genossenschaft für Ihr eigenes Projekt? Genossenschaft beauftragen
filter-countries = Länder
filter-several = Strg-Klick (⌘-Klick auf dem Mac), um mehrere zu wählen.
hire-title = Eine Genossenschaft beauftragen
hire-intro = Wählen Sie, was Sie brauchen, und finden Sie die Mitgliedsgenossenschaften, die das machen, mit ihren bisherigen Arbeiten. Schreiben Sie einer Genossenschaft direkt: Ihre Nachricht geht aus Ihrem eigenen E-Mail-Programm nur an sie.
hire-legend = Was brauchen Sie?
hire-browse = Stöbern
hire-availability = Verfügbarkeit
hire-availability-now = Jetzt verfügbar
hire-availability-soon = Jetzt oder ab einem späteren Monat
hire-available-now = Jetzt verfügbar
hire-available-from = Verfügbar ab { $month }
hire-available-no = Nimmt derzeit keine neuen Aufträge an
hire-coops-heading = Genossenschaften
hire-studies-heading = Ihre Arbeiten
hire-all-case-studies = Alle Fallstudien
hire-count = { $count ->
    [one] Eine Genossenschaft passt.
   *[other] { $count } Genossenschaften passen.
}
hire-none = Keine Genossenschaft erfüllt alle diese Wünsche. Entfernen Sie einen, oder schreiben Sie dem Verband.
hire-enquire = { $coop } schreiben
hire-federation = Sie wissen nicht, an wen Sie sich wenden sollen?
hire-federation-link = Dem Verband schreiben
hire-mail-subject = Anfrage über die Website von { site-title }
hire-mail-body =
    Hallo { $coop },
    ich habe Sie auf der Website von { site-title } gefunden und möchte gern über ein Projekt sprechen.
hire-mail-body-needs =
    Hallo { $coop },
    ich habe Sie auf der Website von { site-title } gefunden und möchte gern über ein Projekt sprechen.
    Was wir brauchen: { $needs }
hire-mail-body-federation =
    Hallo,
    ich suche eine Genossenschaft für ein Projekt und hätte gern Ihren Rat.
hire-mail-body-federation-needs =
    Hallo,
    ich suche eine Genossenschaft für ein Projekt und hätte gern Ihren Rat.
    Was wir brauchen: { $needs }
directory-hire-link = Sie suchen eine Genossenschaft für ein Projekt? Genossenschaft beauftragen
menu-hire = Genossenschaft beauftragen
menu-case-studies = Fallstudien
sector-public = Öffentlicher Sektor
sector-nonprofit = Gemeinnützig
sector-cooperative = Genossenschaftlich
sector-education = Bildung
sector-health = Gesundheit und Pflege
sector-culture = Kultur
sector-research = Forschung
sector-media = Medien
sector-environment = Umwelt
sector-business = Wirtschaft
