# Services offered by member co-ops: the shared vocabulary (see ../en/services.ftl).
# Leistungen der Mitgliedsgenossenschaften.

service-web-development = Webentwicklung
service-mobile-apps = Mobile Apps
    .inline = mobile Apps
service-cms-development = CMS-Entwicklung
service-e-commerce = E-Commerce
service-ux-design = UX- und Interface-Design
service-graphic-design = Grafikdesign und Markenauftritt
service-accessibility-audits = Barrierefreiheitsprüfungen
service-hosting = Webhosting
service-nextcloud-hosting = Nextcloud-Hosting
service-infrastructure = Infrastruktur und Netzwerke
service-devops = DevOps und Cloud
service-security-audits = Sicherheitsaudits
service-data-science = Datenanalyse und Visualisierung
service-ai-ml = KI und maschinelles Lernen
service-open-source-maintenance = Pflege freier Software
service-digital-strategy = Digitalstrategie
service-consulting = Technische Beratung
service-training = Schulungen und Workshops
service-research = Forschung und Entwicklung
