<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Aktuelle Ansicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>Über &amp;Steward</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Re&amp;connect Now</source>
        <translation>Jetzt neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Reconnect to the server now</source>
        <translation>Jetzt neu mit dem Server verbinden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Double-click a profile to connect. Tokens are kept in the system keychain.</source>
        <translation>Doppelklicken Sie auf ein Profil, um sich zu verbinden. Tokens werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Connect to the selected profile</source>
        <translation>Mit dem ausgewählten Profil verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Sign out of the selected profile</source>
        <translation>Vom ausgewählten Profil abmelden</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Revoke the access token on the server and delete it from the keychain; keep the profile.</source>
        <translation>Das Zugriffstoken auf dem Server widerrufen und aus dem Schlüsselbund löschen; das Profil bleibt erhalten.</translation>
    </message>
    <message>
        <source>Forget the selected profile</source>
        <translation>Das ausgewählte Profil vergessen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>V&amp;ergessen</translation>
    </message>
    <message>
        <source>Sign out and remove the profile.</source>
        <translation>Abmelden und das Profil entfernen.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. work</source>
        <translation>z. B. arbeit</translation>
    </message>
    <message>
        <source>&amp;Homeserver:</source>
        <translation>&amp;Homeserver:</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <source>example.org or https://matrix.example.org</source>
        <translation>example.org oder https://matrix.example.org</translation>
    </message>
    <message>
        <source>Check the homeserver</source>
        <translation>Den Homeserver prüfen</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Sign in with user name and password</source>
        <translation>Mit Benutzername und Passwort anmelden</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Sign in with an access token</source>
        <translation>Mit einem Zugriffstoken anmelden</translation>
    </message>
    <message>
        <source>Access &amp;token (SSO, MAS)</source>
        <translation>&amp;Zugriffstoken (SSO, MAS)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>admin or @admin:example.org</source>
        <translation>admin oder @admin:example.org</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>paste an admin&apos;s access token</source>
        <translation>Zugriffstoken eines Administrators einfügen</translation>
    </message>
    <message>
        <source>Allow unencrypted http for this profile</source>
        <translation>Unverschlüsseltes http für dieses Profil erlauben</translation>
    </message>
    <message>
        <source>Allow unencrypted http:// for this profile (the token travels in clear text)</source>
        <translation>Unverschlüsseltes http:// für dieses Profil erlauben (das Token wird im Klartext übertragen)</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this profile</source>
        <translation>Genau diesem Zertifikat für dieses Profil vertrauen</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Das Token nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Try the system keychain again</source>
        <translation>Den Schlüsselbund des Systems erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
