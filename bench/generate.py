#!/usr/bin/env python3
"""Synthetic federation site generator for the federa-vs-Hugo benchmark (issue 7).

    generate.py --members N --out DIR [--seed 7] [--news P] [--events E] [--imported K]

writes the same content twice:

    DIR/federa/  a federa site (site.toml, content/, i18n/), following the member,
                 federation, page and event schemas of DESIGN.md section 3;
    DIR/hugo/    an equivalent multilingual Hugo site (hugo.toml, content/, i18n/,
                 layouts/) whose templates do the same loops as federa's default theme:
                 members directory, member profile, per-service, per-technology,
                 per-country and per-federation lists, news, events, a language
                 switcher and hreflang alternates on every page.

Content: N members (TOML; summaries in en, fr, nl, de; a ~300-word markdown description
in two languages), P = N/2 news posts and E = N/10 events in four languages, a handful of
federations, a 16-service vocabulary (Fluent for federa, Hugo i18n for Hugo) and ~48
technologies. Everything is derived from --seed: the same arguments give byte-identical
files. Python 3 standard library only. Prints the expected HTML page count of each site.

With --imported K (issue 11's benchmark case), K of the N members are not member files
but records of `imports/<federation>.json` snapshots (format `federa/import/v1`, as
`federa import` writes them; docs/import.md): each in the snapshot of every federation
it belongs to, so it is the same co-op in the same federations as with member files.
Only the federa site is written then (Hugo has no imports to compare with).
"""

import argparse
import datetime
import json
import math
import random
import shutil
import sys
import textwrap
import unicodedata
from pathlib import Path

LANGS = ["en", "fr", "nl", "de"]
DEFAULT_LANG = "en"
NEWS_PAGE_SIZE = 10  # federa's [news] page_size and Hugo's pagerSize
BASE_URL = "https://bench.example/"

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}

# --- vocabularies ---------------------------------------------------------------------

# 16 services: (id, en, fr, nl, de). Ids are Fluent ids `service-<id>`.
SERVICES = [
    ("web-development", "Web development", "Développement web", "Webontwikkeling", "Webentwicklung"),
    ("mobile-apps", "Mobile apps", "Applications mobiles", "Mobiele apps", "Mobile Apps"),
    ("cms-development", "CMS development", "Développement de CMS", "CMS-ontwikkeling", "CMS-Entwicklung"),
    ("e-commerce", "E-commerce", "E-commerce", "E-commerce", "E-Commerce"),
    ("ux-design", "UX and interface design", "Design UX et d’interfaces", "UX- en interfaceontwerp", "UX- und Interface-Design"),
    ("graphic-design", "Graphic design and branding", "Graphisme et identité visuelle", "Grafisch ontwerp en huisstijl", "Grafikdesign und Markenauftritt"),
    ("accessibility-audits", "Accessibility audits", "Audits d’accessibilité", "Toegankelijkheidsaudits", "Barrierefreiheitsprüfungen"),
    ("hosting", "Web hosting", "Hébergement web", "Webhosting", "Webhosting"),
    ("nextcloud-hosting", "Nextcloud hosting", "Hébergement Nextcloud", "Nextcloud-hosting", "Nextcloud-Hosting"),
    ("infrastructure", "Infrastructure and networks", "Infrastructure et réseaux", "Infrastructuur en netwerken", "Infrastruktur und Netzwerke"),
    ("devops", "DevOps and cloud", "DevOps et cloud", "DevOps en cloud", "DevOps und Cloud"),
    ("security-audits", "Security audits", "Audits de sécurité", "Beveiligingsaudits", "Sicherheitsaudits"),
    ("data-science", "Data science and visualisation", "Science des données et visualisation", "Datawetenschap en visualisatie", "Datenanalyse und Visualisierung"),
    ("open-source-maintenance", "Open-source maintenance", "Maintenance de logiciels libres", "Onderhoud van opensourcesoftware", "Pflege freier Software"),
    ("consulting", "Technical consulting", "Conseil technique", "Technisch advies", "Technische Beratung"),
    ("training", "Training and workshops", "Formation et ateliers", "Trainingen en workshops", "Schulungen und Workshops"),
]
SERVICE_LABEL = {sid: dict(zip(LANGS, labels)) for sid, *labels in SERVICES}

TECHNOLOGIES = [
    "Rust", "Go", "Python", "Django", "Flask", "Ruby on Rails", "Elixir", "Phoenix",
    "PHP", "Laravel", "Symfony", "Drupal", "WordPress", "TYPO3", "JavaScript", "TypeScript",
    "React", "Vue.js", "Svelte", "Angular", "Node.js", "Deno", "Kotlin", "Swift",
    "Flutter", "Java", "Spring", "Scala", "Haskell", "OCaml", "Clojure", "PostgreSQL",
    "MariaDB", "Redis", "Elasticsearch", "Kubernetes", "Ansible", "Terraform", "Docker", "Nix",
    "Debian", "OpenBSD", "Nextcloud", "Matrix", "Odoo", "Decidim", "QGIS", "Figma",
]

COOP_TYPES = [("worker", 60), ("multi-stakeholder", 15), ("freelancer", 8), ("platform", 5),
              ("producer", 4), ("consumer", 3), ("other", 5)]
STATUSES = [("active", 85), ("applicant", 10), ("former", 5)]
CONTRACT_TYPES = ["fixed-price", "time-and-materials", "retainer", "day-rate", "pro-bono"]

# Countries: names per language, working languages, legal forms, UTC offsets (winter,
# summer), cities with coordinates.
COUNTRIES = {
    "BE": ({"en": "Belgium", "fr": "Belgique", "nl": "België", "de": "Belgien"}, ["fr", "nl", "de"],
           ["SCRL", "SC"], (1, 2), [("Brussels", 50.85, 4.35), ("Ghent", 51.05, 3.72), ("Liège", 50.63, 5.57), ("Antwerp", 51.22, 4.40)]),
    "FR": ({"en": "France", "fr": "France", "nl": "Frankrijk", "de": "Frankreich"}, ["fr"],
           ["SCOP", "SCIC"], (1, 2), [("Paris", 48.86, 2.35), ("Lyon", 45.76, 4.84), ("Nantes", 47.22, -1.55), ("Toulouse", 43.60, 1.44), ("Lille", 50.63, 3.06)]),
    "NL": ({"en": "Netherlands", "fr": "Pays-Bas", "nl": "Nederland", "de": "Niederlande"}, ["nl"],
           ["U.A.", "B.A."], (1, 2), [("Amsterdam", 52.37, 4.90), ("Utrecht", 52.09, 5.12), ("Rotterdam", 51.92, 4.48), ("Groningen", 53.22, 6.57)]),
    "DE": ({"en": "Germany", "fr": "Allemagne", "nl": "Duitsland", "de": "Deutschland"}, ["de"],
           ["eG"], (1, 2), [("Berlin", 52.52, 13.40), ("Hamburg", 53.55, 9.99), ("Leipzig", 51.34, 12.37), ("Cologne", 50.94, 6.96), ("Munich", 48.14, 11.58)]),
    "GB": ({"en": "United Kingdom", "fr": "Royaume-Uni", "nl": "Verenigd Koninkrijk", "de": "Vereinigtes Königreich"}, ["en"],
           ["Co-operative Society", "Ltd (co-operative)"], (0, 1), [("London", 51.51, -0.13), ("Manchester", 53.48, -2.24), ("Bristol", 51.45, -2.59), ("Glasgow", 55.86, -4.25)]),
    "ES": ({"en": "Spain", "fr": "Espagne", "nl": "Spanje", "de": "Spanien"}, ["es"],
           ["S.Coop."], (1, 2), [("Barcelona", 41.39, 2.17), ("Madrid", 40.42, -3.70), ("Bilbao", 43.26, -2.93), ("Valencia", 39.47, -0.38)]),
    "IT": ({"en": "Italy", "fr": "Italie", "nl": "Italië", "de": "Italien"}, ["it"],
           ["Soc. Coop."], (1, 2), [("Bologna", 44.49, 11.34), ("Milan", 45.46, 9.19), ("Turin", 45.07, 7.69), ("Rome", 41.90, 12.50)]),
    "PT": ({"en": "Portugal", "fr": "Portugal", "nl": "Portugal", "de": "Portugal"}, ["pt"],
           ["CRL"], (0, 1), [("Lisbon", 38.72, -9.14), ("Porto", 41.15, -8.61)]),
    "DK": ({"en": "Denmark", "fr": "Danemark", "nl": "Denemarken", "de": "Dänemark"}, ["da"],
           ["A.m.b.a."], (1, 2), [("Copenhagen", 55.68, 12.57), ("Aarhus", 56.16, 10.20)]),
    "AT": ({"en": "Austria", "fr": "Autriche", "nl": "Oostenrijk", "de": "Österreich"}, ["de"],
           ["eGen"], (1, 2), [("Vienna", 48.21, 16.37), ("Graz", 47.07, 15.44)]),
    "CH": ({"en": "Switzerland", "fr": "Suisse", "nl": "Zwitserland", "de": "Schweiz"}, ["de", "fr"],
           ["Genossenschaft"], (1, 2), [("Zurich", 47.38, 8.54), ("Geneva", 46.20, 6.14), ("Bern", 46.95, 7.45)]),
    "SE": ({"en": "Sweden", "fr": "Suède", "nl": "Zweden", "de": "Schweden"}, ["sv"],
           ["ekonomisk förening"], (1, 2), [("Stockholm", 59.33, 18.07), ("Gothenburg", 57.71, 11.97), ("Malmö", 55.60, 13.00)]),
}
COUNTRY_WEIGHTS = {"BE": 8, "FR": 16, "NL": 10, "DE": 16, "GB": 16, "ES": 10, "IT": 8, "PT": 4,
                   "DK": 3, "AT": 4, "CH": 3, "SE": 2}

