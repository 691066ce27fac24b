site-title = Tech Co-ops Europe
site-tagline = Une fédération des fédérations nationales de coopératives tech
menu-about = À propos
menu-news = Actualités
menu-events = Événements
menu-join = Adhérer
menu-governance = Gouvernance
menu-contact = Contact