</context>
<context>
    <name>QHeaderView</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Steward::ApiError</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie, ob er läuft und erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar: %1. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). SHA-256-Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server sent an answer Steward does not understand: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die Steward nicht versteht: %1</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1). Steward does not send your token elsewhere: use the final address as the homeserver URL.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1). Steward sendet Ihr Token nicht anderswohin: Verwenden Sie die endgültige Adresse als Homeserver-URL.</translation>
    </message>
    <message>
        <source>The access token is no longer valid: sign in again.</source>
        <translation>Das Zugriffstoken ist nicht mehr gültig: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This account is not a server administrator; Steward needs a server admin&apos;s token.</source>
        <translation>Dieses Konto ist kein Server-Administrator; Steward benötigt das Token eines Server-Administrators.</translation>
    </message>
    <message>
        <source>The server does not offer this endpoint: a reverse proxy may hide /_synapse/admin, or the server delegates authentication to Matrix Authentication Service.</source>
        <translation>Der Server bietet diesen Endpunkt nicht an: Möglicherweise verbirgt ein Reverse-Proxy /_synapse/admin, oder der Server überträgt die Authentifizierung an den Matrix Authentication Service.</translation>
    </message>
    <message>
        <source>The server is rate limiting requests; try again later.</source>
        <translation>Der Server begrenzt die Anfragerate; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request: %1 (%2, HTTP %3)</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>the server accepted the connection but did not set up TLS; this port may serve plain HTTP (try http:// or the TLS port)</source>
        <translation>der Server hat die Verbindung angenommen, aber kein TLS aufgebaut; dieser Port liefert vielleicht einfaches HTTP (versuchen Sie http:// oder den TLS-Port)</translation>
    </message>
    <message>
        <source>Outcome unknown: the request was sent, but its answer was lost (%1). The server may have carried it out; check before trying again.</source>
        <translation>Ergebnis unbekannt: Die Anfrage wurde gesendet, aber ihre Antwort ging verloren (%1). Der Server hat sie möglicherweise ausgeführt; prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1. Check that the server and any proxy in between are running, then try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen: %1. Prüfen Sie, ob der Server und ein eventuell dazwischenliegender Proxy laufen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>TLS with the server failed: %1</source>
        <translation>TLS mit dem Server fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Steward::ApiService</name>
    <message>
        <source>The access token contains a character that is not printable ASCII (a line break, space or non-ASCII letter): copy the token again, without anything around it.</source>
        <translation>Das Zugriffstoken enthält ein Zeichen, das kein druckbares ASCII ist (einen Zeilenumbruch, ein Leerzeichen oder einen Nicht-ASCII-Buchstaben): Kopieren Sie das Token erneut, ohne etwas drumherum.</translation>
    </message>
    <message>
        <source>The server gave no new access token.</source>
        <translation>Der Server hat kein neues Zugriffstoken geliefert.</translation>
    </message>
</context>
<context>
    <name>Steward::AuthApi</name>
    <message>
        <source>/.well-known/matrix/client names &quot;%1&quot;, which is not a homeserver URL</source>
        <translation>/.well-known/matrix/client nennt „%1“, das ist keine Homeserver-URL</translation>
    </message>
    <message>
        <source>the login answer has no access_token or user_id</source>
        <translation>die Anmeldeantwort enthält kein access_token oder keine user_id</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoin</name>
    <message>
        <source>to join</source>
        <translation>beizutreten</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>bereits Mitglied</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>the room is not public (join rule &quot;%1&quot;) and %2 is not in it, so the server cannot invite; make %2 a room admin first</source>
        <translation>der Raum ist nicht öffentlich (Beitrittsregel „%1“) und %2 ist nicht darin, daher kann der Server nicht einladen; machen Sie %2 zuerst zum Raum-Administrator</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinEngine</name>
    <message>
        <source>a bulk join is already running</source>
        <translation>ein Massenbeitritt läuft bereits</translation>
    </message>
    <message>
        <source>the journal %1 belongs to %2, not to %3</source>
        <translation>das Journal %1 gehört zu %2, nicht zu %3</translation>
    </message>
    <message>
        <source>no pair failed</source>
        <translation>kein Paar ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking which users are members by now…</source>
        <translation>Es wird geprüft, welche Benutzer inzwischen Mitglied sind…</translation>
    </message>
    <message>
        <source>joined by the earlier, interrupted run</source>
        <translation>durch den früheren, unterbrochenen Lauf beigetreten</translation>
    </message>
    <message>
        <source>Making %1 a room admin in %2…</source>
        <translation>%1 wird in %2 zum Raum-Administrator gemacht…</translation>
    </message>
    <message>
        <source>could not make %1 a room admin first: %2</source>
        <translation>%1 konnte nicht zuerst zum Raum-Administrator gemacht werden: %2</translation>
    </message>
    <message>
        <source>cancelled while in flight</source>
        <translation>während der Ausführung abgebrochen</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation>Abbruch: Warten auf laufende Anfragen…</translation>
    </message>
    <message>
        <source>the run was cancelled before this pair was sent</source>
        <translation>der Lauf wurde abgebrochen, bevor dieses Paar gesendet wurde</translation>
    </message>
    <message numerus="yes">
        <source>%n join(s) lost their answer; checking the member lists of %1 room(s) on the server…</source>
        <translation>
            <numerusform>Bei %n Beitritt ging die Antwort verloren; die Mitgliederlisten der betroffenen Räume (%1) werden auf dem Server geprüft…</numerusform>
            <numerusform>Bei %n Beitritten ging die Antwort verloren; die Mitgliederlisten der betroffenen Räume (%1) werden auf dem Server geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer was lost (%1) and the member list could not be read (%2); run --resume to check again</source>
        <translation>die Antwort ging verloren (%1), und die Mitgliederliste konnte nicht gelesen werden (%2); führen Sie --resume aus, um erneut zu prüfen</translation>
    </message>
    <message>
        <source>verified: the answer was lost (%1), the member list shows the user joined</source>
        <translation>überprüft: die Antwort ging verloren (%1), laut Mitgliederliste ist der Benutzer beigetreten</translation>
    </message>
    <message>
        <source>verified: the answer was lost (%1), the member list shows the user not joined</source>
        <translation>überprüft: die Antwort ging verloren (%1), laut Mitgliederliste ist der Benutzer nicht beigetreten</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinInput</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>this is a room, not a user</source>
        <translation>das ist ein Raum, kein Benutzer</translation>
    </message>
    <message>
        <source>a user ID starts with @ (write @%1)</source>
        <translation>eine Benutzer-ID beginnt mit @ (schreiben Sie @%1)</translation>
    </message>
    <message>
        <source>a user ID looks like @name:%1</source>
        <translation>eine Benutzer-ID sieht aus wie @name:%1</translation>
    </message>
    <message>
        <source>user IDs contain no spaces or non-ASCII characters</source>
        <translation>Benutzer-IDs enthalten keine Leerzeichen oder Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>„%1“ ist kein Servername</translation>
    </message>
    <message>
        <source>a room alias looks like #name:server</source>
        <translation>ein Raum-Alias sieht aus wie #name:server</translation>
    </message>
    <message>
        <source>a room ID looks like !opaque:server</source>
        <translation>eine Raum-ID sieht aus wie !opaque:server</translation>
    </message>
    <message>
        <source>this is a user, not a room</source>
        <translation>das ist ein Benutzer, kein Raum</translation>
    </message>
    <message>
        <source>a room is given by its ID (!…) or alias (#name:server)</source>
        <translation>ein Raum wird durch seine ID (!…) oder seinen Alias (#name:server) angegeben</translation>
    </message>
    <message>
        <source>listed twice (first on line %1); joined once</source>
        <translation>doppelt aufgeführt (zuerst in Zeile %1); einmal beigetreten</translation>
    </message>
    <message>
        <source>a user of another server (%1): the admin API joins only users of %2</source>
        <translation>ein Benutzer eines anderen Servers (%1): Die Admin-API fügt nur Benutzer von %2 hinzu</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split the list into several runs</source>
        <translation>%1 ist größer als %2 MiB; teilen Sie die Liste auf mehrere Läufe auf</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; split the list into several runs</source>
        <translation>%1 hat mehr als %2 Einträge; teilen Sie die Liste auf mehrere Läufe auf</translation>
    </message>
    <message>
        <source>longer than %1 bytes, the limit for Matrix IDs</source>
        <translation>länger als %1 Bytes, die Grenze für Matrix-IDs</translation>
    </message>
    <message>
        <source>listed %1 times (first on line %2); joined once</source>
        <translation>%1-mal aufgeführt (zuerst in Zeile %2); tritt einmal bei</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinInputPage</name>
    <message>
        <source>Who joins which rooms</source>
        <translation>Wer welchen Räumen beitritt</translation>
    </message>
    <message>
        <source>One entry per line, or separated by commas or spaces. Users are @name:server or just the name on this server; rooms are room IDs or aliases (#name:server).</source>
        <translation>Ein Eintrag pro Zeile oder durch Kommas bzw. Leerzeichen getrennt. Benutzer sind @name:server oder nur der Name auf diesem Server; Räume sind Raum-IDs oder Aliase (#name:server).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>@alice:example.org
bob</source>
        <translation>@alice:example.org
bob</translation>
    </message>
    <message>
        <source>#general:example.org
!roomid:example.org</source>
        <translation>#general:example.org
!roomid:example.org</translation>
    </message>
    <message>
        <source>Load users from file…</source>
        <translation>Benutzer aus Datei laden…</translation>
    </message>
    <message>
        <source>Load users from a text or CSV file</source>
        <translation>Benutzer aus einer Text- oder CSV-Datei laden</translation>
    </message>
    <message>
        <source>Load rooms from file…</source>
        <translation>Räume aus Datei laden…</translation>
    </message>
    <message>
        <source>Load rooms from a text or CSV file</source>
        <translation>Räume aus einer Text- oder CSV-Datei laden</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Resume unfinished bulk join</source>
        <translation>Unvollendeten Massenbeitritt fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Räume:</translation>
    </message>
    <message>
        <source>A bulk join started %1 did not finish: %2 of %3 pairs are still to do.</source>
        <translation>Ein am %1 gestarteter Massenbeitritt wurde nicht abgeschlossen: %2 von %3 Paaren stehen noch aus.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation>Listen (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>der Journalordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a bulk join journal (no plan)</source>
        <translation>%1 ist kein Massenbeitritts-Journal (kein Plan)</translation>
    </message>
    <message>
        <source>the journal %1 is damaged (line %2: %3); it is not used. Move it away and start the bulk join again with --users and --rooms</source>
        <translation>das Journal %1 ist beschädigt (Zeile %2: %3); es wird nicht verwendet. Verschieben Sie es und starten Sie den Massenbeitritt erneut mit --users und --rooms</translation>
    </message>
    <message>
        <source>a pair has no valid user ID</source>
        <translation>ein Paar hat keine gültige Benutzer-ID</translation>
    </message>
    <message>
        <source>a pair has an empty or oversized user or room</source>
        <translation>ein Paar hat einen leeren oder zu großen Benutzer oder Raum</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>unbekanntes Ergebnis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a room ID</source>
        <translation>„%1“ ist keine Raum-ID</translation>
    </message>
    <message>
        <source>a pair to join has no room ID</source>
        <translation>ein beizutretendes Paar hat keine Raum-ID</translation>
    </message>
    <message>
        <source>a line longer than 64 MiB</source>
        <translation>eine Zeile länger als 64 MiB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the first line is not the plan</source>
        <translation>die erste Zeile ist nicht der Plan</translation>
    </message>
    <message>
        <source>a second plan</source>
        <translation>ein zweiter Plan</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>the plan lacks the server, the admin, or its lists</source>
        <translation>dem Plan fehlen der Server, der Administrator oder seine Listen</translation>
    </message>
    <message>
        <source>a room to prepare is not a room ID</source>
        <translation>ein vorzubereitender Raum ist keine Raum-ID</translation>
    </message>
    <message>
        <source>a pair is not a list of five texts</source>
        <translation>ein Paar ist keine Liste aus fünf Texten</translation>
    </message>
    <message>
        <source>a prepared room is not a room ID</source>
        <translation>ein vorbereiteter Raum ist keine Raum-ID</translation>
    </message>
    <message>
        <source>a result lacks the text field &quot;%1&quot;</source>
        <translation>einem Ergebnis fehlt das Textfeld „%1“</translation>
    </message>
    <message>
        <source>a result for a pair the plan does not hold</source>
        <translation>ein Ergebnis für ein Paar, das der Plan nicht enthält</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>unbekannter Zeilentyp</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinPreflight</name>
    <message>
        <source>no such user on this server</source>
        <translation>kein solcher Benutzer auf diesem Server</translation>
    </message>
    <message>
        <source>the account is deactivated</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>no room has this alias</source>
        <translation>kein Raum hat diesen Alias</translation>
    </message>
    <message>
        <source>the alias could not be resolved: %1</source>
        <translation>der Alias konnte nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>no such room on this server</source>
        <translation>kein solcher Raum auf diesem Server</translation>
    </message>
    <message>
        <source>the same room as %1; joined once</source>
        <translation>derselbe Raum wie %1; einmal beigetreten</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What will happen. Nothing has changed yet.</source>
        <translation>Was geschehen wird. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Zusammenfassung der Vorschau</translation>
    </message>
    <message>
        <source>Make me a room admin where needed</source>
        <translation>Mich bei Bedarf zum Raum-Administrator machen</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Planned pairs</source>
        <translation>Geplante Paare</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message numerus="yes">
        <source>Make me (%1) a room admin first in %n room(s) that are not public and that I am not in (make_room_admin); otherwise they are skipped</source>
        <translation>
            <numerusform>Mich (%1) zuerst in %n Raum, der nicht öffentlich ist und in dem ich nicht bin, zum Raum-Administrator machen (make_room_admin); andernfalls wird er übersprungen</numerusform>
            <numerusform>Mich (%1) zuerst in %n Räumen, die nicht öffentlich sind und in denen ich nicht bin, zum Raum-Administrator machen (make_room_admin); andernfalls werden sie übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users × %2 rooms: &lt;b&gt;%3 to join&lt;/b&gt;, %4 already members, %5 skipped.</source>
        <translation>%1 Benutzer × %2 Räume: &lt;b&gt;%3 beizutreten&lt;/b&gt;, %4 bereits Mitglied, %5 übersprungen.</translation>
    </message>
    <message>
        <source> Nothing to do.</source>
        <translation> Nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What happened to every pair.</source>
        <translation>Was mit jedem Paar geschehen ist.</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Zusammenfassung des Berichts</translation>
    </message>
    <message>
        <source>Outcome per pair</source>
        <translation>Ergebnis pro Paar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Den Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry the failed pairs</source>
        <translation>Die fehlgeschlagenen Paare wiederholen</translation>
    </message>
    <message>
        <source>Retry status</source>
        <translation>Status der Wiederholung</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The run is complete.</source>
        <translation>Der Lauf ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Joined %1, already members %2, skipped %3, failed %4, not attempted %5.</source>
        <translation>Beigetreten %1, bereits Mitglied %2, übersprungen %3, fehlgeschlagen %4, nicht versucht %5.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed pair(s)…</source>
        <translation>
            <numerusform>%n fehlgeschlagenes Paar wird wiederholt…</numerusform>
            <numerusform>%n fehlgeschlagene Paare werden wiederholt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of unknown outcome: the answer was lost and the member list could not be read; retry to check them.</source>
        <translation>
            <numerusform>%n Paar mit unbekanntem Ergebnis: Die Antwort ging verloren, und die Mitgliederliste konnte nicht gelesen werden; wiederholen Sie, um es zu prüfen.</numerusform>
            <numerusform>%n Paare mit unbekanntem Ergebnis: Die Antwort ging verloren, und die Mitgliederliste konnte nicht gelesen werden; wiederholen Sie, um sie zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) lost the server&apos;s answer and were verified in the member list.</source>
        <translation>
            <numerusform>Bei %n Paar ging die Antwort des Servers verloren; es wurde in der Mitgliederliste überprüft.</numerusform>
            <numerusform>Bei %n Paaren ging die Antwort des Servers verloren; sie wurden in der Mitgliederliste überprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinRunPage</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Beitritt läuft</translation>
    </message>
    <message>
        <source>Cancel lets the requests in flight finish; the rest are reported as not attempted.</source>
        <translation>Beim Abbrechen werden laufende Anfragen noch beendet; der Rest wird als nicht versucht gemeldet.</translation>
    </message>
    <message>
        <source>Join progress</source>
        <translation>Fortschritt des Beitritts</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status des Laufs</translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation>Rate und verbleibende Zeit</translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Joining… (journal: %1)</source>
        <translation>Beitritt läuft… (Journal: %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 joined, %2 failed</source>
        <translation>%1 beigetreten, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source> — %1 pairs/s, about %2 left</source>
        <translation> — %1 Paare/s, noch etwa %2</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinValidationPage</name>
    <message>
        <source>Checking the users and rooms</source>
        <translation>Benutzer und Räume prüfen</translation>
    </message>
    <message>
        <source>Every user and room is checked on the server. Nothing is changed yet.</source>
        <translation>Jeder Benutzer und jeder Raum wird auf dem Server geprüft. Noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation>Status der Prüfung</translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>None of the users can be joined. Go back and fix the list.</source>
        <translation>Keiner der Benutzer kann beitreten. Gehen Sie zurück und korrigieren Sie die Liste.</translation>
    </message>
    <message>
        <source>None of the rooms can be used. Go back and fix the list.</source>
        <translation>Keiner der Räume kann verwendet werden. Gehen Sie zurück und korrigieren Sie die Liste.</translation>
    </message>
    <message>
        <source>All %1 users and %2 rooms are fine.</source>
        <translation>Alle %1 Benutzer und %2 Räume sind in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Go back to fix them, or continue: the items listed here take no part (duplicates are joined once).</source>
        <translation>
            <numerusform>%n Problem gefunden. Gehen Sie zurück, um es zu beheben, oder fahren Sie fort: Die hier aufgeführten Einträge nehmen nicht teil (Duplikate treten einmal bei).</numerusform>
            <numerusform>%n Probleme gefunden. Gehen Sie zurück, um sie zu beheben, oder fahren Sie fort: Die hier aufgeführten Einträge nehmen nicht teil (Duplikate treten einmal bei).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinWizard</name>
    <message>
        <source>Bulk join users to rooms</source>
        <translation>Massenbeitritt von Benutzern zu Räumen</translation>
    </message>
    <message>
        <source>Bulk Join Users to Rooms</source>
        <translation>Massenbeitritt von Benutzern zu Räumen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Join many users to many rooms, with a preview and a report</source>
        <translation>Viele Benutzer vielen Räumen beitreten lassen, mit Vorschau und Bericht</translation>
    </message>
    <message>
        <source>Connect to a server first</source>
        <translation>Verbinden Sie sich zuerst mit einem Server</translation>
    </message>
</context>
<context>
    <name>Steward::BulkUserAction</name>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Shadow-ban</source>
        <translation>Shadow-Ban</translation>
    </message>
    <message>
        <source>Lift shadow-ban</source>
        <translation>Shadow-Ban aufheben</translation>
    </message>
    <message>
        <source>Log out all devices</source>
        <translation>Alle Geräte abmelden</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>The preview was cancelled before this user was read.</source>
        <translation>Die Vorschau wurde abgebrochen, bevor dieser Benutzer gelesen wurde.</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>Der Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A user of another server (%1): this server&apos;s admin API changes only users of %2.</source>
        <translation>Ein Benutzer eines anderen Servers (%1): Die Admin-API dieses Servers ändert nur Benutzer von %2.</translation>
    </message>
    <message>
        <source>Listed more than once: changed once.</source>
        <translation>Mehrfach aufgeführt: einmal geändert.</translation>
    </message>
    <message>
        <source>There is no such user on this server.</source>
        <translation>Diesen Benutzer gibt es auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>Deactivated: the account cannot be used anyway.</source>
        <translation>Deaktiviert: Das Konto kann ohnehin nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Already locked.</source>
        <translation>Bereits gesperrt.</translation>
    </message>
    <message>
        <source>Not locked.</source>
        <translation>Nicht gesperrt.</translation>
    </message>
    <message>
        <source>Already shadow-banned.</source>
        <translation>Hat bereits einen Shadow-Ban.</translation>
    </message>
    <message>
        <source>Not shadow-banned.</source>
        <translation>Hat keinen Shadow-Ban.</translation>
    </message>
    <message>
        <source>Deactivated: no device is signed in.</source>
        <translation>Deaktiviert: Kein Gerät ist angemeldet.</translation>
    </message>
    <message>
        <source>No device is signed in.</source>
        <translation>Kein Gerät ist angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) signed in.</source>
        <translation>
            <numerusform>%n Gerät angemeldet.</numerusform>
            <numerusform>%n Geräte angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already deactivated and erased.</source>
        <translation>Bereits deaktiviert und gelöscht.</translation>
    </message>
    <message>
        <source>Already deactivated.</source>
        <translation>Bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Already deactivated; will be erased.</source>
        <translation>Bereits deaktiviert; wird gelöscht.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Entsperrt.</translation>
    </message>
    <message>
        <source>Shadow-banned.</source>
        <translation>Shadow-Ban verhängt.</translation>
    </message>
    <message>
        <source>Shadow-ban lifted.</source>
        <translation>Shadow-Ban aufgehoben.</translation>
    </message>
    <message>
        <source>Deactivated and erased.</source>
        <translation>Deaktiviert und gelöscht.</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Could not list the devices: %1</source>
        <translation>Die Geräte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No device was signed in any more.</source>
        <translation>Es war kein Gerät mehr angemeldet.</translation>
    </message>
    <message>
        <source>Cancelled before the devices were logged out.</source>
        <translation>Abgebrochen, bevor die Geräte abgemeldet wurden.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) logged out.</source>
        <translation>
            <numerusform>%n Gerät abgemeldet.</numerusform>
            <numerusform>%n Geräte abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); re-reading the user shows the change was made.</source>
        <translation>Die Antwort des Servers ging verloren (%1); erneutes Lesen des Benutzers zeigt, dass die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); re-reading the user shows nothing changed.</source>
        <translation>Die Antwort des Servers ging verloren (%1); erneutes Lesen des Benutzers zeigt, dass sich nichts geändert hat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1) and re-reading the user failed too (%2): check this user.</source>
        <translation>Die Antwort des Servers ging verloren (%1), und auch das erneute Lesen des Benutzers ist fehlgeschlagen (%2): Prüfen Sie diesen Benutzer.</translation>
    </message>
    <message>
        <source>Cancelled: no request was sent for this user.</source>
        <translation>Abgebrochen: Für diesen Benutzer wurde keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>your own account</source>
        <translation>Ihr eigenes Konto</translation>
    </message>
    <message>
        <source>last admin</source>
        <translation>letzter Administrator</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>bereits so</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>kein solcher Benutzer</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>anderer Server</translation>
    </message>
    <message>
        <source>not a user ID</source>
        <translation>keine Benutzer-ID</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) to change</source>
        <translation>
            <numerusform>%1: %n Benutzer zu ändern</numerusform>
            <numerusform>%1: %n Benutzer zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Benutzer werden gelesen</translation>
    </message>
    <message>
        <source>Matrix Authentication Service has no such user.</source>
        <translation>Matrix Authentication Service kennt diesen Benutzer nicht.</translation>
    </message>
    <message>
        <source>Already deactivated in Matrix Authentication Service.</source>
        <translation>In Matrix Authentication Service bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Locked in Matrix Authentication Service.</source>
        <translation>In Matrix Authentication Service gesperrt.</translation>
    </message>
    <message>
        <source>Unlocked in Matrix Authentication Service.</source>
        <translation>In Matrix Authentication Service entsperrt.</translation>
    </message>
    <message>
        <source>Deactivated in Matrix Authentication Service, which asks Synapse to deactivate and erase the account.</source>
        <translation>In Matrix Authentication Service deaktiviert, der Synapse bittet, das Konto zu deaktivieren und zu löschen.</translation>
    </message>
    <message>
        <source>Deactivated in Matrix Authentication Service, which asks Synapse to deactivate the account.</source>
        <translation>In Matrix Authentication Service deaktiviert, der Synapse bittet, das Konto zu deaktivieren.</translation>
    </message>
</context>
<context>
    <name>Steward::BulkUserActionDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Lock %n user(s).&lt;/b&gt; They can no longer use their accounts (every request is refused) until they are unlocked.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Benutzer sperren.&lt;/b&gt; Er kann sein Konto nicht mehr verwenden (jede Anfrage wird abgelehnt), bis er entsperrt wird.</numerusform>
            <numerusform>&lt;b&gt;%n Benutzer sperren.&lt;/b&gt; Sie können ihre Konten nicht mehr verwenden (jede Anfrage wird abgelehnt), bis sie entsperrt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Unlock %n user(s).&lt;/b&gt; They can use their accounts again.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Benutzer entsperren.&lt;/b&gt; Er kann sein Konto wieder verwenden.</numerusform>
            <numerusform>&lt;b&gt;%n Benutzer entsperren.&lt;/b&gt; Sie können ihre Konten wieder verwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Shadow-ban %n user(s).&lt;/b&gt; Their messages and invites silently reach nobody; they are not told.</source>
        <translation>
            <numerusform>&lt;b&gt;Shadow-Ban für %n Benutzer verhängen.&lt;/b&gt; Seine Nachrichten und Einladungen erreichen stillschweigend niemanden; er wird nicht darüber informiert.</numerusform>
            <numerusform>&lt;b&gt;Shadow-Ban für %n Benutzer verhängen.&lt;/b&gt; Ihre Nachrichten und Einladungen erreichen stillschweigend niemanden; sie werden nicht darüber informiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Lift the shadow-ban of %n user(s).&lt;/b&gt; Their messages reach others again.</source>
        <translation>
            <numerusform>&lt;b&gt;Shadow-Ban von %n Benutzer aufheben.&lt;/b&gt; Seine Nachrichten erreichen andere wieder.</numerusform>
            <numerusform>&lt;b&gt;Shadow-Ban von %n Benutzern aufheben.&lt;/b&gt; Ihre Nachrichten erreichen andere wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Log out every device of %n user(s).&lt;/b&gt; They have to sign in again (encrypted messages may become unreadable on devices without a key backup).</source>
        <translation>
            <numerusform>&lt;b&gt;Alle Geräte von %n Benutzer abmelden.&lt;/b&gt; Er muss sich erneut anmelden (verschlüsselte Nachrichten können auf Geräten ohne Schlüsselsicherung unlesbar werden).</numerusform>
            <numerusform>&lt;b&gt;Alle Geräte von %n Benutzern abmelden.&lt;/b&gt; Sie müssen sich erneut anmelden (verschlüsselte Nachrichten können auf Geräten ohne Schlüsselsicherung unlesbar werden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Deactivate and erase %n user(s).&lt;/b&gt; They are logged out, removed from every room and can never sign in again; their messages are hidden from people who join later and their profiles removed. &lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Benutzer deaktivieren und löschen.&lt;/b&gt; Er wird abgemeldet, aus allen Räumen entfernt und kann sich nie wieder anmelden; seine Nachrichten werden vor Personen verborgen, die später beitreten, und sein Profil wird entfernt. &lt;b&gt;Dies kann nicht rückgängig gemacht werden.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Benutzer deaktivieren und löschen.&lt;/b&gt; Sie werden abgemeldet, aus allen Räumen entfernt und können sich nie wieder anmelden; ihre Nachrichten werden vor Personen verborgen, die später beitreten, und ihre Profile werden entfernt. &lt;b&gt;Dies kann nicht rückgängig gemacht werden.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Deactivate %n user(s).&lt;/b&gt; They are logged out, removed from every room and can no longer sign in. &lt;b&gt;This cannot be undone&lt;/b&gt; without setting a new password for each.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Benutzer deaktivieren.&lt;/b&gt; Er wird abgemeldet, aus allen Räumen entfernt und kann sich nicht mehr anmelden. &lt;b&gt;Dies kann nicht rückgängig gemacht werden&lt;/b&gt;, ohne ein neues Passwort für ihn festzulegen.</numerusform>
            <numerusform>&lt;b&gt;%n Benutzer deaktivieren.&lt;/b&gt; Sie werden abgemeldet, aus allen Räumen entfernt und können sich nicht mehr anmelden. &lt;b&gt;Dies kann nicht rückgängig gemacht werden&lt;/b&gt;, ohne für jeden ein neues Passwort festzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be changed</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Done (verified)</source>
        <translation>Erledigt (überprüft)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Deactivate and Erase Users</source>
        <translation>Benutzer deaktivieren und löschen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n selected user(s) on the server…</source>
        <translation>
            <numerusform>%n ausgewählter Benutzer wird auf dem Server gelesen…</numerusform>
            <numerusform>%n ausgewählte Benutzer werden auf dem Server gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Users and what happens to each</source>
        <translation>Benutzer und was mit jedem geschieht</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Benutzer ein</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Start no further users; requests already sent finish.</source>
        <translation>Keine weiteren Benutzer beginnen; bereits gesendete Anfragen werden abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 in progress…</source>
        <translation>%1: wird ausgeführt…</translation>
    </message>
    <message>
        <source>Stopping: requests already sent finish, no further user is started…</source>
        <translation>Wird angehalten: Bereits gesendete Anfragen werden abgeschlossen, kein weiterer Benutzer wird begonnen…</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Der Server konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing to change: every selected user is skipped (see why below).</source>
        <translation>Nichts zu ändern: Jeder ausgewählte Benutzer wird übersprungen (Gründe siehe unten).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n User(s)</source>
        <translation>
            <numerusform>%1 (%n Benutzer)</numerusform>
            <numerusform>%1 (%n Benutzer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of users to deactivate, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der zu deaktivierenden Benutzer ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Finished. The list shows what the server reports now.</source>
        <translation>Fertig. Die Liste zeigt, was der Server jetzt meldet.</translation>
    </message>
    <message>
        <source>Finished, but not every user was changed: see the details below.</source>
        <translation>Fertig, aber nicht jeder Benutzer wurde geändert: siehe Details unten.</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 Report saved to %2.</source>
        <translation>%1 Bericht unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>This server delegates sign-in to Matrix Authentication Service (MAS): the change is made in MAS, which tells Synapse.</source>
        <translation>Dieser Server überlässt die Anmeldung dem Matrix Authentication Service (MAS): Die Änderung erfolgt in MAS, der Synapse informiert.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BackgroundUpdatesCommand</name>
    <message>
        <source>Database background updates: status, enable, disable, start JOB</source>
        <translation>Hintergrund-Aktualisierungen der Datenbank: status, enable, disable, start JOB</translation>
    </message>
    <message>
        <source>Jobs for start:</source>
        <translation>Aufträge für start:</translation>
    </message>
    <message>
        <source>background-updates needs a subcommand: status, enable, disable or start JOB</source>
        <translation>background-updates erwartet einen Unterbefehl: status, enable, disable oder start JOB</translation>
    </message>
    <message>
        <source>unknown background-updates subcommand &quot;%1&quot; (expected: status, enable, disable, start)</source>
        <translation>unbekannter background-updates-Unterbefehl „%1“ (erwartet: status, enable, disable, start)</translation>
    </message>
    <message>
        <source>background-updates start needs exactly one JOB: %1</source>
        <translation>background-updates start erwartet genau einen JOB: %1</translation>
    </message>
    <message>
        <source>unknown job &quot;%1&quot;: use one of %2</source>
        <translation>unbekannter Auftrag „%1“: verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>background-updates %1 takes no arguments, got &quot;%2&quot;</source>
        <translation>background-updates %1 nimmt keine Argumente, erhalten: „%2“</translation>
    </message>
    <message>
        <source>Background updates: %1</source>
        <translation>Hintergrund-Aktualisierungen: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>Läuft: nichts</translation>
    </message>
    <message>
        <source>Running: %1 (database %2): %3 items in %4 s</source>
        <translation>Läuft: %1 (Datenbank %2): %3 Elemente in %4 s</translation>
    </message>
    <message>
        <source>reading the background updates</source>
        <translation>die Hintergrund-Aktualisierungen werden gelesen</translation>
    </message>
    <message>
        <source>starting job %1</source>
        <translation>Auftrag %1 wird gestartet</translation>
    </message>
    <message>
        <source>Job %1 was queued on the server.</source>
        <translation>Auftrag %1 wurde auf dem Server eingereiht.</translation>
    </message>
    <message>
        <source>enabling background updates</source>
        <translation>Hintergrund-Aktualisierungen werden aktiviert</translation>
    </message>
    <message>
        <source>disabling background updates</source>
        <translation>Hintergrund-Aktualisierungen werden deaktiviert</translation>
    </message>
    <message>
        <source>the server reports background updates %1</source>
        <translation>der Server meldet Hintergrund-Aktualisierungen %1</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BulkJoinCommand</name>
    <message>
        <source>Join many local users to many rooms (preview, progress, report, resume)</source>
        <translation>Viele lokale Benutzer vielen Räumen beitreten lassen (Vorschau, Fortschritt, Bericht, Fortsetzen)</translation>
    </message>
    <message>
        <source>File with the users (&quot;-&quot;: standard input).</source>
        <translation>Datei mit den Benutzern (&quot;-&quot;: Standardeingabe).</translation>
    </message>
    <message>
        <source>File with the rooms (&quot;-&quot;: standard input).</source>
        <translation>Datei mit den Räumen (&quot;-&quot;: Standardeingabe).</translation>
    </message>
    <message>
        <source>Join requests in flight at once (default 8, 1-64).</source>
        <translation>Gleichzeitige Beitrittsanfragen (Standard 8, 1-64).</translation>
    </message>
    <message>
        <source>In rooms that are not public and you are not in, make yourself a room admin first (make_room_admin) instead of skipping them.</source>
        <translation>In Räumen, die nicht öffentlich sind und in denen Sie nicht sind, sich zuerst zum Raum-Administrator machen (make_room_admin), statt sie zu überspringen.</translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation>Die Vorschau ausgeben und nichts ändern.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (lists are given with --users FILE and --rooms FILE)</source>
        <translation>unerwartetes Argument „%1“ (Listen werden mit --users FILE und --rooms FILE angegeben)</translation>
    </message>
    <message>
        <source>--concurrency wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64, nicht „%1“</translation>
    </message>
    <message>
        <source>bulk-join needs --users FILE and --rooms FILE (or --resume)</source>
        <translation>bulk-join benötigt --users FILE und --rooms FILE (oder --resume)</translation>
    </message>
    <message>
        <source>give both --users FILE and --rooms FILE</source>
        <translation>geben Sie sowohl --users FILE als auch --rooms FILE an</translation>
    </message>
    <message>
        <source>only one of the lists can come from standard input (&quot;-&quot;)</source>
        <translation>nur eine der Listen kann aus der Standardeingabe kommen (&quot;-&quot;)</translation>
    </message>
    <message>
        <source>the users list %1 is empty</source>
        <translation>die Benutzerliste %1 ist leer</translation>
    </message>
    <message>
        <source>the rooms list %1 is empty</source>
        <translation>die Raumliste %1 ist leer</translation>
    </message>
    <message>
        <source>Resuming the bulk join of %1 (%2): %3 of %4 pairs still to do.</source>
        <translation>Der Massenbeitritt vom %1 (%2) wird fortgesetzt: %3 von %4 Paaren stehen noch aus.</translation>
    </message>
    <message>
        <source>Note: the pairs come from the journal; --users and --rooms are not read again.</source>
        <translation>Hinweis: Die Paare stammen aus dem Journal; --users und --rooms werden nicht erneut gelesen.</translation>
    </message>
    <message>
        <source>there is no unfinished bulk join for %1 to resume</source>
        <translation>es gibt keinen unvollendeten Massenbeitritt für %1, der fortgesetzt werden könnte</translation>
    </message>
    <message>
        <source>No unfinished bulk join for %1; starting this one.</source>
        <translation>Kein unvollendeter Massenbeitritt für %1; dieser wird gestartet.</translation>
    </message>
    <message>
        <source>Checking %1 users and %2 rooms on the server…</source>
        <translation>%1 Benutzer und %2 Räume werden auf dem Server geprüft…</translation>
    </message>
    <message>
        <source>pre-flight check failed</source>
        <translation>Vorabprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>could not write the report %1: %2</source>
        <translation>der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Lists: one entry per line (or separated by commas or spaces), a text or CSV file (first column), or &quot;-&quot; for standard input. Users are @name:server or bare names of this server; rooms are IDs or aliases. At most 100,000 entries per list and 1,000,000 pairs; duplicates are joined once.
A join whose answer is lost (connection closed, timeout) is checked in the room&apos;s member list before the report is written (reason &quot;verified: ...&quot;).
Exit codes: 0 every pair joined or already a member; 1 some pair failed, was skipped, not attempted or of unknown outcome; 2 usage or input error; 3 authentication or connection failure.
Ctrl-C cancels: requests in flight finish, the rest are reported as not attempted; a second Ctrl-C stops at once. --resume continues a cancelled, killed or partly failed run.</source>
        <translation>Listen: ein Eintrag pro Zeile (oder durch Kommas bzw. Leerzeichen getrennt), eine Text- oder CSV-Datei (erste Spalte) oder &quot;-&quot; für die Standardeingabe. Benutzer sind @name:server oder bloße Namen dieses Servers; Räume sind IDs oder Aliase. Höchstens 100.000 Einträge pro Liste und 1.000.000 Paare; Duplikate treten einmal bei.
Ein Beitritt, dessen Antwort verloren geht (Verbindung geschlossen, Zeitüberschreitung), wird vor dem Schreiben des Berichts in der Mitgliederliste des Raums geprüft (Grund &quot;überprüft: ...&quot;).
Exit-Codes: 0 jedes Paar beigetreten oder bereits Mitglied; 1 ein Paar fehlgeschlagen, übersprungen, nicht versucht oder mit unbekanntem Ergebnis; 2 Aufruf- oder Eingabefehler; 3 Authentifizierungs- oder Verbindungsfehler.
Ctrl-C bricht ab: laufende Anfragen werden beendet, der Rest wird als nicht versucht gemeldet; ein zweites Ctrl-C stoppt sofort. --resume setzt einen abgebrochenen, gewaltsam beendeten oder teilweise fehlgeschlagenen Lauf fort.</translation>
    </message>
    <message>
        <source>Write the per-pair report as CSV to FILE (with --dry-run: the preview).</source>
        <translation>Den Bericht pro Paar als CSV in FILE schreiben (mit --dry-run: die Vorschau).</translation>
    </message>
    <message>
        <source>Continue the last unfinished bulk join on this server (from its journal: cancelled, killed, or with failed pairs) without repeating the pairs it finished.</source>
        <translation>Den letzten unvollendeten Massenbeitritt auf diesem Server (aus seinem Journal: abgebrochen, gewaltsam beendet oder mit fehlgeschlagenen Paaren) fortsetzen, ohne bereits erledigte Paare zu wiederholen.</translation>
    </message>
    <message>
        <source>%1 pairs are more than one run takes (%2); split the users list into several runs</source>
        <translation>%1 Paare sind mehr, als ein Lauf verarbeitet (%2); teilen Sie die Benutzerliste auf mehrere Läufe auf</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2 (choose a file in a folder you can write to)</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2 (wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BulkJoinText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Bulk join preview (signed in as %1). Nothing has been changed yet.</source>
        <translation>Vorschau des Massenbeitritts (angemeldet als %1). Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Users: %1 valid. Rooms: %2 valid.</source>
        <translation>Benutzer: %1 gültig. Räume: %2 gültig.</translation>
    </message>
    <message>
        <source>Problems in the input (these take no part):</source>
        <translation>Probleme in der Eingabe (diese nehmen nicht teil):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Rooms:</source>
        <translation>Räume:</translation>
    </message>
    <message>
        <source>join rule %1</source>
        <translation>Beitrittsregel %1</translation>
    </message>
    <message>
        <source>you are a member</source>
        <translation>Sie sind Mitglied</translation>
    </message>
    <message>
        <source>you are not a member</source>
        <translation>Sie sind kein Mitglied</translation>
    </message>
    <message>
        <source>you will be made a room admin first (make_room_admin)</source>
        <translation>Sie werden zuerst zum Raum-Administrator gemacht (make_room_admin)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>skipped: use --make-admin-in-private-rooms to make you a room admin first</source>
        <translation>übersprungen: Verwenden Sie --make-admin-in-private-rooms, um sich zuerst zum Raum-Administrator zu machen</translation>
    </message>
    <message>
        <source>%1 of the users already in</source>
        <translation>%1 der Benutzer bereits darin</translation>
    </message>
    <message>
        <source>Pairs: %1 in all: %2 to join, %3 already members, %4 skipped.</source>
        <translation>Paare: %1 insgesamt: %2 beizutreten, %3 bereits Mitglied, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Skipped pairs:</source>
        <translation>Übersprungene Paare:</translation>
    </message>
    <message>
        <source>Joining: %1/%2 (%3%), %4 failed</source>
        <translation>Beitritt: %1/%2 (%3%), %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 pairs/s, ETA %2</source>
        <translation>, %1 Paare/s, verbleibend %2</translation>
    </message>
    <message>
        <source>Bulk join cancelled.</source>
        <translation>Massenbeitritt abgebrochen.</translation>
    </message>
    <message>
        <source>Bulk join finished.</source>
        <translation>Massenbeitritt abgeschlossen.</translation>
    </message>
    <message>
        <source>Failed pairs:</source>
        <translation>Fehlgeschlagene Paare:</translation>
    </message>
    <message>
        <source>Not attempted:</source>
        <translation>Nicht versucht:</translation>
    </message>
    <message>
        <source>%1 duplicate entries ignored.</source>
        <translation>%1 doppelte Einträge ignoriert.</translation>
    </message>
    <message>
        <source>, %1 answers lost (checked at the end)</source>
        <translation>, %1 Antworten verloren (am Ende geprüft)</translation>
    </message>
    <message>
        <source>Joined %1, already members %2, skipped %3, failed %4, not attempted %5, outcome unknown %6.</source>
        <translation>Beigetreten %1, bereits Mitglied %2, übersprungen %3, fehlgeschlagen %4, nicht versucht %5, Ergebnis unbekannt %6.</translation>
    </message>
    <message>
        <source>%1 pairs lost the server&apos;s answer; their outcome was verified in the rooms&apos; member lists (reason &quot;verified: ...&quot;).</source>
        <translation>Bei %1 Paaren ging die Antwort des Servers verloren; ihr Ergebnis wurde in den Mitgliederlisten der Räume überprüft (Grund „überprüft: ...“).</translation>
    </message>
    <message>
        <source>Outcome unknown (run --resume to check and finish them):</source>
        <translation>Ergebnis unbekannt (führen Sie --resume aus, um sie zu prüfen und abzuschließen):</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::CliContext</name>
    <message>
        <source>&quot;%1&quot; is not a homeserver URL (expected e.g. https://matrix.example.org; a port is 1-65535, an IPv6 address goes in brackets)</source>
        <translation>„%1“ ist keine Homeserver-URL (erwartet z. B. https://matrix.example.org; ein Port liegt zwischen 1 und 65535, eine IPv6-Adresse steht in eckigen Klammern)</translation>
    </message>
    <message>
        <source>this command needs a signed-in admin: use --profile NAME (see steward-cli profile add) or set STEWARD_ACCESS_TOKEN with --homeserver</source>
        <translation>dieser Befehl braucht einen angemeldeten Administrator: verwenden Sie --profile NAME (siehe steward-cli profile add) oder setzen Sie STEWARD_ACCESS_TOKEN mit --homeserver</translation>
    </message>
    <message>
        <source>no server given: use --homeserver URL</source>
        <translation>kein Server angegeben: verwenden Sie --homeserver URL</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ExternalIdsCommand</name>
    <message>
        <source>Find and remove identity-provider links (with backup), or restore them</source>
        <translation>Verknüpfungen zu Identitätsanbietern finden und entfernen (mit Sicherung) oder wiederherstellen</translation>
    </message>
    <message>
        <source>Usage:
  steward-cli external-ids list-providers [--include-deactivated]
  steward-cli external-ids remove --provider P [--provider P2 ...] [--include-deactivated]
                                  [--backup FILE.json] [--report FILE.csv] [--dry-run] [--yes]
  steward-cli external-ids restore FILE.json [--report FILE.csv] [--yes]
</source>
        <translation>Aufruf:
  steward-cli external-ids list-providers [--include-deactivated]
  steward-cli external-ids remove --provider P [--provider P2 ...] [--include-deactivated]
                                  [--backup FILE.json] [--report FILE.csv] [--dry-run] [--yes]
  steward-cli external-ids restore FILE.json [--report FILE.csv] [--yes]
</translation>
    </message>
    <message>
        <source>unknown external-ids action &quot;%1&quot;: use list-providers, remove or restore</source>
        <translation>unbekannte external-ids-Aktion „%1“: Verwenden Sie list-providers, remove oder restore</translation>
    </message>
    <message>
        <source>could not list the users</source>
        <translation>die Benutzer konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Scanned %1 users (%2) in %3 s; %4 have external IDs.</source>
        <translation>%1 Benutzer (%2) in %3 s durchsucht; %4 haben externe IDs.</translation>
    </message>
    <message>
        <source>deactivated included</source>
        <translation>deaktivierte eingeschlossen</translation>
    </message>
    <message>
        <source>deactivated not included</source>
        <translation>deaktivierte nicht eingeschlossen</translation>
    </message>
    <message>
        <source>steward-cli: could not read %1: %2</source>
        <translation>steward-cli: %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Requests: GETs=%1 PUTs=%2 (user list pages %3, user reads %4; %5 sent in total including the connection check and retries)</source>
        <translation>Anfragen: GETs=%1 PUTs=%2 (Seiten der Benutzerliste %3, Benutzerabrufe %4; insgesamt %5 gesendet einschließlich Verbindungsprüfung und Wiederholungen)</translation>
    </message>
    <message>
        <source>steward-cli: could not write the report %1: %2</source>
        <translation>steward-cli: der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>List the identity providers users are linked to, with user counts.</source>
        <translation>Die Identitätsanbieter auflisten, mit denen Benutzer verknüpft sind, mit Benutzeranzahl.</translation>
    </message>
    <message>
        <source>list-providers takes no arguments</source>
        <translation>list-providers nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>No user is linked to an identity provider.</source>
        <translation>Kein Benutzer ist mit einem Identitätsanbieter verknüpft.</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>Remove the links of one or more identity providers from every user. Without --yes only the preview is printed (exit code 2). A JSON backup of every affected user&apos;s external IDs is written before any change.</source>
        <translation>Die Verknüpfungen eines oder mehrerer Identitätsanbieter bei allen Benutzern entfernen. Ohne --yes wird nur die Vorschau ausgegeben (Exit-Code 2). Vor jeder Änderung wird eine JSON-Sicherung der externen IDs aller betroffenen Benutzer geschrieben.</translation>
    </message>
    <message>
        <source>Identity provider to remove (repeatable).</source>
        <translation>Zu entfernender Identitätsanbieter (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Backup file to write (default: a timestamped file in the app data folder).</source>
        <translation>Zu schreibende Sicherungsdatei (Standard: eine Datei mit Zeitstempel im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation>Die Vorschau ausgeben und nichts ändern.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (use --provider P)</source>
        <translation>unerwartetes Argument „%1“ (verwenden Sie --provider P)</translation>
    </message>
    <message>
        <source>name the provider to remove with --provider P (see external-ids list-providers)</source>
        <translation>nennen Sie den zu entfernenden Anbieter mit --provider P (siehe external-ids list-providers)</translation>
    </message>
    <message>
        <source>steward-cli: no scanned user is linked to provider &quot;%1&quot; (providers found: %2)</source>
        <translation>steward-cli: kein durchsuchter Benutzer ist mit dem Anbieter „%1“ verknüpft (gefundene Anbieter: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nothing to do: no user links %1.</source>
        <translation>Nichts zu tun: Kein Benutzer ist mit %1 verknüpft.</translation>
    </message>
    <message>
        <source>Preview (nothing has changed yet): %1 external IDs of %2 users would be removed.</source>
        <translation>Vorschau (noch wurde nichts geändert): %1 externe IDs von %2 Benutzern würden entfernt.</translation>
    </message>
    <message>
        <source>USER	REMOVE	KEEP</source>
        <translation>BENUTZER	ENTFERNEN	BEHALTEN</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>steward-cli: nothing was changed; run again with --yes to remove these links (a backup is written first)</source>
        <translation>steward-cli: es wurde nichts geändert; führen Sie den Befehl erneut mit --yes aus, um diese Verknüpfungen zu entfernen (zuerst wird eine Sicherung geschrieben)</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Backup of %1 users written to %2</source>
        <translation>Sicherung von %1 Benutzern nach %2 geschrieben</translation>
    </message>
    <message>
        <source>steward-cli: %1: %2</source>
        <translation>steward-cli: %1: %2</translation>
    </message>
    <message>
        <source>To undo: steward-cli external-ids restore %1</source>
        <translation>Zum Rückgängigmachen: steward-cli external-ids restore %1</translation>
    </message>
    <message>
        <source>Put external IDs from a backup back, merged with what each user has now. Without --yes only the preview is printed (exit code 2).</source>
        <translation>Externe IDs aus einer Sicherung zurückspielen, zusammengeführt mit dem aktuellen Stand jedes Benutzers. Ohne --yes wird nur die Vorschau ausgegeben (Exit-Code 2).</translation>
    </message>
    <message>
        <source>A backup written by external-ids remove.</source>
        <translation>Eine von external-ids remove geschriebene Sicherung.</translation>
    </message>
    <message>
        <source>name exactly one backup file: external-ids restore FILE.json</source>
        <translation>nennen Sie genau eine Sicherungsdatei: external-ids restore FILE.json</translation>
    </message>
    <message>
        <source>Preview (nothing has changed yet): %1 users would get IDs back, %2 have them all, %3 could not be read.</source>
        <translation>Vorschau (noch wurde nichts geändert): %1 Benutzer würden IDs zurückerhalten, %2 haben bereits alle, %3 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>USER	ADD	RESULT</source>
        <translation>BENUTZER	HINZUFÜGEN	ERGEBNIS</translation>
    </message>
    <message>
        <source>Restored %1 users from the backup in %2 s: %3 done, %4 had nothing missing, %5 failed, %6 not attempted.</source>
        <translation>%1 Benutzer in %2 s aus der Sicherung wiederhergestellt: %3 erledigt, bei %4 fehlte nichts, %5 fehlgeschlagen, %6 nicht versucht.</translation>
    </message>
    <message>
        <source>steward-cli: nothing was changed; run again with --yes to restore</source>
        <translation>steward-cli: es wurde nichts geändert; führen Sie den Befehl erneut mit --yes aus, um wiederherzustellen</translation>
    </message>
    <message>
        <source>Removed %1 of %2 users&apos; links in %3 s: %4 done, %5 failed, %6 not attempted, %7 outcome unknown, %8 had no such link any more.</source>
        <translation>Verknüpfungen von %1 von %2 Benutzern in %3 s entfernt: %4 erledigt, %5 fehlgeschlagen, %6 nicht versucht, %7 Ergebnis unbekannt, bei %8 gab es keine solche Verknüpfung mehr.</translation>
    </message>
    <message>
        <source>Also scan deactivated accounts.</source>
        <translation>Auch deaktivierte Konten durchsuchen.</translation>
    </message>
    <message>
        <source>Make the change without asking (after the preview).</source>
        <translation>Die Änderung ohne Rückfrage durchführen (nach der Vorschau).</translation>
    </message>
    <message>
        <source>Write the per-user result as CSV to FILE.</source>
        <translation>Das Ergebnis pro Benutzer als CSV in DATEI schreiben.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::FederationCommand</name>
    <message>
        <source>Federation destinations: list [--failing] [--format text|csv|json], show DESTINATION, reset DESTINATION... [--yes]</source>
        <translation>Föderationsziele: list [--failing] [--format text|csv|json], show DESTINATION, reset DESTINATION... [--yes]</translation>
    </message>
    <message>
        <source>federation needs a subcommand: list, show DESTINATION or reset DESTINATION...</source>
        <translation>federation erwartet einen Unterbefehl: list, show DESTINATION oder reset DESTINATION...</translation>
    </message>
    <message>
        <source>unknown federation subcommand &quot;%1&quot; (expected: list, show, reset)</source>
        <translation>unbekannter federation-Unterbefehl „%1“ (erwartet: list, show, reset)</translation>
    </message>
    <message>
        <source>List the servers this server federates with.</source>
        <translation>Die Server auflisten, mit denen dieser Server föderiert.</translation>
    </message>
    <message>
        <source>Only destinations the server is backing off from (failing).</source>
        <translation>Nur Ziele, bei denen der Server mit Wiederholungen wartet (fehlerhaft).</translation>
    </message>
    <message>
        <source>Output format: text (default), csv or json.</source>
        <translation>Ausgabeformat: text (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>federation list takes no arguments, got &quot;%1&quot;</source>
        <translation>federation list nimmt keine Argumente, erhalten: „%1“</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format text, csv or json</source>
        <translation>unbekanntes Format „%1“: verwenden Sie --format text, csv oder json</translation>
    </message>
    <message>
        <source>Reading federation destinations</source>
        <translation>Föderationsziele werden gelesen</translation>
    </message>
    <message>
        <source>listing federation destinations</source>
        <translation>Föderationsziele werden aufgelistet</translation>
    </message>
    <message>
        <source>standard output cannot be written</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>writing the list failed (disk full or pipe closed?)</source>
        <translation>Schreiben der Liste fehlgeschlagen (Datenträger voll oder Pipe geschlossen?)</translation>
    </message>
    <message>
        <source>failing since %1</source>
        <translation>fehlerhaft seit %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>retry interval %1</source>
        <translation>Wiederholabstand %1</translation>
    </message>
    <message>
        <source>No federation destinations: this server has not exchanged events with any other server.</source>
        <translation>Keine Föderationsziele: dieser Server hat mit keinem anderen Server Ereignisse ausgetauscht.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n federation destination(s) is failing.</source>
        <translation>
            <numerusform>Keines der %n Föderationsziele ist fehlerhaft.</numerusform>
            <numerusform>Keines der %n Föderationsziele ist fehlerhaft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s) failing.</source>
        <translation>
            <numerusform>%1 von %n Ziel fehlerhaft.</numerusform>
            <numerusform>%1 von %n Zielen fehlerhaft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one destination and the rooms this server shares with it.</source>
        <translation>Ein Ziel anzeigen und die Räume, die dieser Server mit ihm teilt.</translation>
    </message>
    <message>
        <source>A server name, e.g. example.org.</source>
        <translation>Ein Servername, z. B. example.org.</translation>
    </message>
    <message>
        <source>federation show needs exactly one DESTINATION (a server name)</source>
        <translation>federation show erwartet genau ein DESTINATION (einen Servernamen)</translation>
    </message>
    <message>
        <source>the server knows no destination &quot;%1&quot;</source>
        <translation>der Server kennt kein Ziel „%1“</translation>
    </message>
    <message>
        <source>reading destination %1</source>
        <translation>Ziel %1 wird gelesen</translation>
    </message>
    <message>
        <source>reading the rooms shared with the destination</source>
        <translation>die mit dem Ziel geteilten Räume werden gelesen</translation>
    </message>
    <message>
        <source>Rooms shared:       %1</source>
        <translation>Geteilte Räume:    %1</translation>
    </message>
    <message>
        <source>stream ordering %1</source>
        <translation>Stream-Position %1</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>Make the server forget its back-off from these destinations and try them again now.</source>
        <translation>Den Server seine Wartezeit für diese Ziele vergessen lassen und sie jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Reset without asking (otherwise: preview, exit 2).</source>
        <translation>Ohne Nachfrage zurücksetzen (sonst: Vorschau, Exit-Code 2).</translation>
    </message>
    <message>
        <source>One or more server names.</source>
        <translation>Ein oder mehrere Servernamen.</translation>
    </message>
    <message>
        <source>federation reset needs one or more DESTINATION names</source>
        <translation>federation reset erwartet einen oder mehrere DESTINATION-Namen</translation>
    </message>
    <message>
        <source>will be reset</source>
        <translation>wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Nothing to reset.</source>
        <translation>Nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Nothing was reset. Run again with --yes to reset.</source>
        <translation>Nichts wurde zurückgesetzt. Führen Sie den Befehl mit --yes erneut aus, um zurückzusetzen.</translation>
    </message>
    <message>
        <source>Destination:        </source>
        <translation>Ziel:        </translation>
    </message>
    <message>
        <source>Failing:            </source>
        <translation>Fehlerhaft:            </translation>
    </message>
    <message>
        <source>Last retry:         </source>
        <translation>Letzter Versuch:         </translation>
    </message>
    <message>
        <source>Last successful stream ordering: </source>
        <translation>Letzte erfolgreiche Stream-Position: </translation>
    </message>
    <message>
        <source>Retry interval:     </source>
        <translation>Wiederholabstand:     </translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>ja, seit %1</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::MasTokensCommand</name>
    <message>
        <source>Personal access tokens on servers delegating to MAS: list, create (saved as a profile), revoke</source>
        <translation>Persönliche Zugriffstoken auf Servern mit MAS: auflisten, erstellen (als Profil gespeichert), widerrufen</translation>
    </message>
    <message>
        <source>mas-tokens: this server does not delegate sign-in to Matrix Authentication Service; personal access tokens exist only there</source>
        <translation>mas-tokens: dieser Server überlässt die Anmeldung nicht dem Matrix Authentication Service; persönliche Zugriffstoken gibt es nur dort</translation>
    </message>
    <message>
        <source>Personal access tokens (MAS personal sessions) for scripts, through the MAS admin API (the signed-in token needs the scope urn:mas:admin: sign in with profile add --oauth).
  list                 the active tokens: ID, name, scope, expiry
  create               a token acting as the signed-in user, saved in the keychain as profile --save-as (never printed); use it with --profile
  revoke ID            end a token&apos;s session</source>
        <translation>Persönliche Zugriffstoken (persönliche MAS-Sitzungen) für Skripte, über die MAS-Admin-API (das angemeldete Token braucht den Scope urn:mas:admin: melden Sie sich mit profile add --oauth an).
  list                 die aktiven Token: ID, Name, Scope, Ablauf
  create               ein Token, das als der angemeldete Benutzer handelt, im Schlüsselbund als Profil --save-as gespeichert (nie ausgegeben); verwenden Sie es mit --profile
  revoke ID            die Sitzung eines Tokens beenden</translation>
    </message>
    <message>
        <source>create: the token&apos;s name.</source>
        <translation>create: der Name des Tokens.</translation>
    </message>
    <message>
        <source>create: the new profile holding the token.</source>
        <translation>create: das neue Profil, das das Token hält.</translation>
    </message>
    <message>
        <source>create: expiry (default: never).</source>
        <translation>create: Ablauf (Standard: nie).</translation>
    </message>
    <message>
        <source>create: also the scope urn:synapse:admin:* (server admin rights).</source>
        <translation>create: auch der Scope urn:synapse:admin:* (Server-Administratorrechte).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>mas-tokens revoke %1</source>
        <translation>mas-tokens revoke %1</translation>
    </message>
    <message>
        <source>Personal access token %1 revoked at MAS. Synapse caches token checks, so it may still accept the token for up to 2 minutes.</source>
        <translation>Persönliches Zugriffstoken %1 bei MAS widerrufen. Synapse speichert Token-Prüfungen zwischen und kann das Token daher noch bis zu 2 Minuten annehmen.</translation>
    </message>
    <message>
        <source>mas-tokens needs list, create --name NAME --save-as PROFILE, or revoke ID (see steward-cli mas-tokens --help)</source>
        <translation>mas-tokens erwartet list, create --name NAME --save-as PROFILE oder revoke ID (siehe steward-cli mas-tokens --help)</translation>
    </message>
    <message>
        <source>mas-tokens create needs --name NAME and --save-as PROFILE</source>
        <translation>mas-tokens create erwartet --name NAME und --save-as PROFILE</translation>
    </message>
    <message>
        <source>a profile &quot;%1&quot; exists already: choose another --save-as name</source>
        <translation>ein Profil „%1“ gibt es bereits: wählen Sie einen anderen Namen für --save-as</translation>
    </message>
    <message>
        <source>--expires-in-days needs a whole number of days from 1 to 3650</source>
        <translation>--expires-in-days erwartet eine ganze Zahl von Tagen von 1 bis 3650</translation>
    </message>
    <message>
        <source>the token could not be stored (%1); it was %2</source>
        <translation>das Token konnte nicht gespeichert werden (%1); es war %2</translation>
    </message>
    <message>
        <source>revoked again</source>
        <translation>erneut widerrufen</translation>
    </message>
    <message>
        <source>NOT revoked: %1</source>
        <translation>NICHT widerrufen: %1</translation>
    </message>
    <message>
        <source>Personal access token &quot;%1&quot; (%2) created, expires %3; saved as profile &quot;%4&quot; (the token is in the system keychain). Use it with --profile %4.</source>
        <translation>Persönliches Zugriffstoken „%1“ (%2) erstellt, läuft ab %3; als Profil „%4“ gespeichert (das Token liegt im Schlüsselbund des Systems). Verwenden Sie es mit --profile %4.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::MediaCommand</name>
    <message>
        <source>Delete local media last accessed before a date, optionally also the cache of remote media. Prints an estimate first; deletes only with --yes. Quarantined and protected files are never deleted.</source>
        <translation>Lokale Medien löschen, auf die zuletzt vor einem Datum zugegriffen wurde, optional auch den Cache fremder Medien. Gibt zuerst eine Schätzung aus; löscht nur mit --yes. Unter Quarantäne gestellte und geschützte Dateien werden nie gelöscht.</translation>
    </message>
    <message>
        <source>Cutoff in local time: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>Stichtag in Ortszeit: YYYY-MM-DD oder YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>Media not accessed in the last N days.</source>
        <translation>Medien, auf die in den letzten N Tagen nicht zugegriffen wurde.</translation>
    </message>
    <message>
        <source>Only files larger than BYTES.</source>
        <translation>Nur Dateien größer als BYTES.</translation>
    </message>
    <message>
        <source>Delete user and room avatars too (kept by default).</source>
        <translation>Auch Benutzer- und Raum-Avatare löschen (standardmäßig behalten).</translation>
    </message>
    <message>
        <source>Also purge cached copies of other servers&apos; media.</source>
        <translation>Auch zwischengespeicherte Kopien von Medien anderer Server bereinigen.</translation>
    </message>
    <message>
        <source>Allow a cutoff within the last 24 hours.</source>
        <translation>Einen Stichtag innerhalb der letzten 24 Stunden erlauben.</translation>
    </message>
    <message>
        <source>Print the estimate only (exit 0).</source>
        <translation>Nur die Schätzung ausgeben (Exit 0).</translation>
    </message>
    <message>
        <source>Delete without asking (otherwise: estimate, exit 2).</source>
        <translation>Ohne Rückfrage löschen (sonst: Schätzung, Exit 2).</translation>
    </message>
    <message>
        <source>media purge takes no arguments besides its options (got &quot;%1&quot;)</source>
        <translation>media purge nimmt außer seinen Optionen keine Argumente an (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>give exactly one of --before DATE or --older-than-days N</source>
        <translation>geben Sie genau eines von --before DATE oder --older-than-days N an</translation>
    </message>
    <message>
        <source>--older-than-days needs a whole number of days, got &quot;%1&quot;</source>
        <translation>--older-than-days benötigt eine ganze Zahl von Tagen, erhalten: „%1“</translation>
    </message>
    <message>
        <source> Add --allow-recent if you mean it.</source>
        <translation> Fügen Sie --allow-recent hinzu, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>--size-gt needs a number of bytes (0 or more), got &quot;%1&quot;</source>
        <translation>--size-gt benötigt eine Anzahl von Bytes (0 oder mehr), erhalten: „%1“</translation>
    </message>
    <message>
        <source>Estimating what the server will delete…</source>
        <translation>Es wird geschätzt, was der Server löschen wird…</translation>
    </message>
    <message>
        <source>%1. Nothing was deleted.</source>
        <translation>%1. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Dry run: nothing was deleted.</source>
        <translation>Probelauf: Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Run again with --yes to delete.</source>
        <translation>Es wurde nichts gelöscht. Führen Sie den Befehl erneut mit --yes aus, um zu löschen.</translation>
    </message>
    <message>
        <source>Deleted %1 local files (server&apos;s count).</source>
        <translation>%1 lokale Dateien gelöscht (Zählung des Servers).</translation>
    </message>
    <message>
        <source>Bytes freed: %1, known from the estimate for %2 of %3 files.</source>
        <translation>Freigegebene Bytes: %1, aus der Schätzung bekannt für %2 von %3 Dateien.</translation>
    </message>
    <message>
        <source>Local media: failed, nothing deleted: %1</source>
        <translation>Lokale Medien: fehlgeschlagen, nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted %1 cached remote files.</source>
        <translation>%1 zwischengespeicherte fremde Dateien gelöscht.</translation>
    </message>
    <message>
        <source>Remote cache: failed: %1</source>
        <translation>Fremd-Cache: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Remote cache: not attempted.</source>
        <translation>Fremd-Cache: nicht versucht.</translation>
    </message>
    <message>
        <source>Deleted %1 local files (verified: the server&apos;s answer was lost; of the estimated files these are gone, %2 files still match the criteria).</source>
        <translation>%1 lokale Dateien gelöscht (überprüft: Die Antwort des Servers ging verloren; von den geschätzten Dateien sind diese weg, %2 Dateien entsprechen noch den Kriterien).</translation>
    </message>
    <message>
        <source>Local media: %1</source>
        <translation>Lokale Medien: %1</translation>
    </message>
    <message>
        <source>  %1 local files, %2, uploaded by %3 users</source>
        <translation>  %1 lokale Dateien, %2, hochgeladen von %3 Benutzern</translation>
    </message>
    <message>
        <source>  kept: %1 quarantined, %2 protected, %3 profile pictures, %4 not larger than the size limit</source>
        <translation>  behalten: %1 unter Quarantäne, %2 geschützt, %3 Profilbilder, %4 nicht größer als die Größengrenze</translation>
    </message>
    <message>
        <source>  most affected users:</source>
        <translation>  am stärksten betroffene Benutzer:</translation>
    </message>
    <message>
        <source>  not seen by the estimate: media not uploaded by a user (URL previews), custom per-room avatars</source>
        <translation>  von der Schätzung nicht erfasst: Medien, die nicht von einem Benutzer hochgeladen wurden (URL-Vorschauen), eigene Avatare pro Raum</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>Cutoff:           %1 (local media last accessed before this, or never accessed and uploaded before it)</source>
        <translation>Stichtag:         %1 (lokale Medien, auf die zuletzt davor zugegriffen wurde oder die nie abgerufen und davor hochgeladen wurden)</translation>
    </message>
    <message>
        <source>Estimate (from the users&apos; media lists; the server decides when it deletes):</source>
        <translation>Schätzung (aus den Medienlisten der Benutzer; der Server entscheidet beim Löschen):</translation>
    </message>
    <message>
        <source>Never deleted:    quarantined and protected files</source>
        <translation>Nie gelöscht:     unter Quarantäne gestellte und geschützte Dateien</translation>
    </message>
    <message>
        <source>Profile pictures: %1</source>
        <translation>Profilbilder:     %1</translation>
    </message>
    <message>
        <source>Remote cache:     %1</source>
        <translation>Fremd-Cache:      %1</translation>
    </message>
    <message>
        <source>Size:             %1</source>
        <translation>Größe:            %1</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>beliebige Größe</translation>
    </message>
    <message>
        <source>cached copies of other servers&apos; media last accessed before the cutoff are purged too</source>
        <translation>zwischengespeicherte Kopien von Medien anderer Server, auf die zuletzt vor dem Stichtag zugegriffen wurde, werden ebenfalls bereinigt</translation>
    </message>
    <message>
        <source>deleted too</source>
        <translation>ebenfalls gelöscht</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>not touched</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>only files larger than %1 bytes</source>
        <translation>nur Dateien größer als %1 Bytes</translation>
    </message>
    <message>
        <source>media purge|list|stats|quarantine|unquarantine|protect|unprotect|delete: purge old media, list and rank media, quarantine, protect or delete files</source>
        <translation>media purge|list|stats|quarantine|unquarantine|protect|unprotect|delete: alte Medien bereinigen, Medien auflisten und ordnen, Dateien unter Quarantäne stellen, schützen oder löschen</translation>
    </message>
    <message>
        <source>media needs a subcommand: purge, list, stats, quarantine, unquarantine, protect, unprotect or delete (see steward-cli media SUBCOMMAND --help)</source>
        <translation>media erwartet einen Unterbefehl: purge, list, stats, quarantine, unquarantine, protect, unprotect oder delete (siehe steward-cli media SUBCOMMAND --help)</translation>
    </message>
    <message>
        <source>unknown media subcommand &quot;%1&quot;: use purge, list, stats, quarantine, unquarantine, protect, unprotect or delete</source>
        <translation>unbekannter media-Unterbefehl „%1“: verwenden Sie purge, list, stats, quarantine, unquarantine, protect, unprotect oder delete</translation>
    </message>
    <message>
        <source>Local media: not attempted (cancelled), nothing deleted.</source>
        <translation>Lokale Medien: nicht versucht (abgebrochen), nichts gelöscht.</translation>
    </message>
    <message>
        <source>The purge was cancelled.</source>
        <translation>Die Bereinigung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::MediaManage</name>
    <message>
        <source> or all files of a user</source>
        <translation> oder alle Dateien eines Benutzers</translation>
    </message>
    <message>
        <source>%1 media files given by mxc URI%2. Every file is read first; the outcome of each is read back.</source>
        <translation>%1 Mediendateien, angegeben per mxc-URI%2. Jede Datei wird zuerst gelesen; das Ergebnis jeder Datei wird zurückgelesen.</translation>
    </message>
    <message>
        <source>%1 of the room&apos;s files could not be read (listed with their mxc URI only)</source>
        <translation>%1 der Dateien des Raums konnten nicht gelesen werden (nur mit ihrer mxc-URI aufgeführt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, all files of a user, or all files in a room</source>
        <translation>, alle Dateien eines Benutzers oder alle Dateien in einem Raum</translation>
    </message>
    <message>
        <source>--room needs a room ID (!id:server) or an alias (#name:server), got &quot;%1&quot;</source>
        <translation>--room erwartet eine Raum-ID (!id:server) oder einen Alias (#name:server), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--top needs a whole number of at least 1, got &quot;%1&quot;</source>
        <translation>--top erwartet eine ganze Zahl von mindestens 1, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--user needs a user ID like @name:server: %1</source>
        <translation>--user erwartet eine Benutzer-ID wie @name:server: %1</translation>
    </message>
    <message>
        <source>Do it (otherwise: print what would be done, exit 2).</source>
        <translation>Ausführen (sonst: ausgeben, was getan würde, Exit-Code 2).</translation>
    </message>
    <message>
        <source>Every file the room&apos;s messages point to (ID or alias).</source>
        <translation>Jede Datei, auf die die Nachrichten des Raums verweisen (ID oder Alias).</translation>
    </message>
    <message>
        <source>Every file this local user uploaded.</source>
        <translation>Jede Datei, die dieser lokale Benutzer hochgeladen hat.</translation>
    </message>
    <message>
        <source>Files as mxc://SERVER/MEDIA_ID.</source>
        <translation>Dateien als mxc://SERVER/MEDIA_ID.</translation>
    </message>
    <message>
        <source>In all: %1 bytes.</source>
        <translation>Insgesamt: %1 Bytes.</translation>
    </message>
    <message>
        <source>List a user&apos;s uploads or the media a room&apos;s messages point to.</source>
        <translation>Die Uploads eines Benutzers oder die Medien auflisten, auf die die Nachrichten eines Raums verweisen.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to do it.</source>
        <translation>Nichts wurde geändert. Führen Sie den Befehl mit --yes erneut aus, um es zu tun.</translation>
    </message>
    <message>
        <source>Only the N largest (default: every user with media).</source>
        <translation>Nur die N größten (Standard: jeder Benutzer mit Medien).</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>The media of this room (ID or alias).</source>
        <translation>Die Medien dieses Raums (ID oder Alias).</translation>
    </message>
    <message>
        <source>The uploads of this local user.</source>
        <translation>Die Uploads dieses lokalen Benutzers.</translation>
    </message>
    <message>
        <source>Users by the space their uploads take, largest first.</source>
        <translation>Benutzer nach dem Platz, den ihre Uploads belegen, größte zuerst.</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>give exactly one of --user USER_ID or --room ROOM</source>
        <translation>geben Sie genau eines von --user USER_ID oder --room ROOM an</translation>
    </message>
    <message>
        <source>give mxc URIs or --user USER_ID (one of them)</source>
        <translation>geben Sie mxc-URIs oder --user USER_ID an (eines davon)</translation>
    </message>
    <message>
        <source>give mxc URIs, or --user USER_ID, or --room ROOM (exactly one of them)</source>
        <translation>geben Sie mxc-URIs, --user USER_ID oder --room ROOM an (genau eines davon)</translation>
    </message>
    <message>
        <source>give the mxc URIs of the files (mxc://SERVER/MEDIA_ID)</source>
        <translation>geben Sie die mxc-URIs der Dateien an (mxc://SERVER/MEDIA_ID)</translation>
    </message>
    <message>
        <source>listing the media of %1</source>
        <translation>Medien von %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>listing the media of %1 (the output is incomplete)</source>
        <translation>Medien von %1 werden aufgelistet (die Ausgabe ist unvollständig)</translation>
    </message>
    <message>
        <source>media list takes no arguments (got &quot;%1&quot;)</source>
        <translation>media list nimmt keine Argumente (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>media stats takes no arguments (got &quot;%1&quot;)</source>
        <translation>media stats nimmt keine Argumente (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>reading the files (nothing was changed)</source>
        <translation>Dateien werden gelesen (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>reading the media statistics (the output is incomplete)</source>
        <translation>Medienstatistik wird gelesen (die Ausgabe ist unvollständig)</translation>
    </message>
    <message>
        <source>reading the room&apos;s media</source>
        <translation>Medien des Raums werden gelesen</translation>
    </message>
    <message>
        <source>resolving the room alias %1</source>
        <translation>Raum-Alias %1 wird aufgelöst</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>unbekanntes Format „%1“: verwenden Sie --format csv oder --format json</translation>
    </message>
    <message>
        <source>writing the list failed (disk full or pipe closed?)</source>
        <translation>Schreiben der Liste fehlgeschlagen (Datenträger voll oder Pipe geschlossen?)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::NoticeCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: too long for a notice</source>
        <translation>%1 ist größer als 1 MiB: zu lang für einen Hinweis</translation>
    </message>
    <message>
        <source>Send a server notice to listed users or to all local users, exactly once each (preview, report, resume)</source>
        <translation>Einen Serverhinweis an aufgeführte Benutzer oder alle lokalen Benutzer senden, jedem genau einmal (Vorschau, Bericht, Fortsetzen)</translation>
    </message>
    <message>
        <source>Usage: steward-cli notice send (--users FILE | --all) (--message TEXT | --message-file FILE) [--html-file FILE] [--include-bots] [--concurrency N] [--dry-run] [--yes] [--report FILE.csv] [--resume]</source>
        <translation>Aufruf: steward-cli notice send (--users FILE | --all) (--message TEXT | --message-file FILE) [--html-file FILE] [--include-bots] [--concurrency N] [--dry-run] [--yes] [--report FILE.csv] [--resume]</translation>
    </message>
    <message>
        <source>notice needs a subcommand: notice send ... (see notice send --help)</source>
        <translation>notice erwartet einen Unterbefehl: notice send ... (siehe notice send --help)</translation>
    </message>
    <message>
        <source>notice: unknown subcommand &quot;%1&quot; (known: send)</source>
        <translation>notice: unbekannter Unterbefehl „%1“ (bekannt: send)</translation>
    </message>
    <message>
        <source>Send a server notice (a message from the server in each user&apos;s &quot;Server Notices&quot; room).
--users FILE: one user per line (or a CSV&apos;s first column; &quot;-&quot; reads standard input); listed users get it unless they do not exist or are deactivated.
--all: every local user that is not deactivated; bots, support users and guests are left out (--include-bots adds bots and support users). Without --yes (or with --dry-run) --all only prints the preview (exit 2 without --yes).
Each user&apos;s notice is sent with a transaction ID derived from the run and the user, so a retried or resumed request never delivers a second copy. A journal is kept; --resume continues a killed, cancelled or partly failed run.
Exit codes: 0 every recipient got it; 1 some failed, were not attempted or their outcome is unknown, or the server cannot send notices; 2 usage or input error, or --all not confirmed with --yes; 3 authentication or connection failure.</source>
        <translation>Einen Serverhinweis senden (eine Nachricht des Servers im Raum „Server Notices“ jedes Benutzers).
--users FILE: ein Benutzer pro Zeile (oder die erste Spalte einer CSV-Datei; „-“ liest die Standardeingabe); aufgeführte Benutzer erhalten ihn, sofern es sie gibt und sie nicht deaktiviert sind.
--all: jeder lokale Benutzer, der nicht deaktiviert ist; Bots, Support-Benutzer und Gäste bleiben außen vor (--include-bots nimmt Bots und Support-Benutzer hinzu). Ohne --yes (oder mit --dry-run) gibt --all nur die Vorschau aus (Exit-Code 2 ohne --yes).
Der Hinweis jedes Benutzers wird mit einer aus Lauf und Benutzer abgeleiteten Transaktions-ID gesendet, sodass eine wiederholte oder fortgesetzte Anfrage nie eine zweite Kopie zustellt. Ein Journal wird geführt; --resume setzt einen abgebrochenen, beendeten oder teilweise fehlgeschlagenen Lauf fort.
Exit-Codes: 0 jeder Empfänger hat ihn erhalten; 1 einige fehlgeschlagen, nicht versucht oder mit unbekanntem Ergebnis, oder der Server kann keine Hinweise senden; 2 Aufruf- oder Eingabefehler, oder --all nicht mit --yes bestätigt; 3 Authentifizierungs- oder Verbindungsfehler.</translation>
    </message>
    <message>
        <source>File with the users (&quot;-&quot;: standard input).</source>
        <translation>Datei mit den Benutzern („-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>Every local user (not deactivated).</source>
        <translation>Jeder lokale Benutzer (nicht deaktiviert).</translation>
    </message>
    <message>
        <source>The notice&apos;s text.</source>
        <translation>Der Text des Hinweises.</translation>
    </message>
    <message>
        <source>Read the notice&apos;s text from FILE (&quot;-&quot;: standard input).</source>
        <translation>Den Text des Hinweises aus FILE lesen („-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>A formatted (HTML) body to send along with the text.</source>
        <translation>Ein formatierter Inhalt (HTML), der zusammen mit dem Text gesendet wird.</translation>
    </message>
    <message>
        <source>With --all: also bots and support users.</source>
        <translation>Mit --all: auch Bots und Support-Benutzer.</translation>
    </message>
    <message>
        <source>Notices in flight at once (default 8, 1-64).</source>
        <translation>Gleichzeitig gesendete Hinweise (Standard 8, 1-64).</translation>
    </message>
    <message>
        <source>Print the preview and send nothing.</source>
        <translation>Die Vorschau ausgeben und nichts senden.</translation>
    </message>
    <message>
        <source>Confirm sending to all users.</source>
        <translation>Das Senden an alle Benutzer bestätigen.</translation>
    </message>
    <message>
        <source>Write the per-user result as CSV to FILE.</source>
        <translation>Das Ergebnis pro Benutzer als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Continue the newest unfinished notice run for this server.</source>
        <translation>Den neuesten unvollendeten Hinweis-Lauf für diesen Server fortsetzen.</translation>
    </message>
    <message>
        <source>notice send: unexpected argument &quot;%1&quot;</source>
        <translation>notice send: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>notice send: give either --users FILE or --all, not both</source>
        <translation>notice send: geben Sie entweder --users FILE oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>notice send: --users needs a FILE (&quot;-&quot; reads standard input)</source>
        <translation>notice send: --users erwartet eine Datei („-“ liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>notice send needs --users FILE or --all (or --resume)</source>
        <translation>notice send erwartet --users FILE oder --all (oder --resume)</translation>
    </message>
    <message>
        <source>notice send: give either --message or --message-file, not both</source>
        <translation>notice send: geben Sie entweder --message oder --message-file an, nicht beides</translation>
    </message>
    <message>
        <source>notice send needs --message TEXT or --message-file FILE</source>
        <translation>notice send erwartet --message TEXT oder --message-file FILE</translation>
    </message>
    <message>
        <source>notice send: only one of --users, --message-file and --html-file can read standard input</source>
        <translation>notice send: nur eines von --users, --message-file und --html-file kann die Standardeingabe lesen</translation>
    </message>
    <message>
        <source>notice send: give either --dry-run or --yes, not both</source>
        <translation>notice send: geben Sie entweder --dry-run oder --yes an, nicht beides</translation>
    </message>
    <message>
        <source>notice send: --concurrency wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>notice send: --concurrency erwartet eine Zahl von 1 bis 64, nicht „%1“</translation>
    </message>
    <message>
        <source>notice send: %1</source>
        <translation>notice send: %1</translation>
    </message>
    <message>
        <source>notice send: the message is empty</source>
        <translation>notice send: die Nachricht ist leer</translation>
    </message>
    <message>
        <source>notice send: the users list %1 is empty</source>
        <translation>notice send: die Benutzerliste %1 ist leer</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Resuming the notice run of %1 (%2): %3 of %4 recipients still to do.</source>
        <translation>Der Hinweis-Lauf vom %1 (%2) wird fortgesetzt: %3 von %4 Empfängern stehen noch aus.</translation>
    </message>
    <message>
        <source>Note: the recipients and the message come from the journal.</source>
        <translation>Hinweis: Empfänger und Nachricht stammen aus dem Journal.</translation>
    </message>
    <message>
        <source>notice send --resume: %1</source>
        <translation>notice send --resume: %1</translation>
    </message>
    <message>
        <source>there is no unfinished notice run for %1 to resume</source>
        <translation>es gibt keinen unvollendeten Hinweis-Lauf für %1, der fortgesetzt werden könnte</translation>
    </message>
    <message>
        <source>No unfinished notice run for %1; starting this one.</source>
        <translation>Kein unvollendeter Hinweis-Lauf für %1; dieser wird gestartet.</translation>
    </message>
    <message>
        <source>Reading every user of the server…</source>
        <translation>Alle Benutzer des Servers werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n user(s) on the server…</source>
        <translation>
            <numerusform>%n Benutzer auf dem Server werden gelesen…</numerusform>
            <numerusform>%n Benutzer auf dem Server werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>notice send: reading the users failed</source>
        <translation>notice send: das Lesen der Benutzer ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>  send  %1</source>
        <translation>  senden     %1</translation>
    </message>
    <message>
        <source>  skip  %1  %2</source>
        <translation>  auslassen  %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>notice send: %n entry(ies) of the list are not user IDs (see above); nothing was sent. Fix the list and run again.</source>
        <translation>
            <numerusform>notice send: %n Eintrag der Liste ist keine Benutzer-ID (siehe oben); nichts wurde gesendet. Korrigieren Sie die Liste und versuchen Sie es erneut.</numerusform>
            <numerusform>notice send: %n Einträge der Liste sind keine Benutzer-IDs (siehe oben); nichts wurde gesendet. Korrigieren Sie die Liste und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>notice send: nothing was sent; add --yes to send the notice to these %n user(s) (--dry-run only previews)</source>
        <translation>
            <numerusform>notice send: nichts wurde gesendet; fügen Sie --yes hinzu, um den Hinweis an diesen %n Benutzer zu senden (--dry-run zeigt nur die Vorschau)</numerusform>
            <numerusform>notice send: nichts wurde gesendet; fügen Sie --yes hinzu, um den Hinweis an diese %n Benutzer zu senden (--dry-run zeigt nur die Vorschau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to send to.</source>
        <translation>Niemand, an den gesendet werden könnte.</translation>
    </message>
    <message>
        <source>notice send: could not start: %1</source>
        <translation>notice send: konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Journal: %1 (run again with --resume to finish)</source>
        <translation>Journal: %1 (erneut mit --resume ausführen, um abzuschließen)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::OperationOutput</name>
    <message>
        <source>could not write the report %1: %2</source>
        <translation>der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ProfileCommand</name>
    <message>
        <source>Saved server profiles: add (sign in), list, remove (sign out and forget)</source>
        <translation>Gespeicherte Serverprofile: add (anmelden), list (auflisten), remove (abmelden und vergessen)</translation>
    </message>
    <message>
        <source>profile needs a subcommand: add, list or remove</source>
        <translation>profile benötigt einen Unterbefehl: add, list oder remove</translation>
    </message>
    <message>
        <source>unknown profile subcommand &quot;%1&quot;: use add, list or remove</source>
        <translation>unbekannter profile-Unterbefehl „%1“: Verwenden Sie add, list oder remove</translation>
    </message>
    <message>
        <source>Sign in to a homeserver and save it as profile NAME. The access token is stored in the OS keychain only; the password or token is read from standard input, never from the command line.
SERVER is a server name (example.org, resolved through /.well-known/matrix/client) or a base URL.</source>
        <translation>Bei einem Homeserver anmelden und ihn als Profil NAME speichern. Das Zugriffstoken wird nur im Schlüsselbund des Betriebssystems gespeichert; Passwort oder Token werden von der Standardeingabe gelesen, nie von der Befehlszeile.
SERVER ist ein Servername (example.org, aufgelöst über /.well-known/matrix/client) oder eine Basis-URL.</translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. &quot;work&quot;.</source>
        <translation>Der Name des Profils, z. B. „arbeit“.</translation>
    </message>
    <message>
        <source>Server name or homeserver URL.</source>
        <translation>Servername oder Homeserver-URL.</translation>
    </message>
    <message>
        <source>User name (localpart or @user:server) of a server admin.</source>
        <translation>Benutzername (Localpart oder @user:server) eines Server-Administrators.</translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation>Das Passwort von stdin lesen.</translation>
    </message>
    <message>
        <source>Read an existing admin access token from stdin (SSO or MAS servers).</source>
        <translation>Ein vorhandenes Administrator-Zugriffstoken von stdin lesen (SSO- oder MAS-Server).</translation>
    </message>
    <message>
        <source>Sign in again for an existing profile (its old token is revoked).</source>
        <translation>Für ein vorhandenes Profil erneut anmelden (sein altes Token wird widerrufen).</translation>
    </message>
    <message>
        <source>Accept plain http:// to a host that is not this computer (the token travels unencrypted). Stored with the profile.</source>
        <translation>Einfaches http:// zu einem Host akzeptieren, der nicht dieser Computer ist (das Token wird unverschlüsselt übertragen). Wird mit dem Profil gespeichert.</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint (as printed when the certificate is refused). Stored with the profile.</source>
        <translation>Genau dem Zertifikat mit diesem SHA-256-Fingerabdruck vertrauen (wie bei der Ablehnung des Zertifikats ausgegeben). Wird mit dem Profil gespeichert.</translation>
    </message>
    <message>
        <source>profile add takes exactly one NAME (see steward-cli profile add --help)</source>
        <translation>profile add nimmt genau einen NAME an (siehe steward-cli profile add --help)</translation>
    </message>
    <message>
        <source>profile add needs --homeserver SERVER</source>
        <translation>profile add benötigt --homeserver SERVER</translation>
    </message>
    <message>
        <source>--password-stdin needs --user USER</source>
        <translation>--password-stdin benötigt --user USER</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AB:CD:...</source>
        <translation>--pin-sha256 benötigt einen SHA-256-Fingerabdruck: 32 Bytes in Hex, z. B. AB:CD:...</translation>
    </message>
    <message>
        <source>a profile &quot;%1&quot; exists already: use --replace to sign in again, or choose another name</source>
        <translation>ein Profil „%1“ existiert bereits: Verwenden Sie --replace, um sich erneut anzumelden, oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>no access token on standard input</source>
        <translation>kein Zugriffstoken auf der Standardeingabe</translation>
    </message>
    <message>
        <source>To trust exactly this certificate, run again with --pin-sha256 %1</source>
        <translation>Um genau diesem Zertifikat zu vertrauen, führen Sie den Befehl erneut mit --pin-sha256 %1 aus</translation>
    </message>
    <message>
        <source>(option --allow-insecure-http)</source>
        <translation>(Option --allow-insecure-http)</translation>
    </message>
    <message>
        <source>signed in, but the token could not be stored, so profile &quot;%1&quot; was not saved: %2 For scripts without a keychain use --homeserver URL with STEWARD_ACCESS_TOKEN.</source>
        <translation>angemeldet, aber das Token konnte nicht gespeichert werden, daher wurde das Profil „%1“ nicht gespeichert: %2 Für Skripte ohne Schlüsselbund verwenden Sie --homeserver URL mit STEWARD_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>The new token was revoked again.</source>
        <translation>Das neue Token wurde wieder widerrufen.</translation>
    </message>
    <message>
        <source>The new token could not be revoked: %1</source>
        <translation>Das neue Token konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved: %2 on %3 (server admin). The access token is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert: %2 auf %3 (Server-Administrator). Das Zugriffstoken liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>List the saved profiles; * marks the default (last used) one. Tokens are never shown.</source>
        <translation>Die gespeicherten Profile auflisten; * markiert das Standardprofil (zuletzt verwendet). Tokens werden nie angezeigt.</translation>
    </message>
    <message>
        <source>profile list takes no arguments</source>
        <translation>profile list nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>No profiles. Add one with: steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin</source>
        <translation>Keine Profile. Fügen Sie eines hinzu mit: steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>festgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>Sign out of profile NAME: revoke its access token on the server, delete it from the keychain, and forget the profile.</source>
        <translation>Vom Profil NAME abmelden: sein Zugriffstoken auf dem Server widerrufen, aus dem Schlüsselbund löschen und das Profil vergessen.</translation>
    </message>
    <message>
        <source>The profile to remove.</source>
        <translation>Das zu entfernende Profil.</translation>
    </message>
    <message>
        <source>Also when the server cannot be reached: forget the profile and delete the token locally (the token then stays valid on the server).</source>
        <translation>Auch wenn der Server nicht erreichbar ist: das Profil vergessen und das Token lokal löschen (das Token bleibt dann auf dem Server gültig).</translation>
    </message>
    <message>
        <source>profile remove takes exactly one NAME</source>
        <translation>profile remove nimmt genau einen NAME an</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (see steward-cli profile list)</source>
        <translation>es gibt kein Profil „%1“ (siehe steward-cli profile list)</translation>
    </message>
    <message>
        <source>The profile was kept. Use --local-only to forget it without revoking the token.</source>
        <translation>Das Profil wurde behalten. Verwenden Sie --local-only, um es zu vergessen, ohne das Token zu widerrufen.</translation>
    </message>
    <message>
        <source>Usage: steward-cli profile add|list|remove ...

  profile add NAME --homeserver SERVER (--user USER --password-stdin | --token-stdin | --oauth)
      Sign in and save the profile; the access token goes to the OS keychain only.
  profile list
      The saved profiles; * marks the default (last used) one.
  profile remove NAME
      Revoke the token on the server, delete it from the keychain, forget the profile.

See steward-cli profile SUBCOMMAND --help for the options.
</source>
        <translation>Aufruf: steward-cli profile add|list|remove ...

  profile add NAME --homeserver SERVER (--user USER --password-stdin | --token-stdin | --oauth)
      Anmelden und das Profil speichern; das Zugriffstoken kommt nur in den Schlüsselbund des Systems.
  profile list
      Die gespeicherten Profile; * markiert das Standardprofil (zuletzt verwendet).
  profile remove NAME
      Das Token auf dem Server widerrufen, aus dem Schlüsselbund löschen, das Profil vergessen.

Siehe steward-cli profile SUBCOMMAND --help für die Optionen.
</translation>
    </message>
    <message>
        <source>Sign in through the server&apos;s OAuth 2.0 service (Matrix Authentication Service) with the device grant: prints a URL and a code on stderr, then waits until you approved the sign-in in a browser.</source>
        <translation>Über den OAuth-2.0-Dienst des Servers (Matrix Authentication Service) mit der Geräteautorisierung anmelden: gibt eine URL und einen Code auf stderr aus und wartet dann, bis Sie die Anmeldung in einem Browser bestätigt haben.</translation>
    </message>
    <message>
        <source>profile add needs exactly one of --user USER --password-stdin, --token-stdin or --oauth</source>
        <translation>profile add erwartet genau eines von --user USER --password-stdin, --token-stdin oder --oauth</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>(or open %1 directly)</source>
        <translation>(oder öffnen Sie direkt %1)</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to be approved… (Ctrl+C cancels)</source>
        <translation>Warten auf die Bestätigung der Anmeldung… (Strg+C bricht ab)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ProfileResolver</name>
    <message>
        <source>cannot read the token of profile &quot;%1&quot;: %2</source>
        <translation>das Token des Profils „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no profile chosen: use --profile NAME (see steward-cli profile list)</source>
        <translation>kein Profil gewählt: Verwenden Sie --profile NAME (siehe steward-cli profile list)</translation>
    </message>
    <message>
        <source>no server given: add a profile with &quot;steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin&quot;, or use --homeserver URL</source>
        <translation>kein Server angegeben: Fügen Sie ein Profil mit &quot;steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin&quot; hinzu oder verwenden Sie --homeserver URL</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no access token in the keychain: sign in again with &quot;steward-cli profile add %1 --replace --homeserver %2 ...&quot;</source>
        <translation>Profil „%1“ hat kein Zugriffstoken im Schlüsselbund: Melden Sie sich erneut an mit &quot;steward-cli profile add %1 --replace --homeserver %2 ...&quot;</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (see steward-cli profile list)</source>
        <translation>es gibt kein Profil „%1“ (siehe steward-cli profile list)</translation>
    </message>
    <message>
        <source>use either --profile or --homeserver, not both</source>
        <translation>verwenden Sie entweder --profile oder --homeserver, nicht beides</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::PurgeHistory</name>
    <message>
        <source> Nothing was deleted.</source>
        <translation> Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a room ID (it starts with !, e.g. !abc:example.org)</source>
        <translation>„%1“ ist keine Raum-ID (sie beginnt mit !, z. B. !abc:example.org)</translation>
    </message>
    <message>
        <source>Delete a room&apos;s history before a date (local time).</source>
        <translation>Den Verlauf eines Raums vor einem Datum (Ortszeit) löschen.</translation>
    </message>
    <message>
        <source>Delete events sent before this local date/time: YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>Ereignisse löschen, die vor diesem lokalen Datum/dieser Uhrzeit gesendet wurden: JJJJ-MM-TT[THH:MM[:SS]].</translation>
    </message>
    <message>
        <source>Delete the events of this server&apos;s users too (kept by default).</source>
        <translation>Auch die Ereignisse der Benutzer dieses Servers löschen (standardmäßig behalten).</translation>
    </message>
    <message>
        <source>Delete without asking (otherwise: preview, exit 2).</source>
        <translation>Ohne Nachfrage löschen (sonst: Vorschau, Exit-Code 2).</translation>
    </message>
    <message>
        <source>Nothing was deleted. Run again with --yes to delete.</source>
        <translation>Nichts wurde gelöscht. Führen Sie den Befehl mit --yes erneut aus, um zu löschen.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>The room ID (!id:server).</source>
        <translation>Die Raum-ID (!id:server).</translation>
    </message>
    <message>
        <source>rooms purge-history needs --before DATE[THH:MM[:SS]]</source>
        <translation>rooms purge-history erwartet --before DATE[THH:MM[:SS]]</translation>
    </message>
    <message>
        <source>rooms purge-history needs exactly one ROOM (a room ID such as !abc:example.org)</source>
        <translation>rooms purge-history erwartet genau einen ROOM (eine Raum-ID wie !abc:example.org)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ReportsCommand</name>
    <message>
        <source>Event and user reports: list, show, dismiss, watch for new ones</source>
        <translation>Ereignis- und Benutzermeldungen: auflisten, anzeigen, verwerfen, auf neue warten</translation>
    </message>
    <message>
        <source>Usage: steward-cli reports list [--kind event|user|all] [--room ROOM] [--user USER_ID] [--format csv|json]
       steward-cli reports show ID [--kind event|user]
       steward-cli reports dismiss ID... [--kind event|user] [--yes]
       steward-cli reports watch [--once] [--interval SECONDS]
ID is a report number, or event:N / user:N.</source>
        <translation>Aufruf: steward-cli reports list [--kind event|user|all] [--room ROOM] [--user USER_ID] [--format csv|json]
       steward-cli reports show ID [--kind event|user]
       steward-cli reports dismiss ID... [--kind event|user] [--yes]
       steward-cli reports watch [--once] [--interval SECONDS]
ID ist eine Meldungsnummer oder event:N / user:N.</translation>
    </message>
    <message>
        <source>reports: missing subcommand. %1</source>
        <translation>reports: Unterbefehl fehlt. %1</translation>
    </message>
    <message>
        <source>reports: unknown subcommand &quot;%1&quot; (known: list, show, dismiss, watch)</source>
        <translation>reports: unbekannter Unterbefehl „%1“ (bekannt: list, show, dismiss, watch)</translation>
    </message>
    <message>
        <source>List every report (all pages), newest first.</source>
        <translation>Jede Meldung auflisten (alle Seiten), neueste zuerst.</translation>
    </message>
    <message>
        <source>event, user or all (default).</source>
        <translation>event, user oder all (Standard).</translation>
    </message>
    <message>
        <source>Only event reports in this room (room ID).</source>
        <translation>Nur Ereignismeldungen in diesem Raum (Raum-ID).</translation>
    </message>
    <message>
        <source>Only reports about this user (the reported user or the event&apos;s sender).</source>
        <translation>Nur Meldungen über diesen Benutzer (den gemeldeten Benutzer oder den Absender des Ereignisses).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>reports list takes no arguments, got &quot;%1&quot;</source>
        <translation>reports list nimmt keine Argumente, erhalten: „%1“</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use --kind event, user or all</source>
        <translation>unbekannte Art „%1“: verwenden Sie --kind event, user oder all</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>unbekanntes Format „%1“: verwenden Sie --format csv oder --format json</translation>
    </message>
    <message>
        <source>--room needs a room ID (!id), got &quot;%1&quot;</source>
        <translation>--room erwartet eine Raum-ID (!id), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--user needs a user ID (@name:server), got &quot;%1&quot;</source>
        <translation>--user erwartet eine Benutzer-ID (@name:server), erhalten: „%1“</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>writing the reports failed (disk full or pipe closed?)</source>
        <translation>Schreiben der Meldungen fehlgeschlagen (Datenträger voll oder Pipe geschlossen?)</translation>
    </message>
    <message>
        <source>this server has no user reports API (Synapse 1.137 or newer has it); use --kind event</source>
        <translation>dieser Server hat keine API für Benutzermeldungen (Synapse 1.137 oder neuer hat sie); verwenden Sie --kind event</translation>
    </message>
    <message>
        <source>listing %1 reports</source>
        <translation>%1-Meldungen werden aufgelistet</translation>
    </message>
    <message>
        <source>Show one report, the reported event and the messages around it.</source>
        <translation>Eine Meldung anzeigen, das gemeldete Ereignis und die Nachrichten um es herum.</translation>
    </message>
    <message>
        <source>event (default) or user.</source>
        <translation>event (Standard) oder user.</translation>
    </message>
    <message>
        <source>The report&apos;s number.</source>
        <translation>Die Nummer der Meldung.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use --kind event or user</source>
        <translation>unbekannte Art „%1“: verwenden Sie --kind event oder user</translation>
    </message>
    <message>
        <source>reports show needs exactly one report ID</source>
        <translation>reports show erwartet genau eine Meldungs-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report ID (a number, or event:N / user:N)</source>
        <translation>„%1“ ist keine Meldungs-ID (eine Zahl oder event:N / user:N)</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>die Meldung wird gelesen</translation>
    </message>
    <message>
        <source>Reported event:</source>
        <translation>Gemeldetes Ereignis:</translation>
    </message>
    <message>
        <source>  media (%1, not downloaded): %2</source>
        <translation>  Medien (%1, nicht heruntergeladen): %2</translation>
    </message>
    <message>
        <source>Context: not available (%1)</source>
        <translation>Kontext: nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Dismiss (delete) reports.</source>
        <translation>Meldungen verwerfen (löschen).</translation>
    </message>
    <message>
        <source>Really delete (without it: only say what would be done).</source>
        <translation>Wirklich löschen (ohne dies: nur sagen, was getan würde).</translation>
    </message>
    <message>
        <source>The reports&apos; numbers.</source>
        <translation>Die Nummern der Meldungen.</translation>
    </message>
    <message>
        <source>reports dismiss needs at least one report ID</source>
        <translation>reports dismiss erwartet mindestens eine Meldungs-ID</translation>
    </message>
    <message>
        <source>would dismiss %1 report %2</source>
        <translation>würde %1-Meldung %2 verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>nothing was dismissed: add --yes to delete these %n report(s)</source>
        <translation>
            <numerusform>nichts wurde verworfen: fügen Sie --yes hinzu, um diese %n Meldung zu löschen</numerusform>
            <numerusform>nichts wurde verworfen: fügen Sie --yes hinzu, um diese %n Meldungen zu löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dismissed, %2 failed</source>
        <translation>%1 verworfen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>dismissed %1 report %2</source>
        <translation>%1-Meldung %2 verworfen</translation>
    </message>
    <message>
        <source>dismissing %1 report %2 (%3 of %4 done)</source>
        <translation>%1-Meldung %2 wird verworfen (%3 von %4 erledigt)</translation>
    </message>
    <message>
        <source>failed to dismiss %1 report %2: %3</source>
        <translation>%1-Meldung %2 konnte nicht verworfen werden: %3</translation>
    </message>
    <message>
        <source>Print each report that arrived since the last call, one line each (state kept per profile).</source>
        <translation>Jede seit dem letzten Aufruf eingegangene Meldung ausgeben, eine Zeile pro Meldung (Zustand pro Profil gespeichert).</translation>
    </message>
    <message>
        <source>Check once and exit (for cron and monitoring).</source>
        <translation>Einmal prüfen und beenden (für cron und Überwachung).</translation>
    </message>
    <message>
        <source>Seconds between checks (default 60).</source>
        <translation>Sekunden zwischen den Prüfungen (Standard 60).</translation>
    </message>
    <message>
        <source>reports watch takes no arguments, got &quot;%1&quot;</source>
        <translation>reports watch nimmt keine Argumente, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 5 to 86400, got &quot;%1&quot;</source>
        <translation>--interval erwartet eine Anzahl Sekunden von 5 bis 86400, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1; remove the file to start over</source>
        <translation>%1; entfernen Sie die Datei, um neu zu beginnen</translation>
    </message>
    <message>
        <source>%1 (the reports above will be printed again next time)</source>
        <translation>%1 (die obigen Meldungen werden beim nächsten Mal erneut ausgegeben)</translation>
    </message>
    <message>
        <source>checking for reports</source>
        <translation>es wird nach Meldungen gesucht</translation>
    </message>
    <message>
        <source>checking for reports failed: %1 (next try in %2 s)</source>
        <translation>die Suche nach Meldungen ist fehlgeschlagen: %1 (nächster Versuch in %2 s)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsCommand</name>
    <message>
        <source>Only rooms whose name or alias contains TERM, or whose room ID is TERM.</source>
        <translation>Nur Räume, deren Name oder Alias TERM enthält oder deren Raum-ID TERM ist.</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>export: where to write (saved only when complete); &quot;-&quot; or none for standard output.</source>
        <translation>export: wohin geschrieben wird (nur gespeichert, wenn vollständig); „-“ oder nichts für die Standardausgabe.</translation>
    </message>
    <message>
        <source>List the rooms, or export them into a file.</source>
        <translation>Die Räume auflisten oder in eine Datei exportieren.</translation>
    </message>
    <message>
        <source>rooms %1 takes no arguments, got &quot;%2&quot; (quote a search term with spaces: --search &quot;two words&quot;; name the file with --output FILE)</source>
        <translation>rooms %1 nimmt keine Argumente, erhalten: „%2“ (setzen Sie einen Suchbegriff mit Leerzeichen in Anführungszeichen: --search &quot;zwei Wörter&quot;; benennen Sie die Datei mit --output FILE)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>unbekanntes Format „%1“: verwenden Sie --format csv oder --format json</translation>
    </message>
    <message>
        <source>--search needs a term (leave the option out to list every room)</source>
        <translation>--search erwartet einen Begriff (lassen Sie die Option weg, um jeden Raum aufzulisten)</translation>
    </message>
    <message>
        <source>rooms list writes to standard output; use rooms export --output FILE for a file</source>
        <translation>rooms list schreibt in die Standardausgabe; verwenden Sie rooms export --output FILE für eine Datei</translation>
    </message>
    <message>
        <source>--output needs a file name (or &quot;-&quot; for standard output)</source>
        <translation>--output erwartet einen Dateinamen (oder „-“ für die Standardausgabe)</translation>
    </message>
    <message>
        <source>%1 rooms…</source>
        <translation>%1 Räume…</translation>
    </message>
    <message>
        <source>listing rooms (the output is incomplete)</source>
        <translation>Räume werden aufgelistet (die Ausgabe ist unvollständig)</translation>
    </message>
    <message>
        <source>rooms export stopped after %1 rooms (the output is incomplete)</source>
        <translation>rooms export endete nach %1 Räumen (die Ausgabe ist unvollständig)</translation>
    </message>
    <message>
        <source>rooms export failed after %1 rooms; no file was written</source>
        <translation>rooms export ist nach %1 Räumen fehlgeschlagen; keine Datei wurde geschrieben</translation>
    </message>
    <message>
        <source>List or export the server&apos;s rooms as CSV or JSON (rooms list [--search TERM] [--format csv|json]; rooms export [--search TERM] [--format csv|json] [--output FILE]); publish or unpublish rooms in the directory (rooms publish|unpublish ROOM...); delete rooms (rooms delete ROOM... [--block] [--no-purge] [--yes] [--resume]); delete a room&apos;s history (rooms purge-history ROOM --before DATE [--delete-local-events] [--yes])</source>
        <translation>Die Räume des Servers als CSV oder JSON auflisten oder exportieren (rooms list [--search TERM] [--format csv|json]; rooms export [--search TERM] [--format csv|json] [--output FILE]); Räume im Verzeichnis veröffentlichen oder daraus entfernen (rooms publish|unpublish ROOM...); Räume löschen (rooms delete ROOM... [--block] [--no-purge] [--yes] [--resume]); den Verlauf eines Raums löschen (rooms purge-history ROOM --before DATE [--delete-local-events] [--yes])</translation>
    </message>
    <message>
        <source>rooms needs a subcommand: rooms list [--search TERM] [--format csv|json], rooms export [--search TERM] [--format csv|json] [--output FILE], rooms publish ROOM..., rooms unpublish ROOM..., rooms delete ROOM... or rooms purge-history ROOM --before DATE</source>
        <translation>rooms erwartet einen Unterbefehl: rooms list [--search TERM] [--format csv|json], rooms export [--search TERM] [--format csv|json] [--output FILE], rooms publish ROOM..., rooms unpublish ROOM..., rooms delete ROOM... oder rooms purge-history ROOM --before DATE</translation>
    </message>
    <message>
        <source>unknown rooms subcommand &quot;%1&quot; (expected: list, export, publish, unpublish, delete, purge-history)</source>
        <translation>unbekannter rooms-Unterbefehl „%1“ (erwartet: list, export, publish, unpublish, delete, purge-history)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsDeleteCommand</name>
    <message>
        <source>Delete rooms (Synapse&apos;s asynchronous v2 deletion): every local user is removed, the room leaves the directory and, unless --no-purge, its history is purged from the database.
Without --yes it prints what it would do and deletes nothing (exit 2). A room counts as deleted only when the server reports its deletion complete; when an answer is lost the room&apos;s state is read back. Ctrl-C stops: rooms not yet sent are not attempted, a deletion the server already has is followed to its end. A journal is kept; --resume continues the newest unfinished run for this server.
Exit codes: 0 every room deleted; 1 some failed, were not attempted or their outcome is unknown; 2 usage error or not confirmed with --yes; 3 authentication or connection failure.</source>
        <translation>Räume löschen (asynchrone v2-Löschung von Synapse): Jeder lokale Benutzer wird entfernt, der Raum verschwindet aus dem Verzeichnis und, sofern nicht --no-purge angegeben ist, wird sein Verlauf aus der Datenbank bereinigt.
Ohne --yes wird nur ausgegeben, was geschehen würde, und nichts gelöscht (Exit-Code 2). Ein Raum gilt erst als gelöscht, wenn der Server den Abschluss seiner Löschung meldet; geht eine Antwort verloren, wird der Zustand des Raums erneut gelesen. Ctrl-C stoppt: Noch nicht gesendete Räume werden nicht versucht, eine Löschung, die der Server bereits hat, wird bis zum Ende verfolgt. Es wird ein Journal geführt; --resume setzt den neuesten unvollendeten Lauf für diesen Server fort.
Exit-Codes: 0 jeder Raum gelöscht; 1 einige fehlgeschlagen, nicht versucht oder mit unbekanntem Ergebnis; 2 Aufruffehler oder nicht mit --yes bestätigt; 3 Authentifizierungs- oder Verbindungsfehler.</translation>
    </message>
    <message>
        <source>Block the rooms so nobody can join them again.</source>
        <translation>Die Räume blockieren, damit niemand mehr beitreten kann.</translation>
    </message>
    <message>
        <source>Keep the rooms&apos; history in the database.</source>
        <translation>Den Verlauf der Räume in der Datenbank behalten.</translation>
    </message>
    <message>
        <source>Purge even if some local users could not be removed.</source>
        <translation>Auch bereinigen, wenn einige lokale Benutzer nicht entfernt werden konnten.</translation>
    </message>
    <message>
        <source>A local user who creates a new room the removed users are moved to (default: no new room).</source>
        <translation>Ein lokaler Benutzer, der einen neuen Raum erstellt, in den die entfernten Benutzer verschoben werden (Standard: kein neuer Raum).</translation>
    </message>
    <message>
        <source>With --new-room-user: the new room&apos;s name.</source>
        <translation>Mit --new-room-user: der Name des neuen Raums.</translation>
    </message>
    <message>
        <source>With --new-room-user: the message the removed users see there.</source>
        <translation>Mit --new-room-user: die Nachricht, die die entfernten Benutzer dort sehen.</translation>
    </message>
    <message>
        <source>Rooms deleted at once (default 4, 1-64).</source>
        <translation>Gleichzeitig gelöschte Räume (Standard 4, 1-64).</translation>
    </message>
    <message>
        <source>Confirm: delete the rooms.</source>
        <translation>Bestätigen: die Räume löschen.</translation>
    </message>
    <message>
        <source>Continue the newest unfinished room deletion for this server.</source>
        <translation>Die neueste unvollendete Raumlöschung für diesen Server fortsetzen.</translation>
    </message>
    <message>
        <source>Room IDs (!id or !id:server).</source>
        <translation>Raum-IDs (!id oder !id:server).</translation>
    </message>
    <message>
        <source>rooms delete needs at least one ROOM (a room ID), or --resume</source>
        <translation>rooms delete erwartet mindestens einen ROOM (eine Raum-ID) oder --resume</translation>
    </message>
    <message>
        <source>rooms delete: give either ROOM... or --resume, not both</source>
        <translation>rooms delete: geben Sie entweder ROOM... oder --resume an, nicht beides</translation>
    </message>
    <message>
        <source>rooms delete: --new-room-name and --message need --new-room-user USER_ID</source>
        <translation>rooms delete: --new-room-name und --message erfordern --new-room-user USER_ID</translation>
    </message>
    <message>
        <source>rooms delete: %1</source>
        <translation>rooms delete: %1</translation>
    </message>
    <message>
        <source>rooms delete: --concurrency wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>rooms delete: --concurrency erwartet eine Zahl von 1 bis 64, nicht „%1“</translation>
    </message>
    <message>
        <source>Stopping: rooms not yet sent are not deleted; deletions the server already has are followed to their end (Ctrl-C again quits at once).</source>
        <translation>Wird gestoppt: Noch nicht gesendete Räume werden nicht gelöscht; Löschungen, die der Server bereits hat, werden bis zum Ende verfolgt (ein weiteres Ctrl-C beendet sofort).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>there is no unfinished room deletion for %1 to resume</source>
        <translation>es gibt keine unvollendete Raumlöschung für %1, die fortgesetzt werden könnte</translation>
    </message>
    <message>
        <source>Resuming the room deletion of %1 (%2): %3 of %4 rooms still to do; the options come from the journal.</source>
        <translation>Die Raumlöschung vom %1 (%2) wird fortgesetzt: %3 von %4 Räumen stehen noch aus; die Optionen stammen aus dem Journal.</translation>
    </message>
    <message>
        <source>rooms delete --resume: %1</source>
        <translation>rooms delete --resume: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n room(s) on the server…</source>
        <translation>
            <numerusform>%n Raum wird auf dem Server geprüft…</numerusform>
            <numerusform>%n Räume werden auf dem Server geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>  delete  %1</source>
        <translation>  löschen       %1</translation>
    </message>
    <message>
        <source>  skip    %1  %2</source>
        <translation>  überspringen  %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) to delete</source>
        <translation>
            <numerusform>%n Raum zu löschen</numerusform>
            <numerusform>%n Räume zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rooms delete: %n argument(s) are not room IDs (see above); nothing was deleted</source>
        <translation>
            <numerusform>rooms delete: %n Argument ist keine Raum-ID (siehe oben); es wurde nichts gelöscht</numerusform>
            <numerusform>rooms delete: %n Argumente sind keine Raum-IDs (siehe oben); es wurde nichts gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>rooms delete: nothing was deleted; add --yes to delete these %n room(s)</source>
        <translation>
            <numerusform>rooms delete: es wurde nichts gelöscht; fügen Sie --yes hinzu, um diesen %n Raum zu löschen</numerusform>
            <numerusform>rooms delete: es wurde nichts gelöscht; fügen Sie --yes hinzu, um diese %n Räume zu löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal: %1 (run again with --resume --yes to finish)</source>
        <translation>Journal: %1 (erneut mit --resume --yes ausführen, um abzuschließen)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsPublishCommand</name>
    <message>
        <source>Publish rooms in the server&apos;s room directory.</source>
        <translation>Räume im Raumverzeichnis des Servers veröffentlichen.</translation>
    </message>
    <message>
        <source>Remove rooms from the server&apos;s room directory.</source>
        <translation>Räume aus dem Raumverzeichnis des Servers entfernen.</translation>
    </message>
    <message>
        <source>Room IDs (!id:server) or aliases (#alias:server).</source>
        <translation>Raum-IDs (!id:server) oder Aliasse (#alias:server).</translation>
    </message>
    <message>
        <source>%1 needs at least one ROOM (a room ID or alias)</source>
        <translation>%1 erwartet mindestens einen ROOM (eine Raum-ID oder einen Alias)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a room ID or alias: %3</source>
        <translation>%1: „%2“ ist keine Raum-ID und kein Alias: %3</translation>
    </message>
    <message>
        <source>rooms publish</source>
        <translation>rooms publish</translation>
    </message>
    <message>
        <source>rooms unpublish</source>
        <translation>rooms unpublish</translation>
    </message>
    <message>
        <source>published    %1</source>
        <translation>veröffentlicht        %1</translation>
    </message>
    <message>
        <source>unpublished  %1</source>
        <translation>nicht veröffentlicht  %1</translation>
    </message>
    <message>
        <source>failed       %1  %2</source>
        <translation>fehlgeschlagen        %1  %2</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::TokensCommand</name>
    <message>
        <source>steward-cli tokens list [--format csv|json]
       steward-cli tokens create [--token T | --length N] [--uses N] [--expires DATE[THH:MM]]
       steward-cli tokens update TOKEN [--uses N | --unlimited] [--expires DATE[THH:MM] | --never]
       steward-cli tokens delete TOKEN... [--yes]</source>
        <translation>steward-cli tokens list [--format csv|json]
       steward-cli tokens create [--token T | --length N] [--uses N] [--expires DATE[THH:MM]]
       steward-cli tokens update TOKEN [--uses N | --unlimited] [--expires DATE[THH:MM] | --never]
       steward-cli tokens delete TOKEN... [--yes]</translation>
    </message>
    <message>
        <source>Registration tokens: list, create, update, delete</source>
        <translation>Registrierungstoken: auflisten, erstellen, ändern, löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM, in local time</source>
        <translation>„%1“ ist kein Datum: schreiben Sie JJJJ-MM-TT (das Ende dieses Tages) oder JJJJ-MM-TTTHH:MM, in Ortszeit</translation>
    </message>
    <message>
        <source>%1 is in the past: a token&apos;s expiry must be in the future</source>
        <translation>%1 liegt in der Vergangenheit: das Ablaufdatum eines Tokens muss in der Zukunft liegen</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>tokens needs a subcommand. Usage: %1</source>
        <translation>tokens erwartet einen Unterbefehl. Aufruf: %1</translation>
    </message>
    <message>
        <source>tokens: unknown subcommand &quot;%1&quot; (known: list, create, update, delete)</source>
        <translation>tokens: unbekannter Unterbefehl „%1“ (bekannt: list, create, update, delete)</translation>
    </message>
    <message>
        <source>List the registration tokens: token, uses_allowed (empty/null: unlimited), pending, completed, expiry_time (ISO 8601 UTC; empty/null: never), state (valid, used-up, expired).</source>
        <translation>Die Registrierungstoken auflisten: token, uses_allowed (leer/null: unbegrenzt), pending, completed, expiry_time (ISO 8601 UTC; leer/null: nie), state (valid, used-up, expired).</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>tokens list takes no arguments, got &quot;%1&quot;</source>
        <translation>tokens list nimmt keine Argumente, erhalten: „%1“</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>unbekanntes Format „%1“: verwenden Sie --format csv oder --format json</translation>
    </message>
    <message>
        <source>tokens list</source>
        <translation>tokens list</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Create a registration token and print it. Without --token the server generates one (--length characters, default 16).</source>
        <translation>Ein Registrierungstoken erstellen und ausgeben. Ohne --token erzeugt der Server eines (--length Zeichen, Standard 16).</translation>
    </message>
    <message>
        <source>The token&apos;s text (A-Z a-z 0-9 . _ ~ -, at most 64).</source>
        <translation>Der Text des Tokens (A-Z a-z 0-9 . _ ~ -, höchstens 64).</translation>
    </message>
    <message>
        <source>Length of a generated token (1-64).</source>
        <translation>Länge eines erzeugten Tokens (1-64).</translation>
    </message>
    <message>
        <source>How many registrations may use it (default: unlimited).</source>
        <translation>Wie viele Registrierungen es verwenden dürfen (Standard: unbegrenzt).</translation>
    </message>
    <message>
        <source>When it expires, local time: DATE (the end of that day) or DATETHH:MM (default: never).</source>
        <translation>Wann es abläuft, Ortszeit: DATE (das Ende dieses Tages) oder DATETHH:MM (Standard: nie).</translation>
    </message>
    <message>
        <source>tokens create takes no arguments, got &quot;%1&quot;</source>
        <translation>tokens create nimmt keine Argumente, erhalten: „%1“</translation>
    </message>
    <message>
        <source>tokens create: give either --token or --length, not both</source>
        <translation>tokens create: geben Sie entweder --token oder --length an, nicht beides</translation>
    </message>
    <message>
        <source>tokens create: --token: %1</source>
        <translation>tokens create: --token: %1</translation>
    </message>
    <message>
        <source>tokens create: --length wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>tokens create: --length erwartet eine Zahl von 1 bis 64, nicht „%1“</translation>
    </message>
    <message>
        <source>tokens create: --uses wants a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>tokens create: --uses erwartet eine ganze Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>tokens create: --expires: %1</source>
        <translation>tokens create: --expires: %1</translation>
    </message>
    <message>
        <source>tokens create</source>
        <translation>tokens create</translation>
    </message>
    <message>
        <source>Change how often a registration token may be used, or when it expires.</source>
        <translation>Ändern, wie oft ein Registrierungstoken verwendet werden darf oder wann es abläuft.</translation>
    </message>
    <message>
        <source>The token to change.</source>
        <translation>Das zu ändernde Token.</translation>
    </message>
    <message>
        <source>How many registrations may use it in all.</source>
        <translation>Wie viele Registrierungen es insgesamt verwenden dürfen.</translation>
    </message>
    <message>
        <source>No limit on the uses.</source>
        <translation>Keine Begrenzung der Verwendungen.</translation>
    </message>
    <message>
        <source>New expiry, local time: DATE (the end of that day) or DATETHH:MM.</source>
        <translation>Neues Ablaufdatum, Ortszeit: DATE (das Ende dieses Tages) oder DATETHH:MM.</translation>
    </message>
    <message>
        <source>The token never expires.</source>
        <translation>Das Token läuft nie ab.</translation>
    </message>
    <message>
        <source>tokens update wants exactly one TOKEN</source>
        <translation>tokens update erwartet genau ein TOKEN</translation>
    </message>
    <message>
        <source>tokens update: give either --uses or --unlimited, not both</source>
        <translation>tokens update: geben Sie entweder --uses oder --unlimited an, nicht beides</translation>
    </message>
    <message>
        <source>tokens update: give either --expires or --never, not both</source>
        <translation>tokens update: geben Sie entweder --expires oder --never an, nicht beides</translation>
    </message>
    <message>
        <source>tokens update: --uses wants a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>tokens update: --uses erwartet eine ganze Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>tokens update: --expires: %1</source>
        <translation>tokens update: --expires: %1</translation>
    </message>
    <message>
        <source>tokens update: nothing to change (give --uses N, --unlimited, --expires or --never)</source>
        <translation>tokens update: nichts zu ändern (geben Sie --uses N, --unlimited, --expires oder --never an)</translation>
    </message>
    <message>
        <source>tokens update: there is no token &quot;%1&quot; on this server</source>
        <translation>tokens update: auf diesem Server gibt es kein Token „%1“</translation>
    </message>
    <message>
        <source>tokens update</source>
        <translation>tokens update</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Delete registration tokens (needs --yes).</source>
        <translation>Registrierungstoken löschen (erfordert --yes).</translation>
    </message>
    <message>
        <source>The tokens to delete.</source>
        <translation>Die zu löschenden Token.</translation>
    </message>
    <message>
        <source>Delete them (without it nothing is deleted).</source>
        <translation>Sie löschen (ohne dies wird nichts gelöscht).</translation>
    </message>
    <message>
        <source>tokens delete needs at least one TOKEN</source>
        <translation>tokens delete erwartet mindestens ein TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>tokens delete: nothing was deleted; add --yes to delete %n token(s): %1</source>
        <translation>
            <numerusform>tokens delete: nichts wurde gelöscht; fügen Sie --yes hinzu, um %n Token zu löschen: %1</numerusform>
            <numerusform>tokens delete: nichts wurde gelöscht; fügen Sie --yes hinzu, um %n Token zu löschen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted  %1</source>
        <translation>gelöscht        %1</translation>
    </message>
    <message>
        <source>tokens delete</source>
        <translation>tokens delete</translation>
    </message>
    <message>
        <source>failed   %1  %2</source>
        <translation>fehlgeschlagen  %1  %2</translation>
    </message>
    <message>
        <source>no such token</source>
        <translation>kein solches Token</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::UsersActionCommand</name>
    <message>
        <source>steward-cli users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE [--erase] [--dry-run] [--yes] [--concurrency N] [--report FILE.csv]</source>
        <translation>steward-cli users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE [--erase] [--dry-run] [--yes] [--concurrency N] [--report FILE.csv]</translation>
    </message>
    <message>
        <source>File with the users (&quot;-&quot;: standard input).</source>
        <translation>Datei mit den Benutzern („-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>deactivate only: also erase (messages hidden from people who join later, profile removed). Cannot be undone.</source>
        <translation>nur deactivate: auch löschen (Nachrichten vor später beitretenden Personen verborgen, Profil entfernt). Kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation>Die Vorschau ausgeben und nichts ändern.</translation>
    </message>
    <message>
        <source>Make the change (without it only the preview is shown).</source>
        <translation>Die Änderung vornehmen (ohne diese Option wird nur die Vorschau angezeigt).</translation>
    </message>
    <message>
        <source>Write the per-user result as CSV to FILE.</source>
        <translation>Das Ergebnis pro Benutzer als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8, 1-64).</source>
        <translation>Gleichzeitige Anfragen (Standard 8, 1-64).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot; (the users are given with --users FILE)</source>
        <translation>%1: unerwartetes Argument „%2“ (die Benutzer werden mit --users FILE angegeben)</translation>
    </message>
    <message>
        <source>%1 needs --users FILE (&quot;-&quot; reads standard input)</source>
        <translation>%1 benötigt --users FILE („-“ liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>%1: --erase goes only with &quot;users deactivate&quot;</source>
        <translation>%1: --erase ist nur mit „users deactivate“ möglich</translation>
    </message>
    <message>
        <source>%1: give either --dry-run or --yes, not both</source>
        <translation>%1: geben Sie entweder --dry-run oder --yes an, nicht beides</translation>
    </message>
    <message>
        <source>%1: --concurrency wants a number from 1 to 64, not &quot;%2&quot;</source>
        <translation>%1: --concurrency erwartet eine Zahl von 1 bis 64, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: the users list %2 is empty</source>
        <translation>%1: die Benutzerliste %2 ist leer</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n user(s) on the server…</source>
        <translation>
            <numerusform>%n Benutzer wird auf dem Server gelesen…</numerusform>
            <numerusform>%n Benutzer werden auf dem Server gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the users failed</source>
        <translation>%1: Lesen der Benutzer fehlgeschlagen</translation>
    </message>
    <message>
        <source>  change  %1</source>
        <translation>  ändern        %1</translation>
    </message>
    <message>
        <source>  skip    %1  %2</source>
        <translation>  überspringen  %1  %2</translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed: %2 %3 Remove it from the list.</source>
        <translation>%1: abgelehnt, es wurde nichts geändert: %2 %3 Entfernen Sie ihn aus der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies) of the list are not user IDs (see above); nothing was changed. Fix the list and run again.</source>
        <translation>
            <numerusform>%1: %n Eintrag der Liste ist keine Benutzer-ID (siehe oben); es wurde nichts geändert. Korrigieren Sie die Liste und starten Sie erneut.</numerusform>
            <numerusform>%1: %n Einträge der Liste sind keine Benutzer-IDs (siehe oben); es wurde nichts geändert. Korrigieren Sie die Liste und starten Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was changed; add --yes to change these %n user(s) (--dry-run only previews)</source>
        <translation>
            <numerusform>%1: es wurde nichts geändert; fügen Sie --yes hinzu, um diesen %n Benutzer zu ändern (--dry-run zeigt nur die Vorschau)</numerusform>
            <numerusform>%1: es wurde nichts geändert; fügen Sie --yes hinzu, um diese %n Benutzer zu ändern (--dry-run zeigt nur die Vorschau)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users…</source>
        <translation>%1 von %2 Benutzern…</translation>
    </message>
    <message>
        <source>%1 many users at once. FILE: one user per line (or separated by commas or spaces), a text or CSV file (first column), or &quot;-&quot; for standard input; bare names are users of this server.
Without --yes (or with --dry-run) it only prints who would be changed and who is skipped, and why.
The account you are signed in with, and the last active server admin, are never locked, shadow-banned, logged out or deactivated: listing them is refused (exit 2).
On a server delegating sign-in to Matrix Authentication Service (MAS), lock, unlock and deactivate go to MAS&apos;s admin API (the token needs the scope urn:mas:admin: sign in with profile add --oauth); without it they are refused (exit 2).
Exit codes: 0 every listed user changed or skipped as already so; 1 some user failed, was not attempted or its outcome is unknown; 2 usage or input error, refused, or not confirmed with --yes; 3 authentication or connection failure.
Ctrl-C cancels: requests in flight finish, the rest are reported as not attempted (exit 1); a second Ctrl-C stops at once.</source>
        <translation>%1: viele Benutzer auf einmal. FILE: ein Benutzer pro Zeile (oder durch Kommas bzw. Leerzeichen getrennt), eine Text- oder CSV-Datei (erste Spalte) oder &quot;-&quot; für die Standardeingabe; bloße Namen sind Benutzer dieses Servers.
Ohne --yes (oder mit --dry-run) wird nur ausgegeben, wer geändert würde und wer übersprungen wird, und warum.
Das Konto, mit dem Sie angemeldet sind, und der letzte aktive Server-Administrator werden nie gesperrt, mit einem Shadow-Ban belegt, abgemeldet oder deaktiviert: Stehen sie in der Liste, wird der Befehl abgelehnt (Exit-Code 2).
Auf einem Server, der die Anmeldung dem Matrix Authentication Service (MAS) überlässt, gehen lock, unlock und deactivate an die Admin-API von MAS (das Token braucht den Scope urn:mas:admin: melden Sie sich mit profile add --oauth an); ohne diesen Scope werden sie abgelehnt (Exit-Code 2).
Exit-Codes: 0 jeder aufgeführte Benutzer geändert oder als bereits so übersprungen; 1 ein Benutzer fehlgeschlagen, nicht versucht oder mit unbekanntem Ergebnis; 2 Aufruf- oder Eingabefehler, abgelehnt oder nicht mit --yes bestätigt; 3 Authentifizierungs- oder Verbindungsfehler.
Ctrl-C bricht ab: laufende Anfragen werden beendet, der Rest wird als nicht versucht gemeldet (Exit-Code 1); ein zweites Ctrl-C stoppt sofort.</translation>
    </message>
    <message>
        <source>users %1: could not ask whether the server delegates to Matrix Authentication Service</source>
        <translation>users %1: es konnte nicht geprüft werden, ob der Server die Anmeldung dem Matrix Authentication Service überlässt</translation>
    </message>
    <message>
        <source>users %1: refused, nothing was changed: %2</source>
        <translation>users %1: abgelehnt, es wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>This server delegates sign-in to Matrix Authentication Service: the change goes to MAS, which tells Synapse.</source>
        <translation>Dieser Server überlässt die Anmeldung dem Matrix Authentication Service: Die Änderung geht an MAS, der Synapse informiert.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::UsersCommand</name>
    <message>
        <source>Usage: steward-cli [--profile NAME] users export FILE.csv [--search TERM] [--include-deactivated] [--include-guests] [--admins-only]
FILE.csv may be &quot;-&quot; for standard output.
</source>
        <translation>Aufruf: steward-cli [--profile NAME] users export FILE.csv [--search TERM] [--include-deactivated] [--include-guests] [--admins-only]
FILE.csv kann &quot;-&quot; für die Standardausgabe sein.
</translation>
    </message>
    <message>
        <source>users: missing subcommand. %1</source>
        <translation>users: Unterbefehl fehlt. %1</translation>
    </message>
    <message>
        <source>Export users as CSV (RFC 4180, UTF-8, timestamps in UTC). Cells that a spreadsheet would run as a formula get a leading apostrophe.</source>
        <translation>Benutzer als CSV exportieren (RFC 4180, UTF-8, Zeitstempel in UTC). Zellen, die eine Tabellenkalkulation als Formel ausführen würde, erhalten einen vorangestellten Apostroph.</translation>
    </message>
    <message>
        <source>Where to write; &quot;-&quot; for standard output.</source>
        <translation>Wohin geschrieben wird; &quot;-&quot; für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Only users whose localpart or display name contains TERM.</source>
        <translation>Nur Benutzer, deren Localpart oder Anzeigename TERM enthält.</translation>
    </message>
    <message>
        <source>Include deactivated users.</source>
        <translation>Deaktivierte Benutzer einschließen.</translation>
    </message>
    <message>
        <source>Include guest users.</source>
        <translation>Gastbenutzer einschließen.</translation>
    </message>
    <message>
        <source>Only server administrators.</source>
        <translation>Nur Server-Administratoren.</translation>
    </message>
    <message>
        <source>users export: missing FILE.csv (use &quot;-&quot; for standard output)</source>
        <translation>users export: FILE.csv fehlt (verwenden Sie &quot;-&quot; für die Standardausgabe)</translation>
    </message>
    <message>
        <source>users export: exactly one FILE.csv expected, got %1</source>
        <translation>users export: genau eine FILE.csv erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>users export: --search needs a non-empty TERM</source>
        <translation>users export: --search benötigt einen nicht leeren TERM</translation>
    </message>
    <message>
        <source>users export stopped after %1 rows (the output is incomplete)</source>
        <translation>users export wurde nach %1 Zeilen angehalten (die Ausgabe ist unvollständig)</translation>
    </message>
    <message>
        <source>users export failed after %1 rows; no file was written</source>
        <translation>users export ist nach %1 Zeilen fehlgeschlagen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Exported %1 users to %2</source>
        <translation>%1 Benutzer nach %2 exportiert</translation>
    </message>
    <message>
        <source>Note: the server now reports %1 users for this filter; users were created or removed during the export.</source>
        <translation>Hinweis: Der Server meldet jetzt %1 Benutzer für diesen Filter; während des Exports wurden Benutzer angelegt oder entfernt.</translation>
    </message>
    <message>
        <source>Users: &quot;users export FILE.csv&quot; writes every user (or a filtered set) as CSV; &quot;users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE&quot; changes many users at once</source>
        <translation>Benutzer: &quot;users export FILE.csv&quot; schreibt alle Benutzer (oder eine gefilterte Auswahl) als CSV; &quot;users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE&quot; ändert viele Benutzer auf einmal</translation>
    </message>
    <message>
        <source>       %1
</source>
        <translation>       %1
</translation>
    </message>
    <message>
        <source>       steward-cli [--profile NAME] %1
</source>
        <translation>       steward-cli [--profile NAME] %1
</translation>
    </message>
    <message>
        <source>users: unknown subcommand &quot;%1&quot; (known: export, lock, unlock, shadow-ban, unshadow-ban, logout, deactivate, redact)</source>
        <translation>users: unbekannter Unterbefehl „%1“ (bekannt: export, lock, unlock, shadow-ban, unshadow-ban, logout, deactivate, redact)</translation>
    </message>
    <message>
        <source>users export: --include-guests is not available on this server: it delegates sign-in to Matrix Authentication Service, which has no guest accounts (Synapse refuses the guests filter there). Leave the option out.</source>
        <translation>users export: --include-guests ist auf diesem Server nicht verfügbar: er überlässt die Anmeldung dem Matrix Authentication Service, der keine Gastkonten kennt (Synapse lehnt dort den Gäste-Filter ab). Lassen Sie die Option weg.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::UsersRedactCommand</name>
    <message>
        <source>users redact USER_ID [--room ROOM ...] [--reason TEXT] [--yes]</source>
        <translation>users redact USER_ID [--room ROOM ...] [--reason TEXT] [--yes]</translation>
    </message>
    <message>
        <source>Redact a user&apos;s messages (and joins) in every room they wrote in, or only in the rooms given. Waits for the server&apos;s redaction task in each room.</source>
        <translation>Die Nachrichten (und Beitritte) eines Benutzers in jedem Raum, in dem er geschrieben hat, oder nur in den angegebenen Räumen schwärzen. Wartet in jedem Raum auf die Schwärzungsaufgabe des Servers.</translation>
    </message>
    <message>
        <source>The user whose events are redacted.</source>
        <translation>Der Benutzer, dessen Ereignisse geschwärzt werden.</translation>
    </message>
    <message>
        <source>Only this room (room ID); may be repeated.</source>
        <translation>Nur dieser Raum (Raum-ID); kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Reason recorded in each redaction.</source>
        <translation>Grund, der bei jeder Schwärzung vermerkt wird.</translation>
    </message>
    <message>
        <source>Really redact (without it: only show the plan).</source>
        <translation>Wirklich schwärzen (ohne dies: nur den Plan anzeigen).</translation>
    </message>
    <message>
        <source>users redact needs exactly one USER_ID. Usage: %1</source>
        <translation>users redact erwartet genau eine USER_ID. Aufruf: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID (@name:server)</source>
        <translation>„%1“ ist keine Benutzer-ID (@name:server)</translation>
    </message>
    <message>
        <source>--room needs a room ID (!id), got &quot;%1&quot;</source>
        <translation>--room erwartet eine Raum-ID (!id), erhalten: „%1“</translation>
    </message>
    <message>
        <source>reading the rooms of %1</source>
        <translation>die Räume von %1 werden gelesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>redacting in</source>
        <translation>schwärze in</translation>
    </message>
    <message>
        <source>would redact in</source>
        <translation>würde schwärzen in</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message numerus="yes">
        <source>nothing was redacted: add --yes to redact the events of %1 in %n room(s)</source>
        <translation>
            <numerusform>nichts wurde geschwärzt: fügen Sie --yes hinzu, um die Ereignisse von %1 in %n Raum zu schwärzen</numerusform>
            <numerusform>nichts wurde geschwärzt: fügen Sie --yes hinzu, um die Ereignisse von %1 in %n Räumen zu schwärzen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to redact: %1 has no rooms with events</source>
        <translation>nichts zu schwärzen: %1 hat keine Räume mit Ereignissen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source> (the answer was lost; verified on the server)</source>
        <translation> (die Antwort ging verloren; auf dem Server geprüft)</translation>
    </message>
</context>
<context>
    <name>Steward::CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>User name (localpart)</source>
        <translation>Benutzername (Localpart)</translation>
    </message>
    <message>
        <source>alice</source>
        <translation>alice</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Server &amp;administrator</source>
        <translation>Server-A&amp;dministrator</translation>
    </message>
    <message>
        <source>Server administrator</source>
        <translation>Server-Administrator</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name may only contain a-z, 0-9 and . _ = - / + (lower case, no spaces).</source>
        <translation>Ein Benutzername darf nur a-z, 0-9 und . _ = - / + enthalten (Kleinbuchstaben, keine Leerzeichen).</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Passwort (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>@name:%1</source>
        <translation>@name:%1</translation>
    </message>
    <message>
        <source>Without a password the user can sign in only through single sign-on (SSO), if the server offers it.</source>
        <translation>Ohne Passwort kann sich der Benutzer nur über Single Sign-On (SSO) anmelden, sofern der Server es anbietet.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
</context>
<context>
    <name>Steward::CredentialError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>No access token is stored for this profile: sign in again.</source>
        <translation>Für dieses Profil ist kein Zugriffstoken gespeichert: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain is not available: no keychain service (such as GNOME Keyring or KWallet) is running or unlocked. Steward keeps access tokens only in the keychain, never in a file. Start or unlock the keychain and try again, or keep the token for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet) läuft oder ist entsperrt. Steward bewahrt Zugriffstokens nur im Schlüsselbund auf, nie in einer Datei. Starten oder entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder behalten Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Allow Steward to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Erlauben Sie Steward, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not store or read the token. Try again; if it keeps failing, check that the keychain service is running and unlocked.</source>
        <translation>Der Schlüsselbund des Systems konnte das Token nicht speichern oder lesen. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, prüfen Sie, ob der Schlüsselbunddienst läuft und entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>Steward::DeactivateDialog</name>
    <message>
        <source>Deactivate User</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deactivating &lt;b&gt;%1&lt;/b&gt; logs out every device, removes the user from every room and stops them from signing in.&lt;/p&gt;&lt;p&gt;With &lt;i&gt;erase&lt;/i&gt;, the user&apos;s messages are also hidden from people who join rooms later, and the profile is removed. Erasing cannot be undone.&lt;/p&gt;&lt;p&gt;Type the user ID to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Deaktivieren von &lt;b&gt;%1&lt;/b&gt; meldet alle Geräte ab, entfernt den Benutzer aus allen Räumen und verhindert, dass er sich anmeldet.&lt;/p&gt;&lt;p&gt;Mit &lt;i&gt;Löschen&lt;/i&gt; werden die Nachrichten des Benutzers außerdem vor Personen verborgen, die Räumen später beitreten, und das Profil wird entfernt. Das Löschen kann nicht rückgängig gemacht werden.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung die Benutzer-ID ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation>Geben Sie zur Bestätigung die Benutzer-ID ein</translation>
    </message>
    <message>
        <source>&amp;Erase the user&apos;s messages and profile</source>
        <translation>Nachrichten und Profil des Benutzers &amp;löschen</translation>
    </message>
    <message>
        <source>Erase the user&apos;s messages and profile</source>
        <translation>Nachrichten und Profil des Benutzers löschen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
</context>
<context>
    <name>Steward::DestinationListModel</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>Fehlerhaft seit</translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation>Wiederholabstand</translation>
    </message>
    <message>
        <source>Last retry</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Last successful stream ordering</source>
        <translation>Letzte erfolgreiche Stream-Position</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>Steward::DestinationReset</name>
    <message>
        <source>Reading the destinations</source>
        <translation>Ziele werden gelesen</translation>
    </message>
    <message>
        <source>the server knows no such destination</source>
        <translation>der Server kennt kein solches Ziel</translation>
    </message>
    <message>
        <source>the server is not backing off from it (nothing to reset)</source>
        <translation>der Server wartet bei diesem Ziel nicht (nichts zurückzusetzen)</translation>
    </message>
    <message>
        <source>Resetting connections</source>
        <translation>Verbindungen werden zurückgesetzt</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>abgebrochen, bevor es gesendet wurde</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>verified: the server no longer backs off</source>
        <translation>geprüft: der Server wartet nicht mehr</translation>
    </message>
    <message>
        <source>verified: the server still backs off (the reset did not happen)</source>
        <translation>geprüft: der Server wartet weiterhin (das Zurücksetzen ist nicht erfolgt)</translation>
    </message>
</context>
<context>
    <name>Steward::ExportOutput</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation>Kein Dateiname für den Export angegeben.</translation>
    </message>
    <message>
        <source>Saving the export failed: %1</source>
        <translation>Das Speichern des Exports schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdBackup</name>
    <message>
        <source>No backup file chosen: give the path of a .json file to write.</source>
        <translation>Keine Sicherungsdatei gewählt: Geben Sie den Pfad einer zu schreibenden .json-Datei an.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the backup: choose another location.</source>
        <translation>Der Ordner %1 für die Sicherung konnte nicht erstellt werden: Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Choose another location.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2.</source>
        <translation>Die Sicherung %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2): choose a backup Steward wrote.</source>
        <translation>%1 ist keine JSON-Datei (%2): Wählen Sie eine von Steward geschriebene Sicherung.</translation>
    </message>
    <message>
        <source>%1 is not an external-ID backup written by Steward (format version 1).</source>
        <translation>%1 ist keine von Steward geschriebene Sicherung externer IDs (Formatversion 1).</translation>
    </message>
    <message>
        <source>Entry %1 of the backup %2 is damaged (needs &quot;user_id&quot; and &quot;external_ids&quot;).</source>
        <translation>Eintrag %1 der Sicherung %2 ist beschädigt (benötigt &quot;user_id&quot; und &quot;external_ids&quot;).</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdBackupPage</name>
    <message>
        <source>Back up before the change</source>
        <translation>Vor der Änderung sichern</translation>
    </message>
    <message>
        <source>Every affected user&apos;s complete list of external IDs is written to this file before anything changes. Use it with &quot;Restore from a backup&quot; to undo.</source>
        <translation>Die vollständige Liste der externen IDs jedes betroffenen Benutzers wird in diese Datei geschrieben, bevor sich etwas ändert. Verwenden Sie sie mit „Aus einer Sicherung wiederherstellen“, um die Änderung rückgängig zu machen.</translation>
    </message>
    <message>
        <source>&amp;Write Backup and Remove</source>
        <translation>Sicherung &amp;schreiben und entfernen</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Server name to confirm</source>
        <translation>Servername zur Bestätigung</translation>
    </message>
    <message numerus="yes">
        <source>This removes %1 external IDs of %n user(s). Type the server name &lt;b&gt;%2&lt;/b&gt; to confirm:</source>
        <translation>
            <numerusform>Dies entfernt %1 externe IDs von %n Benutzer. Geben Sie zur Bestätigung den Servernamen &lt;b&gt;%2&lt;/b&gt; ein:</numerusform>
            <numerusform>Dies entfernt %1 externe IDs von %n Benutzern. Geben Sie zur Bestätigung den Servernamen &lt;b&gt;%2&lt;/b&gt; ein:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdCleanupWizard</name>
    <message>
        <source>External-ID Cleanup</source>
        <translation>Bereinigung externer IDs</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Would have</source>
        <translation>Hätte</translation>
    </message>
    <message>
        <source>Has now</source>
        <translation>Hat jetzt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Nothing missing</source>
        <translation>Nichts fehlt</translation>
    </message>
    <message>
        <source>Will be restored</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Users not listed here get no request at all.</source>
        <translation>Noch wurde nichts geändert. Für hier nicht aufgeführte Benutzer wird keinerlei Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Users whose links will be removed</source>
        <translation>Benutzer, deren Verknüpfungen entfernt werden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>Zu entfernen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 external IDs of %n users will be removed (providers: %2).</source>
        <translation>
            <numerusform>%1 externe IDs von %n Benutzer werden entfernt (Anbieter: %2).</numerusform>
            <numerusform>%1 externe IDs von %n Benutzern werden entfernt (Anbieter: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>none: may be left without a way to sign in</source>
        <translation>keine: womöglich ohne Anmeldemöglichkeit</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n user(s) will have no identity-provider link left&lt;/b&gt; and may be left without a way to sign in if they have no password. Synapse does not tell Steward whether an account has a password, so check these users (or give them a password) before you continue; a restore from the backup puts the links back.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Benutzer wird keine Verknüpfung zu einem Identitätsanbieter mehr haben&lt;/b&gt; und steht ohne Passwort womöglich ohne Anmeldemöglichkeit da. Synapse teilt Steward nicht mit, ob ein Konto ein Passwort hat; prüfen Sie diesen Benutzer daher (oder geben Sie ihm ein Passwort), bevor Sie fortfahren; eine Wiederherstellung aus der Sicherung stellt die Verknüpfungen wieder her.</numerusform>
            <numerusform>&lt;b&gt;%n Benutzer werden keine Verknüpfung zu einem Identitätsanbieter mehr haben&lt;/b&gt; und stehen ohne Passwort womöglich ohne Anmeldemöglichkeit da. Synapse teilt Steward nicht mit, ob ein Konto ein Passwort hat; prüfen Sie diese Benutzer daher (oder geben Sie ihnen ein Passwort), bevor Sie fortfahren; eine Wiederherstellung aus der Sicherung stellt die Verknüpfungen wieder her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdProvidersPage</name>
    <message>
        <source>Choose the providers to remove</source>
        <translation>Zu entfernende Anbieter wählen</translation>
    </message>
    <message>
        <source>The links of the checked providers are removed from every user; all other links stay.</source>
        <translation>Die Verknüpfungen der markierten Anbieter werden bei allen Benutzern entfernt; alle anderen Verknüpfungen bleiben.</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n users)</source>
        <translation>
            <numerusform>%1 (%n Benutzer)</numerusform>
            <numerusform>%1 (%n Benutzer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Result per user</source>
        <translation>Ergebnis pro Benutzer</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not attempted.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 nicht versucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n users already had everything.</source>
        <translation>
            <numerusform>%n Benutzer hatte bereits alles.</numerusform>
            <numerusform>%n Benutzer hatten bereits alles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRestoreFilePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Removed external IDs are put back and merged with what each user has now: missing IDs are added, existing ones kept.</source>
        <translation>Entfernte externe IDs werden zurückgespielt und mit dem aktuellen Stand jedes Benutzers zusammengeführt: Fehlende IDs werden hinzugefügt, vorhandene bleiben erhalten.</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Wiederherzustellende Sicherungsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>No backup found in %1. Choose the file with Browse.</source>
        <translation>Keine Sicherung in %1 gefunden. Wählen Sie die Datei mit „Durchsuchen“.</translation>
    </message>
    <message>
        <source>The latest backup (%1) is filled in; choose another with Browse.</source>
        <translation>Die neueste Sicherung (%1) ist eingetragen; wählen Sie mit „Durchsuchen“ eine andere.</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRestorePreviewPage</name>
    <message>
        <source>Restore preview</source>
        <translation>Vorschau der Wiederherstellung</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Only users with something missing are written.</source>
        <translation>Noch wurde nichts geändert. Nur Benutzer, bei denen etwas fehlt, werden geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>What the restore would add</source>
        <translation>Was die Wiederherstellung hinzufügen würde</translation>
    </message>
    <message>
        <source>%1 users will get IDs back; %2 already have everything; %3 could not be read.</source>
        <translation>%1 Benutzer erhalten IDs zurück; %2 haben bereits alles; %3 konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the current links of %n users…</source>
        <translation>
            <numerusform>Die aktuellen Verknüpfungen von %n Benutzer werden gelesen…</numerusform>
            <numerusform>Die aktuellen Verknüpfungen von %n Benutzern werden gelesen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m users</source>
        <translation>%v von %m Benutzern</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Start no further users; the ones in flight finish and are reported</source>
        <translation>Keine weiteren Benutzer beginnen; laufende werden beendet und gemeldet</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent…</source>
        <translation>Abbruch: Warten auf bereits gesendete Anfragen…</translation>
    </message>
    <message>
        <source>Cancelled. The report says what was done.</source>
        <translation>Abgebrochen. Der Bericht zeigt, was erledigt wurde.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdScanPage</name>
    <message>
        <source>Scan the users</source>
        <translation>Benutzer durchsuchen</translation>
    </message>
    <message>
        <source>Steward reads every user&apos;s identity-provider links. Nothing is changed on this page.</source>
        <translation>Steward liest die Verknüpfungen zu Identitätsanbietern aller Benutzer. Auf dieser Seite wird nichts geändert.</translation>
    </message>
    <message>
        <source>Include &amp;deactivated accounts</source>
        <translation>&amp;Deaktivierte Konten einschließen</translation>
    </message>
    <message>
        <source>Include deactivated accounts</source>
        <translation>Deaktivierte Konten einschließen</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>D&amp;urchsuchen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel scan</source>
        <translation>Durchsuchen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt der Durchsuchung</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put external IDs from a backup file back instead of removing any</source>
        <translation>Externe IDs aus einer Sicherungsdatei zurückspielen, statt welche zu entfernen</translation>
    </message>
    <message>
        <source>The option changed: scan again.</source>
        <translation>Die Option wurde geändert: Durchsuchen Sie erneut.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Erneut d&amp;urchsuchen</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Die Durchsuchung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Scan cancelled after %1 users; nothing was changed.</source>
        <translation>Durchsuchung nach %1 Benutzern abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n users read</source>
        <translation>
            <numerusform>%n Benutzer gelesen</numerusform>
            <numerusform>%n Benutzer gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have external IDs</source>
        <translation>
            <numerusform>%n hat externe IDs</numerusform>
            <numerusform>%n haben externe IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n providers found.</source>
        <translation>
            <numerusform>%n Anbieter gefunden.</numerusform>
            <numerusform>%n Anbieter gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users could not be read and will not be changed (first: %1).</source>
        <translation>
            <numerusform>%n Benutzer konnte nicht gelesen werden und wird nicht geändert (erster: %1).</numerusform>
            <numerusform>%n Benutzer konnten nicht gelesen werden und werden nicht geändert (erster: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to clean up.</source>
        <translation>Es gibt nichts zu bereinigen.</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdScanner</name>
    <message>
        <source>Listing users</source>
        <translation>Benutzer werden aufgelistet</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Benutzer werden gelesen</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdUpdater</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Nichts fehlt.</translation>
    </message>
    <message>
        <source>Cancelled before the change was sent.</source>
        <translation>Abgebrochen, bevor die Änderung gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled: no request was sent for this user.</source>
        <translation>Abgebrochen: Für diesen Benutzer wurde keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Could not read the user right before the change (%1); nothing was changed.</source>
        <translation>Der Benutzer konnte direkt vor der Änderung nicht gelesen werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No link of these providers any more (changed since the scan); nothing was sent.</source>
        <translation>Keine Verknüpfung zu diesen Anbietern mehr (seit der Durchsuchung geändert); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The list changed since the scan and the backup could not be updated (%1); nothing was changed.</source>
        <translation>Die Liste hat sich seit der Durchsuchung geändert, und die Sicherung konnte nicht aktualisiert werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer to the change was lost (%1) and the user could not be read back (%2). Check this user.</source>
        <translation>Ergebnis unbekannt: Die Antwort auf die Änderung ging verloren (%1), und der Benutzer konnte nicht erneut gelesen werden (%2). Prüfen Sie diesen Benutzer.</translation>
    </message>
    <message>
        <source>Verified: the answer was lost (%1); reading the user back shows the change made.</source>
        <translation>Überprüft: Die Antwort ging verloren (%1); erneutes Lesen des Benutzers zeigt, dass die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>Verified: the answer was lost (%1); reading the user back shows the change not made.</source>
        <translation>Überprüft: Die Antwort ging verloren (%1); erneutes Lesen des Benutzers zeigt, dass die Änderung nicht vorgenommen wurde.</translation>
    </message>
    <message>
        <source>An external ID is now linked to another user (HTTP 409: %1); nothing was changed for this user.</source>
        <translation>Eine externe ID ist inzwischen mit einem anderen Benutzer verknüpft (HTTP 409: %1); für diesen Benutzer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Removing external IDs</source>
        <translation>Externe IDs werden entfernt</translation>
    </message>
    <message>
        <source>Comparing users with the backup</source>
        <translation>Benutzer werden mit der Sicherung verglichen</translation>
    </message>
    <message>
        <source>Restoring external IDs</source>
        <translation>Externe IDs werden wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdsApi</name>
    <message>
        <source>the user list has no &quot;users&quot; array</source>
        <translation>die Benutzerliste hat kein &quot;users&quot;-Array</translation>
    </message>
    <message>
        <source>a user in the list has no &quot;name&quot;</source>
        <translation>ein Benutzer in der Liste hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <source>the user list&apos;s &quot;next_token&quot; is not a number</source>
        <translation>&quot;next_token&quot; der Benutzerliste ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;external_ids&quot; is not a list of provider/ID pairs</source>
        <translation>&quot;external_ids&quot; ist keine Liste von Anbieter/ID-Paaren</translation>
    </message>
</context>
<context>
    <name>Steward::FederationView</name>
    <message>
        <source>&amp;Failing only</source>
        <translation>Nur &amp;fehlerhafte</translation>
    </message>
    <message>
        <source>Only the servers this server is backing off from (every page is read to find them)</source>
        <translation>Nur die Server, bei denen dieser Server mit Wiederholungen wartet (jede Seite wird gelesen, um sie zu finden)</translation>
    </message>
    <message>
        <source>&amp;Reset Connection…</source>
        <translation>Verbindung &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Make the server forget its back-off from the selected servers and try them now</source>
        <translation>Den Server seine Wartezeit für die ausgewählten Server vergessen lassen und sie jetzt versuchen</translation>
    </message>
    <message>
        <source>Federation destinations</source>
        <translation>Föderationsziele</translation>
    </message>
    <message>
        <source>Rooms shared with the destination</source>
        <translation>Mit dem Ziel geteilte Räume</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Last event sent (stream ordering)</source>
        <translation>Zuletzt gesendetes Ereignis (Stream-Position)</translation>
    </message>
    <message>
        <source>Could not read the destinations: %1</source>
        <translation>Die Ziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 failing of %2 destinations</source>
        <translation>%1 von %2 Zielen fehlerhaft</translation>
    </message>
    <message>
        <source>%1 failing so far, reading %2 destinations…</source>
        <translation>bisher %1 fehlerhaft, %2 Ziele werden gelesen…</translation>
    </message>
    <message>
        <source>No failing destinations: the server reaches every server it federates with.</source>
        <translation>Keine fehlerhaften Ziele: der Server erreicht jeden Server, mit dem er föderiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>No federation destinations: this server has not exchanged events with any other server.</source>
        <translation>Keine Föderationsziele: dieser Server hat mit keinem anderen Server Ereignisse ausgetauscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) selected</source>
        <translation>
            <numerusform>%n Ziel ausgewählt</numerusform>
            <numerusform>%n Ziele ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a destination to see its details.</source>
        <translation>Wählen Sie ein Ziel, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Failing: %1&lt;br&gt;Last retry: %2&lt;br&gt;Retry interval: %3&lt;br&gt;Last successful stream ordering: %4</source>
        <translation>Fehlerhaft: %1&lt;br&gt;Letzter Versuch: %2&lt;br&gt;Wiederholabstand: %3&lt;br&gt;Letzte erfolgreiche Stream-Position: %4</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>ja, seit %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No shared rooms.</source>
        <translation>Keine geteilten Räume.</translation>
    </message>
    <message>
        <source>Rooms shared: %1</source>
        <translation>Geteilte Räume: %1</translation>
    </message>
    <message>
        <source>Checking the selected destinations…</source>
        <translation>Die ausgewählten Ziele werden geprüft…</translation>
    </message>
    <message>
        <source>%1: will be reset</source>
        <translation>%1: wird zurückgesetzt</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Reset Connection</source>
        <translation>Verbindung zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the connection to %n server(s)? The server forgets that they failed and sends to them again at once.</source>
        <translation>
            <numerusform>Die Verbindung zu %n Server zurücksetzen? Der Server vergisst, dass er fehlschlug, und sendet sofort wieder an ihn.</numerusform>
            <numerusform>Die Verbindung zu %n Servern zurücksetzen? Der Server vergisst, dass sie fehlschlugen, und sendet sofort wieder an sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to reset.</source>
        <translation>Nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>&amp;Reset Connection</source>
        <translation>Verbindung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reset connection: %1</source>
        <translation>Verbindung zurücksetzen: %1</translation>
    </message>
</context>
<context>
    <name>Steward::HealthApi</name>
    <message>
        <source>Recalculate the room statistics (room list counts, largest rooms)</source>
        <translation>Die Raumstatistik neu berechnen (Zahlen der Raumliste, größte Räume)</translation>
    </message>
    <message>
        <source>Rebuild the user directory (the search for users)</source>
        <translation>Das Benutzerverzeichnis neu aufbauen (die Suche nach Benutzern)</translation>
    </message>
    <message>
        <source>the next_token is not a number</source>
        <translation>der next_token ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>Steward::HistoryPurge</name>
    <message>
        <source>Checking the room and the cutoff</source>
        <translation>Der Raum und der Stichtag werden geprüft</translation>
    </message>
    <message>
        <source>Give a date or an event before which the history is deleted.</source>
        <translation>Geben Sie ein Datum oder ein Ereignis an, vor dem der Verlauf gelöscht wird.</translation>
    </message>
    <message>
        <source>The cutoff is in the future: give a moment in the past.</source>
        <translation>Der Stichtag liegt in der Zukunft: geben Sie einen Zeitpunkt in der Vergangenheit an.</translation>
    </message>
    <message>
        <source>The server knows no room %1.</source>
        <translation>Der Server kennt keinen Raum %1.</translation>
    </message>
    <message>
        <source>The server knows no event %1.</source>
        <translation>Der Server kennt kein Ereignis %1.</translation>
    </message>
    <message>
        <source>Event %1 is not in this room.</source>
        <translation>Ereignis %1 ist nicht in diesem Raum.</translation>
    </message>
    <message>
        <source>Starting the purge</source>
        <translation>Die Bereinigung wird gestartet</translation>
    </message>
    <message>
        <source>The server is deleting the history</source>
        <translation>Der Server löscht den Verlauf</translation>
    </message>
    <message>
        <source>The server is deleting the history (its answer was lost; found the purge)</source>
        <translation>Der Server löscht den Verlauf (seine Antwort ging verloren; die Bereinigung wurde gefunden)</translation>
    </message>
    <message>
        <source>the answer was lost and the server has no purge for this room (verified: nothing was started)</source>
        <translation>die Antwort ging verloren, und der Server hat keine Bereinigung für diesen Raum (geprüft: nichts wurde gestartet)</translation>
    </message>
    <message>
        <source>the purge was started (id %1) but its status could not be read: %2</source>
        <translation>die Bereinigung wurde gestartet (ID %1), aber ihr Status konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the server completed the purge</source>
        <translation>der Server hat die Bereinigung abgeschlossen</translation>
    </message>
    <message>
        <source>the server reports the purge failed</source>
        <translation>der Server meldet, dass die Bereinigung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The server is deleting the history (%1)</source>
        <translation>Der Server löscht den Verlauf (%1)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>from local and remote users</source>
        <translation>von lokalen und entfernten Benutzern</translation>
    </message>
    <message>
        <source>from remote users only (local users&apos; events are kept)</source>
        <translation>nur von entfernten Benutzern (die Ereignisse lokaler Benutzer bleiben erhalten)</translation>
    </message>
    <message>
        <source>Deletes: the messages and other non-state events before event %1 (sent %2), %3.</source>
        <translation>Löscht: die Nachrichten und anderen Nicht-Zustands-Ereignisse vor Ereignis %1 (gesendet %2), %3.</translation>
    </message>
    <message>
        <source>Keeps: that event and everything after it; the room&apos;s state (members, name, power levels, ...).</source>
        <translation>Behält: dieses Ereignis und alles danach; den Zustand des Raums (Mitglieder, Name, Berechtigungsstufen, ...).</translation>
    </message>
    <message>
        <source>Deletes: the messages and other non-state events before %1, %2. No event in the room is newer: the server keeps the latest one.</source>
        <translation>Löscht: die Nachrichten und anderen Nicht-Zustands-Ereignisse vor %1, %2. Kein Ereignis im Raum ist neuer: der Server behält das letzte.</translation>
    </message>
    <message>
        <source>Keeps: the room&apos;s latest event; the room&apos;s state (members, name, power levels, ...).</source>
        <translation>Behält: das letzte Ereignis des Raums; den Zustand des Raums (Mitglieder, Name, Berechtigungsstufen, ...).</translation>
    </message>
    <message>
        <source>This cannot be undone. Other servers in the room keep their copies.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Andere Server im Raum behalten ihre Kopien.</translation>
    </message>
</context>
<context>
    <name>Steward::JsonArrayStream</name>
    <message>
        <source>reading was stopped</source>
        <translation>das Lesen wurde gestoppt</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer ended early (after %1 bytes)</source>
        <translation>die Antwort endete zu früh (nach %1 Bytes)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer holds &quot;%1&quot; twice</source>
        <translation>die Antwort enthält „%1“ zweimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the answer is not a list</source>
        <translation>„%1“ in der Antwort ist keine Liste</translation>
    </message>
    <message>
        <source>the list &quot;%1&quot; in the answer holds something other than objects</source>
        <translation>die Liste „%1“ in der Antwort enthält etwas anderes als Objekte</translation>
    </message>
    <message>
        <source>the answer goes on after its JSON object (at byte %1)</source>
        <translation>die Antwort geht nach ihrem JSON-Objekt weiter (bei Byte %1)</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; in the answer is larger than %3 bytes</source>
        <translation>Eintrag %1 von „%2“ in der Antwort ist größer als %3 Bytes</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; in the answer is not valid JSON (%3)</source>
        <translation>Eintrag %1 von „%2“ in der Antwort ist kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>the answer holds more than %1 bytes besides &quot;%2&quot;</source>
        <translation>die Antwort enthält neben „%2“ mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation>die Antwort ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (unexpected character at byte %1)</source>
        <translation>die Antwort ist kein gültiges JSON (unerwartetes Zeichen bei Byte %1)</translation>
    </message>
</context>
<context>
    <name>Steward::MainWindow</name>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The users of the server will be listed here.</source>
        <translation>Hier werden die Benutzer des Servers aufgelistet.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>The rooms of the server will be listed here.</source>
        <translation>Hier werden die Räume des Servers aufgelistet.</translation>
    </message>
    <message>
        <source>&amp;Bulk Join Users to Rooms…</source>
        <translation>Benutzer &amp;gesammelt Räumen hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Purge Old Media…</source>
        <translation>Alte &amp;Medien löschen…</translation>
    </message>
    <message>
        <source>&amp;External-ID Cleanup…</source>
        <translation>&amp;Externe IDs bereinigen…</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in as %1%2</source>
        <translation>Angemeldet als %1%2</translation>
    </message>
    <message>
        <source> (admin)</source>
        <translation> (Admin)</translation>
    </message>
    <message>
        <source>Synapse %1</source>
        <translation>Synapse %1</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Administration of Matrix Synapse homeservers.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Server: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Verwaltung von Matrix-Synapse-Homeservern.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Server: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find and remove identity-provider links, with backup and restore</source>
        <translation>Verknüpfungen zu Identitätsanbietern finden und entfernen, mit Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Reload the current view (F5); when the server is unreachable, try it now</source>
        <translation>Die aktuelle Ansicht neu laden (F5); wenn der Server nicht erreichbar ist, es jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Signing out of the sessions kept for this session only…</source>
        <translation>Nur für diese Sitzung behaltene Anmeldungen werden abgemeldet…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Offline since %1 — trying to reconnect…</source>
        <translation>Offline seit %1 — neuer Verbindungsversuch…</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — reconnecting in %n s</source>
        <translation>
            <numerusform>Offline seit %1 — neuer Verbindungsversuch in %n s</numerusform>
            <numerusform>Offline seit %1 — neuer Verbindungsversuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signed out: the server no longer accepts the access token. Sign in again.</source>
        <translation>Abgemeldet: Der Server akzeptiert das Zugriffstoken nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not answer (since %2).&lt;/b&gt; What you see was loaded before and may be out of date; actions that change the server are disabled until it answers again. Steward keeps trying by itself.</source>
        <translation>&lt;b&gt;%1 antwortet nicht (seit %2).&lt;/b&gt; Was Sie sehen, wurde vorher geladen und ist möglicherweise veraltet; Aktionen, die den Server ändern, sind deaktiviert, bis er wieder antwortet. Steward versucht es von selbst weiter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not answer (since %2).&lt;/b&gt; Steward keeps trying by itself and connects as soon as the server is back.</source>
        <translation>&lt;b&gt;%1 antwortet nicht (seit %2).&lt;/b&gt; Steward versucht es von selbst weiter und verbindet sich, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>How the server is will be shown here.</source>
        <translation>Hier wird angezeigt, wie es dem Server geht.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>Steward::MaintenanceView</name>
    <message>
        <source>Database background updates</source>
        <translation>Hintergrund-Aktualisierungen der Datenbank</translation>
    </message>
    <message>
        <source>Start a &amp;job:</source>
        <translation>Einen &amp;Auftrag starten:</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Progress or result</source>
        <translation>Fortschritt oder Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the background updates: %1</source>
        <translation>Die Hintergrund-Aktualisierungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Background updates are &lt;b&gt;enabled&lt;/b&gt;.</source>
        <translation>Hintergrund-Aktualisierungen sind &lt;b&gt;aktiviert&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Background updates are &lt;b&gt;disabled&lt;/b&gt;: the server does not run them.</source>
        <translation>Hintergrund-Aktualisierungen sind &lt;b&gt;deaktiviert&lt;/b&gt;: der Server führt sie nicht aus.</translation>
    </message>
    <message>
        <source>None is running.</source>
        <translation>Keine läuft.</translation>
    </message>
    <message>
        <source>Running on database %1: &lt;b&gt;%2&lt;/b&gt;, %3 items in %4 s (%5 items/s)</source>
        <translation>Läuft auf Datenbank %1: &lt;b&gt;%2&lt;/b&gt;, %3 Elemente in %4 s (%5 Elemente/s)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Could not read the scheduled tasks: %1</source>
        <translation>Die geplanten Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) the server remembers, %1 still running or waiting.</source>
        <translation>
            <numerusform>%n Aufgabe, die der Server kennt, %1 laufen noch oder warten.</numerusform>
            <numerusform>%n Aufgaben, die der Server kennt, %1 laufen noch oder warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>Keine geplanten Aufgaben.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server lehnte ab: %1</translation>
    </message>
    <message>
        <source>Start Background Job</source>
        <translation>Hintergrund-Auftrag starten</translation>
    </message>
    <message>
        <source>Queue the job %1 on the server?</source>
        <translation>Den Auftrag %1 auf dem Server einreihen?</translation>
    </message>
    <message>
        <source>. It runs in the background and can take long on a large server.</source>
        <translation>. Er läuft im Hintergrund und kann auf einem großen Server lange dauern.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Job %1 was queued on the server.</source>
        <translation>Auftrag %1 wurde auf dem Server eingereiht.</translation>
    </message>
    <message>
        <source>The server did not start %1: %2</source>
        <translation>Der Server hat %1 nicht gestartet: %2</translation>
    </message>
</context>
<context>
    <name>Steward::MakeRoomAdminDialog</name>
    <message>
        <source>Make Room Admin</source>
        <translation>Zum Raum-Administrator machen</translation>
    </message>
    <message>
        <source>Give a user of this server the highest power level in %1. The server acts through a local member who may change power levels, and invites the user if they are not in the room yet.</source>
        <translation>Einem Benutzer dieses Servers die höchste Berechtigungsstufe in %1 geben. Der Server handelt über ein lokales Mitglied, das Berechtigungsstufen ändern darf, und lädt den Benutzer ein, falls er noch nicht im Raum ist.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User to make room admin</source>
        <translation>Benutzer, der Raum-Administrator werden soll</translation>
    </message>
    <message>
        <source>&amp;Make Admin</source>
        <translation>Zum &amp;Administrator machen</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID: enter one like @name:server.</source>
        <translation>„%1“ ist keine Benutzer-ID: Geben Sie eine wie @name:server ein.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>%1 is now an admin of the room.</source>
        <translation>%1 ist jetzt Administrator des Raums.</translation>
    </message>
</context>
<context>
    <name>Steward::MasAdminApi</name>
    <message>
        <source>the MAS user has no id</source>
        <translation>der MAS-Benutzer hat keine ID</translation>
    </message>
    <message>
        <source>MAS created the personal session but sent no access token</source>
        <translation>MAS hat die persönliche Sitzung erstellt, aber kein Zugriffstoken gesendet</translation>
    </message>
    <message>
        <source>MAS answered HTTP %1: %2</source>
        <translation>MAS antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>the MAS admin API refused the token (HTTP %1%2): it needs the scope urn:mas:admin; sign in with --oauth as a user MAS lets request admin rights</source>
        <translation>die MAS-Admin-API lehnte das Token ab (HTTP %1%2): es braucht den Scope urn:mas:admin; melden Sie sich mit --oauth als ein Benutzer an, dem MAS Administratorrechte erlaubt</translation>
    </message>
    <message>
        <source>MAS named a next page of personal sessions without a new page[after] cursor</source>
        <translation>MAS nannte eine weitere Seite persönlicher Sitzungen ohne neuen page[after]-Cursor</translation>
    </message>
    <message>
        <source>This server delegates sign-in to Matrix Authentication Service (MAS), which owns locking, deactivation, admin rights and passwords; changing them needs MAS&apos;s admin API, and this sign-in&apos;s token lacks its scope urn:mas:admin. Sign in with OAuth (&quot;Sign In with Browser&quot;, or steward-cli profile add --oauth) as a user MAS lets request admin rights.</source>
        <translation>Dieser Server überlässt die Anmeldung dem Matrix Authentication Service (MAS), der für Sperren, Deaktivierung, Administratorrechte und Passwörter zuständig ist; um sie zu ändern, braucht es die Admin-API von MAS, und dem Token dieser Anmeldung fehlt deren Scope urn:mas:admin. Melden Sie sich mit OAuth („Mit dem Browser anmelden“ oder steward-cli profile add --oauth) als ein Benutzer an, dem MAS Administratorrechte erlaubt.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaAction</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Unter Quarantäne stellen</translation>
    </message>
    <message>
        <source>Unquarantine</source>
        <translation>Aus der Quarantäne nehmen</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>Schutz aufheben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Listed more than once: handled once.</source>
        <translation>Mehrfach aufgeführt: einmal behandelt.</translation>
    </message>
    <message>
        <source>Reading the user&apos;s media</source>
        <translation>Medien des Benutzers werden gelesen</translation>
    </message>
    <message>
        <source>Reading the room&apos;s media</source>
        <translation>Medien des Raums werden gelesen</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <source>A file of another server (%1): the server does this for its own (local) media only.</source>
        <translation>Eine Datei eines anderen Servers (%1): der Server tut dies nur für seine eigenen (lokalen) Medien.</translation>
    </message>
    <message>
        <source>There is no such file on this server.</source>
        <translation>Auf diesem Server gibt es keine solche Datei.</translation>
    </message>
    <message>
        <source>This server holds no copy of this remote file.</source>
        <translation>Dieser Server hat keine Kopie dieser entfernten Datei.</translation>
    </message>
    <message>
        <source>Cancelled before the file was read.</source>
        <translation>Abgebrochen, bevor die Datei gelesen wurde.</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Already quarantined.</source>
        <translation>Bereits unter Quarantäne.</translation>
    </message>
    <message>
        <source>Protected from quarantine: the server leaves it alone (unprotect it first).</source>
        <translation>Vor Quarantäne geschützt: der Server lässt sie unangetastet (heben Sie zuerst den Schutz auf).</translation>
    </message>
    <message>
        <source>Not quarantined.</source>
        <translation>Nicht unter Quarantäne.</translation>
    </message>
    <message>
        <source>Already protected.</source>
        <translation>Bereits geschützt.</translation>
    </message>
    <message>
        <source>Not protected.</source>
        <translation>Nicht geschützt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n file(s) (%2)</source>
        <translation>
            <numerusform>%1 %n Datei (%2)</numerusform>
            <numerusform>%1 %n Dateien (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n übersprungen</numerusform>
            <numerusform>; %n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not read</source>
        <translation>
            <numerusform>; %n nicht gelesen</numerusform>
            <numerusform>; %n nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: files</source>
        <translation>%1: Dateien</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Deleted (checked: the file is gone).</source>
        <translation>Gelöscht (geprüft: die Datei ist weg).</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and reading the file back failed too: %2</source>
        <translation>Die Antwort ging verloren (%1), und auch das Zurücklesen der Datei schlug fehl: %2</translation>
    </message>
    <message>
        <source>The server accepted it, but reading the file back failed: %1</source>
        <translation>Der Server hat es angenommen, aber das Zurücklesen der Datei schlug fehl: %1</translation>
    </message>
    <message>
        <source>Done (checked after the answer was lost).</source>
        <translation>Erledigt (geprüft, nachdem die Antwort verloren ging).</translation>
    </message>
    <message>
        <source>Not carried out: the answer was lost (%1) and the file is unchanged.</source>
        <translation>Nicht ausgeführt: die Antwort ging verloren (%1), und die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The server left it alone: the file is protected from quarantine.</source>
        <translation>Der Server hat sie unangetastet gelassen: die Datei ist vor Quarantäne geschützt.</translation>
    </message>
    <message>
        <source>The server answered without error, but the file is unchanged.</source>
        <translation>Der Server antwortete ohne Fehler, aber die Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaApi</name>
    <message>
        <source>&quot;%1&quot; is no mxc URI (expected mxc://SERVER/MEDIA_ID)</source>
        <translation>„%1“ ist keine mxc-URI (erwartet: mxc://SERVER/MEDIA_ID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks a server name or a media ID (expected mxc://SERVER/MEDIA_ID)</source>
        <translation>„%1“ fehlt ein Servername oder eine Medien-ID (erwartet: mxc://SERVER/MEDIA_ID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no valid mxc URI: the server name has no spaces, the media ID only the letters A-Z, a-z, digits, - and _</source>
        <translation>„%1“ ist keine gültige mxc-URI: der Servername enthält keine Leerzeichen, die Medien-ID nur die Buchstaben A-Z, a-z, Ziffern, - und _</translation>
    </message>
</context>
<context>
    <name>Steward::MediaListModel</name>
    <message>
        <source>Media ID</source>
        <translation>Medien-ID</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Unter Quarantäne</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>Hochgeladen von</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>remote (%1)</source>
        <translation>fremd (%1)</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(remote, not cached here)</source>
        <translation>(fremd, hier nicht zwischengespeichert)</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Deleted media cannot be restored.</source>
        <translation>Gelöschte Medien können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Media</source>
        <translation>Medien &amp;löschen</translation>
    </message>
    <message>
        <source>Type the server name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Servernamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Server name to confirm</source>
        <translation>Servername zur Bestätigung</translation>
    </message>
    <message>
        <source>I understand that the cutoff is within the last 24 hours and that media people are using right now will be deleted</source>
        <translation>Mir ist bewusst, dass der Stichtag innerhalb der letzten 24 Stunden liegt und dass Medien gelöscht werden, die gerade verwendet werden</translation>
    </message>
    <message>
        <source>Confirm a recent cutoff</source>
        <translation>Einen aktuellen Stichtag bestätigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;On &lt;b&gt;%1&lt;/b&gt;, delete every local media file last accessed before &lt;b&gt;%2&lt;/b&gt;%3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf &lt;b&gt;%1&lt;/b&gt; jede lokale Mediendatei löschen, auf die zuletzt vor &lt;b&gt;%2&lt;/b&gt; zugegriffen wurde%3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and larger than %1 bytes</source>
        <translation> und die größer als %1 Bytes ist</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kept: quarantined and protected files%1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Behalten: unter Quarantäne gestellte und geschützte Dateien%1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, profile pictures</source>
        <translation>, Profilbilder</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Profile pictures are deleted too.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Profilbilder werden ebenfalls gelöscht.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also purge cached copies of other servers&apos; media last accessed before the cutoff.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Außerdem zwischengespeicherte Kopien von Medien anderer Server bereinigen, auf die zuletzt vor dem Stichtag zugegriffen wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cached media from other servers are not touched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zwischengespeicherte Medien anderer Server bleiben unverändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Estimate: about %1 files, %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schätzung: etwa %1 Dateien, %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No estimate was made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde keine Schätzung vorgenommen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeCutoff</name>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time), e.g. 2024-01-31 or 2024-01-31T18:30</source>
        <translation>„%1“ ist kein Datum: erwartet wird YYYY-MM-DD oder YYYY-MM-DDTHH:MM[:SS] (Ortszeit), z. B. 2024-01-31 oder 2024-01-31T18:30</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (check month and day)</source>
        <translation>„%1“ ist kein Kalenderdatum (prüfen Sie Monat und Tag)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid time of day (hours 00-23, minutes and seconds 00-59)</source>
        <translation>„%1“ hat keine gültige Uhrzeit (Stunden 00-23, Minuten und Sekunden 00-59)</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it when daylight saving time starts): choose a time outside that gap</source>
        <translation>%1 existiert in der Zeitzone %2 nicht (die Uhren überspringen diese Zeit bei Beginn der Sommerzeit): Wählen Sie eine Zeit außerhalb dieser Lücke</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 36500 (got %1)</source>
        <translation>die Anzahl der Tage muss zwischen 1 und 36500 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>The cutoff %1 is in the future: media last accessed up to now would all be deleted. Choose a date in the past.</source>
        <translation>Der Stichtag %1 liegt in der Zukunft: Alle bis jetzt abgerufenen Medien würden gelöscht. Wählen Sie ein Datum in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The cutoff %1 is earlier than 12 December 1970, which Synapse refuses. Choose a later date.</source>
        <translation>Der Stichtag %1 liegt vor dem 12. Dezember 1970, was Synapse ablehnt. Wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <source>The cutoff %1 is within the last 24 hours: media people are using right now would be deleted. This needs an extra confirmation.</source>
        <translation>Der Stichtag %1 liegt innerhalb der letzten 24 Stunden: Medien, die gerade verwendet werden, würden gelöscht. Dies erfordert eine zusätzliche Bestätigung.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeCutoffPage</name>
    <message>
        <source>Which media to delete</source>
        <translation>Welche Medien gelöscht werden</translation>
    </message>
    <message>
        <source>Local media nobody has accessed since the cutoff are deleted from the server&apos;s disk.</source>
        <translation>Lokale Medien, auf die seit dem Stichtag niemand zugegriffen hat, werden von der Festplatte des Servers gelöscht.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The server deletes a local file when it was &lt;b&gt;last accessed before the cutoff&lt;/b&gt; (a file never downloaded counts from its upload). It &lt;b&gt;never deletes quarantined files or files protected from quarantine&lt;/b&gt;, and keeps profile pictures unless you allow it below. Deleted files are gone for good: messages that show them will show a broken image. Synapse has no undo and no dry run; Steward estimates the effect on the next page before anything is deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Server löscht eine lokale Datei, wenn &lt;b&gt;zuletzt vor dem Stichtag auf sie zugegriffen wurde&lt;/b&gt; (bei einer nie heruntergeladenen Datei zählt der Upload). Er &lt;b&gt;löscht nie Dateien unter Quarantäne oder vor Quarantäne geschützte Dateien&lt;/b&gt; und behält Profilbilder, sofern Sie es unten nicht erlauben. Gelöschte Dateien sind endgültig weg: Nachrichten, die sie zeigen, zeigen dann ein defektes Bild. Synapse bietet weder Rückgängig noch Probelauf; Steward schätzt die Auswirkung auf der nächsten Seite, bevor etwas gelöscht wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not accessed in the last</source>
        <translation>Kein Zugriff in den letzten</translation>
    </message>
    <message>
        <source>Cutoff by number of days</source>
        <translation>Stichtag nach Anzahl der Tage</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Anzahl der Tage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Last accessed before</source>
        <translation>Letzter Zugriff vor</translation>
    </message>
    <message>
        <source>Cutoff by calendar date</source>
        <translation>Stichtag nach Kalenderdatum</translation>
    </message>
    <message>
        <source>Cutoff date and time, local time</source>
        <translation>Datum und Uhrzeit des Stichtags, Ortszeit</translation>
    </message>
    <message>
        <source>Only files larger than</source>
        <translation>Nur Dateien größer als</translation>
    </message>
    <message>
        <source>Limit by size</source>
        <translation>Nach Größe begrenzen</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Größengrenze</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Größeneinheit</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Keep profile pictures (user and room avatars)</source>
        <translation>Profilbilder behalten (Benutzer- und Raum-Avatare)</translation>
    </message>
    <message>
        <source>Keep profile pictures</source>
        <translation>Profilbilder behalten</translation>
    </message>
    <message>
        <source>Also purge the cache of media from other servers (they can be fetched again when someone looks at them)</source>
        <translation>Auch den Cache von Medien anderer Server bereinigen (sie können erneut abgerufen werden, wenn jemand sie ansieht)</translation>
    </message>
    <message>
        <source>Also purge cached remote media</source>
        <translation>Auch zwischengespeicherte fremde Medien bereinigen</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it when daylight saving time starts): choose a time outside that gap.</source>
        <translation>%1 existiert in der Zeitzone %2 nicht (die Uhren überspringen diese Zeit bei Beginn der Sommerzeit): Wählen Sie eine Zeit außerhalb dieser Lücke.</translation>
    </message>
    <message>
        <source>Cutoff: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Stichtag: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeEstimatePage</name>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Steward reads every user&apos;s media list to predict what the server will delete. Nothing is deleted yet.</source>
        <translation>Steward liest die Medienliste jedes Benutzers, um vorherzusagen, was der Server löschen wird. Noch wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Estimate progress</source>
        <translation>Fortschritt der Schätzung</translation>
    </message>
    <message>
        <source>&amp;Cancel Estimate</source>
        <translation>Schätzung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the estimate</source>
        <translation>Die Schätzung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Skip Estimate</source>
        <translation>Schätzung ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip the estimate and continue</source>
        <translation>Die Schätzung überspringen und fortfahren</translation>
    </message>
    <message>
        <source>On very large servers the estimate can take long; the purge works without it.</source>
        <translation>Auf sehr großen Servern kann die Schätzung lange dauern; die Bereinigung funktioniert auch ohne sie.</translation>
    </message>
    <message>
        <source>Users most affected (up to 20):</source>
        <translation>Am stärksten betroffene Benutzer (bis zu 20):</translation>
    </message>
    <message>
        <source>Users most affected</source>
        <translation>Am stärksten betroffene Benutzer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 %2 of %3 users.</source>
        <translation>%1 %2 von %3 Benutzern.</translation>
    </message>
    <message>
        <source>The estimate was stopped after %1 of %2 users: there are no numbers to show. You can continue without them, or go back and start it again.</source>
        <translation>Die Schätzung wurde nach %1 von %2 Benutzern angehalten: Es gibt keine Zahlen anzuzeigen. Sie können ohne sie fortfahren oder zurückgehen und sie neu starten.</translation>
    </message>
    <message>
        <source>The estimate failed: %1. You can continue without it, or go back and try again.</source>
        <translation>Die Schätzung ist fehlgeschlagen: %1. Sie können ohne sie fortfahren oder zurückgehen und es erneut versuchen.</translation>
    </message>
    <message>
        <source>Done: read the media lists of %1 users.</source>
        <translation>Fertig: Die Medienlisten von %1 Benutzern wurden gelesen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Estimate:&lt;/b&gt; about &lt;b&gt;%1 local files, %2&lt;/b&gt;, uploaded by %3 users, would be deleted.&lt;/p&gt;&lt;p&gt;Kept: %4 quarantined, %5 protected, %6 profile pictures, %7 not larger than the size limit.&lt;/p&gt;&lt;p&gt;&lt;i&gt;This is an estimate: media not uploaded by a user (URL previews), custom per-room avatars and anything accessed from now on are not counted. The server decides when it deletes.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schätzung:&lt;/b&gt; etwa &lt;b&gt;%1 lokale Dateien, %2&lt;/b&gt;, hochgeladen von %3 Benutzern, würden gelöscht.&lt;/p&gt;&lt;p&gt;Behalten: %4 unter Quarantäne, %5 geschützt, %6 Profilbilder, %7 nicht größer als die Größengrenze.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Dies ist eine Schätzung: Medien, die nicht von einem Benutzer hochgeladen wurden (URL-Vorschauen), eigene Avatare pro Raum und alles, worauf ab jetzt zugegriffen wird, werden nicht gezählt. Der Server entscheidet beim Löschen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeEstimator</name>
    <message>
        <source>Reading the per-user media statistics…</source>
        <translation>Die Medienstatistik pro Benutzer wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the media statistics failed</source>
        <translation>Das Lesen der Medienstatistik ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the media of %1 failed</source>
        <translation>Das Lesen der Medien von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the users&apos; media lists…</source>
        <translation>Die Medienlisten der Benutzer werden gelesen…</translation>
    </message>
    <message>
        <source>Looking for profile pictures…</source>
        <translation>Profilbilder werden gesucht…</translation>
    </message>
    <message>
        <source>Reading a user&apos;s profile picture failed</source>
        <translation>Das Lesen des Profilbilds eines Benutzers ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the room avatars failed</source>
        <translation>Das Lesen der Raum-Avatare ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the server reported back.</source>
        <translation>Was der Server zurückgemeldet hat.</translation>
    </message>
    <message>
        <source>Purge progress</source>
        <translation>Fortschritt der Bereinigung</translation>
    </message>
    <message>
        <source>&amp;Export Deleted Media IDs to CSV…</source>
        <translation>IDs gelöschter Medien als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export deleted media IDs to CSV</source>
        <translation>IDs gelöschter Medien als CSV exportieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deleted %1 local media files&lt;/b&gt; (the server&apos;s count).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 lokale Mediendateien gelöscht&lt;/b&gt; (Zählung des Servers).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Space freed: at least %1 — sizes known from the estimate for %2 of the %3 deleted files (thumbnails not counted).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freigegebener Speicher: mindestens %1 — Größen aus der Schätzung bekannt für %2 der %3 gelöschten Dateien (Vorschaubilder nicht gezählt).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Space freed: unknown (the estimate was skipped; the server does not report sizes).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freigegebener Speicher: unbekannt (die Schätzung wurde übersprungen; der Server meldet keine Größen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This server only knows the older media deletion path; it was used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Server kennt nur den älteren Pfad zum Löschen von Medien; dieser wurde verwendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Local media: nothing was deleted.&lt;/b&gt; The server refused: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lokale Medien: Es wurde nichts gelöscht.&lt;/b&gt; Der Server hat abgelehnt: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleted %1 cached files of other servers&apos; media.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 zwischengespeicherte Dateien mit Medien anderer Server gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remote media cache: failed&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cache fremder Medien: fehlgeschlagen&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remote media cache: not attempted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cache fremder Medien: nicht versucht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Finished with errors.</source>
        <translation>Mit Fehlern beendet.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 media IDs to %2.</source>
        <translation>%1 Medien-IDs in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Export Deleted Media IDs</source>
        <translation>IDs gelöschter Medien exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deleted %1 local media files&lt;/b&gt; (verified: the server&apos;s answer was lost, so Steward listed the media again; %2 files still match).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 lokale Mediendateien gelöscht&lt;/b&gt; (überprüft: Die Antwort des Servers ging verloren, daher hat Steward die Medien erneut aufgelistet; %2 Dateien entsprechen noch den Kriterien).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Local media: outcome unknown.&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lokale Medien: Ergebnis unbekannt.&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Stop the Purge</source>
        <translation>Bereinigung &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop the purge</source>
        <translation>Die Bereinigung stoppen</translation>
    </message>
    <message>
        <source>Starts no further step; a step the server has received is carried out there, and its answer is shown</source>
        <translation>Startet keinen weiteren Schritt; ein Schritt, den der Server erhalten hat, wird dort ausgeführt, und seine Antwort wird angezeigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Local media: not attempted&lt;/b&gt; (stopped before it was sent); nothing was deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lokale Medien: nicht versucht&lt;/b&gt; (gestoppt, bevor es gesendet wurde); nichts wurde gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeRun</name>
    <message>
        <source>Deleting local media…</source>
        <translation>Lokale Medien werden gelöscht…</translation>
    </message>
    <message>
        <source>Deleting cached remote media…</source>
        <translation>Zwischengespeicherte fremde Medien werden gelöscht…</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; checking which media are still there…</source>
        <translation>Die Antwort des Servers ging verloren; es wird geprüft, welche Medien noch vorhanden sind…</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer to the delete was lost (%1) and the media could not be listed afterwards (%2). Estimate again to see what is left.</source>
        <translation>Ergebnis unbekannt: Die Antwort auf das Löschen ging verloren (%1), und die Medien konnten danach nicht aufgelistet werden (%2). Schätzen Sie erneut, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer to the delete was lost (%1). %2 files still match the criteria; without an earlier estimate it is not known how many were deleted.</source>
        <translation>Ergebnis unbekannt: Die Antwort auf das Löschen ging verloren (%1). %2 Dateien entsprechen noch den Kriterien; ohne vorherige Schätzung ist nicht bekannt, wie viele gelöscht wurden.</translation>
    </message>
    <message>
        <source>Cancelling: the server has received this step and carries it out; waiting for its answer…</source>
        <translation>Abbruch: der Server hat diesen Schritt erhalten und führt ihn aus; warten auf seine Antwort…</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeWizard</name>
    <message>
        <source>Purge Old Media — %1</source>
        <translation>Alte Medien löschen — %1</translation>
    </message>
    <message>
        <source>Purge old media</source>
        <translation>Alte Medien löschen</translation>
    </message>
    <message>
        <source>Delete local media nobody has accessed since a date</source>
        <translation>Lokale Medien löschen, auf die seit einem Datum niemand zugegriffen hat</translation>
    </message>
    <message>
        <source>Connect to a server as an admin first</source>
        <translation>Verbinden Sie sich zuerst als Administrator mit einem Server</translation>
    </message>
</context>
<context>
    <name>Steward::MediaStatsModel</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Steward::MediaView</name>
    <message>
        <source>Users by media size</source>
        <translation>Benutzer nach Mediengröße</translation>
    </message>
    <message>
        <source>Search user ID or display name</source>
        <translation>Benutzer-ID oder Anzeigename suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Uploaded from</source>
        <translation>Hochgeladen ab</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Uploaded until</source>
        <translation>Hochgeladen bis</translation>
    </message>
    <message>
        <source>Largest rooms in the database</source>
        <translation>Größte Räume in der Datenbank</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Estimated size</source>
        <translation>Geschätzte Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Double-click a user in the ranking, or use Media… in a user&apos;s or room&apos;s details, to list their files here.</source>
        <translation>Doppelklicken Sie auf einen Benutzer in der Rangliste oder verwenden Sie Medien… in den Details eines Benutzers oder Raums, um seine Dateien hier aufzulisten.</translation>
    </message>
    <message>
        <source>Show previews</source>
        <translation>Vorschauen anzeigen</translation>
    </message>
    <message>
        <source>Downloads a thumbnail of the selected file. Reported files can be abusive: the preview stays blurred until you click it.</source>
        <translation>Lädt ein Vorschaubild der ausgewählten Datei herunter. Gemeldete Dateien können verstörend sein: die Vorschau bleibt unscharf, bis Sie darauf klicken.</translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Quarantäne…</translation>
    </message>
    <message>
        <source>U&amp;nquarantine…</source>
        <translation>Aus Quarantäne &amp;nehmen…</translation>
    </message>
    <message>
        <source>&amp;Protect…</source>
        <translation>&amp;Schützen…</translation>
    </message>
    <message>
        <source>Unp&amp;rotect…</source>
        <translation>Schutz a&amp;ufheben…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Quarantine &amp;Everything…</source>
        <translation>&amp;Alles unter Quarantäne…</translation>
    </message>
    <message>
        <source>Purge &amp;Old Media…</source>
        <translation>Alte Medien &amp;bereinigen…</translation>
    </message>
    <message>
        <source>Delete local media nobody has accessed since a date (Tools menu)</source>
        <translation>Lokale Medien löschen, auf die seit einem Datum niemand zugegriffen hat (Menü Werkzeuge)</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with media</source>
        <translation>
            <numerusform>%n Benutzer mit Medien</numerusform>
            <numerusform>%n Benutzer mit Medien</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Keine Dateien.</translation>
    </message>
    <message>
        <source>The end of the date range lies before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Anfang.</translation>
    </message>
    <message>
        <source>Not available: %1 (the server computes this on PostgreSQL only)</source>
        <translation>Nicht verfügbar: %1 (der Server berechnet dies nur mit PostgreSQL)</translation>
    </message>
    <message>
        <source>No rooms.</source>
        <translation>Keine Räume.</translation>
    </message>
    <message>
        <source>Double-click a room to list the files its messages point to.</source>
        <translation>Doppelklicken Sie auf einen Raum, um die Dateien aufzulisten, auf die seine Nachrichten verweisen.</translation>
    </message>
    <message>
        <source>Files uploaded by %1</source>
        <translation>Von %1 hochgeladene Dateien</translation>
    </message>
    <message>
        <source>Quarantine &amp;Everything of This User…</source>
        <translation>&amp;Alles dieses Benutzers unter Quarantäne…</translation>
    </message>
    <message>
        <source>Files in %1</source>
        <translation>Dateien in %1</translation>
    </message>
    <message>
        <source>Quarantine &amp;Everything in This Room…</source>
        <translation>&amp;Alles in diesem Raum unter Quarantäne…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the files: %1. Nothing was changed.</source>
        <translation>Die Dateien konnten nicht gelesen werden: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing to do: %1.</source>
        <translation>Nichts zu tun: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the selected files</source>
        <translation>die ausgewählten Dateien</translation>
    </message>
    <message>
        <source>everything %1 uploaded</source>
        <translation>alles, was %1 hochgeladen hat</translation>
    </message>
    <message>
        <source>every file in %1</source>
        <translation>jede Datei in %1</translation>
    </message>
    <message>
        <source>%1 of %2?</source>
        <translation>%1 von %2?</translation>
    </message>
    <message>
        <source>Deleted files are gone for good: they cannot be restored.</source>
        <translation>Gelöschte Dateien sind endgültig weg: sie können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Quarantined files can no longer be downloaded from this server.</source>
        <translation>Dateien unter Quarantäne können von diesem Server nicht mehr heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Select one file.</source>
        <translation>Wählen Sie eine Datei aus.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>No preview for this file type.</source>
        <translation>Keine Vorschau für diesen Dateityp.</translation>
    </message>
    <message>
        <source>Blurred: reported files can be abusive. Click to show it.</source>
        <translation>Unscharf: gemeldete Dateien können verstörend sein. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Steward::NoticeDialog</name>
    <message>
        <source>Send Server Notice</source>
        <translation>Serverhinweis senden</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;All local users (not deactivated)</source>
        <translation>&amp;Alle lokalen Benutzer (nicht deaktiviert)</translation>
    </message>
    <message>
        <source>Users listed in a &amp;file:</source>
        <translation>In einer &amp;Datei aufgeführte Benutzer:</translation>
    </message>
    <message>
        <source>One user per line, or a CSV file (first column)</source>
        <translation>Ein Benutzer pro Zeile oder eine CSV-Datei (erste Spalte)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Include &amp;bots and support users</source>
        <translation>&amp;Bots und Support-Benutzer einbeziehen</translation>
    </message>
    <message>
        <source>Include &amp;guests</source>
        <translation>&amp;Gäste einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Message (plain text; every recipient finds it in their &quot;Server Notices&quot; room):</source>
        <translation>&amp;Nachricht (reiner Text; jeder Empfänger findet sie in seinem Raum „Server Notices“):</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Text des Hinweises</translation>
    </message>
    <message>
        <source>Also send a &amp;formatted (HTML) version:</source>
        <translation>Auch eine &amp;formatierte (HTML-)Fassung senden:</translation>
    </message>
    <message>
        <source>Notice HTML</source>
        <translation>HTML des Hinweises</translation>
    </message>
    <message>
        <source>&lt;p&gt;Maintenance &lt;b&gt;tonight&lt;/b&gt; from 22:00 to 23:00.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wartung &lt;b&gt;heute Nacht&lt;/b&gt; von 22:00 bis 23:00 Uhr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Vorschau &gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Users to Notify</source>
        <translation>Zu benachrichtigende Benutzer</translation>
    </message>
    <message>
        <source>User lists (*.txt *.csv);;All files (*)</source>
        <translation>Benutzerlisten (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected user(s)</source>
        <translation>
            <numerusform>Der %n &amp;ausgewählte Benutzer</numerusform>
            <numerusform>Die %n &amp;ausgewählten Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 lists no users.</source>
        <translation>Die Datei %1 enthält keine Benutzer.</translation>
    </message>
    <message>
        <source>Checking that the server can send notices…</source>
        <translation>Es wird geprüft, ob der Server Hinweise senden kann…</translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> The skipped users are listed below.</source>
        <translation> Die übersprungenen Benutzer sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>To send to the rest later: steward-cli notice send --resume (journal %1).</source>
        <translation>Um den Rest später zu senden: steward-cli notice send --resume (Journal %1).</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the notices already on their way…</source>
        <translation>Abbruch: warten auf die bereits unterwegs befindlichen Hinweise…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Send Server &amp;Notice…</source>
        <translation>Server&amp;hinweis senden…</translation>
    </message>
    <message>
        <source>Send a server notice to all local users or to the users listed in a file</source>
        <translation>Einen Serverhinweis an alle lokalen Benutzer oder an die in einer Datei aufgeführten Benutzer senden</translation>
    </message>
</context>
<context>
    <name>Steward::OAuthClient</name>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>the authorization server metadata has no issuer or token endpoint</source>
        <translation>die Metadaten des Autorisierungsservers haben keinen Aussteller oder Token-Endpunkt</translation>
    </message>
    <message>
        <source>the authorization server does not offer dynamic client registration, which Steward needs to sign in with OAuth</source>
        <translation>der Autorisierungsserver bietet keine dynamische Client-Registrierung an, die Steward für die Anmeldung mit OAuth braucht</translation>
    </message>
    <message>
        <source>this homeserver does not delegate sign-in to an OAuth 2.0 server (no /_matrix/client/v1/auth_metadata, no issuer in /.well-known/matrix/client): sign in with a password or a token</source>
        <translation>dieser Homeserver überlässt die Anmeldung keinem OAuth-2.0-Server (kein /_matrix/client/v1/auth_metadata, kein issuer in /.well-known/matrix/client): melden Sie sich mit einem Passwort oder einem Token an</translation>
    </message>
    <message>
        <source>the issuer&apos;s OpenID configuration answered HTTP %1</source>
        <translation>die OpenID-Konfiguration des Ausstellers antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the authorization server refused to register Steward as a client (HTTP %1, %2)</source>
        <translation>der Autorisierungsserver lehnte die Registrierung von Steward als Client ab (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the client registration answer has no client_id</source>
        <translation>die Antwort der Client-Registrierung hat keine client_id</translation>
    </message>
    <message>
        <source>the authorization server does not offer the device authorization grant; sign in with the desktop application instead</source>
        <translation>der Autorisierungsserver bietet keine Geräteautorisierung an; melden Sie sich stattdessen mit der Desktop-Anwendung an</translation>
    </message>
    <message>
        <source>the device authorization was refused (HTTP %1, %2)</source>
        <translation>die Geräteautorisierung wurde abgelehnt (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the device authorization answer lacks the code or URL</source>
        <translation>der Antwort der Geräteautorisierung fehlen Code oder URL</translation>
    </message>
    <message>
        <source>the authorization server refused (HTTP %1, %2)</source>
        <translation>der Autorisierungsserver lehnte ab (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the token answer has no access_token</source>
        <translation>die Token-Antwort hat kein access_token</translation>
    </message>
    <message>
        <source>the code expired before it was approved: start again</source>
        <translation>der Code ist abgelaufen, bevor er bestätigt wurde: beginnen Sie erneut</translation>
    </message>
    <message>
        <source>the sign-in was denied (%1). Steward needs an account that may request admin rights (urn:synapse:admin:*).</source>
        <translation>die Anmeldung wurde abgelehnt (%1). Steward braucht ein Konto, das Administratorrechte anfordern darf (urn:synapse:admin:*).</translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden: %1</translation>
    </message>
    <message>
        <source>Nothing to see here.</source>
        <translation>Hier gibt es nichts zu sehen.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in Steward.</source>
        <translation>Diese Antwort gehört nicht zur Anmeldung in Steward.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You may close this window.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>the sign-in was not completed (%1). Steward needs an account that may request admin rights (urn:synapse:admin:*).</source>
        <translation>die Anmeldung wurde nicht abgeschlossen (%1). Steward braucht ein Konto, das Administratorrechte anfordern darf (urn:synapse:admin:*).</translation>
    </message>
    <message>
        <source>Signed in. You may close this window and return to Steward.</source>
        <translation>Angemeldet. Sie können dieses Fenster schließen und zu Steward zurückkehren.</translation>
    </message>
    <message>
        <source>there is no refresh token: sign in again</source>
        <translation>es gibt kein Erneuerungstoken: melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the authorization server offers no revocation endpoint: end the session in the account management page</source>
        <translation>der Autorisierungsserver bietet keinen Widerrufs-Endpunkt: beenden Sie die Sitzung auf der Kontoverwaltungsseite</translation>
    </message>
    <message>
        <source>the revocation was refused (HTTP %1, %2)</source>
        <translation>der Widerruf wurde abgelehnt (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the answer to the token refresh was lost (%1): the authorization server may have replaced the refresh token, so Steward cannot tell whether its sign-in still works</source>
        <translation>die Antwort auf die Token-Erneuerung ging verloren (%1): Der Autorisierungsserver hat das Erneuerungstoken möglicherweise ersetzt, daher kann Steward nicht feststellen, ob seine Anmeldung noch funktioniert</translation>
    </message>
</context>
<context>
    <name>Steward::OAuthSignIn</name>
    <message>
        <source>Finding the sign-in service of %1…</source>
        <translation>Der Anmeldedienst von %1 wird gesucht…</translation>
    </message>
    <message>
        <source>The sign-in service %1 uses plain http:// to a host that is not this computer. Use https://, or confirm that you accept this for this profile.</source>
        <translation>Der Anmeldedienst %1 verwendet einfaches http:// zu einem Rechner, der nicht dieser Computer ist. Verwenden Sie https:// oder bestätigen Sie, dass Sie dies für dieses Profil akzeptieren.</translation>
    </message>
    <message>
        <source>Registering Steward with %1…</source>
        <translation>Steward wird bei %1 registriert…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the web browser…</source>
        <translation>Warten auf die Anmeldung im Webbrowser…</translation>
    </message>
    <message>
        <source>the access token of profile &quot;%1&quot; expired and could not be refreshed (%2): sign in again</source>
        <translation>das Zugriffstoken des Profils „%1“ ist abgelaufen und konnte nicht erneuert werden (%2): melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the access token of profile &quot;%1&quot; was refreshed, but the keychain refused the new one: %2</source>
        <translation>das Zugriffstoken des Profils „%1“ wurde erneuert, aber der Schlüsselbund lehnte das neue ab: %2</translation>
    </message>
</context>
<context>
    <name>Steward::OneShotExchange</name>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
    <message>
        <source>Connection closed before the whole answer arrived</source>
        <translation>Verbindung geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no end of headers</source>
        <translation>Die Antwort des Servers hat kein Ende der Header</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP</source>
        <translation>Die Antwort des Servers ist kein HTTP</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an invalid Content-Length</source>
        <translation>Die Antwort des Servers hat eine ungültige Content-Length</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an invalid chunk</source>
        <translation>Die Antwort des Servers hat einen ungültigen Chunk</translation>
    </message>
</context>
<context>
    <name>Steward::Operation</name>
    <message>
        <source>to do</source>
        <translation>zu erledigen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n zu erledigen</numerusform>
            <numerusform>%n zu erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of unknown outcome</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>the journal %1 is in use by another process (%2, process %3 on %4); wait until it ends or stop it, then try again</source>
        <translation>das Journal %1 wird von einem anderen Prozess verwendet (%2, Prozess %3 auf %4); warten Sie, bis er endet, oder beenden Sie ihn, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>cannot lock the journal %1 (%2.lock): check the folder&apos;s permissions</source>
        <translation>das Journal %1 kann nicht gesperrt werden (%2.lock): prüfen Sie die Berechtigungen des Ordners</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>der Journal-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the journal %1 is damaged at line %2 (%3); it cannot be resumed</source>
        <translation>das Journal %1 ist in Zeile %2 beschädigt (%3); es kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>%1 is not a journal of this kind of operation (it is &quot;%2&quot;)</source>
        <translation>%1 ist kein Journal dieser Art von Vorgang (es ist „%2“)</translation>
    </message>
    <message>
        <source>an item of the plan is not a non-empty string</source>
        <translation>ein Element des Plans ist keine nicht-leere Zeichenkette</translation>
    </message>
    <message>
        <source>a result for an item the plan does not hold</source>
        <translation>ein Ergebnis für ein Element, das der Plan nicht enthält</translation>
    </message>
    <message>
        <source>an unknown status</source>
        <translation>ein unbekannter Status</translation>
    </message>
    <message>
        <source>an unknown line type</source>
        <translation>eine unbekannte Zeilenart</translation>
    </message>
    <message>
        <source>the journal %1 is empty; it cannot be resumed</source>
        <translation>das Journal %1 ist leer; es kann nicht fortgesetzt werden</translation>
    </message>
</context>
<context>
    <name>Steward::OperationProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Steward::OverviewView</name>
    <message>
        <source>Server overview</source>
        <translation>Serverübersicht</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Zustand des Servers</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Largest rooms on disk</source>
        <translation>Größte Räume auf der Festplatte</translation>
    </message>
    <message>
        <source>Local media</source>
        <translation>Lokale Medien</translation>
    </message>
    <message>
        <source>Background updates</source>
        <translation>Hintergrund-Aktualisierungen</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <source>Unread reports</source>
        <translation>Ungelesene Meldungen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;Synapse %2 at %3 · signed in as %4%5</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;Synapse %2 unter %3 · angemeldet als %4%5</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source> (server admin)</source>
        <translation> (Server-Administrator)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 accounts: %2 active, %3 deactivated, %4 admins, %5 locked</source>
        <translation>%1 Konten: %2 aktiv, %3 deaktiviert, %4 Administratoren, %5 gesperrt</translation>
    </message>
    <message>
        <source>the users</source>
        <translation>die Benutzer</translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <translation>%1 Räume</translation>
    </message>
    <message>
        <source>the rooms</source>
        <translation>die Räume</translation>
    </message>
    <message>
        <source>No estimate yet (the server has no statistics).</source>
        <translation>Noch keine Schätzung (der Server hat keine Statistik).</translation>
    </message>
    <message>
        <source>Estimated by PostgreSQL:</source>
        <translation>Von PostgreSQL geschätzt:</translation>
    </message>
    <message>
        <source>Not available: the server estimates room sizes only on PostgreSQL (this one runs on SQLite).</source>
        <translation>Nicht verfügbar: der Server schätzt Raumgrößen nur mit PostgreSQL (dieser läuft mit SQLite).</translation>
    </message>
    <message>
        <source>the room sizes</source>
        <translation>die Raumgrößen</translation>
    </message>
    <message>
        <source>%1 files, %2, uploaded by %3 users</source>
        <translation>%1 Dateien, %2, hochgeladen von %3 Benutzern</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (bisher)</translation>
    </message>
    <message>
        <source> (incomplete: the count stopped early)</source>
        <translation> (unvollständig: die Zählung endete vorzeitig)</translation>
    </message>
    <message>
        <source>the media statistics</source>
        <translation>die Medienstatistik</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;deaktiviert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none running</source>
        <translation>keine läuft</translation>
    </message>
    <message>
        <source>running: %1 (%2 items so far, %3 items/s)</source>
        <translation>läuft: %1 (bisher %2 Elemente, %3 Elemente/s)</translation>
    </message>
    <message>
        <source>the background updates</source>
        <translation>die Hintergrund-Aktualisierungen</translation>
    </message>
    <message>
        <source>No federation destinations: this server has not exchanged events with other servers.</source>
        <translation>Keine Föderationsziele: dieser Server hat mit keinem anderen Server Ereignisse ausgetauscht.</translation>
    </message>
    <message>
        <source>%1 destinations, %2 failing</source>
        <translation>%1 Ziele, %2 fehlerhaft</translation>
    </message>
    <message>
        <source>the federation destinations</source>
        <translation>die Föderationsziele</translation>
    </message>
</context>
<context>
    <name>Steward::PageGuard</name>
    <message>
        <source>the server&apos;s paging is broken: %1; stopped</source>
        <translation>die Seitenaufteilung des Servers ist fehlerhaft: %1; angehalten</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>mehr als %1 Seiten</translation>
    </message>
    <message>
        <source>%1 rows on a page of at most %2</source>
        <translation>%1 Zeilen auf einer Seite mit höchstens %2</translation>
    </message>
    <message>
        <source>an empty page with a next token (%1)</source>
        <translation>eine leere Seite mit einem Next-Token (%1)</translation>
    </message>
    <message>
        <source>the next token %1 does not move past %2</source>
        <translation>das Next-Token %1 kommt nicht über %2 hinaus</translation>
    </message>
    <message>
        <source>the next token %1 skips past the %2 rows asked for from %3</source>
        <translation>das Next-Token %1 springt über die %2 ab %3 angeforderten Zeilen hinaus</translation>
    </message>
</context>
<context>
    <name>Steward::PagedListModel</name>
    <message>
        <source>(not loaded)</source>
        <translation>(nicht geladen)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The server cannot sort by this column</source>
        <translation>Der Server kann nicht nach dieser Spalte sortieren</translation>
    </message>
</context>
<context>
    <name>Steward::PasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Reactivate User</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Neues Passwort für %1:</translation>
    </message>
    <message>
        <source>Reactivating %1 needs a new password for the account:</source>
        <translation>Zum Reaktivieren von %1 wird ein neues Passwort für das Konto benötigt:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Log out all of the user&apos;s devices</source>
        <translation>Alle Geräte des Benutzers &amp;abmelden</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Steward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network timeout in seconds</source>
        <translation>Netzwerk-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Steward waits for a server that accepted a request but sends nothing before it gives up on that attempt. Default: %1 s.</source>
        <translation>Wie lange Steward auf einen Server wartet, der eine Anfrage angenommen hat, aber nichts sendet, bevor es diesen Versuch aufgibt. Standard: %1 s.</translation>
    </message>
    <message>
        <source>&amp;Network timeout:</source>
        <translation>&amp;Netzwerk-Zeitlimit:</translation>
    </message>
</context>
<context>
    <name>Steward::Profile</name>
    <message>
        <source>The profile name contains &quot;/&quot;, &quot;\&quot; or a control character: use letters, digits, spaces, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Der Profilname enthält „/“, „\“ oder ein Steuerzeichen: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, „-“ oder „_“.</translation>
    </message>
    <message>
        <source>The profile name is empty: give it a short name such as &quot;work&quot;.</source>
        <translation>Der Profilname ist leer: Geben Sie einen kurzen Namen wie „arbeit“ an.</translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters: choose a shorter one.</source>
        <translation>Der Profilname ist länger als 64 Zeichen: Wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>The profile name starts or ends with spaces: remove them.</source>
        <translation>Der Profilname beginnt oder endet mit Leerzeichen: Entfernen Sie diese.</translation>
    </message>
</context>
<context>
    <name>Steward::ProfileController</name>
    <message>
        <source>The server no longer accepts the access token of &quot;%1&quot; (%2). Sign in again; the profile is kept.</source>
        <translation>Der Server akzeptiert das Zugriffstoken von „%1“ nicht mehr (%2). Melden Sie sich erneut an; das Profil bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server no longer accepts the access token of &quot;%1&quot;. Sign in again; the profile is kept.</source>
        <translation>Der Server akzeptiert das Zugriffstoken von „%1“ nicht mehr. Melden Sie sich erneut an; das Profil bleibt erhalten.</translation>
    </message>
    <message>
        <source>Add or Manage Profiles…</source>
        <translation>Profile hinzufügen oder verwalten…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is signed out. Sign in again to use it.</source>
        <translation>Profil „%1“ ist abgemeldet. Melden Sie sich erneut an, um es zu verwenden.</translation>
    </message>
</context>
<context>
    <name>Steward::ProfileDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 — Synapse %2</source>
        <translation>%1 — Synapse %2</translation>
    </message>
    <message>
        <source>(version hidden)</source>
        <translation>(Version verborgen)</translation>
    </message>
    <message>
        <source>Pinned certificate, SHA-256 fingerprint:
%1</source>
        <translation>Festgelegtes Zertifikat, SHA-256-Fingerabdruck:
%1</translation>
    </message>
    <message>
        <source>Host: %1
Subject: %2
Issuer: %3
Valid: %4 to %5
SHA-256 fingerprint:
%6

Compare the fingerprint with the one your server&apos;s administrator gives you before trusting it.</source>
        <translation>Host: %1
Inhaber: %2
Aussteller: %3
Gültig: %4 bis %5
SHA-256-Fingerabdruck:
%6

Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator Ihres Servers nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Signed in as %1. Saving the token in the system keychain…</source>
        <translation>Angemeldet als %1. Das Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Signed in as %1. The token is kept for this session only.</source>
        <translation>Angemeldet als %1. Das Token wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Signed in as %1. The token is stored in the system keychain.</source>
        <translation>Angemeldet als %1. Das Token ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Signing out of %1 and forgetting it…</source>
        <translation>Abmelden von %1 und Vergessen des Profils…</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Abmelden von %1…</translation>
    </message>
    <message>
        <source>&quot;Keep for this session only&quot;: Steward holds the token in memory while it runs and writes it nowhere. When you quit Steward, it signs this session out on the server (the token stops working) and you sign in again next time.</source>
        <translation>„Nur für diese Sitzung behalten“: Steward hält das Token im Speicher, solange es läuft, und schreibt es nirgendwohin. Wenn Sie Steward beenden, meldet es diese Sitzung auf dem Server ab (das Token funktioniert dann nicht mehr), und Sie melden sich beim nächsten Mal erneut an.</translation>
    </message>
    <message>
        <source>Sign In with &amp;Browser</source>
        <translation>Mit dem &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with the web browser (OAuth, Matrix Authentication Service)</source>
        <translation>Mit dem Webbrowser anmelden (OAuth, Matrix Authentication Service)</translation>
    </message>
    <message>
        <source>For servers that delegate sign-in to Matrix Authentication Service: your web browser opens the server&apos;s sign-in page; Steward asks for admin rights (urn:synapse:admin:*, urn:mas:admin) and receives the token on this computer only (127.0.0.1).</source>
        <translation>Für Server, die die Anmeldung dem Matrix Authentication Service überlassen: Ihr Webbrowser öffnet die Anmeldeseite des Servers; Steward fordert Administratorrechte an (urn:synapse:admin:*, urn:mas:admin) und empfängt das Token nur auf diesem Computer (127.0.0.1).</translation>
    </message>
    <message>
        <source>Could not open a web browser. Open this address yourself to sign in:
%1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse selbst, um sich anzumelden:
%1</translation>
    </message>
    <message>
        <source>Sign-in is delegated to Matrix Authentication Service: sign in with the browser, or use an admin-scoped access token.</source>
        <translation>Die Anmeldung ist an den Matrix Authentication Service übertragen: melden Sie sich mit dem Browser an oder verwenden Sie ein Zugriffstoken mit Administrator-Scope.</translation>
    </message>
</context>
<context>
    <name>Steward::PurgeHistoryDialog</name>
    <message>
        <source>Purge Room History</source>
        <translation>Raumverlauf bereinigen</translation>
    </message>
    <message>
        <source>Delete old events of &lt;b&gt;%1&lt;/b&gt; from this server&apos;s database.</source>
        <translation>Alte Ereignisse von &lt;b&gt;%1&lt;/b&gt; aus der Datenbank dieses Servers löschen.</translation>
    </message>
    <message>
        <source>Before this &amp;date and time (local):</source>
        <translation>Vor diesem &amp;Datum und dieser Uhrzeit (lokal):</translation>
    </message>
    <message>
        <source>Before this &amp;event:</source>
        <translation>Vor diesem &amp;Ereignis:</translation>
    </message>
    <message>
        <source>$event_id</source>
        <translation>$event_id</translation>
    </message>
    <message>
        <source>Also delete the events of this server&apos;s &amp;users</source>
        <translation>Auch die Ereignisse der &amp;Benutzer dieses Servers löschen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Preview first: Steward asks the server what the purge will hit.</source>
        <translation>Zuerst die Vorschau: Steward fragt den Server, was die Bereinigung treffen wird.</translation>
    </message>
    <message>
        <source>Type the room ID to &amp;confirm:</source>
        <translation>Geben Sie zur &amp;Bestätigung die Raum-ID ein:</translation>
    </message>
    <message>
        <source>P&amp;urge History</source>
        <translation>Verlauf &amp;bereinigen</translation>
    </message>
    <message>
        <source>An event ID starts with $ (copy it from the room&apos;s state or a client).</source>
        <translation>Eine Ereignis-ID beginnt mit $ (kopieren Sie sie aus dem Zustand des Raums oder einem Client).</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>Type the room ID above to enable this</source>
        <translation>Geben Sie oben die Raum-ID ein, um dies zu aktivieren</translation>
    </message>
    <message>
        <source>Preview first</source>
        <translation>Zuerst die Vorschau</translation>
    </message>
    <message>
        <source>Outcome: %1%2</source>
        <translation>Ergebnis: %1%2</translation>
    </message>
</context>
<context>
    <name>Steward::RedactUserDialog</name>
    <message>
        <source>Redact All Events of %1</source>
        <translation>Alle Ereignisse von %1 schwärzen</translation>
    </message>
    <message>
        <source>Redacts the messages (and joins) %1 sent, as the server&apos;s redaction task does: their content is removed for everyone. This cannot be undone.</source>
        <translation>Schwärzt die Nachrichten (und Beitritte), die %1 gesendet hat, wie es die Schwärzungsaufgabe des Servers tut: ihr Inhalt wird für alle entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>In every room the user wrote in</source>
        <translation>In jedem Raum, in dem der Benutzer geschrieben hat</translation>
    </message>
    <message>
        <source>Only in the reported room (%1)</source>
        <translation>Nur im gemeldeten Raum (%1)</translation>
    </message>
    <message>
        <source>Optional; recorded in each redaction</source>
        <translation>Optional; bei jeder Schwärzung vermerkt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Rooms to redact in</source>
        <translation>Räume, in denen geschwärzt wird</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Schwärzen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Reading the user&apos;s rooms…</source>
        <translation>Räume des Benutzers werden gelesen…</translation>
    </message>
    <message>
        <source>The user&apos;s rooms could not be read: %1</source>
        <translation>Die Räume des Benutzers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — will be redacted</source>
        <translation>%1 — wird geschwärzt</translation>
    </message>
    <message>
        <source>%1 — skipped: %2</source>
        <translation>%1 — übersprungen: %2</translation>
    </message>
    <message>
        <source>Nothing to redact: the user has no rooms with events.</source>
        <translation>Nichts zu schwärzen: der Benutzer hat keine Räume mit Ereignissen.</translation>
    </message>
    <message numerus="yes">
        <source>The user&apos;s events will be redacted in %n room(s).</source>
        <translation>
            <numerusform>Die Ereignisse des Benutzers werden in %n Raum geschwärzt.</numerusform>
            <numerusform>Die Ereignisse des Benutzers werden in %n Räumen geschwärzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Steward::RegistrationToken</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>Steward::RegistrationTokenApi</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is longer than 64 characters.</source>
        <translation>Das Token ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>A token may hold only the letters A-Z and a-z, digits and . _ ~ -</source>
        <translation>Ein Token darf nur die Buchstaben A-Z und a-z, Ziffern und . _ ~ - enthalten</translation>
    </message>
    <message>
        <source>This server does not offer the registration tokens admin API (it answered 404). Registration is probably handled by an external authentication service (such as Matrix Authentication Service): manage registration tokens there.</source>
        <translation>Dieser Server bietet die Admin-API für Registrierungstoken nicht an (er antwortete mit 404). Die Registrierung wird vermutlich von einem externen Authentifizierungsdienst (etwa Matrix Authentication Service) abgewickelt: verwalten Sie die Registrierungstoken dort.</translation>
    </message>
</context>
<context>
    <name>Steward::ReportListModel</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Meldender</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>Gemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Meldungen werden geladen…</translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>Steward::ReportsApi</name>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <source>[encrypted]</source>
        <translation>[verschlüsselt]</translation>
    </message>
</context>
<context>
    <name>Steward::ReportsView</name>
    <message>
        <source>Kind of reports</source>
        <translation>Art der Meldungen</translation>
    </message>
    <message>
        <source>Event reports</source>
        <translation>Ereignismeldungen</translation>
    </message>
    <message>
        <source>User reports</source>
        <translation>Benutzermeldungen</translation>
    </message>
    <message>
        <source>Only reports in this room</source>
        <translation>Nur Meldungen in diesem Raum</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Only reports about this user</source>
        <translation>Nur Meldungen über diesen Benutzer</translation>
    </message>
    <message>
        <source>Reported user ID</source>
        <translation>Gemeldete Benutzer-ID</translation>
    </message>
    <message>
        <source>Only reports by this user</source>
        <translation>Nur Meldungen von diesem Benutzer</translation>
    </message>
    <message>
        <source>Reporter user ID</source>
        <translation>Benutzer-ID des Meldenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Details der Meldung</translation>
    </message>
    <message>
        <source>Show &amp;Media</source>
        <translation>&amp;Medien anzeigen</translation>
    </message>
    <message>
        <source>Download and show the reported media (it may be abusive)</source>
        <translation>Die gemeldeten Medien herunterladen und anzeigen (sie können verstörend sein)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Delete the report (nothing else changes)</source>
        <translation>Die Meldung löschen (sonst ändert sich nichts)</translation>
    </message>
    <message>
        <source>Redact &amp;Event</source>
        <translation>&amp;Ereignis schwärzen</translation>
    </message>
    <message>
        <source>&amp;Quarantine Media</source>
        <translation>Medien unter &amp;Quarantäne</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Absender</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Shadow-ban…</source>
        <translation>Shadow-Ban…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>R&amp;aum</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blockieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Redact &amp;All of User…</source>
        <translation>&amp;Alles des Benutzers schwärzen…</translation>
    </message>
    <message>
        <source>No reports</source>
        <translation>Keine Meldungen</translation>
    </message>
    <message>
        <source>%1 reported %2: %3</source>
        <translation>%1 meldete %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n neue Meldung</numerusform>
            <numerusform>%n neue Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>New reports</source>
        <translation>Neue Meldungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Meldung konnte nicht gelesen werden: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The conversation around it could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Gespräch um sie herum konnte nicht gelesen werden: %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n joined member(s) · %2</source>
        <translation>
            <numerusform>%1 · %n beigetretenes Mitglied · %2</numerusform>
            <numerusform>%1 · %n beigetretene Mitglieder · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>not in the directory</source>
        <translation>nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>Server-Administrator</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>shadow-banned</source>
        <translation>mit Shadow-Ban</translation>
    </message>
    <message>
        <source>active account</source>
        <translation>aktives Konto</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a report to see the reported event and the conversation around it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Meldung, um das gemeldete Ereignis und das Gespräch darum herum zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Event report %1</source>
        <translation>Ereignismeldung %1</translation>
    </message>
    <message>
        <source>User report %1</source>
        <translation>Benutzermeldung %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Meldender</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>Gemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Reported event&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Gemeldetes Ereignis&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Media (%1, not shown): %2</source>
        <translation>Medien (%1, nicht angezeigt): %2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Conversation&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Gespräch&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Dismiss Report</source>
        <translation>Meldung verwerfen</translation>
    </message>
    <message>
        <source>Delete report %1 by %2? The reported event and the users are not changed.</source>
        <translation>Meldung %1 von %2 löschen? Das gemeldete Ereignis und die Benutzer werden nicht verändert.</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>dismiss failed: %1</source>
        <translation>Verwerfen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Redact Event</source>
        <translation>Ereignis schwärzen</translation>
    </message>
    <message>
        <source>Redact event %1 of %2 in %3 as you? Its content is removed for everyone; this cannot be undone. You need the power to redact in that room.</source>
        <translation>Ereignis %1 von %2 in %3 als Sie schwärzen? Sein Inhalt wird für alle entfernt; dies kann nicht rückgängig gemacht werden. Sie brauchen in diesem Raum die Berechtigung zum Schwärzen.</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Schwärzen</translation>
    </message>
    <message>
        <source>reported: %1</source>
        <translation>gemeldet: %1</translation>
    </message>
    <message>
        <source>event redacted</source>
        <translation>Ereignis geschwärzt</translation>
    </message>
    <message>
        <source>redaction failed: %1</source>
        <translation>Schwärzen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Quarantine Media</source>
        <translation>Medien unter Quarantäne stellen</translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n media file(s) of the reported event? Nobody can download them from this server afterwards.&lt;br&gt;%1</source>
        <translation>
            <numerusform>%n Mediendatei des gemeldeten Ereignisses unter Quarantäne stellen? Danach kann sie niemand mehr von diesem Server herunterladen.&lt;br&gt;%1</numerusform>
            <numerusform>%n Mediendateien des gemeldeten Ereignisses unter Quarantäne stellen? Danach kann sie niemand mehr von diesem Server herunterladen.&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantäne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>media quarantined</source>
        <translation>Medien unter Quarantäne</translation>
    </message>
    <message>
        <source>quarantine failed: %1</source>
        <translation>Quarantäne fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Block Room</source>
        <translation>Raum blockieren</translation>
    </message>
    <message>
        <source>Block %1? Nobody on this server can join it any more.</source>
        <translation>%1 blockieren? Niemand auf diesem Server kann ihm mehr beitreten.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>room blocked</source>
        <translation>Raum blockiert</translation>
    </message>
    <message>
        <source>blocking failed: %1</source>
        <translation>Blockieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>still not blocked</source>
        <translation>weiterhin nicht blockiert</translation>
    </message>
    <message>
        <source>room deleted</source>
        <translation>Raum gelöscht</translation>
    </message>
    <message>
        <source>redact all of %1: %2</source>
        <translation>alles von %1 schwärzen: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the media: %1</source>
        <translation>Die Medien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not an image Steward can show (%1)</source>
        <translation>Kein Bild, das Steward anzeigen kann (%1)</translation>
    </message>
</context>
<context>
    <name>Steward::RoomColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Canonical alias</source>
        <translation>Kanonischer Alias</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Local members</source>
        <translation>Lokale Mitglieder</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Federatable</source>
        <translation>Föderierbar</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Join rules</source>
        <translation>Beitrittsregeln</translation>
    </message>
    <message>
        <source>State events</source>
        <translation>Zustandsereignisse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>This room has no name</source>
        <translation>Dieser Raum hat keinen Namen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeleteDialog</name>
    <message>
        <source>Delete Room — %1</source>
        <translation>Raum löschen — %1</translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; (%2) removes every local user from it. Choose what else happens, read the summary, then type the room&apos;s name or ID to confirm.</source>
        <translation>Das Löschen von &lt;b&gt;%1&lt;/b&gt; (%2) entfernt alle lokalen Benutzer daraus. Wählen Sie, was sonst noch geschieht, lesen Sie die Zusammenfassung und geben Sie dann zur Bestätigung den Namen oder die ID des Raums ein.</translation>
    </message>
    <message>
        <source>an unnamed room</source>
        <translation>ein unbenannter Raum</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Block the room so nobody can join it again</source>
        <translation>Den Raum &amp;blockieren, damit niemand mehr beitreten kann</translation>
    </message>
    <message>
        <source>Block the room</source>
        <translation>Den Raum blockieren</translation>
    </message>
    <message>
        <source>&amp;Purge the room&apos;s history from the database</source>
        <translation>Den &amp;Verlauf des Raums aus der Datenbank bereinigen</translation>
    </message>
    <message>
        <source>Purge history</source>
        <translation>Verlauf bereinigen</translation>
    </message>
    <message>
        <source>&amp;Force the purge even if some users cannot be removed</source>
        <translation>Bereinigung &amp;erzwingen, auch wenn einige Benutzer nicht entfernt werden können</translation>
    </message>
    <message>
        <source>Force purge</source>
        <translation>Bereinigung erzwingen</translation>
    </message>
    <message>
        <source>New room creator</source>
        <translation>Ersteller des neuen Raums</translation>
    </message>
    <message>
        <source>a local user such as @moderator:your.server (empty: no new room)</source>
        <translation>ein lokaler Benutzer wie @moderator:your.server (leer: kein neuer Raum)</translation>
    </message>
    <message>
        <source>New room name</source>
        <translation>Name des neuen Raums</translation>
    </message>
    <message>
        <source>Content Violation Notification</source>
        <translation>Hinweis auf Inhaltsverstoß</translation>
    </message>
    <message>
        <source>Message to removed users</source>
        <translation>Nachricht an entfernte Benutzer</translation>
    </message>
    <message>
        <source>the server&apos;s default message</source>
        <translation>die Standardnachricht des Servers</translation>
    </message>
    <message>
        <source>Move users to a new room created by:</source>
        <translation>Benutzer in einen neuen Raum verschieben, erstellt von:</translation>
    </message>
    <message>
        <source>New room name:</source>
        <translation>Name des neuen Raums:</translation>
    </message>
    <message>
        <source>Message to removed users:</source>
        <translation>Nachricht an entfernte Benutzer:</translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translation>Was geschehen wird:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen oder die ID des Raums ein:</translation>
    </message>
    <message>
        <source>Room name or ID to confirm</source>
        <translation>Raumname oder -ID zur Bestätigung</translation>
    </message>
    <message>
        <source>Deletion state</source>
        <translation>Status der Löschung</translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation>Fortschritt der Löschung</translation>
    </message>
    <message>
        <source>Deletion outcome</source>
        <translation>Ergebnis der Löschung</translation>
    </message>
    <message>
        <source>&amp;Delete Room</source>
        <translation>Raum &amp;löschen</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Raum löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID above to enable</source>
        <translation>Geben Sie oben den Namen oder die ID des Raums ein, um dies zu aktivieren</translation>
    </message>
    <message>
        <source>Checking whether the server is already deleting this room…</source>
        <translation>Es wird geprüft, ob der Server diesen Raum bereits löscht…</translation>
    </message>
    <message>
        <source>Confirmed. Deleting cannot be undone.</source>
        <translation>Bestätigt. Das Löschen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Close (deletion continues)</source>
        <translation>Schließen (Löschung läuft weiter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop deleting</source>
        <translation>Löschen stoppen</translation>
    </message>
    <message>
        <source>Stop asked, but the server already has this deletion: it cannot be taken back. Steward follows it to the end and reports what happened.</source>
        <translation>Stopp angefordert, aber der Server hat diese Löschung bereits: Sie kann nicht zurückgenommen werden. Steward verfolgt sie bis zum Ende und meldet, was geschehen ist.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeletion</name>
    <message>
        <source>Every local user is removed from %1 and the room leaves the public room directory.</source>
        <translation>Alle lokalen Benutzer werden aus %1 entfernt und der Raum wird aus dem öffentlichen Raumverzeichnis genommen.</translation>
    </message>
    <message>
        <source>Content Violation Notification</source>
        <translation>Hinweis auf Inhaltsverstoß</translation>
    </message>
    <message>
        <source>Sharing illegal content on this server is not permitted and rooms in violation will be blocked.</source>
        <translation>Das Teilen illegaler Inhalte auf diesem Server ist nicht gestattet, und Räume, die dagegen verstoßen, werden blockiert.</translation>
    </message>
    <message>
        <source>%1 creates a new room &quot;%2&quot;; the removed users are moved there and the room&apos;s local aliases point to it.</source>
        <translation>%1 erstellt einen neuen Raum „%2“; die entfernten Benutzer werden dorthin verschoben und die lokalen Aliase des Raums verweisen darauf.</translation>
    </message>
    <message>
        <source>They see this message in the new room: &quot;%1&quot;</source>
        <translation>Sie sehen diese Nachricht im neuen Raum: „%1“</translation>
    </message>
    <message>
        <source>No new room is created: removed users are not told why, and the room&apos;s local aliases are deleted.</source>
        <translation>Es wird kein neuer Raum erstellt: Entfernte Benutzer erfahren nicht, warum, und die lokalen Aliase des Raums werden gelöscht.</translation>
    </message>
    <message>
        <source>The message and the new room name are ignored without a user to create the new room.</source>
        <translation>Ohne einen Benutzer, der den neuen Raum erstellt, werden die Nachricht und der neue Raumname ignoriert.</translation>
    </message>
    <message>
        <source>The room is blocked: nobody on this server can join it again.</source>
        <translation>Der Raum wird blockiert: Niemand auf diesem Server kann ihm erneut beitreten.</translation>
    </message>
    <message>
        <source>The room is not blocked: users of this server could join it again through other servers.</source>
        <translation>Der Raum wird nicht blockiert: Benutzer dieses Servers könnten ihm über andere Server erneut beitreten.</translation>
    </message>
    <message>
        <source>The room&apos;s history is purged from this server&apos;s database. This cannot be undone.</source>
        <translation>Der Verlauf des Raums wird aus der Datenbank dieses Servers bereinigt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The purge goes ahead even if some local users could not be removed.</source>
        <translation>Die Bereinigung wird durchgeführt, auch wenn einige lokale Benutzer nicht entfernt werden konnten.</translation>
    </message>
    <message>
        <source>The history stays in the database (no purge); the room can still be inspected by admins.</source>
        <translation>Der Verlauf bleibt in der Datenbank (keine Bereinigung); Administratoren können den Raum weiterhin einsehen.</translation>
    </message>
    <message>
        <source>&quot;Force purge&quot; has no effect without purging.</source>
        <translation>„Bereinigung erzwingen“ hat ohne Bereinigung keine Wirkung.</translation>
    </message>
    <message>
        <source>The deletion cannot start now (check the room first).</source>
        <translation>Die Löschung kann jetzt nicht beginnen (prüfen Sie zuerst den Raum).</translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID to confirm the deletion.</source>
        <translation>Geben Sie den Namen oder die ID des Raums ein, um die Löschung zu bestätigen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Checking whether the server is already deleting this room…</source>
        <translation>Es wird geprüft, ob der Server diesen Raum bereits löscht…</translation>
    </message>
    <message>
        <source>The room is not being deleted.</source>
        <translation>Der Raum wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>Asking the server to delete the room…</source>
        <translation>Der Server wird gebeten, den Raum zu löschen…</translation>
    </message>
    <message>
        <source>The server is already deleting this room (task %1, %2).</source>
        <translation>Der Server löscht diesen Raum bereits (Aufgabe %1, %2).</translation>
    </message>
    <message>
        <source>The server is deleting the room (task %1, %2).</source>
        <translation>Der Server löscht den Raum (Aufgabe %1, %2).</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Users removed so far: %1</source>
        <translation>Bisher entfernte Benutzer: %1</translation>
    </message>
    <message>
        <source>The room was deleted.</source>
        <translation>Der Raum wurde gelöscht.</translation>
    </message>
    <message>
        <source>The server reports that the deletion failed: %1</source>
        <translation>Der Server meldet, dass die Löschung fehlgeschlagen ist: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Users removed: %1</source>
        <translation>Entfernte Benutzer: %1</translation>
    </message>
    <message>
        <source>Users that could not be removed: %1</source>
        <translation>Benutzer, die nicht entfernt werden konnten: %1</translation>
    </message>
    <message>
        <source>Local aliases: %1</source>
        <translation>Lokale Aliase: %1</translation>
    </message>
    <message>
        <source>No new room was created.</source>
        <translation>Es wurde kein neuer Raum erstellt.</translation>
    </message>
    <message>
        <source>New room for the removed users: %1</source>
        <translation>Neuer Raum für die entfernten Benutzer: %1</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>This room cannot be deleted: %1</source>
        <translation>Dieser Raum kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Stopped before the request was sent: nothing was deleted.</source>
        <translation>Gestoppt, bevor die Anfrage gesendet wurde: Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeletionRun</name>
    <message>
        <source>&quot;%1&quot; is not a user ID: the new room&apos;s creator must look like @name:server and be a user of this server.</source>
        <translation>„%1“ ist keine Benutzer-ID: Der Ersteller des neuen Raums muss wie @name:server aussehen und ein Benutzer dieses Servers sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a room ID (room IDs start with &quot;!&quot;).</source>
        <translation>„%1“ ist keine Raum-ID (Raum-IDs beginnen mit „!“).</translation>
    </message>
    <message>
        <source>Listed more than once: deleted once.</source>
        <translation>Mehrfach aufgeführt: einmal gelöscht.</translation>
    </message>
    <message>
        <source>Checking the rooms</source>
        <translation>Räume werden geprüft</translation>
    </message>
    <message>
        <source>The check was cancelled before this room was read.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor dieser Raum gelesen wurde.</translation>
    </message>
    <message>
        <source>Could not read the room&apos;s deletion state: %1</source>
        <translation>Der Löschstatus des Raums konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server is already deleting this room (task %1): that deletion is followed, no second one is started.</source>
        <translation>Der Server löscht diesen Raum bereits (Aufgabe %1): Diese Löschung wird verfolgt, eine zweite wird nicht gestartet.</translation>
    </message>
    <message>
        <source>No such room on this server.</source>
        <translation>Kein solcher Raum auf diesem Server.</translation>
    </message>
    <message>
        <source>Already deleted (task %1).</source>
        <translation>Bereits gelöscht (Aufgabe %1).</translation>
    </message>
    <message>
        <source>Could not read the room: %1</source>
        <translation>Der Raum konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a deletion is already running</source>
        <translation>eine Löschung läuft bereits</translation>
    </message>
    <message>
        <source>The rooms have not been checked yet (or a deletion is already running).</source>
        <translation>Die Räume wurden noch nicht geprüft (oder eine Löschung läuft bereits).</translation>
    </message>
    <message>
        <source>Cannot keep a journal: %1</source>
        <translation>Es kann kein Journal geführt werden: %1</translation>
    </message>
    <message>
        <source>Deleting rooms</source>
        <translation>Räume werden gelöscht</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent: not deleted.</source>
        <translation>Abgebrochen, bevor die Anfrage gesendet wurde: nicht gelöscht.</translation>
    </message>
    <message>
        <source>The server refused to delete the room: %1</source>
        <translation>Der Server lehnte das Löschen des Raums ab: %1</translation>
    </message>
    <message>
        <source>The server has the deletion (task %1) but reading its state failed: %2. It may still be running: look at the room again.</source>
        <translation>Der Server hat die Löschung (Aufgabe %1), aber das Lesen ihres Status schlug fehl: %2. Sie läuft möglicherweise noch: Sehen Sie sich den Raum erneut an.</translation>
    </message>
    <message>
        <source>The server reports that the deletion failed: %1</source>
        <translation>Der Server meldet, dass die Löschung fehlgeschlagen ist: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The answer to the deletion was lost (%1) and reading the room&apos;s state failed too (%2): look at the room again before deleting it again.</source>
        <translation>Die Antwort auf die Löschung ging verloren (%1), und auch das Lesen des Raumstatus schlug fehl (%2): Sehen Sie sich den Raum erneut an, bevor Sie ihn noch einmal löschen.</translation>
    </message>
    <message>
        <source>The answer to the deletion was lost (%1); the server has no deletion task for the room and the room is still there: it was not deleted.</source>
        <translation>Die Antwort auf die Löschung ging verloren (%1); der Server hat keine Löschaufgabe für den Raum, und der Raum existiert noch: Er wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The answer to the deletion was lost (%1); the room is gone from the server.</source>
        <translation>Die Antwort auf die Löschung ging verloren (%1); der Raum ist nicht mehr auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted (task %1): %n user(s) removed</source>
        <translation>
            <numerusform>Gelöscht (Aufgabe %1): %n Benutzer entfernt</numerusform>
            <numerusform>Gelöscht (Aufgabe %1): %n Benutzer entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be removed</source>
        <translation>
            <numerusform>, %n konnte nicht entfernt werden</numerusform>
            <numerusform>, %n konnten nicht entfernt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>, moved to %1</source>
        <translation>, verschoben nach %1</translation>
    </message>
    <message>
        <source>Stopped before Steward followed it; the server&apos;s own deletion (task %1) carries on.</source>
        <translation>Gestoppt, bevor Steward sie verfolgt hat; die Löschung auf dem Server selbst (Aufgabe %1) läuft weiter.</translation>
    </message>
    <message>
        <source>Stopped before the request was sent: not deleted.</source>
        <translation>Gestoppt, bevor die Anfrage gesendet wurde: nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDetailsPanel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>Make Room &amp;Admin…</source>
        <translation>Zum Raum-Ad&amp;ministrator machen…</translation>
    </message>
    <message>
        <source>&amp;Join Users to This Room…</source>
        <translation>Benutzer diesem Raum &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete Room…</source>
        <translation>Raum &amp;löschen…</translation>
    </message>
    <message>
        <source>Room fields</source>
        <translation>Raumfelder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Room members</source>
        <translation>Raummitglieder</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>State events</source>
        <translation>Zustandsereignisse</translation>
    </message>
    <message>
        <source>Type / state key</source>
        <translation>Typ / State-Key</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Selected state event as JSON</source>
        <translation>Ausgewähltes Zustandsereignis als JSON</translation>
    </message>
    <message>
        <source>Select a state event to see it in full.</source>
        <translation>Wählen Sie ein Zustandsereignis aus, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message numerus="yes">
        <source>%n joined member(s), %1 on this server</source>
        <translation>
            <numerusform>%n beigetretenes Mitglied, %1 auf diesem Server</numerusform>
            <numerusform>%n beigetretene Mitglieder, %1 auf diesem Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Members could not be loaded: %1</source>
        <translation>Mitglieder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Wählen Sie einen Raum aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Details could not be loaded: %1</source>
        <translation>Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>State events could not be loaded: %1</source>
        <translation>Zustandsereignisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>(unnamed room)</source>
        <translation>(unbenannter Raum)</translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation>Kein Thema.</translation>
    </message>
    <message>
        <source>(empty state key)</source>
        <translation>(leerer State-Key)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Block status: checking…</source>
        <translation>Blockierstatus: wird geprüft…</translation>
    </message>
    <message>
        <source>Block status unknown: %1</source>
        <translation>Blockierstatus unbekannt: %1</translation>
    </message>
    <message>
        <source>Blocked: nobody on this server can join.</source>
        <translation>Blockiert: Niemand auf diesem Server kann beitreten.</translation>
    </message>
    <message>
        <source>Blocked by %1: nobody on this server can join.</source>
        <translation>Blockiert von %1: Niemand auf diesem Server kann beitreten.</translation>
    </message>
    <message>
        <source>Not blocked.</source>
        <translation>Nicht blockiert.</translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation>Blockierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Unblock room</source>
        <translation>Blockierung des Raums aufheben</translation>
    </message>
    <message>
        <source>Block room</source>
        <translation>Raum blockieren</translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation>Wird blockiert…</translation>
    </message>
    <message>
        <source>Unblocking…</source>
        <translation>Blockierung wird aufgehoben…</translation>
    </message>
    <message>
        <source>Room details</source>
        <translation>Raumdetails</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Power level</source>
        <translation>Berechtigungsstufe</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>The rooms and spaces this space contains (double-click one to open it):</source>
        <translation>Die Räume und Spaces, die dieser Space enthält (zum Öffnen doppelklicken):</translation>
    </message>
    <message>
        <source>Rooms in this space</source>
        <translation>Räume in diesem Space</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source> — space</source>
        <translation> — Space</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Space (a group of rooms)</source>
        <translation>Space (eine Gruppe von Räumen)</translation>
    </message>
    <message>
        <source>Main alias</source>
        <translation>Hauptalias</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Members on this server</source>
        <translation>Mitglieder auf diesem Server</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Room version</source>
        <translation>Raumversion</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <source>Users of other servers can take part</source>
        <translation>Benutzer anderer Server können teilnehmen</translation>
    </message>
    <message>
        <source>Only users of this server (not federated)</source>
        <translation>Nur Benutzer dieses Servers (nicht föderiert)</translation>
    </message>
    <message>
        <source>In the public room directory</source>
        <translation>Im öffentlichen Raumverzeichnis</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>Wer beitreten kann</translation>
    </message>
    <message>
        <source>Guest access</source>
        <translation>Gastzugang</translation>
    </message>
    <message>
        <source>Who can read the history</source>
        <translation>Wer den Verlauf lesen kann</translation>
    </message>
    <message>
        <source>Devices of members on this server</source>
        <translation>Geräte der Mitglieder auf diesem Server</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Forgotten by all local members</source>
        <translation>Von allen lokalen Mitgliedern vergessen</translation>
    </message>
    <message>
        <source>Creator (above every power level)</source>
        <translation>Ersteller (über jeder Berechtigungsstufe)</translation>
    </message>
    <message>
        <source>Nobody is in this room.</source>
        <translation>Niemand ist in diesem Raum.</translation>
    </message>
    <message numerus="yes">
        <source>Space: %n room(s)</source>
        <translation>
            <numerusform>Space: %n Raum</numerusform>
            <numerusform>Space: %n Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>This space lists no rooms.</source>
        <translation>Dieser Space führt keine Räume auf.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(not on this server)</source>
        <translation>(nicht auf diesem Server)</translation>
    </message>
    <message>
        <source>%1 (space)</source>
        <translation>%1 (Space)</translation>
    </message>
    <message>
        <source>Block Room</source>
        <translation>Raum blockieren</translation>
    </message>
    <message>
        <source>Unblock Room</source>
        <translation>Blockierung des Raums aufheben</translation>
    </message>
    <message>
        <source>&lt;p&gt;Block &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Nobody on this server can join it any more (members stay) until it is unblocked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; blockieren?&lt;/p&gt;&lt;p&gt;Niemand auf diesem Server kann ihm mehr beitreten (Mitglieder bleiben), bis die Blockierung aufgehoben wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Unblock &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Users of this server can join it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Blockierung von &lt;b&gt;%1&lt;/b&gt; aufheben?&lt;/p&gt;&lt;p&gt;Benutzer dieses Servers können ihm wieder beitreten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Blocking %1 failed: %2</source>
        <translation>Blockieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Unblocking %1 failed: %2</source>
        <translation>Aufheben der Blockierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 ist blockiert.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>Die Blockierung von %1 ist aufgehoben.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Admin (%1)</source>
        <translation>Admin (%1)</translation>
    </message>
    <message>
        <source>Anyone can join</source>
        <translation>Jeder kann beitreten</translation>
    </message>
    <message>
        <source>Anyone, even without joining</source>
        <translation>Jeder, auch ohne Beitritt</translation>
    </message>
    <message>
        <source>Asked to join</source>
        <translation>Beitritt angefragt</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gebannt</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation>Standard (0)</translation>
    </message>
    <message>
        <source>Guests can join</source>
        <translation>Gäste können beitreten</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Invited users only</source>
        <translation>Nur eingeladene Benutzer</translation>
    </message>
    <message>
        <source>Invited users, others can ask to join</source>
        <translation>Eingeladene Benutzer, andere können den Beitritt anfragen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Members of certain rooms or spaces</source>
        <translation>Mitglieder bestimmter Räume oder Spaces</translation>
    </message>
    <message>
        <source>Members of certain rooms or spaces, others can ask to join</source>
        <translation>Mitglieder bestimmter Räume oder Spaces, andere können den Beitritt anfragen</translation>
    </message>
    <message>
        <source>Members, since they joined</source>
        <translation>Mitglieder, ab ihrem Beitritt</translation>
    </message>
    <message>
        <source>Members, since they were invited</source>
        <translation>Mitglieder, ab ihrer Einladung</translation>
    </message>
    <message>
        <source>Members, the whole history</source>
        <translation>Mitglieder, der gesamte Verlauf</translation>
    </message>
    <message>
        <source>Moderator (%1)</source>
        <translation>Moderator (%1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No guests</source>
        <translation>Keine Gäste</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>&amp;Media…</source>
        <translation>&amp;Medien…</translation>
    </message>
    <message>
        <source>The files this room&apos;s messages point to, in the Media view</source>
        <translation>Die Dateien, auf die die Nachrichten dieses Raums verweisen, in der Medienansicht</translation>
    </message>
    <message>
        <source>Purge &amp;History…</source>
        <translation>&amp;Verlauf bereinigen…</translation>
    </message>
    <message>
        <source>The history of %1 was purged.</source>
        <translation>Der Verlauf von %1 wurde bereinigt.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomExport</name>
    <message>
        <source>Exporting rooms</source>
        <translation>Räume werden exportiert</translation>
    </message>
    <message>
        <source>Reading the rooms list failed after %1 rooms: %2</source>
        <translation>Das Lesen der Raumliste schlug nach %1 Räumen fehl: %2</translation>
    </message>
    <message>
        <source>Writing the export failed after %1 rooms: %2</source>
        <translation>Das Schreiben des Exports schlug nach %1 Räumen fehl: %2</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Keine Datei wurde geschrieben.</translation>
    </message>
    <message>
        <source>The output is incomplete.</source>
        <translation>Die Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <source>%1 of %2 rooms</source>
        <translation>%1 von %2 Räumen</translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <translation>%1 Räume</translation>
    </message>
    <message>
        <source>Export cancelled after %1; no file was written.</source>
        <translation>Export nach %1 abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export cancelled after %1; the output is incomplete.</source>
        <translation>Export nach %1 abgebrochen; die Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <source>Export cancelled after %1.</source>
        <translation>Export nach %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Exported %1 rooms.</source>
        <translation>%1 Räume exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 rooms to %2.</source>
        <translation>%1 Räume nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The server now reports %1 rooms for this filter; rooms were created or deleted during the export.</source>
        <translation>Der Server meldet jetzt %1 Räume für diesen Filter; während des Exports wurden Räume erstellt oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomListModel</name>
    <message>
        <source>Loading rooms…</source>
        <translation>Räume werden geladen…</translation>
    </message>
    <message>
        <source>%1 loaded of at most %2 (filters applied to the search results by Steward)</source>
        <translation>%1 von höchstens %2 geladen (Filter von Steward auf die Suchergebnisse angewendet)</translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
</context>
<context>
    <name>Steward::RoomMembersModel</name>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>remote (%1)</source>
        <translation>fremd (%1)</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Steward::RoomsApi</name>
    <message>
        <source>The server can only do this when a local user in the room has enough power to change the power levels (it acts as that user), the chosen user is a local user of this server, and the server still takes part in the room.</source>
        <translation>Der Server kann dies nur, wenn ein lokaler Benutzer im Raum genug Berechtigung hat, die Berechtigungsstufen zu ändern (er handelt als dieser Benutzer), der gewählte Benutzer ein lokaler Benutzer dieses Servers ist und der Server noch am Raum teilnimmt.</translation>
    </message>
    <message>
        <source>No local user in this room may change its power levels.</source>
        <translation>Kein lokaler Benutzer in diesem Raum darf dessen Berechtigungsstufen ändern.</translation>
    </message>
    <message>
        <source>This server no longer takes part in the room (no local members).</source>
        <translation>Dieser Server nimmt nicht mehr am Raum teil (keine lokalen Mitglieder).</translation>
    </message>
    <message>
        <source>Only users of this server can be made room admin.</source>
        <translation>Nur Benutzer dieses Servers können zum Raum-Administrator gemacht werden.</translation>
    </message>
    <message>
        <source>The room or the user does not exist.</source>
        <translation>Der Raum oder der Benutzer existiert nicht.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 rooms on a page of at most %2</source>
        <translation>%1 Räume auf einer Seite mit höchstens %2</translation>
    </message>
</context>
<context>
    <name>Steward::RoomsView</name>
    <message>
        <source>Search rooms</source>
        <translation>Räume durchsuchen</translation>
    </message>
    <message>
        <source>Search by name, alias or exact room ID (Ctrl+F)</source>
        <translation>Nach Name, Alias oder genauer Raum-ID suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Public rooms filter</source>
        <translation>Filter für öffentliche Räume</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>Öffentlich und privat</translation>
    </message>
    <message>
        <source>Public (in the directory) only</source>
        <translation>Nur öffentliche (im Verzeichnis)</translation>
    </message>
    <message>
        <source>Not in the directory only</source>
        <translation>Nur nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>Empty rooms filter</source>
        <translation>Filter für leere Räume</translation>
    </message>
    <message>
        <source>With or without members</source>
        <translation>Mit oder ohne Mitglieder</translation>
    </message>
    <message>
        <source>Empty rooms only</source>
        <translation>Nur leere Räume</translation>
    </message>
    <message>
        <source>Rooms with members only</source>
        <translation>Nur Räume mit Mitgliedern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh rooms</source>
        <translation>Räume aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Join Users to Selected Rooms…</source>
        <translation>Benutzer den ausgewählten Räumen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Join users to the selected rooms</source>
        <translation>Benutzer den ausgewählten Räumen hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry loading rooms</source>
        <translation>Laden der Räume erneut versuchen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>The server cannot sort by &quot;%1&quot;.</source>
        <translation>Der Server kann nicht nach „%1“ sortieren.</translation>
    </message>
    <message numerus="yes">
        <source>Join Users to %n Room(s)…</source>
        <translation>
            <numerusform>Benutzer %n Raum hinzufügen…</numerusform>
            <numerusform>Benutzer %n Räumen hinzufügen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source> — loading more…</source>
        <translation> — weitere werden geladen…</translation>
    </message>
    <message>
        <source>Rooms could not be loaded: %1</source>
        <translation>Räume konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No rooms.</source>
        <translation>Keine Räume.</translation>
    </message>
    <message>
        <source>No room matches &quot;%1&quot;.</source>
        <translation>Kein Raum entspricht „%1“.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export rooms as CSV or JSON</source>
        <translation>Räume als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Export every room matching the search and filters (Ctrl+E)</source>
        <translation>Jeden Raum exportieren, der zur Suche und zu den Filtern passt (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>Room directory actions for the selected rooms</source>
        <translation>Raumverzeichnis-Aktionen für die ausgewählten Räume</translation>
    </message>
    <message>
        <source>Publish the selected rooms in the server&apos;s room directory, or remove them from it</source>
        <translation>Die ausgewählten Räume im Raumverzeichnis des Servers veröffentlichen oder daraus entfernen</translation>
    </message>
    <message>
        <source>&amp;Publish in the Directory</source>
        <translation>Im Verzeichnis &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Remove from the Directory</source>
        <translation>Aus dem Verzeichnis &amp;entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Published %n room(s) in the directory.</source>
        <translation>
            <numerusform>%n Raum im Verzeichnis veröffentlicht.</numerusform>
            <numerusform>%n Räume im Verzeichnis veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n room(s) from the directory.</source>
        <translation>
            <numerusform>%n Raum aus dem Verzeichnis entfernt.</numerusform>
            <numerusform>%n Räume aus dem Verzeichnis entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rooms</source>
        <translation>Räume exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>Steward::SandboxConnection</name>
    <message>
        <source>Cannot read the sandbox file %1: %2. Start the sandbox with scripts/run-sandbox.sh.</source>
        <translation>Die Sandbox-Datei %1 kann nicht gelesen werden: %2. Starten Sie die Sandbox mit scripts/run-sandbox.sh.</translation>
    </message>
    <message>
        <source>The sandbox file %1 has no base_url or admin token.</source>
        <translation>Die Sandbox-Datei %1 enthält keine base_url oder kein Admin-Token.</translation>
    </message>
</context>
<context>
    <name>Steward::ServerApi</name>
    <message>
        <source>this does not look like a Matrix homeserver (no &quot;versions&quot; list)</source>
        <translation>das sieht nicht wie ein Matrix-Homeserver aus (keine &quot;versions&quot;-Liste)</translation>
    </message>
</context>
<context>
    <name>Steward::ServerNoticeApi</name>
    <message>
        <source>This server cannot send server notices: it has no server notices user. Add &quot;server_notices: {system_mxid_localpart: notices}&quot; to homeserver.yaml (optionally system_mxid_display_name and room_name), restart Synapse and try again. Nothing was sent.</source>
        <translation>Dieser Server kann keine Serverhinweise senden: er hat keinen Benutzer für Serverhinweise. Fügen Sie „server_notices: {system_mxid_localpart: notices}“ zur homeserver.yaml hinzu (optional system_mxid_display_name und room_name), starten Sie Synapse neu und versuchen Sie es erneut. Nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>Steward::ServerNoticeRun</name>
    <message>
        <source>not a user ID</source>
        <translation>keine Benutzer-ID</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>anderer Server</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>kein solcher Benutzer</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>support users</source>
        <translation>Support-Benutzer</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>A user of another server (%1): server notices go only to users of %2.</source>
        <translation>Ein Benutzer eines anderen Servers (%1): Serverhinweise gehen nur an Benutzer von %2.</translation>
    </message>
    <message>
        <source>Listed more than once: gets the notice once.</source>
        <translation>Mehrfach aufgeführt: erhält den Hinweis einmal.</translation>
    </message>
    <message>
        <source>Checking that the server can send notices</source>
        <translation>Es wird geprüft, ob der Server Hinweise senden kann</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Benutzer werden gelesen</translation>
    </message>
    <message>
        <source>There is no such user on this server.</source>
        <translation>Auf diesem Server gibt es keinen solchen Benutzer.</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>Der Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <source>A bot (left out unless bots are included).</source>
        <translation>Ein Bot (ausgelassen, sofern Bots nicht einbezogen werden).</translation>
    </message>
    <message>
        <source>A support user (left out unless bots are included).</source>
        <translation>Ein Support-Benutzer (ausgelassen, sofern Bots nicht einbezogen werden).</translation>
    </message>
    <message>
        <source>A guest (left out unless guests are included).</source>
        <translation>Ein Gast (ausgelassen, sofern Gäste nicht einbezogen werden).</translation>
    </message>
    <message>
        <source>the journal %1 names no run ID</source>
        <translation>das Journal %1 nennt keine Lauf-ID</translation>
    </message>
    <message>
        <source>In an earlier run: %1</source>
        <translation>In einem früheren Lauf: %1</translation>
    </message>
    <message>
        <source>Sending the notice</source>
        <translation>Der Hinweis wird gesendet</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Sent; the run stopped before the server answered.</source>
        <translation>Gesendet; der Lauf endete, bevor der Server antwortete.</translation>
    </message>
    <message>
        <source>An earlier run sent it without getting the answer, and reading the user&apos;s rooms failed (%1): check this user.</source>
        <translation>Ein früherer Lauf hat ihn gesendet, ohne die Antwort zu erhalten, und das Lesen der Räume des Benutzers schlug fehl (%1): prüfen Sie diesen Benutzer.</translation>
    </message>
    <message>
        <source>Delivered by an earlier run (found in the user&apos;s notice room).</source>
        <translation>Von einem früheren Lauf zugestellt (im Hinweisraum des Benutzers gefunden).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1) and reading the user&apos;s rooms failed too (%2): resume the run to check and send again.</source>
        <translation>Die Antwort des Servers ging verloren (%1), und auch das Lesen der Räume des Benutzers schlug fehl (%2): setzen Sie den Lauf fort, um zu prüfen und erneut zu senden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); the notice is in the user&apos;s notice room.</source>
        <translation>Die Antwort des Servers ging verloren (%1); der Hinweis ist im Hinweisraum des Benutzers.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); the notice is not in the user&apos;s rooms: not delivered (resume the run to send it again).</source>
        <translation>Die Antwort des Servers ging verloren (%1); der Hinweis ist nicht in den Räumen des Benutzers: nicht zugestellt (setzen Sie den Lauf fort, um ihn erneut zu senden).</translation>
    </message>
    <message>
        <source>Not sent: the server cannot send server notices.</source>
        <translation>Nicht gesendet: der Server kann keine Serverhinweise senden.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent to this user.</source>
        <translation>Abgebrochen: diesem Benutzer wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) get the notice</source>
        <translation>
            <numerusform>%n Benutzer erhält den Hinweis</numerusform>
            <numerusform>%n Benutzer erhalten den Hinweis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n übersprungen</numerusform>
            <numerusform>; %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Server notice: %1.</source>
        <translation>Serverhinweis: %1.</translation>
    </message>
</context>
<context>
    <name>Steward::ServerOverview</name>
    <message>
        <source>Adding up media per user</source>
        <translation>Medien pro Benutzer werden zusammengezählt</translation>
    </message>
    <message>
        <source>Reading federation destinations</source>
        <translation>Föderationsziele werden gelesen</translation>
    </message>
</context>
<context>
    <name>Steward::ServerProbe</name>
    <message>
        <source>%1 is not a server administrator. Steward manages the whole server and needs the access token of a Synapse server admin.</source>
        <translation>%1 ist kein Server-Administrator. Steward verwaltet den gesamten Server und benötigt das Zugriffstoken eines Synapse-Server-Administrators.</translation>
    </message>
</context>
<context>
    <name>Steward::SignIn</name>
    <message>
        <source>Steward on %1</source>
        <translation>Steward auf %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or homeserver URL: enter e.g. example.org or https://matrix.example.org.</source>
        <translation>„%1“ ist weder ein Servername noch eine Homeserver-URL: Geben Sie z. B. example.org oder https://matrix.example.org ein.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 does not answer like a Matrix homeserver (%2). Check the address: enter the server name (example.org) or the homeserver&apos;s base URL.</source>
        <translation>%1 antwortet nicht wie ein Matrix-Homeserver (%2). Prüfen Sie die Adresse: Geben Sie den Servernamen (example.org) oder die Basis-URL des Homeservers ein.</translation>
    </message>
    <message>
        <source>The access token is empty: paste an admin&apos;s access token.</source>
        <translation>Das Zugriffstoken ist leer: Fügen Sie das Zugriffstoken eines Administrators ein.</translation>
    </message>
    <message>
        <source>%1 delegates sign-in to Matrix Authentication Service (MAS). Tokens from a password login there never carry server-admin rights. Ask for an admin-scoped token (OAuth scope urn:synapse:admin:*), e.g. with: mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges, then sign in with that token.</source>
        <translation>%1 überträgt die Anmeldung an den Matrix Authentication Service (MAS). Tokens aus einer Passwortanmeldung dort haben nie Server-Administratorrechte. Fordern Sie ein Token mit Administratorrechten an (OAuth-Scope urn:synapse:admin:*), z. B. mit: mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges, und melden Sie sich dann mit diesem Token an.</translation>
    </message>
    <message>
        <source>Enter both the user name and the password.</source>
        <translation>Geben Sie sowohl den Benutzernamen als auch das Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>The server refused the user name or password (%1). Check both and try again.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt (%1). Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Das Konto wird geprüft…</translation>
    </message>
    <message>
        <source>The server does not know this access token (%1): it may have been revoked or mistyped.</source>
        <translation>Der Server kennt dieses Zugriffstoken nicht (%1): Es wurde möglicherweise widerrufen oder falsch eingegeben.</translation>
    </message>
    <message>
        <source>This server uses Matrix Authentication Service: the token needs the scope urn:synapse:admin:* (mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges).</source>
        <translation>Dieser Server verwendet den Matrix Authentication Service: Das Token benötigt den Scope urn:synapse:admin:* (mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges).</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Steward::SignInError</name>
    <message>
        <source>%1 uses plain http:// to a host that is not this computer: the access token would travel unencrypted. Use https://, or confirm that you accept this for this profile.</source>
        <translation>%1 verwendet einfaches http:// zu einem Host, der nicht dieser Computer ist: Das Zugriffstoken würde unverschlüsselt übertragen. Verwenden Sie https:// oder bestätigen Sie, dass Sie dies für dieses Profil akzeptieren.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. Check the fingerprint with the server&apos;s administrator; if it matches, you may trust exactly this certificate for this profile.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). SHA-256-Fingerabdruck: %3. Prüfen Sie den Fingerabdruck mit dem Administrator des Servers; wenn er übereinstimmt, können Sie genau diesem Zertifikat für dieses Profil vertrauen.</translation>
    </message>
</context>
<context>
    <name>Steward::SignOutReport</name>
    <message>
        <source>No token was stored for profile &quot;%1&quot;, so there was nothing to revoke.</source>
        <translation>Für das Profil „%1“ war kein Token gespeichert, daher gab es nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>The access token of profile &quot;%1&quot; was revoked on the server.</source>
        <translation>Das Zugriffstoken des Profils „%1“ wurde auf dem Server widerrufen.</translation>
    </message>
    <message>
        <source>The access token of profile &quot;%1&quot; could NOT be revoked: %2</source>
        <translation>Das Zugriffstoken des Profils „%1“ konnte NICHT widerrufen werden: %2</translation>
    </message>
    <message>
        <source>The keychain entry was deleted.</source>
        <translation>Der Schlüsselbundeintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>The keychain entry was NOT deleted.</source>
        <translation>Der Schlüsselbundeintrag wurde NICHT gelöscht.</translation>
    </message>
    <message>
        <source>The profile was removed.</source>
        <translation>Das Profil wurde entfernt.</translation>
    </message>
    <message>
        <source>The sign-in of profile &quot;%1&quot; (its access and refresh token) was revoked at the authorization server.</source>
        <translation>Die Anmeldung des Profils „%1“ (sein Zugriffs- und Erneuerungstoken) wurde beim Autorisierungsserver widerrufen.</translation>
    </message>
</context>
<context>
    <name>Steward::TokenEditDialog</name>
    <message>
        <source>Edit Registration Token</source>
        <translation>Registrierungstoken bearbeiten</translation>
    </message>
    <message>
        <source>New Registration Token</source>
        <translation>Neues Registrierungstoken</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>&amp;Generate a random token</source>
        <translation>Ein zufälliges Token &amp;erzeugen</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>A-Z a-z 0-9 . _ ~ - (at most 64)</source>
        <translation>A-Z a-z 0-9 . _ ~ - (höchstens 64)</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Own &amp;text:</source>
        <translation>Eigener &amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Limit the uses to</source>
        <translation>Verwendungen &amp;begrenzen auf</translation>
    </message>
    <message>
        <source>&amp;Expires at</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation>Verwendungen:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The expiry is in the past: choose a later time.</source>
        <translation>Das Ablaufdatum liegt in der Vergangenheit: wählen Sie einen späteren Zeitpunkt.</translation>
    </message>
</context>
<context>
    <name>Steward::TokensView</name>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected token to the clipboard</source>
        <translation>Das ausgewählte Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Registration tokens</source>
        <translation>Registrierungstoken</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Uses allowed</source>
        <translation>Erlaubte Verwendungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Could not read the registration tokens: %1</source>
        <translation>Die Registrierungstoken konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n registration token(s).</source>
        <translation>
            <numerusform>%n Registrierungstoken.</numerusform>
            <numerusform>%n Registrierungstoken.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Created the token %1 (copied to the clipboard).</source>
        <translation>Token %1 erstellt (in die Zwischenablage kopiert).</translation>
    </message>
    <message>
        <source>Changed the token %1.</source>
        <translation>Token %1 geändert.</translation>
    </message>
    <message>
        <source>Delete Registration Tokens</source>
        <translation>Registrierungstoken löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration token(s)? Nobody can register with them afterwards.

%1</source>
        <translation>
            <numerusform>%n Registrierungstoken löschen? Danach kann sich niemand mehr damit registrieren.

%1</numerusform>
            <numerusform>%n Registrierungstoken löschen? Danach kann sich niemand mehr damit registrieren.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s).</source>
        <translation>
            <numerusform>%n Token gelöscht.</numerusform>
            <numerusform>%n Token gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Steward::UserApi</name>
    <message>
        <source>the users list has no &quot;users&quot; array</source>
        <translation>die Benutzerliste hat kein &quot;users&quot;-Array</translation>
    </message>
    <message>
        <source>a user in the list has no &quot;name&quot;</source>
        <translation>ein Benutzer in der Liste hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <source>the users list has no &quot;total&quot;</source>
        <translation>die Benutzerliste hat kein &quot;total&quot;</translation>
    </message>
    <message>
        <source>the users list&apos;s next_token is not a number</source>
        <translation>next_token der Benutzerliste ist keine Zahl</translation>
    </message>
    <message>
        <source>the user has no &quot;name&quot;</source>
        <translation>der Benutzer hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <source>too many users match this user&apos;s name to find their media statistics</source>
        <translation>zu viele Benutzer passen zum Namen dieses Benutzers, um seine Medienstatistik zu finden</translation>
    </message>
</context>
<context>
    <name>Steward::UserDetailsPanel</name>
    <message>
        <source>Display &amp;Name…</source>
        <translation>Anzeige&amp;name…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>Make &amp;Admin</source>
        <translation>Zum &amp;Administrator machen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>S&amp;hadow-Ban</source>
        <translation>S&amp;hadow-Ban</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Display name of %1:</source>
        <translation>Anzeigename von %1:</translation>
    </message>
    <message>
        <source>Changing the display name</source>
        <translation>Anzeigename wird geändert</translation>
    </message>
    <message>
        <source>Display name changed to &quot;%1&quot;.</source>
        <translation>Anzeigename in „%1“ geändert.</translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation>Passwort wird festgelegt</translation>
    </message>
    <message>
        <source>Password set; all devices were logged out.</source>
        <translation>Passwort festgelegt; alle Geräte wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Password set; devices stay logged in.</source>
        <translation>Passwort festgelegt; Geräte bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Granting admin rights</source>
        <translation>Administratorrechte werden erteilt</translation>
    </message>
    <message>
        <source>Revoking admin rights</source>
        <translation>Administratorrechte werden entzogen</translation>
    </message>
    <message>
        <source>%1 is now a server administrator.</source>
        <translation>%1 ist jetzt Server-Administrator.</translation>
    </message>
    <message>
        <source>%1 is no longer a server administrator.</source>
        <translation>%1 ist kein Server-Administrator mehr.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>%1 is locked: they cannot use their account until unlocked.</source>
        <translation>%1 ist gesperrt: Das Konto kann bis zur Entsperrung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 ist entsperrt.</translation>
    </message>
    <message>
        <source>%1 is shadow-banned.</source>
        <translation>%1 hat einen Shadow-Ban.</translation>
    </message>
    <message>
        <source>The shadow-ban of %1 is lifted.</source>
        <translation>Der Shadow-Ban von %1 ist aufgehoben.</translation>
    </message>
    <message>
        <source>Changing the shadow-ban failed: %1</source>
        <translation>Ändern des Shadow-Bans fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Deactivating %1…</source>
        <translation>%1 wird deaktiviert…</translation>
    </message>
    <message>
        <source>%1 is deactivated and erased.</source>
        <translation>%1 ist deaktiviert und gelöscht.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Deactivating %1 failed: %2</source>
        <translation>Deaktivieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reactivating</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Select a user in the list to see everything the server knows about them.</source>
        <translation>Wählen Sie einen Benutzer in der Liste aus, um alles zu sehen, was der Server über ihn weiß.</translation>
    </message>
    <message>
        <source>The account could not be loaded: %1</source>
        <translation>Das Konto konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Revoke &amp;Admin…</source>
        <translation>&amp;Administratorrechte entziehen…</translation>
    </message>
    <message>
        <source>Make &amp;Admin…</source>
        <translation>Zum &amp;Administrator machen…</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Lift S&amp;hadow-Ban…</source>
        <translation>S&amp;hadow-Ban aufheben…</translation>
    </message>
    <message>
        <source>S&amp;hadow-Ban…</source>
        <translation>S&amp;hadow-Ban…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Make Server Administrator</source>
        <translation>Zum Server-Administrator machen</translation>
    </message>
    <message>
        <source>Revoke Server Administrator</source>
        <translation>Server-Administratorrechte entziehen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make &lt;b&gt;%1&lt;/b&gt; a server administrator?&lt;/p&gt;&lt;p&gt;They can then change every user and room of this server, including you, through the admin API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; zum Server-Administrator machen?&lt;/p&gt;&lt;p&gt;Diese Person kann dann über die Admin-API jeden Benutzer und jeden Raum dieses Servers ändern, auch Sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoke the server administrator rights of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;They keep their account but can no longer use the admin API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Server-Administratorrechte von &lt;b&gt;%1&lt;/b&gt; entziehen?&lt;/p&gt;&lt;p&gt;Die Person behält ihr Konto, kann die Admin-API aber nicht mehr verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <source>Revoke Admin</source>
        <translation>Administratorrechte entziehen</translation>
    </message>
    <message>
        <source>Lock User</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Unlock User</source>
        <translation>Benutzer entsperren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lock &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Every request of theirs is refused until the account is unlocked; nothing else about the account changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; sperren?&lt;/p&gt;&lt;p&gt;Jede Anfrage dieses Kontos wird abgelehnt, bis es entsperrt wird; sonst ändert sich nichts am Konto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Unlock &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;They can use their account again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; entsperren?&lt;/p&gt;&lt;p&gt;Das Konto kann wieder verwendet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Shadow-Ban User</source>
        <translation>Shadow-Ban für Benutzer verhängen</translation>
    </message>
    <message>
        <source>Lift Shadow-Ban</source>
        <translation>Shadow-Ban aufheben</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shadow-ban &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Their messages, invites and room creations silently reach nobody; they are not told.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Shadow-Ban für &lt;b&gt;%1&lt;/b&gt; verhängen?&lt;/p&gt;&lt;p&gt;Nachrichten, Einladungen und Raumerstellungen dieser Person erreichen stillschweigend niemanden; sie wird nicht darüber informiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lift the shadow-ban of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;What they send from now on reaches others again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Shadow-Ban von &lt;b&gt;%1&lt;/b&gt; aufheben?&lt;/p&gt;&lt;p&gt;Was diese Person ab jetzt sendet, erreicht andere wieder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shadow-Ban</source>
        <translation>Shadow-Ban verhängen</translation>
    </message>
    <message>
        <source>&amp;Media…</source>
        <translation>&amp;Medien…</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>The files this user uploaded, in the Media view</source>
        <translation>Die Dateien, die dieser Benutzer hochgeladen hat, in der Medienansicht</translation>
    </message>
    <message>
        <source>Reading the account in Matrix Authentication Service…</source>
        <translation>Das Konto wird in Matrix Authentication Service gelesen…</translation>
    </message>
    <message>
        <source>Locked in MAS since %1</source>
        <translation>In MAS gesperrt seit %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>Deactivated in MAS since %1</source>
        <translation>In MAS deaktiviert seit %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Admin (MAS): may request admin rights</source>
        <translation>Administrator (MAS): darf Administratorrechte anfordern</translation>
    </message>
    <message>
        <source>Not an admin in MAS</source>
        <translation>Kein Administrator in MAS</translation>
    </message>
    <message>
        <source>Matrix Authentication Service (MAS) owns this account: %1.</source>
        <translation>Matrix Authentication Service (MAS) verwaltet dieses Konto: %1.</translation>
    </message>
    <message>
        <source>The account could not be read in Matrix Authentication Service: %1</source>
        <translation>Das Konto konnte in Matrix Authentication Service nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Matrix Authentication Service has no such user.</source>
        <translation>Matrix Authentication Service kennt diesen Benutzer nicht.</translation>
    </message>
    <message>
        <source>A user of another server: Matrix Authentication Service manages only this server&apos;s users.</source>
        <translation>Ein Benutzer eines anderen Servers: Matrix Authentication Service verwaltet nur Benutzer dieses Servers.</translation>
    </message>
    <message>
        <source>Revoke MAS &amp;Admin…</source>
        <translation>MAS-&amp;Administratorrechte entziehen…</translation>
    </message>
    <message>
        <source>Make MAS &amp;Admin…</source>
        <translation>Zum MAS-&amp;Administrator machen…</translation>
    </message>
    <message>
        <source>Made in Matrix Authentication Service (MAS), which tells Synapse.</source>
        <translation>In Matrix Authentication Service (MAS) vorgenommen, der Synapse informiert.</translation>
    </message>
    <message>
        <source>Setting the password in Matrix Authentication Service</source>
        <translation>Passwort wird in Matrix Authentication Service festgelegt</translation>
    </message>
    <message>
        <source>Password set in Matrix Authentication Service; signed-in sessions stay signed in.</source>
        <translation>Passwort in Matrix Authentication Service festgelegt; angemeldete Sitzungen bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Make MAS Administrator</source>
        <translation>Zum MAS-Administrator machen</translation>
    </message>
    <message>
        <source>Revoke MAS Administrator</source>
        <translation>MAS-Administratorrechte entziehen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Let &lt;b&gt;%1&lt;/b&gt; request admin rights in Matrix Authentication Service?&lt;/p&gt;&lt;p&gt;When they sign in asking for the admin scopes (urn:synapse:admin:*, urn:mas:admin) they can change every user and room of this server, including you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; erlauben, in Matrix Authentication Service Administratorrechte anzufordern?&lt;/p&gt;&lt;p&gt;Meldet sich diese Person mit den Admin-Scopes (urn:synapse:admin:*, urn:mas:admin) an, kann sie jeden Benutzer und jeden Raum dieses Servers ändern, auch Sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stop &lt;b&gt;%1&lt;/b&gt; from requesting admin rights in Matrix Authentication Service?&lt;/p&gt;&lt;p&gt;MAS checks this when they sign in; sessions they already have are not ended by this change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; nicht mehr erlauben, in Matrix Authentication Service Administratorrechte anzufordern?&lt;/p&gt;&lt;p&gt;MAS prüft dies bei der Anmeldung; bestehende Sitzungen dieser Person werden durch diese Änderung nicht beendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Make MAS Admin</source>
        <translation>Zum MAS-Administrator machen</translation>
    </message>
    <message>
        <source>Revoke MAS Admin</source>
        <translation>MAS-Administratorrechte entziehen</translation>
    </message>
    <message>
        <source>Granting admin rights in MAS</source>
        <translation>Administratorrechte werden in MAS erteilt</translation>
    </message>
    <message>
        <source>Revoking admin rights in MAS</source>
        <translation>Administratorrechte werden in MAS entzogen</translation>
    </message>
    <message>
        <source>%1 may now request admin rights in MAS.</source>
        <translation>%1 darf jetzt in MAS Administratorrechte anfordern.</translation>
    </message>
    <message>
        <source>%1 may no longer request admin rights in MAS.</source>
        <translation>%1 darf in MAS keine Administratorrechte mehr anfordern.</translation>
    </message>
    <message>
        <source>The change is made in Matrix Authentication Service (MAS), which tells Synapse.</source>
        <translation>Die Änderung erfolgt in Matrix Authentication Service (MAS), der Synapse informiert.</translation>
    </message>
    <message>
        <source>Locking in MAS</source>
        <translation>Sperren in MAS</translation>
    </message>
    <message>
        <source>Unlocking in MAS</source>
        <translation>Entsperren in MAS</translation>
    </message>
    <message>
        <source>%1 is locked in Matrix Authentication Service: they cannot use their account until unlocked.</source>
        <translation>%1 ist in Matrix Authentication Service gesperrt: Das Konto kann bis zur Entsperrung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is unlocked in Matrix Authentication Service.</source>
        <translation>%1 ist in Matrix Authentication Service entsperrt.</translation>
    </message>
    <message>
        <source>Deactivating %1 in Matrix Authentication Service</source>
        <translation>%1 wird in Matrix Authentication Service deaktiviert</translation>
    </message>
    <message>
        <source>%1 is deactivated in Matrix Authentication Service, which asks Synapse to deactivate and erase the account.</source>
        <translation>%1 ist in Matrix Authentication Service deaktiviert, der Synapse bittet, das Konto zu deaktivieren und zu löschen.</translation>
    </message>
    <message>
        <source>%1 is deactivated in Matrix Authentication Service, which asks Synapse to deactivate the account.</source>
        <translation>%1 ist in Matrix Authentication Service deaktiviert, der Synapse bittet, das Konto zu deaktivieren.</translation>
    </message>
    <message>
        <source>Reactivate User</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reactivate &lt;b&gt;%1&lt;/b&gt; in Matrix Authentication Service?&lt;/p&gt;&lt;p&gt;MAS reactivates the account in Synapse too. The password in MAS stays as it was: set a new one with Set Password if needed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in Matrix Authentication Service reaktivieren?&lt;/p&gt;&lt;p&gt;MAS reaktiviert das Konto auch in Synapse. Das Passwort in MAS bleibt unverändert: Legen Sie bei Bedarf mit „Passwort festlegen“ ein neues fest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Reactivating in MAS</source>
        <translation>Reaktivieren in MAS</translation>
    </message>
    <message>
        <source>%1 is active again in Matrix Authentication Service.</source>
        <translation>%1 ist in Matrix Authentication Service wieder aktiv.</translation>
    </message>
</context>
<context>
    <name>Steward::UserExport</name>
    <message>
        <source>Reading the users list failed after %1 rows: %2</source>
        <translation>Lesen der Benutzerliste nach %1 Zeilen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Writing the export failed after %1 rows: %2</source>
        <translation>Schreiben des Exports nach %1 Zeilen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source> No file was written.</source>
        <translation> Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; the output is incomplete.</source>
        <translation>Export nach %1 Zeilen abgebrochen; die Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; no file was written.</source>
        <translation>Export nach %1 Zeilen abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exporting users</source>
        <translation>Benutzer werden exportiert</translation>
    </message>
</context>
<context>
    <name>Steward::UserInfoView</name>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Rooms of this user</source>
        <translation>Räume dieses Benutzers</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Double-click a room (or press Enter) to open it in the Rooms view.</source>
        <translation>Doppelklicken Sie auf einen Raum (oder drücken Sie Enter), um ihn in der Ansicht „Räume“ zu öffnen.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Log &amp;Out Device…</source>
        <translation>Gerät &amp;abmelden…</translation>
    </message>
    <message>
        <source>Log out the current device</source>
        <translation>Das aktuelle Gerät abmelden</translation>
    </message>
    <message>
        <source>Log Out &amp;Selected…</source>
        <translation>Aus&amp;gewählte abmelden…</translation>
    </message>
    <message>
        <source>Log out the selected devices</source>
        <translation>Die ausgewählten Geräte abmelden</translation>
    </message>
    <message>
        <source>Log Out A&amp;ll…</source>
        <translation>A&amp;lle abmelden…</translation>
    </message>
    <message>
        <source>Log out every device</source>
        <translation>Alle Geräte abmelden</translation>
    </message>
    <message>
        <source>Sessions by address and client</source>
        <translation>Sitzungen nach Adresse und Client</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Pushers</source>
        <translation>Pusher</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Push key or URL</source>
        <translation>Push-Schlüssel oder URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The rooms could not be loaded: %1</source>
        <translation>Die Räume konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation>Die Geräte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Die Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The pushers could not be loaded: %1</source>
        <translation>Die Pusher konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Appservice</source>
        <translation>Appservice</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendiert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Shadow-banned</source>
        <translation>Shadow-Ban</translation>
    </message>
    <message>
        <source>Deactivated and erased</source>
        <translation>Deaktiviert und gelöscht</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, gesperrt</translation>
    </message>
    <message>
        <source>, suspended</source>
        <translation>, suspendiert</translation>
    </message>
    <message>
        <source>Regular user</source>
        <translation>Normaler Benutzer</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>No files uploaded</source>
        <translation>Keine Dateien hochgeladen</translation>
    </message>
    <message>
        <source>%1, %2 in total</source>
        <translation>%1, insgesamt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Server administrator</source>
        <translation>Server-Administrator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Uploaded media</source>
        <translation>Hochgeladene Medien</translation>
    </message>
    <message>
        <source>Application service</source>
        <translation>Anwendungsdienst</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Email addresses and phone numbers</source>
        <translation>E-Mail-Adressen und Telefonnummern</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source> (confirmed %1)</source>
        <translation> (bestätigt: %1)</translation>
    </message>
    <message>
        <source> (added %1, not confirmed)</source>
        <translation> (hinzugefügt: %1, nicht bestätigt)</translation>
    </message>
    <message>
        <source>Identity provider links (external IDs)</source>
        <translation>Verknüpfungen zu Identitätsanbietern (externe IDs)</translation>
    </message>
    <message>
        <source>(unnamed room)</source>
        <translation>(unbenannter Raum)</translation>
    </message>
    <message>
        <source>%1 (space)</source>
        <translation>%1 (Space)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>(not readable: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gebannt</translation>
    </message>
    <message>
        <source>Asked to join</source>
        <translation>Beitritt angefragt</translation>
    </message>
    <message>
        <source>Not in any room.</source>
        <translation>In keinem Raum.</translation>
    </message>
    <message numerus="yes">
        <source>Member of %n room(s); double-click a room to open it in the Rooms view.</source>
        <translation>
            <numerusform>Mitglied in %n Raum; doppelklicken Sie auf einen Raum, um ihn in der Ansicht „Räume“ zu öffnen.</numerusform>
            <numerusform>Mitglied in %n Räumen; doppelklicken Sie auf einen Raum, um ihn in der Ansicht „Räume“ zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 (this Steward session)</source>
        <translation>%1 (diese Steward-Sitzung)</translation>
    </message>
    <message>
        <source>No devices: the user is not signed in anywhere.</source>
        <translation>Keine Geräte: Der Benutzer ist nirgends angemeldet.</translation>
    </message>
    <message>
        <source>(unknown client)</source>
        <translation>(unbekannter Client)</translation>
    </message>
    <message>
        <source>No recorded sessions.</source>
        <translation>Keine aufgezeichneten Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in all, grouped by IP address and client</source>
        <translation>
            <numerusform>%n Verbindung insgesamt, gruppiert nach IP-Adresse und Client</numerusform>
            <numerusform>%n Verbindungen insgesamt, gruppiert nach IP-Adresse und Client</numerusform>
        </translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>No pushers: nothing notifies this user&apos;s devices.</source>
        <translation>Keine Pusher: Nichts benachrichtigt die Geräte dieses Benutzers.</translation>
    </message>
    <message>
        <source>Steward is signed in with this device: logging it out here would end this session. Sign out from the File menu instead.</source>
        <translation>Steward ist mit diesem Gerät angemeldet: Es hier abzumelden, würde diese Sitzung beenden. Melden Sie sich stattdessen über das Menü „Datei“ ab.</translation>
    </message>
    <message>
        <source>Log out the device &quot;%1&quot; (%2) of %3? Its access is revoked at once; the person has to sign in again on it, and messages they cannot decrypt elsewhere may be lost.</source>
        <translation>Das Gerät „%1“ (%2) von %3 abmelden? Sein Zugriff wird sofort widerrufen; die Person muss sich darauf erneut anmelden, und Nachrichten, die sie anderswo nicht entschlüsseln kann, gehen möglicherweise verloren.</translation>
    </message>
    <message numerus="yes">
        <source>Log out %n selected device(s) of %1? Their access is revoked at once; the person has to sign in again on them.</source>
        <translation>
            <numerusform>%n ausgewähltes Gerät von %1 abmelden? Sein Zugriff wird sofort widerrufen; die Person muss sich darauf erneut anmelden.</numerusform>
            <numerusform>%n ausgewählte Geräte von %1 abmelden? Ihr Zugriff wird sofort widerrufen; die Person muss sich darauf erneut anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out all %n device(s) of %1? They are signed out everywhere at once.</source>
        <translation>
            <numerusform>%n Gerät von %1 abmelden (alle Geräte)? Der Benutzer wird sofort überall abgemeldet.</numerusform>
            <numerusform>Alle %n Geräte von %1 abmelden? Der Benutzer wird sofort überall abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device Steward is signed in with (%1) stays signed in.</source>
        <translation>Das Gerät, mit dem Steward angemeldet ist (%1), bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Nothing to log out: only Steward&apos;s own session was selected.</source>
        <translation>Nichts abzumelden: Nur die eigene Sitzung von Steward war ausgewählt.</translation>
    </message>
    <message>
        <source>Log Out Devices</source>
        <translation>Geräte abmelden</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Logging out %n device(s)…</source>
        <translation>
            <numerusform>%n Gerät wird abgemeldet…</numerusform>
            <numerusform>%n Geräte werden abgemeldet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) logged out.</source>
        <translation>
            <numerusform>%n Gerät abgemeldet.</numerusform>
            <numerusform>%n Geräte abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logging out failed: %1</source>
        <translation>Abmelden fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Steward::UserListModel</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Shadow-banned</source>
        <translation>Shadow-Ban</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source> (loading failed)</source>
        <translation> (Laden fehlgeschlagen)</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (wird geladen…)</translation>
    </message>
    <message>
        <source> (users were added or removed meanwhile; the list was adjusted, refresh to see all changes)</source>
        <translation> (inzwischen wurden Benutzer hinzugefügt oder entfernt; die Liste wurde angepasst, aktualisieren Sie, um alle Änderungen zu sehen)</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Steward::UserPager</name>
    <message>
        <source>the server&apos;s pages keep changing: %1 pages in a row brought no new user; stopped</source>
        <translation>die Seiten des Servers ändern sich ständig: %1 Seiten hintereinander brachten keinen neuen Benutzer; angehalten</translation>
    </message>
    <message>
        <source>the server&apos;s paging is broken: the next token %1 does not move past %2; stopped</source>
        <translation>die Seitenaufteilung des Servers ist fehlerhaft: das Next-Token %1 kommt nicht über %2 hinaus; angehalten</translation>
    </message>
    <message>
        <source>the server did not sort the users by user ID as asked (%1 came after %2); stopped</source>
        <translation>der Server hat die Benutzer nicht wie verlangt nach Benutzer-ID sortiert (%1 kam nach %2); angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server sent more than the %1 users asked for in one page; stopped</source>
        <translation>der Server hat mehr als die %1 angeforderten Benutzer in einer Seite geschickt; gestoppt</translation>
    </message>
    <message>
        <source>the list changed; looking earlier</source>
        <translation>die Liste hat sich geändert; es wird weiter vorne gesucht</translation>
    </message>
</context>
<context>
    <name>Steward::UserRedaction</name>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Reading the user&apos;s rooms</source>
        <translation>Räume des Benutzers werden gelesen</translation>
    </message>
    <message>
        <source>never joined (membership: %1): no events of the user there</source>
        <translation>nie beigetreten (Mitgliedschaft: %1): dort keine Ereignisse des Benutzers</translation>
    </message>
    <message>
        <source>Redacting the user&apos;s events</source>
        <translation>Ereignisse des Benutzers werden geschwärzt</translation>
    </message>
    <message>
        <source>cancelled before it was started</source>
        <translation>abgebrochen, bevor es begonnen wurde</translation>
    </message>
    <message>
        <source>the answer was lost (%1) and the server&apos;s tasks could not be read: %2</source>
        <translation>die Antwort ging verloren (%1), und die Aufgaben des Servers konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the request did not reach the server (%1): no task was started</source>
        <translation>die Anfrage hat den Server nicht erreicht (%1): keine Aufgabe wurde gestartet</translation>
    </message>
    <message>
        <source>the server started task %1, but its status could not be read: %2</source>
        <translation>der Server hat die Aufgabe %1 gestartet, aber ihr Status konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be redacted: %1</source>
        <translation>
            <numerusform>%n Ereignis konnte nicht geschwärzt werden: %1</numerusform>
            <numerusform>%n Ereignisse konnten nicht geschwärzt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s redaction task completed without failures</source>
        <translation>die Schwärzungsaufgabe des Servers wurde ohne Fehler abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Steward::UserSafety</name>
    <message>
        <source>%1 is the last active server administrator: without them nobody could administer the server.</source>
        <translation>%1 ist der letzte aktive Server-Administrator: Ohne ihn könnte niemand den Server verwalten.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: Steward does not shadow-ban it.</source>
        <translation>Dies ist das Konto, mit dem Sie angemeldet sind: Steward verhängt darüber keinen Shadow-Ban.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: deactivating it would lock you out for good.</source>
        <translation>Dies ist das Konto, mit dem Sie angemeldet sind: Es zu deaktivieren, würde Sie endgültig aussperren.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: locking it would lock you out of the server.</source>
        <translation>Dies ist das Konto, mit dem Sie angemeldet sind: Es zu sperren, würde Sie vom Server aussperren.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: logging out all of its devices would end this session.</source>
        <translation>Dies ist das Konto, mit dem Sie angemeldet sind: Alle seine Geräte abzumelden, würde diese Sitzung beenden.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: without admin rights you could no longer use Steward. Ask another administrator to do it.</source>
        <translation>Dies ist das Konto, mit dem Sie angemeldet sind: Ohne Administratorrechte könnten Sie Steward nicht mehr verwenden. Bitten Sie einen anderen Administrator darum.</translation>
    </message>
</context>
<context>
    <name>Steward::UsersView</name>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search user name or display name (Ctrl+F)</source>
        <translation>Nach Benutzername oder Anzeigename suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Create User…</source>
        <translation>Benutzer an&amp;legen…</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>&amp;Join Selected Users to Rooms…</source>
        <translation>Ausgewählte Benutzer Räumen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Join selected users to rooms</source>
        <translation>Ausgewählte Benutzer Räumen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <source>Export every user matching the search and filters (Ctrl+E)</source>
        <translation>Alle Benutzer exportieren, die zu Suche und Filtern passen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Include &amp;deactivated</source>
        <translation>&amp;Deaktivierte einschließen</translation>
    </message>
    <message>
        <source>Include &amp;guests</source>
        <translation>&amp;Gäste einschließen</translation>
    </message>
    <message>
        <source>Include loc&amp;ked</source>
        <translation>Gespe&amp;rrte einschließen</translation>
    </message>
    <message>
        <source>&amp;Admins only</source>
        <translation>Nur &amp;Administratoren</translation>
    </message>
    <message>
        <source>Hide &amp;bots</source>
        <translation>&amp;Bots ausblenden</translation>
    </message>
    <message>
        <source>Hide &amp;support users</source>
        <translation>&amp;Support-Benutzer ausblenden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Retry loading users</source>
        <translation>Laden der Benutzer erneut versuchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Loading more users failed: %1</source>
        <translation>Laden weiterer Benutzer fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading users failed: %1</source>
        <translation>Laden der Benutzer fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation>Keine Benutzer entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer entspricht „%1“.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Creating %1 failed: %2</source>
        <translation>Anlegen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 of %2 users…</source>
        <translation>%1 von %2 Benutzern exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 users to %2.</source>
        <translation>%1 Benutzer nach %2 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Selected Users</source>
        <translation>A&amp;usgewählte Benutzer</translation>
    </message>
    <message>
        <source>Actions on the selected users</source>
        <translation>Aktionen für die ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>Lock, unlock, shadow-ban, log out or deactivate every selected user</source>
        <translation>Alle ausgewählten Benutzer sperren, entsperren, mit Shadow-Ban belegen, abmelden oder deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Shadow-Ban…</source>
        <translation>S&amp;hadow-Ban…</translation>
    </message>
    <message>
        <source>Lift Shadow-&amp;Ban…</source>
        <translation>Shadow-Ban au&amp;fheben…</translation>
    </message>
    <message>
        <source>Log &amp;Out All Devices…</source>
        <translation>Alle Geräte &amp;abmelden…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Deactivate and &amp;Erase…</source>
        <translation>Deaktivieren und &amp;löschen…</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed. Choose another user name.</source>
        <translation>%1 existiert bereits; es wurde nichts geändert. Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>Could not check whether %1 exists: %2</source>
        <translation>Es konnte nicht geprüft werden, ob %1 existiert: %2</translation>
    </message>
    <message>
        <source>Not available: this server delegates sign-in to Matrix Authentication Service (MAS).</source>
        <translation>Nicht verfügbar: dieser Server überlässt die Anmeldung dem Matrix Authentication Service (MAS).</translation>
    </message>
    <message>
        <source>MAS has no guest accounts; Synapse refuses the guests filter.</source>
        <translation>MAS kennt keine Gastkonten; Synapse lehnt den Gäste-Filter ab.</translation>
    </message>
    <message>
        <source>Create the user in MAS (mas-cli manage register-user).</source>
        <translation>Legen Sie den Benutzer in MAS an (mas-cli manage register-user).</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Made in Matrix Authentication Service (MAS), which tells Synapse.</source>
        <translation>In Matrix Authentication Service (MAS) vorgenommen, der Synapse informiert.</translation>
    </message>
    <message>
        <source>Checking whether this server delegates sign-in to Matrix Authentication Service…</source>
        <translation>Es wird geprüft, ob dieser Server die Anmeldung dem Matrix Authentication Service überlässt…</translation>
    </message>
    <message>
        <source>Could not ask whether this server delegates sign-in to Matrix Authentication Service: %1 Refresh to try again.</source>
        <translation>Es konnte nicht geprüft werden, ob dieser Server die Anmeldung dem Matrix Authentication Service überlässt: %1 Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer Matrix Synapse homeservers.</source>
        <translation>Matrix-Synapse-Homeserver verwalten.</translation>
    </message>
    <message>
        <source>Connect to the local sandbox homeserver described by FILE.</source>
        <translation>Mit dem in FILE beschriebenen lokalen Sandbox-Homeserver verbinden.</translation>
    </message>
    <message>
        <source>Connect to this homeserver without signing in.</source>
        <translation>Ohne Anmeldung mit diesem Homeserver verbinden.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Trigger the action ACTION once connected.</source>
        <translation>Die Aktion ACTION nach dem Verbinden auslösen.</translation>
    </message>
    <message>
        <source>Open VIEW (users, rooms, reports).</source>
        <translation>Ansicht VIEW öffnen (users, rooms, reports).</translation>
    </message>
</context>
<context>
    <name>steward-cli</name>
    <message>
        <source>Steward: administer a Matrix Synapse homeserver.</source>
        <translation>Steward: einen Matrix-Synapse-Homeserver verwalten.</translation>
    </message>
    <message>
        <source>Homeserver base URL or server name.</source>
        <translation>Basis-URL des Homeservers oder Servername.</translation>
    </message>
    <message>
        <source>Saved server profile (default: the last used one).</source>
        <translation>Gespeichertes Serverprofil (Standard: das zuletzt verwendete).</translation>
    </message>
    <message>
        <source>Print debug output of the steward.* logging categories on stderr (never tokens).</source>
        <translation>Debug-Ausgabe der Logging-Kategorien steward.* auf stderr ausgeben (nie Tokens).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Base URL, server version, signed-in user, admin yes/no</source>
        <translation>Basis-URL, Serverversion, angemeldeter Benutzer, Admin ja/nein</translation>
    </message>
    <message>
        <source>Give up on a request when the server has not answered for SECONDS (default 60). Requests that are safe to repeat are retried a few times first.</source>
        <translation>Eine Anfrage aufgeben, wenn der Server SECONDS lang nicht geantwortet hat (Standard 60). Anfragen, die gefahrlos wiederholt werden können, werden zuvor einige Male wiederholt.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 86400, e.g. --timeout 30 (not &quot;%1&quot;)</source>
        <translation>--timeout benötigt eine Anzahl Sekunden zwischen 0 und 86400, z. B. --timeout 30 (nicht „%1“)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Sign-in:        unknown (%1)</source>
        <translation>Anmeldung:      unbekannt (%1)</translation>
    </message>
    <message>
        <source>Sign-in:        by Synapse itself</source>
        <translation>Anmeldung:      durch Synapse selbst</translation>
    </message>
    <message>
        <source>Sign-in:        delegated to Matrix Authentication Service (%1)</source>
        <translation>Anmeldung:      an Matrix Authentication Service übertragen (%1)</translation>
    </message>
</context>
</TS>