# Federations: slug -> fields. Members join their country's federation (or tech-europe).
FEDERATIONS = {
    "euro-coops": dict(name="European Confederation of Worker Co-operatives", short_name="EuroCoops",
                       countries=list(COUNTRIES), relation="parent", languages=["en", "fr"], founded=1979, parents=[],
                       summary={"en": "The European confederation of worker and social co-operatives.",
                                "fr": "La confédération européenne des coopératives de travail et sociales.",
                                "nl": "De Europese confederatie van werknemers- en sociale coöperaties.",
                                "de": "Der europäische Dachverband der Arbeits- und Sozialgenossenschaften."}),
    "tech-europe": dict(name="Tech Co-ops Europe (bench)", short_name="TCE", countries=list(COUNTRIES),
                        relation="member", languages=LANGS, founded=2024, parents=["euro-coops"],
                        summary={"en": "The European federation of national tech co-operative federations.",
                                 "fr": "La fédération européenne des fédérations nationales de coopératives tech.",
                                 "nl": "De Europese federatie van nationale federaties van techcoöperaties.",
                                 "de": "Der europäische Verband der nationalen Verbände von Tech-Genossenschaften."}),
    "uk-tech": dict(name="Co-operative Technologists (bench)", short_name="CoTech", countries=["GB"], relation="member",
                    languages=["en"], founded=2016, parents=["tech-europe"],
                    summary={"en": "The network of tech co-operatives in the United Kingdom.",
                             "fr": "Le réseau des coopératives tech du Royaume-Uni.",
                             "nl": "Het netwerk van techcoöperaties in het Verenigd Koninkrijk.",
                             "de": "Das Netzwerk der Tech-Genossenschaften im Vereinigten Königreich."}),
    "fr-tech": dict(name="Fédération des SCOP du numérique (bench)", short_name="FR Tech", countries=["FR"],
                    relation="member", languages=["fr"], founded=2021, parents=["tech-europe"],
                    summary={"en": "French digital worker co-operatives working together.",
                             "fr": "Les SCOP et SCIC du numérique en France, ensemble.",
                             "nl": "Franse digitale werknemerscoöperaties die samenwerken.",
                             "de": "Französische digitale Arbeitsgenossenschaften, die zusammenarbeiten."}),
    "nl-tech": dict(name="Tech Coöperaties Nederland (bench)", short_name="TCN", countries=["NL"], relation="forming",
                    languages=["nl", "en"], founded=2025, parents=["tech-europe"],
                    summary={"en": "Dutch tech co-operatives forming a federation.",
                             "fr": "Des coopératives tech néerlandaises qui forment une fédération.",
                             "nl": "Nederlandse techcoöperaties die een federatie oprichten.",
                             "de": "Niederländische Tech-Genossenschaften, die einen Verband gründen."}),
    "de-tech": dict(name="Verband der Tech-Genossenschaften (bench)", short_name="TechEG", countries=["DE", "AT", "CH"],
                    relation="member", languages=["de"], founded=2022, parents=["tech-europe"],
                    summary={"en": "Tech co-operatives in Germany, Austria and Switzerland.",
                             "fr": "Les coopératives tech d’Allemagne, d’Autriche et de Suisse.",
                             "nl": "Techcoöperaties in Duitsland, Oostenrijk en Zwitserland.",
                             "de": "Tech-Genossenschaften in Deutschland, Österreich und der Schweiz."}),
    "be-tech": dict(name="Belgian Tech Co-ops (bench)", short_name="BE Tech", countries=["BE"], relation="forming",
                    languages=["fr", "nl", "de", "en"], founded=2025, parents=["tech-europe"],
                    summary={"en": "Belgian tech co-operatives founding a federation together.",
                             "fr": "Des coopératives tech belges qui fondent ensemble une fédération.",
                             "nl": "Belgische techcoöperaties die samen een federatie oprichten.",
                             "de": "Belgische Tech-Genossenschaften, die gemeinsam einen Verband gründen."}),
    "es-tech": dict(name="Red de Cooperativas Tecnológicas (bench)", short_name="RCT", countries=["ES", "PT"],
                    relation="sister", languages=["es", "en"], founded=2019, parents=[],
                    summary={"en": "A sister network of technology co-operatives in Iberia.",
                             "fr": "Un réseau frère de coopératives technologiques en Ibérie.",
                             "nl": "Een zusternetwerk van technologiecoöperaties op het Iberisch schiereiland.",
                             "de": "Ein Schwesternetzwerk von Technologie-Genossenschaften auf der Iberischen Halbinsel."}),
}
NATIONAL_FEDERATION = {"GB": "uk-tech", "FR": "fr-tech", "NL": "nl-tech", "DE": "de-tech", "AT": "de-tech",
                       "CH": "de-tech", "BE": "be-tech", "ES": "es-tech", "PT": "es-tech"}

NAME_A = ["Lumen", "Hedgerow", "Kestrel", "Bramble", "Fieldmouse", "Tidewater", "Noorder", "Ostwind", "Kiez",
          "Faubourg", "Almendra", "Fjord", "Colmena", "Meuse", "Tessitura", "Hafen", "Dijk", "Lucciola",
          "Kraanvogel", "Cortica", "Glen", "Lantern", "Willow", "Birch", "Heron", "Linden", "Otter", "Saffron",
          "Juniper", "Marram", "Alder", "Cobalt", "Ember", "Harbour", "Mistral", "Poppy", "Quarry", "Rowan",
          "Sorrel", "Thistle", "Umber", "Vireo", "Wren", "Yarrow", "Zephyr", "Basalt", "Clover", "Delta",
          "Fennel", "Granite"]
NAME_B = ["Digital", "Code", "Systems", "Collective", "Labs", "Works", "Data", "Software", "Web", "Studio",
          "Tech", "Coop", "Numérique", "Logiciels", "Digitaal", "Werkplaats", "Informatik", "Netz", "Dev", "Cloud"]

# --- text pools (per language) --------------------------------------------------------

COOP_WORD = {
    "en": {"worker": "worker", "multi-stakeholder": "multi-stakeholder", "freelancer": "freelancer",
           "platform": "platform", "producer": "producer", "consumer": "consumer", "other": "tech"},
    "fr": {"worker": "de travail", "multi-stakeholder": "multi-sociétaires", "freelancer": "d’indépendants",
           "platform": "de plateforme", "producer": "de producteurs", "consumer": "d’usagers", "other": "tech"},
    "nl": {"worker": "werknemers", "multi-stakeholder": "multistakeholder", "freelancer": "freelancers",
           "platform": "platform", "producer": "producenten", "consumer": "consumenten", "other": "tech"},
    "de": {"worker": "Arbeits", "multi-stakeholder": "Multi-Stakeholder", "freelancer": "Freelancer",
           "platform": "Plattform", "producer": "Produzenten", "consumer": "Verbraucher", "other": "Tech"},
}

SUMMARY = {
    "en": "A {coop} co-operative in {city} with {workers} worker-owners: {s1}, {s2} and more, built with {t1}.",
    "fr": "Une coopérative {coop} à {city}, {workers} associés salariés : {s1}, {s2} et plus, avec {t1}.",
    "nl": "Een {coop}coöperatie in {city} met {workers} werkende eigenaars: {s1}, {s2} en meer, met {t1}.",
    "de": "Eine {coop}genossenschaft in {city} mit {workers} Mitgliedern: {s1}, {s2} und mehr, mit {t1}.",
}

DESCRIPTION_HEADINGS = {
    "en": ("Who we are", "What we do", "How we work"),
    "fr": ("Qui sommes-nous", "Ce que nous faisons", "Comment nous travaillons"),
    "nl": ("Wie we zijn", "Wat we doen", "Hoe we werken"),
    "de": ("Wer wir sind", "Was wir tun", "Wie wir arbeiten"),
}

