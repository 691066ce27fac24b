## Cijfers door de tijd, mensen, werkgroepen, pers en juridische pagina's.

figures-chart-title = Ledencoöperaties en hun werkenden per jaar
figures-chart-desc = Het aantal ledencoöperaties ging van { $first_coops } in { $first_year } naar { $last_coops } in { $last_year }, met { $last_workers } werkenden.
figures-table-caption = Ledencoöperaties en werkenden aan het eind van elk jaar (dit jaar: vandaag)
figures-year = Jaar
figures-coops = Ledencoöperaties
figures-workers = Werkenden

role-council-member = Raadslid
role-delegate = Afgevaardigde
role-finance-committee = Financiële commissie
role-secretariat = Secretariaat
role-convenor = Trekker van een werkgroep

governance-people-heading = Wie doet wat
governance-groups-heading = Werkgroepen
person-languages = Spreekt
group-matrix = Matrix-kamer
group-loomio = Loomio-groep
group-members = Leden
group-back = ← Bestuur
