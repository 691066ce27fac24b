# Textes de l’annuaire des membres, des fiches, des fédérations et des pages d’index.
members-title = Coopératives membres
members-intro = { $count ->
    [one] { $count } coopérative
   *[other] { $count } coopératives
} dans { $countries ->
    [one] { $countries } pays
   *[other] { $countries } pays
}, que possèdent et dirigent celles et ceux qui y travaillent.
members-count = { $count ->
    [one] { $count } coopérative
   *[other] { $count } coopératives
}
workers-count = { $count ->
    [one] { $count } salarié
   *[other] { $count } salariés
}
countries-count = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}
federations-count = { $count ->
    [one] { $count } fédération nationale
   *[other] { $count } fédérations nationales
}
home-totals-heading = La fédération en chiffres
member-logo-alt = Logo de la coopérative { $name }
member-website = Site web
member-email = Courriel
member-phone = Téléphone
member-matrix = Matrix
member-legal-form = Forme juridique
member-founded = Création
member-size = Taille
member-workers = { $count ->
    [one] { $count } salarié
   *[other] { $count } salariés
}
member-members = { $count ->
    [one] { $count } associé
   *[other] { $count } associés
}
member-languages = Langues de travail
member-federations = Fédérations
member-services = Services
member-technologies = Technologies
member-clients = Clients
member-hiring = Disponibilité
member-hiring-yes = Oui, accepte de nouveaux projets
member-hiring-no = Pas pour le moment
member-links = Ailleurs sur le web
link-fediverse = Fediverse
link-forge = Code
link-loomio = Loomio
link-opencollective = Open Collective
link-linkedin = LinkedIn
link-feed = Fil d’actualités
community-forum = Forum
community-loomio = Loomio
community-wiki = Wiki
community-mailing_list = Liste de diffusion
community-fediverse = Fediverse
federations-title = Fédérations
federations-intro = Les fédérations nationales de coopératives du numérique, les organisations dont elles font partie et nos fédérations sœurs.
federations-members-heading = Fédérations membres
federations-parents-heading = Les réseaux dont nous faisons partie
federations-others-heading = Fédérations sœurs et observatrices
federation-parents = Membre de
federation-members = Coopératives membres
federation-no-members = Aucune coopérative membre n’est encore répertoriée.
federation-sisters = Fédérations sœurs
federation-community = Communauté
services-title = Services
services-page-title = Coopératives proposant le service { $name }
technologies-title = Technologies
technologies-page-title = Coopératives qui utilisent { $name }
countries-title = Pays
countries-page-title = Coopératives par pays : { $name }
filter-legend = Filtrer l’annuaire
filter-text = Rechercher
filter-country = Pays
filter-federation = Fédération
filter-service = Service
filter-technology = Technologie
filter-language = Langue de travail
filter-hiring = Disponible pour de nouveaux projets
filter-any = Indifférent
filter-reset = Tout afficher
filter-results = { $count ->
    [one] { $count } coopérative membre correspond.
   *[other] { $count } coopératives membres correspondent.
}
filter-results-applicants = { $count ->
    [one] Une coopérative candidate, pas encore membre, est aussi affichée.
   *[other] { $count } coopératives candidates, pas encore membres, sont aussi affichées.
}
filter-none = Aucune coopérative ne correspond à tous ces filtres. Retirez-en un, ou affichez tout l’annuaire.
