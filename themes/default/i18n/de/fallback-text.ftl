text-fallback-notice = Dieser Text liegt noch nicht auf Deutsch vor und wird in der Sprache angezeigt, in der er geschrieben wurde.
