<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>À &amp;propos de Steward</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Re&amp;connect Now</source>
        <translation>&amp;Reconnecter maintenant</translation>
    </message>
    <message>
        <source>Reconnect to the server now</source>
        <translation>Se reconnecter au serveur maintenant</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
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
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Double-click a profile to connect. Tokens are kept in the system keychain.</source>
        <translation>Double-cliquez sur un profil pour vous connecter. Les jetons sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Connect to the selected profile</source>
        <translation>Se connecter au profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign out of the selected profile</source>
        <translation>Se déconnecter du profil sélectionné</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Revoke the access token on the server and delete it from the keychain; keep the profile.</source>
        <translation>Révoquer le jeton d&apos;accès sur le serveur et le supprimer du trousseau ; conserver le profil.</translation>
    </message>
    <message>
        <source>Forget the selected profile</source>
        <translation>Oublier le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Sign out and remove the profile.</source>
        <translation>Se déconnecter et supprimer le profil.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. work</source>
        <translation>p. ex. travail</translation>
    </message>
    <message>
        <source>&amp;Homeserver:</source>
        <translation>Serveur d&apos;&amp;accueil :</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>example.org or https://matrix.example.org</source>
        <translation>example.org ou https://matrix.example.org</translation>
    </message>
    <message>
        <source>Check the homeserver</source>
        <translation>Vérifier le serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>Sign in with user name and password</source>
        <translation>Se connecter avec un nom d&apos;utilisateur et un mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Sign in with an access token</source>
        <translation>Se connecter avec un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access &amp;token (SSO, MAS)</source>
        <translation>&amp;Jeton d&apos;accès (SSO, MAS)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>admin or @admin:example.org</source>
        <translation>admin ou @admin:example.org</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>J&amp;eton d&apos;accès :</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>paste an admin&apos;s access token</source>
        <translation>collez le jeton d&apos;accès d&apos;un administrateur</translation>
    </message>
    <message>
        <source>Allow unencrypted http for this profile</source>
        <translation>Autoriser http non chiffré pour ce profil</translation>
    </message>
    <message>
        <source>Allow unencrypted http:// for this profile (the token travels in clear text)</source>
        <translation>Autoriser http:// non chiffré pour ce profil (le jeton circule en clair)</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this profile</source>
        <translation>Faire confiance exactement à ce certificat pour ce profil</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Conserver le jeton pour cette session uniquement</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Conserver pour cette &amp;session uniquement</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se connec&amp;ter</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Try the system keychain again</source>
        <translation>Réessayer le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>QHeaderView</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Steward::ApiError</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez qu&apos;il fonctionne et qu&apos;il est joignable, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your connection.</source>
        <translation>Impossible de joindre le serveur : %1. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (%1). Empreinte SHA-256 : %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The server sent an answer Steward does not understand: %1</source>
        <translation>Le serveur a envoyé une réponse que Steward ne comprend pas : %1</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1). Steward does not send your token elsewhere: use the final address as the homeserver URL.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse (%1). Steward n&apos;envoie pas votre jeton ailleurs : utilisez l&apos;adresse finale comme URL du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>The access token is no longer valid: sign in again.</source>
        <translation>Le jeton d&apos;accès n&apos;est plus valide : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This account is not a server administrator; Steward needs a server admin&apos;s token.</source>
        <translation>Ce compte n&apos;est pas administrateur du serveur ; Steward a besoin du jeton d&apos;un administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server does not offer this endpoint: a reverse proxy may hide /_synapse/admin, or the server delegates authentication to Matrix Authentication Service.</source>
        <translation>Le serveur ne propose pas ce point d&apos;accès : un proxy inverse masque peut-être /_synapse/admin, ou le serveur délègue l&apos;authentification à Matrix Authentication Service.</translation>
    </message>
    <message>
        <source>The server is rate limiting requests; try again later.</source>
        <translation>Le serveur limite le débit des requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request: %1 (%2, HTTP %3)</source>
        <translation>Le serveur a refusé la requête : %1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ &quot;%1&quot; est manquant</translation>
    </message>
    <message>
        <source>the server accepted the connection but did not set up TLS; this port may serve plain HTTP (try http:// or the TLS port)</source>
        <translation>le serveur a accepté la connexion mais n&apos;a pas établi TLS ; ce port sert peut-être du HTTP simple (essayez http:// ou le port TLS)</translation>
    </message>
    <message>
        <source>Outcome unknown: the request was sent, but its answer was lost (%1). The server may have carried it out; check before trying again.</source>
        <translation>Résultat inconnu : la requête a été envoyée, mais sa réponse a été perdue (%1). Le serveur l&apos;a peut-être exécutée ; vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1. Check that the server and any proxy in between are running, then try again.</source>
        <translation>La connexion au serveur a échoué : %1. Vérifiez que le serveur et tout proxy intermédiaire fonctionnent, puis réessayez.</translation>
    </message>
    <message>
        <source>TLS with the server failed: %1</source>
        <translation>Échec de TLS avec le serveur : %1</translation>
    </message>
</context>
<context>
    <name>Steward::ApiService</name>
    <message>
        <source>The access token contains a character that is not printable ASCII (a line break, space or non-ASCII letter): copy the token again, without anything around it.</source>
        <translation>Le jeton d&apos;accès contient un caractère qui n&apos;est pas de l&apos;ASCII imprimable (un saut de ligne, une espace ou une lettre non ASCII) : copiez de nouveau le jeton, sans rien autour.</translation>
    </message>
    <message>
        <source>The server gave no new access token.</source>
        <translation>Le serveur n&apos;a pas fourni de nouveau jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>Steward::AuthApi</name>
    <message>
        <source>/.well-known/matrix/client names &quot;%1&quot;, which is not a homeserver URL</source>
        <translation>/.well-known/matrix/client indique &quot;%1&quot;, qui n&apos;est pas une URL de serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>the login answer has no access_token or user_id</source>
        <translation>la réponse de connexion ne contient ni access_token ni user_id</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoin</name>
    <message>
        <source>to join</source>
        <translation>à ajouter</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>déjà membre</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>non tenté</translation>
    </message>
    <message>
        <source>the room is not public (join rule &quot;%1&quot;) and %2 is not in it, so the server cannot invite; make %2 a room admin first</source>
        <translation>le salon n&apos;est pas public (règle d&apos;accès &quot;%1&quot;) et %2 n&apos;en est pas membre, le serveur ne peut donc pas inviter ; faites d&apos;abord de %2 un administrateur du salon</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinEngine</name>
    <message>
        <source>a bulk join is already running</source>
        <translation>un ajout en masse est déjà en cours</translation>
    </message>
    <message>
        <source>the journal %1 belongs to %2, not to %3</source>
        <translation>le journal %1 appartient à %2, pas à %3</translation>
    </message>
    <message>
        <source>no pair failed</source>
        <translation>aucune paire n&apos;a échoué</translation>
    </message>
    <message>
        <source>Checking which users are members by now…</source>
        <translation>Vérification des utilisateurs déjà membres…</translation>
    </message>
    <message>
        <source>joined by the earlier, interrupted run</source>
        <translation>ajouté lors de l&apos;exécution précédente, interrompue</translation>
    </message>
    <message>
        <source>Making %1 a room admin in %2…</source>
        <translation>%1 devient administrateur du salon %2…</translation>
    </message>
    <message>
        <source>could not make %1 a room admin first: %2</source>
        <translation>impossible de faire d&apos;abord de %1 un administrateur du salon : %2</translation>
    </message>
    <message>
        <source>cancelled while in flight</source>
        <translation>annulé pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation>Annulation : attente des requêtes en cours…</translation>
    </message>
    <message>
        <source>the run was cancelled before this pair was sent</source>
        <translation>l&apos;exécution a été annulée avant l&apos;envoi de cette paire</translation>
    </message>
    <message numerus="yes">
        <source>%n join(s) lost their answer; checking the member lists of %1 room(s) on the server…</source>
        <translation>
            <numerusform>%n ajout a perdu sa réponse ; vérification sur le serveur des listes de membres des salons concernés (%1)…</numerusform>
            <numerusform>%n ajouts ont perdu leur réponse ; vérification sur le serveur des listes de membres des salons concernés (%1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer was lost (%1) and the member list could not be read (%2); run --resume to check again</source>
        <translation>la réponse a été perdue (%1) et la liste des membres n&apos;a pas pu être lue (%2) ; lancez --resume pour vérifier à nouveau</translation>
    </message>
    <message>
        <source>verified: the answer was lost (%1), the member list shows the user joined</source>
        <translation>vérifié : la réponse a été perdue (%1), la liste des membres montre que l&apos;utilisateur a rejoint le salon</translation>
    </message>
    <message>
        <source>verified: the answer was lost (%1), the member list shows the user not joined</source>
        <translation>vérifié : la réponse a été perdue (%1), la liste des membres montre que l&apos;utilisateur n&apos;a pas rejoint le salon</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinInput</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>this is a room, not a user</source>
        <translation>ceci est un salon, pas un utilisateur</translation>
    </message>
    <message>
        <source>a user ID starts with @ (write @%1)</source>
        <translation>un identifiant d&apos;utilisateur commence par @ (écrivez @%1)</translation>
    </message>
    <message>
        <source>a user ID looks like @name:%1</source>
        <translation>un identifiant d&apos;utilisateur a la forme @nom:%1</translation>
    </message>
    <message>
        <source>user IDs contain no spaces or non-ASCII characters</source>
        <translation>les identifiants d&apos;utilisateur ne contiennent ni espaces ni caractères non ASCII</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de serveur</translation>
    </message>
    <message>
        <source>a room alias looks like #name:server</source>
        <translation>un alias de salon a la forme #nom:serveur</translation>
    </message>
    <message>
        <source>a room ID looks like !opaque:server</source>
        <translation>un identifiant de salon a la forme !opaque:serveur</translation>
    </message>
    <message>
        <source>this is a user, not a room</source>
        <translation>ceci est un utilisateur, pas un salon</translation>
    </message>
    <message>
        <source>a room is given by its ID (!…) or alias (#name:server)</source>
        <translation>un salon est désigné par son identifiant (!…) ou son alias (#nom:serveur)</translation>
    </message>
    <message>
        <source>listed twice (first on line %1); joined once</source>
        <translation>listé deux fois (d&apos;abord à la ligne %1) ; ajouté une seule fois</translation>
    </message>
    <message>
        <source>a user of another server (%1): the admin API joins only users of %2</source>
        <translation>un utilisateur d&apos;un autre serveur (%1) : l&apos;API d&apos;administration n&apos;ajoute que des utilisateurs de %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split the list into several runs</source>
        <translation>%1 dépasse %2 Mio ; répartissez la liste sur plusieurs exécutions</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; split the list into several runs</source>
        <translation>%1 contient plus de %2 entrées ; répartissez la liste sur plusieurs exécutions</translation>
    </message>
    <message>
        <source>longer than %1 bytes, the limit for Matrix IDs</source>
        <translation>plus long que %1 octets, la limite des identifiants Matrix</translation>
    </message>
    <message>
        <source>listed %1 times (first on line %2); joined once</source>
        <translation>listé %1 fois (d&apos;abord à la ligne %2) ; ajouté une seule fois</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinInputPage</name>
    <message>
        <source>Who joins which rooms</source>
        <translation>Qui rejoint quels salons</translation>
    </message>
    <message>
        <source>One entry per line, or separated by commas or spaces. Users are @name:server or just the name on this server; rooms are room IDs or aliases (#name:server).</source>
        <translation>Une entrée par ligne, ou séparées par des virgules ou des espaces. Les utilisateurs s&apos;écrivent @nom:serveur ou simplement le nom sur ce serveur ; les salons sont des identifiants ou des alias de salon (#nom:serveur).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
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
        <translation>Charger les utilisateurs depuis un fichier…</translation>
    </message>
    <message>
        <source>Load users from a text or CSV file</source>
        <translation>Charger les utilisateurs depuis un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>Load rooms from file…</source>
        <translation>Charger les salons depuis un fichier…</translation>
    </message>
    <message>
        <source>Load rooms from a text or CSV file</source>
        <translation>Charger les salons depuis un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>salons</translation>
    </message>
    <message>
        <source>Resume unfinished bulk join</source>
        <translation>Reprendre l&apos;ajout en masse inachevé</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs :</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Salons :</translation>
    </message>
    <message>
        <source>A bulk join started %1 did not finish: %2 of %3 pairs are still to do.</source>
        <translation>Un ajout en masse commencé %1 ne s&apos;est pas terminé : %2 paires sur %3 restent à traiter.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Charger %1</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation>Listes (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>impossible de créer le dossier du journal %1</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>impossible d&apos;écrire le journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>impossible de lire le journal %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a bulk join journal (no plan)</source>
        <translation>%1 n&apos;est pas un journal d&apos;ajout en masse (aucun plan)</translation>
    </message>
    <message>
        <source>the journal %1 is damaged (line %2: %3); it is not used. Move it away and start the bulk join again with --users and --rooms</source>
        <translation>le journal %1 est endommagé (ligne %2 : %3) ; il n&apos;est pas utilisé. Déplacez-le et relancez l&apos;ajout en masse avec --users et --rooms</translation>
    </message>
    <message>
        <source>a pair has no valid user ID</source>
        <translation>une paire n&apos;a pas d&apos;identifiant d&apos;utilisateur valide</translation>
    </message>
    <message>
        <source>a pair has an empty or oversized user or room</source>
        <translation>une paire a un utilisateur ou un salon vide ou trop long</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a room ID</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de salon</translation>
    </message>
    <message>
        <source>a pair to join has no room ID</source>
        <translation>une paire à ajouter n&apos;a pas d&apos;identifiant de salon</translation>
    </message>
    <message>
        <source>a line longer than 64 MiB</source>
        <translation>une ligne de plus de 64 Mio</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>the first line is not the plan</source>
        <translation>la première ligne n&apos;est pas le plan</translation>
    </message>
    <message>
        <source>a second plan</source>
        <translation>un second plan</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>the plan lacks the server, the admin, or its lists</source>
        <translation>il manque au plan le serveur, l&apos;administrateur ou ses listes</translation>
    </message>
    <message>
        <source>a room to prepare is not a room ID</source>
        <translation>un salon à préparer n&apos;est pas un identifiant de salon</translation>
    </message>
    <message>
        <source>a pair is not a list of five texts</source>
        <translation>une paire n&apos;est pas une liste de cinq textes</translation>
    </message>
    <message>
        <source>a prepared room is not a room ID</source>
        <translation>un salon préparé n&apos;est pas un identifiant de salon</translation>
    </message>
    <message>
        <source>a result lacks the text field &quot;%1&quot;</source>
        <translation>il manque à un résultat le champ texte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a result for a pair the plan does not hold</source>
        <translation>un résultat pour une paire absente du plan</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>type de ligne inconnu</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinPreflight</name>
    <message>
        <source>no such user on this server</source>
        <translation>aucun utilisateur de ce nom sur ce serveur</translation>
    </message>
    <message>
        <source>the account is deactivated</source>
        <translation>le compte est désactivé</translation>
    </message>
    <message>
        <source>no room has this alias</source>
        <translation>aucun salon n&apos;a cet alias</translation>
    </message>
    <message>
        <source>the alias could not be resolved: %1</source>
        <translation>l&apos;alias n&apos;a pas pu être résolu : %1</translation>
    </message>
    <message>
        <source>no such room on this server</source>
        <translation>aucun salon de ce nom sur ce serveur</translation>
    </message>
    <message>
        <source>the same room as %1; joined once</source>
        <translation>le même salon que %1 ; ajouté une seule fois</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What will happen. Nothing has changed yet.</source>
        <translation>Ce qui va se passer. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Résumé de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Make me a room admin where needed</source>
        <translation>Me rendre administrateur du salon si nécessaire</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>Planned pairs</source>
        <translation>Paires prévues</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>Requêtes &amp;simultanées :</translation>
    </message>
    <message numerus="yes">
        <source>Make me (%1) a room admin first in %n room(s) that are not public and that I am not in (make_room_admin); otherwise they are skipped</source>
        <translation>
            <numerusform>Me rendre (%1) d&apos;abord administrateur du salon dans %n salon qui n&apos;est pas public et dont je ne suis pas membre (make_room_admin) ; sinon il est ignoré</numerusform>
            <numerusform>Me rendre (%1) d&apos;abord administrateur du salon dans %n salons qui ne sont pas publics et dont je ne suis pas membre (make_room_admin) ; sinon ils sont ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users × %2 rooms: &lt;b&gt;%3 to join&lt;/b&gt;, %4 already members, %5 skipped.</source>
        <translation>%1 utilisateurs × %2 salons : &lt;b&gt;%3 à ajouter&lt;/b&gt;, %4 déjà membres, %5 ignorés.</translation>
    </message>
    <message>
        <source> Nothing to do.</source>
        <translation> Rien à faire.</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinReportPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>What happened to every pair.</source>
        <translation>Ce qui est arrivé à chaque paire.</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <source>Outcome per pair</source>
        <translation>Résultat par paire</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Retry the failed pairs</source>
        <translation>Réessayer les paires en échec</translation>
    </message>
    <message>
        <source>Retry status</source>
        <translation>État de la nouvelle tentative</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>The run is complete.</source>
        <translation>L&apos;exécution est terminée.</translation>
    </message>
    <message>
        <source>Joined %1, already members %2, skipped %3, failed %4, not attempted %5.</source>
        <translation>Ajoutés %1, déjà membres %2, ignorés %3, en échec %4, non tentés %5.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed pair(s)…</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n paire en échec…</numerusform>
            <numerusform>Nouvelle tentative pour %n paires en échec…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of unknown outcome: the answer was lost and the member list could not be read; retry to check them.</source>
        <translation>
            <numerusform>%n paire au résultat inconnu : la réponse a été perdue et la liste des membres n&apos;a pas pu être lue ; réessayez pour la vérifier.</numerusform>
            <numerusform>%n paires au résultat inconnu : la réponse a été perdue et la liste des membres n&apos;a pas pu être lue ; réessayez pour les vérifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) lost the server&apos;s answer and were verified in the member list.</source>
        <translation>
            <numerusform>%n paire a perdu la réponse du serveur et a été vérifiée dans la liste des membres.</numerusform>
            <numerusform>%n paires ont perdu la réponse du serveur et ont été vérifiées dans la liste des membres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinRunPage</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Ajout en cours</translation>
    </message>
    <message>
        <source>Cancel lets the requests in flight finish; the rest are reported as not attempted.</source>
        <translation>Annuler laisse se terminer les requêtes en cours ; les autres sont signalées comme non tentées.</translation>
    </message>
    <message>
        <source>Join progress</source>
        <translation>Progression de l&apos;ajout</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État de l&apos;exécution</translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation>Débit et temps restant</translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Impossible de démarrer : %1</translation>
    </message>
    <message>
        <source>Joining… (journal: %1)</source>
        <translation>Ajout en cours… (journal : %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 joined, %2 failed</source>
        <translation>%1 ajoutés, %2 en échec</translation>
    </message>
    <message>
        <source> — %1 pairs/s, about %2 left</source>
        <translation> — %1 paires/s, environ %2 restant</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinValidationPage</name>
    <message>
        <source>Checking the users and rooms</source>
        <translation>Vérification des utilisateurs et des salons</translation>
    </message>
    <message>
        <source>Every user and room is checked on the server. Nothing is changed yet.</source>
        <translation>Chaque utilisateur et chaque salon est vérifié sur le serveur. Rien n&apos;est encore modifié.</translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation>État de la validation</translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation>Progression de la validation</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <source>None of the users can be joined. Go back and fix the list.</source>
        <translation>Aucun des utilisateurs ne peut être ajouté. Revenez en arrière et corrigez la liste.</translation>
    </message>
    <message>
        <source>None of the rooms can be used. Go back and fix the list.</source>
        <translation>Aucun des salons ne peut être utilisé. Revenez en arrière et corrigez la liste.</translation>
    </message>
    <message>
        <source>All %1 users and %2 rooms are fine.</source>
        <translation>Les %1 utilisateurs et les %2 salons sont tous corrects.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Go back to fix them, or continue: the items listed here take no part (duplicates are joined once).</source>
        <translation>
            <numerusform>%n problème trouvé. Revenez en arrière pour le corriger, ou continuez : les éléments listés ici ne sont pas pris en compte (les doublons sont ajoutés une seule fois).</numerusform>
            <numerusform>%n problèmes trouvés. Revenez en arrière pour les corriger, ou continuez : les éléments listés ici ne sont pas pris en compte (les doublons sont ajoutés une seule fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinWizard</name>
    <message>
        <source>Bulk join users to rooms</source>
        <translation>Ajout en masse d&apos;utilisateurs à des salons</translation>
    </message>
    <message>
        <source>Bulk Join Users to Rooms</source>
        <translation>Ajout en masse d&apos;utilisateurs à des salons</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Join many users to many rooms, with a preview and a report</source>
        <translation>Ajouter de nombreux utilisateurs à de nombreux salons, avec un aperçu et un rapport</translation>
    </message>
    <message>
        <source>Connect to a server first</source>
        <translation>Connectez-vous d&apos;abord à un serveur</translation>
    </message>
</context>
<context>
    <name>Steward::BulkUserAction</name>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Shadow-ban</source>
        <translation>Bannir silencieusement</translation>
    </message>
    <message>
        <source>Lift shadow-ban</source>
        <translation>Lever le bannissement silencieux</translation>
    </message>
    <message>
        <source>Log out all devices</source>
        <translation>Déconnecter tous les appareils</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>The preview was cancelled before this user was read.</source>
        <translation>L&apos;aperçu a été annulé avant la lecture de cet utilisateur.</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>Impossible de lire l&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>A user of another server (%1): this server&apos;s admin API changes only users of %2.</source>
        <translation>Un utilisateur d&apos;un autre serveur (%1) : l&apos;API d&apos;administration de ce serveur ne modifie que les utilisateurs de %2.</translation>
    </message>
    <message>
        <source>Listed more than once: changed once.</source>
        <translation>Listé plusieurs fois : modifié une seule fois.</translation>
    </message>
    <message>
        <source>There is no such user on this server.</source>
        <translation>Cet utilisateur n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>Deactivated: the account cannot be used anyway.</source>
        <translation>Désactivé : le compte ne peut de toute façon pas être utilisé.</translation>
    </message>
    <message>
        <source>Already locked.</source>
        <translation>Déjà verrouillé.</translation>
    </message>
    <message>
        <source>Not locked.</source>
        <translation>Non verrouillé.</translation>
    </message>
    <message>
        <source>Already shadow-banned.</source>
        <translation>Déjà banni silencieusement.</translation>
    </message>
    <message>
        <source>Not shadow-banned.</source>
        <translation>Pas banni silencieusement.</translation>
    </message>
    <message>
        <source>Deactivated: no device is signed in.</source>
        <translation>Désactivé : aucun appareil n&apos;est connecté.</translation>
    </message>
    <message>
        <source>No device is signed in.</source>
        <translation>Aucun appareil n&apos;est connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) signed in.</source>
        <translation>
            <numerusform>%n appareil connecté.</numerusform>
            <numerusform>%n appareils connectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already deactivated and erased.</source>
        <translation>Déjà désactivé et effacé.</translation>
    </message>
    <message>
        <source>Already deactivated.</source>
        <translation>Déjà désactivé.</translation>
    </message>
    <message>
        <source>Already deactivated; will be erased.</source>
        <translation>Déjà désactivé ; sera effacé.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Déverrouillé.</translation>
    </message>
    <message>
        <source>Shadow-banned.</source>
        <translation>Banni silencieusement.</translation>
    </message>
    <message>
        <source>Shadow-ban lifted.</source>
        <translation>Bannissement silencieux levé.</translation>
    </message>
    <message>
        <source>Deactivated and erased.</source>
        <translation>Désactivé et effacé.</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Could not list the devices: %1</source>
        <translation>Impossible de lister les appareils : %1</translation>
    </message>
    <message>
        <source>No device was signed in any more.</source>
        <translation>Plus aucun appareil n&apos;était connecté.</translation>
    </message>
    <message>
        <source>Cancelled before the devices were logged out.</source>
        <translation>Annulé avant la déconnexion des appareils.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) logged out.</source>
        <translation>
            <numerusform>%n appareil déconnecté.</numerusform>
            <numerusform>%n appareils déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); re-reading the user shows the change was made.</source>
        <translation>La réponse du serveur a été perdue (%1) ; la relecture de l&apos;utilisateur montre que la modification a été effectuée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); re-reading the user shows nothing changed.</source>
        <translation>La réponse du serveur a été perdue (%1) ; la relecture de l&apos;utilisateur montre que rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1) and re-reading the user failed too (%2): check this user.</source>
        <translation>La réponse du serveur a été perdue (%1) et la relecture de l&apos;utilisateur a aussi échoué (%2) : vérifiez cet utilisateur.</translation>
    </message>
    <message>
        <source>Cancelled: no request was sent for this user.</source>
        <translation>Annulé : aucune requête n&apos;a été envoyée pour cet utilisateur.</translation>
    </message>
    <message>
        <source>your own account</source>
        <translation>votre propre compte</translation>
    </message>
    <message>
        <source>last admin</source>
        <translation>dernier administrateur</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>déjà dans cet état</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>utilisateur inexistant</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>autre serveur</translation>
    </message>
    <message>
        <source>not a user ID</source>
        <translation>pas un identifiant d&apos;utilisateur</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>listé deux fois</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) to change</source>
        <translation>
            <numerusform>%1 : %n utilisateur à modifier</numerusform>
            <numerusform>%1 : %n utilisateurs à modifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignoré</numerusform>
            <numerusform>, %n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n effectué</numerusform>
            <numerusform>%n effectués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnu</numerusform>
            <numerusform>%n inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n non tenté</numerusform>
            <numerusform>%n non tentés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <source>Matrix Authentication Service has no such user.</source>
        <translation>Matrix Authentication Service ne connaît pas cet utilisateur.</translation>
    </message>
    <message>
        <source>Already deactivated in Matrix Authentication Service.</source>
        <translation>Déjà désactivé dans Matrix Authentication Service.</translation>
    </message>
    <message>
        <source>Locked in Matrix Authentication Service.</source>
        <translation>Verrouillé dans Matrix Authentication Service.</translation>
    </message>
    <message>
        <source>Unlocked in Matrix Authentication Service.</source>
        <translation>Déverrouillé dans Matrix Authentication Service.</translation>
    </message>
    <message>
        <source>Deactivated in Matrix Authentication Service, which asks Synapse to deactivate and erase the account.</source>
        <translation>Désactivé dans Matrix Authentication Service, qui demande à Synapse de désactiver et d&apos;effacer le compte.</translation>
    </message>
    <message>
        <source>Deactivated in Matrix Authentication Service, which asks Synapse to deactivate the account.</source>
        <translation>Désactivé dans Matrix Authentication Service, qui demande à Synapse de désactiver le compte.</translation>
    </message>
</context>
<context>
    <name>Steward::BulkUserActionDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Lock %n user(s).&lt;/b&gt; They can no longer use their accounts (every request is refused) until they are unlocked.</source>
        <translation>
            <numerusform>&lt;b&gt;Verrouiller %n utilisateur.&lt;/b&gt; Il ne peut plus utiliser son compte (toute requête est refusée) tant qu&apos;il n&apos;est pas déverrouillé.</numerusform>
            <numerusform>&lt;b&gt;Verrouiller %n utilisateurs.&lt;/b&gt; Ils ne peuvent plus utiliser leurs comptes (toute requête est refusée) tant qu&apos;ils ne sont pas déverrouillés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Unlock %n user(s).&lt;/b&gt; They can use their accounts again.</source>
        <translation>
            <numerusform>&lt;b&gt;Déverrouiller %n utilisateur.&lt;/b&gt; Il peut de nouveau utiliser son compte.</numerusform>
            <numerusform>&lt;b&gt;Déverrouiller %n utilisateurs.&lt;/b&gt; Ils peuvent de nouveau utiliser leurs comptes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Shadow-ban %n user(s).&lt;/b&gt; Their messages and invites silently reach nobody; they are not told.</source>
        <translation>
            <numerusform>&lt;b&gt;Bannir silencieusement %n utilisateur.&lt;/b&gt; Ses messages et invitations n&apos;atteignent plus personne, sans bruit ; il n&apos;en est pas informé.</numerusform>
            <numerusform>&lt;b&gt;Bannir silencieusement %n utilisateurs.&lt;/b&gt; Leurs messages et invitations n&apos;atteignent plus personne, sans bruit ; ils n&apos;en sont pas informés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Lift the shadow-ban of %n user(s).&lt;/b&gt; Their messages reach others again.</source>
        <translation>
            <numerusform>&lt;b&gt;Lever le bannissement silencieux de %n utilisateur.&lt;/b&gt; Ses messages atteignent de nouveau les autres.</numerusform>
            <numerusform>&lt;b&gt;Lever le bannissement silencieux de %n utilisateurs.&lt;/b&gt; Leurs messages atteignent de nouveau les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Log out every device of %n user(s).&lt;/b&gt; They have to sign in again (encrypted messages may become unreadable on devices without a key backup).</source>
        <translation>
            <numerusform>&lt;b&gt;Déconnecter tous les appareils de %n utilisateur.&lt;/b&gt; Il doit se reconnecter (les messages chiffrés peuvent devenir illisibles sur les appareils sans sauvegarde des clés).</numerusform>
            <numerusform>&lt;b&gt;Déconnecter tous les appareils de %n utilisateurs.&lt;/b&gt; Ils doivent se reconnecter (les messages chiffrés peuvent devenir illisibles sur les appareils sans sauvegarde des clés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Deactivate and erase %n user(s).&lt;/b&gt; They are logged out, removed from every room and can never sign in again; their messages are hidden from people who join later and their profiles removed. &lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Désactiver et effacer %n utilisateur.&lt;/b&gt; Il est déconnecté, retiré de tous les salons et ne pourra plus jamais se connecter ; ses messages sont masqués pour les personnes qui rejoignent plus tard et son profil est supprimé. &lt;b&gt;Cette action est irréversible.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Désactiver et effacer %n utilisateurs.&lt;/b&gt; Ils sont déconnectés, retirés de tous les salons et ne pourront plus jamais se connecter ; leurs messages sont masqués pour les personnes qui rejoignent plus tard et leurs profils sont supprimés. &lt;b&gt;Cette action est irréversible.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Deactivate %n user(s).&lt;/b&gt; They are logged out, removed from every room and can no longer sign in. &lt;b&gt;This cannot be undone&lt;/b&gt; without setting a new password for each.</source>
        <translation>
            <numerusform>&lt;b&gt;Désactiver %n utilisateur.&lt;/b&gt; Il est déconnecté, retiré de tous les salons et ne peut plus se connecter. &lt;b&gt;Cette action est irréversible&lt;/b&gt; sans définir un nouveau mot de passe pour lui.</numerusform>
            <numerusform>&lt;b&gt;Désactiver %n utilisateurs.&lt;/b&gt; Ils sont déconnectés, retirés de tous les salons et ne peuvent plus se connecter. &lt;b&gt;Cette action est irréversible&lt;/b&gt; sans définir un nouveau mot de passe pour chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be changed</source>
        <translation>Sera modifié</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Done (verified)</source>
        <translation>Effectué (vérifié)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Non tenté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Deactivate and Erase Users</source>
        <translation>Désactiver et effacer des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n selected user(s) on the server…</source>
        <translation>
            <numerusform>Lecture de %n utilisateur sélectionné sur le serveur…</numerusform>
            <numerusform>Lecture de %n utilisateurs sélectionnés sur le serveur…</numerusform>
        </translation>
    </message>
    <message>
        <source>Users and what happens to each</source>
        <translation>Utilisateurs et ce qui arrive à chacun</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation>Saisissez le nombre d&apos;utilisateurs pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start no further users; requests already sent finish.</source>
        <translation>Ne commencer aucun autre utilisateur ; les requêtes déjà envoyées se terminent.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 in progress…</source>
        <translation>%1 : en cours…</translation>
    </message>
    <message>
        <source>Stopping: requests already sent finish, no further user is started…</source>
        <translation>Arrêt : les requêtes déjà envoyées se terminent, aucun autre utilisateur n&apos;est commencé…</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Le serveur n&apos;a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing to change: every selected user is skipped (see why below).</source>
        <translation>Rien à modifier : chaque utilisateur sélectionné est ignoré (voir pourquoi ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n User(s)</source>
        <translation>
            <numerusform>%1 (%n utilisateur)</numerusform>
            <numerusform>%1 (%n utilisateurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of users to deactivate, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Saisissez le nombre d&apos;utilisateurs à désactiver, &lt;b&gt;%1&lt;/b&gt;, pour confirmer :</translation>
    </message>
    <message>
        <source>Finished. The list shows what the server reports now.</source>
        <translation>Terminé. La liste montre ce que le serveur indique maintenant.</translation>
    </message>
    <message>
        <source>Finished, but not every user was changed: see the details below.</source>
        <translation>Terminé, mais tous les utilisateurs n&apos;ont pas été modifiés : voir les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 Report saved to %2.</source>
        <translation>%1 Rapport enregistré dans %2.</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le rapport dans %1 : %2</translation>
    </message>
    <message>
        <source>This server delegates sign-in to Matrix Authentication Service (MAS): the change is made in MAS, which tells Synapse.</source>
        <translation>Ce serveur délègue la connexion à Matrix Authentication Service (MAS) : la modification est faite dans MAS, qui en informe Synapse.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BackgroundUpdatesCommand</name>
    <message>
        <source>Database background updates: status, enable, disable, start JOB</source>
        <translation>Mises à jour d&apos;arrière-plan de la base de données : status, enable, disable, start JOB</translation>
    </message>
    <message>
        <source>Jobs for start:</source>
        <translation>Tâches pour start :</translation>
    </message>
    <message>
        <source>background-updates needs a subcommand: status, enable, disable or start JOB</source>
        <translation>background-updates attend une sous-commande : status, enable, disable ou start JOB</translation>
    </message>
    <message>
        <source>unknown background-updates subcommand &quot;%1&quot; (expected: status, enable, disable, start)</source>
        <translation>sous-commande background-updates inconnue « %1 » (attendu : status, enable, disable, start)</translation>
    </message>
    <message>
        <source>background-updates start needs exactly one JOB: %1</source>
        <translation>background-updates start attend exactement un JOB : %1</translation>
    </message>
    <message>
        <source>unknown job &quot;%1&quot;: use one of %2</source>
        <translation>tâche inconnue « %1 » : utilisez l&apos;une de %2</translation>
    </message>
    <message>
        <source>background-updates %1 takes no arguments, got &quot;%2&quot;</source>
        <translation>background-updates %1 ne prend pas d&apos;arguments, reçu « %2 »</translation>
    </message>
    <message>
        <source>Background updates: %1</source>
        <translation>Mises à jour d&apos;arrière-plan : %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activées</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>En cours : aucune</translation>
    </message>
    <message>
        <source>Running: %1 (database %2): %3 items in %4 s</source>
        <translation>En cours : %1 (base %2) : %3 éléments en %4 s</translation>
    </message>
    <message>
        <source>reading the background updates</source>
        <translation>lecture des mises à jour d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>starting job %1</source>
        <translation>lancement de la tâche %1</translation>
    </message>
    <message>
        <source>Job %1 was queued on the server.</source>
        <translation>La tâche %1 a été mise en file sur le serveur.</translation>
    </message>
    <message>
        <source>enabling background updates</source>
        <translation>activation des mises à jour d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>disabling background updates</source>
        <translation>désactivation des mises à jour d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>the server reports background updates %1</source>
        <translation>le serveur indique des mises à jour d&apos;arrière-plan %1</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BulkJoinCommand</name>
    <message>
        <source>Join many local users to many rooms (preview, progress, report, resume)</source>
        <translation>Ajouter de nombreux utilisateurs locaux à de nombreux salons (aperçu, progression, rapport, reprise)</translation>
    </message>
    <message>
        <source>File with the users (&quot;-&quot;: standard input).</source>
        <translation>Fichier contenant les utilisateurs (&quot;-&quot; : entrée standard).</translation>
    </message>
    <message>
        <source>File with the rooms (&quot;-&quot;: standard input).</source>
        <translation>Fichier contenant les salons (&quot;-&quot; : entrée standard).</translation>
    </message>
    <message>
        <source>Join requests in flight at once (default 8, 1-64).</source>
        <translation>Requêtes d&apos;ajout simultanées (8 par défaut, 1-64).</translation>
    </message>
    <message>
        <source>In rooms that are not public and you are not in, make yourself a room admin first (make_room_admin) instead of skipping them.</source>
        <translation>Dans les salons qui ne sont pas publics et dont vous n&apos;êtes pas membre, vous rendre d&apos;abord administrateur du salon (make_room_admin) au lieu de les ignorer.</translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation>Afficher l&apos;aperçu et ne rien modifier.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (lists are given with --users FILE and --rooms FILE)</source>
        <translation>argument inattendu &quot;%1&quot; (les listes sont indiquées avec --users FILE et --rooms FILE)</translation>
    </message>
    <message>
        <source>--concurrency wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--concurrency attend un nombre de 1 à 64, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bulk-join needs --users FILE and --rooms FILE (or --resume)</source>
        <translation>bulk-join nécessite --users FILE et --rooms FILE (ou --resume)</translation>
    </message>
    <message>
        <source>give both --users FILE and --rooms FILE</source>
        <translation>indiquez à la fois --users FILE et --rooms FILE</translation>
    </message>
    <message>
        <source>only one of the lists can come from standard input (&quot;-&quot;)</source>
        <translation>une seule des listes peut provenir de l&apos;entrée standard (&quot;-&quot;)</translation>
    </message>
    <message>
        <source>the users list %1 is empty</source>
        <translation>la liste d&apos;utilisateurs %1 est vide</translation>
    </message>
    <message>
        <source>the rooms list %1 is empty</source>
        <translation>la liste de salons %1 est vide</translation>
    </message>
    <message>
        <source>Resuming the bulk join of %1 (%2): %3 of %4 pairs still to do.</source>
        <translation>Reprise de l&apos;ajout en masse de %1 (%2) : %3 paires sur %4 restent à traiter.</translation>
    </message>
    <message>
        <source>Note: the pairs come from the journal; --users and --rooms are not read again.</source>
        <translation>Remarque : les paires proviennent du journal ; --users et --rooms ne sont pas relus.</translation>
    </message>
    <message>
        <source>there is no unfinished bulk join for %1 to resume</source>
        <translation>il n&apos;y a aucun ajout en masse inachevé à reprendre pour %1</translation>
    </message>
    <message>
        <source>No unfinished bulk join for %1; starting this one.</source>
        <translation>Aucun ajout en masse inachevé pour %1 ; démarrage de celui-ci.</translation>
    </message>
    <message>
        <source>Checking %1 users and %2 rooms on the server…</source>
        <translation>Vérification de %1 utilisateurs et %2 salons sur le serveur…</translation>
    </message>
    <message>
        <source>pre-flight check failed</source>
        <translation>la vérification préalable a échoué</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>could not write the report %1: %2</source>
        <translation>impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Lists: one entry per line (or separated by commas or spaces), a text or CSV file (first column), or &quot;-&quot; for standard input. Users are @name:server or bare names of this server; rooms are IDs or aliases. At most 100,000 entries per list and 1,000,000 pairs; duplicates are joined once.
A join whose answer is lost (connection closed, timeout) is checked in the room&apos;s member list before the report is written (reason &quot;verified: ...&quot;).
Exit codes: 0 every pair joined or already a member; 1 some pair failed, was skipped, not attempted or of unknown outcome; 2 usage or input error; 3 authentication or connection failure.
Ctrl-C cancels: requests in flight finish, the rest are reported as not attempted; a second Ctrl-C stops at once. --resume continues a cancelled, killed or partly failed run.</source>
        <translation>Listes : une entrée par ligne (ou séparées par des virgules ou des espaces), un fichier texte ou CSV (première colonne), ou &quot;-&quot; pour l&apos;entrée standard. Les utilisateurs s&apos;écrivent @nom:serveur ou par leur seul nom sur ce serveur ; les salons sont des identifiants ou des alias. Au plus 100 000 entrées par liste et 1 000 000 de paires ; les doublons sont ajoutés une seule fois.
Un ajout dont la réponse est perdue (connexion fermée, délai dépassé) est vérifié dans la liste des membres du salon avant l&apos;écriture du rapport (raison &quot;vérifié : ...&quot;).
Codes de sortie : 0 chaque paire a été ajoutée ou était déjà membre ; 1 une paire a échoué, a été ignorée, n&apos;a pas été tentée ou a un résultat inconnu ; 2 erreur d&apos;utilisation ou de saisie ; 3 échec d&apos;authentification ou de connexion.
Ctrl-C annule : les requêtes en cours se terminent, les autres sont signalées comme non tentées ; un second Ctrl-C arrête immédiatement. --resume reprend une exécution annulée, tuée ou partiellement échouée.</translation>
    </message>
    <message>
        <source>Write the per-pair report as CSV to FILE (with --dry-run: the preview).</source>
        <translation>Écrire le rapport par paire au format CSV dans FILE (avec --dry-run : l&apos;aperçu).</translation>
    </message>
    <message>
        <source>Continue the last unfinished bulk join on this server (from its journal: cancelled, killed, or with failed pairs) without repeating the pairs it finished.</source>
        <translation>Reprendre le dernier ajout en masse inachevé sur ce serveur (depuis son journal : annulé, tué ou avec des paires en échec) sans répéter les paires déjà traitées.</translation>
    </message>
    <message>
        <source>%1 pairs are more than one run takes (%2); split the users list into several runs</source>
        <translation>%1 paires, c&apos;est plus qu&apos;une exécution n&apos;en traite (%2) ; répartissez la liste d&apos;utilisateurs sur plusieurs exécutions</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2 (choose a file in a folder you can write to)</source>
        <translation>impossible d&apos;écrire le rapport %1 : %2 (choisissez un fichier dans un dossier où vous pouvez écrire)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BulkJoinText</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Aperçu de l&apos;ajout en masse (connecté en tant que %1). Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Users: %1 valid. Rooms: %2 valid.</source>
        <translation>Utilisateurs : %1 valides. Salons : %2 valides.</translation>
    </message>
    <message>
        <source>Problems in the input (these take no part):</source>
        <translation>Problèmes dans les données (ces éléments ne sont pas pris en compte) :</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salon</translation>
    </message>
    <message>
        <source>Rooms:</source>
        <translation>Salons :</translation>
    </message>
    <message>
        <source>join rule %1</source>
        <translation>règle d&apos;accès %1</translation>
    </message>
    <message>
        <source>you are a member</source>
        <translation>vous êtes membre</translation>
    </message>
    <message>
        <source>you are not a member</source>
        <translation>vous n&apos;êtes pas membre</translation>
    </message>
    <message>
        <source>you will be made a room admin first (make_room_admin)</source>
        <translation>vous serez d&apos;abord rendu administrateur du salon (make_room_admin)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>skipped: use --make-admin-in-private-rooms to make you a room admin first</source>
        <translation>ignoré : utilisez --make-admin-in-private-rooms pour vous rendre d&apos;abord administrateur du salon</translation>
    </message>
    <message>
        <source>%1 of the users already in</source>
        <translation>%1 des utilisateurs déjà présents</translation>
    </message>
    <message>
        <source>Pairs: %1 in all: %2 to join, %3 already members, %4 skipped.</source>
        <translation>Paires : %1 au total : %2 à ajouter, %3 déjà membres, %4 ignorées.</translation>
    </message>
    <message>
        <source>Skipped pairs:</source>
        <translation>Paires ignorées :</translation>
    </message>
    <message>
        <source>Joining: %1/%2 (%3%), %4 failed</source>
        <translation>Ajout : %1/%2 (%3%), %4 en échec</translation>
    </message>
    <message>
        <source>, %1 pairs/s, ETA %2</source>
        <translation>, %1 paires/s, fin estimée dans %2</translation>
    </message>
    <message>
        <source>Bulk join cancelled.</source>
        <translation>Ajout en masse annulé.</translation>
    </message>
    <message>
        <source>Bulk join finished.</source>
        <translation>Ajout en masse terminé.</translation>
    </message>
    <message>
        <source>Failed pairs:</source>
        <translation>Paires en échec :</translation>
    </message>
    <message>
        <source>Not attempted:</source>
        <translation>Non tentées :</translation>
    </message>
    <message>
        <source>%1 duplicate entries ignored.</source>
        <translation>%1 entrées en double ignorées.</translation>
    </message>
    <message>
        <source>, %1 answers lost (checked at the end)</source>
        <translation>, %1 réponses perdues (vérifiées à la fin)</translation>
    </message>
    <message>
        <source>Joined %1, already members %2, skipped %3, failed %4, not attempted %5, outcome unknown %6.</source>
        <translation>Ajoutés %1, déjà membres %2, ignorés %3, en échec %4, non tentés %5, résultat inconnu %6.</translation>
    </message>
    <message>
        <source>%1 pairs lost the server&apos;s answer; their outcome was verified in the rooms&apos; member lists (reason &quot;verified: ...&quot;).</source>
        <translation>%1 paires ont perdu la réponse du serveur ; leur résultat a été vérifié dans les listes de membres des salons (raison &quot;vérifié : ...&quot;).</translation>
    </message>
    <message>
        <source>Outcome unknown (run --resume to check and finish them):</source>
        <translation>Résultat inconnu (lancez --resume pour les vérifier et les terminer) :</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::CliContext</name>
    <message>
        <source>&quot;%1&quot; is not a homeserver URL (expected e.g. https://matrix.example.org; a port is 1-65535, an IPv6 address goes in brackets)</source>
        <translation>« %1 » n&apos;est pas une URL de serveur d&apos;accueil (attendu par ex. https://matrix.example.org ; un port va de 1 à 65535, une adresse IPv6 se met entre crochets)</translation>
    </message>
    <message>
        <source>this command needs a signed-in admin: use --profile NAME (see steward-cli profile add) or set STEWARD_ACCESS_TOKEN with --homeserver</source>
        <translation>cette commande nécessite un administrateur connecté : utilisez --profile NAME (voir steward-cli profile add) ou définissez STEWARD_ACCESS_TOKEN avec --homeserver</translation>
    </message>
    <message>
        <source>no server given: use --homeserver URL</source>
        <translation>aucun serveur indiqué : utilisez --homeserver URL</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ExternalIdsCommand</name>
    <message>
        <source>Find and remove identity-provider links (with backup), or restore them</source>
        <translation>Trouver et supprimer les liens vers des fournisseurs d&apos;identité (avec sauvegarde), ou les restaurer</translation>
    </message>
    <message>
        <source>Usage:
  steward-cli external-ids list-providers [--include-deactivated]
  steward-cli external-ids remove --provider P [--provider P2 ...] [--include-deactivated]
                                  [--backup FILE.json] [--report FILE.csv] [--dry-run] [--yes]
  steward-cli external-ids restore FILE.json [--report FILE.csv] [--yes]
</source>
        <translation>Utilisation :
  steward-cli external-ids list-providers [--include-deactivated]
  steward-cli external-ids remove --provider P [--provider P2 ...] [--include-deactivated]
                                  [--backup FILE.json] [--report FILE.csv] [--dry-run] [--yes]
  steward-cli external-ids restore FILE.json [--report FILE.csv] [--yes]
</translation>
    </message>
    <message>
        <source>unknown external-ids action &quot;%1&quot;: use list-providers, remove or restore</source>
        <translation>action external-ids inconnue &quot;%1&quot; : utilisez list-providers, remove ou restore</translation>
    </message>
    <message>
        <source>could not list the users</source>
        <translation>impossible de lister les utilisateurs</translation>
    </message>
    <message>
        <source>Scanned %1 users (%2) in %3 s; %4 have external IDs.</source>
        <translation>%1 utilisateurs analysés (%2) en %3 s ; %4 ont des identifiants externes.</translation>
    </message>
    <message>
        <source>deactivated included</source>
        <translation>désactivés inclus</translation>
    </message>
    <message>
        <source>deactivated not included</source>
        <translation>désactivés non inclus</translation>
    </message>
    <message>
        <source>steward-cli: could not read %1: %2</source>
        <translation>steward-cli : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Requests: GETs=%1 PUTs=%2 (user list pages %3, user reads %4; %5 sent in total including the connection check and retries)</source>
        <translation>Requêtes : GET=%1 PUT=%2 (pages de la liste des utilisateurs %3, lectures d&apos;utilisateurs %4 ; %5 envoyées au total, vérification de connexion et nouvelles tentatives comprises)</translation>
    </message>
    <message>
        <source>steward-cli: could not write the report %1: %2</source>
        <translation>steward-cli : impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>List the identity providers users are linked to, with user counts.</source>
        <translation>Lister les fournisseurs d&apos;identité auxquels les utilisateurs sont liés, avec le nombre d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>list-providers takes no arguments</source>
        <translation>list-providers n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>No user is linked to an identity provider.</source>
        <translation>Aucun utilisateur n&apos;est lié à un fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>UTILISATEURS</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>Remove the links of one or more identity providers from every user. Without --yes only the preview is printed (exit code 2). A JSON backup of every affected user&apos;s external IDs is written before any change.</source>
        <translation>Supprimer les liens d&apos;un ou plusieurs fournisseurs d&apos;identité pour tous les utilisateurs. Sans --yes, seul l&apos;aperçu est affiché (code de sortie 2). Une sauvegarde JSON des identifiants externes de chaque utilisateur concerné est écrite avant toute modification.</translation>
    </message>
    <message>
        <source>Identity provider to remove (repeatable).</source>
        <translation>Fournisseur d&apos;identité à supprimer (peut être répété).</translation>
    </message>
    <message>
        <source>Backup file to write (default: a timestamped file in the app data folder).</source>
        <translation>Fichier de sauvegarde à écrire (par défaut : un fichier horodaté dans le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation>Afficher l&apos;aperçu et ne rien modifier.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (use --provider P)</source>
        <translation>argument inattendu &quot;%1&quot; (utilisez --provider P)</translation>
    </message>
    <message>
        <source>name the provider to remove with --provider P (see external-ids list-providers)</source>
        <translation>indiquez le fournisseur à supprimer avec --provider P (voir external-ids list-providers)</translation>
    </message>
    <message>
        <source>steward-cli: no scanned user is linked to provider &quot;%1&quot; (providers found: %2)</source>
        <translation>steward-cli : aucun utilisateur analysé n&apos;est lié au fournisseur &quot;%1&quot; (fournisseurs trouvés : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Nothing to do: no user links %1.</source>
        <translation>Rien à faire : aucun utilisateur n&apos;est lié à %1.</translation>
    </message>
    <message>
        <source>Preview (nothing has changed yet): %1 external IDs of %2 users would be removed.</source>
        <translation>Aperçu (rien n&apos;a encore été modifié) : %1 identifiants externes de %2 utilisateurs seraient supprimés.</translation>
    </message>
    <message>
        <source>USER	REMOVE	KEEP</source>
        <translation>UTILISATEUR	SUPPRIMER	CONSERVER</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>steward-cli: nothing was changed; run again with --yes to remove these links (a backup is written first)</source>
        <translation>steward-cli : rien n&apos;a été modifié ; relancez avec --yes pour supprimer ces liens (une sauvegarde est écrite d&apos;abord)</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Backup of %1 users written to %2</source>
        <translation>Sauvegarde de %1 utilisateurs écrite dans %2</translation>
    </message>
    <message>
        <source>steward-cli: %1: %2</source>
        <translation>steward-cli : %1 : %2</translation>
    </message>
    <message>
        <source>To undo: steward-cli external-ids restore %1</source>
        <translation>Pour annuler : steward-cli external-ids restore %1</translation>
    </message>
    <message>
        <source>Put external IDs from a backup back, merged with what each user has now. Without --yes only the preview is printed (exit code 2).</source>
        <translation>Remettre les identifiants externes d&apos;une sauvegarde, fusionnés avec ceux que chaque utilisateur possède actuellement. Sans --yes, seul l&apos;aperçu est affiché (code de sortie 2).</translation>
    </message>
    <message>
        <source>A backup written by external-ids remove.</source>
        <translation>Une sauvegarde écrite par external-ids remove.</translation>
    </message>
    <message>
        <source>name exactly one backup file: external-ids restore FILE.json</source>
        <translation>indiquez exactement un fichier de sauvegarde : external-ids restore FILE.json</translation>
    </message>
    <message>
        <source>Preview (nothing has changed yet): %1 users would get IDs back, %2 have them all, %3 could not be read.</source>
        <translation>Aperçu (rien n&apos;a encore été modifié) : %1 utilisateurs récupéreraient des identifiants, %2 les ont déjà tous, %3 n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>USER	ADD	RESULT</source>
        <translation>UTILISATEUR	AJOUT	RÉSULTAT</translation>
    </message>
    <message>
        <source>Restored %1 users from the backup in %2 s: %3 done, %4 had nothing missing, %5 failed, %6 not attempted.</source>
        <translation>%1 utilisateurs restaurés depuis la sauvegarde en %2 s : %3 effectués, %4 sans rien de manquant, %5 en échec, %6 non tentés.</translation>
    </message>
    <message>
        <source>steward-cli: nothing was changed; run again with --yes to restore</source>
        <translation>steward-cli : rien n&apos;a été modifié ; relancez avec --yes pour restaurer</translation>
    </message>
    <message>
        <source>Removed %1 of %2 users&apos; links in %3 s: %4 done, %5 failed, %6 not attempted, %7 outcome unknown, %8 had no such link any more.</source>
        <translation>Liens supprimés pour %1 utilisateurs sur %2 en %3 s : %4 effectués, %5 en échec, %6 non tentés, %7 au résultat inconnu, %8 n&apos;avaient plus ce lien.</translation>
    </message>
    <message>
        <source>Also scan deactivated accounts.</source>
        <translation>Analyser aussi les comptes désactivés.</translation>
    </message>
    <message>
        <source>Make the change without asking (after the preview).</source>
        <translation>Effectuer la modification sans demander (après l&apos;aperçu).</translation>
    </message>
    <message>
        <source>Write the per-user result as CSV to FILE.</source>
        <translation>Écrire le résultat par utilisateur au format CSV dans FILE.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::FederationCommand</name>
    <message>
        <source>Federation destinations: list [--failing] [--format text|csv|json], show DESTINATION, reset DESTINATION... [--yes]</source>
        <translation>Destinations de fédération : list [--failing] [--format text|csv|json], show DESTINATION, reset DESTINATION... [--yes]</translation>
    </message>
    <message>
        <source>federation needs a subcommand: list, show DESTINATION or reset DESTINATION...</source>
        <translation>federation attend une sous-commande : list, show DESTINATION ou reset DESTINATION...</translation>
    </message>
    <message>
        <source>unknown federation subcommand &quot;%1&quot; (expected: list, show, reset)</source>
        <translation>sous-commande federation inconnue « %1 » (attendu : list, show, reset)</translation>
    </message>
    <message>
        <source>List the servers this server federates with.</source>
        <translation>Lister les serveurs avec lesquels ce serveur est fédéré.</translation>
    </message>
    <message>
        <source>Only destinations the server is backing off from (failing).</source>
        <translation>Seulement les destinations pour lesquelles le serveur temporise (en échec).</translation>
    </message>
    <message>
        <source>Output format: text (default), csv or json.</source>
        <translation>Format de sortie : text (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>federation list takes no arguments, got &quot;%1&quot;</source>
        <translation>federation list ne prend pas d&apos;arguments, reçu « %1 »</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format text, csv or json</source>
        <translation>format inconnu « %1 » : utilisez --format text, csv ou json</translation>
    </message>
    <message>
        <source>Reading federation destinations</source>
        <translation>Lecture des destinations de fédération</translation>
    </message>
    <message>
        <source>listing federation destinations</source>
        <translation>liste des destinations de fédération</translation>
    </message>
    <message>
        <source>standard output cannot be written</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>writing the list failed (disk full or pipe closed?)</source>
        <translation>l&apos;écriture de la liste a échoué (disque plein ou tube fermé ?)</translation>
    </message>
    <message>
        <source>failing since %1</source>
        <translation>en échec depuis %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>retry interval %1</source>
        <translation>intervalle d&apos;essai %1</translation>
    </message>
    <message>
        <source>No federation destinations: this server has not exchanged events with any other server.</source>
        <translation>Aucune destination de fédération : ce serveur n&apos;a échangé d&apos;événements avec aucun autre serveur.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n federation destination(s) is failing.</source>
        <translation>
            <numerusform>La destination de fédération (%n) n&apos;est pas en échec.</numerusform>
            <numerusform>Aucune des %n destinations de fédération n&apos;est en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s) failing.</source>
        <translation>
            <numerusform>%1 sur %n destination en échec.</numerusform>
            <numerusform>%1 sur %n destinations en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one destination and the rooms this server shares with it.</source>
        <translation>Afficher une destination et les salons que ce serveur partage avec elle.</translation>
    </message>
    <message>
        <source>A server name, e.g. example.org.</source>
        <translation>Un nom de serveur, par ex. example.org.</translation>
    </message>
    <message>
        <source>federation show needs exactly one DESTINATION (a server name)</source>
        <translation>federation show attend exactement une DESTINATION (un nom de serveur)</translation>
    </message>
    <message>
        <source>the server knows no destination &quot;%1&quot;</source>
        <translation>le serveur ne connaît aucune destination « %1 »</translation>
    </message>
    <message>
        <source>reading destination %1</source>
        <translation>lecture de la destination %1</translation>
    </message>
    <message>
        <source>reading the rooms shared with the destination</source>
        <translation>lecture des salons partagés avec la destination</translation>
    </message>
    <message>
        <source>Rooms shared:       %1</source>
        <translation>Salons partagés :  %1</translation>
    </message>
    <message>
        <source>stream ordering %1</source>
        <translation>position de flux %1</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … et %1 de plus</translation>
    </message>
    <message>
        <source>Make the server forget its back-off from these destinations and try them again now.</source>
        <translation>Faire oublier au serveur sa temporisation envers ces destinations et les réessayer maintenant.</translation>
    </message>
    <message>
        <source>Reset without asking (otherwise: preview, exit 2).</source>
        <translation>Réinitialiser sans demander (sinon : aperçu, code de sortie 2).</translation>
    </message>
    <message>
        <source>One or more server names.</source>
        <translation>Un ou plusieurs noms de serveur.</translation>
    </message>
    <message>
        <source>federation reset needs one or more DESTINATION names</source>
        <translation>federation reset attend un ou plusieurs noms de DESTINATION</translation>
    </message>
    <message>
        <source>will be reset</source>
        <translation>sera réinitialisée</translation>
    </message>
    <message>
        <source>Nothing to reset.</source>
        <translation>Rien à réinitialiser.</translation>
    </message>
    <message>
        <source>Nothing was reset. Run again with --yes to reset.</source>
        <translation>Rien n&apos;a été réinitialisé. Relancez avec --yes pour réinitialiser.</translation>
    </message>
    <message>
        <source>Destination:        </source>
        <translation>Destination :        </translation>
    </message>
    <message>
        <source>Failing:            </source>
        <translation>En échec :            </translation>
    </message>
    <message>
        <source>Last retry:         </source>
        <translation>Dernier essai :         </translation>
    </message>
    <message>
        <source>Last successful stream ordering: </source>
        <translation>Dernière position de flux réussie : </translation>
    </message>
    <message>
        <source>Retry interval:     </source>
        <translation>Intervalle d&apos;essai :     </translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>oui, depuis %1</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::MasTokensCommand</name>
    <message>
        <source>Personal access tokens on servers delegating to MAS: list, create (saved as a profile), revoke</source>
        <translation>Jetons d&apos;accès personnels sur les serveurs déléguant à MAS : lister, créer (enregistré comme profil), révoquer</translation>
    </message>
    <message>
        <source>mas-tokens: this server does not delegate sign-in to Matrix Authentication Service; personal access tokens exist only there</source>
        <translation>mas-tokens : ce serveur ne délègue pas la connexion à Matrix Authentication Service ; les jetons d&apos;accès personnels n&apos;existent que là</translation>
    </message>
    <message>
        <source>Personal access tokens (MAS personal sessions) for scripts, through the MAS admin API (the signed-in token needs the scope urn:mas:admin: sign in with profile add --oauth).
  list                 the active tokens: ID, name, scope, expiry
  create               a token acting as the signed-in user, saved in the keychain as profile --save-as (never printed); use it with --profile
  revoke ID            end a token&apos;s session</source>
        <translation>Jetons d&apos;accès personnels (sessions personnelles MAS) pour les scripts, via l&apos;API d&apos;administration de MAS (le jeton connecté doit avoir la portée urn:mas:admin : connectez-vous avec profile add --oauth).
  list                 les jetons actifs : ID, nom, portée, expiration
  create               un jeton agissant comme l&apos;utilisateur connecté, enregistré dans le trousseau comme profil --save-as (jamais affiché) ; utilisez-le avec --profile
  revoke ID            terminer la session d&apos;un jeton</translation>
    </message>
    <message>
        <source>create: the token&apos;s name.</source>
        <translation>create : le nom du jeton.</translation>
    </message>
    <message>
        <source>create: the new profile holding the token.</source>
        <translation>create : le nouveau profil contenant le jeton.</translation>
    </message>
    <message>
        <source>create: expiry (default: never).</source>
        <translation>create : expiration (par défaut : jamais).</translation>
    </message>
    <message>
        <source>create: also the scope urn:synapse:admin:* (server admin rights).</source>
        <translation>create : aussi la portée urn:synapse:admin:* (droits d&apos;administration du serveur).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Que faire.</translation>
    </message>
    <message>
        <source>mas-tokens revoke %1</source>
        <translation>mas-tokens revoke %1</translation>
    </message>
    <message>
        <source>Personal access token %1 revoked at MAS. Synapse caches token checks, so it may still accept the token for up to 2 minutes.</source>
        <translation>Jeton d&apos;accès personnel %1 révoqué auprès de MAS. Synapse met en cache les vérifications de jetons, il peut donc encore l&apos;accepter jusqu&apos;à 2 minutes.</translation>
    </message>
    <message>
        <source>mas-tokens needs list, create --name NAME --save-as PROFILE, or revoke ID (see steward-cli mas-tokens --help)</source>
        <translation>mas-tokens attend list, create --name NAME --save-as PROFILE, ou revoke ID (voir steward-cli mas-tokens --help)</translation>
    </message>
    <message>
        <source>mas-tokens create needs --name NAME and --save-as PROFILE</source>
        <translation>mas-tokens create attend --name NAME et --save-as PROFILE</translation>
    </message>
    <message>
        <source>a profile &quot;%1&quot; exists already: choose another --save-as name</source>
        <translation>un profil « %1 » existe déjà : choisissez un autre nom pour --save-as</translation>
    </message>
    <message>
        <source>--expires-in-days needs a whole number of days from 1 to 3650</source>
        <translation>--expires-in-days attend un nombre entier de jours de 1 à 3650</translation>
    </message>
    <message>
        <source>the token could not be stored (%1); it was %2</source>
        <translation>le jeton n&apos;a pas pu être enregistré (%1) ; c&apos;était %2</translation>
    </message>
    <message>
        <source>revoked again</source>
        <translation>révoqué de nouveau</translation>
    </message>
    <message>
        <source>NOT revoked: %1</source>
        <translation>NON révoqué : %1</translation>
    </message>
    <message>
        <source>Personal access token &quot;%1&quot; (%2) created, expires %3; saved as profile &quot;%4&quot; (the token is in the system keychain). Use it with --profile %4.</source>
        <translation>Jeton d&apos;accès personnel « %1 » (%2) créé, expire %3 ; enregistré comme profil « %4 » (le jeton est dans le trousseau du système). Utilisez-le avec --profile %4.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::MediaCommand</name>
    <message>
        <source>Delete local media last accessed before a date, optionally also the cache of remote media. Prints an estimate first; deletes only with --yes. Quarantined and protected files are never deleted.</source>
        <translation>Supprimer les médias locaux dont le dernier accès est antérieur à une date, et éventuellement aussi le cache des médias distants. Affiche d&apos;abord une estimation ; ne supprime qu&apos;avec --yes. Les fichiers en quarantaine et protégés ne sont jamais supprimés.</translation>
    </message>
    <message>
        <source>Cutoff in local time: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation>Date limite en heure locale : YYYY-MM-DD ou YYYY-MM-DDTHH:MM[:SS].</translation>
    </message>
    <message>
        <source>Media not accessed in the last N days.</source>
        <translation>Médias non consultés au cours des N derniers jours.</translation>
    </message>
    <message>
        <source>Only files larger than BYTES.</source>
        <translation>Uniquement les fichiers de plus de BYTES octets.</translation>
    </message>
    <message>
        <source>Delete user and room avatars too (kept by default).</source>
        <translation>Supprimer aussi les avatars des utilisateurs et des salons (conservés par défaut).</translation>
    </message>
    <message>
        <source>Also purge cached copies of other servers&apos; media.</source>
        <translation>Purger aussi les copies en cache des médias d&apos;autres serveurs.</translation>
    </message>
    <message>
        <source>Allow a cutoff within the last 24 hours.</source>
        <translation>Autoriser une date limite dans les dernières 24 heures.</translation>
    </message>
    <message>
        <source>Print the estimate only (exit 0).</source>
        <translation>Afficher uniquement l&apos;estimation (sortie 0).</translation>
    </message>
    <message>
        <source>Delete without asking (otherwise: estimate, exit 2).</source>
        <translation>Supprimer sans demander (sinon : estimation, sortie 2).</translation>
    </message>
    <message>
        <source>media purge takes no arguments besides its options (got &quot;%1&quot;)</source>
        <translation>media purge n&apos;accepte aucun argument en dehors de ses options (reçu &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>give exactly one of --before DATE or --older-than-days N</source>
        <translation>indiquez exactement l&apos;une des options --before DATE ou --older-than-days N</translation>
    </message>
    <message>
        <source>--older-than-days needs a whole number of days, got &quot;%1&quot;</source>
        <translation>--older-than-days attend un nombre entier de jours, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source> Add --allow-recent if you mean it.</source>
        <translation> Ajoutez --allow-recent si c&apos;est bien votre intention.</translation>
    </message>
    <message>
        <source>--size-gt needs a number of bytes (0 or more), got &quot;%1&quot;</source>
        <translation>--size-gt attend un nombre d&apos;octets (0 ou plus), reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Estimating what the server will delete…</source>
        <translation>Estimation de ce que le serveur va supprimer…</translation>
    </message>
    <message>
        <source>%1. Nothing was deleted.</source>
        <translation>%1. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Dry run: nothing was deleted.</source>
        <translation>Simulation : rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Run again with --yes to delete.</source>
        <translation>Rien n&apos;a été supprimé. Relancez avec --yes pour supprimer.</translation>
    </message>
    <message>
        <source>Deleted %1 local files (server&apos;s count).</source>
        <translation>%1 fichiers locaux supprimés (décompte du serveur).</translation>
    </message>
    <message>
        <source>Bytes freed: %1, known from the estimate for %2 of %3 files.</source>
        <translation>Octets libérés : %1, connus d&apos;après l&apos;estimation pour %2 fichiers sur %3.</translation>
    </message>
    <message>
        <source>Local media: failed, nothing deleted: %1</source>
        <translation>Médias locaux : échec, rien n&apos;a été supprimé : %1</translation>
    </message>
    <message>
        <source>Deleted %1 cached remote files.</source>
        <translation>%1 fichiers distants en cache supprimés.</translation>
    </message>
    <message>
        <source>Remote cache: failed: %1</source>
        <translation>Cache distant : échec : %1</translation>
    </message>
    <message>
        <source>Remote cache: not attempted.</source>
        <translation>Cache distant : non tenté.</translation>
    </message>
    <message>
        <source>Deleted %1 local files (verified: the server&apos;s answer was lost; of the estimated files these are gone, %2 files still match the criteria).</source>
        <translation>%1 fichiers locaux supprimés (vérifié : la réponse du serveur a été perdue ; parmi les fichiers estimés, ceux-ci ont disparu, %2 fichiers correspondent encore aux critères).</translation>
    </message>
    <message>
        <source>Local media: %1</source>
        <translation>Médias locaux : %1</translation>
    </message>
    <message>
        <source>  %1 local files, %2, uploaded by %3 users</source>
        <translation>  %1 fichiers locaux, %2, téléversés par %3 utilisateurs</translation>
    </message>
    <message>
        <source>  kept: %1 quarantined, %2 protected, %3 profile pictures, %4 not larger than the size limit</source>
        <translation>  conservés : %1 en quarantaine, %2 protégés, %3 photos de profil, %4 ne dépassant pas la taille limite</translation>
    </message>
    <message>
        <source>  most affected users:</source>
        <translation>  utilisateurs les plus concernés :</translation>
    </message>
    <message>
        <source>  not seen by the estimate: media not uploaded by a user (URL previews), custom per-room avatars</source>
        <translation>  non pris en compte par l&apos;estimation : médias non téléversés par un utilisateur (aperçus d&apos;URL), avatars personnalisés par salon</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <source>Cutoff:           %1 (local media last accessed before this, or never accessed and uploaded before it)</source>
        <translation>Date limite :       %1 (médias locaux dont le dernier accès est antérieur, ou jamais consultés et téléversés avant)</translation>
    </message>
    <message>
        <source>Estimate (from the users&apos; media lists; the server decides when it deletes):</source>
        <translation>Estimation (d&apos;après les listes de médias des utilisateurs ; le serveur décide au moment de la suppression) :</translation>
    </message>
    <message>
        <source>Never deleted:    quarantined and protected files</source>
        <translation>Jamais supprimés :  fichiers en quarantaine et protégés</translation>
    </message>
    <message>
        <source>Profile pictures: %1</source>
        <translation>Photos de profil :  %1</translation>
    </message>
    <message>
        <source>Remote cache:     %1</source>
        <translation>Cache distant :     %1</translation>
    </message>
    <message>
        <source>Size:             %1</source>
        <translation>Taille :            %1</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>toute taille</translation>
    </message>
    <message>
        <source>cached copies of other servers&apos; media last accessed before the cutoff are purged too</source>
        <translation>les copies en cache des médias d&apos;autres serveurs dont le dernier accès est antérieur à la date limite sont aussi purgées</translation>
    </message>
    <message>
        <source>deleted too</source>
        <translation>supprimées aussi</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservées</translation>
    </message>
    <message>
        <source>not touched</source>
        <translation>non modifié</translation>
    </message>
    <message>
        <source>only files larger than %1 bytes</source>
        <translation>uniquement les fichiers de plus de %1 octets</translation>
    </message>
    <message>
        <source>media purge|list|stats|quarantine|unquarantine|protect|unprotect|delete: purge old media, list and rank media, quarantine, protect or delete files</source>
        <translation>media purge|list|stats|quarantine|unquarantine|protect|unprotect|delete : purger les anciens médias, lister et classer les médias, mettre des fichiers en quarantaine, les protéger ou les supprimer</translation>
    </message>
    <message>
        <source>media needs a subcommand: purge, list, stats, quarantine, unquarantine, protect, unprotect or delete (see steward-cli media SUBCOMMAND --help)</source>
        <translation>media attend une sous-commande : purge, list, stats, quarantine, unquarantine, protect, unprotect ou delete (voir steward-cli media SUBCOMMAND --help)</translation>
    </message>
    <message>
        <source>unknown media subcommand &quot;%1&quot;: use purge, list, stats, quarantine, unquarantine, protect, unprotect or delete</source>
        <translation>sous-commande media inconnue « %1 » : utilisez purge, list, stats, quarantine, unquarantine, protect, unprotect ou delete</translation>
    </message>
    <message>
        <source>Local media: not attempted (cancelled), nothing deleted.</source>
        <translation>Médias locaux : non tenté (annulé), rien supprimé.</translation>
    </message>
    <message>
        <source>The purge was cancelled.</source>
        <translation>La purge a été annulée.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::MediaManage</name>
    <message>
        <source> or all files of a user</source>
        <translation> ou tous les fichiers d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>%1 media files given by mxc URI%2. Every file is read first; the outcome of each is read back.</source>
        <translation>%1 fichiers médias indiqués par URI mxc%2. Chaque fichier est lu d&apos;abord ; le résultat de chacun est relu.</translation>
    </message>
    <message>
        <source>%1 of the room&apos;s files could not be read (listed with their mxc URI only)</source>
        <translation>%1 des fichiers du salon n&apos;ont pas pu être lus (listés avec leur URI mxc seulement)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>, all files of a user, or all files in a room</source>
        <translation>, tous les fichiers d&apos;un utilisateur ou tous les fichiers d&apos;un salon</translation>
    </message>
    <message>
        <source>--room needs a room ID (!id:server) or an alias (#name:server), got &quot;%1&quot;</source>
        <translation>--room attend un identifiant de salon (!id:serveur) ou un alias (#nom:serveur), reçu « %1 »</translation>
    </message>
    <message>
        <source>--top needs a whole number of at least 1, got &quot;%1&quot;</source>
        <translation>--top attend un nombre entier d&apos;au moins 1, reçu « %1 »</translation>
    </message>
    <message>
        <source>--user needs a user ID like @name:server: %1</source>
        <translation>--user attend un identifiant d&apos;utilisateur comme @nom:serveur : %1</translation>
    </message>
    <message>
        <source>Do it (otherwise: print what would be done, exit 2).</source>
        <translation>Exécuter (sinon : afficher ce qui serait fait, code de sortie 2).</translation>
    </message>
    <message>
        <source>Every file the room&apos;s messages point to (ID or alias).</source>
        <translation>Chaque fichier auquel renvoient les messages du salon (identifiant ou alias).</translation>
    </message>
    <message>
        <source>Every file this local user uploaded.</source>
        <translation>Chaque fichier envoyé par cet utilisateur local.</translation>
    </message>
    <message>
        <source>Files as mxc://SERVER/MEDIA_ID.</source>
        <translation>Fichiers sous la forme mxc://SERVER/MEDIA_ID.</translation>
    </message>
    <message>
        <source>In all: %1 bytes.</source>
        <translation>Au total : %1 octets.</translation>
    </message>
    <message>
        <source>List a user&apos;s uploads or the media a room&apos;s messages point to.</source>
        <translation>Lister les fichiers envoyés par un utilisateur ou les médias auxquels renvoient les messages d&apos;un salon.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to do it.</source>
        <translation>Rien n&apos;a été modifié. Relancez avec --yes pour le faire.</translation>
    </message>
    <message>
        <source>Only the N largest (default: every user with media).</source>
        <translation>Seulement les N plus gros (par défaut : tout utilisateur ayant des médias).</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Format de sortie : csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>The media of this room (ID or alias).</source>
        <translation>Les médias de ce salon (identifiant ou alias).</translation>
    </message>
    <message>
        <source>The uploads of this local user.</source>
        <translation>Les fichiers envoyés par cet utilisateur local.</translation>
    </message>
    <message>
        <source>Users by the space their uploads take, largest first.</source>
        <translation>Utilisateurs selon l&apos;espace occupé par leurs fichiers, les plus gros d&apos;abord.</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>erreur : %1 : %2</translation>
    </message>
    <message>
        <source>give exactly one of --user USER_ID or --room ROOM</source>
        <translation>indiquez exactement l&apos;un de --user USER_ID ou --room ROOM</translation>
    </message>
    <message>
        <source>give mxc URIs or --user USER_ID (one of them)</source>
        <translation>indiquez des URI mxc ou --user USER_ID (l&apos;un d&apos;eux)</translation>
    </message>
    <message>
        <source>give mxc URIs, or --user USER_ID, or --room ROOM (exactly one of them)</source>
        <translation>indiquez des URI mxc, ou --user USER_ID, ou --room ROOM (exactement l&apos;un d&apos;eux)</translation>
    </message>
    <message>
        <source>give the mxc URIs of the files (mxc://SERVER/MEDIA_ID)</source>
        <translation>indiquez les URI mxc des fichiers (mxc://SERVER/MEDIA_ID)</translation>
    </message>
    <message>
        <source>listing the media of %1</source>
        <translation>liste des médias de %1</translation>
    </message>
    <message>
        <source>listing the media of %1 (the output is incomplete)</source>
        <translation>liste des médias de %1 (la sortie est incomplète)</translation>
    </message>
    <message>
        <source>media list takes no arguments (got &quot;%1&quot;)</source>
        <translation>media list ne prend pas d&apos;arguments (reçu « %1 »)</translation>
    </message>
    <message>
        <source>media stats takes no arguments (got &quot;%1&quot;)</source>
        <translation>media stats ne prend pas d&apos;arguments (reçu « %1 »)</translation>
    </message>
    <message>
        <source>reading the files (nothing was changed)</source>
        <translation>lecture des fichiers (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>reading the media statistics (the output is incomplete)</source>
        <translation>lecture des statistiques des médias (la sortie est incomplète)</translation>
    </message>
    <message>
        <source>reading the room&apos;s media</source>
        <translation>lecture des médias du salon</translation>
    </message>
    <message>
        <source>resolving the room alias %1</source>
        <translation>résolution de l&apos;alias de salon %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>format inconnu « %1 » : utilisez --format csv ou --format json</translation>
    </message>
    <message>
        <source>writing the list failed (disk full or pipe closed?)</source>
        <translation>l&apos;écriture de la liste a échoué (disque plein ou tube fermé ?)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::NoticeCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: too long for a notice</source>
        <translation>%1 dépasse 1 Mio : trop long pour un avis</translation>
    </message>
    <message>
        <source>Send a server notice to listed users or to all local users, exactly once each (preview, report, resume)</source>
        <translation>Envoyer un avis du serveur aux utilisateurs listés ou à tous les utilisateurs locaux, exactement une fois chacun (aperçu, rapport, reprise)</translation>
    </message>
    <message>
        <source>Usage: steward-cli notice send (--users FILE | --all) (--message TEXT | --message-file FILE) [--html-file FILE] [--include-bots] [--concurrency N] [--dry-run] [--yes] [--report FILE.csv] [--resume]</source>
        <translation>Utilisation : steward-cli notice send (--users FILE | --all) (--message TEXT | --message-file FILE) [--html-file FILE] [--include-bots] [--concurrency N] [--dry-run] [--yes] [--report FILE.csv] [--resume]</translation>
    </message>
    <message>
        <source>notice needs a subcommand: notice send ... (see notice send --help)</source>
        <translation>notice attend une sous-commande : notice send ... (voir notice send --help)</translation>
    </message>
    <message>
        <source>notice: unknown subcommand &quot;%1&quot; (known: send)</source>
        <translation>notice : sous-commande inconnue « %1 » (connue : send)</translation>
    </message>
    <message>
        <source>Send a server notice (a message from the server in each user&apos;s &quot;Server Notices&quot; room).
--users FILE: one user per line (or a CSV&apos;s first column; &quot;-&quot; reads standard input); listed users get it unless they do not exist or are deactivated.
--all: every local user that is not deactivated; bots, support users and guests are left out (--include-bots adds bots and support users). Without --yes (or with --dry-run) --all only prints the preview (exit 2 without --yes).
Each user&apos;s notice is sent with a transaction ID derived from the run and the user, so a retried or resumed request never delivers a second copy. A journal is kept; --resume continues a killed, cancelled or partly failed run.
Exit codes: 0 every recipient got it; 1 some failed, were not attempted or their outcome is unknown, or the server cannot send notices; 2 usage or input error, or --all not confirmed with --yes; 3 authentication or connection failure.</source>
        <translation>Envoyer un avis du serveur (un message du serveur dans le salon « Server Notices » de chaque utilisateur).
--users FILE : un utilisateur par ligne (ou la première colonne d&apos;un CSV ; « - » lit l&apos;entrée standard) ; les utilisateurs listés le reçoivent sauf s&apos;ils n&apos;existent pas ou sont désactivés.
--all : chaque utilisateur local non désactivé ; les bots, les utilisateurs de support et les invités sont exclus (--include-bots ajoute les bots et les utilisateurs de support). Sans --yes (ou avec --dry-run), --all affiche seulement l&apos;aperçu (code de sortie 2 sans --yes).
L&apos;avis de chaque utilisateur est envoyé avec un identifiant de transaction dérivé de l&apos;exécution et de l&apos;utilisateur, de sorte qu&apos;une requête répétée ou reprise ne livre jamais une seconde copie. Un journal est tenu ; --resume reprend une exécution tuée, annulée ou partiellement échouée.
Codes de sortie : 0 chaque destinataire l&apos;a reçu ; 1 certains ont échoué, n&apos;ont pas été tentés ou ont un résultat inconnu, ou le serveur ne peut pas envoyer d&apos;avis ; 2 erreur d&apos;utilisation ou de saisie, ou --all non confirmé par --yes ; 3 échec d&apos;authentification ou de connexion.</translation>
    </message>
    <message>
        <source>File with the users (&quot;-&quot;: standard input).</source>
        <translation>Fichier des utilisateurs (« - » : entrée standard).</translation>
    </message>
    <message>
        <source>Every local user (not deactivated).</source>
        <translation>Chaque utilisateur local (non désactivé).</translation>
    </message>
    <message>
        <source>The notice&apos;s text.</source>
        <translation>Le texte de l&apos;avis.</translation>
    </message>
    <message>
        <source>Read the notice&apos;s text from FILE (&quot;-&quot;: standard input).</source>
        <translation>Lire le texte de l&apos;avis dans FILE (« - » : entrée standard).</translation>
    </message>
    <message>
        <source>A formatted (HTML) body to send along with the text.</source>
        <translation>Un corps formaté (HTML) à envoyer avec le texte.</translation>
    </message>
    <message>
        <source>With --all: also bots and support users.</source>
        <translation>Avec --all : aussi les bots et les utilisateurs de support.</translation>
    </message>
    <message>
        <source>Notices in flight at once (default 8, 1-64).</source>
        <translation>Avis envoyés simultanément (8 par défaut, 1-64).</translation>
    </message>
    <message>
        <source>Print the preview and send nothing.</source>
        <translation>Afficher l&apos;aperçu et ne rien envoyer.</translation>
    </message>
    <message>
        <source>Confirm sending to all users.</source>
        <translation>Confirmer l&apos;envoi à tous les utilisateurs.</translation>
    </message>
    <message>
        <source>Write the per-user result as CSV to FILE.</source>
        <translation>Écrire le résultat par utilisateur en CSV dans FILE.</translation>
    </message>
    <message>
        <source>Continue the newest unfinished notice run for this server.</source>
        <translation>Reprendre l&apos;envoi d&apos;avis inachevé le plus récent pour ce serveur.</translation>
    </message>
    <message>
        <source>notice send: unexpected argument &quot;%1&quot;</source>
        <translation>notice send : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>notice send: give either --users FILE or --all, not both</source>
        <translation>notice send : indiquez soit --users FILE soit --all, pas les deux</translation>
    </message>
    <message>
        <source>notice send: --users needs a FILE (&quot;-&quot; reads standard input)</source>
        <translation>notice send : --users attend un fichier (« - » lit l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>notice send needs --users FILE or --all (or --resume)</source>
        <translation>notice send attend --users FILE ou --all (ou --resume)</translation>
    </message>
    <message>
        <source>notice send: give either --message or --message-file, not both</source>
        <translation>notice send : indiquez soit --message soit --message-file, pas les deux</translation>
    </message>
    <message>
        <source>notice send needs --message TEXT or --message-file FILE</source>
        <translation>notice send attend --message TEXT ou --message-file FILE</translation>
    </message>
    <message>
        <source>notice send: only one of --users, --message-file and --html-file can read standard input</source>
        <translation>notice send : un seul de --users, --message-file et --html-file peut lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>notice send: give either --dry-run or --yes, not both</source>
        <translation>notice send : indiquez soit --dry-run soit --yes, pas les deux</translation>
    </message>
    <message>
        <source>notice send: --concurrency wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>notice send : --concurrency attend un nombre de 1 à 64, pas « %1 »</translation>
    </message>
    <message>
        <source>notice send: %1</source>
        <translation>notice send : %1</translation>
    </message>
    <message>
        <source>notice send: the message is empty</source>
        <translation>notice send : le message est vide</translation>
    </message>
    <message>
        <source>notice send: the users list %1 is empty</source>
        <translation>notice send : la liste des utilisateurs %1 est vide</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Resuming the notice run of %1 (%2): %3 of %4 recipients still to do.</source>
        <translation>Reprise de l&apos;envoi d&apos;avis du %1 (%2) : %3 destinataires sur %4 restent à faire.</translation>
    </message>
    <message>
        <source>Note: the recipients and the message come from the journal.</source>
        <translation>Remarque : les destinataires et le message proviennent du journal.</translation>
    </message>
    <message>
        <source>notice send --resume: %1</source>
        <translation>notice send --resume : %1</translation>
    </message>
    <message>
        <source>there is no unfinished notice run for %1 to resume</source>
        <translation>il n&apos;y a aucun envoi d&apos;avis inachevé pour %1 à reprendre</translation>
    </message>
    <message>
        <source>No unfinished notice run for %1; starting this one.</source>
        <translation>Aucun envoi d&apos;avis inachevé pour %1 ; celui-ci démarre.</translation>
    </message>
    <message>
        <source>Reading every user of the server…</source>
        <translation>Lecture de tous les utilisateurs du serveur…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n user(s) on the server…</source>
        <translation>
            <numerusform>Lecture de %n utilisateur du serveur…</numerusform>
            <numerusform>Lecture de %n utilisateurs du serveur…</numerusform>
        </translation>
    </message>
    <message>
        <source>notice send: reading the users failed</source>
        <translation>notice send : la lecture des utilisateurs a échoué</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>  send  %1</source>
        <translation>  envoyer    %1</translation>
    </message>
    <message>
        <source>  skip  %1  %2</source>
        <translation>  ignorer    %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>notice send: %n entry(ies) of the list are not user IDs (see above); nothing was sent. Fix the list and run again.</source>
        <translation>
            <numerusform>notice send : %n entrée de la liste n&apos;est pas un identifiant d&apos;utilisateur (voir ci-dessus) ; rien n&apos;a été envoyé. Corrigez la liste et relancez.</numerusform>
            <numerusform>notice send : %n entrées de la liste ne sont pas des identifiants d&apos;utilisateur (voir ci-dessus) ; rien n&apos;a été envoyé. Corrigez la liste et relancez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation : rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>notice send: nothing was sent; add --yes to send the notice to these %n user(s) (--dry-run only previews)</source>
        <translation>
            <numerusform>notice send : rien n&apos;a été envoyé ; ajoutez --yes pour envoyer l&apos;avis à cet utilisateur (%n) (--dry-run ne fait qu&apos;afficher l&apos;aperçu)</numerusform>
            <numerusform>notice send : rien n&apos;a été envoyé ; ajoutez --yes pour envoyer l&apos;avis à ces %n utilisateurs (--dry-run ne fait qu&apos;afficher l&apos;aperçu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to send to.</source>
        <translation>Personne à qui envoyer.</translation>
    </message>
    <message>
        <source>notice send: could not start: %1</source>
        <translation>notice send : impossible de démarrer : %1</translation>
    </message>
    <message>
        <source>Journal: %1 (run again with --resume to finish)</source>
        <translation>Journal : %1 (relancez avec --resume pour terminer)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::OperationOutput</name>
    <message>
        <source>could not write the report %1: %2</source>
        <translation>impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ProfileCommand</name>
    <message>
        <source>Saved server profiles: add (sign in), list, remove (sign out and forget)</source>
        <translation>Profils de serveur enregistrés : add (se connecter), list, remove (se déconnecter et oublier)</translation>
    </message>
    <message>
        <source>profile needs a subcommand: add, list or remove</source>
        <translation>profile nécessite une sous-commande : add, list ou remove</translation>
    </message>
    <message>
        <source>unknown profile subcommand &quot;%1&quot;: use add, list or remove</source>
        <translation>sous-commande profile inconnue &quot;%1&quot; : utilisez add, list ou remove</translation>
    </message>
    <message>
        <source>Sign in to a homeserver and save it as profile NAME. The access token is stored in the OS keychain only; the password or token is read from standard input, never from the command line.
SERVER is a server name (example.org, resolved through /.well-known/matrix/client) or a base URL.</source>
        <translation>Se connecter à un serveur d&apos;accueil et l&apos;enregistrer comme profil NAME. Le jeton d&apos;accès est stocké uniquement dans le trousseau du système ; le mot de passe ou le jeton est lu sur l&apos;entrée standard, jamais sur la ligne de commande.
SERVER est un nom de serveur (example.org, résolu via /.well-known/matrix/client) ou une URL de base.</translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. &quot;work&quot;.</source>
        <translation>Le nom du profil, p. ex. &quot;travail&quot;.</translation>
    </message>
    <message>
        <source>Server name or homeserver URL.</source>
        <translation>Nom du serveur ou URL du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>User name (localpart or @user:server) of a server admin.</source>
        <translation>Nom d&apos;utilisateur (partie locale ou @user:server) d&apos;un administrateur du serveur.</translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation>Lire le mot de passe sur stdin.</translation>
    </message>
    <message>
        <source>Read an existing admin access token from stdin (SSO or MAS servers).</source>
        <translation>Lire un jeton d&apos;accès d&apos;administrateur existant sur stdin (serveurs SSO ou MAS).</translation>
    </message>
    <message>
        <source>Sign in again for an existing profile (its old token is revoked).</source>
        <translation>Se reconnecter pour un profil existant (son ancien jeton est révoqué).</translation>
    </message>
    <message>
        <source>Accept plain http:// to a host that is not this computer (the token travels unencrypted). Stored with the profile.</source>
        <translation>Accepter http:// en clair vers un hôte qui n&apos;est pas cet ordinateur (le jeton circule sans chiffrement). Enregistré avec le profil.</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint (as printed when the certificate is refused). Stored with the profile.</source>
        <translation>Faire confiance exactement au certificat ayant cette empreinte SHA-256 (telle qu&apos;affichée lorsque le certificat est refusé). Enregistré avec le profil.</translation>
    </message>
    <message>
        <source>profile add takes exactly one NAME (see steward-cli profile add --help)</source>
        <translation>profile add accepte exactement un NAME (voir steward-cli profile add --help)</translation>
    </message>
    <message>
        <source>profile add needs --homeserver SERVER</source>
        <translation>profile add nécessite --homeserver SERVER</translation>
    </message>
    <message>
        <source>--password-stdin needs --user USER</source>
        <translation>--password-stdin nécessite --user USER</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AB:CD:...</source>
        <translation>--pin-sha256 attend une empreinte SHA-256 : 32 octets en hexadécimal, p. ex. AB:CD:...</translation>
    </message>
    <message>
        <source>a profile &quot;%1&quot; exists already: use --replace to sign in again, or choose another name</source>
        <translation>un profil &quot;%1&quot; existe déjà : utilisez --replace pour vous reconnecter, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no access token on standard input</source>
        <translation>aucun jeton d&apos;accès sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>To trust exactly this certificate, run again with --pin-sha256 %1</source>
        <translation>Pour faire confiance exactement à ce certificat, relancez avec --pin-sha256 %1</translation>
    </message>
    <message>
        <source>(option --allow-insecure-http)</source>
        <translation>(option --allow-insecure-http)</translation>
    </message>
    <message>
        <source>signed in, but the token could not be stored, so profile &quot;%1&quot; was not saved: %2 For scripts without a keychain use --homeserver URL with STEWARD_ACCESS_TOKEN.</source>
        <translation>connecté, mais le jeton n&apos;a pas pu être stocké, le profil &quot;%1&quot; n&apos;a donc pas été enregistré : %2 Pour les scripts sans trousseau, utilisez --homeserver URL avec STEWARD_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>The new token was revoked again.</source>
        <translation>Le nouveau jeton a de nouveau été révoqué.</translation>
    </message>
    <message>
        <source>The new token could not be revoked: %1</source>
        <translation>Le nouveau jeton n&apos;a pas pu être révoqué : %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved: %2 on %3 (server admin). The access token is in the system keychain.</source>
        <translation>Profil &quot;%1&quot; enregistré : %2 sur %3 (administrateur du serveur). Le jeton d&apos;accès se trouve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>List the saved profiles; * marks the default (last used) one. Tokens are never shown.</source>
        <translation>Lister les profils enregistrés ; * marque celui par défaut (le dernier utilisé). Les jetons ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>profile list takes no arguments</source>
        <translation>profile list n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>No profiles. Add one with: steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin</source>
        <translation>Aucun profil. Ajoutez-en un avec : steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>certificat épinglé</translation>
    </message>
    <message>
        <source>Sign out of profile NAME: revoke its access token on the server, delete it from the keychain, and forget the profile.</source>
        <translation>Se déconnecter du profil NAME : révoquer son jeton d&apos;accès sur le serveur, le supprimer du trousseau et oublier le profil.</translation>
    </message>
    <message>
        <source>The profile to remove.</source>
        <translation>Le profil à supprimer.</translation>
    </message>
    <message>
        <source>Also when the server cannot be reached: forget the profile and delete the token locally (the token then stays valid on the server).</source>
        <translation>Même si le serveur est injoignable : oublier le profil et supprimer le jeton localement (le jeton reste alors valide sur le serveur).</translation>
    </message>
    <message>
        <source>profile remove takes exactly one NAME</source>
        <translation>profile remove accepte exactement un NAME</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (see steward-cli profile list)</source>
        <translation>il n&apos;existe pas de profil &quot;%1&quot; (voir steward-cli profile list)</translation>
    </message>
    <message>
        <source>The profile was kept. Use --local-only to forget it without revoking the token.</source>
        <translation>Le profil a été conservé. Utilisez --local-only pour l&apos;oublier sans révoquer le jeton.</translation>
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
        <translation>Utilisation : steward-cli profile add|list|remove ...

  profile add NAME --homeserver SERVER (--user USER --password-stdin | --token-stdin | --oauth)
      Se connecter et enregistrer le profil ; le jeton d&apos;accès va uniquement dans le trousseau du système.
  profile list
      Les profils enregistrés ; * marque celui par défaut (le dernier utilisé).
  profile remove NAME
      Révoquer le jeton sur le serveur, le supprimer du trousseau, oublier le profil.

Voir steward-cli profile SUBCOMMAND --help pour les options.
</translation>
    </message>
    <message>
        <source>Sign in through the server&apos;s OAuth 2.0 service (Matrix Authentication Service) with the device grant: prints a URL and a code on stderr, then waits until you approved the sign-in in a browser.</source>
        <translation>Se connecter via le service OAuth 2.0 du serveur (Matrix Authentication Service) avec l&apos;autorisation d&apos;appareil : affiche une URL et un code sur stderr, puis attend que vous ayez approuvé la connexion dans un navigateur.</translation>
    </message>
    <message>
        <source>profile add needs exactly one of --user USER --password-stdin, --token-stdin or --oauth</source>
        <translation>profile add attend exactement l&apos;un de --user USER --password-stdin, --token-stdin ou --oauth</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>Pour vous connecter, ouvrez %1 dans un navigateur et saisissez le code %2</translation>
    </message>
    <message>
        <source>(or open %1 directly)</source>
        <translation>(ou ouvrez directement %1)</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to be approved… (Ctrl+C cancels)</source>
        <translation>En attente de l&apos;approbation de la connexion… (Ctrl+C annule)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ProfileResolver</name>
    <message>
        <source>cannot read the token of profile &quot;%1&quot;: %2</source>
        <translation>impossible de lire le jeton du profil &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>no profile chosen: use --profile NAME (see steward-cli profile list)</source>
        <translation>aucun profil choisi : utilisez --profile NAME (voir steward-cli profile list)</translation>
    </message>
    <message>
        <source>no server given: add a profile with &quot;steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin&quot;, or use --homeserver URL</source>
        <translation>aucun serveur indiqué : ajoutez un profil avec &quot;steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin&quot;, ou utilisez --homeserver URL</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no access token in the keychain: sign in again with &quot;steward-cli profile add %1 --replace --homeserver %2 ...&quot;</source>
        <translation>le profil &quot;%1&quot; n&apos;a pas de jeton d&apos;accès dans le trousseau : reconnectez-vous avec &quot;steward-cli profile add %1 --replace --homeserver %2 ...&quot;</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (see steward-cli profile list)</source>
        <translation>il n&apos;existe pas de profil &quot;%1&quot; (voir steward-cli profile list)</translation>
    </message>
    <message>
        <source>use either --profile or --homeserver, not both</source>
        <translation>utilisez soit --profile, soit --homeserver, pas les deux</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::PurgeHistory</name>
    <message>
        <source> Nothing was deleted.</source>
        <translation> Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a room ID (it starts with !, e.g. !abc:example.org)</source>
        <translation>« %1 » n&apos;est pas un identifiant de salon (il commence par !, par ex. !abc:example.org)</translation>
    </message>
    <message>
        <source>Delete a room&apos;s history before a date (local time).</source>
        <translation>Supprimer l&apos;historique d&apos;un salon avant une date (heure locale).</translation>
    </message>
    <message>
        <source>Delete events sent before this local date/time: YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>Supprimer les événements envoyés avant cette date/heure locale : AAAA-MM-JJ[THH:MM[:SS]].</translation>
    </message>
    <message>
        <source>Delete the events of this server&apos;s users too (kept by default).</source>
        <translation>Supprimer aussi les événements des utilisateurs de ce serveur (conservés par défaut).</translation>
    </message>
    <message>
        <source>Delete without asking (otherwise: preview, exit 2).</source>
        <translation>Supprimer sans demander (sinon : aperçu, code de sortie 2).</translation>
    </message>
    <message>
        <source>Nothing was deleted. Run again with --yes to delete.</source>
        <translation>Rien n&apos;a été supprimé. Relancez avec --yes pour supprimer.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>The room ID (!id:server).</source>
        <translation>L&apos;identifiant du salon (!id:serveur).</translation>
    </message>
    <message>
        <source>rooms purge-history needs --before DATE[THH:MM[:SS]]</source>
        <translation>rooms purge-history attend --before DATE[THH:MM[:SS]]</translation>
    </message>
    <message>
        <source>rooms purge-history needs exactly one ROOM (a room ID such as !abc:example.org)</source>
        <translation>rooms purge-history attend exactement un ROOM (un identifiant de salon comme !abc:example.org)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ReportsCommand</name>
    <message>
        <source>Event and user reports: list, show, dismiss, watch for new ones</source>
        <translation>Signalements d&apos;événements et d&apos;utilisateurs : lister, afficher, classer, surveiller les nouveaux</translation>
    </message>
    <message>
        <source>Usage: steward-cli reports list [--kind event|user|all] [--room ROOM] [--user USER_ID] [--format csv|json]
       steward-cli reports show ID [--kind event|user]
       steward-cli reports dismiss ID... [--kind event|user] [--yes]
       steward-cli reports watch [--once] [--interval SECONDS]
ID is a report number, or event:N / user:N.</source>
        <translation>Utilisation : steward-cli reports list [--kind event|user|all] [--room ROOM] [--user USER_ID] [--format csv|json]
       steward-cli reports show ID [--kind event|user]
       steward-cli reports dismiss ID... [--kind event|user] [--yes]
       steward-cli reports watch [--once] [--interval SECONDS]
ID est un numéro de signalement, ou event:N / user:N.</translation>
    </message>
    <message>
        <source>reports: missing subcommand. %1</source>
        <translation>reports : sous-commande manquante. %1</translation>
    </message>
    <message>
        <source>reports: unknown subcommand &quot;%1&quot; (known: list, show, dismiss, watch)</source>
        <translation>reports : sous-commande inconnue « %1 » (connues : list, show, dismiss, watch)</translation>
    </message>
    <message>
        <source>List every report (all pages), newest first.</source>
        <translation>Lister tous les signalements (toutes les pages), les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>event, user or all (default).</source>
        <translation>event, user ou all (par défaut).</translation>
    </message>
    <message>
        <source>Only event reports in this room (room ID).</source>
        <translation>Seulement les signalements d&apos;événements de ce salon (identifiant du salon).</translation>
    </message>
    <message>
        <source>Only reports about this user (the reported user or the event&apos;s sender).</source>
        <translation>Seulement les signalements concernant cet utilisateur (l&apos;utilisateur signalé ou l&apos;expéditeur de l&apos;événement).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>reports list takes no arguments, got &quot;%1&quot;</source>
        <translation>reports list ne prend pas d&apos;arguments, reçu « %1 »</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use --kind event, user or all</source>
        <translation>type inconnu « %1 » : utilisez --kind event, user ou all</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>format inconnu « %1 » : utilisez --format csv ou --format json</translation>
    </message>
    <message>
        <source>--room needs a room ID (!id), got &quot;%1&quot;</source>
        <translation>--room attend un identifiant de salon (!id), reçu « %1 »</translation>
    </message>
    <message>
        <source>--user needs a user ID (@name:server), got &quot;%1&quot;</source>
        <translation>--user attend un identifiant d&apos;utilisateur (@nom:serveur), reçu « %1 »</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>writing the reports failed (disk full or pipe closed?)</source>
        <translation>l&apos;écriture des signalements a échoué (disque plein ou tube fermé ?)</translation>
    </message>
    <message>
        <source>this server has no user reports API (Synapse 1.137 or newer has it); use --kind event</source>
        <translation>ce serveur n&apos;a pas d&apos;API de signalement d&apos;utilisateurs (Synapse 1.137 ou plus récent l&apos;a) ; utilisez --kind event</translation>
    </message>
    <message>
        <source>listing %1 reports</source>
        <translation>liste des signalements %1</translation>
    </message>
    <message>
        <source>Show one report, the reported event and the messages around it.</source>
        <translation>Afficher un signalement, l&apos;événement signalé et les messages autour.</translation>
    </message>
    <message>
        <source>event (default) or user.</source>
        <translation>event (par défaut) ou user.</translation>
    </message>
    <message>
        <source>The report&apos;s number.</source>
        <translation>Le numéro du signalement.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use --kind event or user</source>
        <translation>type inconnu « %1 » : utilisez --kind event ou user</translation>
    </message>
    <message>
        <source>reports show needs exactly one report ID</source>
        <translation>reports show attend exactement un identifiant de signalement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report ID (a number, or event:N / user:N)</source>
        <translation>« %1 » n&apos;est pas un identifiant de signalement (un nombre, ou event:N / user:N)</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>lecture du signalement</translation>
    </message>
    <message>
        <source>Reported event:</source>
        <translation>Événement signalé :</translation>
    </message>
    <message>
        <source>  media (%1, not downloaded): %2</source>
        <translation>  média (%1, non téléchargé) : %2</translation>
    </message>
    <message>
        <source>Context: not available (%1)</source>
        <translation>Contexte : non disponible (%1)</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <source>Dismiss (delete) reports.</source>
        <translation>Classer (supprimer) des signalements.</translation>
    </message>
    <message>
        <source>Really delete (without it: only say what would be done).</source>
        <translation>Supprimer vraiment (sans cela : seulement dire ce qui serait fait).</translation>
    </message>
    <message>
        <source>The reports&apos; numbers.</source>
        <translation>Les numéros des signalements.</translation>
    </message>
    <message>
        <source>reports dismiss needs at least one report ID</source>
        <translation>reports dismiss attend au moins un identifiant de signalement</translation>
    </message>
    <message>
        <source>would dismiss %1 report %2</source>
        <translation>classerait le signalement %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>nothing was dismissed: add --yes to delete these %n report(s)</source>
        <translation>
            <numerusform>rien n&apos;a été classé : ajoutez --yes pour supprimer ce signalement (%n)</numerusform>
            <numerusform>rien n&apos;a été classé : ajoutez --yes pour supprimer ces %n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dismissed, %2 failed</source>
        <translation>%1 classés, %2 échoués</translation>
    </message>
    <message>
        <source>dismissed %1 report %2</source>
        <translation>signalement %1 %2 classé</translation>
    </message>
    <message>
        <source>dismissing %1 report %2 (%3 of %4 done)</source>
        <translation>classement du signalement %1 %2 (%3 sur %4 faits)</translation>
    </message>
    <message>
        <source>failed to dismiss %1 report %2: %3</source>
        <translation>impossible de classer le signalement %1 %2 : %3</translation>
    </message>
    <message>
        <source>Print each report that arrived since the last call, one line each (state kept per profile).</source>
        <translation>Afficher chaque signalement arrivé depuis le dernier appel, une ligne chacun (état conservé par profil).</translation>
    </message>
    <message>
        <source>Check once and exit (for cron and monitoring).</source>
        <translation>Vérifier une fois et quitter (pour cron et la supervision).</translation>
    </message>
    <message>
        <source>Seconds between checks (default 60).</source>
        <translation>Secondes entre les vérifications (60 par défaut).</translation>
    </message>
    <message>
        <source>reports watch takes no arguments, got &quot;%1&quot;</source>
        <translation>reports watch ne prend pas d&apos;arguments, reçu « %1 »</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 5 to 86400, got &quot;%1&quot;</source>
        <translation>--interval attend un nombre de secondes de 5 à 86400, reçu « %1 »</translation>
    </message>
    <message>
        <source>%1; remove the file to start over</source>
        <translation>%1 ; supprimez le fichier pour repartir de zéro</translation>
    </message>
    <message>
        <source>%1 (the reports above will be printed again next time)</source>
        <translation>%1 (les signalements ci-dessus seront de nouveau affichés la prochaine fois)</translation>
    </message>
    <message>
        <source>checking for reports</source>
        <translation>recherche de signalements</translation>
    </message>
    <message>
        <source>checking for reports failed: %1 (next try in %2 s)</source>
        <translation>la recherche de signalements a échoué : %1 (prochain essai dans %2 s)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsCommand</name>
    <message>
        <source>Only rooms whose name or alias contains TERM, or whose room ID is TERM.</source>
        <translation>Uniquement les salons dont le nom ou l&apos;alias contient TERM, ou dont l&apos;identifiant de salon est TERM.</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Format de sortie : csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>export: where to write (saved only when complete); &quot;-&quot; or none for standard output.</source>
        <translation>export : où écrire (enregistré seulement s&apos;il est complet) ; « - » ou rien pour la sortie standard.</translation>
    </message>
    <message>
        <source>List the rooms, or export them into a file.</source>
        <translation>Lister les salons, ou les exporter dans un fichier.</translation>
    </message>
    <message>
        <source>rooms %1 takes no arguments, got &quot;%2&quot; (quote a search term with spaces: --search &quot;two words&quot;; name the file with --output FILE)</source>
        <translation>rooms %1 ne prend pas d&apos;arguments, reçu « %2 » (mettez un terme de recherche avec des espaces entre guillemets : --search &quot;deux mots&quot; ; nommez le fichier avec --output FILE)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>format inconnu « %1 » : utilisez --format csv ou --format json</translation>
    </message>
    <message>
        <source>--search needs a term (leave the option out to list every room)</source>
        <translation>--search attend un terme (omettez l&apos;option pour lister tous les salons)</translation>
    </message>
    <message>
        <source>rooms list writes to standard output; use rooms export --output FILE for a file</source>
        <translation>rooms list écrit sur la sortie standard ; utilisez rooms export --output FILE pour un fichier</translation>
    </message>
    <message>
        <source>--output needs a file name (or &quot;-&quot; for standard output)</source>
        <translation>--output attend un nom de fichier (ou « - » pour la sortie standard)</translation>
    </message>
    <message>
        <source>%1 rooms…</source>
        <translation>%1 salons…</translation>
    </message>
    <message>
        <source>listing rooms (the output is incomplete)</source>
        <translation>liste des salons (la sortie est incomplète)</translation>
    </message>
    <message>
        <source>rooms export stopped after %1 rooms (the output is incomplete)</source>
        <translation>rooms export s&apos;est arrêté après %1 salons (la sortie est incomplète)</translation>
    </message>
    <message>
        <source>rooms export failed after %1 rooms; no file was written</source>
        <translation>rooms export a échoué après %1 salons ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>List or export the server&apos;s rooms as CSV or JSON (rooms list [--search TERM] [--format csv|json]; rooms export [--search TERM] [--format csv|json] [--output FILE]); publish or unpublish rooms in the directory (rooms publish|unpublish ROOM...); delete rooms (rooms delete ROOM... [--block] [--no-purge] [--yes] [--resume]); delete a room&apos;s history (rooms purge-history ROOM --before DATE [--delete-local-events] [--yes])</source>
        <translation>Lister ou exporter les salons du serveur en CSV ou JSON (rooms list [--search TERM] [--format csv|json] ; rooms export [--search TERM] [--format csv|json] [--output FILE]) ; publier ou retirer des salons de l&apos;annuaire (rooms publish|unpublish ROOM...) ; supprimer des salons (rooms delete ROOM... [--block] [--no-purge] [--yes] [--resume]) ; supprimer l&apos;historique d&apos;un salon (rooms purge-history ROOM --before DATE [--delete-local-events] [--yes])</translation>
    </message>
    <message>
        <source>rooms needs a subcommand: rooms list [--search TERM] [--format csv|json], rooms export [--search TERM] [--format csv|json] [--output FILE], rooms publish ROOM..., rooms unpublish ROOM..., rooms delete ROOM... or rooms purge-history ROOM --before DATE</source>
        <translation>rooms attend une sous-commande : rooms list [--search TERM] [--format csv|json], rooms export [--search TERM] [--format csv|json] [--output FILE], rooms publish ROOM..., rooms unpublish ROOM..., rooms delete ROOM... ou rooms purge-history ROOM --before DATE</translation>
    </message>
    <message>
        <source>unknown rooms subcommand &quot;%1&quot; (expected: list, export, publish, unpublish, delete, purge-history)</source>
        <translation>sous-commande rooms inconnue « %1 » (attendu : list, export, publish, unpublish, delete, purge-history)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsDeleteCommand</name>
    <message>
        <source>Delete rooms (Synapse&apos;s asynchronous v2 deletion): every local user is removed, the room leaves the directory and, unless --no-purge, its history is purged from the database.
Without --yes it prints what it would do and deletes nothing (exit 2). A room counts as deleted only when the server reports its deletion complete; when an answer is lost the room&apos;s state is read back. Ctrl-C stops: rooms not yet sent are not attempted, a deletion the server already has is followed to its end. A journal is kept; --resume continues the newest unfinished run for this server.
Exit codes: 0 every room deleted; 1 some failed, were not attempted or their outcome is unknown; 2 usage error or not confirmed with --yes; 3 authentication or connection failure.</source>
        <translation>Supprimer des salons (suppression asynchrone v2 de Synapse) : chaque utilisateur local est retiré, le salon quitte l&apos;annuaire et, sauf avec --no-purge, son historique est purgé de la base de données.
Sans --yes, la commande affiche ce qu&apos;elle ferait et ne supprime rien (code de sortie 2). Un salon ne compte comme supprimé que lorsque le serveur signale que sa suppression est terminée ; si une réponse est perdue, l&apos;état du salon est relu. Ctrl-C arrête : les salons pas encore envoyés ne sont pas tentés, une suppression déjà reçue par le serveur est suivie jusqu&apos;au bout. Un journal est tenu ; --resume reprend l&apos;exécution inachevée la plus récente pour ce serveur.
Codes de sortie : 0 chaque salon supprimé ; 1 certains ont échoué, n&apos;ont pas été tentés ou ont un résultat inconnu ; 2 erreur d&apos;utilisation ou absence de confirmation par --yes ; 3 échec d&apos;authentification ou de connexion.</translation>
    </message>
    <message>
        <source>Block the rooms so nobody can join them again.</source>
        <translation>Bloquer les salons pour que personne ne puisse les rejoindre à nouveau.</translation>
    </message>
    <message>
        <source>Keep the rooms&apos; history in the database.</source>
        <translation>Conserver l&apos;historique des salons dans la base de données.</translation>
    </message>
    <message>
        <source>Purge even if some local users could not be removed.</source>
        <translation>Purger même si certains utilisateurs locaux n&apos;ont pas pu être retirés.</translation>
    </message>
    <message>
        <source>A local user who creates a new room the removed users are moved to (default: no new room).</source>
        <translation>Un utilisateur local qui crée un nouveau salon vers lequel les utilisateurs retirés sont déplacés (par défaut : aucun nouveau salon).</translation>
    </message>
    <message>
        <source>With --new-room-user: the new room&apos;s name.</source>
        <translation>Avec --new-room-user : le nom du nouveau salon.</translation>
    </message>
    <message>
        <source>With --new-room-user: the message the removed users see there.</source>
        <translation>Avec --new-room-user : le message que les utilisateurs retirés y voient.</translation>
    </message>
    <message>
        <source>Rooms deleted at once (default 4, 1-64).</source>
        <translation>Salons supprimés simultanément (4 par défaut, 1-64).</translation>
    </message>
    <message>
        <source>Confirm: delete the rooms.</source>
        <translation>Confirmer : supprimer les salons.</translation>
    </message>
    <message>
        <source>Continue the newest unfinished room deletion for this server.</source>
        <translation>Reprendre la suppression de salons inachevée la plus récente pour ce serveur.</translation>
    </message>
    <message>
        <source>Room IDs (!id or !id:server).</source>
        <translation>Identifiants de salon (!id ou !id:serveur).</translation>
    </message>
    <message>
        <source>rooms delete needs at least one ROOM (a room ID), or --resume</source>
        <translation>rooms delete attend au moins un ROOM (un identifiant de salon) ou --resume</translation>
    </message>
    <message>
        <source>rooms delete: give either ROOM... or --resume, not both</source>
        <translation>rooms delete : indiquez soit ROOM... soit --resume, pas les deux</translation>
    </message>
    <message>
        <source>rooms delete: --new-room-name and --message need --new-room-user USER_ID</source>
        <translation>rooms delete : --new-room-name et --message nécessitent --new-room-user USER_ID</translation>
    </message>
    <message>
        <source>rooms delete: %1</source>
        <translation>rooms delete : %1</translation>
    </message>
    <message>
        <source>rooms delete: --concurrency wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>rooms delete : --concurrency attend un nombre de 1 à 64, pas « %1 »</translation>
    </message>
    <message>
        <source>Stopping: rooms not yet sent are not deleted; deletions the server already has are followed to their end (Ctrl-C again quits at once).</source>
        <translation>Arrêt : les salons pas encore envoyés ne sont pas supprimés ; les suppressions déjà reçues par le serveur sont suivies jusqu&apos;au bout (un second Ctrl-C quitte immédiatement).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>there is no unfinished room deletion for %1 to resume</source>
        <translation>il n&apos;y a aucune suppression de salons inachevée pour %1 à reprendre</translation>
    </message>
    <message>
        <source>Resuming the room deletion of %1 (%2): %3 of %4 rooms still to do; the options come from the journal.</source>
        <translation>Reprise de la suppression de salons du %1 (%2) : %3 salons sur %4 restent à traiter ; les options proviennent du journal.</translation>
    </message>
    <message>
        <source>rooms delete --resume: %1</source>
        <translation>rooms delete --resume : %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n room(s) on the server…</source>
        <translation>
            <numerusform>Vérification de %n salon sur le serveur…</numerusform>
            <numerusform>Vérification de %n salons sur le serveur…</numerusform>
        </translation>
    </message>
    <message>
        <source>  delete  %1</source>
        <translation>  supprimer %1</translation>
    </message>
    <message>
        <source>  skip    %1  %2</source>
        <translation>  ignorer   %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) to delete</source>
        <translation>
            <numerusform>%n salon à supprimer</numerusform>
            <numerusform>%n salons à supprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignoré</numerusform>
            <numerusform>, %n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rooms delete: %n argument(s) are not room IDs (see above); nothing was deleted</source>
        <translation>
            <numerusform>rooms delete : %n argument n&apos;est pas un identifiant de salon (voir ci-dessus) ; rien n&apos;a été supprimé</numerusform>
            <numerusform>rooms delete : %n arguments ne sont pas des identifiants de salon (voir ci-dessus) ; rien n&apos;a été supprimé</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Rien à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>rooms delete: nothing was deleted; add --yes to delete these %n room(s)</source>
        <translation>
            <numerusform>rooms delete : rien n&apos;a été supprimé ; ajoutez --yes pour supprimer ce salon (%n)</numerusform>
            <numerusform>rooms delete : rien n&apos;a été supprimé ; ajoutez --yes pour supprimer ces %n salons</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal: %1 (run again with --resume --yes to finish)</source>
        <translation>Journal : %1 (relancez avec --resume --yes pour terminer)</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsPublishCommand</name>
    <message>
        <source>Publish rooms in the server&apos;s room directory.</source>
        <translation>Publier des salons dans l&apos;annuaire des salons du serveur.</translation>
    </message>
    <message>
        <source>Remove rooms from the server&apos;s room directory.</source>
        <translation>Retirer des salons de l&apos;annuaire des salons du serveur.</translation>
    </message>
    <message>
        <source>Room IDs (!id:server) or aliases (#alias:server).</source>
        <translation>Identifiants de salon (!id:serveur) ou alias (#alias:serveur).</translation>
    </message>
    <message>
        <source>%1 needs at least one ROOM (a room ID or alias)</source>
        <translation>%1 attend au moins un ROOM (un identifiant ou un alias de salon)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a room ID or alias: %3</source>
        <translation>%1 : « %2 » n&apos;est ni un identifiant ni un alias de salon : %3</translation>
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
        <translation>publié       %1</translation>
    </message>
    <message>
        <source>unpublished  %1</source>
        <translation>dépublié     %1</translation>
    </message>
    <message>
        <source>failed       %1  %2</source>
        <translation>échec        %1  %2</translation>
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
        <translation>Jetons d&apos;inscription : lister, créer, modifier, supprimer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM, in local time</source>
        <translation>« %1 » n&apos;est pas une date : écrivez AAAA-MM-JJ (la fin de ce jour) ou AAAA-MM-JJTHH:MM, en heure locale</translation>
    </message>
    <message>
        <source>%1 is in the past: a token&apos;s expiry must be in the future</source>
        <translation>%1 est dans le passé : l&apos;expiration d&apos;un jeton doit être dans le futur</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>tokens needs a subcommand. Usage: %1</source>
        <translation>tokens attend une sous-commande. Utilisation : %1</translation>
    </message>
    <message>
        <source>tokens: unknown subcommand &quot;%1&quot; (known: list, create, update, delete)</source>
        <translation>tokens : sous-commande inconnue « %1 » (connues : list, create, update, delete)</translation>
    </message>
    <message>
        <source>List the registration tokens: token, uses_allowed (empty/null: unlimited), pending, completed, expiry_time (ISO 8601 UTC; empty/null: never), state (valid, used-up, expired).</source>
        <translation>Lister les jetons d&apos;inscription : token, uses_allowed (vide/null : illimité), pending, completed, expiry_time (ISO 8601 UTC ; vide/null : jamais), state (valid, used-up, expired).</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Format de sortie : csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>tokens list takes no arguments, got &quot;%1&quot;</source>
        <translation>tokens list ne prend pas d&apos;arguments, reçu « %1 »</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format csv or --format json</source>
        <translation>format inconnu « %1 » : utilisez --format csv ou --format json</translation>
    </message>
    <message>
        <source>tokens list</source>
        <translation>tokens list</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>Create a registration token and print it. Without --token the server generates one (--length characters, default 16).</source>
        <translation>Créer un jeton d&apos;inscription et l&apos;afficher. Sans --token, le serveur en génère un (--length caractères, 16 par défaut).</translation>
    </message>
    <message>
        <source>The token&apos;s text (A-Z a-z 0-9 . _ ~ -, at most 64).</source>
        <translation>Le texte du jeton (A-Z a-z 0-9 . _ ~ -, 64 au plus).</translation>
    </message>
    <message>
        <source>Length of a generated token (1-64).</source>
        <translation>Longueur d&apos;un jeton généré (1-64).</translation>
    </message>
    <message>
        <source>How many registrations may use it (default: unlimited).</source>
        <translation>Combien d&apos;inscriptions peuvent l&apos;utiliser (par défaut : illimité).</translation>
    </message>
    <message>
        <source>When it expires, local time: DATE (the end of that day) or DATETHH:MM (default: never).</source>
        <translation>Quand il expire, en heure locale : DATE (la fin de ce jour) ou DATETHH:MM (par défaut : jamais).</translation>
    </message>
    <message>
        <source>tokens create takes no arguments, got &quot;%1&quot;</source>
        <translation>tokens create ne prend pas d&apos;arguments, reçu « %1 »</translation>
    </message>
    <message>
        <source>tokens create: give either --token or --length, not both</source>
        <translation>tokens create : indiquez soit --token soit --length, pas les deux</translation>
    </message>
    <message>
        <source>tokens create: --token: %1</source>
        <translation>tokens create : --token : %1</translation>
    </message>
    <message>
        <source>tokens create: --length wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>tokens create : --length attend un nombre de 1 à 64, pas « %1 »</translation>
    </message>
    <message>
        <source>tokens create: --uses wants a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>tokens create : --uses attend un nombre entier positif ou nul, pas « %1 »</translation>
    </message>
    <message>
        <source>tokens create: --expires: %1</source>
        <translation>tokens create : --expires : %1</translation>
    </message>
    <message>
        <source>tokens create</source>
        <translation>tokens create</translation>
    </message>
    <message>
        <source>Change how often a registration token may be used, or when it expires.</source>
        <translation>Modifier le nombre d&apos;utilisations d&apos;un jeton d&apos;inscription ou sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>The token to change.</source>
        <translation>Le jeton à modifier.</translation>
    </message>
    <message>
        <source>How many registrations may use it in all.</source>
        <translation>Combien d&apos;inscriptions peuvent l&apos;utiliser au total.</translation>
    </message>
    <message>
        <source>No limit on the uses.</source>
        <translation>Aucune limite d&apos;utilisations.</translation>
    </message>
    <message>
        <source>New expiry, local time: DATE (the end of that day) or DATETHH:MM.</source>
        <translation>Nouvelle expiration, en heure locale : DATE (la fin de ce jour) ou DATETHH:MM.</translation>
    </message>
    <message>
        <source>The token never expires.</source>
        <translation>Le jeton n&apos;expire jamais.</translation>
    </message>
    <message>
        <source>tokens update wants exactly one TOKEN</source>
        <translation>tokens update attend exactement un TOKEN</translation>
    </message>
    <message>
        <source>tokens update: give either --uses or --unlimited, not both</source>
        <translation>tokens update : indiquez soit --uses soit --unlimited, pas les deux</translation>
    </message>
    <message>
        <source>tokens update: give either --expires or --never, not both</source>
        <translation>tokens update : indiquez soit --expires soit --never, pas les deux</translation>
    </message>
    <message>
        <source>tokens update: --uses wants a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>tokens update : --uses attend un nombre entier positif ou nul, pas « %1 »</translation>
    </message>
    <message>
        <source>tokens update: --expires: %1</source>
        <translation>tokens update : --expires : %1</translation>
    </message>
    <message>
        <source>tokens update: nothing to change (give --uses N, --unlimited, --expires or --never)</source>
        <translation>tokens update : rien à modifier (indiquez --uses N, --unlimited, --expires ou --never)</translation>
    </message>
    <message>
        <source>tokens update: there is no token &quot;%1&quot; on this server</source>
        <translation>tokens update : il n&apos;y a pas de jeton « %1 » sur ce serveur</translation>
    </message>
    <message>
        <source>tokens update</source>
        <translation>tokens update</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 modifié.</translation>
    </message>
    <message>
        <source>Delete registration tokens (needs --yes).</source>
        <translation>Supprimer des jetons d&apos;inscription (nécessite --yes).</translation>
    </message>
    <message>
        <source>The tokens to delete.</source>
        <translation>Les jetons à supprimer.</translation>
    </message>
    <message>
        <source>Delete them (without it nothing is deleted).</source>
        <translation>Les supprimer (sans cela, rien n&apos;est supprimé).</translation>
    </message>
    <message>
        <source>tokens delete needs at least one TOKEN</source>
        <translation>tokens delete attend au moins un TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>tokens delete: nothing was deleted; add --yes to delete %n token(s): %1</source>
        <translation>
            <numerusform>tokens delete : rien n&apos;a été supprimé ; ajoutez --yes pour supprimer %n jeton : %1</numerusform>
            <numerusform>tokens delete : rien n&apos;a été supprimé ; ajoutez --yes pour supprimer %n jetons : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted  %1</source>
        <translation>supprimé  %1</translation>
    </message>
    <message>
        <source>tokens delete</source>
        <translation>tokens delete</translation>
    </message>
    <message>
        <source>failed   %1  %2</source>
        <translation>échec     %1  %2</translation>
    </message>
    <message>
        <source>no such token</source>
        <translation>jeton inexistant</translation>
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
        <translation>Fichier des utilisateurs (&quot;-&quot; : entrée standard).</translation>
    </message>
    <message>
        <source>deactivate only: also erase (messages hidden from people who join later, profile removed). Cannot be undone.</source>
        <translation>deactivate uniquement : effacer aussi (messages masqués pour les personnes qui rejoignent plus tard, profil supprimé). Irréversible.</translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation>Afficher l&apos;aperçu sans rien modifier.</translation>
    </message>
    <message>
        <source>Make the change (without it only the preview is shown).</source>
        <translation>Effectuer la modification (sans cette option, seul l&apos;aperçu est affiché).</translation>
    </message>
    <message>
        <source>Write the per-user result as CSV to FILE.</source>
        <translation>Écrire le résultat par utilisateur au format CSV dans FILE.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8, 1-64).</source>
        <translation>Requêtes simultanées (8 par défaut, 1-64).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot; (the users are given with --users FILE)</source>
        <translation>%1 : argument inattendu &quot;%2&quot; (les utilisateurs sont indiqués avec --users FILE)</translation>
    </message>
    <message>
        <source>%1 needs --users FILE (&quot;-&quot; reads standard input)</source>
        <translation>%1 nécessite --users FILE (&quot;-&quot; lit l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>%1: --erase goes only with &quot;users deactivate&quot;</source>
        <translation>%1 : --erase ne va qu&apos;avec &quot;users deactivate&quot;</translation>
    </message>
    <message>
        <source>%1: give either --dry-run or --yes, not both</source>
        <translation>%1 : indiquez soit --dry-run, soit --yes, pas les deux</translation>
    </message>
    <message>
        <source>%1: --concurrency wants a number from 1 to 64, not &quot;%2&quot;</source>
        <translation>%1 : --concurrency attend un nombre de 1 à 64, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the users list %2 is empty</source>
        <translation>%1 : la liste d&apos;utilisateurs %2 est vide</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n user(s) on the server…</source>
        <translation>
            <numerusform>Lecture de %n utilisateur sur le serveur…</numerusform>
            <numerusform>Lecture de %n utilisateurs sur le serveur…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading the users failed</source>
        <translation>%1 : la lecture des utilisateurs a échoué</translation>
    </message>
    <message>
        <source>  change  %1</source>
        <translation>  modifier  %1</translation>
    </message>
    <message>
        <source>  skip    %1  %2</source>
        <translation>  ignorer   %1  %2</translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed: %2 %3 Remove it from the list.</source>
        <translation>%1 : refusé, rien n&apos;a été modifié : %2 %3 Retirez-le de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies) of the list are not user IDs (see above); nothing was changed. Fix the list and run again.</source>
        <translation>
            <numerusform>%1 : %n entrée de la liste n&apos;est pas un identifiant d&apos;utilisateur (voir ci-dessus) ; rien n&apos;a été modifié. Corrigez la liste et relancez.</numerusform>
            <numerusform>%1 : %n entrées de la liste ne sont pas des identifiants d&apos;utilisateur (voir ci-dessus) ; rien n&apos;a été modifié. Corrigez la liste et relancez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was changed; add --yes to change these %n user(s) (--dry-run only previews)</source>
        <translation>
            <numerusform>%1 : rien n&apos;a été modifié ; ajoutez --yes pour modifier %n utilisateur (--dry-run n&apos;affiche que l&apos;aperçu)</numerusform>
            <numerusform>%1 : rien n&apos;a été modifié ; ajoutez --yes pour modifier ces %n utilisateurs (--dry-run n&apos;affiche que l&apos;aperçu)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users…</source>
        <translation>%1 utilisateurs sur %2…</translation>
    </message>
    <message>
        <source>%1 many users at once. FILE: one user per line (or separated by commas or spaces), a text or CSV file (first column), or &quot;-&quot; for standard input; bare names are users of this server.
Without --yes (or with --dry-run) it only prints who would be changed and who is skipped, and why.
The account you are signed in with, and the last active server admin, are never locked, shadow-banned, logged out or deactivated: listing them is refused (exit 2).
On a server delegating sign-in to Matrix Authentication Service (MAS), lock, unlock and deactivate go to MAS&apos;s admin API (the token needs the scope urn:mas:admin: sign in with profile add --oauth); without it they are refused (exit 2).
Exit codes: 0 every listed user changed or skipped as already so; 1 some user failed, was not attempted or its outcome is unknown; 2 usage or input error, refused, or not confirmed with --yes; 3 authentication or connection failure.
Ctrl-C cancels: requests in flight finish, the rest are reported as not attempted (exit 1); a second Ctrl-C stops at once.</source>
        <translation>%1 : de nombreux utilisateurs à la fois. FILE : un utilisateur par ligne (ou séparés par des virgules ou des espaces), un fichier texte ou CSV (première colonne), ou &quot;-&quot; pour l&apos;entrée standard ; les noms seuls sont des utilisateurs de ce serveur.
Sans --yes (ou avec --dry-run), la commande affiche seulement qui serait modifié, qui est ignoré, et pourquoi.
Le compte avec lequel vous êtes connecté et le dernier administrateur actif du serveur ne sont jamais verrouillés, bannis silencieusement, déconnectés ni désactivés : s&apos;ils figurent dans la liste, la commande est refusée (code de sortie 2).
Sur un serveur qui délègue la connexion à Matrix Authentication Service (MAS), lock, unlock et deactivate passent par l&apos;API d&apos;administration de MAS (le jeton doit avoir la portée urn:mas:admin : connectez-vous avec profile add --oauth) ; sans cette portée, ils sont refusés (code de sortie 2).
Codes de sortie : 0 chaque utilisateur listé a été modifié ou ignoré car déjà dans cet état ; 1 un utilisateur a échoué, n&apos;a pas été tenté ou a un résultat inconnu ; 2 erreur d&apos;utilisation ou de saisie, refus, ou absence de confirmation par --yes ; 3 échec d&apos;authentification ou de connexion.
Ctrl-C annule : les requêtes en cours se terminent, les autres sont signalées comme non tentées (code de sortie 1) ; un second Ctrl-C arrête immédiatement.</translation>
    </message>
    <message>
        <source>users %1: could not ask whether the server delegates to Matrix Authentication Service</source>
        <translation>users %1 : impossible de savoir si le serveur délègue la connexion à Matrix Authentication Service</translation>
    </message>
    <message>
        <source>users %1: refused, nothing was changed: %2</source>
        <translation>users %1 : refusé, rien n&apos;a été modifié : %2</translation>
    </message>
    <message>
        <source>This server delegates sign-in to Matrix Authentication Service: the change goes to MAS, which tells Synapse.</source>
        <translation>Ce serveur délègue la connexion à Matrix Authentication Service : la modification passe par MAS, qui en informe Synapse.</translation>
    </message>
</context>
<context>
    <name>Steward::Cli::UsersCommand</name>
    <message>
        <source>Usage: steward-cli [--profile NAME] users export FILE.csv [--search TERM] [--include-deactivated] [--include-guests] [--admins-only]
FILE.csv may be &quot;-&quot; for standard output.
</source>
        <translation>Utilisation : steward-cli [--profile NAME] users export FILE.csv [--search TERM] [--include-deactivated] [--include-guests] [--admins-only]
FILE.csv peut être &quot;-&quot; pour la sortie standard.
</translation>
    </message>
    <message>
        <source>users: missing subcommand. %1</source>
        <translation>users : sous-commande manquante. %1</translation>
    </message>
    <message>
        <source>Export users as CSV (RFC 4180, UTF-8, timestamps in UTC). Cells that a spreadsheet would run as a formula get a leading apostrophe.</source>
        <translation>Exporter les utilisateurs au format CSV (RFC 4180, UTF-8, horodatages en UTC). Les cellules qu&apos;un tableur exécuterait comme une formule reçoivent une apostrophe initiale.</translation>
    </message>
    <message>
        <source>Where to write; &quot;-&quot; for standard output.</source>
        <translation>Où écrire ; &quot;-&quot; pour la sortie standard.</translation>
    </message>
    <message>
        <source>Only users whose localpart or display name contains TERM.</source>
        <translation>Uniquement les utilisateurs dont la partie locale ou le nom d&apos;affichage contient TERM.</translation>
    </message>
    <message>
        <source>Include deactivated users.</source>
        <translation>Inclure les utilisateurs désactivés.</translation>
    </message>
    <message>
        <source>Include guest users.</source>
        <translation>Inclure les utilisateurs invités.</translation>
    </message>
    <message>
        <source>Only server administrators.</source>
        <translation>Uniquement les administrateurs du serveur.</translation>
    </message>
    <message>
        <source>users export: missing FILE.csv (use &quot;-&quot; for standard output)</source>
        <translation>users export : FILE.csv manquant (utilisez &quot;-&quot; pour la sortie standard)</translation>
    </message>
    <message>
        <source>users export: exactly one FILE.csv expected, got %1</source>
        <translation>users export : exactement un FILE.csv attendu, reçu %1</translation>
    </message>
    <message>
        <source>users export: --search needs a non-empty TERM</source>
        <translation>users export : --search nécessite un TERM non vide</translation>
    </message>
    <message>
        <source>users export stopped after %1 rows (the output is incomplete)</source>
        <translation>users export s&apos;est arrêté après %1 lignes (la sortie est incomplète)</translation>
    </message>
    <message>
        <source>users export failed after %1 rows; no file was written</source>
        <translation>users export a échoué après %1 lignes ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Exported %1 users to %2</source>
        <translation>%1 utilisateurs exportés vers %2</translation>
    </message>
    <message>
        <source>Note: the server now reports %1 users for this filter; users were created or removed during the export.</source>
        <translation>Remarque : le serveur indique maintenant %1 utilisateurs pour ce filtre ; des utilisateurs ont été créés ou supprimés pendant l&apos;export.</translation>
    </message>
    <message>
        <source>Users: &quot;users export FILE.csv&quot; writes every user (or a filtered set) as CSV; &quot;users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE&quot; changes many users at once</source>
        <translation>Utilisateurs : &quot;users export FILE.csv&quot; écrit tous les utilisateurs (ou un ensemble filtré) au format CSV ; &quot;users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE&quot; modifie de nombreux utilisateurs à la fois</translation>
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
        <translation>users : sous-commande inconnue « %1 » (connues : export, lock, unlock, shadow-ban, unshadow-ban, logout, deactivate, redact)</translation>
    </message>
    <message>
        <source>users export: --include-guests is not available on this server: it delegates sign-in to Matrix Authentication Service, which has no guest accounts (Synapse refuses the guests filter there). Leave the option out.</source>
        <translation>users export : --include-guests n&apos;est pas disponible sur ce serveur : il délègue la connexion à Matrix Authentication Service, qui n&apos;a pas de comptes invités (Synapse y refuse le filtre des invités). Omettez l&apos;option.</translation>
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
        <translation>Caviarder les messages (et adhésions) d&apos;un utilisateur dans chaque salon où il a écrit, ou seulement dans les salons indiqués. Attend la tâche de caviardage du serveur dans chaque salon.</translation>
    </message>
    <message>
        <source>The user whose events are redacted.</source>
        <translation>L&apos;utilisateur dont les événements sont caviardés.</translation>
    </message>
    <message>
        <source>Only this room (room ID); may be repeated.</source>
        <translation>Seulement ce salon (identifiant du salon) ; peut être répété.</translation>
    </message>
    <message>
        <source>Reason recorded in each redaction.</source>
        <translation>Motif enregistré dans chaque caviardage.</translation>
    </message>
    <message>
        <source>Really redact (without it: only show the plan).</source>
        <translation>Caviarder vraiment (sans cela : afficher seulement le plan).</translation>
    </message>
    <message>
        <source>users redact needs exactly one USER_ID. Usage: %1</source>
        <translation>users redact attend exactement un USER_ID. Utilisation : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID (@name:server)</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;utilisateur (@nom:serveur)</translation>
    </message>
    <message>
        <source>--room needs a room ID (!id), got &quot;%1&quot;</source>
        <translation>--room attend un identifiant de salon (!id), reçu « %1 »</translation>
    </message>
    <message>
        <source>reading the rooms of %1</source>
        <translation>lecture des salons de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>redacting in</source>
        <translation>caviardage dans</translation>
    </message>
    <message>
        <source>would redact in</source>
        <translation>caviarderait dans</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message numerus="yes">
        <source>nothing was redacted: add --yes to redact the events of %1 in %n room(s)</source>
        <translation>
            <numerusform>rien n&apos;a été caviardé : ajoutez --yes pour caviarder les événements de %1 dans %n salon</numerusform>
            <numerusform>rien n&apos;a été caviardé : ajoutez --yes pour caviarder les événements de %1 dans %n salons</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to redact: %1 has no rooms with events</source>
        <translation>rien à caviarder : %1 n&apos;a aucun salon avec des événements</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source> (the answer was lost; verified on the server)</source>
        <translation> (la réponse a été perdue ; vérifié sur le serveur)</translation>
    </message>
</context>
<context>
    <name>Steward::CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>Créer un utilisateur</translation>
    </message>
    <message>
        <source>User name (localpart)</source>
        <translation>Nom d&apos;utilisateur (partie locale)</translation>
    </message>
    <message>
        <source>alice</source>
        <translation>alice</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d&apos;affichage :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Server &amp;administrator</source>
        <translation>&amp;Administrateur du serveur</translation>
    </message>
    <message>
        <source>Server administrator</source>
        <translation>Administrateur du serveur</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A user name may only contain a-z, 0-9 and . _ = - / + (lower case, no spaces).</source>
        <translation>Un nom d&apos;utilisateur ne peut contenir que a-z, 0-9 et . _ = - / + (minuscules, sans espaces).</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Identifiant de l&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>@name:%1</source>
        <translation>@nom:%1</translation>
    </message>
    <message>
        <source>Without a password the user can sign in only through single sign-on (SSO), if the server offers it.</source>
        <translation>Sans mot de passe, l&apos;utilisateur ne peut se connecter que par authentification unique (SSO), si le serveur la propose.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
</context>
<context>
    <name>Steward::CredentialError</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>No access token is stored for this profile: sign in again.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est stocké pour ce profil : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The system keychain is not available: no keychain service (such as GNOME Keyring or KWallet) is running or unlocked. Steward keeps access tokens only in the keychain, never in a file. Start or unlock the keychain and try again, or keep the token for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : aucun service de trousseau (comme GNOME Keyring ou KWallet) n&apos;est lancé ou déverrouillé. Steward ne conserve les jetons d&apos;accès que dans le trousseau, jamais dans un fichier. Lancez ou déverrouillez le trousseau et réessayez, ou conservez le jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Allow Steward to use the keychain and try again.</source>
        <translation>L&apos;accès au trousseau du système a été refusé. Autorisez Steward à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not store or read the token. Try again; if it keeps failing, check that the keychain service is running and unlocked.</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer ou lire le jeton. Réessayez ; si l&apos;échec persiste, vérifiez que le service de trousseau est lancé et déverrouillé.</translation>
    </message>
</context>
<context>
    <name>Steward::DeactivateDialog</name>
    <message>
        <source>Deactivate User</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deactivating &lt;b&gt;%1&lt;/b&gt; logs out every device, removes the user from every room and stops them from signing in.&lt;/p&gt;&lt;p&gt;With &lt;i&gt;erase&lt;/i&gt;, the user&apos;s messages are also hidden from people who join rooms later, and the profile is removed. Erasing cannot be undone.&lt;/p&gt;&lt;p&gt;Type the user ID to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Désactiver &lt;b&gt;%1&lt;/b&gt; déconnecte tous ses appareils, retire l&apos;utilisateur de tous les salons et l&apos;empêche de se connecter.&lt;/p&gt;&lt;p&gt;Avec &lt;i&gt;effacer&lt;/i&gt;, les messages de l&apos;utilisateur sont aussi masqués pour les personnes qui rejoindront les salons plus tard, et le profil est supprimé. L&apos;effacement est irréversible.&lt;/p&gt;&lt;p&gt;Saisissez l&apos;identifiant de l&apos;utilisateur pour confirmer :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation>Saisissez l&apos;identifiant de l&apos;utilisateur pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Erase the user&apos;s messages and profile</source>
        <translation>&amp;Effacer les messages et le profil de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Erase the user&apos;s messages and profile</source>
        <translation>Effacer les messages et le profil de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
</context>
<context>
    <name>Steward::DestinationListModel</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>En échec depuis</translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation>Intervalle d&apos;essai</translation>
    </message>
    <message>
        <source>Last retry</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <source>Last successful stream ordering</source>
        <translation>Dernière position de flux réussie</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>Steward::DestinationReset</name>
    <message>
        <source>Reading the destinations</source>
        <translation>Lecture des destinations</translation>
    </message>
    <message>
        <source>the server knows no such destination</source>
        <translation>le serveur ne connaît pas cette destination</translation>
    </message>
    <message>
        <source>the server is not backing off from it (nothing to reset)</source>
        <translation>le serveur ne temporise pas envers elle (rien à réinitialiser)</translation>
    </message>
    <message>
        <source>Resetting connections</source>
        <translation>Réinitialisation des connexions</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulé avant l&apos;envoi</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>réinitialisée</translation>
    </message>
    <message>
        <source>verified: the server no longer backs off</source>
        <translation>vérifié : le serveur ne temporise plus</translation>
    </message>
    <message>
        <source>verified: the server still backs off (the reset did not happen)</source>
        <translation>vérifié : le serveur temporise toujours (la réinitialisation n&apos;a pas eu lieu)</translation>
    </message>
</context>
<context>
    <name>Steward::ExportOutput</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire « %1 » : %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation>Aucun nom de fichier indiqué pour l&apos;export.</translation>
    </message>
    <message>
        <source>Saving the export failed: %1</source>
        <translation>L&apos;enregistrement de l&apos;export a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdBackup</name>
    <message>
        <source>No backup file chosen: give the path of a .json file to write.</source>
        <translation>Aucun fichier de sauvegarde choisi : indiquez le chemin d&apos;un fichier .json à écrire.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the backup: choose another location.</source>
        <translation>Impossible de créer le dossier %1 pour la sauvegarde : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Choose another location.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 : %2. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2): choose a backup Steward wrote.</source>
        <translation>%1 n&apos;est pas un fichier JSON (%2) : choisissez une sauvegarde écrite par Steward.</translation>
    </message>
    <message>
        <source>%1 is not an external-ID backup written by Steward (format version 1).</source>
        <translation>%1 n&apos;est pas une sauvegarde d&apos;identifiants externes écrite par Steward (version de format 1).</translation>
    </message>
    <message>
        <source>Entry %1 of the backup %2 is damaged (needs &quot;user_id&quot; and &quot;external_ids&quot;).</source>
        <translation>L&apos;entrée %1 de la sauvegarde %2 est endommagée (elle nécessite &quot;user_id&quot; et &quot;external_ids&quot;).</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdBackupPage</name>
    <message>
        <source>Back up before the change</source>
        <translation>Sauvegarder avant la modification</translation>
    </message>
    <message>
        <source>Every affected user&apos;s complete list of external IDs is written to this file before anything changes. Use it with &quot;Restore from a backup&quot; to undo.</source>
        <translation>La liste complète des identifiants externes de chaque utilisateur concerné est écrite dans ce fichier avant toute modification. Utilisez-la avec &quot;Restaurer depuis une sauvegarde&quot; pour annuler.</translation>
    </message>
    <message>
        <source>&amp;Write Backup and Remove</source>
        <translation>&amp;Écrire la sauvegarde et supprimer</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Server name to confirm</source>
        <translation>Nom du serveur à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>This removes %1 external IDs of %n user(s). Type the server name &lt;b&gt;%2&lt;/b&gt; to confirm:</source>
        <translation>
            <numerusform>Ceci supprime %1 identifiants externes de %n utilisateur. Saisissez le nom du serveur &lt;b&gt;%2&lt;/b&gt; pour confirmer :</numerusform>
            <numerusform>Ceci supprime %1 identifiants externes de %n utilisateurs. Saisissez le nom du serveur &lt;b&gt;%2&lt;/b&gt; pour confirmer :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdCleanupWizard</name>
    <message>
        <source>External-ID Cleanup</source>
        <translation>Nettoyage des identifiants externes</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Would have</source>
        <translation>Aurait ensuite</translation>
    </message>
    <message>
        <source>Has now</source>
        <translation>A actuellement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Nothing missing</source>
        <translation>Rien de manquant</translation>
    </message>
    <message>
        <source>Will be restored</source>
        <translation>Sera restauré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Non tenté</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Users not listed here get no request at all.</source>
        <translation>Rien n&apos;a encore été modifié. Les utilisateurs qui ne figurent pas ici ne reçoivent aucune requête.</translation>
    </message>
    <message>
        <source>Users whose links will be removed</source>
        <translation>Utilisateurs dont les liens seront supprimés</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(verrouillé)</translation>
    </message>
    <message numerus="yes">
        <source>%1 external IDs of %n users will be removed (providers: %2).</source>
        <translation>
            <numerusform>%1 identifiants externes de %n utilisateur seront supprimés (fournisseurs : %2).</numerusform>
            <numerusform>%1 identifiants externes de %n utilisateurs seront supprimés (fournisseurs : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>none: may be left without a way to sign in</source>
        <translation>aucun : risque de ne plus pouvoir se connecter</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n user(s) will have no identity-provider link left&lt;/b&gt; and may be left without a way to sign in if they have no password. Synapse does not tell Steward whether an account has a password, so check these users (or give them a password) before you continue; a restore from the backup puts the links back.</source>
        <translation>
            <numerusform>&lt;b&gt;%n utilisateur n&apos;aura plus aucun lien vers un fournisseur d&apos;identité&lt;/b&gt; et risque de ne plus pouvoir se connecter s&apos;il n&apos;a pas de mot de passe. Synapse n&apos;indique pas à Steward si un compte a un mot de passe : vérifiez donc cet utilisateur (ou donnez-lui un mot de passe) avant de continuer ; une restauration depuis la sauvegarde remet les liens en place.</numerusform>
            <numerusform>&lt;b&gt;%n utilisateurs n&apos;auront plus aucun lien vers un fournisseur d&apos;identité&lt;/b&gt; et risquent de ne plus pouvoir se connecter s&apos;ils n&apos;ont pas de mot de passe. Synapse n&apos;indique pas à Steward si un compte a un mot de passe : vérifiez donc ces utilisateurs (ou donnez-leur un mot de passe) avant de continuer ; une restauration depuis la sauvegarde remet les liens en place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdProvidersPage</name>
    <message>
        <source>Choose the providers to remove</source>
        <translation>Choisir les fournisseurs à supprimer</translation>
    </message>
    <message>
        <source>The links of the checked providers are removed from every user; all other links stay.</source>
        <translation>Les liens des fournisseurs cochés sont supprimés pour tous les utilisateurs ; tous les autres liens sont conservés.</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Fournisseurs d&apos;identité</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n users)</source>
        <translation>
            <numerusform>%1 (%n utilisateur)</numerusform>
            <numerusform>%1 (%n utilisateurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdReportPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Result per user</source>
        <translation>Résultat par utilisateur</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not attempted.</source>
        <translation>%1 effectués, %2 en échec, %3 non tentés.</translation>
    </message>
    <message numerus="yes">
        <source>%n users already had everything.</source>
        <translation>
            <numerusform>%n utilisateur avait déjà tout.</numerusform>
            <numerusform>%n utilisateurs avaient déjà tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde : %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRestoreFilePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Removed external IDs are put back and merged with what each user has now: missing IDs are added, existing ones kept.</source>
        <translation>Les identifiants externes supprimés sont remis et fusionnés avec ceux que chaque utilisateur possède actuellement : les identifiants manquants sont ajoutés, les existants conservés.</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>No backup found in %1. Choose the file with Browse.</source>
        <translation>Aucune sauvegarde trouvée dans %1. Choisissez le fichier avec &quot;Parcourir&quot;.</translation>
    </message>
    <message>
        <source>The latest backup (%1) is filled in; choose another with Browse.</source>
        <translation>La sauvegarde la plus récente (%1) est renseignée ; choisissez-en une autre avec &quot;Parcourir&quot;.</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRestorePreviewPage</name>
    <message>
        <source>Restore preview</source>
        <translation>Aperçu de la restauration</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Only users with something missing are written.</source>
        <translation>Rien n&apos;a encore été modifié. Seuls les utilisateurs auxquels il manque quelque chose sont écrits.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>What the restore would add</source>
        <translation>Ce que la restauration ajouterait</translation>
    </message>
    <message>
        <source>%1 users will get IDs back; %2 already have everything; %3 could not be read.</source>
        <translation>%1 utilisateurs récupéreront des identifiants ; %2 ont déjà tout ; %3 n&apos;ont pas pu être lus.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the current links of %n users…</source>
        <translation>
            <numerusform>Lecture des liens actuels de %n utilisateur…</numerusform>
            <numerusform>Lecture des liens actuels de %n utilisateurs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v of %m users</source>
        <translation>%v utilisateurs sur %m</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Start no further users; the ones in flight finish and are reported</source>
        <translation>Ne plus commencer de nouveaux utilisateurs ; ceux en cours se terminent et figurent dans le rapport</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent…</source>
        <translation>Annulation : attente des requêtes déjà envoyées…</translation>
    </message>
    <message>
        <source>Cancelled. The report says what was done.</source>
        <translation>Annulé. Le rapport indique ce qui a été fait.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdScanPage</name>
    <message>
        <source>Scan the users</source>
        <translation>Analyser les utilisateurs</translation>
    </message>
    <message>
        <source>Steward reads every user&apos;s identity-provider links. Nothing is changed on this page.</source>
        <translation>Steward lit les liens de chaque utilisateur vers des fournisseurs d&apos;identité. Rien n&apos;est modifié sur cette page.</translation>
    </message>
    <message>
        <source>Include &amp;deactivated accounts</source>
        <translation>Inclure les comptes &amp;désactivés</translation>
    </message>
    <message>
        <source>Include deactivated accounts</source>
        <translation>Inclure les comptes désactivés</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Ca&amp;ncel scan</source>
        <translation>A&amp;nnuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Put external IDs from a backup file back instead of removing any</source>
        <translation>Remettre les identifiants externes d&apos;un fichier de sauvegarde au lieu d&apos;en supprimer</translation>
    </message>
    <message>
        <source>The option changed: scan again.</source>
        <translation>L&apos;option a changé : relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Relancer l&apos;&amp;analyse</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>L&apos;analyse a échoué : %1</translation>
    </message>
    <message>
        <source>Scan cancelled after %1 users; nothing was changed.</source>
        <translation>Analyse annulée après %1 utilisateurs ; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n users read</source>
        <translation>
            <numerusform>%n utilisateur lu</numerusform>
            <numerusform>%n utilisateurs lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have external IDs</source>
        <translation>
            <numerusform>%n a des identifiants externes</numerusform>
            <numerusform>%n ont des identifiants externes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n providers found.</source>
        <translation>
            <numerusform>%n fournisseur trouvé.</numerusform>
            <numerusform>%n fournisseurs trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users could not be read and will not be changed (first: %1).</source>
        <translation>
            <numerusform>%n utilisateur n&apos;a pas pu être lu et ne sera pas modifié (premier : %1).</numerusform>
            <numerusform>%n utilisateurs n&apos;ont pas pu être lus et ne seront pas modifiés (premier : %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to clean up.</source>
        <translation>Il n&apos;y a rien à nettoyer.</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdScanner</name>
    <message>
        <source>Listing users</source>
        <translation>Liste des utilisateurs</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdUpdater</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Rien de manquant.</translation>
    </message>
    <message>
        <source>Cancelled before the change was sent.</source>
        <translation>Annulé avant l&apos;envoi de la modification.</translation>
    </message>
    <message>
        <source>Cancelled: no request was sent for this user.</source>
        <translation>Annulé : aucune requête n&apos;a été envoyée pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Could not read the user right before the change (%1); nothing was changed.</source>
        <translation>Impossible de lire l&apos;utilisateur juste avant la modification (%1) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No link of these providers any more (changed since the scan); nothing was sent.</source>
        <translation>Plus aucun lien vers ces fournisseurs (modifié depuis l&apos;analyse) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The list changed since the scan and the backup could not be updated (%1); nothing was changed.</source>
        <translation>La liste a changé depuis l&apos;analyse et la sauvegarde n&apos;a pas pu être mise à jour (%1) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer to the change was lost (%1) and the user could not be read back (%2). Check this user.</source>
        <translation>Résultat inconnu : la réponse à la modification a été perdue (%1) et l&apos;utilisateur n&apos;a pas pu être relu (%2). Vérifiez cet utilisateur.</translation>
    </message>
    <message>
        <source>Verified: the answer was lost (%1); reading the user back shows the change made.</source>
        <translation>Vérifié : la réponse a été perdue (%1) ; la relecture de l&apos;utilisateur montre que la modification a été effectuée.</translation>
    </message>
    <message>
        <source>Verified: the answer was lost (%1); reading the user back shows the change not made.</source>
        <translation>Vérifié : la réponse a été perdue (%1) ; la relecture de l&apos;utilisateur montre que la modification n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>An external ID is now linked to another user (HTTP 409: %1); nothing was changed for this user.</source>
        <translation>Un identifiant externe est désormais lié à un autre utilisateur (HTTP 409 : %1) ; rien n&apos;a été modifié pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Removing external IDs</source>
        <translation>Suppression des identifiants externes</translation>
    </message>
    <message>
        <source>Comparing users with the backup</source>
        <translation>Comparaison des utilisateurs avec la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring external IDs</source>
        <translation>Restauration des identifiants externes</translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdsApi</name>
    <message>
        <source>the user list has no &quot;users&quot; array</source>
        <translation>la liste des utilisateurs ne contient pas de tableau &quot;users&quot;</translation>
    </message>
    <message>
        <source>a user in the list has no &quot;name&quot;</source>
        <translation>un utilisateur de la liste n&apos;a pas de &quot;name&quot;</translation>
    </message>
    <message>
        <source>the user list&apos;s &quot;next_token&quot; is not a number</source>
        <translation>le &quot;next_token&quot; de la liste des utilisateurs n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;external_ids&quot; is not a list of provider/ID pairs</source>
        <translation>&quot;external_ids&quot; n&apos;est pas une liste de paires fournisseur/identifiant</translation>
    </message>
</context>
<context>
    <name>Steward::FederationView</name>
    <message>
        <source>&amp;Failing only</source>
        <translation>En &amp;échec seulement</translation>
    </message>
    <message>
        <source>Only the servers this server is backing off from (every page is read to find them)</source>
        <translation>Seulement les serveurs envers lesquels ce serveur temporise (toutes les pages sont lues pour les trouver)</translation>
    </message>
    <message>
        <source>&amp;Reset Connection…</source>
        <translation>&amp;Réinitialiser la connexion…</translation>
    </message>
    <message>
        <source>Make the server forget its back-off from the selected servers and try them now</source>
        <translation>Faire oublier au serveur sa temporisation envers les serveurs sélectionnés et les essayer maintenant</translation>
    </message>
    <message>
        <source>Federation destinations</source>
        <translation>Destinations de fédération</translation>
    </message>
    <message>
        <source>Rooms shared with the destination</source>
        <translation>Salons partagés avec la destination</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Identifiant du salon</translation>
    </message>
    <message>
        <source>Last event sent (stream ordering)</source>
        <translation>Dernier événement envoyé (position de flux)</translation>
    </message>
    <message>
        <source>Could not read the destinations: %1</source>
        <translation>Les destinations n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 failing of %2 destinations</source>
        <translation>%1 destinations en échec sur %2</translation>
    </message>
    <message>
        <source>%1 failing so far, reading %2 destinations…</source>
        <translation>%1 en échec jusqu&apos;ici, lecture de %2 destinations…</translation>
    </message>
    <message>
        <source>No failing destinations: the server reaches every server it federates with.</source>
        <translation>Aucune destination en échec : le serveur joint chaque serveur avec lequel il est fédéré.</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n destination</numerusform>
            <numerusform>%n destinations</numerusform>
        </translation>
    </message>
    <message>
        <source>No federation destinations: this server has not exchanged events with any other server.</source>
        <translation>Aucune destination de fédération : ce serveur n&apos;a échangé d&apos;événements avec aucun autre serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) selected</source>
        <translation>
            <numerusform>%n destination sélectionnée</numerusform>
            <numerusform>%n destinations sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a destination to see its details.</source>
        <translation>Sélectionnez une destination pour voir ses détails.</translation>
    </message>
    <message>
        <source>Failing: %1&lt;br&gt;Last retry: %2&lt;br&gt;Retry interval: %3&lt;br&gt;Last successful stream ordering: %4</source>
        <translation>En échec : %1&lt;br&gt;Dernier essai : %2&lt;br&gt;Intervalle d&apos;essai : %3&lt;br&gt;Dernière position de flux réussie : %4</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>oui, depuis %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No shared rooms.</source>
        <translation>Aucun salon partagé.</translation>
    </message>
    <message>
        <source>Rooms shared: %1</source>
        <translation>Salons partagés : %1</translation>
    </message>
    <message>
        <source>Checking the selected destinations…</source>
        <translation>Vérification des destinations sélectionnées…</translation>
    </message>
    <message>
        <source>%1: will be reset</source>
        <translation>%1 : sera réinitialisée</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Reset Connection</source>
        <translation>Réinitialiser la connexion</translation>
    </message>
    <message numerus="yes">
        <source>Reset the connection to %n server(s)? The server forgets that they failed and sends to them again at once.</source>
        <translation>
            <numerusform>Réinitialiser la connexion à %n serveur ? Le serveur oublie qu&apos;il a échoué et lui envoie de nouveau immédiatement.</numerusform>
            <numerusform>Réinitialiser la connexion à %n serveurs ? Le serveur oublie qu&apos;ils ont échoué et leur envoie de nouveau immédiatement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to reset.</source>
        <translation>Rien à réinitialiser.</translation>
    </message>
    <message>
        <source>&amp;Reset Connection</source>
        <translation>&amp;Réinitialiser la connexion</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Réinitialisation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Reset connection: %1</source>
        <translation>Réinitialiser la connexion : %1</translation>
    </message>
</context>
<context>
    <name>Steward::HealthApi</name>
    <message>
        <source>Recalculate the room statistics (room list counts, largest rooms)</source>
        <translation>Recalculer les statistiques des salons (comptes de la liste, plus gros salons)</translation>
    </message>
    <message>
        <source>Rebuild the user directory (the search for users)</source>
        <translation>Reconstruire l&apos;annuaire des utilisateurs (la recherche d&apos;utilisateurs)</translation>
    </message>
    <message>
        <source>the next_token is not a number</source>
        <translation>le next_token n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>Steward::HistoryPurge</name>
    <message>
        <source>Checking the room and the cutoff</source>
        <translation>Vérification du salon et de la date limite</translation>
    </message>
    <message>
        <source>Give a date or an event before which the history is deleted.</source>
        <translation>Indiquez une date ou un événement avant lequel l&apos;historique est supprimé.</translation>
    </message>
    <message>
        <source>The cutoff is in the future: give a moment in the past.</source>
        <translation>La date limite est dans le futur : indiquez un moment dans le passé.</translation>
    </message>
    <message>
        <source>The server knows no room %1.</source>
        <translation>Le serveur ne connaît aucun salon %1.</translation>
    </message>
    <message>
        <source>The server knows no event %1.</source>
        <translation>Le serveur ne connaît aucun événement %1.</translation>
    </message>
    <message>
        <source>Event %1 is not in this room.</source>
        <translation>L&apos;événement %1 n&apos;est pas dans ce salon.</translation>
    </message>
    <message>
        <source>Starting the purge</source>
        <translation>Lancement de la purge</translation>
    </message>
    <message>
        <source>The server is deleting the history</source>
        <translation>Le serveur supprime l&apos;historique</translation>
    </message>
    <message>
        <source>The server is deleting the history (its answer was lost; found the purge)</source>
        <translation>Le serveur supprime l&apos;historique (sa réponse a été perdue ; la purge a été trouvée)</translation>
    </message>
    <message>
        <source>the answer was lost and the server has no purge for this room (verified: nothing was started)</source>
        <translation>la réponse a été perdue et le serveur n&apos;a aucune purge pour ce salon (vérifié : rien n&apos;a été lancé)</translation>
    </message>
    <message>
        <source>the purge was started (id %1) but its status could not be read: %2</source>
        <translation>la purge a été lancée (id %1) mais son état n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>the server completed the purge</source>
        <translation>le serveur a terminé la purge</translation>
    </message>
    <message>
        <source>the server reports the purge failed</source>
        <translation>le serveur indique que la purge a échoué</translation>
    </message>
    <message>
        <source>The server is deleting the history (%1)</source>
        <translation>Le serveur supprime l&apos;historique (%1)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salon : %1</translation>
    </message>
    <message>
        <source>from local and remote users</source>
        <translation>des utilisateurs locaux et distants</translation>
    </message>
    <message>
        <source>from remote users only (local users&apos; events are kept)</source>
        <translation>des utilisateurs distants seulement (les événements des utilisateurs locaux sont conservés)</translation>
    </message>
    <message>
        <source>Deletes: the messages and other non-state events before event %1 (sent %2), %3.</source>
        <translation>Supprime : les messages et autres événements hors état avant l&apos;événement %1 (envoyé %2), %3.</translation>
    </message>
    <message>
        <source>Keeps: that event and everything after it; the room&apos;s state (members, name, power levels, ...).</source>
        <translation>Conserve : cet événement et tout ce qui suit ; l&apos;état du salon (membres, nom, niveaux de pouvoir, ...).</translation>
    </message>
    <message>
        <source>Deletes: the messages and other non-state events before %1, %2. No event in the room is newer: the server keeps the latest one.</source>
        <translation>Supprime : les messages et autres événements hors état avant %1, %2. Aucun événement du salon n&apos;est plus récent : le serveur conserve le dernier.</translation>
    </message>
    <message>
        <source>Keeps: the room&apos;s latest event; the room&apos;s state (members, name, power levels, ...).</source>
        <translation>Conserve : le dernier événement du salon ; l&apos;état du salon (membres, nom, niveaux de pouvoir, ...).</translation>
    </message>
    <message>
        <source>This cannot be undone. Other servers in the room keep their copies.</source>
        <translation>Ceci est irréversible. Les autres serveurs du salon gardent leurs copies.</translation>
    </message>
</context>
<context>
    <name>Steward::JsonArrayStream</name>
    <message>
        <source>reading was stopped</source>
        <translation>la lecture a été arrêtée</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>the answer ended early (after %1 bytes)</source>
        <translation>la réponse s&apos;est arrêtée trop tôt (après %1 octets)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the answer holds &quot;%1&quot; twice</source>
        <translation>la réponse contient « %1 » deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the answer is not a list</source>
        <translation>« %1 » dans la réponse n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>the list &quot;%1&quot; in the answer holds something other than objects</source>
        <translation>la liste « %1 » dans la réponse contient autre chose que des objets</translation>
    </message>
    <message>
        <source>the answer goes on after its JSON object (at byte %1)</source>
        <translation>la réponse continue après son objet JSON (à l&apos;octet %1)</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; in the answer is larger than %3 bytes</source>
        <translation>l&apos;entrée %1 de « %2 » dans la réponse dépasse %3 octets</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; in the answer is not valid JSON (%3)</source>
        <translation>l&apos;entrée %1 de « %2 » dans la réponse n&apos;est pas du JSON valide (%3)</translation>
    </message>
    <message>
        <source>the answer holds more than %1 bytes besides &quot;%2&quot;</source>
        <translation>la réponse contient plus de %1 octets en dehors de « %2 »</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ « %1 » est absent</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation>la réponse n&apos;est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (unexpected character at byte %1)</source>
        <translation>la réponse n&apos;est pas du JSON valide (caractère inattendu à l&apos;octet %1)</translation>
    </message>
</context>
<context>
    <name>Steward::MainWindow</name>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil du serveur</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The users of the server will be listed here.</source>
        <translation>Les utilisateurs du serveur seront listés ici.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>The rooms of the server will be listed here.</source>
        <translation>Les salons du serveur seront listés ici.</translation>
    </message>
    <message>
        <source>&amp;Bulk Join Users to Rooms…</source>
        <translation>&amp;Ajouter des utilisateurs aux salons en masse…</translation>
    </message>
    <message>
        <source>&amp;Purge Old Media…</source>
        <translation>&amp;Purger les anciens médias…</translation>
    </message>
    <message>
        <source>&amp;External-ID Cleanup…</source>
        <translation>Nettoyage des ID &amp;externes…</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>Pas encore disponible dans cette version</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Signed in as %1%2</source>
        <translation>Connecté en tant que %1%2</translation>
    </message>
    <message>
        <source> (admin)</source>
        <translation> (admin)</translation>
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
        <translation>À propos de Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Administration of Matrix Synapse homeservers.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Server: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Administration de serveurs d&apos;accueil Matrix Synapse.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Serveur : %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Find and remove identity-provider links, with backup and restore</source>
        <translation>Trouver et supprimer les liens vers des fournisseurs d&apos;identité, avec sauvegarde et restauration</translation>
    </message>
    <message>
        <source>Reload the current view (F5); when the server is unreachable, try it now</source>
        <translation>Recharger la vue actuelle (F5) ; si le serveur est injoignable, réessayer maintenant</translation>
    </message>
    <message>
        <source>Signing out of the sessions kept for this session only…</source>
        <translation>Déconnexion des sessions conservées pour cette session uniquement…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Offline since %1 — trying to reconnect…</source>
        <translation>Hors ligne depuis %1 — tentative de reconnexion…</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — reconnecting in %n s</source>
        <translation>
            <numerusform>Hors ligne depuis %1 — reconnexion dans %n s</numerusform>
            <numerusform>Hors ligne depuis %1 — reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Signed out: the server no longer accepts the access token. Sign in again.</source>
        <translation>Déconnecté : le serveur n&apos;accepte plus le jeton d&apos;accès. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not answer (since %2).&lt;/b&gt; What you see was loaded before and may be out of date; actions that change the server are disabled until it answers again. Steward keeps trying by itself.</source>
        <translation>&lt;b&gt;%1 ne répond pas (depuis %2).&lt;/b&gt; Ce que vous voyez a été chargé auparavant et n&apos;est peut-être plus à jour ; les actions qui modifient le serveur sont désactivées jusqu&apos;à ce qu&apos;il réponde de nouveau. Steward continue d&apos;essayer de lui-même.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not answer (since %2).&lt;/b&gt; Steward keeps trying by itself and connects as soon as the server is back.</source>
        <translation>&lt;b&gt;%1 ne répond pas (depuis %2).&lt;/b&gt; Steward continue d&apos;essayer de lui-même et se connecte dès que le serveur est de retour.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>How the server is will be shown here.</source>
        <translation>L&apos;état du serveur sera affiché ici.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>Signalements (%1)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
</context>
<context>
    <name>Steward::MaintenanceView</name>
    <message>
        <source>Database background updates</source>
        <translation>Mises à jour d&apos;arrière-plan de la base de données</translation>
    </message>
    <message>
        <source>Start a &amp;job:</source>
        <translation>Lancer une &amp;tâche :</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Lancer…</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Tâches planifiées</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Progress or result</source>
        <translation>Progression ou résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not read the background updates: %1</source>
        <translation>Les mises à jour d&apos;arrière-plan n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Background updates are &lt;b&gt;enabled&lt;/b&gt;.</source>
        <translation>Les mises à jour d&apos;arrière-plan sont &lt;b&gt;activées&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Background updates are &lt;b&gt;disabled&lt;/b&gt;: the server does not run them.</source>
        <translation>Les mises à jour d&apos;arrière-plan sont &lt;b&gt;désactivées&lt;/b&gt; : le serveur ne les exécute pas.</translation>
    </message>
    <message>
        <source>None is running.</source>
        <translation>Aucune n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Running on database %1: &lt;b&gt;%2&lt;/b&gt;, %3 items in %4 s (%5 items/s)</source>
        <translation>En cours sur la base %1 : &lt;b&gt;%2&lt;/b&gt;, %3 éléments en %4 s (%5 éléments/s)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Could not read the scheduled tasks: %1</source>
        <translation>Les tâches planifiées n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) the server remembers, %1 still running or waiting.</source>
        <translation>
            <numerusform>%n tâche connue du serveur, %1 encore en cours ou en attente.</numerusform>
            <numerusform>%n tâches connues du serveur, %1 encore en cours ou en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>Aucune tâche planifiée.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <source>Start Background Job</source>
        <translation>Lancer une tâche d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Queue the job %1 on the server?</source>
        <translation>Mettre la tâche %1 en file sur le serveur ?</translation>
    </message>
    <message>
        <source>. It runs in the background and can take long on a large server.</source>
        <translation>. Elle tourne en arrière-plan et peut être longue sur un gros serveur.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Job %1 was queued on the server.</source>
        <translation>La tâche %1 a été mise en file sur le serveur.</translation>
    </message>
    <message>
        <source>The server did not start %1: %2</source>
        <translation>Le serveur n&apos;a pas lancé %1 : %2</translation>
    </message>
</context>
<context>
    <name>Steward::MakeRoomAdminDialog</name>
    <message>
        <source>Make Room Admin</source>
        <translation>Rendre administrateur du salon</translation>
    </message>
    <message>
        <source>Give a user of this server the highest power level in %1. The server acts through a local member who may change power levels, and invites the user if they are not in the room yet.</source>
        <translation>Donner à un utilisateur de ce serveur le niveau de pouvoir le plus élevé dans %1. Le serveur agit par l&apos;intermédiaire d&apos;un membre local autorisé à modifier les niveaux de pouvoir, et invite l&apos;utilisateur s&apos;il n&apos;est pas encore dans le salon.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User to make room admin</source>
        <translation>Utilisateur à rendre administrateur du salon</translation>
    </message>
    <message>
        <source>&amp;Make Admin</source>
        <translation>&amp;Rendre administrateur</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Rendre administrateur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID: enter one like @name:server.</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant d&apos;utilisateur : saisissez-en un de la forme @nom:serveur.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>%1 is now an admin of the room.</source>
        <translation>%1 est maintenant administrateur du salon.</translation>
    </message>
</context>
<context>
    <name>Steward::MasAdminApi</name>
    <message>
        <source>the MAS user has no id</source>
        <translation>l&apos;utilisateur MAS n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>MAS created the personal session but sent no access token</source>
        <translation>MAS a créé la session personnelle mais n&apos;a envoyé aucun jeton d&apos;accès</translation>
    </message>
    <message>
        <source>MAS answered HTTP %1: %2</source>
        <translation>MAS a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>the MAS admin API refused the token (HTTP %1%2): it needs the scope urn:mas:admin; sign in with --oauth as a user MAS lets request admin rights</source>
        <translation>l&apos;API d&apos;administration de MAS a refusé le jeton (HTTP %1%2) : il lui faut la portée urn:mas:admin ; connectez-vous avec --oauth en tant qu&apos;utilisateur autorisé par MAS à demander les droits d&apos;administration</translation>
    </message>
    <message>
        <source>MAS named a next page of personal sessions without a new page[after] cursor</source>
        <translation>MAS a indiqué une page suivante de sessions personnelles sans nouveau curseur page[after]</translation>
    </message>
    <message>
        <source>This server delegates sign-in to Matrix Authentication Service (MAS), which owns locking, deactivation, admin rights and passwords; changing them needs MAS&apos;s admin API, and this sign-in&apos;s token lacks its scope urn:mas:admin. Sign in with OAuth (&quot;Sign In with Browser&quot;, or steward-cli profile add --oauth) as a user MAS lets request admin rights.</source>
        <translation>Ce serveur délègue la connexion à Matrix Authentication Service (MAS), qui gère le verrouillage, la désactivation, les droits d&apos;administration et les mots de passe ; les modifier nécessite l&apos;API d&apos;administration de MAS, et le jeton de cette connexion n&apos;a pas sa portée urn:mas:admin. Connectez-vous avec OAuth (« Se connecter avec le navigateur », ou steward-cli profile add --oauth) en tant qu&apos;utilisateur autorisé par MAS à demander les droits d&apos;administration.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaAction</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Mettre en quarantaine</translation>
    </message>
    <message>
        <source>Unquarantine</source>
        <translation>Sortir de quarantaine</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>Retirer la protection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Listed more than once: handled once.</source>
        <translation>Listé plusieurs fois : traité une fois.</translation>
    </message>
    <message>
        <source>Reading the user&apos;s media</source>
        <translation>Lecture des médias de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Reading the room&apos;s media</source>
        <translation>Lecture des médias du salon</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Lecture des fichiers</translation>
    </message>
    <message>
        <source>A file of another server (%1): the server does this for its own (local) media only.</source>
        <translation>Un fichier d&apos;un autre serveur (%1) : le serveur ne le fait que pour ses propres médias (locaux).</translation>
    </message>
    <message>
        <source>There is no such file on this server.</source>
        <translation>Ce fichier n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>This server holds no copy of this remote file.</source>
        <translation>Ce serveur n&apos;a aucune copie de ce fichier distant.</translation>
    </message>
    <message>
        <source>Cancelled before the file was read.</source>
        <translation>Annulé avant la lecture du fichier.</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Already quarantined.</source>
        <translation>Déjà en quarantaine.</translation>
    </message>
    <message>
        <source>Protected from quarantine: the server leaves it alone (unprotect it first).</source>
        <translation>Protégé de la quarantaine : le serveur n&apos;y touche pas (retirez d&apos;abord la protection).</translation>
    </message>
    <message>
        <source>Not quarantined.</source>
        <translation>Pas en quarantaine.</translation>
    </message>
    <message>
        <source>Already protected.</source>
        <translation>Déjà protégé.</translation>
    </message>
    <message>
        <source>Not protected.</source>
        <translation>Pas protégé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n file(s) (%2)</source>
        <translation>
            <numerusform>%1 %n fichier (%2)</numerusform>
            <numerusform>%1 %n fichiers (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n ignoré</numerusform>
            <numerusform>; %n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not read</source>
        <translation>
            <numerusform>; %n non lu</numerusform>
            <numerusform>; %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: files</source>
        <translation>%1 : fichiers</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Deleted (checked: the file is gone).</source>
        <translation>Supprimé (vérifié : le fichier n&apos;existe plus).</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and reading the file back failed too: %2</source>
        <translation>La réponse a été perdue (%1) et la relecture du fichier a aussi échoué : %2</translation>
    </message>
    <message>
        <source>The server accepted it, but reading the file back failed: %1</source>
        <translation>Le serveur a accepté, mais la relecture du fichier a échoué : %1</translation>
    </message>
    <message>
        <source>Done (checked after the answer was lost).</source>
        <translation>Fait (vérifié après la perte de la réponse).</translation>
    </message>
    <message>
        <source>Not carried out: the answer was lost (%1) and the file is unchanged.</source>
        <translation>Non effectué : la réponse a été perdue (%1) et le fichier est inchangé.</translation>
    </message>
    <message>
        <source>The server left it alone: the file is protected from quarantine.</source>
        <translation>Le serveur n&apos;y a pas touché : le fichier est protégé de la quarantaine.</translation>
    </message>
    <message>
        <source>The server answered without error, but the file is unchanged.</source>
        <translation>Le serveur a répondu sans erreur, mais le fichier est inchangé.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaApi</name>
    <message>
        <source>&quot;%1&quot; is no mxc URI (expected mxc://SERVER/MEDIA_ID)</source>
        <translation>« %1 » n&apos;est pas une URI mxc (attendu : mxc://SERVER/MEDIA_ID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks a server name or a media ID (expected mxc://SERVER/MEDIA_ID)</source>
        <translation>il manque à « %1 » un nom de serveur ou un identifiant de média (attendu : mxc://SERVER/MEDIA_ID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no valid mxc URI: the server name has no spaces, the media ID only the letters A-Z, a-z, digits, - and _</source>
        <translation>« %1 » n&apos;est pas une URI mxc valide : le nom du serveur ne contient pas d&apos;espaces, l&apos;identifiant du média seulement les lettres A-Z, a-z, des chiffres, - et _</translation>
    </message>
</context>
<context>
    <name>Steward::MediaListModel</name>
    <message>
        <source>Media ID</source>
        <translation>Identifiant du média</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>remote (%1)</source>
        <translation>distant (%1)</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Échec du chargement : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(remote, not cached here)</source>
        <translation>(distant, pas en cache ici)</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Deleted media cannot be restored.</source>
        <translation>Les médias supprimés ne peuvent pas être restaurés.</translation>
    </message>
    <message>
        <source>&amp;Delete Media</source>
        <translation>&amp;Supprimer les médias</translation>
    </message>
    <message>
        <source>Type the server name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez le nom du serveur &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <source>Server name to confirm</source>
        <translation>Nom du serveur à confirmer</translation>
    </message>
    <message>
        <source>I understand that the cutoff is within the last 24 hours and that media people are using right now will be deleted</source>
        <translation>Je comprends que la date limite se situe dans les dernières 24 heures et que des médias utilisés en ce moment seront supprimés</translation>
    </message>
    <message>
        <source>Confirm a recent cutoff</source>
        <translation>Confirmer une date limite récente</translation>
    </message>
    <message>
        <source>&lt;p&gt;On &lt;b&gt;%1&lt;/b&gt;, delete every local media file last accessed before &lt;b&gt;%2&lt;/b&gt;%3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sur &lt;b&gt;%1&lt;/b&gt;, supprimer tous les fichiers de médias locaux dont le dernier accès est antérieur au &lt;b&gt;%2&lt;/b&gt;%3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and larger than %1 bytes</source>
        <translation> et de plus de %1 octets</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kept: quarantined and protected files%1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conservés : fichiers en quarantaine et protégés%1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, profile pictures</source>
        <translation>, photos de profil</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Profile pictures are deleted too.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les photos de profil sont aussi supprimées.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also purge cached copies of other servers&apos; media last accessed before the cutoff.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Purger aussi les copies en cache des médias d&apos;autres serveurs dont le dernier accès est antérieur à la date limite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cached media from other servers are not touched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les médias en cache provenant d&apos;autres serveurs ne sont pas modifiés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Estimate: about %1 files, %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Estimation : environ %1 fichiers, %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No estimate was made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune estimation n&apos;a été faite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeCutoff</name>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time), e.g. 2024-01-31 or 2024-01-31T18:30</source>
        <translation>&quot;%1&quot; n&apos;est pas une date : attendu YYYY-MM-DD ou YYYY-MM-DDTHH:MM[:SS] (heure locale), p. ex. 2024-01-31 ou 2024-01-31T18:30</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (check month and day)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date du calendrier (vérifiez le mois et le jour)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid time of day (hours 00-23, minutes and seconds 00-59)</source>
        <translation>&quot;%1&quot; n&apos;a pas d&apos;heure valide (heures 00-23, minutes et secondes 00-59)</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it when daylight saving time starts): choose a time outside that gap</source>
        <translation>%1 n&apos;existe pas dans le fuseau horaire %2 (les horloges sautent cette heure au passage à l&apos;heure d&apos;été) : choisissez une heure en dehors de cet intervalle</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 36500 (got %1)</source>
        <translation>le nombre de jours doit être compris entre 1 et 36500 (reçu %1)</translation>
    </message>
    <message>
        <source>The cutoff %1 is in the future: media last accessed up to now would all be deleted. Choose a date in the past.</source>
        <translation>La date limite %1 est dans le futur : tous les médias consultés jusqu&apos;à maintenant seraient supprimés. Choisissez une date passée.</translation>
    </message>
    <message>
        <source>The cutoff %1 is earlier than 12 December 1970, which Synapse refuses. Choose a later date.</source>
        <translation>La date limite %1 est antérieure au 12 décembre 1970, ce que Synapse refuse. Choisissez une date plus récente.</translation>
    </message>
    <message>
        <source>The cutoff %1 is within the last 24 hours: media people are using right now would be deleted. This needs an extra confirmation.</source>
        <translation>La date limite %1 se situe dans les dernières 24 heures : des médias utilisés en ce moment seraient supprimés. Cela nécessite une confirmation supplémentaire.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeCutoffPage</name>
    <message>
        <source>Which media to delete</source>
        <translation>Quels médias supprimer</translation>
    </message>
    <message>
        <source>Local media nobody has accessed since the cutoff are deleted from the server&apos;s disk.</source>
        <translation>Les médias locaux que personne n&apos;a consultés depuis la date limite sont supprimés du disque du serveur.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The server deletes a local file when it was &lt;b&gt;last accessed before the cutoff&lt;/b&gt; (a file never downloaded counts from its upload). It &lt;b&gt;never deletes quarantined files or files protected from quarantine&lt;/b&gt;, and keeps profile pictures unless you allow it below. Deleted files are gone for good: messages that show them will show a broken image. Synapse has no undo and no dry run; Steward estimates the effect on the next page before anything is deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le serveur supprime un fichier local lorsque son &lt;b&gt;dernier accès est antérieur à la date limite&lt;/b&gt; (pour un fichier jamais téléchargé, c&apos;est la date de téléversement qui compte). Il &lt;b&gt;ne supprime jamais les fichiers en quarantaine ni les fichiers protégés contre la quarantaine&lt;/b&gt;, et conserve les photos de profil sauf si vous l&apos;autorisez ci-dessous. Les fichiers supprimés le sont définitivement : les messages qui les affichent montreront une image cassée. Synapse ne permet ni annulation ni simulation ; Steward estime l&apos;effet à la page suivante avant toute suppression.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not accessed in the last</source>
        <translation>Non consultés depuis</translation>
    </message>
    <message>
        <source>Cutoff by number of days</source>
        <translation>Date limite en nombre de jours</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Last accessed before</source>
        <translation>Dernier accès avant le</translation>
    </message>
    <message>
        <source>Cutoff by calendar date</source>
        <translation>Date limite selon le calendrier</translation>
    </message>
    <message>
        <source>Cutoff date and time, local time</source>
        <translation>Date et heure limites, heure locale</translation>
    </message>
    <message>
        <source>Only files larger than</source>
        <translation>Uniquement les fichiers de plus de</translation>
    </message>
    <message>
        <source>Limit by size</source>
        <translation>Limiter par taille</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Taille limite</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Unité de taille</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Keep profile pictures (user and room avatars)</source>
        <translation>Conserver les photos de profil (avatars des utilisateurs et des salons)</translation>
    </message>
    <message>
        <source>Keep profile pictures</source>
        <translation>Conserver les photos de profil</translation>
    </message>
    <message>
        <source>Also purge the cache of media from other servers (they can be fetched again when someone looks at them)</source>
        <translation>Purger aussi le cache des médias d&apos;autres serveurs (ils peuvent être récupérés à nouveau quand quelqu&apos;un les consulte)</translation>
    </message>
    <message>
        <source>Also purge cached remote media</source>
        <translation>Purger aussi les médias distants en cache</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it when daylight saving time starts): choose a time outside that gap.</source>
        <translation>%1 n&apos;existe pas dans le fuseau horaire %2 (les horloges sautent cette heure au passage à l&apos;heure d&apos;été) : choisissez une heure en dehors de cet intervalle.</translation>
    </message>
    <message>
        <source>Cutoff: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Date limite : &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeEstimatePage</name>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Steward reads every user&apos;s media list to predict what the server will delete. Nothing is deleted yet.</source>
        <translation>Steward lit la liste des médias de chaque utilisateur pour prévoir ce que le serveur supprimera. Rien n&apos;est encore supprimé.</translation>
    </message>
    <message>
        <source>Estimate progress</source>
        <translation>Progression de l&apos;estimation</translation>
    </message>
    <message>
        <source>&amp;Cancel Estimate</source>
        <translation>&amp;Annuler l&apos;estimation</translation>
    </message>
    <message>
        <source>Cancel the estimate</source>
        <translation>Annuler l&apos;estimation</translation>
    </message>
    <message>
        <source>&amp;Skip Estimate</source>
        <translation>&amp;Passer l&apos;estimation</translation>
    </message>
    <message>
        <source>Skip the estimate and continue</source>
        <translation>Passer l&apos;estimation et continuer</translation>
    </message>
    <message>
        <source>On very large servers the estimate can take long; the purge works without it.</source>
        <translation>Sur les très grands serveurs, l&apos;estimation peut être longue ; la purge fonctionne sans elle.</translation>
    </message>
    <message>
        <source>Users most affected (up to 20):</source>
        <translation>Utilisateurs les plus concernés (jusqu&apos;à 20) :</translation>
    </message>
    <message>
        <source>Users most affected</source>
        <translation>Utilisateurs les plus concernés</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 %2 of %3 users.</source>
        <translation>%1 %2 utilisateurs sur %3.</translation>
    </message>
    <message>
        <source>The estimate was stopped after %1 of %2 users: there are no numbers to show. You can continue without them, or go back and start it again.</source>
        <translation>L&apos;estimation a été arrêtée après %1 utilisateurs sur %2 : il n&apos;y a aucun chiffre à afficher. Vous pouvez continuer sans, ou revenir en arrière et la relancer.</translation>
    </message>
    <message>
        <source>The estimate failed: %1. You can continue without it, or go back and try again.</source>
        <translation>L&apos;estimation a échoué : %1. Vous pouvez continuer sans, ou revenir en arrière et réessayer.</translation>
    </message>
    <message>
        <source>Done: read the media lists of %1 users.</source>
        <translation>Terminé : listes de médias de %1 utilisateurs lues.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Estimate:&lt;/b&gt; about &lt;b&gt;%1 local files, %2&lt;/b&gt;, uploaded by %3 users, would be deleted.&lt;/p&gt;&lt;p&gt;Kept: %4 quarantined, %5 protected, %6 profile pictures, %7 not larger than the size limit.&lt;/p&gt;&lt;p&gt;&lt;i&gt;This is an estimate: media not uploaded by a user (URL previews), custom per-room avatars and anything accessed from now on are not counted. The server decides when it deletes.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Estimation :&lt;/b&gt; environ &lt;b&gt;%1 fichiers locaux, %2&lt;/b&gt;, téléversés par %3 utilisateurs, seraient supprimés.&lt;/p&gt;&lt;p&gt;Conservés : %4 en quarantaine, %5 protégés, %6 photos de profil, %7 ne dépassant pas la taille limite.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Ceci est une estimation : les médias non téléversés par un utilisateur (aperçus d&apos;URL), les avatars personnalisés par salon et tout ce qui est consulté à partir de maintenant ne sont pas comptés. Le serveur décide au moment de la suppression.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeEstimator</name>
    <message>
        <source>Reading the per-user media statistics…</source>
        <translation>Lecture des statistiques de médias par utilisateur…</translation>
    </message>
    <message>
        <source>Reading the media statistics failed</source>
        <translation>La lecture des statistiques de médias a échoué</translation>
    </message>
    <message>
        <source>Reading the media of %1 failed</source>
        <translation>La lecture des médias de %1 a échoué</translation>
    </message>
    <message>
        <source>Reading the users&apos; media lists…</source>
        <translation>Lecture des listes de médias des utilisateurs…</translation>
    </message>
    <message>
        <source>Looking for profile pictures…</source>
        <translation>Recherche des photos de profil…</translation>
    </message>
    <message>
        <source>Reading a user&apos;s profile picture failed</source>
        <translation>La lecture de la photo de profil d&apos;un utilisateur a échoué</translation>
    </message>
    <message>
        <source>Reading the room avatars failed</source>
        <translation>La lecture des avatars des salons a échoué</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeResultPage</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What the server reported back.</source>
        <translation>Ce que le serveur a répondu.</translation>
    </message>
    <message>
        <source>Purge progress</source>
        <translation>Progression de la purge</translation>
    </message>
    <message>
        <source>&amp;Export Deleted Media IDs to CSV…</source>
        <translation>&amp;Exporter les identifiants des médias supprimés en CSV…</translation>
    </message>
    <message>
        <source>Export deleted media IDs to CSV</source>
        <translation>Exporter les identifiants des médias supprimés en CSV</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deleted %1 local media files&lt;/b&gt; (the server&apos;s count).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 fichiers de médias locaux supprimés&lt;/b&gt; (décompte du serveur).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Space freed: at least %1 — sizes known from the estimate for %2 of the %3 deleted files (thumbnails not counted).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Espace libéré : au moins %1 — tailles connues d&apos;après l&apos;estimation pour %2 des %3 fichiers supprimés (miniatures non comptées).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Space freed: unknown (the estimate was skipped; the server does not report sizes).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Espace libéré : inconnu (l&apos;estimation a été passée ; le serveur n&apos;indique pas les tailles).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This server only knows the older media deletion path; it was used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce serveur ne connaît que l&apos;ancien chemin de suppression des médias ; c&apos;est celui-ci qui a été utilisé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Local media: nothing was deleted.&lt;/b&gt; The server refused: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Médias locaux : rien n&apos;a été supprimé.&lt;/b&gt; Le serveur a refusé : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleted %1 cached files of other servers&apos; media.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 fichiers en cache de médias d&apos;autres serveurs supprimés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remote media cache: failed&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cache des médias distants : échec&lt;/b&gt; : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remote media cache: not attempted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cache des médias distants : non tenté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Finished with errors.</source>
        <translation>Terminé avec des erreurs.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1 media IDs to %2.</source>
        <translation>%1 identifiants de médias enregistrés dans %2.</translation>
    </message>
    <message>
        <source>Export Deleted Media IDs</source>
        <translation>Exporter les identifiants des médias supprimés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deleted %1 local media files&lt;/b&gt; (verified: the server&apos;s answer was lost, so Steward listed the media again; %2 files still match).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 fichiers de médias locaux supprimés&lt;/b&gt; (vérifié : la réponse du serveur a été perdue, Steward a donc listé de nouveau les médias ; %2 fichiers correspondent encore).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Local media: outcome unknown.&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Médias locaux : résultat inconnu.&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Stop the Purge</source>
        <translation>&amp;Arrêter la purge</translation>
    </message>
    <message>
        <source>Stop the purge</source>
        <translation>Arrêter la purge</translation>
    </message>
    <message>
        <source>Starts no further step; a step the server has received is carried out there, and its answer is shown</source>
        <translation>Ne lance aucune autre étape ; une étape reçue par le serveur y est exécutée, et sa réponse est affichée</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Local media: not attempted&lt;/b&gt; (stopped before it was sent); nothing was deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Médias locaux : non tenté&lt;/b&gt; (arrêté avant l&apos;envoi) ; rien n&apos;a été supprimé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeRun</name>
    <message>
        <source>Deleting local media…</source>
        <translation>Suppression des médias locaux…</translation>
    </message>
    <message>
        <source>Deleting cached remote media…</source>
        <translation>Suppression des médias distants en cache…</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; checking which media are still there…</source>
        <translation>La réponse du serveur a été perdue ; vérification des médias encore présents…</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer to the delete was lost (%1) and the media could not be listed afterwards (%2). Estimate again to see what is left.</source>
        <translation>Résultat inconnu : la réponse à la suppression a été perdue (%1) et les médias n&apos;ont pas pu être listés ensuite (%2). Refaites l&apos;estimation pour voir ce qui reste.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer to the delete was lost (%1). %2 files still match the criteria; without an earlier estimate it is not known how many were deleted.</source>
        <translation>Résultat inconnu : la réponse à la suppression a été perdue (%1). %2 fichiers correspondent encore aux critères ; sans estimation préalable, on ne sait pas combien ont été supprimés.</translation>
    </message>
    <message>
        <source>Cancelling: the server has received this step and carries it out; waiting for its answer…</source>
        <translation>Annulation : le serveur a reçu cette étape et l&apos;exécute ; attente de sa réponse…</translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeWizard</name>
    <message>
        <source>Purge Old Media — %1</source>
        <translation>Purger les anciens médias — %1</translation>
    </message>
    <message>
        <source>Purge old media</source>
        <translation>Purger les anciens médias</translation>
    </message>
    <message>
        <source>Delete local media nobody has accessed since a date</source>
        <translation>Supprimer les médias locaux que personne n&apos;a consultés depuis une date</translation>
    </message>
    <message>
        <source>Connect to a server as an admin first</source>
        <translation>Connectez-vous d&apos;abord à un serveur en tant qu&apos;administrateur</translation>
    </message>
</context>
<context>
    <name>Steward::MediaStatsModel</name>
    <message>
        <source>User ID</source>
        <translation>Identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Steward::MediaView</name>
    <message>
        <source>Users by media size</source>
        <translation>Utilisateurs par taille des médias</translation>
    </message>
    <message>
        <source>Search user ID or display name</source>
        <translation>Rechercher un identifiant ou un nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Uploaded from</source>
        <translation>Envoyé depuis</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Uploaded until</source>
        <translation>Envoyé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Largest rooms in the database</source>
        <translation>Plus gros salons de la base de données</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Identifiant du salon</translation>
    </message>
    <message>
        <source>Estimated size</source>
        <translation>Taille estimée</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Double-click a user in the ranking, or use Media… in a user&apos;s or room&apos;s details, to list their files here.</source>
        <translation>Double-cliquez sur un utilisateur du classement, ou utilisez Médias… dans les détails d&apos;un utilisateur ou d&apos;un salon, pour lister ses fichiers ici.</translation>
    </message>
    <message>
        <source>Show previews</source>
        <translation>Afficher les aperçus</translation>
    </message>
    <message>
        <source>Downloads a thumbnail of the selected file. Reported files can be abusive: the preview stays blurred until you click it.</source>
        <translation>Télécharge une miniature du fichier sélectionné. Les fichiers signalés peuvent être choquants : l&apos;aperçu reste flou jusqu&apos;à ce que vous cliquiez dessus.</translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Quarantaine…</translation>
    </message>
    <message>
        <source>U&amp;nquarantine…</source>
        <translation>So&amp;rtir de quarantaine…</translation>
    </message>
    <message>
        <source>&amp;Protect…</source>
        <translation>&amp;Protéger…</translation>
    </message>
    <message>
        <source>Unp&amp;rotect…</source>
        <translation>Retirer la p&amp;rotection…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Quarantine &amp;Everything…</source>
        <translation>&amp;Tout mettre en quarantaine…</translation>
    </message>
    <message>
        <source>Purge &amp;Old Media…</source>
        <translation>Purger les &amp;anciens médias…</translation>
    </message>
    <message>
        <source>Delete local media nobody has accessed since a date (Tools menu)</source>
        <translation>Supprimer les médias locaux auxquels personne n&apos;a accédé depuis une date (menu Outils)</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Échec du chargement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with media</source>
        <translation>
            <numerusform>%n utilisateur ayant des médias</numerusform>
            <numerusform>%n utilisateurs ayant des médias</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Aucun fichier.</translation>
    </message>
    <message>
        <source>The end of the date range lies before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>Not available: %1 (the server computes this on PostgreSQL only)</source>
        <translation>Non disponible : %1 (le serveur ne le calcule que sous PostgreSQL)</translation>
    </message>
    <message>
        <source>No rooms.</source>
        <translation>Aucun salon.</translation>
    </message>
    <message>
        <source>Double-click a room to list the files its messages point to.</source>
        <translation>Double-cliquez sur un salon pour lister les fichiers auxquels renvoient ses messages.</translation>
    </message>
    <message>
        <source>Files uploaded by %1</source>
        <translation>Fichiers envoyés par %1</translation>
    </message>
    <message>
        <source>Quarantine &amp;Everything of This User…</source>
        <translation>&amp;Tout de cet utilisateur en quarantaine…</translation>
    </message>
    <message>
        <source>Files in %1</source>
        <translation>Fichiers dans %1</translation>
    </message>
    <message>
        <source>Quarantine &amp;Everything in This Room…</source>
        <translation>&amp;Tout ce salon en quarantaine…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Could not read the files: %1. Nothing was changed.</source>
        <translation>Les fichiers n&apos;ont pas pu être lus : %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing to do: %1.</source>
        <translation>Rien à faire : %1.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the selected files</source>
        <translation>les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>everything %1 uploaded</source>
        <translation>tout ce que %1 a envoyé</translation>
    </message>
    <message>
        <source>every file in %1</source>
        <translation>chaque fichier de %1</translation>
    </message>
    <message>
        <source>%1 of %2?</source>
        <translation>%1 de %2 ?</translation>
    </message>
    <message>
        <source>Deleted files are gone for good: they cannot be restored.</source>
        <translation>Les fichiers supprimés le sont définitivement : ils ne peuvent pas être restaurés.</translation>
    </message>
    <message>
        <source>Quarantined files can no longer be downloaded from this server.</source>
        <translation>Les fichiers en quarantaine ne peuvent plus être téléchargés depuis ce serveur.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
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
        <translation>Sélectionnez un fichier.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu : %1</translation>
    </message>
    <message>
        <source>No preview for this file type.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier.</translation>
    </message>
    <message>
        <source>Blurred: reported files can be abusive. Click to show it.</source>
        <translation>Flouté : les fichiers signalés peuvent être choquants. Cliquez pour l&apos;afficher.</translation>
    </message>
</context>
<context>
    <name>Steward::NoticeDialog</name>
    <message>
        <source>Send Server Notice</source>
        <translation>Envoyer un avis du serveur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;All local users (not deactivated)</source>
        <translation>&amp;Tous les utilisateurs locaux (non désactivés)</translation>
    </message>
    <message>
        <source>Users listed in a &amp;file:</source>
        <translation>Utilisateurs listés dans un &amp;fichier :</translation>
    </message>
    <message>
        <source>One user per line, or a CSV file (first column)</source>
        <translation>Un utilisateur par ligne, ou un fichier CSV (première colonne)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Include &amp;bots and support users</source>
        <translation>Inclure les &amp;bots et utilisateurs de support</translation>
    </message>
    <message>
        <source>Include &amp;guests</source>
        <translation>Inclure les &amp;invités</translation>
    </message>
    <message>
        <source>&amp;Message (plain text; every recipient finds it in their &quot;Server Notices&quot; room):</source>
        <translation>&amp;Message (texte brut ; chaque destinataire le trouve dans son salon « Server Notices ») :</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Texte de l&apos;avis</translation>
    </message>
    <message>
        <source>Also send a &amp;formatted (HTML) version:</source>
        <translation>Envoyer aussi une version &amp;formatée (HTML) :</translation>
    </message>
    <message>
        <source>Notice HTML</source>
        <translation>HTML de l&apos;avis</translation>
    </message>
    <message>
        <source>&lt;p&gt;Maintenance &lt;b&gt;tonight&lt;/b&gt; from 22:00 to 23:00.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maintenance &lt;b&gt;ce soir&lt;/b&gt; de 22 h 00 à 23 h 00.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Aperçu &gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Users to Notify</source>
        <translation>Utilisateurs à aviser</translation>
    </message>
    <message>
        <source>User lists (*.txt *.csv);;All files (*)</source>
        <translation>Listes d&apos;utilisateurs (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected user(s)</source>
        <translation>
            <numerusform>L&apos;utilisateur &amp;sélectionné (%n)</numerusform>
            <numerusform>Les %n utilisateurs &amp;sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 lists no users.</source>
        <translation>Le fichier %1 ne liste aucun utilisateur.</translation>
    </message>
    <message>
        <source>Checking that the server can send notices…</source>
        <translation>Vérification que le serveur peut envoyer des avis…</translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Les utilisateurs n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source> The skipped users are listed below.</source>
        <translation> Les utilisateurs ignorés sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>To send to the rest later: steward-cli notice send --resume (journal %1).</source>
        <translation>Pour envoyer le reste plus tard : steward-cli notice send --resume (journal %1).</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the notices already on their way…</source>
        <translation>Annulation : attente des avis déjà en route…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Send Server &amp;Notice…</source>
        <translation>Envoyer un &amp;avis du serveur…</translation>
    </message>
    <message>
        <source>Send a server notice to all local users or to the users listed in a file</source>
        <translation>Envoyer un avis du serveur à tous les utilisateurs locaux ou aux utilisateurs listés dans un fichier</translation>
    </message>
</context>
<context>
    <name>Steward::OAuthClient</name>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 n&apos;a pas répondu : %2</translation>
    </message>
    <message>
        <source>the authorization server metadata has no issuer or token endpoint</source>
        <translation>les métadonnées du serveur d&apos;autorisation n&apos;ont ni émetteur ni point de terminaison de jeton</translation>
    </message>
    <message>
        <source>the authorization server does not offer dynamic client registration, which Steward needs to sign in with OAuth</source>
        <translation>le serveur d&apos;autorisation ne propose pas l&apos;enregistrement dynamique de client, dont Steward a besoin pour se connecter avec OAuth</translation>
    </message>
    <message>
        <source>this homeserver does not delegate sign-in to an OAuth 2.0 server (no /_matrix/client/v1/auth_metadata, no issuer in /.well-known/matrix/client): sign in with a password or a token</source>
        <translation>ce serveur d&apos;accueil ne délègue pas la connexion à un serveur OAuth 2.0 (pas de /_matrix/client/v1/auth_metadata, pas d&apos;issuer dans /.well-known/matrix/client) : connectez-vous avec un mot de passe ou un jeton</translation>
    </message>
    <message>
        <source>the issuer&apos;s OpenID configuration answered HTTP %1</source>
        <translation>la configuration OpenID de l&apos;émetteur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the authorization server refused to register Steward as a client (HTTP %1, %2)</source>
        <translation>le serveur d&apos;autorisation a refusé d&apos;enregistrer Steward comme client (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the client registration answer has no client_id</source>
        <translation>la réponse de l&apos;enregistrement du client n&apos;a pas de client_id</translation>
    </message>
    <message>
        <source>the authorization server does not offer the device authorization grant; sign in with the desktop application instead</source>
        <translation>le serveur d&apos;autorisation ne propose pas l&apos;autorisation d&apos;appareil ; connectez-vous plutôt avec l&apos;application de bureau</translation>
    </message>
    <message>
        <source>the device authorization was refused (HTTP %1, %2)</source>
        <translation>l&apos;autorisation d&apos;appareil a été refusée (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the device authorization answer lacks the code or URL</source>
        <translation>il manque le code ou l&apos;URL dans la réponse de l&apos;autorisation d&apos;appareil</translation>
    </message>
    <message>
        <source>the authorization server refused (HTTP %1, %2)</source>
        <translation>le serveur d&apos;autorisation a refusé (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the token answer has no access_token</source>
        <translation>la réponse du jeton n&apos;a pas d&apos;access_token</translation>
    </message>
    <message>
        <source>the code expired before it was approved: start again</source>
        <translation>le code a expiré avant son approbation : recommencez</translation>
    </message>
    <message>
        <source>the sign-in was denied (%1). Steward needs an account that may request admin rights (urn:synapse:admin:*).</source>
        <translation>la connexion a été refusée (%1). Steward a besoin d&apos;un compte pouvant demander les droits d&apos;administration (urn:synapse:admin:*).</translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1 pour la réponse du navigateur : %1</translation>
    </message>
    <message>
        <source>Nothing to see here.</source>
        <translation>Rien à voir ici.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in Steward.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion dans Steward.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You may close this window.</source>
        <translation>La connexion n&apos;a pas abouti. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>the sign-in was not completed (%1). Steward needs an account that may request admin rights (urn:synapse:admin:*).</source>
        <translation>la connexion n&apos;a pas abouti (%1). Steward a besoin d&apos;un compte pouvant demander les droits d&apos;administration (urn:synapse:admin:*).</translation>
    </message>
    <message>
        <source>Signed in. You may close this window and return to Steward.</source>
        <translation>Connecté. Vous pouvez fermer cette fenêtre et revenir à Steward.</translation>
    </message>
    <message>
        <source>there is no refresh token: sign in again</source>
        <translation>il n&apos;y a pas de jeton de renouvellement : reconnectez-vous</translation>
    </message>
    <message>
        <source>the authorization server offers no revocation endpoint: end the session in the account management page</source>
        <translation>le serveur d&apos;autorisation n&apos;offre pas de point de révocation : terminez la session dans la page de gestion du compte</translation>
    </message>
    <message>
        <source>the revocation was refused (HTTP %1, %2)</source>
        <translation>la révocation a été refusée (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>the answer to the token refresh was lost (%1): the authorization server may have replaced the refresh token, so Steward cannot tell whether its sign-in still works</source>
        <translation>la réponse au renouvellement du jeton a été perdue (%1) : le serveur d&apos;autorisation a peut-être remplacé le jeton de renouvellement, Steward ne peut donc pas savoir si sa connexion fonctionne encore</translation>
    </message>
</context>
<context>
    <name>Steward::OAuthSignIn</name>
    <message>
        <source>Finding the sign-in service of %1…</source>
        <translation>Recherche du service de connexion de %1…</translation>
    </message>
    <message>
        <source>The sign-in service %1 uses plain http:// to a host that is not this computer. Use https://, or confirm that you accept this for this profile.</source>
        <translation>Le service de connexion %1 utilise http:// en clair vers un hôte qui n&apos;est pas cet ordinateur. Utilisez https://, ou confirmez que vous l&apos;acceptez pour ce profil.</translation>
    </message>
    <message>
        <source>Registering Steward with %1…</source>
        <translation>Enregistrement de Steward auprès de %1…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the web browser…</source>
        <translation>En attente de la connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>the access token of profile &quot;%1&quot; expired and could not be refreshed (%2): sign in again</source>
        <translation>le jeton d&apos;accès du profil « %1 » a expiré et n&apos;a pas pu être renouvelé (%2) : reconnectez-vous</translation>
    </message>
    <message>
        <source>the access token of profile &quot;%1&quot; was refreshed, but the keychain refused the new one: %2</source>
        <translation>le jeton d&apos;accès du profil « %1 » a été renouvelé, mais le trousseau a refusé le nouveau : %2</translation>
    </message>
</context>
<context>
    <name>Steward::OneShotExchange</name>
    <message>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
    <message>
        <source>Connection closed before the whole answer arrived</source>
        <translation>Connexion fermée avant la réception de la réponse complète</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no end of headers</source>
        <translation>La réponse du serveur n&apos;a pas de fin d&apos;en-têtes</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP</source>
        <translation>La réponse du serveur n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an invalid Content-Length</source>
        <translation>La réponse du serveur a un Content-Length invalide</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an invalid chunk</source>
        <translation>La réponse du serveur contient un chunk invalide</translation>
    </message>
</context>
<context>
    <name>Steward::Operation</name>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>non tenté</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fait</numerusform>
            <numerusform>%n faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échoué</numerusform>
            <numerusform>%n échoués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of unknown outcome</source>
        <translation>
            <numerusform>%n au résultat inconnu</numerusform>
            <numerusform>%n au résultat inconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n non tenté</numerusform>
            <numerusform>%n non tentés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message>
        <source>the journal %1 is in use by another process (%2, process %3 on %4); wait until it ends or stop it, then try again</source>
        <translation>le journal %1 est utilisé par un autre processus (%2, processus %3 sur %4) ; attendez qu&apos;il se termine ou arrêtez-le, puis réessayez</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <source>cannot lock the journal %1 (%2.lock): check the folder&apos;s permissions</source>
        <translation>impossible de verrouiller le journal %1 (%2.lock) : vérifiez les droits du dossier</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>impossible de créer le dossier des journaux %1</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>impossible d&apos;écrire le journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>impossible de lire le journal %1 : %2</translation>
    </message>
    <message>
        <source>the journal %1 is damaged at line %2 (%3); it cannot be resumed</source>
        <translation>le journal %1 est endommagé à la ligne %2 (%3) ; il ne peut pas être repris</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>aucun plan</translation>
    </message>
    <message>
        <source>%1 is not a journal of this kind of operation (it is &quot;%2&quot;)</source>
        <translation>%1 n&apos;est pas un journal de ce type d&apos;opération (c&apos;est « %2 »)</translation>
    </message>
    <message>
        <source>an item of the plan is not a non-empty string</source>
        <translation>un élément du plan n&apos;est pas une chaîne non vide</translation>
    </message>
    <message>
        <source>a result for an item the plan does not hold</source>
        <translation>un résultat pour un élément absent du plan</translation>
    </message>
    <message>
        <source>an unknown status</source>
        <translation>un statut inconnu</translation>
    </message>
    <message>
        <source>an unknown line type</source>
        <translation>un type de ligne inconnu</translation>
    </message>
    <message>
        <source>the journal %1 is empty; it cannot be resumed</source>
        <translation>le journal %1 est vide ; il ne peut pas être repris</translation>
    </message>
</context>
<context>
    <name>Steward::OperationProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Annuler l&apos;opération en cours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Steward::OverviewView</name>
    <message>
        <source>Server overview</source>
        <translation>Vue d&apos;ensemble du serveur</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Largest rooms on disk</source>
        <translation>Plus gros salons sur le disque</translation>
    </message>
    <message>
        <source>Local media</source>
        <translation>Médias locaux</translation>
    </message>
    <message>
        <source>Background updates</source>
        <translation>Mises à jour d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>Unread reports</source>
        <translation>Signalements non lus</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;Synapse %2 at %3 · signed in as %4%5</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;Synapse %2 à %3 · connecté en tant que %4%5</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source> (server admin)</source>
        <translation> (administrateur du serveur)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 accounts: %2 active, %3 deactivated, %4 admins, %5 locked</source>
        <translation>%1 comptes : %2 actifs, %3 désactivés, %4 administrateurs, %5 verrouillés</translation>
    </message>
    <message>
        <source>the users</source>
        <translation>les utilisateurs</translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <translation>%1 salons</translation>
    </message>
    <message>
        <source>the rooms</source>
        <translation>les salons</translation>
    </message>
    <message>
        <source>No estimate yet (the server has no statistics).</source>
        <translation>Pas encore d&apos;estimation (le serveur n&apos;a pas de statistiques).</translation>
    </message>
    <message>
        <source>Estimated by PostgreSQL:</source>
        <translation>Estimé par PostgreSQL :</translation>
    </message>
    <message>
        <source>Not available: the server estimates room sizes only on PostgreSQL (this one runs on SQLite).</source>
        <translation>Non disponible : le serveur n&apos;estime la taille des salons que sous PostgreSQL (celui-ci tourne sous SQLite).</translation>
    </message>
    <message>
        <source>the room sizes</source>
        <translation>la taille des salons</translation>
    </message>
    <message>
        <source>%1 files, %2, uploaded by %3 users</source>
        <translation>%1 fichiers, %2, envoyés par %3 utilisateurs</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (jusqu&apos;ici)</translation>
    </message>
    <message>
        <source> (incomplete: the count stopped early)</source>
        <translation> (incomplet : le comptage s&apos;est arrêté tôt)</translation>
    </message>
    <message>
        <source>the media statistics</source>
        <translation>les statistiques des médias</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activées</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;désactivées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none running</source>
        <translation>aucune en cours</translation>
    </message>
    <message>
        <source>running: %1 (%2 items so far, %3 items/s)</source>
        <translation>en cours : %1 (%2 éléments jusqu&apos;ici, %3 éléments/s)</translation>
    </message>
    <message>
        <source>the background updates</source>
        <translation>les mises à jour d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>No federation destinations: this server has not exchanged events with other servers.</source>
        <translation>Aucune destination de fédération : ce serveur n&apos;a échangé d&apos;événements avec aucun autre serveur.</translation>
    </message>
    <message>
        <source>%1 destinations, %2 failing</source>
        <translation>%1 destinations, %2 en échec</translation>
    </message>
    <message>
        <source>the federation destinations</source>
        <translation>les destinations de fédération</translation>
    </message>
</context>
<context>
    <name>Steward::PageGuard</name>
    <message>
        <source>the server&apos;s paging is broken: %1; stopped</source>
        <translation>la pagination du serveur est défaillante : %1 ; arrêt</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>plus de %1 pages</translation>
    </message>
    <message>
        <source>%1 rows on a page of at most %2</source>
        <translation>%1 lignes sur une page de %2 au plus</translation>
    </message>
    <message>
        <source>an empty page with a next token (%1)</source>
        <translation>une page vide avec un jeton suivant (%1)</translation>
    </message>
    <message>
        <source>the next token %1 does not move past %2</source>
        <translation>le jeton suivant %1 ne dépasse pas %2</translation>
    </message>
    <message>
        <source>the next token %1 skips past the %2 rows asked for from %3</source>
        <translation>le jeton suivant %1 saute au-delà des %2 lignes demandées à partir de %3</translation>
    </message>
</context>
<context>
    <name>Steward::PagedListModel</name>
    <message>
        <source>(not loaded)</source>
        <translation>(non chargé)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The server cannot sort by this column</source>
        <translation>Le serveur ne peut pas trier selon cette colonne</translation>
    </message>
</context>
<context>
    <name>Steward::PasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Reactivate User</source>
        <translation>Réactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Reactivating %1 needs a new password for the account:</source>
        <translation>La réactivation de %1 nécessite un nouveau mot de passe pour le compte :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Log out all of the user&apos;s devices</source>
        <translation>&amp;Déconnecter tous les appareils de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>Steward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Network timeout in seconds</source>
        <translation>Délai réseau en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Steward waits for a server that accepted a request but sends nothing before it gives up on that attempt. Default: %1 s.</source>
        <translation>Durée pendant laquelle Steward attend un serveur qui a accepté une requête mais n&apos;envoie rien, avant d&apos;abandonner cette tentative. Par défaut : %1 s.</translation>
    </message>
    <message>
        <source>&amp;Network timeout:</source>
        <translation>&amp;Délai réseau :</translation>
    </message>
</context>
<context>
    <name>Steward::Profile</name>
    <message>
        <source>The profile name contains &quot;/&quot;, &quot;\&quot; or a control character: use letters, digits, spaces, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Le nom du profil contient &quot;/&quot;, &quot;\&quot; ou un caractère de contrôle : utilisez des lettres, des chiffres, des espaces, &quot;-&quot; ou &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The profile name is empty: give it a short name such as &quot;work&quot;.</source>
        <translation>Le nom du profil est vide : donnez-lui un nom court, par exemple &quot;travail&quot;.</translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters: choose a shorter one.</source>
        <translation>Le nom du profil dépasse 64 caractères : choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>The profile name starts or ends with spaces: remove them.</source>
        <translation>Le nom du profil commence ou se termine par des espaces : supprimez-les.</translation>
    </message>
</context>
<context>
    <name>Steward::ProfileController</name>
    <message>
        <source>The server no longer accepts the access token of &quot;%1&quot; (%2). Sign in again; the profile is kept.</source>
        <translation>Le serveur n&apos;accepte plus le jeton d&apos;accès de &quot;%1&quot; (%2). Reconnectez-vous ; le profil est conservé.</translation>
    </message>
    <message>
        <source>The server no longer accepts the access token of &quot;%1&quot;. Sign in again; the profile is kept.</source>
        <translation>Le serveur n&apos;accepte plus le jeton d&apos;accès de &quot;%1&quot;. Reconnectez-vous ; le profil est conservé.</translation>
    </message>
    <message>
        <source>Add or Manage Profiles…</source>
        <translation>Ajouter ou gérer des profils…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is signed out. Sign in again to use it.</source>
        <translation>Le profil &quot;%1&quot; est déconnecté. Reconnectez-vous pour l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>Steward::ProfileDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — Synapse %2</source>
        <translation>%1 — Synapse %2</translation>
    </message>
    <message>
        <source>(version hidden)</source>
        <translation>(version masquée)</translation>
    </message>
    <message>
        <source>Pinned certificate, SHA-256 fingerprint:
%1</source>
        <translation>Certificat épinglé, empreinte SHA-256 :
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
        <translation>Hôte : %1
Sujet : %2
Émetteur : %3
Valide : du %4 au %5
Empreinte SHA-256 :
%6

Comparez l&apos;empreinte avec celle que vous donne l&apos;administrateur de votre serveur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Signed in as %1. Saving the token in the system keychain…</source>
        <translation>Connecté en tant que %1. Enregistrement du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Signed in as %1. The token is kept for this session only.</source>
        <translation>Connecté en tant que %1. Le jeton est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Signed in as %1. The token is stored in the system keychain.</source>
        <translation>Connecté en tant que %1. Le jeton est stocké dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Signing out of %1 and forgetting it…</source>
        <translation>Déconnexion de %1 et suppression du profil…</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Déconnexion de %1…</translation>
    </message>
    <message>
        <source>&quot;Keep for this session only&quot;: Steward holds the token in memory while it runs and writes it nowhere. When you quit Steward, it signs this session out on the server (the token stops working) and you sign in again next time.</source>
        <translation>&quot;Conserver pour cette session uniquement&quot; : Steward garde le jeton en mémoire pendant son exécution et ne l&apos;écrit nulle part. Quand vous quittez Steward, il déconnecte cette session sur le serveur (le jeton cesse de fonctionner) et vous vous reconnectez la prochaine fois.</translation>
    </message>
    <message>
        <source>Sign In with &amp;Browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>Sign in with the web browser (OAuth, Matrix Authentication Service)</source>
        <translation>Se connecter avec le navigateur web (OAuth, Matrix Authentication Service)</translation>
    </message>
    <message>
        <source>For servers that delegate sign-in to Matrix Authentication Service: your web browser opens the server&apos;s sign-in page; Steward asks for admin rights (urn:synapse:admin:*, urn:mas:admin) and receives the token on this computer only (127.0.0.1).</source>
        <translation>Pour les serveurs qui délèguent la connexion à Matrix Authentication Service : votre navigateur ouvre la page de connexion du serveur ; Steward demande les droits d&apos;administration (urn:synapse:admin:*, urn:mas:admin) et reçoit le jeton sur cet ordinateur uniquement (127.0.0.1).</translation>
    </message>
    <message>
        <source>Could not open a web browser. Open this address yourself to sign in:
%1</source>
        <translation>Impossible d&apos;ouvrir un navigateur. Ouvrez vous-même cette adresse pour vous connecter :
%1</translation>
    </message>
    <message>
        <source>Sign-in is delegated to Matrix Authentication Service: sign in with the browser, or use an admin-scoped access token.</source>
        <translation>La connexion est déléguée à Matrix Authentication Service : connectez-vous avec le navigateur, ou utilisez un jeton d&apos;accès à portée d&apos;administration.</translation>
    </message>
</context>
<context>
    <name>Steward::PurgeHistoryDialog</name>
    <message>
        <source>Purge Room History</source>
        <translation>Purger l&apos;historique du salon</translation>
    </message>
    <message>
        <source>Delete old events of &lt;b&gt;%1&lt;/b&gt; from this server&apos;s database.</source>
        <translation>Supprimer les anciens événements de &lt;b&gt;%1&lt;/b&gt; de la base de données de ce serveur.</translation>
    </message>
    <message>
        <source>Before this &amp;date and time (local):</source>
        <translation>Avant cette &amp;date et heure (locale) :</translation>
    </message>
    <message>
        <source>Before this &amp;event:</source>
        <translation>Avant cet &amp;événement :</translation>
    </message>
    <message>
        <source>$event_id</source>
        <translation>$event_id</translation>
    </message>
    <message>
        <source>Also delete the events of this server&apos;s &amp;users</source>
        <translation>Supprimer aussi les événements des &amp;utilisateurs de ce serveur</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Preview first: Steward asks the server what the purge will hit.</source>
        <translation>D&apos;abord l&apos;aperçu : Steward demande au serveur ce que la purge touchera.</translation>
    </message>
    <message>
        <source>Type the room ID to &amp;confirm:</source>
        <translation>Tapez l&apos;identifiant du salon pour &amp;confirmer :</translation>
    </message>
    <message>
        <source>P&amp;urge History</source>
        <translation>P&amp;urger l&apos;historique</translation>
    </message>
    <message>
        <source>An event ID starts with $ (copy it from the room&apos;s state or a client).</source>
        <translation>Un identifiant d&apos;événement commence par $ (copiez-le depuis l&apos;état du salon ou un client).</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Type the room ID above to enable this</source>
        <translation>Tapez l&apos;identifiant du salon ci-dessus pour activer ceci</translation>
    </message>
    <message>
        <source>Preview first</source>
        <translation>D&apos;abord l&apos;aperçu</translation>
    </message>
    <message>
        <source>Outcome: %1%2</source>
        <translation>Résultat : %1%2</translation>
    </message>
</context>
<context>
    <name>Steward::RedactUserDialog</name>
    <message>
        <source>Redact All Events of %1</source>
        <translation>Caviarder tous les événements de %1</translation>
    </message>
    <message>
        <source>Redacts the messages (and joins) %1 sent, as the server&apos;s redaction task does: their content is removed for everyone. This cannot be undone.</source>
        <translation>Caviarde les messages (et adhésions) envoyés par %1, comme le fait la tâche de caviardage du serveur : leur contenu est supprimé pour tous. Ceci est irréversible.</translation>
    </message>
    <message>
        <source>In every room the user wrote in</source>
        <translation>Dans chaque salon où l&apos;utilisateur a écrit</translation>
    </message>
    <message>
        <source>Only in the reported room (%1)</source>
        <translation>Seulement dans le salon signalé (%1)</translation>
    </message>
    <message>
        <source>Optional; recorded in each redaction</source>
        <translation>Facultatif ; enregistré dans chaque caviardage</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Rooms to redact in</source>
        <translation>Salons où caviarder</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Caviarder</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Reading the user&apos;s rooms…</source>
        <translation>Lecture des salons de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>The user&apos;s rooms could not be read: %1</source>
        <translation>Les salons de l&apos;utilisateur n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 — will be redacted</source>
        <translation>%1 — sera caviardé</translation>
    </message>
    <message>
        <source>%1 — skipped: %2</source>
        <translation>%1 — ignoré : %2</translation>
    </message>
    <message>
        <source>Nothing to redact: the user has no rooms with events.</source>
        <translation>Rien à caviarder : l&apos;utilisateur n&apos;a aucun salon avec des événements.</translation>
    </message>
    <message numerus="yes">
        <source>The user&apos;s events will be redacted in %n room(s).</source>
        <translation>
            <numerusform>Les événements de l&apos;utilisateur seront caviardés dans %n salon.</numerusform>
            <numerusform>Les événements de l&apos;utilisateur seront caviardés dans %n salons.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Steward::RegistrationToken</name>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>Steward::RegistrationTokenApi</name>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>The token is longer than 64 characters.</source>
        <translation>Le jeton dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>A token may hold only the letters A-Z and a-z, digits and . _ ~ -</source>
        <translation>Un jeton ne peut contenir que les lettres A-Z et a-z, des chiffres et . _ ~ -</translation>
    </message>
    <message>
        <source>This server does not offer the registration tokens admin API (it answered 404). Registration is probably handled by an external authentication service (such as Matrix Authentication Service): manage registration tokens there.</source>
        <translation>Ce serveur ne propose pas l&apos;API d&apos;administration des jetons d&apos;inscription (il a répondu 404). L&apos;inscription est probablement gérée par un service d&apos;authentification externe (comme Matrix Authentication Service) : gérez-y les jetons d&apos;inscription.</translation>
    </message>
</context>
<context>
    <name>Steward::ReportListModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Auteur du signalement</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>Utilisateur signalé</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Échec du chargement : %1</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Chargement des signalements…</translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation>%1 chargés sur %2</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>Steward::ReportsApi</name>
    <message>
        <source>[redacted]</source>
        <translation>[caviardé]</translation>
    </message>
    <message>
        <source>[encrypted]</source>
        <translation>[chiffré]</translation>
    </message>
</context>
<context>
    <name>Steward::ReportsView</name>
    <message>
        <source>Kind of reports</source>
        <translation>Type de signalements</translation>
    </message>
    <message>
        <source>Event reports</source>
        <translation>Signalements d&apos;événements</translation>
    </message>
    <message>
        <source>User reports</source>
        <translation>Signalements d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Only reports in this room</source>
        <translation>Seulement les signalements de ce salon</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Identifiant du salon</translation>
    </message>
    <message>
        <source>Only reports about this user</source>
        <translation>Seulement les signalements concernant cet utilisateur</translation>
    </message>
    <message>
        <source>Reported user ID</source>
        <translation>Identifiant de l&apos;utilisateur signalé</translation>
    </message>
    <message>
        <source>Only reports by this user</source>
        <translation>Seulement les signalements de cet utilisateur</translation>
    </message>
    <message>
        <source>Reporter user ID</source>
        <translation>Identifiant de l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Détails du signalement</translation>
    </message>
    <message>
        <source>Show &amp;Media</source>
        <translation>Afficher le &amp;média</translation>
    </message>
    <message>
        <source>Download and show the reported media (it may be abusive)</source>
        <translation>Télécharger et afficher le média signalé (il peut être choquant)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Classer</translation>
    </message>
    <message>
        <source>Delete the report (nothing else changes)</source>
        <translation>Supprimer le signalement (rien d&apos;autre ne change)</translation>
    </message>
    <message>
        <source>Redact &amp;Event</source>
        <translation>Caviarder l&apos;&amp;événement</translation>
    </message>
    <message>
        <source>&amp;Quarantine Media</source>
        <translation>Mettre le média en &amp;quarantaine</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Expéditeur</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Verrouiller…</translation>
    </message>
    <message>
        <source>Shadow-ban…</source>
        <translation>Bannir silencieusement…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>S&amp;alon</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Redact &amp;All of User…</source>
        <translation>Caviarder &amp;tout de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>No reports</source>
        <translation>Aucun signalement</translation>
    </message>
    <message>
        <source>%1 reported %2: %3</source>
        <translation>%1 a signalé %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n nouveau signalement</numerusform>
            <numerusform>%n nouveaux signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>New reports</source>
        <translation>Nouveaux signalements</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le signalement n&apos;a pas pu être lu : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The conversation around it could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;La conversation autour n&apos;a pas pu être lue : %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n joined member(s) · %2</source>
        <translation>
            <numerusform>%1 · %n membre présent · %2</numerusform>
            <numerusform>%1 · %n membres présents · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>not in the directory</source>
        <translation>pas dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>administrateur du serveur</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>shadow-banned</source>
        <translation>banni silencieusement</translation>
    </message>
    <message>
        <source>active account</source>
        <translation>compte actif</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a report to see the reported event and the conversation around it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un signalement pour voir l&apos;événement signalé et la conversation autour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Event report %1</source>
        <translation>Signalement d&apos;événement %1</translation>
    </message>
    <message>
        <source>User report %1</source>
        <translation>Signalement d&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Auteur du signalement</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>Utilisateur signalé</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif donné)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Reported event&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Événement signalé&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Media (%1, not shown): %2</source>
        <translation>Média (%1, non affiché) : %2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Conversation&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Conversation&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Dismiss Report</source>
        <translation>Classer le signalement</translation>
    </message>
    <message>
        <source>Delete report %1 by %2? The reported event and the users are not changed.</source>
        <translation>Supprimer le signalement %1 de %2 ? L&apos;événement signalé et les utilisateurs ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>classé</translation>
    </message>
    <message>
        <source>dismiss failed: %1</source>
        <translation>échec du classement : %1</translation>
    </message>
    <message>
        <source>Redact Event</source>
        <translation>Caviarder l&apos;événement</translation>
    </message>
    <message>
        <source>Redact event %1 of %2 in %3 as you? Its content is removed for everyone; this cannot be undone. You need the power to redact in that room.</source>
        <translation>Caviarder l&apos;événement %1 de %2 dans %3 en votre nom ? Son contenu est supprimé pour tous ; c&apos;est irréversible. Vous devez avoir le pouvoir de caviarder dans ce salon.</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Caviarder</translation>
    </message>
    <message>
        <source>reported: %1</source>
        <translation>signalé : %1</translation>
    </message>
    <message>
        <source>event redacted</source>
        <translation>événement caviardé</translation>
    </message>
    <message>
        <source>redaction failed: %1</source>
        <translation>échec du caviardage : %1</translation>
    </message>
    <message>
        <source>Quarantine Media</source>
        <translation>Mettre le média en quarantaine</translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n media file(s) of the reported event? Nobody can download them from this server afterwards.&lt;br&gt;%1</source>
        <translation>
            <numerusform>Mettre en quarantaine %n fichier média de l&apos;événement signalé ? Personne ne pourra plus le télécharger depuis ce serveur.&lt;br&gt;%1</numerusform>
            <numerusform>Mettre en quarantaine %n fichiers médias de l&apos;événement signalé ? Personne ne pourra plus les télécharger depuis ce serveur.&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantaine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>media quarantined</source>
        <translation>média mis en quarantaine</translation>
    </message>
    <message>
        <source>quarantine failed: %1</source>
        <translation>échec de la quarantaine : %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Block Room</source>
        <translation>Bloquer le salon</translation>
    </message>
    <message>
        <source>Block %1? Nobody on this server can join it any more.</source>
        <translation>Bloquer %1 ? Plus personne sur ce serveur ne pourra le rejoindre.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>room blocked</source>
        <translation>salon bloqué</translation>
    </message>
    <message>
        <source>blocking failed: %1</source>
        <translation>échec du blocage : %1</translation>
    </message>
    <message>
        <source>still not blocked</source>
        <translation>toujours pas bloqué</translation>
    </message>
    <message>
        <source>room deleted</source>
        <translation>salon supprimé</translation>
    </message>
    <message>
        <source>redact all of %1: %2</source>
        <translation>caviarder tout de %1 : %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the media: %1</source>
        <translation>Le média n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Not an image Steward can show (%1)</source>
        <translation>Pas une image que Steward peut afficher (%1)</translation>
    </message>
</context>
<context>
    <name>Steward::RoomColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Canonical alias</source>
        <translation>Alias canonique</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Identifiant du salon</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Local members</source>
        <translation>Membres locaux</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Federatable</source>
        <translation>Fédérable</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Join rules</source>
        <translation>Règles d&apos;accès</translation>
    </message>
    <message>
        <source>State events</source>
        <translation>Événements d&apos;état</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salon</translation>
    </message>
    <message>
        <source>This room has no name</source>
        <translation>Ce salon n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeleteDialog</name>
    <message>
        <source>Delete Room — %1</source>
        <translation>Supprimer le salon — %1</translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; (%2) removes every local user from it. Choose what else happens, read the summary, then type the room&apos;s name or ID to confirm.</source>
        <translation>Supprimer &lt;b&gt;%1&lt;/b&gt; (%2) en retire tous les utilisateurs locaux. Choisissez ce qui se passe en outre, lisez le résumé, puis saisissez le nom ou l&apos;identifiant du salon pour confirmer.</translation>
    </message>
    <message>
        <source>an unnamed room</source>
        <translation>un salon sans nom</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Block the room so nobody can join it again</source>
        <translation>&amp;Bloquer le salon pour que personne ne puisse le rejoindre à nouveau</translation>
    </message>
    <message>
        <source>Block the room</source>
        <translation>Bloquer le salon</translation>
    </message>
    <message>
        <source>&amp;Purge the room&apos;s history from the database</source>
        <translation>&amp;Purger l&apos;historique du salon de la base de données</translation>
    </message>
    <message>
        <source>Purge history</source>
        <translation>Purger l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Force the purge even if some users cannot be removed</source>
        <translation>&amp;Forcer la purge même si certains utilisateurs ne peuvent pas être retirés</translation>
    </message>
    <message>
        <source>Force purge</source>
        <translation>Forcer la purge</translation>
    </message>
    <message>
        <source>New room creator</source>
        <translation>Créateur du nouveau salon</translation>
    </message>
    <message>
        <source>a local user such as @moderator:your.server (empty: no new room)</source>
        <translation>un utilisateur local tel que @moderator:your.server (vide : pas de nouveau salon)</translation>
    </message>
    <message>
        <source>New room name</source>
        <translation>Nom du nouveau salon</translation>
    </message>
    <message>
        <source>Content Violation Notification</source>
        <translation>Notification de violation de contenu</translation>
    </message>
    <message>
        <source>Message to removed users</source>
        <translation>Message aux utilisateurs retirés</translation>
    </message>
    <message>
        <source>the server&apos;s default message</source>
        <translation>le message par défaut du serveur</translation>
    </message>
    <message>
        <source>Move users to a new room created by:</source>
        <translation>Déplacer les utilisateurs vers un nouveau salon créé par :</translation>
    </message>
    <message>
        <source>New room name:</source>
        <translation>Nom du nouveau salon :</translation>
    </message>
    <message>
        <source>Message to removed users:</source>
        <translation>Message aux utilisateurs retirés :</translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translation>Ce qui va se passer :</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID to confirm:</source>
        <translation>Saisissez le nom ou l&apos;identifiant du salon pour confirmer :</translation>
    </message>
    <message>
        <source>Room name or ID to confirm</source>
        <translation>Nom ou identifiant du salon à confirmer</translation>
    </message>
    <message>
        <source>Deletion state</source>
        <translation>État de la suppression</translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation>Progression de la suppression</translation>
    </message>
    <message>
        <source>Deletion outcome</source>
        <translation>Résultat de la suppression</translation>
    </message>
    <message>
        <source>&amp;Delete Room</source>
        <translation>&amp;Supprimer le salon</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Supprimer le salon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID above to enable</source>
        <translation>Saisissez ci-dessus le nom ou l&apos;identifiant du salon pour activer</translation>
    </message>
    <message>
        <source>Checking whether the server is already deleting this room…</source>
        <translation>Vérification si le serveur est déjà en train de supprimer ce salon…</translation>
    </message>
    <message>
        <source>Confirmed. Deleting cannot be undone.</source>
        <translation>Confirmé. La suppression est irréversible.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Close (deletion continues)</source>
        <translation>Fermer (la suppression continue)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop deleting</source>
        <translation>Arrêter la suppression</translation>
    </message>
    <message>
        <source>Stop asked, but the server already has this deletion: it cannot be taken back. Steward follows it to the end and reports what happened.</source>
        <translation>Arrêt demandé, mais le serveur a déjà reçu cette suppression : elle ne peut pas être annulée. Steward la suit jusqu&apos;au bout et indique ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeletion</name>
    <message>
        <source>Every local user is removed from %1 and the room leaves the public room directory.</source>
        <translation>Tous les utilisateurs locaux sont retirés de %1 et le salon quitte l&apos;annuaire des salons publics.</translation>
    </message>
    <message>
        <source>Content Violation Notification</source>
        <translation>Notification de violation de contenu</translation>
    </message>
    <message>
        <source>Sharing illegal content on this server is not permitted and rooms in violation will be blocked.</source>
        <translation>Le partage de contenus illicites sur ce serveur n&apos;est pas autorisé et les salons en infraction seront bloqués.</translation>
    </message>
    <message>
        <source>%1 creates a new room &quot;%2&quot;; the removed users are moved there and the room&apos;s local aliases point to it.</source>
        <translation>%1 crée un nouveau salon &quot;%2&quot; ; les utilisateurs retirés y sont déplacés et les alias locaux du salon pointent vers lui.</translation>
    </message>
    <message>
        <source>They see this message in the new room: &quot;%1&quot;</source>
        <translation>Ils voient ce message dans le nouveau salon : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No new room is created: removed users are not told why, and the room&apos;s local aliases are deleted.</source>
        <translation>Aucun nouveau salon n&apos;est créé : les utilisateurs retirés ne sont pas informés de la raison, et les alias locaux du salon sont supprimés.</translation>
    </message>
    <message>
        <source>The message and the new room name are ignored without a user to create the new room.</source>
        <translation>Le message et le nom du nouveau salon sont ignorés sans utilisateur pour créer le nouveau salon.</translation>
    </message>
    <message>
        <source>The room is blocked: nobody on this server can join it again.</source>
        <translation>Le salon est bloqué : personne sur ce serveur ne peut le rejoindre à nouveau.</translation>
    </message>
    <message>
        <source>The room is not blocked: users of this server could join it again through other servers.</source>
        <translation>Le salon n&apos;est pas bloqué : les utilisateurs de ce serveur pourraient le rejoindre à nouveau via d&apos;autres serveurs.</translation>
    </message>
    <message>
        <source>The room&apos;s history is purged from this server&apos;s database. This cannot be undone.</source>
        <translation>L&apos;historique du salon est purgé de la base de données de ce serveur. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>The purge goes ahead even if some local users could not be removed.</source>
        <translation>La purge a lieu même si certains utilisateurs locaux n&apos;ont pas pu être retirés.</translation>
    </message>
    <message>
        <source>The history stays in the database (no purge); the room can still be inspected by admins.</source>
        <translation>L&apos;historique reste dans la base de données (pas de purge) ; le salon peut encore être examiné par les administrateurs.</translation>
    </message>
    <message>
        <source>&quot;Force purge&quot; has no effect without purging.</source>
        <translation>&quot;Forcer la purge&quot; n&apos;a aucun effet sans purge.</translation>
    </message>
    <message>
        <source>The deletion cannot start now (check the room first).</source>
        <translation>La suppression ne peut pas démarrer maintenant (vérifiez d&apos;abord le salon).</translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID to confirm the deletion.</source>
        <translation>Saisissez le nom ou l&apos;identifiant du salon pour confirmer la suppression.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Checking whether the server is already deleting this room…</source>
        <translation>Vérification si le serveur est déjà en train de supprimer ce salon…</translation>
    </message>
    <message>
        <source>The room is not being deleted.</source>
        <translation>Le salon n&apos;est pas en cours de suppression.</translation>
    </message>
    <message>
        <source>Asking the server to delete the room…</source>
        <translation>Demande de suppression du salon au serveur…</translation>
    </message>
    <message>
        <source>The server is already deleting this room (task %1, %2).</source>
        <translation>Le serveur est déjà en train de supprimer ce salon (tâche %1, %2).</translation>
    </message>
    <message>
        <source>The server is deleting the room (task %1, %2).</source>
        <translation>Le serveur supprime le salon (tâche %1, %2).</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>Users removed so far: %1</source>
        <translation>Utilisateurs retirés jusqu&apos;ici : %1</translation>
    </message>
    <message>
        <source>The room was deleted.</source>
        <translation>Le salon a été supprimé.</translation>
    </message>
    <message>
        <source>The server reports that the deletion failed: %1</source>
        <translation>Le serveur signale que la suppression a échoué : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Users removed: %1</source>
        <translation>Utilisateurs retirés : %1</translation>
    </message>
    <message>
        <source>Users that could not be removed: %1</source>
        <translation>Utilisateurs qui n&apos;ont pas pu être retirés : %1</translation>
    </message>
    <message>
        <source>Local aliases: %1</source>
        <translation>Alias locaux : %1</translation>
    </message>
    <message>
        <source>No new room was created.</source>
        <translation>Aucun nouveau salon n&apos;a été créé.</translation>
    </message>
    <message>
        <source>New room for the removed users: %1</source>
        <translation>Nouveau salon pour les utilisateurs retirés : %1</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <source>This room cannot be deleted: %1</source>
        <translation>Ce salon ne peut pas être supprimé : %1</translation>
    </message>
    <message>
        <source>Stopped before the request was sent: nothing was deleted.</source>
        <translation>Arrêté avant l&apos;envoi de la requête : rien n&apos;a été supprimé.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeletionRun</name>
    <message>
        <source>&quot;%1&quot; is not a user ID: the new room&apos;s creator must look like @name:server and be a user of this server.</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;utilisateur : le créateur du nouveau salon doit avoir la forme @nom:serveur et être un utilisateur de ce serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a room ID (room IDs start with &quot;!&quot;).</source>
        <translation>« %1 » n&apos;est pas un identifiant de salon (les identifiants de salon commencent par « ! »).</translation>
    </message>
    <message>
        <source>Listed more than once: deleted once.</source>
        <translation>Listé plusieurs fois : supprimé une fois.</translation>
    </message>
    <message>
        <source>Checking the rooms</source>
        <translation>Vérification des salons</translation>
    </message>
    <message>
        <source>The check was cancelled before this room was read.</source>
        <translation>La vérification a été annulée avant la lecture de ce salon.</translation>
    </message>
    <message>
        <source>Could not read the room&apos;s deletion state: %1</source>
        <translation>Impossible de lire l&apos;état de suppression du salon : %1</translation>
    </message>
    <message>
        <source>The server is already deleting this room (task %1): that deletion is followed, no second one is started.</source>
        <translation>Le serveur est déjà en train de supprimer ce salon (tâche %1) : cette suppression est suivie, aucune autre n&apos;est lancée.</translation>
    </message>
    <message>
        <source>No such room on this server.</source>
        <translation>Aucun salon de ce nom sur ce serveur.</translation>
    </message>
    <message>
        <source>Already deleted (task %1).</source>
        <translation>Déjà supprimé (tâche %1).</translation>
    </message>
    <message>
        <source>Could not read the room: %1</source>
        <translation>Impossible de lire le salon : %1</translation>
    </message>
    <message>
        <source>a deletion is already running</source>
        <translation>une suppression est déjà en cours</translation>
    </message>
    <message>
        <source>The rooms have not been checked yet (or a deletion is already running).</source>
        <translation>Les salons n&apos;ont pas encore été vérifiés (ou une suppression est déjà en cours).</translation>
    </message>
    <message>
        <source>Cannot keep a journal: %1</source>
        <translation>Impossible de tenir un journal : %1</translation>
    </message>
    <message>
        <source>Deleting rooms</source>
        <translation>Suppression des salons</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent: not deleted.</source>
        <translation>Annulé avant l&apos;envoi de la requête : non supprimé.</translation>
    </message>
    <message>
        <source>The server refused to delete the room: %1</source>
        <translation>Le serveur a refusé de supprimer le salon : %1</translation>
    </message>
    <message>
        <source>The server has the deletion (task %1) but reading its state failed: %2. It may still be running: look at the room again.</source>
        <translation>Le serveur a reçu la suppression (tâche %1) mais la lecture de son état a échoué : %2. Elle est peut-être encore en cours : regardez à nouveau le salon.</translation>
    </message>
    <message>
        <source>The server reports that the deletion failed: %1</source>
        <translation>Le serveur signale que la suppression a échoué : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The answer to the deletion was lost (%1) and reading the room&apos;s state failed too (%2): look at the room again before deleting it again.</source>
        <translation>La réponse à la suppression a été perdue (%1) et la lecture de l&apos;état du salon a aussi échoué (%2) : regardez à nouveau le salon avant de le supprimer encore.</translation>
    </message>
    <message>
        <source>The answer to the deletion was lost (%1); the server has no deletion task for the room and the room is still there: it was not deleted.</source>
        <translation>La réponse à la suppression a été perdue (%1) ; le serveur n&apos;a aucune tâche de suppression pour le salon et le salon existe toujours : il n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>The answer to the deletion was lost (%1); the room is gone from the server.</source>
        <translation>La réponse à la suppression a été perdue (%1) ; le salon n&apos;est plus sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted (task %1): %n user(s) removed</source>
        <translation>
            <numerusform>Supprimé (tâche %1) : %n utilisateur retiré</numerusform>
            <numerusform>Supprimé (tâche %1) : %n utilisateurs retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be removed</source>
        <translation>
            <numerusform>, %n n&apos;a pas pu être retiré</numerusform>
            <numerusform>, %n n&apos;ont pas pu être retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>, moved to %1</source>
        <translation>, déplacés vers %1</translation>
    </message>
    <message>
        <source>Stopped before Steward followed it; the server&apos;s own deletion (task %1) carries on.</source>
        <translation>Arrêté avant que Steward ne la suive ; la suppression propre au serveur (tâche %1) continue.</translation>
    </message>
    <message>
        <source>Stopped before the request was sent: not deleted.</source>
        <translation>Arrêté avant l&apos;envoi de la requête : non supprimé.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomDetailsPanel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>Make Room &amp;Admin…</source>
        <translation>Rendre &amp;administrateur du salon…</translation>
    </message>
    <message>
        <source>&amp;Join Users to This Room…</source>
        <translation>A&amp;jouter des utilisateurs à ce salon…</translation>
    </message>
    <message>
        <source>&amp;Delete Room…</source>
        <translation>&amp;Supprimer le salon…</translation>
    </message>
    <message>
        <source>Room fields</source>
        <translation>Champs du salon</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Room members</source>
        <translation>Membres du salon</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>State events</source>
        <translation>Événements d&apos;état</translation>
    </message>
    <message>
        <source>Type / state key</source>
        <translation>Type / clé d&apos;état</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Selected state event as JSON</source>
        <translation>Événement d&apos;état sélectionné en JSON</translation>
    </message>
    <message>
        <source>Select a state event to see it in full.</source>
        <translation>Sélectionnez un événement d&apos;état pour le voir en entier.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%n joined member(s), %1 on this server</source>
        <translation>
            <numerusform>%n membre présent, dont %1 sur ce serveur</numerusform>
            <numerusform>%n membres présents, dont %1 sur ce serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Members could not be loaded: %1</source>
        <translation>Les membres n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Sélectionnez un salon pour voir ses détails.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Details could not be loaded: %1</source>
        <translation>Les détails n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>State events could not be loaded: %1</source>
        <translation>Les événements d&apos;état n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>(unnamed room)</source>
        <translation>(salon sans nom)</translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation>Aucun sujet.</translation>
    </message>
    <message>
        <source>(empty state key)</source>
        <translation>(clé d&apos;état vide)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Block status: checking…</source>
        <translation>État du blocage : vérification…</translation>
    </message>
    <message>
        <source>Block status unknown: %1</source>
        <translation>État du blocage inconnu : %1</translation>
    </message>
    <message>
        <source>Blocked: nobody on this server can join.</source>
        <translation>Bloqué : personne sur ce serveur ne peut le rejoindre.</translation>
    </message>
    <message>
        <source>Blocked by %1: nobody on this server can join.</source>
        <translation>Bloqué par %1 : personne sur ce serveur ne peut le rejoindre.</translation>
    </message>
    <message>
        <source>Not blocked.</source>
        <translation>Non bloqué.</translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>Unblock room</source>
        <translation>Débloquer le salon</translation>
    </message>
    <message>
        <source>Block room</source>
        <translation>Bloquer le salon</translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation>Blocage…</translation>
    </message>
    <message>
        <source>Unblocking…</source>
        <translation>Déblocage…</translation>
    </message>
    <message>
        <source>Room details</source>
        <translation>Détails du salon</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Power level</source>
        <translation>Niveau de pouvoir</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>The rooms and spaces this space contains (double-click one to open it):</source>
        <translation>Les salons et espaces que contient cet espace (double-cliquez pour en ouvrir un) :</translation>
    </message>
    <message>
        <source>Rooms in this space</source>
        <translation>Salons de cet espace</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Identifiant du salon</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source> — space</source>
        <translation> — espace</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Space (a group of rooms)</source>
        <translation>Espace (un groupe de salons)</translation>
    </message>
    <message>
        <source>Main alias</source>
        <translation>Alias principal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Members on this server</source>
        <translation>Membres sur ce serveur</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Room version</source>
        <translation>Version du salon</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Chiffré (%1)</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>Users of other servers can take part</source>
        <translation>Les utilisateurs d&apos;autres serveurs peuvent participer</translation>
    </message>
    <message>
        <source>Only users of this server (not federated)</source>
        <translation>Uniquement les utilisateurs de ce serveur (non fédéré)</translation>
    </message>
    <message>
        <source>In the public room directory</source>
        <translation>Dans l&apos;annuaire public des salons</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>Qui peut rejoindre</translation>
    </message>
    <message>
        <source>Guest access</source>
        <translation>Accès des invités</translation>
    </message>
    <message>
        <source>Who can read the history</source>
        <translation>Qui peut lire l&apos;historique</translation>
    </message>
    <message>
        <source>Devices of members on this server</source>
        <translation>Appareils des membres sur ce serveur</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Forgotten by all local members</source>
        <translation>Oublié par tous les membres locaux</translation>
    </message>
    <message>
        <source>Creator (above every power level)</source>
        <translation>Créateur (au-dessus de tout niveau de pouvoir)</translation>
    </message>
    <message>
        <source>Nobody is in this room.</source>
        <translation>Personne n&apos;est dans ce salon.</translation>
    </message>
    <message numerus="yes">
        <source>Space: %n room(s)</source>
        <translation>
            <numerusform>Espace : %n salon</numerusform>
            <numerusform>Espace : %n salons</numerusform>
        </translation>
    </message>
    <message>
        <source>This space lists no rooms.</source>
        <translation>Cet espace ne contient aucun salon.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(not on this server)</source>
        <translation>(pas sur ce serveur)</translation>
    </message>
    <message>
        <source>%1 (space)</source>
        <translation>%1 (espace)</translation>
    </message>
    <message>
        <source>Block Room</source>
        <translation>Bloquer le salon</translation>
    </message>
    <message>
        <source>Unblock Room</source>
        <translation>Débloquer le salon</translation>
    </message>
    <message>
        <source>&lt;p&gt;Block &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Nobody on this server can join it any more (members stay) until it is unblocked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bloquer &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Personne sur ce serveur ne peut plus le rejoindre (les membres restent) tant qu&apos;il n&apos;est pas débloqué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Unblock &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Users of this server can join it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Débloquer &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Les utilisateurs de ce serveur peuvent de nouveau le rejoindre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Blocking %1 failed: %2</source>
        <translation>Le blocage de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Unblocking %1 failed: %2</source>
        <translation>Le déblocage de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 est bloqué.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 est débloqué.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Admin (%1)</source>
        <translation>Administrateur (%1)</translation>
    </message>
    <message>
        <source>Anyone can join</source>
        <translation>Tout le monde peut rejoindre</translation>
    </message>
    <message>
        <source>Anyone, even without joining</source>
        <translation>Tout le monde, même sans rejoindre</translation>
    </message>
    <message>
        <source>Asked to join</source>
        <translation>A demandé à rejoindre</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banni</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personnalisé (%1)</translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation>Par défaut (0)</translation>
    </message>
    <message>
        <source>Guests can join</source>
        <translation>Les invités peuvent rejoindre</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité à rejoindre</translation>
    </message>
    <message>
        <source>Invited users only</source>
        <translation>Utilisateurs invités uniquement</translation>
    </message>
    <message>
        <source>Invited users, others can ask to join</source>
        <translation>Utilisateurs invités, les autres peuvent demander à rejoindre</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Members of certain rooms or spaces</source>
        <translation>Membres de certains salons ou espaces</translation>
    </message>
    <message>
        <source>Members of certain rooms or spaces, others can ask to join</source>
        <translation>Membres de certains salons ou espaces, les autres peuvent demander à rejoindre</translation>
    </message>
    <message>
        <source>Members, since they joined</source>
        <translation>Membres, depuis leur arrivée</translation>
    </message>
    <message>
        <source>Members, since they were invited</source>
        <translation>Membres, depuis leur invitation</translation>
    </message>
    <message>
        <source>Members, the whole history</source>
        <translation>Membres, tout l&apos;historique</translation>
    </message>
    <message>
        <source>Moderator (%1)</source>
        <translation>Modérateur (%1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No guests</source>
        <translation>Pas d&apos;invités</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>&amp;Media…</source>
        <translation>&amp;Médias…</translation>
    </message>
    <message>
        <source>The files this room&apos;s messages point to, in the Media view</source>
        <translation>Les fichiers auxquels renvoient les messages de ce salon, dans la vue Médias</translation>
    </message>
    <message>
        <source>Purge &amp;History…</source>
        <translation>Purger l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>The history of %1 was purged.</source>
        <translation>L&apos;historique de %1 a été purgé.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomExport</name>
    <message>
        <source>Exporting rooms</source>
        <translation>Export des salons</translation>
    </message>
    <message>
        <source>Reading the rooms list failed after %1 rooms: %2</source>
        <translation>La lecture de la liste des salons a échoué après %1 salons : %2</translation>
    </message>
    <message>
        <source>Writing the export failed after %1 rooms: %2</source>
        <translation>L&apos;écriture de l&apos;export a échoué après %1 salons : %2</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The output is incomplete.</source>
        <translation>La sortie est incomplète.</translation>
    </message>
    <message>
        <source>%1 of %2 rooms</source>
        <translation>%1 salons sur %2</translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <translation>%1 salons</translation>
    </message>
    <message>
        <source>Export cancelled after %1; no file was written.</source>
        <translation>Export annulé après %1 ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export cancelled after %1; the output is incomplete.</source>
        <translation>Export annulé après %1 ; la sortie est incomplète.</translation>
    </message>
    <message>
        <source>Export cancelled after %1.</source>
        <translation>Export annulé après %1.</translation>
    </message>
    <message>
        <source>Exported %1 rooms.</source>
        <translation>%1 salons exportés.</translation>
    </message>
    <message>
        <source>Exported %1 rooms to %2.</source>
        <translation>%1 salons exportés vers %2.</translation>
    </message>
    <message>
        <source>The server now reports %1 rooms for this filter; rooms were created or deleted during the export.</source>
        <translation>Le serveur indique maintenant %1 salons pour ce filtre ; des salons ont été créés ou supprimés pendant l&apos;export.</translation>
    </message>
</context>
<context>
    <name>Steward::RoomListModel</name>
    <message>
        <source>Loading rooms…</source>
        <translation>Chargement des salons…</translation>
    </message>
    <message>
        <source>%1 loaded of at most %2 (filters applied to the search results by Steward)</source>
        <translation>%1 chargés sur %2 au maximum (filtres appliqués aux résultats de recherche par Steward)</translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation>%1 chargés sur %2</translation>
    </message>
</context>
<context>
    <name>Steward::RoomMembersModel</name>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>remote (%1)</source>
        <translation>distant (%1)</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>Steward::RoomsApi</name>
    <message>
        <source>The server can only do this when a local user in the room has enough power to change the power levels (it acts as that user), the chosen user is a local user of this server, and the server still takes part in the room.</source>
        <translation>Le serveur ne peut le faire que si un utilisateur local du salon a un pouvoir suffisant pour modifier les niveaux de pouvoir (il agit en tant que cet utilisateur), si l&apos;utilisateur choisi est un utilisateur local de ce serveur, et si le serveur participe encore au salon.</translation>
    </message>
    <message>
        <source>No local user in this room may change its power levels.</source>
        <translation>Aucun utilisateur local de ce salon ne peut modifier ses niveaux de pouvoir.</translation>
    </message>
    <message>
        <source>This server no longer takes part in the room (no local members).</source>
        <translation>Ce serveur ne participe plus au salon (aucun membre local).</translation>
    </message>
    <message>
        <source>Only users of this server can be made room admin.</source>
        <translation>Seuls les utilisateurs de ce serveur peuvent être rendus administrateurs du salon.</translation>
    </message>
    <message>
        <source>The room or the user does not exist.</source>
        <translation>Le salon ou l&apos;utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <source>%1 rooms on a page of at most %2</source>
        <translation>%1 salons sur une page de %2 au plus</translation>
    </message>
</context>
<context>
    <name>Steward::RoomsView</name>
    <message>
        <source>Search rooms</source>
        <translation>Rechercher des salons</translation>
    </message>
    <message>
        <source>Search by name, alias or exact room ID (Ctrl+F)</source>
        <translation>Rechercher par nom, alias ou identifiant de salon exact (Ctrl+F)</translation>
    </message>
    <message>
        <source>Public rooms filter</source>
        <translation>Filtre des salons publics</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>Publics et privés</translation>
    </message>
    <message>
        <source>Public (in the directory) only</source>
        <translation>Publics (dans l&apos;annuaire) uniquement</translation>
    </message>
    <message>
        <source>Not in the directory only</source>
        <translation>Hors de l&apos;annuaire uniquement</translation>
    </message>
    <message>
        <source>Empty rooms filter</source>
        <translation>Filtre des salons vides</translation>
    </message>
    <message>
        <source>With or without members</source>
        <translation>Avec ou sans membres</translation>
    </message>
    <message>
        <source>Empty rooms only</source>
        <translation>Salons vides uniquement</translation>
    </message>
    <message>
        <source>Rooms with members only</source>
        <translation>Salons avec membres uniquement</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh rooms</source>
        <translation>Actualiser les salons</translation>
    </message>
    <message>
        <source>&amp;Join Users to Selected Rooms…</source>
        <translation>A&amp;jouter des utilisateurs aux salons sélectionnés…</translation>
    </message>
    <message>
        <source>Join users to the selected rooms</source>
        <translation>Ajouter des utilisateurs aux salons sélectionnés</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Retry loading rooms</source>
        <translation>Réessayer le chargement des salons</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>The server cannot sort by &quot;%1&quot;.</source>
        <translation>Le serveur ne peut pas trier selon &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Join Users to %n Room(s)…</source>
        <translation>
            <numerusform>Ajouter des utilisateurs à %n salon…</numerusform>
            <numerusform>Ajouter des utilisateurs à %n salons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source> — loading more…</source>
        <translation> — chargement de la suite…</translation>
    </message>
    <message>
        <source>Rooms could not be loaded: %1</source>
        <translation>Les salons n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>No rooms.</source>
        <translation>Aucun salon.</translation>
    </message>
    <message>
        <source>No room matches &quot;%1&quot;.</source>
        <translation>Aucun salon ne correspond à &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export rooms as CSV or JSON</source>
        <translation>Exporter les salons en CSV ou JSON</translation>
    </message>
    <message>
        <source>Export every room matching the search and filters (Ctrl+E)</source>
        <translation>Exporter chaque salon correspondant à la recherche et aux filtres (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Annuaire</translation>
    </message>
    <message>
        <source>Room directory actions for the selected rooms</source>
        <translation>Actions d&apos;annuaire pour les salons sélectionnés</translation>
    </message>
    <message>
        <source>Publish the selected rooms in the server&apos;s room directory, or remove them from it</source>
        <translation>Publier les salons sélectionnés dans l&apos;annuaire des salons du serveur, ou les en retirer</translation>
    </message>
    <message>
        <source>&amp;Publish in the Directory</source>
        <translation>&amp;Publier dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Remove from the Directory</source>
        <translation>&amp;Retirer de l&apos;annuaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Published %n room(s) in the directory.</source>
        <translation>
            <numerusform>%n salon publié dans l&apos;annuaire.</numerusform>
            <numerusform>%n salons publiés dans l&apos;annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n room(s) from the directory.</source>
        <translation>
            <numerusform>%n salon retiré de l&apos;annuaire.</numerusform>
            <numerusform>%n salons retirés de l&apos;annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n échec : %1</numerusform>
            <numerusform>%n échecs : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rooms</source>
        <translation>Exporter les salons</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Steward::SandboxConnection</name>
    <message>
        <source>Cannot read the sandbox file %1: %2. Start the sandbox with scripts/run-sandbox.sh.</source>
        <translation>Impossible de lire le fichier du bac à sable %1 : %2. Démarrez le bac à sable avec scripts/run-sandbox.sh.</translation>
    </message>
    <message>
        <source>The sandbox file %1 has no base_url or admin token.</source>
        <translation>Le fichier du bac à sable %1 ne contient pas de base_url ou de jeton d&apos;administrateur.</translation>
    </message>
</context>
<context>
    <name>Steward::ServerApi</name>
    <message>
        <source>this does not look like a Matrix homeserver (no &quot;versions&quot; list)</source>
        <translation>ceci ne ressemble pas à un serveur d&apos;accueil Matrix (pas de liste &quot;versions&quot;)</translation>
    </message>
</context>
<context>
    <name>Steward::ServerNoticeApi</name>
    <message>
        <source>This server cannot send server notices: it has no server notices user. Add &quot;server_notices: {system_mxid_localpart: notices}&quot; to homeserver.yaml (optionally system_mxid_display_name and room_name), restart Synapse and try again. Nothing was sent.</source>
        <translation>Ce serveur ne peut pas envoyer d&apos;avis : il n&apos;a pas d&apos;utilisateur pour les avis du serveur. Ajoutez « server_notices: {system_mxid_localpart: notices} » à homeserver.yaml (éventuellement system_mxid_display_name et room_name), redémarrez Synapse et réessayez. Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>Steward::ServerNoticeRun</name>
    <message>
        <source>not a user ID</source>
        <translation>pas un identifiant d&apos;utilisateur</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>autre serveur</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>listé deux fois</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>utilisateur inexistant</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>bots</source>
        <translation>bots</translation>
    </message>
    <message>
        <source>support users</source>
        <translation>utilisateurs de support</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>invités</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>A user of another server (%1): server notices go only to users of %2.</source>
        <translation>Un utilisateur d&apos;un autre serveur (%1) : les avis du serveur ne vont qu&apos;aux utilisateurs de %2.</translation>
    </message>
    <message>
        <source>Listed more than once: gets the notice once.</source>
        <translation>Listé plusieurs fois : reçoit l&apos;avis une fois.</translation>
    </message>
    <message>
        <source>Checking that the server can send notices</source>
        <translation>Vérification que le serveur peut envoyer des avis</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <source>There is no such user on this server.</source>
        <translation>Cet utilisateur n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>L&apos;utilisateur n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>A bot (left out unless bots are included).</source>
        <translation>Un bot (exclu sauf si les bots sont inclus).</translation>
    </message>
    <message>
        <source>A support user (left out unless bots are included).</source>
        <translation>Un utilisateur de support (exclu sauf si les bots sont inclus).</translation>
    </message>
    <message>
        <source>A guest (left out unless guests are included).</source>
        <translation>Un invité (exclu sauf si les invités sont inclus).</translation>
    </message>
    <message>
        <source>the journal %1 names no run ID</source>
        <translation>le journal %1 n&apos;indique aucun identifiant d&apos;exécution</translation>
    </message>
    <message>
        <source>In an earlier run: %1</source>
        <translation>Lors d&apos;une exécution précédente : %1</translation>
    </message>
    <message>
        <source>Sending the notice</source>
        <translation>Envoi de l&apos;avis</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Sent; the run stopped before the server answered.</source>
        <translation>Envoyé ; l&apos;exécution s&apos;est arrêtée avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>An earlier run sent it without getting the answer, and reading the user&apos;s rooms failed (%1): check this user.</source>
        <translation>Une exécution précédente l&apos;a envoyé sans obtenir la réponse, et la lecture des salons de l&apos;utilisateur a échoué (%1) : vérifiez cet utilisateur.</translation>
    </message>
    <message>
        <source>Delivered by an earlier run (found in the user&apos;s notice room).</source>
        <translation>Livré par une exécution précédente (trouvé dans le salon des avis de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1) and reading the user&apos;s rooms failed too (%2): resume the run to check and send again.</source>
        <translation>La réponse du serveur a été perdue (%1) et la lecture des salons de l&apos;utilisateur a aussi échoué (%2) : reprenez l&apos;exécution pour vérifier et renvoyer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); the notice is in the user&apos;s notice room.</source>
        <translation>La réponse du serveur a été perdue (%1) ; l&apos;avis est dans le salon des avis de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1); the notice is not in the user&apos;s rooms: not delivered (resume the run to send it again).</source>
        <translation>La réponse du serveur a été perdue (%1) ; l&apos;avis n&apos;est pas dans les salons de l&apos;utilisateur : non livré (reprenez l&apos;exécution pour le renvoyer).</translation>
    </message>
    <message>
        <source>Not sent: the server cannot send server notices.</source>
        <translation>Non envoyé : le serveur ne peut pas envoyer d&apos;avis.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent to this user.</source>
        <translation>Annulé : rien n&apos;a été envoyé à cet utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) get the notice</source>
        <translation>
            <numerusform>%n utilisateur reçoit l&apos;avis</numerusform>
            <numerusform>%n utilisateurs reçoivent l&apos;avis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n ignoré</numerusform>
            <numerusform>; %n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Server notice: %1.</source>
        <translation>Avis du serveur : %1.</translation>
    </message>
</context>
<context>
    <name>Steward::ServerOverview</name>
    <message>
        <source>Adding up media per user</source>
        <translation>Addition des médias par utilisateur</translation>
    </message>
    <message>
        <source>Reading federation destinations</source>
        <translation>Lecture des destinations de fédération</translation>
    </message>
</context>
<context>
    <name>Steward::ServerProbe</name>
    <message>
        <source>%1 is not a server administrator. Steward manages the whole server and needs the access token of a Synapse server admin.</source>
        <translation>%1 n&apos;est pas administrateur du serveur. Steward gère l&apos;ensemble du serveur et a besoin du jeton d&apos;accès d&apos;un administrateur du serveur Synapse.</translation>
    </message>
</context>
<context>
    <name>Steward::SignIn</name>
    <message>
        <source>Steward on %1</source>
        <translation>Steward sur %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or homeserver URL: enter e.g. example.org or https://matrix.example.org.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de serveur ni une URL de serveur d&apos;accueil : saisissez p. ex. example.org ou https://matrix.example.org.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 does not answer like a Matrix homeserver (%2). Check the address: enter the server name (example.org) or the homeserver&apos;s base URL.</source>
        <translation>%1 ne répond pas comme un serveur d&apos;accueil Matrix (%2). Vérifiez l&apos;adresse : saisissez le nom du serveur (example.org) ou l&apos;URL de base du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>The access token is empty: paste an admin&apos;s access token.</source>
        <translation>Le jeton d&apos;accès est vide : collez le jeton d&apos;accès d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>%1 delegates sign-in to Matrix Authentication Service (MAS). Tokens from a password login there never carry server-admin rights. Ask for an admin-scoped token (OAuth scope urn:synapse:admin:*), e.g. with: mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges, then sign in with that token.</source>
        <translation>%1 délègue la connexion à Matrix Authentication Service (MAS). Les jetons issus d&apos;une connexion par mot de passe sur ce service ne portent jamais les droits d&apos;administrateur du serveur. Demandez un jeton avec une portée d&apos;administration (portée OAuth urn:synapse:admin:*), p. ex. avec : mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges, puis connectez-vous avec ce jeton.</translation>
    </message>
    <message>
        <source>Enter both the user name and the password.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>The server refused the user name or password (%1). Check both and try again.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe (%1). Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Vérification du compte…</translation>
    </message>
    <message>
        <source>The server does not know this access token (%1): it may have been revoked or mistyped.</source>
        <translation>Le serveur ne connaît pas ce jeton d&apos;accès (%1) : il a peut-être été révoqué ou mal saisi.</translation>
    </message>
    <message>
        <source>This server uses Matrix Authentication Service: the token needs the scope urn:synapse:admin:* (mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges).</source>
        <translation>Ce serveur utilise Matrix Authentication Service : le jeton nécessite la portée urn:synapse:admin:* (mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges).</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Steward::SignInError</name>
    <message>
        <source>%1 uses plain http:// to a host that is not this computer: the access token would travel unencrypted. Use https://, or confirm that you accept this for this profile.</source>
        <translation>%1 utilise http:// en clair vers un hôte qui n&apos;est pas cet ordinateur : le jeton d&apos;accès circulerait sans chiffrement. Utilisez https://, ou confirmez que vous l&apos;acceptez pour ce profil.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. Check the fingerprint with the server&apos;s administrator; if it matches, you may trust exactly this certificate for this profile.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé (%2). Empreinte SHA-256 : %3. Vérifiez l&apos;empreinte auprès de l&apos;administrateur du serveur ; si elle correspond, vous pouvez faire confiance exactement à ce certificat pour ce profil.</translation>
    </message>
</context>
<context>
    <name>Steward::SignOutReport</name>
    <message>
        <source>No token was stored for profile &quot;%1&quot;, so there was nothing to revoke.</source>
        <translation>Aucun jeton n&apos;était stocké pour le profil &quot;%1&quot;, il n&apos;y avait donc rien à révoquer.</translation>
    </message>
    <message>
        <source>The access token of profile &quot;%1&quot; was revoked on the server.</source>
        <translation>Le jeton d&apos;accès du profil &quot;%1&quot; a été révoqué sur le serveur.</translation>
    </message>
    <message>
        <source>The access token of profile &quot;%1&quot; could NOT be revoked: %2</source>
        <translation>Le jeton d&apos;accès du profil &quot;%1&quot; n&apos;a PAS pu être révoqué : %2</translation>
    </message>
    <message>
        <source>The keychain entry was deleted.</source>
        <translation>L&apos;entrée du trousseau a été supprimée.</translation>
    </message>
    <message>
        <source>The keychain entry was NOT deleted.</source>
        <translation>L&apos;entrée du trousseau n&apos;a PAS été supprimée.</translation>
    </message>
    <message>
        <source>The profile was removed.</source>
        <translation>Le profil a été supprimé.</translation>
    </message>
    <message>
        <source>The sign-in of profile &quot;%1&quot; (its access and refresh token) was revoked at the authorization server.</source>
        <translation>La connexion du profil « %1 » (ses jetons d&apos;accès et de renouvellement) a été révoquée auprès du serveur d&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>Steward::TokenEditDialog</name>
    <message>
        <source>Edit Registration Token</source>
        <translation>Modifier le jeton d&apos;inscription</translation>
    </message>
    <message>
        <source>New Registration Token</source>
        <translation>Nouveau jeton d&apos;inscription</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>&amp;Generate a random token</source>
        <translation>Générer un jeton &amp;aléatoire</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>A-Z a-z 0-9 . _ ~ - (at most 64)</source>
        <translation>A-Z a-z 0-9 . _ ~ - (64 au plus)</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur :</translation>
    </message>
    <message>
        <source>Own &amp;text:</source>
        <translation>&amp;Texte personnalisé :</translation>
    </message>
    <message>
        <source>&amp;Limit the uses to</source>
        <translation>Limiter les &amp;utilisations à</translation>
    </message>
    <message>
        <source>&amp;Expires at</source>
        <translation>&amp;Expire le</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation>Utilisations :</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The expiry is in the past: choose a later time.</source>
        <translation>L&apos;expiration est dans le passé : choisissez un moment ultérieur.</translation>
    </message>
</context>
<context>
    <name>Steward::TokensView</name>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <source>Copy the selected token to the clipboard</source>
        <translation>Copier le jeton sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Registration tokens</source>
        <translation>Jetons d&apos;inscription</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Uses allowed</source>
        <translation>Utilisations permises</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Could not read the registration tokens: %1</source>
        <translation>Les jetons d&apos;inscription n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n registration token(s).</source>
        <translation>
            <numerusform>%n jeton d&apos;inscription.</numerusform>
            <numerusform>%n jetons d&apos;inscription.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Created the token %1 (copied to the clipboard).</source>
        <translation>Jeton %1 créé (copié dans le presse-papiers).</translation>
    </message>
    <message>
        <source>Changed the token %1.</source>
        <translation>Jeton %1 modifié.</translation>
    </message>
    <message>
        <source>Delete Registration Tokens</source>
        <translation>Supprimer des jetons d&apos;inscription</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration token(s)? Nobody can register with them afterwards.

%1</source>
        <translation>
            <numerusform>Supprimer %n jeton d&apos;inscription ? Personne ne pourra plus s&apos;inscrire avec.

%1</numerusform>
            <numerusform>Supprimer %n jetons d&apos;inscription ? Personne ne pourra plus s&apos;inscrire avec.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s).</source>
        <translation>
            <numerusform>%n jeton supprimé.</numerusform>
            <numerusform>%n jetons supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Steward::UserApi</name>
    <message>
        <source>the users list has no &quot;users&quot; array</source>
        <translation>la liste des utilisateurs ne contient pas de tableau &quot;users&quot;</translation>
    </message>
    <message>
        <source>a user in the list has no &quot;name&quot;</source>
        <translation>un utilisateur de la liste n&apos;a pas de &quot;name&quot;</translation>
    </message>
    <message>
        <source>the users list has no &quot;total&quot;</source>
        <translation>la liste des utilisateurs ne contient pas de &quot;total&quot;</translation>
    </message>
    <message>
        <source>the users list&apos;s next_token is not a number</source>
        <translation>le next_token de la liste des utilisateurs n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the user has no &quot;name&quot;</source>
        <translation>l&apos;utilisateur n&apos;a pas de &quot;name&quot;</translation>
    </message>
    <message>
        <source>too many users match this user&apos;s name to find their media statistics</source>
        <translation>trop d&apos;utilisateurs correspondent au nom de cet utilisateur pour trouver ses statistiques de médias</translation>
    </message>
</context>
<context>
    <name>Steward::UserDetailsPanel</name>
    <message>
        <source>Display &amp;Name…</source>
        <translation>&amp;Nom d&apos;affichage…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Make &amp;Admin</source>
        <translation>Rendre &amp;administrateur</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>S&amp;hadow-Ban</source>
        <translation>&amp;Bannissement silencieux</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Aucun utilisateur sélectionné</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Display name of %1:</source>
        <translation>Nom d&apos;affichage de %1 :</translation>
    </message>
    <message>
        <source>Changing the display name</source>
        <translation>Modification du nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Display name changed to &quot;%1&quot;.</source>
        <translation>Nom d&apos;affichage changé en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation>Définition du mot de passe</translation>
    </message>
    <message>
        <source>Password set; all devices were logged out.</source>
        <translation>Mot de passe défini ; tous les appareils ont été déconnectés.</translation>
    </message>
    <message>
        <source>Password set; devices stay logged in.</source>
        <translation>Mot de passe défini ; les appareils restent connectés.</translation>
    </message>
    <message>
        <source>Granting admin rights</source>
        <translation>Attribution des droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>Revoking admin rights</source>
        <translation>Révocation des droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>%1 is now a server administrator.</source>
        <translation>%1 est maintenant administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1 is no longer a server administrator.</source>
        <translation>%1 n&apos;est plus administrateur du serveur.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>%1 is locked: they cannot use their account until unlocked.</source>
        <translation>%1 est verrouillé : il ne peut pas utiliser son compte tant qu&apos;il n&apos;est pas déverrouillé.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 est déverrouillé.</translation>
    </message>
    <message>
        <source>%1 is shadow-banned.</source>
        <translation>%1 fait l&apos;objet d&apos;un bannissement silencieux.</translation>
    </message>
    <message>
        <source>The shadow-ban of %1 is lifted.</source>
        <translation>Le bannissement silencieux de %1 est levé.</translation>
    </message>
    <message>
        <source>Changing the shadow-ban failed: %1</source>
        <translation>La modification du bannissement silencieux a échoué : %1</translation>
    </message>
    <message>
        <source>Deactivating %1…</source>
        <translation>Désactivation de %1…</translation>
    </message>
    <message>
        <source>%1 is deactivated and erased.</source>
        <translation>%1 est désactivé et effacé.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>Deactivating %1 failed: %2</source>
        <translation>La désactivation de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Reactivating</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>Select a user in the list to see everything the server knows about them.</source>
        <translation>Sélectionnez un utilisateur dans la liste pour voir tout ce que le serveur sait de lui.</translation>
    </message>
    <message>
        <source>The account could not be loaded: %1</source>
        <translation>Le compte n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Revoke &amp;Admin…</source>
        <translation>Révoquer les droits d&apos;&amp;administrateur…</translation>
    </message>
    <message>
        <source>Make &amp;Admin…</source>
        <translation>Rendre &amp;administrateur…</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>Dé&amp;verrouiller…</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Verrouiller…</translation>
    </message>
    <message>
        <source>Lift S&amp;hadow-Ban…</source>
        <translation>Lever le &amp;bannissement silencieux…</translation>
    </message>
    <message>
        <source>S&amp;hadow-Ban…</source>
        <translation>&amp;Bannissement silencieux…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Make Server Administrator</source>
        <translation>Rendre administrateur du serveur</translation>
    </message>
    <message>
        <source>Revoke Server Administrator</source>
        <translation>Révoquer les droits d&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make &lt;b&gt;%1&lt;/b&gt; a server administrator?&lt;/p&gt;&lt;p&gt;They can then change every user and room of this server, including you, through the admin API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rendre &lt;b&gt;%1&lt;/b&gt; administrateur du serveur ?&lt;/p&gt;&lt;p&gt;Cette personne pourra alors modifier tous les utilisateurs et tous les salons de ce serveur, vous compris, via l&apos;API d&apos;administration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoke the server administrator rights of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;They keep their account but can no longer use the admin API.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Révoquer les droits d&apos;administrateur du serveur de &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Cette personne garde son compte mais ne peut plus utiliser l&apos;API d&apos;administration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Rendre administrateur</translation>
    </message>
    <message>
        <source>Revoke Admin</source>
        <translation>Révoquer les droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>Lock User</source>
        <translation>Verrouiller l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Unlock User</source>
        <translation>Déverrouiller l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lock &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Every request of theirs is refused until the account is unlocked; nothing else about the account changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verrouiller &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Toutes ses requêtes sont refusées tant que le compte n&apos;est pas déverrouillé ; rien d&apos;autre ne change pour le compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Unlock &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;They can use their account again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Déverrouiller &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Cette personne peut de nouveau utiliser son compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Shadow-Ban User</source>
        <translation>Bannir silencieusement l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Lift Shadow-Ban</source>
        <translation>Lever le bannissement silencieux</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shadow-ban &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Their messages, invites and room creations silently reach nobody; they are not told.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bannir silencieusement &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Ses messages, invitations et créations de salons n&apos;atteignent plus personne, sans bruit ; cette personne n&apos;en est pas informée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lift the shadow-ban of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;What they send from now on reaches others again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lever le bannissement silencieux de &lt;b&gt;%1&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Ce que cette personne envoie à partir de maintenant atteint de nouveau les autres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shadow-Ban</source>
        <translation>Bannir silencieusement</translation>
    </message>
    <message>
        <source>&amp;Media…</source>
        <translation>&amp;Médias…</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>The files this user uploaded, in the Media view</source>
        <translation>Les fichiers envoyés par cet utilisateur, dans la vue Médias</translation>
    </message>
    <message>
        <source>Reading the account in Matrix Authentication Service…</source>
        <translation>Lecture du compte dans Matrix Authentication Service…</translation>
    </message>
    <message>
        <source>Locked in MAS since %1</source>
        <translation>Verrouillé dans MAS depuis %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Non verrouillé</translation>
    </message>
    <message>
        <source>Deactivated in MAS since %1</source>
        <translation>Désactivé dans MAS depuis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Admin (MAS): may request admin rights</source>
        <translation>Administrateur (MAS) : peut demander les droits d&apos;administration</translation>
    </message>
    <message>
        <source>Not an admin in MAS</source>
        <translation>Pas administrateur dans MAS</translation>
    </message>
    <message>
        <source>Matrix Authentication Service (MAS) owns this account: %1.</source>
        <translation>Matrix Authentication Service (MAS) gère ce compte : %1.</translation>
    </message>
    <message>
        <source>The account could not be read in Matrix Authentication Service: %1</source>
        <translation>Le compte n&apos;a pas pu être lu dans Matrix Authentication Service : %1</translation>
    </message>
    <message>
        <source>Matrix Authentication Service has no such user.</source>
        <translation>Matrix Authentication Service ne connaît pas cet utilisateur.</translation>
    </message>
    <message>
        <source>A user of another server: Matrix Authentication Service manages only this server&apos;s users.</source>
        <translation>Un utilisateur d&apos;un autre serveur : Matrix Authentication Service ne gère que les utilisateurs de ce serveur.</translation>
    </message>
    <message>
        <source>Revoke MAS &amp;Admin…</source>
        <translation>Révoquer les droits d&apos;&amp;administrateur MAS…</translation>
    </message>
    <message>
        <source>Make MAS &amp;Admin…</source>
        <translation>Rendre &amp;administrateur MAS…</translation>
    </message>
    <message>
        <source>Made in Matrix Authentication Service (MAS), which tells Synapse.</source>
        <translation>Effectué dans Matrix Authentication Service (MAS), qui en informe Synapse.</translation>
    </message>
    <message>
        <source>Setting the password in Matrix Authentication Service</source>
        <translation>Définition du mot de passe dans Matrix Authentication Service</translation>
    </message>
    <message>
        <source>Password set in Matrix Authentication Service; signed-in sessions stay signed in.</source>
        <translation>Mot de passe défini dans Matrix Authentication Service ; les sessions connectées restent connectées.</translation>
    </message>
    <message>
        <source>Make MAS Administrator</source>
        <translation>Rendre administrateur MAS</translation>
    </message>
    <message>
        <source>Revoke MAS Administrator</source>
        <translation>Révoquer les droits d&apos;administrateur MAS</translation>
    </message>
    <message>
        <source>&lt;p&gt;Let &lt;b&gt;%1&lt;/b&gt; request admin rights in Matrix Authentication Service?&lt;/p&gt;&lt;p&gt;When they sign in asking for the admin scopes (urn:synapse:admin:*, urn:mas:admin) they can change every user and room of this server, including you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Autoriser &lt;b&gt;%1&lt;/b&gt; à demander les droits d&apos;administration dans Matrix Authentication Service ?&lt;/p&gt;&lt;p&gt;En se connectant avec les portées d&apos;administration (urn:synapse:admin:*, urn:mas:admin), cette personne peut modifier tous les utilisateurs et tous les salons de ce serveur, vous compris.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stop &lt;b&gt;%1&lt;/b&gt; from requesting admin rights in Matrix Authentication Service?&lt;/p&gt;&lt;p&gt;MAS checks this when they sign in; sessions they already have are not ended by this change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Empêcher &lt;b&gt;%1&lt;/b&gt; de demander les droits d&apos;administration dans Matrix Authentication Service ?&lt;/p&gt;&lt;p&gt;MAS le vérifie à la connexion ; les sessions déjà ouvertes par cette personne ne sont pas terminées par ce changement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Make MAS Admin</source>
        <translation>Rendre administrateur MAS</translation>
    </message>
    <message>
        <source>Revoke MAS Admin</source>
        <translation>Révoquer les droits d&apos;administrateur MAS</translation>
    </message>
    <message>
        <source>Granting admin rights in MAS</source>
        <translation>Attribution des droits d&apos;administrateur dans MAS</translation>
    </message>
    <message>
        <source>Revoking admin rights in MAS</source>
        <translation>Révocation des droits d&apos;administrateur dans MAS</translation>
    </message>
    <message>
        <source>%1 may now request admin rights in MAS.</source>
        <translation>%1 peut désormais demander les droits d&apos;administration dans MAS.</translation>
    </message>
    <message>
        <source>%1 may no longer request admin rights in MAS.</source>
        <translation>%1 ne peut plus demander les droits d&apos;administration dans MAS.</translation>
    </message>
    <message>
        <source>The change is made in Matrix Authentication Service (MAS), which tells Synapse.</source>
        <translation>La modification est faite dans Matrix Authentication Service (MAS), qui en informe Synapse.</translation>
    </message>
    <message>
        <source>Locking in MAS</source>
        <translation>Verrouillage dans MAS</translation>
    </message>
    <message>
        <source>Unlocking in MAS</source>
        <translation>Déverrouillage dans MAS</translation>
    </message>
    <message>
        <source>%1 is locked in Matrix Authentication Service: they cannot use their account until unlocked.</source>
        <translation>%1 est verrouillé dans Matrix Authentication Service : il ne peut pas utiliser son compte tant qu&apos;il n&apos;est pas déverrouillé.</translation>
    </message>
    <message>
        <source>%1 is unlocked in Matrix Authentication Service.</source>
        <translation>%1 est déverrouillé dans Matrix Authentication Service.</translation>
    </message>
    <message>
        <source>Deactivating %1 in Matrix Authentication Service</source>
        <translation>Désactivation de %1 dans Matrix Authentication Service</translation>
    </message>
    <message>
        <source>%1 is deactivated in Matrix Authentication Service, which asks Synapse to deactivate and erase the account.</source>
        <translation>%1 est désactivé dans Matrix Authentication Service, qui demande à Synapse de désactiver et d&apos;effacer le compte.</translation>
    </message>
    <message>
        <source>%1 is deactivated in Matrix Authentication Service, which asks Synapse to deactivate the account.</source>
        <translation>%1 est désactivé dans Matrix Authentication Service, qui demande à Synapse de désactiver le compte.</translation>
    </message>
    <message>
        <source>Reactivate User</source>
        <translation>Réactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reactivate &lt;b&gt;%1&lt;/b&gt; in Matrix Authentication Service?&lt;/p&gt;&lt;p&gt;MAS reactivates the account in Synapse too. The password in MAS stays as it was: set a new one with Set Password if needed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réactiver &lt;b&gt;%1&lt;/b&gt; dans Matrix Authentication Service ?&lt;/p&gt;&lt;p&gt;MAS réactive aussi le compte dans Synapse. Le mot de passe dans MAS reste inchangé : définissez-en un nouveau avec « Définir le mot de passe » si nécessaire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Reactivating in MAS</source>
        <translation>Réactivation dans MAS</translation>
    </message>
    <message>
        <source>%1 is active again in Matrix Authentication Service.</source>
        <translation>%1 est de nouveau actif dans Matrix Authentication Service.</translation>
    </message>
</context>
<context>
    <name>Steward::UserExport</name>
    <message>
        <source>Reading the users list failed after %1 rows: %2</source>
        <translation>La lecture de la liste des utilisateurs a échoué après %1 lignes : %2</translation>
    </message>
    <message>
        <source>Writing the export failed after %1 rows: %2</source>
        <translation>L&apos;écriture de l&apos;export a échoué après %1 lignes : %2</translation>
    </message>
    <message>
        <source> No file was written.</source>
        <translation> Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; the output is incomplete.</source>
        <translation>Export annulé après %1 lignes ; la sortie est incomplète.</translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; no file was written.</source>
        <translation>Export annulé après %1 lignes ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exporting users</source>
        <translation>Export des utilisateurs</translation>
    </message>
</context>
<context>
    <name>Steward::UserInfoView</name>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Détails de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Rooms of this user</source>
        <translation>Salons de cet utilisateur</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation>Identifiant du salon</translation>
    </message>
    <message>
        <source>Double-click a room (or press Enter) to open it in the Rooms view.</source>
        <translation>Double-cliquez sur un salon (ou appuyez sur Entrée) pour l&apos;ouvrir dans la vue Salons.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Log &amp;Out Device…</source>
        <translation>&amp;Déconnecter l&apos;appareil…</translation>
    </message>
    <message>
        <source>Log out the current device</source>
        <translation>Déconnecter l&apos;appareil actuel</translation>
    </message>
    <message>
        <source>Log Out &amp;Selected…</source>
        <translation>Déconnecter la &amp;sélection…</translation>
    </message>
    <message>
        <source>Log out the selected devices</source>
        <translation>Déconnecter les appareils sélectionnés</translation>
    </message>
    <message>
        <source>Log Out A&amp;ll…</source>
        <translation>Déconnecter &amp;tous…</translation>
    </message>
    <message>
        <source>Log out every device</source>
        <translation>Déconnecter tous les appareils</translation>
    </message>
    <message>
        <source>Sessions by address and client</source>
        <translation>Sessions par adresse et client</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Pushers</source>
        <translation>Pushers</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Push key or URL</source>
        <translation>Clé de push ou URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The rooms could not be loaded: %1</source>
        <translation>Les salons n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation>Les appareils n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Les sessions n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>The pushers could not be loaded: %1</source>
        <translation>Les pushers n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
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
        <translation>Service applicatif</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Shadow-banned</source>
        <translation>Banni silencieusement</translation>
    </message>
    <message>
        <source>Deactivated and erased</source>
        <translation>Désactivé et effacé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, verrouillé</translation>
    </message>
    <message>
        <source>, suspended</source>
        <translation>, suspendu</translation>
    </message>
    <message>
        <source>Regular user</source>
        <translation>Utilisateur ordinaire</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>No files uploaded</source>
        <translation>Aucun fichier téléversé</translation>
    </message>
    <message>
        <source>%1, %2 in total</source>
        <translation>%1, %2 au total</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>inconnu : %1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Server administrator</source>
        <translation>Administrateur du serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Uploaded media</source>
        <translation>Médias téléversés</translation>
    </message>
    <message>
        <source>Application service</source>
        <translation>Service applicatif</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Email addresses and phone numbers</source>
        <translation>Adresses e-mail et numéros de téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source> (confirmed %1)</source>
        <translation> (confirmé : %1)</translation>
    </message>
    <message>
        <source> (added %1, not confirmed)</source>
        <translation> (ajouté : %1, non confirmé)</translation>
    </message>
    <message>
        <source>Identity provider links (external IDs)</source>
        <translation>Liens vers des fournisseurs d&apos;identité (identifiants externes)</translation>
    </message>
    <message>
        <source>(unnamed room)</source>
        <translation>(salon sans nom)</translation>
    </message>
    <message>
        <source>%1 (space)</source>
        <translation>%1 (espace)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>(not readable: %1)</source>
        <translation>(illisible : %1)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité à rejoindre</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banni</translation>
    </message>
    <message>
        <source>Asked to join</source>
        <translation>A demandé à rejoindre</translation>
    </message>
    <message>
        <source>Not in any room.</source>
        <translation>Dans aucun salon.</translation>
    </message>
    <message numerus="yes">
        <source>Member of %n room(s); double-click a room to open it in the Rooms view.</source>
        <translation>
            <numerusform>Membre de %n salon ; double-cliquez sur un salon pour l&apos;ouvrir dans la vue Salons.</numerusform>
            <numerusform>Membre de %n salons ; double-cliquez sur un salon pour l&apos;ouvrir dans la vue Salons.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (this Steward session)</source>
        <translation>%1 (cette session Steward)</translation>
    </message>
    <message>
        <source>No devices: the user is not signed in anywhere.</source>
        <translation>Aucun appareil : l&apos;utilisateur n&apos;est connecté nulle part.</translation>
    </message>
    <message>
        <source>(unknown client)</source>
        <translation>(client inconnu)</translation>
    </message>
    <message>
        <source>No recorded sessions.</source>
        <translation>Aucune session enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in all, grouped by IP address and client</source>
        <translation>
            <numerusform>%n connexion au total, regroupée par adresse IP et client</numerusform>
            <numerusform>%n connexions au total, regroupées par adresse IP et client</numerusform>
        </translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <source>No pushers: nothing notifies this user&apos;s devices.</source>
        <translation>Aucun pusher : rien ne notifie les appareils de cet utilisateur.</translation>
    </message>
    <message>
        <source>Steward is signed in with this device: logging it out here would end this session. Sign out from the File menu instead.</source>
        <translation>Steward est connecté avec cet appareil : le déconnecter ici mettrait fin à cette session. Déconnectez-vous plutôt depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Log out the device &quot;%1&quot; (%2) of %3? Its access is revoked at once; the person has to sign in again on it, and messages they cannot decrypt elsewhere may be lost.</source>
        <translation>Déconnecter l&apos;appareil &quot;%1&quot; (%2) de %3 ? Son accès est révoqué immédiatement ; la personne doit s&apos;y reconnecter, et les messages qu&apos;elle ne peut pas déchiffrer ailleurs risquent d&apos;être perdus.</translation>
    </message>
    <message numerus="yes">
        <source>Log out %n selected device(s) of %1? Their access is revoked at once; the person has to sign in again on them.</source>
        <translation>
            <numerusform>Déconnecter %n appareil sélectionné de %1 ? Son accès est révoqué immédiatement ; la personne doit s&apos;y reconnecter.</numerusform>
            <numerusform>Déconnecter %n appareils sélectionnés de %1 ? Leur accès est révoqué immédiatement ; la personne doit s&apos;y reconnecter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out all %n device(s) of %1? They are signed out everywhere at once.</source>
        <translation>
            <numerusform>Déconnecter %n appareil de %1 (tous ses appareils) ? L&apos;utilisateur est déconnecté partout immédiatement.</numerusform>
            <numerusform>Déconnecter les %n appareils de %1 ? L&apos;utilisateur est déconnecté partout immédiatement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device Steward is signed in with (%1) stays signed in.</source>
        <translation>L&apos;appareil avec lequel Steward est connecté (%1) reste connecté.</translation>
    </message>
    <message>
        <source>Nothing to log out: only Steward&apos;s own session was selected.</source>
        <translation>Rien à déconnecter : seule la session propre à Steward était sélectionnée.</translation>
    </message>
    <message>
        <source>Log Out Devices</source>
        <translation>Déconnecter des appareils</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Déconnecter</translation>
    </message>
    <message numerus="yes">
        <source>Logging out %n device(s)…</source>
        <translation>
            <numerusform>Déconnexion de %n appareil…</numerusform>
            <numerusform>Déconnexion de %n appareils…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) logged out.</source>
        <translation>
            <numerusform>%n appareil déconnecté.</numerusform>
            <numerusform>%n appareils déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logging out failed: %1</source>
        <translation>La déconnexion a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Steward::UserListModel</name>
    <message>
        <source>User ID</source>
        <translation>Identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Shadow-banned</source>
        <translation>Banni silencieusement</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation>%1 chargés sur %2</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Échec du chargement</translation>
    </message>
    <message>
        <source> (loading failed)</source>
        <translation> (échec du chargement)</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (chargement…)</translation>
    </message>
    <message>
        <source> (users were added or removed meanwhile; the list was adjusted, refresh to see all changes)</source>
        <translation> (des utilisateurs ont été ajoutés ou supprimés entre-temps ; la liste a été ajustée, actualisez pour voir toutes les modifications)</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Steward::UserPager</name>
    <message>
        <source>the server&apos;s pages keep changing: %1 pages in a row brought no new user; stopped</source>
        <translation>les pages du serveur changent sans cesse : %1 pages d&apos;affilée n&apos;ont apporté aucun nouvel utilisateur ; arrêt</translation>
    </message>
    <message>
        <source>the server&apos;s paging is broken: the next token %1 does not move past %2; stopped</source>
        <translation>la pagination du serveur est défaillante : le jeton suivant %1 ne dépasse pas %2 ; arrêt</translation>
    </message>
    <message>
        <source>the server did not sort the users by user ID as asked (%1 came after %2); stopped</source>
        <translation>le serveur n&apos;a pas trié les utilisateurs par identifiant comme demandé (%1 est venu après %2) ; arrêt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the server sent more than the %1 users asked for in one page; stopped</source>
        <translation>le serveur a envoyé plus que les %1 utilisateurs demandés dans une page ; arrêté</translation>
    </message>
    <message>
        <source>the list changed; looking earlier</source>
        <translation>la liste a changé ; recherche plus en amont</translation>
    </message>
</context>
<context>
    <name>Steward::UserRedaction</name>
    <message>
        <source>listed twice</source>
        <translation>listé deux fois</translation>
    </message>
    <message>
        <source>Reading the user&apos;s rooms</source>
        <translation>Lecture des salons de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>never joined (membership: %1): no events of the user there</source>
        <translation>jamais rejoint (adhésion : %1) : aucun événement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Redacting the user&apos;s events</source>
        <translation>Caviardage des événements de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>cancelled before it was started</source>
        <translation>annulé avant le début</translation>
    </message>
    <message>
        <source>the answer was lost (%1) and the server&apos;s tasks could not be read: %2</source>
        <translation>la réponse a été perdue (%1) et les tâches du serveur n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>the request did not reach the server (%1): no task was started</source>
        <translation>la requête n&apos;a pas atteint le serveur (%1) : aucune tâche n&apos;a été lancée</translation>
    </message>
    <message>
        <source>the server started task %1, but its status could not be read: %2</source>
        <translation>le serveur a lancé la tâche %1, mais son état n&apos;a pas pu être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be redacted: %1</source>
        <translation>
            <numerusform>%n événement n&apos;a pas pu être caviardé : %1</numerusform>
            <numerusform>%n événements n&apos;ont pas pu être caviardés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s redaction task completed without failures</source>
        <translation>la tâche de caviardage du serveur s&apos;est terminée sans échec</translation>
    </message>
</context>
<context>
    <name>Steward::UserSafety</name>
    <message>
        <source>%1 is the last active server administrator: without them nobody could administer the server.</source>
        <translation>%1 est le dernier administrateur actif du serveur : sans lui, personne ne pourrait administrer le serveur.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: Steward does not shadow-ban it.</source>
        <translation>C&apos;est le compte avec lequel vous êtes connecté : Steward ne le bannit pas silencieusement.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: deactivating it would lock you out for good.</source>
        <translation>C&apos;est le compte avec lequel vous êtes connecté : le désactiver vous empêcherait définitivement d&apos;accéder au serveur.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: locking it would lock you out of the server.</source>
        <translation>C&apos;est le compte avec lequel vous êtes connecté : le verrouiller vous empêcherait d&apos;accéder au serveur.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: logging out all of its devices would end this session.</source>
        <translation>C&apos;est le compte avec lequel vous êtes connecté : déconnecter tous ses appareils mettrait fin à cette session.</translation>
    </message>
    <message>
        <source>This is the account you are signed in with: without admin rights you could no longer use Steward. Ask another administrator to do it.</source>
        <translation>C&apos;est le compte avec lequel vous êtes connecté : sans droits d&apos;administrateur, vous ne pourriez plus utiliser Steward. Demandez à un autre administrateur de le faire.</translation>
    </message>
</context>
<context>
    <name>Steward::UsersView</name>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Search user name or display name (Ctrl+F)</source>
        <translation>Rechercher par nom d&apos;utilisateur ou nom d&apos;affichage (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Create User…</source>
        <translation>&amp;Créer un utilisateur…</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Join Selected Users to Rooms…</source>
        <translation>A&amp;jouter les utilisateurs sélectionnés à des salons…</translation>
    </message>
    <message>
        <source>Join selected users to rooms</source>
        <translation>Ajouter les utilisateurs sélectionnés à des salons</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>Exporter les utilisateurs en CSV</translation>
    </message>
    <message>
        <source>Export every user matching the search and filters (Ctrl+E)</source>
        <translation>Exporter tous les utilisateurs correspondant à la recherche et aux filtres (Ctrl+E)</translation>
    </message>
    <message>
        <source>Include &amp;deactivated</source>
        <translation>Inclure les &amp;désactivés</translation>
    </message>
    <message>
        <source>Include &amp;guests</source>
        <translation>Inclure les &amp;invités</translation>
    </message>
    <message>
        <source>Include loc&amp;ked</source>
        <translation>Inclure les &amp;verrouillés</translation>
    </message>
    <message>
        <source>&amp;Admins only</source>
        <translation>&amp;Administrateurs uniquement</translation>
    </message>
    <message>
        <source>Hide &amp;bots</source>
        <translation>Masquer les &amp;bots</translation>
    </message>
    <message>
        <source>Hide &amp;support users</source>
        <translation>Masquer les utilisateurs de &amp;support</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry loading users</source>
        <translation>Réessayer le chargement des utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Loading more users failed: %1</source>
        <translation>Le chargement de la suite des utilisateurs a échoué : %1</translation>
    </message>
    <message>
        <source>Loading users failed: %1</source>
        <translation>Le chargement des utilisateurs a échoué : %1</translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation>Aucun utilisateur ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne correspond à &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Creating %1 failed: %2</source>
        <translation>La création de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Export des utilisateurs…</translation>
    </message>
    <message>
        <source>Exported %1 of %2 users…</source>
        <translation>%1 utilisateurs sur %2 exportés…</translation>
    </message>
    <message>
        <source>Exported %1 users to %2.</source>
        <translation>%1 utilisateurs exportés vers %2.</translation>
    </message>
    <message>
        <source>&amp;Selected Users</source>
        <translation>&amp;Utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Actions on the selected users</source>
        <translation>Actions sur les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Lock, unlock, shadow-ban, log out or deactivate every selected user</source>
        <translation>Verrouiller, déverrouiller, bannir silencieusement, déconnecter ou désactiver chaque utilisateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Verrouiller…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Déverr&amp;ouiller…</translation>
    </message>
    <message>
        <source>&amp;Shadow-Ban…</source>
        <translation>&amp;Bannir silencieusement…</translation>
    </message>
    <message>
        <source>Lift Shadow-&amp;Ban…</source>
        <translation>&amp;Lever le bannissement silencieux…</translation>
    </message>
    <message>
        <source>Log &amp;Out All Devices…</source>
        <translation>Déconnecter &amp;tous les appareils…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Deactivate and &amp;Erase…</source>
        <translation>Désactiver et &amp;effacer…</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed. Choose another user name.</source>
        <translation>%1 existe déjà ; rien n&apos;a été modifié. Choisissez un autre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Could not check whether %1 exists: %2</source>
        <translation>Impossible de vérifier si %1 existe : %2</translation>
    </message>
    <message>
        <source>Not available: this server delegates sign-in to Matrix Authentication Service (MAS).</source>
        <translation>Non disponible : ce serveur délègue la connexion à Matrix Authentication Service (MAS).</translation>
    </message>
    <message>
        <source>MAS has no guest accounts; Synapse refuses the guests filter.</source>
        <translation>MAS n&apos;a pas de comptes invités ; Synapse refuse le filtre des invités.</translation>
    </message>
    <message>
        <source>Create the user in MAS (mas-cli manage register-user).</source>
        <translation>Créez l&apos;utilisateur dans MAS (mas-cli manage register-user).</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Made in Matrix Authentication Service (MAS), which tells Synapse.</source>
        <translation>Effectué dans Matrix Authentication Service (MAS), qui en informe Synapse.</translation>
    </message>
    <message>
        <source>Checking whether this server delegates sign-in to Matrix Authentication Service…</source>
        <translation>Vérification de la délégation de la connexion à Matrix Authentication Service par ce serveur…</translation>
    </message>
    <message>
        <source>Could not ask whether this server delegates sign-in to Matrix Authentication Service: %1 Refresh to try again.</source>
        <translation>Impossible de savoir si ce serveur délègue la connexion à Matrix Authentication Service : %1 Actualisez pour réessayer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer Matrix Synapse homeservers.</source>
        <translation>Administrer des serveurs d&apos;accueil Matrix Synapse.</translation>
    </message>
    <message>
        <source>Connect to the local sandbox homeserver described by FILE.</source>
        <translation>Se connecter au serveur d&apos;accueil du bac à sable local décrit par FILE.</translation>
    </message>
    <message>
        <source>Connect to this homeserver without signing in.</source>
        <translation>Se connecter à ce serveur d&apos;accueil sans s&apos;identifier.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Bac à sable (%1)</translation>
    </message>
    <message>
        <source>Trigger the action ACTION once connected.</source>
        <translation>Déclencher l&apos;action ACTION une fois connecté.</translation>
    </message>
    <message>
        <source>Open VIEW (users, rooms, reports).</source>
        <translation>Ouvrir la vue VIEW (users, rooms, reports).</translation>
    </message>
</context>
<context>
    <name>steward-cli</name>
    <message>
        <source>Steward: administer a Matrix Synapse homeserver.</source>
        <translation>Steward : administrer un serveur d&apos;accueil Matrix Synapse.</translation>
    </message>
    <message>
        <source>Homeserver base URL or server name.</source>
        <translation>URL de base ou nom du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>Saved server profile (default: the last used one).</source>
        <translation>Profil de serveur enregistré (par défaut : le dernier utilisé).</translation>
    </message>
    <message>
        <source>Print debug output of the steward.* logging categories on stderr (never tokens).</source>
        <translation>Afficher la sortie de débogage des catégories de journalisation steward.* sur stderr (jamais les jetons).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Base URL, server version, signed-in user, admin yes/no</source>
        <translation>URL de base, version du serveur, utilisateur connecté, administrateur oui/non</translation>
    </message>
    <message>
        <source>Give up on a request when the server has not answered for SECONDS (default 60). Requests that are safe to repeat are retried a few times first.</source>
        <translation>Abandonner une requête quand le serveur n&apos;a pas répondu pendant SECONDS secondes (60 par défaut). Les requêtes qui peuvent être répétées sans risque sont d&apos;abord réessayées quelques fois.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 86400, e.g. --timeout 30 (not &quot;%1&quot;)</source>
        <translation>--timeout nécessite un nombre de secondes entre 0 et 86400, p. ex. --timeout 30 (pas &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sign-in:        unknown (%1)</source>
        <translation>Connexion :     inconnue (%1)</translation>
    </message>
    <message>
        <source>Sign-in:        by Synapse itself</source>
        <translation>Connexion :     par Synapse lui-même</translation>
    </message>
    <message>
        <source>Sign-in:        delegated to Matrix Authentication Service (%1)</source>
        <translation>Connexion :     déléguée à Matrix Authentication Service (%1)</translation>
    </message>
</context>
</TS>
