## Cijfers door de tijd, mensen, werkgroepen, pers en juridische pagina's.

figures-chart-title = Ledencoöperaties en hun werkenden per jaar
figures-chart-desc = Het aantal ledencoöperaties ging van { $first_coops } in { $first_year } naar { $last_coops } in { $last_year }, met { $last_workers } werkenden.
figures-table-caption = Ledencoöperaties en werkenden aan het eind van elk jaar (dit jaar: vandaag)
figures-year = Jaar
figures-coops = Ledencoöperaties
figures-coops-short = Coöperaties
figures-workers = Werkenden

role-council-member = Raadslid
role-delegate = Afgevaardigde
role-finance-committee = Financiële commissie
role-secretariat = Secretariaat
role-convenor = Trekker van een werkgroep

governance-people-heading = Wie doet wat
governance-groups-heading = Werkgroepen
person-languages = Spreekt:
group-matrix = Matrix-kamer
group-matrix-label = Matrix-kamer:
group-loomio = Loomio-groep
group-members = Leden
group-back = ← Bestuur

legal-provider = Aanbieder van deze site
legal-name = Naam
legal-address = Adres
legal-representatives = Vertegenwoordigd door
legal-register = Inschrijving
legal-vat-id = Btw-nummer
legal-contact = Contact
legal-editor = Verantwoordelijk voor de inhoud
privacy-controller = Verwerkingsverantwoordelijke
privacy-data = Welke gegevens deze site verwerkt
privacy-data-none = Deze site plaatst geen cookies, heeft geen statistieken of tracking, geen formulieren en laadt niets van andere servers. We verzamelen er geen persoonsgegevens mee.
privacy-data-logs = Onze hostingprovider, { $host }, houdt serverlogs bij wanneer je de site bezoekt: je IP-adres, datum en tijd, de opgevraagde pagina en de naam van je browser. Ze zijn nodig om de site te leveren en te beveiligen (art. 6, lid 1, f AVG) en worden bewaard volgens het beleid van de provider.
privacy-rights = Je rechten
privacy-rights-text = Je kunt ons vragen welke gegevens we over je hebben, ze laten verbeteren of wissen, de verwerking laten beperken of er bezwaar tegen maken, en ze in een overdraagbare vorm ontvangen (art. 15–21 AVG). Schrijf ons op het adres hieronder.
privacy-authority = Toezichthoudende autoriteit
privacy-contact = Contact over gegevensbescherming

menu-legal = Colofon
menu-privacy = Privacy

menu-press = Pers
press-logos = Logo
press-logo-svg = Download het logo (SVG)
press-data = Open data
press-licence = licentie: { $licence }
