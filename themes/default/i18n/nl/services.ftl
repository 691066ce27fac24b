# Services offered by member co-ops: the shared vocabulary (see ../en/services.ftl).
# Diensten van de aangesloten coöperaties.

service-web-development = Webontwikkeling
    .inline = webontwikkeling
service-mobile-apps = Mobiele apps
    .inline = mobiele apps
service-cms-development = CMS-ontwikkeling
service-e-commerce = E-commerce
    .inline = e-commerce
service-ux-design = UX- en interfaceontwerp
service-graphic-design = Grafisch ontwerp en huisstijl
    .inline = grafisch ontwerp en huisstijl
service-accessibility-audits = Toegankelijkheidsaudits
    .inline = toegankelijkheidsaudits
service-hosting = Webhosting
service-nextcloud-hosting = Nextcloud-hosting
service-infrastructure = Infrastructuur en netwerken
    .inline = infrastructuur en netwerken
service-devops = DevOps en cloud
service-security-audits = Beveiligingsaudits
    .inline = beveiligingsaudits
service-data-science = Datawetenschap en visualisatie
    .inline = datawetenschap en visualisatie
service-ai-ml = AI en machine learning
service-open-source-maintenance = Onderhoud van opensourcesoftware
    .inline = onderhoud van opensourcesoftware
service-digital-strategy = Digitale strategie
    .inline = digitale strategie
service-consulting = Technisch advies
    .inline = technisch advies
service-training = Trainingen en workshops
    .inline = trainingen en workshops
service-research = Onderzoek en ontwikkeling
    .inline = onderzoek en ontwikkeling
