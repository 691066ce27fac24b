# Services offered by member co-ops: the shared vocabulary of member files, the same on
# every federa site so that imported members line up. A site adds its own services with
# `service-<id> = Name` lines in its i18n/<language>/ files.

service-web-development = Web development
service-mobile-apps = Mobile apps
service-cms-development = CMS development
service-e-commerce = E-commerce
service-ux-design = UX and interface design
service-graphic-design = Graphic design and branding
service-accessibility-audits = Accessibility audits
service-hosting = Web hosting
service-nextcloud-hosting = Nextcloud hosting
service-infrastructure = Infrastructure and networks
service-devops = DevOps and cloud
service-security-audits = Security audits
service-data-science = Data science and visualisation
service-ai-ml = AI and machine learning
service-open-source-maintenance = Open-source maintenance
service-digital-strategy = Digital strategy
service-consulting = Technical consulting
service-training = Training and workshops
service-research = Research and development
