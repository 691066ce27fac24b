# Services offered by member co-ops: the shared vocabulary of member files, the same on
# every federa site so that imported members line up. A site adds its own services with
# `service-<id> = Name` lines in its i18n/<language>/ files.

service-web-development = Web development
    .inline = web development
service-mobile-apps = Mobile apps
    .inline = mobile apps
service-cms-development = CMS development
service-e-commerce = E-commerce
    .inline = e-commerce
service-ux-design = UX and interface design
service-graphic-design = Graphic design and branding
    .inline = graphic design and branding
service-accessibility-audits = Accessibility audits
    .inline = accessibility audits
service-hosting = Web hosting
    .inline = web hosting
service-nextcloud-hosting = Nextcloud hosting
service-infrastructure = Infrastructure and networks
    .inline = infrastructure and networks
service-devops = DevOps and cloud
service-security-audits = Security audits
    .inline = security audits
service-data-science = Data science and visualisation
    .inline = data science and visualisation
service-ai-ml = AI and machine learning
service-open-source-maintenance = Open-source maintenance
    .inline = open-source maintenance
service-digital-strategy = Digital strategy
    .inline = digital strategy
service-consulting = Technical consulting
    .inline = technical consulting
service-training = Training and workshops
    .inline = training and workshops
service-research = Research and development
    .inline = research and development
