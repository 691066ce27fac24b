# Services offered by member co-ops: the shared vocabulary (see ../en/services.ftl).
# Diensten van de aangesloten coöperaties.

service-web-development = Webontwikkeling
service-mobile-apps = Mobiele apps
service-cms-development = CMS-ontwikkeling
service-e-commerce = E-commerce
service-ux-design = UX- en interfaceontwerp
service-graphic-design = Grafisch ontwerp en huisstijl
service-accessibility-audits = Toegankelijkheidsaudits
service-hosting = Webhosting
service-nextcloud-hosting = Nextcloud-hosting
service-infrastructure = Infrastructuur en netwerken
service-devops = DevOps en cloud
service-security-audits = Beveiligingsaudits
service-data-science = Datawetenschap en visualisatie
service-ai-ml = AI en machine learning
service-open-source-maintenance = Onderhoud van opensourcesoftware
service-digital-strategy = Digitale strategie
service-consulting = Technisch advies
service-training = Trainingen en workshops
service-research = Onderzoek en ontwikkeling
