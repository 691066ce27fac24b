language-native = Français
site-title = Une fédération de coopératives du numérique
site-tagline = Des coopératives du numérique qui travaillent ensemble
skip-to-content = Aller au contenu
nav-main = Menu principal
nav-menu = Menu
nav-languages = Langues
menu-home = Accueil
fallback-notice = Cette page n’est pas encore traduite en français ; elle s’affiche dans sa langue d’origine.
fallback-original-link = Lire l’original
section-empty = Rien ici pour le moment.
not-found-title = Page introuvable
not-found-text = La page que vous cherchez n’existe pas ou a été déplacée.
not-found-help = Vous trouverez peut-être ce que vous cherchiez sur l’une de ces pages :
back-home = Retour à l’accueil
redirect-title = Cette page a été déplacée
redirect-text = Cette page a été déplacée : suivez ce lien.
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
home-join-heading = Vous faites vivre une coopérative numérique ? Rejoignez-nous.
home-join-text = Coopératives et fédérations nationales sont les bienvenues : partagez travail, outils et savoir-faire avec d’autres personnes qui possèdent leur lieu de travail.
home-stat-coops = { $count ->
    [one] coopérative membre
   *[other] coopératives membres
}
home-stat-workers = { $count ->
    [one] salarié
   *[other] salariés
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

## Theme additions (issue 14): grouped map markers, event date badges, country page titles.
# A group of nearby co-ops on the map ($place: the city, else the country, of the co-op it is drawn at).
map-group = { $count ->
    [one] { $place } et alentours : une coopérative
   *[other] { $place } et alentours : { $count } coopératives
}
# Abbreviated month names, for the date badges of event cards.
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
# The title of a country's page ($code: ISO 3166-1 alpha-2, $name: the country's name).
country-page-title = { $code ->
    [AD] Coopératives en { $name }
    [AE] Coopératives aux { $name }
    [AF] Coopératives en { $name }
    [AL] Coopératives en { $name }
    [AM] Coopératives en { $name }
    [AR] Coopératives en { $name }
    [AT] Coopératives en { $name }
    [AU] Coopératives en { $name }
    [BA] Coopératives en { $name }
    [BE] Coopératives en { $name }
    [BF] Coopératives au { $name }
    [BG] Coopératives en { $name }
    [BJ] Coopératives au { $name }
    [BO] Coopératives en { $name }
    [BR] Coopératives au { $name }
    [BS] Coopératives aux { $name }
    [BY] Coopératives en { $name }
    [CA] Coopératives au { $name }
    [CH] Coopératives en { $name }
    [CL] Coopératives au { $name }
    [CM] Coopératives au { $name }
    [CN] Coopératives en { $name }
    [CO] Coopératives en { $name }
    [CU] Coopératives à { $name }
    [CY] Coopératives à { $name }
    [CZ] Coopératives en { $name }
    [DE] Coopératives en { $name }
    [DK] Coopératives au { $name }
    [DZ] Coopératives en { $name }
    [EC] Coopératives en { $name }
    [EE] Coopératives en { $name }
    [EG] Coopératives en { $name }
    [ES] Coopératives en { $name }
    [ET] Coopératives en { $name }
    [FI] Coopératives en { $name }
    [FR] Coopératives en { $name }
    [GB] Coopératives au { $name }
    [GE] Coopératives en { $name }
    [GR] Coopératives en { $name }
    [HR] Coopératives en { $name }
    [HU] Coopératives en { $name }
    [IE] Coopératives en { $name }
    [IL] Coopératives en { $name }
    [IN] Coopératives en { $name }
    [IQ] Coopératives en { $name }
    [IR] Coopératives en { $name }
    [IS] Coopératives en { $name }
    [IT] Coopératives en { $name }
    [JP] Coopératives au { $name }
    [KE] Coopératives au { $name }
    [KM] Coopératives aux { $name }
    [KR] Coopératives en { $name }
    [LB] Coopératives au { $name }
    [LI] Coopératives au { $name }
    [LT] Coopératives en { $name }
    [LU] Coopératives au { $name }
    [LV] Coopératives en { $name }
    [MA] Coopératives au { $name }
    [MC] Coopératives à { $name }
    [MD] Coopératives en { $name }
    [ME] Coopératives au { $name }
    [MG] Coopératives à { $name }
    [MK] Coopératives en { $name }
    [ML] Coopératives au { $name }
    [MT] Coopératives à { $name }
    [MV] Coopératives aux { $name }
    [MX] Coopératives au { $name }
    [NE] Coopératives au { $name }
    [NG] Coopératives au { $name }
    [NL] Coopératives aux { $name }
    [NO] Coopératives en { $name }
    [NZ] Coopératives en { $name }
    [PE] Coopératives au { $name }
    [PH] Coopératives aux { $name }
    [PL] Coopératives en { $name }
    [PT] Coopératives au { $name }
    [RO] Coopératives en { $name }
    [RS] Coopératives en { $name }
    [RU] Coopératives en { $name }
    [SC] Coopératives aux { $name }
    [SD] Coopératives au { $name }
    [SE] Coopératives en { $name }
    [SG] Coopératives à { $name }
    [SI] Coopératives en { $name }
    [SK] Coopératives en { $name }
    [SM] Coopératives à { $name }
    [SN] Coopératives au { $name }
    [TD] Coopératives au { $name }
    [TN] Coopératives en { $name }
    [TR] Coopératives en { $name }
    [UA] Coopératives en { $name }
    [US] Coopératives aux { $name }
    [UY] Coopératives en { $name }
    [VE] Coopératives au { $name }
    [VN] Coopératives au { $name }
    [XK] Coopératives au { $name }
    [ZA] Coopératives en { $name }
   *[other] Coopératives par pays : { $name }
}

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
search-kind-case-studies = Étude de cas
search-kind-working-group = Groupe de travail
search-kind-governance = Gouvernance
search-kind-hire = Engager une coopérative
search-kind-press = Presse
search-kind-legal-notice = Mentions légales
search-kind-privacy = Confidentialité
