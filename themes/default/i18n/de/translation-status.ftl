# Die Seite zum Stand der Übersetzungen (translation-status/): für ehrenamtliche Übersetzer.
status-title = Stand der Übersetzungen
status-intro = Was jeder Sprache noch fehlt, und Übersetzungen, deren Original sich seither geändert hat. `federa check --verbose` zeigt dieselbe Liste mit Zeilennummern.
status-language = Sprache
status-messages = Texte der Oberfläche
status-pages = Seiten
status-summaries = Kurzbeschreibungen der Mitglieder
status-descriptions = Beschreibungen der Mitglieder
status-federation-texts = Texte der Verbände
status-cell = { $percent } % ({ $translated }/{ $total })
status-stale = Möglicherweise veraltet
status-stale-since = { $original } wurde seit der Übersetzung geändert
status-create = { $file } anlegen
status-complete = Jede Sprache hat alle Texte und Seiten.
status-more = { $count ->
    [one] Und einer mehr: `federa check --verbose` zeigt alle.
   *[other] Und { $count } weitere: `federa check --verbose` zeigt alle.
}
