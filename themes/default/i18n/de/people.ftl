## Zahlen im Zeitverlauf, Personen, Arbeitsgruppen, Presse und rechtliche Seiten.

figures-chart-title = Mitgliedsgenossenschaften und ihre Beschäftigten pro Jahr
figures-chart-desc = Die Zahl der Mitgliedsgenossenschaften stieg von { $first_coops } im Jahr { $first_year } auf { $last_coops } im Jahr { $last_year }, mit { $last_workers } Beschäftigten.
figures-table-caption = Mitgliedsgenossenschaften und Beschäftigte am Ende jedes Jahres (dieses Jahr: heute)
figures-year = Jahr
figures-coops = Mitgliedsgenossenschaften
figures-coops-short = Genossenschaften
figures-workers = Beschäftigte

role-council-member = Ratsmitglied
role-delegate = Delegierte·r
role-finance-committee = Finanzausschuss
role-secretariat = Sekretariat
role-convenor = Koordination einer Arbeitsgruppe

governance-people-heading = Wer macht was
governance-groups-heading = Arbeitsgruppen
person-languages = Sprachen:
group-matrix = Matrix-Raum
group-matrix-label = Matrix-Raum:
group-loomio = Loomio-Gruppe
group-members = Mitglieder
group-back = ← Gremien

legal-provider = Anbieter dieser Website
legal-name = Name
legal-address = Anschrift
legal-representatives = Vertreten durch
legal-register = Registereintrag
legal-vat-id = Umsatzsteuer-Identifikationsnummer
legal-contact = Kontakt
legal-editor = Verantwortlich für den Inhalt
privacy-controller = Verantwortliche Stelle
privacy-data = Welche Daten diese Website verarbeitet
privacy-data-none = Diese Website setzt keine Cookies, hat keine Statistik- oder Tracking-Werkzeuge, keine Formulare und lädt nichts von anderen Servern. Wir erheben über sie keine personenbezogenen Daten.
privacy-data-logs = Unser Hoster, { $host }, speichert bei Ihrem Besuch Server-Logs: IP-Adresse, Datum und Uhrzeit, die aufgerufene Seite und den Namen Ihres Browsers. Sie sind nötig, um die Website auszuliefern und zu sichern (Art. 6 Abs. 1 lit. f DSGVO), und werden nach den Regeln des Hosters aufbewahrt.
privacy-rights = Ihre Rechte
privacy-rights-text = Sie können Auskunft über die bei uns gespeicherten Daten verlangen, sie berichtigen oder löschen lassen, die Verarbeitung einschränken lassen oder ihr widersprechen und sie in einem übertragbaren Format erhalten (Art. 15–21 DSGVO). Schreiben Sie uns an die unten genannte Adresse.
privacy-authority = Aufsichtsbehörde
privacy-contact = Kontakt zum Datenschutz

menu-legal = Impressum
menu-privacy = Datenschutz

menu-press = Presse
press-logos = Logo
press-logo-svg = Logo herunterladen (SVG)
press-data = Offene Daten
press-licence = Lizenz: { $licence }
