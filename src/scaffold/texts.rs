//! The words `federa init` writes, in each language it can start a site in (those the
//! default theme translates): menu labels, the first pages, the join page and the
//! translated URL segments of every built-in section.

/// One language's texts for a new site.
pub struct Texts {
    pub lang: &'static str,
    pub site_title: &'static str,
    pub tagline: &'static str,
    /// Fluent lines for the menu labels (`menu-about = About`).
    pub menu: &'static str,
    pub home_title: &'static str,
    pub home_body: &'static str,
    pub about_title: &'static str,
    pub about_slug: &'static str,
    pub about_body: &'static str,
    pub join_title: &'static str,
    pub join_slug: &'static str,
    /// Markdown; `{example}` becomes a member file to copy.
    pub join_body: &'static str,
    pub news_title: &'static str,
    pub events_title: &'static str,
    /// URL segments of members, federations, services, technologies, countries, news,
    /// events, case studies, the hire page and search (`config::SECTIONS`, in order).
    pub segments: [&'static str; 10],
    /// URL segment before a list page's number (`/nieuws/pagina/2/`).
    pub page_segment: &'static str,
    pub federation_summary: &'static str,
}

/// Languages `init` can write, English first.
pub const ALL: [&Texts; 4] = [&EN, &FR, &NL, &DE];

/// The texts of `lang`, if `init` knows it.
pub fn of(lang: &str) -> Option<&'static Texts> {
    ALL.iter().copied().find(|t| t.lang == lang)
}

const EN: Texts = Texts {
    lang: "en",
    site_title: "Our federation",
    tagline: "Tech co-operatives working together",
    menu: "menu-about = About\nmenu-members = Members\nmenu-federations = Federations\nmenu-news = News\nmenu-events = Events\nmenu-join = Join\n",
    home_title: "Welcome",
    home_body: "We are a federation of tech co-operatives. Read [about us](@/about.md) or [join us](@/join.md).",
    about_title: "About us",
    about_slug: "about",
    about_body: "Write who you are here.",
    join_title: "Join us",
    join_slug: "join",
    join_body: "Tech co-operatives join by adding one file to this website's repository. No programming is needed: the web editor of the forge where the repository lives (Codeberg, GitLab, GitHub...) is enough.

1. Open the repository on its forge and sign in (create an account if you have none).
2. Go to the folder `content/members/` and create a new file named after your co-op, in lowercase letters, digits and hyphens: for example `lumen-digital.toml`.
3. Copy the example below into it and replace the values with yours. The summary may be written in any one of this site's languages.
4. Save with \"propose changes\": the forge opens a *pull request* (on GitLab, a *merge request*).
5. An automatic check reads your file. If something is wrong, it says which line and how to fix it: edit the file in the same pull request until the check passes.
6. The federation's maintainers review the request and merge it. Your co-op is then listed as an applicant until the members approve it; a maintainer then changes `status` to `\"active\"`.

{example}

Questions? Ask us: see [about us](@/about.md).",
    news_title: "News",
    events_title: "Events",
    segments: ["members", "federations", "services", "technologies", "countries", "news", "events", "case-studies", "hire", "search"],
    page_segment: "page",
    federation_summary: "A federation of tech co-operatives.",
};

const FR: Texts = Texts {
    lang: "fr",
    site_title: "Notre fédération",
    tagline: "Des coopératives du numérique qui travaillent ensemble",
    menu: "menu-about = À propos\nmenu-members = Membres\nmenu-federations = Fédérations\nmenu-news = Actualités\nmenu-events = Événements\nmenu-join = Adhérer\n",
    home_title: "Bienvenue",
    home_body: "Nous sommes une fédération de coopératives du numérique. Lisez [qui nous sommes](@/about.md) ou [rejoignez-nous](@/join.md).",
    about_title: "À propos",
    about_slug: "a-propos",
    about_body: "Dites ici qui vous êtes.",
    join_title: "Nous rejoindre",
    join_slug: "adherer",
    join_body: "Une coopérative du numérique adhère en ajoutant un fichier au dépôt de ce site. Inutile de programmer : l’éditeur web de la forge qui héberge le dépôt (Codeberg, GitLab, GitHub…) suffit.

1. Ouvrez le dépôt sur sa forge et connectez-vous (créez un compte si besoin).
2. Dans le dossier `content/members/`, créez un fichier au nom de votre coopérative, en minuscules, chiffres et tirets : par exemple `lumen-digital.toml`.
3. Copiez-y l’exemple ci-dessous et remplacez les valeurs par les vôtres. Le résumé peut être écrit dans n’importe laquelle des langues du site.
4. Enregistrez avec « proposer les modifications » : la forge ouvre une *pull request* (sur GitLab, une *merge request*).
5. Une vérification automatique lit votre fichier. S’il y a une erreur, elle indique la ligne et comment la corriger : modifiez le fichier dans la même demande jusqu’à ce que la vérification passe.
6. Les responsables de la fédération relisent la demande et l’acceptent. Votre coopérative apparaît alors comme candidate jusqu’à ce que les membres l’approuvent ; un responsable passe ensuite `status` à `\"active\"`.

{example}

Des questions ? Écrivez-nous : voir [à propos](@/about.md).",
    news_title: "Actualités",
    events_title: "Événements",
    segments: ["membres", "federations", "services", "technologies", "pays", "actualites", "evenements", "etudes-de-cas", "engager", "recherche"],
    page_segment: "page",
    federation_summary: "Une fédération de coopératives du numérique.",
};

