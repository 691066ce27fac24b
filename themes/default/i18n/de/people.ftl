## Zahlen im Zeitverlauf, Personen, Arbeitsgruppen, Presse und rechtliche Seiten.

figures-chart-title = Mitgliedsgenossenschaften und ihre Beschäftigten pro Jahr
figures-chart-desc = Die Zahl der Mitgliedsgenossenschaften stieg von { $first_coops } im Jahr { $first_year } auf { $last_coops } im Jahr { $last_year }, mit { $last_workers } Beschäftigten.
figures-table-caption = Mitgliedsgenossenschaften und Beschäftigte am Ende jedes Jahres (dieses Jahr: heute)
figures-year = Jahr
figures-coops = Mitgliedsgenossenschaften
figures-workers = Beschäftigte

role-council-member = Ratsmitglied
role-delegate = Delegierte·r
role-finance-committee = Finanzausschuss
role-secretariat = Sekretariat
role-convenor = Koordination einer Arbeitsgruppe

governance-people-heading = Wer macht was
governance-groups-heading = Arbeitsgruppen
person-languages = Sprachen
group-matrix = Matrix-Raum
group-loomio = Loomio-Gruppe
group-members = Mitglieder
group-back = ← Gremien
