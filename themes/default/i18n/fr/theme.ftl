language-native = Français
site-title = Une fédération de coopératives tech
site-tagline = Des coopératives tech qui travaillent ensemble
skip-to-content = Aller au contenu
nav-main = Menu principal
nav-menu = Menu
nav-languages = Langues
menu-home = Accueil
fallback-notice = Cette page n’est pas encore traduite en français ; elle s’affiche dans sa langue d’origine.
fallback-original-link = Lire l’original
section-empty = Rien ici pour le moment.
not-found-title = Page introuvable
not-found-text = La page que vous cherchez n’existe pas ou a été déplacée.
not-found-help = Vous trouverez peut-être ce que vous cherchiez sur l’une de ces pages :
back-home = Retour à l’accueil
redirect-title = Cette page a été déplacée
redirect-text = Cette page a été déplacée : suivez ce lien.
footer-built-with = Construit avec federa, un logiciel libre pour les fédérations coopératives.
footer-federations = Nos fédérations
footer-follow = Nous suivre
footer-feed = Actualités (flux Atom)
footer-calendar = Événements (iCalendar)
home-cta-directory = Trouver une coopérative
home-cta-join = Rejoindre la fédération
home-mission-heading = Qui sommes-nous
home-map-heading = Où sont nos membres
home-map-directory = Parcourir toutes les coopératives de l’annuaire
home-news-heading = Dernières actualités
home-news-all = Toutes les actualités
home-events-heading = À venir
home-events-all = Tous les événements
home-join-heading = Vous faites vivre une coopérative numérique ? Rejoignez-nous.
home-join-text = Coopératives et fédérations nationales sont les bienvenues : partagez travail, outils et savoir-faire avec d’autres personnes qui possèdent leur lieu de travail.
home-stat-coops = { $count ->
    [one] coopérative membre
   *[other] coopératives membres
}
home-stat-workers = { $count ->
    [one] salarié associé
   *[other] salariés associés
}
home-stat-countries = { $count ->
    [one] pays
   *[other] pays
}
home-stat-federations = { $count ->
    [one] fédération nationale
   *[other] fédérations nationales
}
map-label = Carte des coopératives membres
map-caption = { $count ->
    [one] Une coopérative sur la carte. L’annuaire présente chaque membre en détail.
   *[other] { $count } coopératives sur la carte. L’annuaire présente chaque membre en détail.
}
map-caption-applicants = { $count ->
    [one] Une coopérative candidate figure aussi sur la carte.
   *[other] { $count } coopératives candidates figurent aussi sur la carte.
}
map-caption-none = Aucune des coopératives affichées n’est sur la carte.
directory-map-heading = Sur la carte
# The link to a page's source file on the forge (site.toml `repository`).
edit-this-page = Modifier cette page

## Search (search.html, search.js, render::search)
menu-search = Recherche
search-title = Recherche
search-label = Rechercher dans le site
search-button = Rechercher
search-needs-script = La recherche a besoin de JavaScript, qui est désactivé ou non pris en charge par ce navigateur. Toutes les coopératives figurent dans l’annuaire, et chaque page est accessible depuis le menu :
search-browse-members = L’annuaire des membres
search-loading = Chargement de l’index…
search-failed = L’index de recherche n’a pas pu être chargé. Parcourez plutôt les pages ci-dessous.
search-none = Aucun résultat. Essayez avec moins de mots, ou des mots plus courts.
search-results = { $count ->
    [one] Une page trouvée.
   *[other] { $count } pages trouvées.
}
search-kind-index = Accueil
search-kind-page = Page
search-kind-section = Rubrique
search-kind-news = Actualité
search-kind-events = Événement
search-kind-member = Coopérative
search-kind-members = Annuaire
search-kind-federation = Fédération
search-kind-federations = Fédérations
search-kind-term = Thème
search-kind-terms = Thèmes