const NL: Texts = Texts {
    lang: "nl",
    site_title: "Onze federatie",
    tagline: "Techcoöperaties die samenwerken",
    menu: "menu-about = Over ons\nmenu-members = Leden\nmenu-federations = Federaties\nmenu-news = Nieuws\nmenu-events = Evenementen\nmenu-join = Lid worden\n",
    home_title: "Welkom",
    home_body: "Wij zijn een federatie van techcoöperaties. Lees [over ons](@/about.md) of [word lid](@/join.md).",
    about_title: "Over ons",
    about_slug: "over-ons",
    about_body: "Schrijf hier wie jullie zijn.",
    join_title: "Lid worden",
    join_slug: "lid-worden",
    join_body: "Een techcoöperatie wordt lid door één bestand toe te voegen aan de repository van deze website. Programmeren is niet nodig: de webeditor van de forge waar de repository staat (Codeberg, GitLab, GitHub…) volstaat.

1. Open de repository op de forge en meld je aan (maak zo nodig een account).
2. Maak in de map `content/members/` een nieuw bestand met de naam van je coöperatie, in kleine letters, cijfers en koppeltekens: bijvoorbeeld `lumen-digital.toml`.
3. Kopieer het voorbeeld hieronder erin en vervang de waarden door die van jullie. De samenvatting mag in elk van de talen van deze site.
4. Sla op met \"wijzigingen voorstellen\": de forge opent een *pull request* (op GitLab: *merge request*).
5. Een automatische controle leest je bestand. Klopt er iets niet, dan zegt ze welke regel en hoe je het oplost: pas het bestand in hetzelfde verzoek aan tot de controle slaagt.
6. De beheerders van de federatie bekijken het verzoek en voegen het samen. Je coöperatie staat dan als kandidaat vermeld tot de leden haar goedkeuren; een beheerder zet `status` daarna op `\"active\"`.

{example}

Vragen? Schrijf ons: zie [over ons](@/about.md).",
    news_title: "Nieuws",
    events_title: "Evenementen",
    segments: ["leden", "federaties", "diensten", "technologieen", "landen", "nieuws", "evenementen", "praktijkvoorbeelden", "inhuren", "zoeken"],
    page_segment: "pagina",
    federation_summary: "Een federatie van techcoöperaties.",
};

const DE: Texts = Texts {
    lang: "de",
    site_title: "Unser Verband",
    tagline: "Tech-Genossenschaften, die zusammenarbeiten",
    menu: "menu-about = Über uns\nmenu-members = Mitglieder\nmenu-federations = Verbände\nmenu-news = Neuigkeiten\nmenu-events = Veranstaltungen\nmenu-join = Mitglied werden\n",
    home_title: "Willkommen",
    home_body: "Wir sind ein Verband von Tech-Genossenschaften. Lesen Sie [über uns](@/about.md) oder [werden Sie Mitglied](@/join.md).",
    about_title: "Über uns",
    about_slug: "ueber-uns",
    about_body: "Schreiben Sie hier, wer Sie sind.",
    join_title: "Mitglied werden",
    join_slug: "mitglied-werden",
    join_body: "Eine Tech-Genossenschaft tritt bei, indem sie dem Repository dieser Website eine Datei hinzufügt. Programmieren ist nicht nötig: der Web-Editor der Forge, auf der das Repository liegt (Codeberg, GitLab, GitHub …), genügt.

1. Öffnen Sie das Repository auf seiner Forge und melden Sie sich an (legen Sie bei Bedarf ein Konto an).
2. Legen Sie im Ordner `content/members/` eine neue Datei mit dem Namen Ihrer Genossenschaft an, in Kleinbuchstaben, Ziffern und Bindestrichen: zum Beispiel `lumen-digital.toml`.
3. Kopieren Sie das Beispiel unten hinein und ersetzen Sie die Werte durch Ihre. Die Kurzbeschreibung darf in jeder Sprache dieser Website stehen.
4. Speichern Sie mit „Änderungen vorschlagen“: die Forge öffnet einen *Pull-Request* (bei GitLab: *Merge-Request*).
5. Eine automatische Prüfung liest Ihre Datei. Stimmt etwas nicht, nennt sie die Zeile und wie es zu beheben ist: bearbeiten Sie die Datei im selben Request, bis die Prüfung besteht.
6. Die Verantwortlichen des Verbands prüfen den Request und übernehmen ihn. Ihre Genossenschaft steht dann als Bewerberin in der Liste, bis die Mitglieder zustimmen; danach setzt eine verantwortliche Person `status` auf `\"active\"`.

{example}

Fragen? Schreiben Sie uns: siehe [über uns](@/about.md).",
    news_title: "Neuigkeiten",
    events_title: "Veranstaltungen",
    segments: ["mitglieder", "verbaende", "leistungen", "technologien", "laender", "neuigkeiten", "veranstaltungen", "fallstudien", "beauftragen", "suche"],
    page_segment: "seite",
    federation_summary: "Ein Verband von Tech-Genossenschaften.",
};
