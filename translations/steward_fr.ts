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
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a profile to connect. Tokens are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the access token on the server and delete it from the keychain; keep the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and remove the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homeserver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org or https://matrix.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the homeserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token (SSO, MAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin or @admin:example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste an admin&apos;s access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted http for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted http:// for this profile (the token travels in clear text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward</name>
    <message>
        <source>An external ID is now linked to another user (HTTP 409: %1); nothing was changed for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is empty: give it a short name such as &quot;work&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name starts or ends with spaces: remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters: choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name contains &quot;/&quot;, &quot;\&quot; or a control character: use letters, digits, spaces, &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ApiError</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Steward does not understand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1). Steward does not send your token elsewhere: use the final address as the homeserver URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is no longer valid: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not a server administrator; Steward needs a server admin&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this endpoint: a reverse proxy may hide /_synapse/admin, or the server delegates authentication to Matrix Authentication Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is rate limiting requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1 (%2, HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::AuthApi</name>
    <message>
        <source>/.well-known/matrix/client names &quot;%1&quot;, which is not a homeserver URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login answer has no access_token or user_id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoin</name>
    <message>
        <source>to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room is not public (join rule &quot;%1&quot;) and %2 is not in it, so the server cannot invite; make %2 a room admin first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinApi</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinEngine</name>
    <message>
        <source>a bulk join is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal %1 belongs to %2, not to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pair failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which users are members by now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined by the earlier, interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 a room admin in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make %1 a room admin first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was cancelled before this pair was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinInput</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a room, not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user ID starts with @ (write @%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user ID looks like @name:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user IDs contain no spaces or non-ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room alias looks like #name:server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room ID looks like !opaque:server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a user, not a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room is given by its ID (!…) or alias (#name:server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice (first on line %1); joined once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user of another server (%1): the admin API joins only users of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinInputPage</name>
    <message>
        <source>Who joins which rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line, or separated by commas or spaces. Users are @name:server or just the name on this server; rooms are room IDs or aliases (#name:server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished">Utilisateurs</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished">Salons</translation>
    </message>
    <message>
        <source>@alice:example.org
bob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#general:example.org
!roomid:example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load users from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load users from a text or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load rooms from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load rooms from a text or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume unfinished bulk join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk join started %1 did not finish: %2 of %3 pairs are still to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bulk join journal (no plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinPreflight</name>
    <message>
        <source>no such user on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room has this alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alias could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such room on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same room as %1; joined once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen. Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make me a room admin where needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make me (%1) a room admin first in %n room(s) that are not public and that I am not in (make_room_admin); otherwise they are skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users × %2 rooms: &lt;b&gt;%3 to join&lt;/b&gt;, %4 already members, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinReportPage</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to every pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome per pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1, already members %2, skipped %3, failed %4, not attempted %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed pair(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinRunPage</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel lets the requests in flight finish; the rest are reported as not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining… (journal: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 pairs/s, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinValidationPage</name>
    <message>
        <source>Checking the users and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user and room is checked on the server. Nothing is changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the users can be joined. Go back and fix the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rooms can be used. Go back and fix the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 users and %2 rooms are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Go back to fix them, or continue: the items listed here take no part (duplicates are joined once).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinWizard</name>
    <message>
        <source>Bulk join users to rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk Join Users to Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join many users to many rooms, with a preview and a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli</name>
    <message>
        <source>Also scan deactivated accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change without asking (after the preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the per-user result as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff:           %1 (local media last accessed before this, or never accessed and uploaded before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only files larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile pictures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote cache:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached copies of other servers&apos; media last accessed before the cutoff are purged too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never deleted:    quarantined and protected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate (from the users&apos; media lists; the server decides when it deletes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 local files, %2, uploaded by %3 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kept: %1 quarantined, %2 protected, %3 profile pictures, %4 not larger than the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  most affected users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not seen by the estimate: media not uploaded by a user (URL previews), custom per-room avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a homeserver URL (expected e.g. https://matrix.example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command needs a signed-in admin: use --profile NAME (see steward-cli profile add) or set STEWARD_ACCESS_TOKEN with --homeserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --profile or --homeserver, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server given: add a profile with &quot;steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin&quot;, or use --homeserver URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile chosen: use --profile NAME (see steward-cli profile list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (see steward-cli profile list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no access token in the keychain: sign in again with &quot;steward-cli profile add %1 --replace --homeserver %2 ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token of profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BulkJoinCommand</name>
    <message>
        <source>Join many local users to many rooms (preview, progress, report, resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: one entry per line (or separated by commas or spaces), a text or CSV file (first column), or &quot;-&quot; for standard input. Users are @name:server or bare names of this server; rooms are IDs or aliases.
Exit codes: 0 every pair joined or already a member; 1 some pair failed, was skipped or not attempted; 2 usage or input error; 3 authentication or connection failure.
Ctrl-C cancels: requests in flight finish, the rest are reported as not attempted; a second Ctrl-C stops at once (--resume continues later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the users (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the rooms (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join requests in flight at once (default 8, 1-64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In rooms that are not public and you are not in, make yourself a room admin first (make_room_admin) instead of skipping them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the per-pair report as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the last unfinished bulk join on this server (from its journal) without repeating the pairs it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (lists are given with --users FILE and --rooms FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk-join needs --users FILE and --rooms FILE (or --resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --users FILE and --rooms FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of the lists can come from standard input (&quot;-&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users list %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rooms list %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the bulk join of %1 (%2): %3 of %4 pairs still to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the pairs come from the journal; --users and --rooms are not read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unfinished bulk join for %1 to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished bulk join for %1; starting this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 users and %2 rooms on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-flight check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli::BulkJoinText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk join preview (signed in as %1). Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: %1 valid. Rooms: %2 valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the input (these take no part):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you will be made a room admin first (make_room_admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: use --make-admin-in-private-rooms to make you a room admin first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the users already in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs: %1 in all: %2 to join, %3 already members, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining: %1/%2 (%3%), %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 pairs/s, ETA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk join cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk join finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1, already members %2, skipped %3, failed %4, not attempted %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ExternalIdsCommand</name>
    <message>
        <source>Find and remove identity-provider links (with backup), or restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  steward-cli external-ids list-providers [--include-deactivated]
  steward-cli external-ids remove --provider P [--provider P2 ...] [--include-deactivated]
                                  [--backup FILE.json] [--report FILE.csv] [--dry-run] [--yes]
  steward-cli external-ids restore FILE.json [--report FILE.csv] [--yes]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown external-ids action &quot;%1&quot;: use list-providers, remove or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not list the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1 users (%2) in %3 s; %4 have external IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: GETs=%1 PUTs=%2 (user list pages %3, user reads %4; %5 sent in total including the connection check and retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: could not write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the identity providers users are linked to, with user counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list-providers takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is linked to an identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the links of one or more identity providers from every user. Without --yes only the preview is printed (exit code 2). A JSON backup of every affected user&apos;s external IDs is written before any change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider to remove (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to write (default: a timestamped file in the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the preview and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (use --provider P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the provider to remove with --provider P (see external-ids list-providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: no scanned user is linked to provider &quot;%1&quot; (providers found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: no user links %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (nothing has changed yet): %1 external IDs of %2 users would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER	REMOVE	KEEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: nothing was changed; run again with --yes to remove these links (a backup is written first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 users written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 of %2 users&apos; links in %3 s: %4 done, %5 failed, %6 not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To undo: steward-cli external-ids restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put external IDs from a backup back, merged with what each user has now. Without --yes only the preview is printed (exit code 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup written by external-ids remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name exactly one backup file: external-ids restore FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (nothing has changed yet): %1 users would get IDs back, %2 have them all, %3 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER	ADD	RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 users from the backup in %2 s: %3 done, %4 had nothing missing, %5 failed, %6 not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: nothing was changed; run again with --yes to restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli::MediaCommand</name>
    <message>
        <source>media purge: delete local media not accessed since a date (estimate first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media needs a subcommand: media purge (see steward-cli media purge --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown media subcommand &quot;%1&quot;: the only one is purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete local media last accessed before a date, optionally also the cache of remote media. Prints an estimate first; deletes only with --yes. Quarantined and protected files are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff in local time: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not accessed in the last N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files larger than BYTES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user and room avatars too (kept by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also purge cached copies of other servers&apos; media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a cutoff within the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the estimate only (exit 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete without asking (otherwise: estimate, exit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media purge takes no arguments besides its options (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --before DATE or --older-than-days N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than-days needs a whole number of days, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Add --allow-recent if you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size-gt needs a number of bytes (0 or more), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating what the server will delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted. Run again with --yes to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 local files (server&apos;s count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes freed: %1, known from the estimate for %2 of %3 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local media: failed, nothing deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 cached remote files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote cache: failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote cache: not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ProfileCommand</name>
    <message>
        <source>Saved server profiles: add (sign in), list, remove (sign out and forget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steward-cli profile add|list|remove ...

  profile add NAME --homeserver SERVER (--user USER --password-stdin | --token-stdin)
      Sign in and save the profile; the access token goes to the OS keychain only.
  profile list
      The saved profiles; * marks the default (last used) one.
  profile remove NAME
      Revoke the token on the server, delete it from the keychain, forget the profile.

See steward-cli profile SUBCOMMAND --help for the options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile needs a subcommand: add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile subcommand &quot;%1&quot;: use add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a homeserver and save it as profile NAME. The access token is stored in the OS keychain only; the password or token is read from standard input, never from the command line.
SERVER is a server name (example.org, resolved through /.well-known/matrix/client) or a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. &quot;work&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name or homeserver URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (localpart or @user:server) of a server admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an existing admin access token from stdin (SSO or MAS servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again for an existing profile (its old token is revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept plain http:// to a host that is not this computer (the token travels unencrypted). Stored with the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint (as printed when the certificate is refused). Stored with the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add takes exactly one NAME (see steward-cli profile add --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add needs --homeserver SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add needs exactly one of --user USER --password-stdin or --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin needs --user USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AB:CD:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile &quot;%1&quot; exists already: use --replace to sign in again, or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To trust exactly this certificate, run again with --pin-sha256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(option --allow-insecure-http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in, but the token could not be stored, so profile &quot;%1&quot; was not saved: %2 For scripts without a keychain use --homeserver URL with STEWARD_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token was revoked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token could not be revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved: %2 on %3 (server admin). The access token is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved profiles; * marks the default (last used) one. Tokens are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles. Add one with: steward-cli profile add NAME --homeserver SERVER --user USER --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of profile NAME: revoke its access token on the server, delete it from the keychain, and forget the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also when the server cannot be reached: forget the profile and delete the token locally (the token then stays valid on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile remove takes exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (see steward-cli profile list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was kept. Use --local-only to forget it without revoking the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsCommand</name>
    <message>
        <source>List the server&apos;s rooms as CSV or JSON (rooms list [--search TERM] [--format csv|json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rooms whose name or alias contains TERM, or whose room ID is TERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the rooms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Cli::UsersCommand</name>
    <message>
        <source>Users: &quot;users export FILE.csv&quot; writes every user (or a filtered set) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steward-cli [--profile NAME] users export FILE.csv [--search TERM] [--include-deactivated] [--include-guests] [--admins-only]
FILE.csv may be &quot;-&quot; for standard output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: missing subcommand. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: unknown subcommand &quot;%1&quot; (known: export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users as CSV (RFC 4180, UTF-8, timestamps in UTC). Cells that a spreadsheet would run as a formula get a leading apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write; &quot;-&quot; for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users whose localpart or display name contains TERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deactivated users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include guest users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only server administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users export: missing FILE.csv (use &quot;-&quot; for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users export: exactly one FILE.csv expected, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users export: --search needs a non-empty TERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users export stopped after %1 rows (the output is incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users export failed after %1 rows; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 users to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the server now reports %1 users for this filter; users were created or removed during the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (localpart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user ID will be @name:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may only contain a-z, 0-9 and . _ = - / + (lower case, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password (the user needs one to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::CredentialError</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is stored for this profile: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available%1. Steward keeps access tokens only in the keychain: start a keychain service (e.g. GNOME Keyring or KWallet), or keep the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied%1. Allow Steward to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::DeactivateDialog</name>
    <message>
        <source>Deactivate User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Deactivating &lt;b&gt;%1&lt;/b&gt; logs out every device, removes the user from every room and stops them from signing in.&lt;/p&gt;&lt;p&gt;With &lt;i&gt;erase&lt;/i&gt;, the user&apos;s messages are also hidden from people who join rooms later, and the profile is removed. Erasing cannot be undone.&lt;/p&gt;&lt;p&gt;Type the user ID to confirm:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the user&apos;s messages and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the user&apos;s messages and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdBackup</name>
    <message>
        <source>No backup file chosen: give the path of a .json file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the backup: choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2): choose a backup Steward wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an external-ID backup written by Steward (format version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the backup %2 is damaged (needs &quot;user_id&quot; and &quot;external_ids&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdBackupPage</name>
    <message>
        <source>Back up before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every affected user&apos;s complete list of external IDs is written to this file before anything changes. Use it with &quot;Restore from a backup&quot; to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Backup and Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdCleanupWizard</name>
    <message>
        <source>External-ID Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Users not listed here get no request at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users whose links will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 external IDs of %n users will be removed (providers: %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdProvidersPage</name>
    <message>
        <source>Choose the providers to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links of the checked providers are removed from every user; all other links stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n users)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdReportPage</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n users already had everything.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRestoreFilePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed external IDs are put back and merged with what each user has now: missing IDs are added, existing ones kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRestorePreviewPage</name>
    <message>
        <source>Restore preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Only users with something missing are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the restore would add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users will get IDs back; %2 already have everything; %3 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the current links of %n users…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRunPage</name>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no further users; the ones in flight finish and are reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The report says what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdScanPage</name>
    <message>
        <source>Scan the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward reads every user&apos;s identity-provider links. Nothing is changed on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;deactivated accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deactivated accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put external IDs from a backup file back instead of removing any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option changed: scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing users: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading users: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled after %1 users; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n users read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have external IDs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n providers found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users could not be read and will not be changed (first: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to clean up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdUpdater</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the change was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no request was sent for this user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdsApi</name>
    <message>
        <source>the user list has no &quot;users&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user in the list has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user list&apos;s &quot;next_token&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;external_ids&quot; is not a list of provider/ID pairs</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Find and remove identity-provider links, with backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MakeRoomAdminDialog</name>
    <message>
        <source>Make Room Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user of this server the highest power level in %1. The server acts through a local member who may change power levels, and invites the user if they are not in the room yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User to make room admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID: enter one like @name:server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an admin of the room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted media cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the cutoff is within the last 24 hours and that media people are using right now will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a recent cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;On &lt;b&gt;%1&lt;/b&gt;, delete every local media file last accessed before &lt;b&gt;%2&lt;/b&gt;%3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Kept: quarantined and protected files%1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, profile pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Profile pictures are deleted too.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Also purge cached copies of other servers&apos; media last accessed before the cutoff.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cached media from other servers are not touched.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Estimate: about %1 files, %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No estimate was made.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeCutoff</name>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time), e.g. 2024-01-31 or 2024-01-31T18:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (check month and day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid time of day (hours 00-23, minutes and seconds 00-59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it when daylight saving time starts): choose a time outside that gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 36500 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutoff %1 is in the future: media last accessed up to now would all be deleted. Choose a date in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutoff %1 is earlier than 12 December 1970, which Synapse refuses. Choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutoff %1 is within the last 24 hours: media people are using right now would be deleted. This needs an extra confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeCutoffPage</name>
    <message>
        <source>Which media to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local media nobody has accessed since the cutoff are deleted from the server&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The server deletes a local file when it was &lt;b&gt;last accessed before the cutoff&lt;/b&gt; (a file never downloaded counts from its upload). It &lt;b&gt;never deletes quarantined files or files protected from quarantine&lt;/b&gt;, and keeps profile pictures unless you allow it below. Deleted files are gone for good: messages that show them will show a broken image. Synapse has no undo and no dry run; Steward estimates the effect on the next page before anything is deleted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accessed in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff by number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last accessed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff by calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff date and time, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files larger than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit by size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep profile pictures (user and room avatars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep profile pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also purge the cache of media from other servers (they can be fetched again when someone looks at them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also purge cached remote media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it when daylight saving time starts): choose a time outside that gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeEstimatePage</name>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward reads every user&apos;s media list to predict what the server will delete. Nothing is deleted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the estimate and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On very large servers the estimate can take long; the purge works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users most affected (up to 20):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users most affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate was stopped after %1 of %2 users: there are no numbers to show. You can continue without them, or go back and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate failed: %1. You can continue without it, or go back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: read the media lists of %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Estimate:&lt;/b&gt; about &lt;b&gt;%1 local files, %2&lt;/b&gt;, uploaded by %3 users, would be deleted.&lt;/p&gt;&lt;p&gt;Kept: %4 quarantined, %5 protected, %6 profile pictures, %7 not larger than the size limit.&lt;/p&gt;&lt;p&gt;&lt;i&gt;This is an estimate: media not uploaded by a user (URL previews), custom per-room avatars and anything accessed from now on are not counted. The server decides when it deletes.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeEstimator</name>
    <message>
        <source>Reading the per-user media statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the media statistics failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the media of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the users&apos; media lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for profile pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a user&apos;s profile picture failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the room avatars failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeResultPage</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server reported back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Deleted Media IDs to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deleted media IDs to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deleted %1 local media files&lt;/b&gt; (the server&apos;s count).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Space freed: at least %1 — sizes known from the estimate for %2 of the %3 deleted files (thumbnails not counted).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Space freed: unknown (the estimate was skipped; the server does not report sizes).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This server only knows the older media deletion path; it was used.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Local media: nothing was deleted.&lt;/b&gt; The server refused: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleted %1 cached files of other servers&apos; media.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remote media cache: failed&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Remote media cache: not attempted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 media IDs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Deleted Media IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeRun</name>
    <message>
        <source>Deleting local media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting cached remote media…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::MediaPurgeWizard</name>
    <message>
        <source>Purge Old Media — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge old media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete local media nobody has accessed since a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server as an admin first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::PasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivating %1 needs a new password for the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out all of the user&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ProfileController</name>
    <message>
        <source>The server no longer accepts the access token of &quot;%1&quot; (%2). Sign in again; the profile is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the access token of &quot;%1&quot;. Sign in again; the profile is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or Manage Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is signed out. Sign in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ProfileDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Synapse %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is delegated to Matrix Authentication Service: use an admin-scoped access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate, SHA-256 fingerprint:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1
Subject: %2
Issuer: %3
Valid: %4 to %5
SHA-256 fingerprint:
%6

Compare the fingerprint with the one your server&apos;s administrator gives you before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Saving the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The token is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out of %1 and forgetting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeleteDialog</name>
    <message>
        <source>Delete Room — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; (%2) removes every local user from it. Choose what else happens, read the summary, then type the room&apos;s name or ID to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block the room so nobody can join it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge the room&apos;s history from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force the purge even if some users cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local user such as @moderator:your.server (empty: no new room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Violation Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to removed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s default message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move users to a new room created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to removed users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name or ID to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID above to enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the server is already deleting this room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed. Deleting cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (deletion continues)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeletion</name>
    <message>
        <source>&quot;%1&quot; is not a user ID: the new room&apos;s creator must look like @name:server and be a user of this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every local user is removed from %1 and the room leaves the public room directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Violation Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing illegal content on this server is not permitted and rooms in violation will be blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates a new room &quot;%2&quot;; the removed users are moved there and the room&apos;s local aliases point to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They see this message in the new room: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new room is created: removed users are not told why, and the room&apos;s local aliases are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message and the new room name are ignored without a user to create the new room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is blocked: nobody on this server can join it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not blocked: users of this server could join it again through other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s history is purged from this server&apos;s database. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge goes ahead even if some local users could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history stays in the database (no purge); the room can still be inspected by admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Force purge&quot; has no effect without purging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion cannot start now (check the room first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the room&apos;s name or ID to confirm the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the server is already deleting this room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server to delete the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is already deleting this room (task %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is deleting the room (task %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users removed so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports that the deletion failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the deletion (%1). It may have started anyway: open the room again to see its state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward stopped following the deletion (task %1): %2. It may still be running on the server; open the room again to see its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users that could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local aliases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new room was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room for the removed users: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomDetailsPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Room &amp;Admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Users to This Room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / state key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected state event as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a state event to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n joined member(s), %1 on this server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Members could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State events could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty state key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Block status: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block status unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: nobody on this server can join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by %1: nobody on this server can join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for a deletion in progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomListModel</name>
    <message>
        <source>This room has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of at most %2 (filters applied to the search results by Steward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomMembersModel</name>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomsApi</name>
    <message>
        <source>The server can only do this when a local user in the room has enough power to change the power levels (it acts as that user), the chosen user is a local user of this server, and the server still takes part in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local user in this room may change its power levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server no longer takes part in the room (no local members).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users of this server can be made room admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room or the user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::RoomsView</name>
    <message>
        <source>Search rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, alias or exact room ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public rooms filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (in the directory) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty rooms filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty rooms only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms with members only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Users to Selected Rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join users to the selected rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished">Salons</translation>
    </message>
    <message>
        <source>The server cannot sort by &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Join Users to %n Room(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::SandboxConnection</name>
    <message>
        <source>Cannot read the sandbox file %1: %2. Start the sandbox with scripts/run-sandbox.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox file %1 has no base_url or admin token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ServerApi</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this does not look like a Matrix homeserver (no &quot;versions&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::ServerProbe</name>
    <message>
        <source>%1 is not a server administrator. Steward manages the whole server and needs the access token of a Synapse server admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::SignIn</name>
    <message>
        <source>Steward on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or homeserver URL: enter e.g. example.org or https://matrix.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a Matrix homeserver (%2). Check the address: enter the server name (example.org) or the homeserver&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is empty: paste an admin&apos;s access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delegates sign-in to Matrix Authentication Service (MAS). Tokens from a password login there never carry server-admin rights. Ask for an admin-scoped token (OAuth scope urn:synapse:admin:*), e.g. with: mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges, then sign in with that token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password (%1). Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this access token (%1): it may have been revoked or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server uses Matrix Authentication Service: the token needs the scope urn:synapse:admin:* (mas-cli manage issue-compatibility-token &lt;user&gt; --yes-i-want-to-grant-synapse-admin-privileges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::SignInError</name>
    <message>
        <source>%1 uses plain http:// to a host that is not this computer: the access token would travel unencrypted. Use https://, or confirm that you accept this for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. Check the fingerprint with the server&apos;s administrator; if it matches, you may trust exactly this certificate for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::SignOutReport</name>
    <message>
        <source>No token was stored for profile &quot;%1&quot;, so there was nothing to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token of profile &quot;%1&quot; was revoked on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token of profile &quot;%1&quot; could NOT be revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry was NOT deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::UserApi</name>
    <message>
        <source>the users list has no &quot;users&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user in the list has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users list has no &quot;total&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users list&apos;s next_token is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::UserDetailsPanel</name>
    <message>
        <source>Display &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hadow-Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a user in the list to see everything the server knows about them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party IDs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External IDs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined rooms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (%1 connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift S&amp;hadow-Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name changed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set; all devices were logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set; devices stay logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot revoke your own admin rights: you would lose access to this tool. Ask another administrator to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting admin rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking admin rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: they cannot use their account until unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shadow-banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow-ban of %1 is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the shadow-ban failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::UserExport</name>
    <message>
        <source>Reading the users list failed after %1 rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export failed after %1 rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; the output is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::UserListModel</name>
    <message>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow-banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (loading more…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (loading failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (users were added or removed meanwhile: refresh to see them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::UsersView</name>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user name or display name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Selected Users to Rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join selected users to rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every user matching the search and filters (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include loc&amp;ked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;support users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished">Utilisateurs</translation>
    </message>
    <message>
        <source>Loading more users failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 users to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer Matrix Synapse homeservers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the local sandbox homeserver described by FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this homeserver without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open VIEW (users, rooms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger the action ACTION once connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward-cli</name>
    <message>
        <source>Steward: administer a Matrix Synapse homeserver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeserver base URL or server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved server profile (default: the last used one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print debug output of the steward.* logging categories on stderr (never tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL, server version, signed-in user, admin yes/no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