DESCRIPTION_SENTENCES = {
    "en": [
        "{name} was founded in {year} by a small group of developers in {city} who wanted to own the place they worked in.",
        "Today the co-operative has {workers} worker-members, and every one of them has a vote at the general assembly.",
        "Most of our work is {service}, usually for public bodies, charities and other co-operatives in {country}.",
        "We build with {tech} and {tech2}, and we publish what we can under free software licences.",
        "Pay is decided together, and the difference between the highest and the lowest salary is kept small on purpose.",
        "We prefer long relationships with our clients to quick projects, and we maintain what we build for years.",
        "When a project is too large for us, we team up with other co-ops of the federation rather than with subcontractors.",
        "New members join after a trial year, at the end of which the assembly votes on their application.",
        "A part of every project budget goes to accessibility, documentation and security reviews, because they are never optional.",
        "We work four days a week on client projects and keep the fifth for learning, maintenance and the co-op itself.",
        "Our office in {city} is shared with two other co-operatives, a bicycle workshop and a community kitchen.",
        "If you need {service}, write to us: we answer every message within two working days.",
    ],
    "fr": [
        "{name} a été fondée en {year} par un petit groupe de développeurs de {city} qui voulaient posséder leur lieu de travail.",
        "Aujourd’hui, la coopérative compte {workers} associés salariés, et chacun d’eux a une voix à l’assemblée générale.",
        "L’essentiel de notre activité est {service}, le plus souvent pour des collectivités, des associations et d’autres coopératives en {country}.",
        "Nous travaillons avec {tech} et {tech2}, et nous publions ce que nous pouvons sous licence libre.",
        "Les salaires sont décidés ensemble, et l’écart entre le plus haut et le plus bas reste volontairement faible.",
        "Nous préférons les relations durables avec nos clients aux projets rapides, et nous maintenons ce que nous construisons pendant des années.",
        "Quand un projet est trop grand pour nous, nous nous associons à d’autres coopératives de la fédération plutôt qu’à des sous-traitants.",
        "Les nouveaux membres rejoignent la coopérative après une année d’essai, à l’issue de laquelle l’assemblée vote sur leur candidature.",
        "Une part de chaque budget va à l’accessibilité, à la documentation et à la sécurité, parce qu’elles ne sont jamais optionnelles.",
        "Nous consacrons quatre jours par semaine aux projets clients et gardons le cinquième pour apprendre, maintenir et faire vivre la coopérative.",
        "Notre local de {city} est partagé avec deux autres coopératives, un atelier vélo et une cuisine de quartier.",
        "Si vous avez besoin de {service}, écrivez-nous : nous répondons à chaque message en deux jours ouvrés.",
    ],
    "nl": [
        "{name} werd in {year} opgericht door een kleine groep ontwikkelaars in {city} die eigenaar wilden zijn van hun werkplek.",
        "Vandaag telt de coöperatie {workers} werkende leden, en ieder van hen heeft een stem in de algemene vergadering.",
        "Het grootste deel van ons werk is {service}, meestal voor overheden, goede doelen en andere coöperaties in {country}.",
        "We bouwen met {tech} en {tech2}, en we publiceren wat we kunnen onder vrije softwarelicenties.",
        "Lonen bepalen we samen, en het verschil tussen het hoogste en het laagste loon houden we bewust klein.",
        "We verkiezen lange relaties met onze klanten boven snelle projecten, en we onderhouden wat we bouwen jarenlang.",
        "Als een project te groot is voor ons, werken we samen met andere coöperaties van de federatie in plaats van met onderaannemers.",
        "Nieuwe leden treden toe na een proefjaar, waarna de vergadering over hun aanvraag stemt.",
        "Een deel van elk projectbudget gaat naar toegankelijkheid, documentatie en beveiliging, want die zijn nooit optioneel.",
        "We werken vier dagen per week aan klantprojecten en houden de vijfde vrij voor leren, onderhoud en de coöperatie zelf.",
        "Ons kantoor in {city} delen we met twee andere coöperaties, een fietswerkplaats en een buurtkeuken.",
        "Heb je {service} nodig, schrijf ons dan: we beantwoorden elk bericht binnen twee werkdagen.",
    ],
    "de": [
        "{name} wurde {year} von einer kleinen Gruppe von Entwicklerinnen und Entwicklern in {city} gegründet, die ihren Arbeitsplatz selbst besitzen wollten.",
        "Heute hat die Genossenschaft {workers} arbeitende Mitglieder, und jedes von ihnen hat eine Stimme in der Generalversammlung.",
        "Der größte Teil unserer Arbeit ist {service}, meist für öffentliche Stellen, Vereine und andere Genossenschaften in {country}.",
        "Wir arbeiten mit {tech} und {tech2} und veröffentlichen, was wir können, unter freien Lizenzen.",
        "Die Löhne legen wir gemeinsam fest, und der Abstand zwischen dem höchsten und dem niedrigsten Lohn bleibt bewusst klein.",
        "Wir ziehen lange Beziehungen zu unseren Kundinnen und Kunden schnellen Projekten vor und pflegen, was wir bauen, über Jahre.",
        "Ist ein Projekt zu groß für uns, arbeiten wir mit anderen Genossenschaften des Verbands zusammen statt mit Subunternehmen.",
        "Neue Mitglieder kommen nach einem Probejahr dazu, an dessen Ende die Versammlung über ihren Antrag abstimmt.",
        "Ein Teil jedes Projektbudgets geht an Barrierefreiheit, Dokumentation und Sicherheit, denn sie sind nie optional.",
        "Wir arbeiten vier Tage pro Woche an Kundenprojekten und behalten den fünften für Lernen, Wartung und die Genossenschaft selbst.",
        "Unser Büro in {city} teilen wir mit zwei anderen Genossenschaften, einer Fahrradwerkstatt und einer Stadtteilküche.",
        "Wenn Sie {service} brauchen, schreiben Sie uns: Wir beantworten jede Nachricht innerhalb von zwei Werktagen.",
    ],
}

NEWS_TITLES = {
    "en": ["{fed} welcomes {n} new co-operatives", "Report from the {city} assembly of {fed}",
           "{fed} opens a working group on {service}", "Shared tender won by co-ops in {city}"],
    "fr": ["{fed} accueille {n} nouvelles coopératives", "Compte rendu de l’assemblée de {fed} à {city}",
           "{fed} ouvre un groupe de travail sur {service}", "Un appel d’offres commun remporté par des coopératives de {city}"],
    "nl": ["{fed} verwelkomt {n} nieuwe coöperaties", "Verslag van de vergadering van {fed} in {city}",
           "{fed} start een werkgroep over {service}", "Gezamenlijke aanbesteding gewonnen door coöperaties uit {city}"],
    "de": ["{fed} begrüßt {n} neue Genossenschaften", "Bericht von der Versammlung von {fed} in {city}",
           "{fed} gründet eine Arbeitsgruppe zu {service}", "Gemeinsame Ausschreibung von Genossenschaften aus {city} gewonnen"],
}
NEWS_DESCRIPTION = {
    "en": "News from {fed} and its member co-operatives, {date}.",
    "fr": "Des nouvelles de {fed} et de ses coopératives membres, {date}.",
    "nl": "Nieuws van {fed} en zijn lidcoöperaties, {date}.",
    "de": "Neuigkeiten von {fed} und seinen Mitgliedsgenossenschaften, {date}.",
}
NEWS_SENTENCES = {
    "en": ["Delegates from {n} co-operatives met in {city} to take stock of the year.",
           "The assembly agreed to share a pool of developers for {service} projects.",
           "Several members described how they moved from freelance work to a co-operative.",
           "The federation will publish its accounts and the minutes of the meeting in the coming weeks.",
           "Everyone who works in a tech co-op is welcome at the next meeting."],
    "fr": ["Des délégués de {n} coopératives se sont réunis à {city} pour faire le bilan de l’année.",
           "L’assemblée a décidé de mutualiser des développeurs pour les projets de {service}.",
           "Plusieurs membres ont raconté leur passage du travail indépendant à la coopérative.",
           "La fédération publiera ses comptes et le procès-verbal de la réunion dans les prochaines semaines.",
           "Toute personne qui travaille dans une coopérative tech est la bienvenue à la prochaine réunion."],
    "nl": ["Afgevaardigden van {n} coöperaties kwamen in {city} samen om het jaar te evalueren.",
           "De vergadering besloot ontwikkelaars te delen voor projecten rond {service}.",
           "Verschillende leden vertelden hoe ze van freelancewerk naar een coöperatie overstapten.",
           "De federatie publiceert de komende weken haar jaarrekening en het verslag van de vergadering.",
           "Iedereen die in een techcoöperatie werkt, is welkom op de volgende bijeenkomst."],
    "de": ["Delegierte von {n} Genossenschaften trafen sich in {city}, um Bilanz zu ziehen.",
           "Die Versammlung beschloss, Entwicklerinnen und Entwickler für Projekte zu {service} zu teilen.",
           "Mehrere Mitglieder erzählten, wie sie von der Freiberuflichkeit zur Genossenschaft kamen.",
           "Der Verband veröffentlicht in den kommenden Wochen seine Abschlüsse und das Protokoll.",
           "Alle, die in einer Tech-Genossenschaft arbeiten, sind beim nächsten Treffen willkommen."],
}
EVENT_TITLES = {
    "en": "{fed} meetup in {city} ({n})", "fr": "Rencontre {fed} à {city} ({n})",
    "nl": "{fed}-bijeenkomst in {city} ({n})", "de": "{fed}-Treffen in {city} ({n})",
}
EVENT_DESCRIPTION = {
    "en": "An afternoon for tech co-operatives in {city}, and for anyone thinking of starting one.",
    "fr": "Un après-midi pour les coopératives tech de {city}, et pour qui pense en créer une.",
    "nl": "Een middag voor techcoöperaties in {city}, en voor iedereen die er een wil oprichten.",
    "de": "Ein Nachmittag für Tech-Genossenschaften in {city} und alle, die eine gründen wollen.",
}
VENUES = ["Co-operative Hall", "Maison des coopératives", "Coöperatief Werkhuis", "Genossenschaftshaus",
          "Community Library", "Union Rooms"]

