text-fallback-notice = Ce texte n’existe pas encore en français ; il s’affiche dans la langue où il a été écrit.
