## Chiffres dans le temps, personnes, groupes de travail, presse et mentions légales.

figures-chart-title = Coopératives membres et leurs travailleurs par année
figures-chart-desc = Les coopératives membres sont passées de { $first_coops } en { $first_year } à { $last_coops } en { $last_year }, avec { $last_workers } travailleurs.
figures-table-caption = Coopératives membres et travailleurs à la fin de chaque année (cette année : aujourd’hui)
figures-year = Année
figures-coops = Coopératives membres
figures-coops-short = Coopératives
figures-workers = Travailleurs

role-council-member = Membre du conseil
role-delegate = Délégué·e
role-finance-committee = Comité financier
role-secretariat = Secrétariat
role-convenor = Animation de groupe de travail

governance-people-heading = Qui fait quoi
governance-groups-heading = Groupes de travail
person-languages = Langues :
group-matrix = Salon Matrix
group-matrix-label = Salon Matrix :
group-loomio = Groupe Loomio
group-members = Membres
group-back = ← Gouvernance

legal-provider = Éditeur du site
legal-name = Nom
legal-address = Adresse
legal-representatives = Représenté par
legal-register = Immatriculation
legal-vat-id = Numéro de TVA intracommunautaire
legal-contact = Contact
legal-editor = Responsable de la publication
privacy-controller = Responsable du traitement
privacy-data = Données traitées par ce site
privacy-data-none = Ce site ne dépose aucun cookie, n’a ni mesure d’audience ni pistage, ni formulaire, et ne charge rien depuis d’autres serveurs. Nous n’y collectons aucune donnée personnelle.
privacy-data-logs = Notre hébergeur, { $host }, tient des journaux de serveur lors de votre visite : adresse IP, date et heure, page demandée et nom du navigateur. Ils servent à fournir le site et à le sécuriser (art. 6, par. 1, f du RGPD) et sont conservés selon la politique de l’hébergeur.
privacy-rights = Vos droits
privacy-rights-text = Vous pouvez nous demander quelles données nous détenons sur vous, les faire rectifier ou effacer, en limiter le traitement ou vous y opposer, et les recevoir dans un format portable (art. 15 à 21 du RGPD). Écrivez-nous à l’adresse ci-dessous.
privacy-authority = Autorité de contrôle
privacy-contact = Contact pour la protection des données

menu-legal = Mentions légales
menu-privacy = Confidentialité

menu-press = Presse
press-logos = Logo
press-logo-svg = Télécharger le logo (SVG)
press-data = Données ouvertes
press-licence = licence : { $licence }