HOME = {
    "en": ("Tech Co-ops Europe (benchmark)", "A synthetic federation of tech co-operatives, generated for benchmarks.",
           "This site is generated by `bench/generate.py`. Its members, news and events are fictional."),
    "fr": ("Tech Co-ops Europe (benchmark)", "Une fédération synthétique de coopératives tech, générée pour des mesures.",
           "Ce site est généré par `bench/generate.py`. Ses membres, actualités et événements sont fictifs."),
    "nl": ("Tech Co-ops Europe (benchmark)", "Een synthetische federatie van techcoöperaties, gegenereerd voor benchmarks.",
           "Deze site is gegenereerd door `bench/generate.py`. De leden, het nieuws en de evenementen zijn fictief."),
    "de": ("Tech Co-ops Europe (benchmark)", "Ein synthetischer Verband von Tech-Genossenschaften, für Messungen erzeugt.",
           "Diese Site wird von `bench/generate.py` erzeugt. Mitglieder, Neuigkeiten und Veranstaltungen sind erfunden."),
}
SECTION_TITLES = {
    "news": {"en": "News", "fr": "Actualités", "nl": "Nieuws", "de": "Neuigkeiten"},
    "events": {"en": "Events", "fr": "Événements", "nl": "Evenementen", "de": "Veranstaltungen"},
    "members": {"en": "Members", "fr": "Membres", "nl": "Leden", "de": "Mitglieder"},
    "federations": {"en": "Federations", "fr": "Fédérations", "nl": "Federaties", "de": "Verbände"},
    "services": {"en": "Services", "fr": "Services", "nl": "Diensten", "de": "Leistungen"},
    "technologies": {"en": "Technologies", "fr": "Technologies", "nl": "Technologieën", "de": "Technologien"},
    "countries": {"en": "Countries", "fr": "Pays", "nl": "Landen", "de": "Länder"},
}

# --- helpers ---------------------------------------------------------------------------


def slugify(text):
    """ASCII, lowercase, [a-z0-9-]+ (the member slug rule of DESIGN section 3)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out, dash = [], False
    for ch in ascii_text.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def toml_str(value):
    """A TOML basic string (also valid as a Hugo TOML front matter string)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def toml_ml(value):
    """A TOML multi-line basic string; the generated text has no backslashes or quotes runs."""
    assert "\\" not in value and '"""' not in value
    return '"""\n' + value.rstrip("\n") + '\n"""'


def toml_list(values):
    return "[" + ", ".join(toml_str(v) if isinstance(v, str) else str(v) for v in values) + "]"


def weighted(rng, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights)[0]


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def lang_file(stem, lang):
    """federa naming: default language without suffix, others `<stem>.<lang>.md`."""
    return f"{stem}.md" if lang == DEFAULT_LANG else f"{stem}.{lang}.md"


def wrap(paragraph):
    return textwrap.fill(paragraph, width=100, break_on_hyphens=False)


# --- the data model (language-neutral) -------------------------------------------------


