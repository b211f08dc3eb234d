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
