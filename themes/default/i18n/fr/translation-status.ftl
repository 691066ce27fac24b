# La page d’état des traductions (translation-status/) : pour les traducteurs bénévoles.
status-title = État des traductions
status-intro = Ce qui manque encore à chaque langue, et les traductions dont l’original a changé depuis. `federa check --verbose` donne la même liste avec les numéros de ligne.
status-language = Langue
status-messages = Messages de l’interface
status-pages = Pages
status-summaries = Résumés des membres
status-descriptions = Descriptions des membres
status-federation-texts = Textes des fédérations
status-cell = { $percent } % ({ $translated }/{ $total })
status-stale = Peut-être à mettre à jour
status-stale-since = { $original } a changé depuis la traduction
status-create = créer { $file }
status-complete = Chaque langue a tous les messages, pages et textes.
status-more = { $count ->
    [one] Et encore un : `federa check --verbose` les liste tous.
   *[other] Et encore { $count } : `federa check --verbose` les liste tous.
}
