# Études de cas, la page « Engager une coopérative » et les secteurs des clients.
case-studies-heading = Études de cas
case-studies-filter-legend = Filtrer les études de cas
case-studies-count = { $count ->
    [one] Une étude de cas
   *[other] { $count } études de cas
}
case-studies-none = Aucune étude de cas ne correspond à ces filtres.
case-studies-empty = Aucune étude de cas n’est encore publiée.
case-study-coops = { $count ->
    [one] Coopérative
   *[other] Coopératives
}
case-study-client = Client
case-study-sector = Secteur
case-study-year = Année
case-study-hire-link = Vous cherchez une coopérative pour votre projet ? Engager une coopérative
filter-countries = Pays
filter-several = Ctrl-clic (⌘-clic sur Mac) pour en choisir plusieurs.
hire-title = Engager une coopérative
hire-intro = Choisissez ce dont vous avez besoin et trouvez les coopératives membres qui le font, avec leurs réalisations. Écrivez directement à une coopérative : votre message part de votre propre messagerie, vers elle seule.
hire-legend = De quoi avez-vous besoin ?
hire-browse = Parcourir
hire-availability = Disponibilité
hire-availability-now = Disponible maintenant
hire-availability-soon = Maintenant ou à partir d’un mois à venir
hire-available-now = Disponible maintenant
hire-available-from = Disponible à partir de { $month }
hire-available-no = Ne prend pas de nouveaux projets pour le moment
hire-coops-heading = Coopératives
hire-studies-heading = Leurs réalisations
hire-all-case-studies = Toutes les études de cas
hire-count = { $count ->
    [one] Une coopérative correspond.
   *[other] { $count } coopératives correspondent.
}
hire-none = Aucune coopérative ne répond à tous ces besoins. Retirez-en un, ou écrivez à la fédération.
hire-enquire = Écrire à { $coop }
hire-federation = Vous ne savez pas à qui vous adresser ?
hire-federation-link = Écrire à la fédération
hire-mail-subject = Demande via le site { site-title }
hire-mail-body =
    Bonjour { $coop },
    Je vous ai trouvés sur le site { site-title } et j’aimerais parler d’un projet.
hire-mail-body-needs =
    Bonjour { $coop },
    Je vous ai trouvés sur le site { site-title } et j’aimerais parler d’un projet.
    Nos besoins : { $needs }
hire-mail-body-federation =
    Bonjour,
    Je cherche une coopérative pour un projet et j’aimerais avoir votre avis.
hire-mail-body-federation-needs =
    Bonjour,
    Je cherche une coopérative pour un projet et j’aimerais avoir votre avis.
    Nos besoins : { $needs }
directory-hire-link = Vous cherchez une coopérative pour un projet ? Engager une coopérative
menu-hire = Engager une coop
menu-case-studies = Études de cas
sector-public = Secteur public
sector-nonprofit = Associatif
sector-cooperative = Coopératif
sector-education = Éducation
sector-health = Santé et soins
sector-culture = Culture
sector-research = Recherche
sector-media = Médias
sector-environment = Environnement
sector-business = Entreprises
