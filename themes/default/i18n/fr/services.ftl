# Services offered by member co-ops: the shared vocabulary (see ../en/services.ftl).
# Services proposés par les coopératives membres.

service-web-development = Développement web
service-mobile-apps = Applications mobiles
service-cms-development = Développement de CMS
service-e-commerce = E-commerce
service-ux-design = Design UX et d’interfaces
service-graphic-design = Graphisme et identité visuelle
service-accessibility-audits = Audits d’accessibilité
service-hosting = Hébergement web
service-nextcloud-hosting = Hébergement Nextcloud
service-infrastructure = Infrastructure et réseaux
service-devops = DevOps et cloud
service-security-audits = Audits de sécurité
service-data-science = Science des données et visualisation
service-ai-ml = IA et apprentissage automatique
service-open-source-maintenance = Maintenance de logiciels libres
service-digital-strategy = Stratégie numérique
service-consulting = Conseil technique
service-training = Formation et ateliers
service-research = Recherche et développement