def make_members(rng, n):
    members, used_slugs = [], set()
    countries = list(COUNTRY_WEIGHTS.items())
    for i in range(n):
        cc = weighted(rng, countries)
        names, working, legal_forms, _, cities = COUNTRIES[cc]
        city, lat, lon = rng.choice(cities)
        base = f"{rng.choice(NAME_A)} {rng.choice(NAME_B)}"
        name, k = base, 1
        while slugify(name) in used_slugs:
            k += 1
            name = f"{base} {city}" if k == 2 else f"{base} {k}"
        slug = slugify(name)
        used_slugs.add(slug)
        federations = [NATIONAL_FEDERATION.get(cc, "tech-europe")]
        if federations[0] != "tech-europe" and rng.random() < 0.15:
            federations.append("tech-europe")
        workers = rng.randint(2, 60)
        languages = list(dict.fromkeys(working[:2] + (["en"] if rng.random() < 0.6 else [])))
        services = sorted(rng.sample([s[0] for s in SERVICES], rng.randint(2, 5)))
        technologies = rng.sample(TECHNOLOGIES, rng.randint(2, 5))
        other = [l for l in ("fr", "nl", "de") if l in working] or [rng.choice(["fr", "nl", "de"])]
        m = dict(
            slug=slug, name=name, country=cc, website=f"https://{slug}.example",
            federations=federations, coop_type=weighted(rng, COOP_TYPES), status=weighted(rng, STATUSES),
            legal_form=rng.choice(legal_forms), founded=rng.randint(1985, 2025), city=city,
            coordinates=[round(lat + rng.uniform(-0.05, 0.05), 4), round(lon + rng.uniform(-0.05, 0.05), 4)],
            languages=languages, services=services, technologies=technologies,
            email=f"hello@{slug}.example",
            matrix=f"#{slug}:matrix.org" if rng.random() < 0.3 else None,
            forge=f"https://git.{slug}.example" if rng.random() < 0.5 else None,
            workers=workers, members=max(1, workers - rng.randint(0, workers // 2)),
            hiring=rng.random() < 0.3,
            contract_types=sorted(rng.sample(CONTRACT_TYPES, rng.randint(1, 3))),
            description_langs=["en", other[0]],
        )
        m["summary"] = {lang: SUMMARY[lang].format(
            coop=COOP_WORD[lang][m["coop_type"]], city=city, workers=workers,
            s1=in_sentence(SERVICE_LABEL[services[0]][lang], lang), s2=in_sentence(SERVICE_LABEL[services[1]][lang], lang), t1=technologies[0])
            for lang in LANGS}
        m["description"] = {lang: make_description(rng, m, lang) for lang in m["description_langs"]}
        members.append(m)
    return members


def in_sentence(label, lang):
    """A service label inside a sentence: lower-case first letter, except German nouns and acronyms."""
    if lang == "de" or label[1:2].isupper():
        return label
    return label[0].lower() + label[1:]


def make_description(rng, m, lang):
    """About 300 words of markdown: three headed paragraphs drawn from the sentence pool
    (shuffled, no sentence repeated before the pool is used up) and a list of services."""
    pool = DESCRIPTION_SENTENCES[lang]
    slots = dict(name=m["name"], city=m["city"], year=m["founded"], workers=m["workers"],
                 country=COUNTRIES[m["country"]][0][lang], tech=m["technologies"][0], tech2=m["technologies"][1])
    order, parts, words = [], [], 0
    for part, heading in enumerate(DESCRIPTION_HEADINGS[lang]):
        paragraph = []
        while words < 100 * (part + 1) - 10 or not paragraph:
            if not order:
                order = rng.sample(pool, len(pool))
            service = in_sentence(SERVICE_LABEL[rng.choice(m["services"])][lang], lang)
            text = order.pop().format(service=service, **slots)
            paragraph.append(text)
            words += len(text.split())
        parts.append(f"## {heading}\n\n{wrap(' '.join(paragraph))}")
        if part == 1:
            parts.append("\n".join(f"- {SERVICE_LABEL[s][lang]}" for s in m["services"]))
    return "\n\n".join(parts) + "\n"


def make_news(rng, p, members):
    base = datetime.date(2026, 6, 30)
    posts = []
    feds = [s for s in FEDERATIONS if s != "euro-coops"]
    for i in range(p):
        fed = rng.choice(feds)
        member = rng.choice(members)
        date = base - datetime.timedelta(days=i)
        kind = rng.randrange(4)
        slots = dict(fed=FEDERATIONS[fed]["short_name"], n=rng.randint(2, 30), city=member["city"])
        service = rng.choice(SERVICES)[0]
        post = dict(date=date, title={}, description={}, body={})
        for lang in LANGS:
            post["title"][lang] = NEWS_TITLES[lang][kind].format(service=in_sentence(SERVICE_LABEL[service][lang], lang), **slots)
            post["description"][lang] = NEWS_DESCRIPTION[lang].format(date=date.isoformat(), **slots)
            sentences = [s.format(service=in_sentence(SERVICE_LABEL[service][lang], lang), **slots) for s in NEWS_SENTENCES[lang]]
            post["body"][lang] = "\n\n".join(wrap(" ".join(sentences[j:j + 3])) for j in (0, 2)) + "\n"
        post["slug"] = f"{slugify(post['title']['en'])[:48].strip('-')}-{i + 1}"
        posts.append(post)
    return posts


def make_events(rng, e, members):
    base = datetime.datetime(2026, 9, 1, 13, 0) - datetime.timedelta(days=7 * (e // 2))
    events = []
    feds = [s for s in FEDERATIONS if s != "euro-coops"]
    for i in range(e):
        fed = rng.choice(feds)
        cc = rng.choice(FEDERATIONS[fed]["countries"])
        city = rng.choice(COUNTRIES[cc][4])[0]
        start = base + datetime.timedelta(days=7 * i, hours=rng.choice([-3, 0, 1, 5]))
        winter, summer = COUNTRIES[cc][3]
        offset = summer if 4 <= start.month <= 10 else winter
        tz = datetime.timezone(datetime.timedelta(hours=offset))
        start = start.replace(tzinfo=tz)
        end = start + (datetime.timedelta(days=1, hours=4) if i % 5 == 0 else datetime.timedelta(hours=4, minutes=30))
        organisers = [fed] + (["tech-europe"] if fed != "tech-europe" and rng.random() < 0.4 else [])
        slots = dict(fed=FEDERATIONS[fed]["short_name"], city=city, n=i + 1)
        ev = dict(slug=f"{slugify(FEDERATIONS[fed]['short_name'])}-{slugify(city)}-{i + 1}",
                  date=(start - datetime.timedelta(days=30)).date(), start=start, end=end,
                  location=rng.choice(VENUES), address=f"{rng.randint(1, 200)} Main Street, {city}",
                  organisers=organisers, title={}, description={}, body={})
        for lang in LANGS:
            ev["title"][lang] = EVENT_TITLES[lang].format(**slots)
            ev["description"][lang] = EVENT_DESCRIPTION[lang].format(**slots)
            sentences = [s.format(service=in_sentence(SERVICE_LABEL["training"][lang], lang), n=12, **{k: v for k, v in slots.items() if k != "n"})
                         for s in NEWS_SENTENCES[lang]]
            ev["body"][lang] = wrap(" ".join(sentences[:3])) + "\n"
        events.append(ev)
    return events


def rfc3339(dt):
    return dt.isoformat(timespec="seconds")


# --- federa site -------------------------------------------------------------------------


def federa_member_toml(m):
    lines = [
        f"name = {toml_str(m['name'])}",
        f"country = {toml_str(m['country'])}",
        f"website = {toml_str(m['website'])}",
        f"federations = {toml_list(m['federations'])}",
        f"coop_type = {toml_str(m['coop_type'])}",
        f"status = {toml_str(m['status'])}",
        f"legal_form = {toml_str(m['legal_form'])}",
        f"founded = {m['founded']}",
        f"city = {toml_str(m['city'])}",
        f"coordinates = {toml_list(m['coordinates'])}",
        f"languages = {toml_list(m['languages'])}",
        f"services = {toml_list(m['services'])}",
        f"technologies = {toml_list(m['technologies'])}",
        f"email = {toml_str(m['email'])}",
    ]
    if m["matrix"]:
        lines.append(f"matrix = {toml_str(m['matrix'])}")
    lines += ["", "[size]", f"workers = {m['workers']}", f"members = {m['members']}"]
    if m["forge"]:
        lines += ["", "[links]", f"forge = {toml_str(m['forge'])}"]
    lines += ["", "[hiring]", f"available = {'true' if m['hiring'] else 'false'}",
              f"contract_types = {toml_list(m['contract_types'])}"]
    lines += ["", "[summary]"] + [f"{lang} = {toml_str(m['summary'][lang])}" for lang in LANGS]
    lines += ["", "[description]"] + [f"{lang} = {toml_ml(m['description'][lang])}" for lang in m["description_langs"]]
    return "\n".join(lines) + "\n"


def federa_federation_toml(slug, f):
    lines = [
        f"name = {toml_str(f['name'])}",
        f"short_name = {toml_str(f['short_name'])}",
        f"countries = {toml_list(f['countries'])}",
        f"relation = {toml_str(f['relation'])}",
        f"website = {toml_str(f'https://{slug}.example')}",
        f"languages = {toml_list(f['languages'])}",
        f"founded = {f['founded']}",
        f"parents = {toml_list(f['parents'])}",
        "", "[community]", f"forum = {toml_str(f'https://forum.{slug}.example')}",
        "", "[summary]",
    ] + [f"{lang} = {toml_str(f['summary'][lang])}" for lang in LANGS]
    return "\n".join(lines) + "\n"


IMPORTED_ON = "2026-11-20"


def import_record(m, federation):
    """`m` as a `federa/members/v1` record published by `federation`'s own site."""
    site = f"https://{federation}.example/"
    urls = {lang: site + ("" if lang == DEFAULT_LANG else f"{lang}/") + f"members/{m['slug']}/" for lang in LANGS}
    return {
        "slug": m["slug"], "urls": urls, "name": m["name"], "country": m["country"],
        "website": m["website"], "federations": [federation], "coop_type": m["coop_type"],
        "status": m["status"], "legal_form": m["legal_form"], "founded": m["founded"],
        "city": m["city"], "coordinates": {"lat": m["coordinates"][0], "lon": m["coordinates"][1]},
        "languages": m["languages"], "services": m["services"], "technologies": m["technologies"],
        "clients": [], "logo": None, "email": m["email"], "phone": None, "matrix": m["matrix"],
        "size": {"workers": m["workers"], "members": m["members"]},
        "links": {"forge": m["forge"]} if m["forge"] else {},
        "hiring": {"available": m["hiring"], "contract_types": m["contract_types"]},
        "summary": m["summary"], "description": m["description"],
    }


def write_imports(root, imported):
    """One snapshot per federation of the imported members (see the module doc)."""
    by_federation = {}
    for m in imported:
        for federation in m["federations"]:
            by_federation.setdefault(federation, []).append(m)
    for federation, members in sorted(by_federation.items()):
        snapshot = {
            "schema": "federa/import/v1", "federation": federation,
            "source_url": f"https://{federation}.example/members.json",
            "base_url": f"https://{federation}.example/", "default_language": DEFAULT_LANG,
            "languages": LANGS, "imported": IMPORTED_ON, "source_federations": [],
            "members": [import_record(m, federation) for m in sorted(members, key=lambda m: m["slug"])],
        }
        write(root / "imports" / f"{federation}.json", json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n")


def front_matter(fields, tables=()):
    """TOML front matter between +++ lines: fields is [(key, toml_value)], tables [(name, [(k, v)])]."""
    lines = ["+++"] + [f"{k} = {v}" for k, v in fields]
    for name, items in tables:
        lines += ["", f"[{name}]"] + [f"{k} = {v}" for k, v in items]
    return "\n".join(lines + ["+++", ""]) + "\n"


def write_federa(root, members, posts, events, imported=()):
    write(root / "site.toml", textwrap.dedent(f"""\
        # Synthetic benchmark site written by bench/generate.py; do not edit by hand.
        base_url = "{BASE_URL}"
        default_language = "{DEFAULT_LANG}"
        languages = {toml_list(LANGS)}
        theme = "default"

        [[menus.main]]
        label = "menu-news"
        page = "news/_index.md"

        [[menus.main]]
        label = "menu-events"
        page = "events/_index.md"

        [news]
        page_size = {NEWS_PAGE_SIZE}
        """))
    for lang in LANGS:
        write(root / "i18n" / lang / "services.ftl",
              "# Services offered by member co-ops (benchmark vocabulary).\n\n"
              + "".join(f"service-{sid} = {SERVICE_LABEL[sid][lang]}\n" for sid, *_ in SERVICES))
        write(root / "i18n" / lang / "site.ftl",
              f"site-title = {HOME[lang][0]}\nsite-tagline = {HOME[lang][1]}\n"
              f"menu-news = {SECTION_TITLES['news'][lang]}\nmenu-events = {SECTION_TITLES['events'][lang]}\n")
    content = root / "content"
    for lang in LANGS:
        title, description, body = HOME[lang]
        write(content / lang_file("_index", lang),
              front_matter([("title", toml_str(title)), ("description", toml_str(description))]) + body + "\n")
        for section in ("news", "events"):
            write(content / section / lang_file("_index", lang),
                  front_matter([("title", toml_str(SECTION_TITLES[section][lang])),
                                ("description", toml_str(HOME[lang][1])), ("sort_by", '"date"')]))
    imported_slugs = {m["slug"] for m in imported}
    local = [m for m in members if m["slug"] not in imported_slugs]
    for m in local:
        write(content / "members" / f"{m['slug']}.toml", federa_member_toml(m))
    if imported:
        write_imports(root, imported)
    for slug, f in FEDERATIONS.items():
        write(content / "federations" / f"{slug}.toml", federa_federation_toml(slug, f))
    for post in posts:
        for lang in LANGS:
            write(content / "news" / lang_file(post["slug"], lang),
                  front_matter([("title", toml_str(post["title"][lang])), ("date", post["date"].isoformat()),
                                ("description", toml_str(post["description"][lang]))]) + post["body"][lang])
    for ev in events:
        for lang in LANGS:
            write(content / "events" / lang_file(ev["slug"], lang),
                  front_matter([("title", toml_str(ev["title"][lang])), ("date", ev["date"].isoformat()),
                                ("description", toml_str(ev["description"][lang]))],
                               [("event", [("start", rfc3339(ev["start"])), ("end", rfc3339(ev["end"])),
                                           ("location", toml_str(ev["location"])),
                                           ("address", toml_str(ev["address"])),
                                           ("organisers", toml_list(ev["organisers"]))])]) + ev["body"][lang])


# --- Hugo site ---------------------------------------------------------------------------

# UI labels for the Hugo templates (federa's default theme has its own in Fluent).
HUGO_LABELS = {
    "country": ("Country", "Pays", "Land", "Land"),
    "city": ("City", "Ville", "Stad", "Stadt"),
    "website": ("Website", "Site web", "Website", "Website"),
    "coop-type": ("Type", "Type", "Type", "Art"),
    "status": ("Status", "Statut", "Status", "Status"),
    "legal-form": ("Legal form", "Forme juridique", "Rechtsvorm", "Rechtsform"),
    "founded": ("Founded", "Fondée en", "Opgericht", "Gegründet"),
    "working-languages": ("Working languages", "Langues de travail", "Werktalen", "Arbeitssprachen"),
    "services": tuple(SECTION_TITLES["services"][l] for l in LANGS),
    "technologies": tuple(SECTION_TITLES["technologies"][l] for l in LANGS),
    "federations": tuple(SECTION_TITLES["federations"][l] for l in LANGS),
    "members": tuple(SECTION_TITLES["members"][l] for l in LANGS),
    "countries": tuple(SECTION_TITLES["countries"][l] for l in LANGS),
    "workers": ("Workers", "Salariés", "Werkers", "Beschäftigte"),
    "hiring": ("Hiring", "Recrute", "Vacatures", "Stellen"),
    "contact": ("Contact", "Contact", "Contact", "Kontakt"),
    "co-ops": ("co-ops", "coopératives", "coöperaties", "Genossenschaften"),
    "upcoming": ("Upcoming events", "Événements à venir", "Komende evenementen", "Kommende Veranstaltungen"),
    "past": ("Past events", "Événements passés", "Afgelopen evenementen", "Vergangene Veranstaltungen"),
    "organisers": ("Organisers", "Organisateurs", "Organisatoren", "Veranstalter"),
    "latest-news": ("Latest news", "Dernières actualités", "Laatste nieuws", "Neueste Meldungen"),
    "not-found": ("Page not found", "Page introuvable", "Pagina niet gevonden", "Seite nicht gefunden"),
    "previous": ("Previous", "Précédent", "Vorige", "Zurück"),
    "next": ("Next", "Suivant", "Volgende", "Weiter"),
    "skip": ("Skip to content", "Aller au contenu", "Naar de inhoud", "Zum Inhalt"),
}
HUGO_VOCAB = {
    "coop-type": {"worker": ("Worker co-operative", "Coopérative de travail", "Werknemerscoöperatie", "Arbeitsgenossenschaft"),
                  "multi-stakeholder": ("Multi-stakeholder co-operative", "Coopérative multi-sociétaires", "Multistakeholdercoöperatie", "Multi-Stakeholder-Genossenschaft"),
                  "freelancer": ("Freelancer co-operative", "Coopérative d’indépendants", "Freelancerscoöperatie", "Freelancer-Genossenschaft"),
                  "platform": ("Platform co-operative", "Coopérative de plateforme", "Platformcoöperatie", "Plattformgenossenschaft"),
                  "producer": ("Producer co-operative", "Coopérative de producteurs", "Producentencoöperatie", "Produzentengenossenschaft"),
                  "consumer": ("Consumer co-operative", "Coopérative d’usagers", "Consumentencoöperatie", "Verbrauchergenossenschaft"),
                  "other": ("Other co-operative", "Autre coopérative", "Andere coöperatie", "Andere Genossenschaft")},
    "status": {"active": ("Active member", "Membre actif", "Actief lid", "Aktives Mitglied"),
               "applicant": ("Applicant", "Candidat", "Kandidaat", "Bewerber"),
               "former": ("Former member", "Ancien membre", "Voormalig lid", "Ehemaliges Mitglied")},
    "contract-type": {"fixed-price": ("Fixed price", "Forfait", "Vaste prijs", "Festpreis"),
                      "time-and-materials": ("Time and materials", "Régie", "Regie", "Nach Aufwand"),
                      "retainer": ("Retainer", "Abonnement", "Abonnement", "Pauschale"),
                      "day-rate": ("Day rate", "Tarif journalier", "Dagtarief", "Tagessatz"),
                      "pro-bono": ("Pro bono", "Pro bono", "Pro bono", "Pro bono")},
}
LANGUAGE_LABELS = {"en": ("English", "anglais", "Engels", "Englisch"), "fr": ("French", "français", "Frans", "Französisch"),
                   "nl": ("Dutch", "néerlandais", "Nederlands", "Niederländisch"), "de": ("German", "allemand", "Duits", "Deutsch"),
                   "es": ("Spanish", "espagnol", "Spaans", "Spanisch"), "it": ("Italian", "italien", "Italiaans", "Italienisch"),
                   "pt": ("Portuguese", "portugais", "Portugees", "Portugiesisch"), "da": ("Danish", "danois", "Deens", "Dänisch"),
                   "sv": ("Swedish", "suédois", "Zweeds", "Schwedisch")}

HUGO_TEMPLATES = {
    "baseof.html": """\
<!doctype html>
<html lang="{{ .Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">
{{ end }}<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ if eq .Language.Lang site.Params.defaultLanguage }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">
{{ end }}{{ end }}{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">
{{ end }}<link rel="stylesheet" href="/style.css">
</head>
<body>
<a class="skip-link" href="#main">{{ i18n "skip" }}</a>
<header class="site-header">
  <a class="brand" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
  <nav class="menu"><ul>
  {{ range site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>
  {{ end }}</ul></nav>
  <nav class="languages"><ul>
  <li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}" aria-current="page">{{ site.Params.languageName }}</a></li>
  {{ range .Translations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}">{{ .Site.Params.languageName }}</a></li>
  {{ end }}</ul></nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ site.Params.tagline }}</p></footer>
</body>
</html>
""",
    "_partials/card.html": """\
{{ $labels := slice }}{{ range .Params.services }}{{ $labels = $labels | append (i18n (printf "service-%s" .)) }}{{ end -}}
<li class="member-card h-card" data-country="{{ .Params.country }}" data-federations="{{ range .Params.federations }}{{ . }} {{ end }}" \
data-services="{{ range .Params.services }}{{ . }} {{ end }}" data-technologies="{{ range .Params.technologies }}{{ urlize . }} {{ end }}" \
data-languages="{{ range .Params.working_languages }}{{ . }} {{ end }}" data-hiring="{{ if .Params.hiring.available }}yes{{ else }}no{{ end }}" \
data-text="{{ lower (printf "%s %s %s %s %s %s" .Title .Params.summary .Params.city (i18n (printf "country-%s" .Params.country)) (delimit .Params.technologies " ") (delimit $labels " ")) }}">
  <div>
    <h3><a class="p-name u-url" href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
    <p class="where"><span class="p-locality">{{ .Params.city }}</span>, <span class="p-country-name">{{ i18n (printf "country-%s" .Params.country) }}</span></p>
    <p class="p-note">{{ .Params.summary }}</p>
    <ul class="tags" aria-label="{{ i18n "services" }}">{{ range .GetTerms "services" }}<li><a href="{{ .RelPermalink }}">{{ i18n (printf "service-%s" .Data.Term) }}</a></li>{{ end }}</ul>
  </div>
</li>
""",
    "home.html": """\
{{ define "main" }}
{{ $members := where site.RegularPages "Section" "members" }}
{{ $workers := 0 }}{{ range $members }}{{ $workers = add $workers (int .Params.size.workers) }}{{ end }}
<section class="home">
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="totals">
  <li>{{ len $members }} {{ i18n "co-ops" }}</li>
  <li>{{ $workers }} {{ i18n "workers" }}</li>
  <li>{{ len site.Taxonomies.countries }} {{ i18n "countries" }}</li>
  <li>{{ len site.Taxonomies.federations }} {{ i18n "federations" }}</li>
</ul>
</section>
<h2>{{ i18n "latest-news" }}</h2>
<ul class="page-list">{{ range first 5 (where site.RegularPages "Section" "news").ByDate.Reverse }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></li>{{ end }}
</ul>
{{ end }}
""",
    "list.html": """\
{{ define "main" }}
<section class="section">
<h1>{{ .Title }}</h1>
{{ .Content }}
</section>
{{ $pager := .Paginate .Pages.ByDate.Reverse }}
<ul class="page-list">{{ range $pager.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time><p>{{ .Description }}</p></li>{{ end }}
</ul>
<nav class="pager">{{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">{{ i18n "previous" }}</a>{{ end }}
{{ with $pager.Next }}<a rel="next" href="{{ .URL }}">{{ i18n "next" }}</a>{{ end }}</nav>
{{ end }}
""",
    "single.html": """\
{{ define "main" }}
<article class="page">
<h1>{{ .Title }}</h1>
{{ with .Date }}<p><time datetime="{{ .Format "2006-01-02" }}">{{ . | time.Format ":date_long" }}</time></p>{{ end }}
{{ .Content }}
</article>
{{ end }}
""",
    "members/list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} {{ i18n "co-ops" }}</p>
<form class="filters" id="filters"><fieldset>
  <select name="country"><option value="">–</option>{{ range $name, $t := site.Taxonomies.countries }}<option value="{{ upper $name }}">{{ i18n (printf "country-%s" (upper $name)) }}</option>{{ end }}</select>
  <select name="federation"><option value="">–</option>{{ range site.Taxonomies.federations.Alphabetical }}<option value="{{ .Name }}">{{ .Page.Title }}</option>{{ end }}</select>
  <select name="service"><option value="">–</option>{{ range site.Taxonomies.services.Alphabetical }}<option value="{{ .Name }}">{{ i18n (printf "service-%s" .Name) }}</option>{{ end }}</select>
  <select name="technology"><option value="">–</option>{{ range site.Taxonomies.technologies.Alphabetical }}<option value="{{ .Name }}">{{ .Page.Title }}</option>{{ end }}</select>
  {{ $langs := slice }}{{ range .Pages }}{{ $langs = $langs | append .Params.working_languages }}{{ end }}
  <select name="language"><option value="">–</option>{{ range uniq (sort $langs) }}<option value="{{ . }}">{{ i18n (printf "language-%s" .) }}</option>{{ end }}</select>
  <input name="hiring" type="checkbox" value="yes">
</fieldset></form>
<ul class="member-list" id="member-list">{{ range .Pages.ByTitle }}{{ partialCached "card.html" . .RelPermalink }}{{ end }}</ul>
{{ end }}
""",
    "members/single.html": """\
{{ define "main" }}
<article class="member h-card">
<h1 class="p-name">{{ .Title }}</h1>
<p class="p-note">{{ .Params.summary }}</p>
<dl>
  <dt>{{ i18n "country" }}</dt><dd>{{ range .GetTerms "countries" }}<a href="{{ .RelPermalink }}">{{ i18n (printf "country-%s" $.Params.country) }}</a>{{ end }}</dd>
  <dt>{{ i18n "city" }}</dt><dd class="p-locality">{{ .Params.city }}</dd>
  <dt>{{ i18n "website" }}</dt><dd><a class="u-url" href="{{ .Params.website }}">{{ .Params.website }}</a></dd>
  <dt>{{ i18n "coop-type" }}</dt><dd>{{ i18n (printf "coop-type-%s" .Params.coop_type) }}</dd>
  <dt>{{ i18n "status" }}</dt><dd>{{ i18n (printf "status-%s" .Params.status) }}</dd>
  <dt>{{ i18n "legal-form" }}</dt><dd>{{ .Params.legal_form }}</dd>
  <dt>{{ i18n "founded" }}</dt><dd>{{ .Params.founded }}</dd>
  <dt>{{ i18n "working-languages" }}</dt><dd>{{ range $i, $l := .Params.working_languages }}{{ if $i }}, {{ end }}{{ i18n (printf "language-%s" $l) }}{{ end }}</dd>
  <dt>{{ i18n "workers" }}</dt><dd>{{ .Params.size.workers }} / {{ .Params.size.members }}</dd>
  <dt>{{ i18n "federations" }}</dt><dd>{{ range .GetTerms "federations" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</dd>
</dl>
<h2>{{ i18n "services" }}</h2>
<ul>{{ range .GetTerms "services" }}<li><a href="{{ .RelPermalink }}">{{ i18n (printf "service-%s" .Data.Term) }}</a></li>{{ end }}</ul>
<h2>{{ i18n "technologies" }}</h2>
<ul>{{ range .GetTerms "technologies" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ with .Params.hiring }}{{ if .available }}<h2>{{ i18n "hiring" }}</h2>
<ul>{{ range .contract_types }}<li>{{ i18n (printf "contract-type-%s" .) }}</li>{{ end }}</ul>{{ end }}{{ end }}
<h2>{{ i18n "contact" }}</h2>
<p><a class="u-email" href="mailto:{{ .Params.email }}">{{ .Params.email }}</a>
{{ with .Params.matrix }}<a href="https://matrix.to/#/{{ . | urlquery }}">{{ . }}</a>{{ end }}
{{ with .Params.links }}{{ with .forge }}<a href="{{ . }}">{{ . }}</a>{{ end }}{{ end }}</p>
<div class="description" lang="{{ .Params.description_lang }}">{{ .Content }}</div>
</article>
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" (slice "Organization" "Cooperative") "name" .Title "url" .Params.website "email" .Params.email "description" .Params.summary | jsonify | safeJS }}</script>
{{ end }}
""",
    "taxonomy.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="terms">{{ $plural := .Data.Plural }}{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ if eq $plural "services" }}{{ i18n (printf "service-%s" .Name) }}{{ else if eq $plural "countries" }}{{ i18n (printf "country-%s" (upper .Name)) }}{{ else }}{{ .Page.Title }}{{ end }}</a> ({{ .Count }})</li>{{ end }}
</ul>
{{ end }}
""",
    "term.html": """\
{{ define "main" }}
{{ $plural := .Data.Plural }}
<h1>{{ if eq $plural "services" }}{{ i18n (printf "service-%s" .Data.Term) }}{{ else if eq $plural "countries" }}{{ i18n (printf "country-%s" (upper .Data.Term)) }}{{ else }}{{ .Title }}{{ end }}</h1>
{{ .Content }}
<p>{{ len .Pages }} {{ i18n "co-ops" }}</p>
<ul class="member-list">{{ range .Pages.ByTitle }}{{ partialCached "card.html" . .RelPermalink }}{{ end }}</ul>
{{ end }}
""",
    "events/list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ $now := now.Unix }}
<h2>{{ i18n "upcoming" }}</h2>
<ul class="page-list">{{ range .Pages.ByDate }}{{ if ge (time .Params.event.start).Unix $now }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Params.event.start }}">{{ time.Format ":date_long" .Params.event.start }}</time> {{ .Params.event.location }}</li>{{ end }}{{ end }}
</ul>
<h2>{{ i18n "past" }}</h2>
<ul class="page-list">{{ range .Pages.ByDate.Reverse }}{{ if lt (time .Params.event.start).Unix $now }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Params.event.start }}">{{ time.Format ":date_long" .Params.event.start }}</time> {{ .Params.event.location }}</li>{{ end }}{{ end }}
</ul>
{{ end }}
""",
    "events/single.html": """\
{{ define "main" }}
<article class="event h-event">
<h1 class="p-name">{{ .Title }}</h1>
{{ with .Params.event }}
<p><time class="dt-start" datetime="{{ .start }}">{{ time.Format ":date_long" .start }} {{ time.Format ":time_short" .start }}</time>
– <time class="dt-end" datetime="{{ .end }}">{{ time.Format ":date_long" .end }} {{ time.Format ":time_short" .end }}</time></p>
<p class="p-location">{{ .location }}, {{ .address }}</p>
<h2>{{ i18n "organisers" }}</h2>
<ul>{{ range .organisers }}{{ with site.GetPage (printf "/federations/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
{{ end }}
{{ .Content }}
</article>
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "Event" "name" .Title "startDate" .Params.event.start "endDate" .Params.event.end "location" .Params.event.location | jsonify | safeJS }}</script>
{{ end }}
""",
    "404.html": """\
{{ define "main" }}
<h1>{{ i18n "not-found" }}</h1>
<p><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>
{{ end }}
""",
}


def hugo_i18n(lang):
    i = LANGS.index(lang)
    lines = []

    def msg(key, text):
        lines.append(f"[{toml_str(key)}]\nother = {toml_str(text)}\n")

    for key, labels in HUGO_LABELS.items():
        msg(key, labels[i])
    for sid, *_ in SERVICES:
        msg(f"service-{sid}", SERVICE_LABEL[sid][lang])
    for cc, (names, *_rest) in COUNTRIES.items():
        msg(f"country-{cc}", names[lang])
    for prefix, values in HUGO_VOCAB.items():
        for value, labels in values.items():
            msg(f"{prefix}-{value}", labels[i])
    for code, labels in LANGUAGE_LABELS.items():
        msg(f"language-{code}", labels[i])
    return "\n".join(lines)


def write_hugo(root, members, posts, events):
    config = [
        "# Synthetic benchmark site written by bench/generate.py; do not edit by hand.",
        f'baseURL = "{BASE_URL}"',
        f'defaultContentLanguage = "{DEFAULT_LANG}"',
        "defaultContentLanguageInSubdir = false",
        "disableAliases = true",  # no /news/page/1/ redirect files: same page count as federa
        "disableDefaultLanguageRedirect = true",  # no /en/ -> / redirect page
        "enableRobotsTXT = true",
        "buildFuture = true",  # federa publishes future-dated pages (events announced ahead)
        "",
        "[pagination]",
        f"pagerSize = {NEWS_PAGE_SIZE}",
        "",
        "[taxonomies]",
        'service = "services"',
        'technology = "technologies"',
        'country = "countries"',
        'federation = "federations"',
        "",
        "[outputs]",  # HTML everywhere, one feed per language (federa: one Atom feed per language)
        'home = ["html", "rss"]',
        'section = ["html"]',
        'taxonomy = ["html"]',
        'term = ["html"]',
        'page = ["html"]',
        "",
        "[params]",
        f'defaultLanguage = "{DEFAULT_LANG}"',
    ]
    for weight, lang in enumerate(LANGS, 1):
        config += [
            "",
            f"[languages.{lang}]",
            f"weight = {weight}",
            f"title = {toml_str(HOME[lang][0])}",
            f'locale = "{lang}"',
            f"label = {toml_str(LANGUAGE_NAMES[lang])}",
            f"[languages.{lang}.params]",
            f"languageName = {toml_str(LANGUAGE_NAMES[lang])}",
            f"tagline = {toml_str(HOME[lang][1])}",
        ]
        prefix = "" if lang == DEFAULT_LANG else f"/{lang}"
        for w, section in enumerate(("news", "events"), 1):
            config += [f"[[languages.{lang}.menus.main]]", f"name = {toml_str(SECTION_TITLES[section][lang])}",
                       f'url = "{prefix}/{section}/"', f"weight = {w}"]
    write(root / "hugo.toml", "\n".join(config) + "\n")
    for name, text in HUGO_TEMPLATES.items():
        write(root / "layouts" / name, text)
    write(root / "static" / "style.css", "body { font-family: sans-serif; max-width: 60rem; margin: auto; }\n")
    for lang in LANGS:
        write(root / "i18n" / f"{lang}.toml", hugo_i18n(lang))
    content = root / "content"
    for lang in LANGS:
        title, description, body = HOME[lang]
        write(content / f"_index.{lang}.md",
              front_matter([("title", toml_str(title)), ("description", toml_str(description))]) + body + "\n")
        for section in ("news", "events", "members"):
            write(content / section / f"_index.{lang}.md",
                  front_matter([("title", toml_str(SECTION_TITLES[section][lang]))]))
        for taxonomy in ("services", "technologies", "federations"):
            write(content / taxonomy / f"_index.{lang}.md",
                  front_matter([("title", toml_str(SECTION_TITLES[taxonomy][lang]))]))
        write(content / "countries" / f"_index.{lang}.md",
              front_matter([("title", toml_str(SECTION_TITLES["countries"][lang]))]))
        for slug, f in FEDERATIONS.items():
            write(content / "federations" / slug / f"_index.{lang}.md",
                  front_matter([("title", toml_str(f["name"]))],
                               [("params", [("short_name", toml_str(f["short_name"])),
                                            ("relation", toml_str(f["relation"])),
                                            ("parents", toml_list(f["parents"])),
                                            ("area", toml_list(f["countries"]))])])
                  + f["summary"][lang] + "\n")
    for m in members:
        for lang in LANGS:
            desc_lang = lang if lang in m["description"] else DEFAULT_LANG
            fields = [("title", toml_str(m["name"])),
                      ("services", toml_list(m["services"])),
                      ("technologies", toml_list(m["technologies"])),
                      ("countries", toml_list([m["country"]])),
                      ("federations", toml_list(m["federations"]))]
            params = [("country", toml_str(m["country"])), ("website", toml_str(m["website"])),
                      ("coop_type", toml_str(m["coop_type"])), ("status", toml_str(m["status"])),
                      ("legal_form", toml_str(m["legal_form"])), ("founded", str(m["founded"])),
                      ("city", toml_str(m["city"])), ("coordinates", toml_list(m["coordinates"])),
                      ("working_languages", toml_list(m["languages"])), ("email", toml_str(m["email"])),
                      ("summary", toml_str(m["summary"][lang])), ("description_lang", toml_str(desc_lang))]
            if m["matrix"]:
                params.append(("matrix", toml_str(m["matrix"])))
            tables = [("params", params),
                      ("params.size", [("workers", str(m["workers"])), ("members", str(m["members"]))]),
                      ("params.hiring", [("available", "true" if m["hiring"] else "false"),
                                         ("contract_types", toml_list(m["contract_types"]))])]
            if m["forge"]:
                tables.append(("params.links", [("forge", toml_str(m["forge"]))]))
            write(content / "members" / f"{m['slug']}.{lang}.md",
                  front_matter(fields, tables) + m["description"][desc_lang])
    for post in posts:
        for lang in LANGS:
            write(content / "news" / f"{post['slug']}.{lang}.md",
                  front_matter([("title", toml_str(post["title"][lang])), ("date", post["date"].isoformat()),
                                ("description", toml_str(post["description"][lang]))]) + post["body"][lang])
    for ev in events:
        for lang in LANGS:
            write(content / "events" / f"{ev['slug']}.{lang}.md",
                  front_matter([("title", toml_str(ev["title"][lang])), ("date", ev["date"].isoformat()),
                                ("description", toml_str(ev["description"][lang]))],
                               [("params.event", [("start", toml_str(rfc3339(ev["start"]))),
                                                  ("end", toml_str(rfc3339(ev["end"]))),
                                                  ("location", toml_str(ev["location"])),
                                                  ("address", toml_str(ev["address"])),
                                                  ("organisers", toml_list(ev["organisers"]))])]) + ev["body"][lang])


# --- page counts -------------------------------------------------------------------------


def expected_pages(members, posts, events):
    """HTML pages per language, by kind; the same for both sites (see README)."""
    kinds = {
        "home": 1,
        "404": 1,
        "members directory": 1,
        "member profiles": len(members),
        "federations index": 1,
        "federation pages": len(FEDERATIONS),
        "services index": 1,
        "service pages": len({s for m in members for s in m["services"]}),
        "technologies index": 1,
        "technology pages": len({t.lower() for m in members for t in m["technologies"]}),
        "countries index": 1,
        "country pages": len({m["country"] for m in members}),
        "news list pages": max(1, math.ceil(len(posts) / NEWS_PAGE_SIZE)),
        "news posts": len(posts),
        "events list": 1,
        "event pages": len(events),
    }
    return kinds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, required=True, help="number of member co-ops (N)")
    parser.add_argument("--out", type=Path, required=True, help="output folder (replaced)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--news", type=int, help="news posts (default N/2)")
    parser.add_argument("--events", type=int, help="events (default N/10)")
    parser.add_argument("--imported", type=int, default=0,
                        help="members published as imports/ snapshots instead of member files (federa site only)")
    args = parser.parse_args()
    n = args.members
    p = args.news if args.news is not None else n // 2
    e = args.events if args.events is not None else max(1, n // 10)

    rng = random.Random(args.seed)
    members = make_members(rng, n)
    posts = make_news(rng, p, members)
    events = make_events(rng, e, members)

    for sub in ("federa", "hugo"):
        if (args.out / sub).exists():
            shutil.rmtree(args.out / sub)
    # The imported ones are a random sample (seeded), spread over every country.
    imported = rng.sample(members, min(args.imported, n)) if args.imported else []
    write_federa(args.out / "federa", members, posts, events, imported)
    if not imported:
        write_hugo(args.out / "hugo", members, posts, events)

    kinds = expected_pages(members, posts, events)
    per_lang = sum(kinds.values())
    total = per_lang * len(LANGS)
    print(f"generated {n} members, {p} news posts, {e} events, {len(FEDERATIONS)} federations, "
          f"{kinds['service pages']} services, {kinds['technology pages']} technologies in {args.out}")
    print("expected HTML pages per language: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    print(f"expected HTML pages federa: {total} ({per_lang} x {len(LANGS)} languages)")
    print(f"expected HTML pages hugo:   {total} ({per_lang} x {len(LANGS)} languages)")


if __name__ == "__main__":
    sys.exit(main())
