<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Steward::BulkJoinEngine</name>
    <message numerus="yes">
        <source>%n join(s) lost their answer; checking the member lists of %1 room(s) on the server…</source>
        <translation>
            <numerusform>%n join lost its answer; checking the member lists of %1 room(s) on the server…</numerusform>
            <numerusform>%n joins lost their answer; checking the member lists of %1 room(s) on the server…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinPreviewPage</name>
    <message numerus="yes">
        <source>Make me (%1) a room admin first in %n room(s) that are not public and that I am not in (make_room_admin); otherwise they are skipped</source>
        <translation>
            <numerusform>Make me (%1) a room admin first in %n room that is not public and that I am not in (make_room_admin); otherwise it is skipped</numerusform>
            <numerusform>Make me (%1) a room admin first in %n rooms that are not public and that I am not in (make_room_admin); otherwise they are skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinReportPage</name>
    <message numerus="yes">
        <source>Retrying %n failed pair(s)…</source>
        <translation>
            <numerusform>Retrying %n failed pair…</numerusform>
            <numerusform>Retrying %n failed pairs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of unknown outcome: the answer was lost and the member list could not be read; retry to check them.</source>
        <translation>
            <numerusform>%n pair of unknown outcome: the answer was lost and the member list could not be read; retry to check them.</numerusform>
            <numerusform>%n pairs of unknown outcome: the answer was lost and the member list could not be read; retry to check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) lost the server&apos;s answer and were verified in the member list.</source>
        <translation>
            <numerusform>%n pair lost the server&apos;s answer and was verified in the member list.</numerusform>
            <numerusform>%n pairs lost the server&apos;s answer and were verified in the member list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkJoinValidationPage</name>
    <message numerus="yes">
        <source>%n problem(s) found. Go back to fix them, or continue: the items listed here take no part (duplicates are joined once).</source>
        <translation>
            <numerusform>%n problem found. Go back to fix it, or continue: the items listed here take no part (duplicates are joined once).</numerusform>
            <numerusform>%n problems found. Go back to fix them, or continue: the items listed here take no part (duplicates are joined once).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkUserAction</name>
    <message numerus="yes">
        <source>%n device(s) signed in.</source>
        <translation>
            <numerusform>%n device signed in.</numerusform>
            <numerusform>%n devices signed in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) logged out.</source>
        <translation>
            <numerusform>%n device logged out.</numerusform>
            <numerusform>%n devices logged out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) to change</source>
        <translation>
            <numerusform>%1: %n user to change</numerusform>
            <numerusform>%1: %n users to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::BulkUserActionDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Lock %n user(s).&lt;/b&gt; They can no longer use their accounts (every request is refused) until they are unlocked.</source>
        <translation>
            <numerusform>&lt;b&gt;Lock %n user.&lt;/b&gt; They can no longer use their accounts (every request is refused) until they are unlocked.</numerusform>
            <numerusform>&lt;b&gt;Lock %n users.&lt;/b&gt; They can no longer use their accounts (every request is refused) until they are unlocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Unlock %n user(s).&lt;/b&gt; They can use their accounts again.</source>
        <translation>
            <numerusform>&lt;b&gt;Unlock %n user.&lt;/b&gt; They can use their accounts again.</numerusform>
            <numerusform>&lt;b&gt;Unlock %n users.&lt;/b&gt; They can use their accounts again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Shadow-ban %n user(s).&lt;/b&gt; Their messages and invites silently reach nobody; they are not told.</source>
        <translation>
            <numerusform>&lt;b&gt;Shadow-ban %n user.&lt;/b&gt; Their messages and invites silently reach nobody; they are not told.</numerusform>
            <numerusform>&lt;b&gt;Shadow-ban %n users.&lt;/b&gt; Their messages and invites silently reach nobody; they are not told.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Lift the shadow-ban of %n user(s).&lt;/b&gt; Their messages reach others again.</source>
        <translation>
            <numerusform>&lt;b&gt;Lift the shadow-ban of %n user.&lt;/b&gt; Their messages reach others again.</numerusform>
            <numerusform>&lt;b&gt;Lift the shadow-ban of %n users.&lt;/b&gt; Their messages reach others again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Log out every device of %n user(s).&lt;/b&gt; They have to sign in again (encrypted messages may become unreadable on devices without a key backup).</source>
        <translation>
            <numerusform>&lt;b&gt;Log out every device of %n user.&lt;/b&gt; They have to sign in again (encrypted messages may become unreadable on devices without a key backup).</numerusform>
            <numerusform>&lt;b&gt;Log out every device of %n users.&lt;/b&gt; They have to sign in again (encrypted messages may become unreadable on devices without a key backup).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Deactivate and erase %n user(s).&lt;/b&gt; They are logged out, removed from every room and can never sign in again; their messages are hidden from people who join later and their profiles removed. &lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Deactivate and erase %n user.&lt;/b&gt; They are logged out, removed from every room and can never sign in again; their messages are hidden from people who join later and their profiles removed. &lt;b&gt;This cannot be undone.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Deactivate and erase %n users.&lt;/b&gt; They are logged out, removed from every room and can never sign in again; their messages are hidden from people who join later and their profiles removed. &lt;b&gt;This cannot be undone.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Deactivate %n user(s).&lt;/b&gt; They are logged out, removed from every room and can no longer sign in. &lt;b&gt;This cannot be undone&lt;/b&gt; without setting a new password for each.</source>
        <translation>
            <numerusform>&lt;b&gt;Deactivate %n user.&lt;/b&gt; They are logged out, removed from every room and can no longer sign in. &lt;b&gt;This cannot be undone&lt;/b&gt; without setting a new password for each.</numerusform>
            <numerusform>&lt;b&gt;Deactivate %n users.&lt;/b&gt; They are logged out, removed from every room and can no longer sign in. &lt;b&gt;This cannot be undone&lt;/b&gt; without setting a new password for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n selected user(s) on the server…</source>
        <translation>
            <numerusform>Reading %n selected user on the server…</numerusform>
            <numerusform>Reading %n selected users on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n User(s)</source>
        <translation>
            <numerusform>%1 %n User</numerusform>
            <numerusform>%1 %n Users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Cli::FederationCommand</name>
    <message numerus="yes">
        <source>None of the %n federation destination(s) is failing.</source>
        <translation>
            <numerusform>The %n federation destination is not failing.</numerusform>
            <numerusform>None of the %n federation destinations is failing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s) failing.</source>
        <translation>
            <numerusform>%1 of %n destination failing.</numerusform>
            <numerusform>%1 of %n destinations failing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Cli::NoticeCommand</name>
    <message numerus="yes">
        <source>Reading %n user(s) on the server…</source>
        <translation>
            <numerusform>Reading %n user on the server…</numerusform>
            <numerusform>Reading %n users on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notice send: %n entry(ies) of the list are not user IDs (see above); nothing was sent. Fix the list and run again.</source>
        <translation>
            <numerusform>notice send: %n entry of the list is not a user ID (see above); nothing was sent. Fix the list and run again.</numerusform>
            <numerusform>notice send: %n entries of the list are not user IDs (see above); nothing was sent. Fix the list and run again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notice send: nothing was sent; add --yes to send the notice to these %n user(s) (--dry-run only previews)</source>
        <translation>
            <numerusform>notice send: nothing was sent; add --yes to send the notice to this %n user (--dry-run only previews)</numerusform>
            <numerusform>notice send: nothing was sent; add --yes to send the notice to these %n users (--dry-run only previews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Cli::ReportsCommand</name>
    <message numerus="yes">
        <source>nothing was dismissed: add --yes to delete these %n report(s)</source>
        <translation>
            <numerusform>nothing was dismissed: add --yes to delete this %n report</numerusform>
            <numerusform>nothing was dismissed: add --yes to delete these %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Cli::RoomsDeleteCommand</name>
    <message numerus="yes">
        <source>Checking %n room(s) on the server…</source>
        <translation>
            <numerusform>Checking %n room on the server…</numerusform>
            <numerusform>Checking %n rooms on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) to delete</source>
        <translation>
            <numerusform>%n room to delete</numerusform>
            <numerusform>%n rooms to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rooms delete: %n argument(s) are not room IDs (see above); nothing was deleted</source>
        <translation>
            <numerusform>rooms delete: %n argument is not a room ID (see above); nothing was deleted</numerusform>
            <numerusform>rooms delete: %n arguments are not room IDs (see above); nothing was deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rooms delete: nothing was deleted; add --yes to delete these %n room(s)</source>
        <translation>
            <numerusform>rooms delete: nothing was deleted; add --yes to delete this %n room</numerusform>
            <numerusform>rooms delete: nothing was deleted; add --yes to delete these %n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Cli::TokensCommand</name>
    <message numerus="yes">
        <source>tokens delete: nothing was deleted; add --yes to delete %n token(s): %1</source>
        <translation>
            <numerusform>tokens delete: nothing was deleted; add --yes to delete %n token: %1</numerusform>
            <numerusform>tokens delete: nothing was deleted; add --yes to delete %n tokens: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Cli::UsersActionCommand</name>
    <message numerus="yes">
        <source>Reading %n user(s) on the server…</source>
        <translation>
            <numerusform>Reading %n user on the server…</numerusform>
            <numerusform>Reading %n users on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies) of the list are not user IDs (see above); nothing was changed. Fix the list and run again.</source>
        <translation>
            <numerusform>%1: %n entry of the list is not a user ID (see above); nothing was changed. Fix the list and run again.</numerusform>
            <numerusform>%1: %n entries of the list are not user IDs (see above); nothing was changed. Fix the list and run again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was changed; add --yes to change these %n user(s) (--dry-run only previews)</source>
        <translation>
            <numerusform>%1: nothing was changed; add --yes to change this %n user (--dry-run only previews)</numerusform>
            <numerusform>%1: nothing was changed; add --yes to change these %n users (--dry-run only previews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Cli::UsersRedactCommand</name>
    <message numerus="yes">
        <source>nothing was redacted: add --yes to redact the events of %1 in %n room(s)</source>
        <translation>
            <numerusform>nothing was redacted: add --yes to redact the events of %1 in %n room</numerusform>
            <numerusform>nothing was redacted: add --yes to redact the events of %1 in %n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdBackupPage</name>
    <message numerus="yes">
        <source>This removes %1 external IDs of %n user(s). Type the server name &lt;b&gt;%2&lt;/b&gt; to confirm:</source>
        <translation>
            <numerusform>This removes %1 external IDs of %n user. Type the server name &lt;b&gt;%2&lt;/b&gt; to confirm:</numerusform>
            <numerusform>This removes %1 external IDs of %n users. Type the server name &lt;b&gt;%2&lt;/b&gt; to confirm:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdPreviewPage</name>
    <message numerus="yes">
        <source>%1 external IDs of %n users will be removed (providers: %2).</source>
        <translation>
            <numerusform>%1 external IDs of %n user will be removed (providers: %2).</numerusform>
            <numerusform>%1 external IDs of %n users will be removed (providers: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n user(s) will have no identity-provider link left&lt;/b&gt; and may be left without a way to sign in if they have no password. Synapse does not tell Steward whether an account has a password, so check these users (or give them a password) before you continue; a restore from the backup puts the links back.</source>
        <translation>
            <numerusform>&lt;b&gt;%n user will have no identity-provider link left&lt;/b&gt; and may be left without a way to sign in if they have no password. Synapse does not tell Steward whether an account has a password, so check these users (or give them a password) before you continue; a restore from the backup puts the links back.</numerusform>
            <numerusform>&lt;b&gt;%n users will have no identity-provider link left&lt;/b&gt; and may be left without a way to sign in if they have no password. Synapse does not tell Steward whether an account has a password, so check these users (or give them a password) before you continue; a restore from the backup puts the links back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdProvidersPage</name>
    <message numerus="yes">
        <source>%1 (%n users)</source>
        <translation>
            <numerusform>%1 (%n user)</numerusform>
            <numerusform>%1 (%n users)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdReportPage</name>
    <message numerus="yes">
        <source>%n users already had everything.</source>
        <translation>
            <numerusform>%n user already had everything.</numerusform>
            <numerusform>%n users already had everything.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdRestorePreviewPage</name>
    <message numerus="yes">
        <source>Reading the current links of %n users…</source>
        <translation>
            <numerusform>Reading the current links of %n user…</numerusform>
            <numerusform>Reading the current links of %n users…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ExternalIdScanPage</name>
    <message numerus="yes">
        <source>%n users read</source>
        <translation>
            <numerusform>%n user read</numerusform>
            <numerusform>%n users read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have external IDs</source>
        <translation>
            <numerusform>%n has external IDs</numerusform>
            <numerusform>%n have external IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n providers found.</source>
        <translation>
            <numerusform>%n provider found.</numerusform>
            <numerusform>%n providers found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users could not be read and will not be changed (first: %1).</source>
        <translation>
            <numerusform>%n user could not be read and will not be changed (first: %1).</numerusform>
            <numerusform>%n users could not be read and will not be changed (first: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::FederationView</name>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n destination</numerusform>
            <numerusform>%n destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) selected</source>
        <translation>
            <numerusform>%n destination selected</numerusform>
            <numerusform>%n destinations selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the connection to %n server(s)? The server forgets that they failed and sends to them again at once.</source>
        <translation>
            <numerusform>Reset the connection to %n server? The server forgets that they failed and sends to them again at once.</numerusform>
            <numerusform>Reset the connection to %n servers? The server forgets that they failed and sends to them again at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::MainWindow</name>
    <message numerus="yes">
        <source>Offline since %1 — reconnecting in %n s</source>
        <translation>
            <numerusform>Offline since %1 — reconnecting in %n s</numerusform>
            <numerusform>Offline since %1 — reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::MaintenanceView</name>
    <message numerus="yes">
        <source>%n task(s) the server remembers, %1 still running or waiting.</source>
        <translation>
            <numerusform>%n task the server remembers, %1 still running or waiting.</numerusform>
            <numerusform>%n tasks the server remembers, %1 still running or waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::MediaAction</name>
    <message numerus="yes">
        <source>%1 %n file(s) (%2)</source>
        <translation>
            <numerusform>%1 %n file (%2)</numerusform>
            <numerusform>%1 %n files (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n skipped</numerusform>
            <numerusform>; %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not read</source>
        <translation>
            <numerusform>; %n not read</numerusform>
            <numerusform>; %n not read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::MediaView</name>
    <message numerus="yes">
        <source>%n user(s) with media</source>
        <translation>
            <numerusform>%n user with media</numerusform>
            <numerusform>%n users with media</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::NoticeDialog</name>
    <message numerus="yes">
        <source>The %n &amp;selected user(s)</source>
        <translation>
            <numerusform>The %n &amp;selected user</numerusform>
            <numerusform>The %n &amp;selected users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Operation</name>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of unknown outcome</source>
        <translation>
            <numerusform>%n of unknown outcome</numerusform>
            <numerusform>%n of unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
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
</context>
<context>
    <name>Steward::RedactUserDialog</name>
    <message numerus="yes">
        <source>The user's events will be redacted in %n room(s).</source>
        <translation>
            <numerusform>The user's events will be redacted in %n room.</numerusform>
            <numerusform>The user's events will be redacted in %n rooms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ReportsView</name>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n new report</numerusform>
            <numerusform>%n new reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n joined member(s) · %2</source>
        <translation>
            <numerusform>%1 · %n joined member · %2</numerusform>
            <numerusform>%1 · %n joined members · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n media file(s) of the reported event? Nobody can download them from this server afterwards.&lt;br&gt;%1</source>
        <translation>
            <numerusform>Quarantine %n media file of the reported event? Nobody can download them from this server afterwards.&lt;br&gt;%1</numerusform>
            <numerusform>Quarantine %n media files of the reported event? Nobody can download them from this server afterwards.&lt;br&gt;%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::RoomDeletionRun</name>
    <message numerus="yes">
        <source>Deleted (task %1): %n user(s) removed</source>
        <translation>
            <numerusform>Deleted (task %1): %n user removed</numerusform>
            <numerusform>Deleted (task %1): %n users removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be removed</source>
        <translation>
            <numerusform>, %n could not be removed</numerusform>
            <numerusform>, %n could not be removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::RoomDetailsPanel</name>
    <message numerus="yes">
        <source>%n joined member(s), %1 on this server</source>
        <translation>
            <numerusform>%n joined member, %1 on this server</numerusform>
            <numerusform>%n joined members, %1 on this server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Space: %n room(s)</source>
        <translation>
            <numerusform>Space: %n room</numerusform>
            <numerusform>Space: %n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::RoomsView</name>
    <message numerus="yes">
        <source>Join Users to %n Room(s)…</source>
        <translation>
            <numerusform>Join Users to %n Room…</numerusform>
            <numerusform>Join Users to %n Rooms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n room(s) in the directory.</source>
        <translation>
            <numerusform>Published %n room in the directory.</numerusform>
            <numerusform>Published %n rooms in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n room(s) from the directory.</source>
        <translation>
            <numerusform>Removed %n room from the directory.</numerusform>
            <numerusform>Removed %n rooms from the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n failed: %1</numerusform>
            <numerusform>%n failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::ServerNoticeRun</name>
    <message numerus="yes">
        <source>%n user(s) get the notice</source>
        <translation>
            <numerusform>%n user gets the notice</numerusform>
            <numerusform>%n users get the notice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n skipped</numerusform>
            <numerusform>; %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::TokensView</name>
    <message numerus="yes">
        <source>%n registration token(s).</source>
        <translation>
            <numerusform>%n registration token.</numerusform>
            <numerusform>%n registration tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration token(s)? Nobody can register with them afterwards.

%1</source>
        <translation>
            <numerusform>Delete %n registration token? Nobody can register with them afterwards.

%1</numerusform>
            <numerusform>Delete %n registration tokens? Nobody can register with them afterwards.

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s).</source>
        <translation>
            <numerusform>Deleted %n token.</numerusform>
            <numerusform>Deleted %n tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::UserInfoView</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member of %n room(s); double-click a room to open it in the Rooms view.</source>
        <translation>
            <numerusform>Member of %n room; double-click a room to open it in the Rooms view.</numerusform>
            <numerusform>Member of %n rooms; double-click a room to open it in the Rooms view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in all, grouped by IP address and client</source>
        <translation>
            <numerusform>%n connection in all, grouped by IP address and client</numerusform>
            <numerusform>%n connections in all, grouped by IP address and client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out %n selected device(s) of %1? Their access is revoked at once; the person has to sign in again on them.</source>
        <translation>
            <numerusform>Log out %n selected device of %1? Its access is revoked at once; the person has to sign in again on it.</numerusform>
            <numerusform>Log out %n selected devices of %1? Their access is revoked at once; the person has to sign in again on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out all %n device(s) of %1? They are signed out everywhere at once.</source>
        <translation>
            <numerusform>Log out the %n device of %1? It is signed out at once.</numerusform>
            <numerusform>Log out all %n devices of %1? They are signed out everywhere at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logging out %n device(s)…</source>
        <translation>
            <numerusform>Logging out %n device…</numerusform>
            <numerusform>Logging out %n devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) logged out.</source>
        <translation>
            <numerusform>%n device logged out.</numerusform>
            <numerusform>%n devices logged out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::UserRedaction</name>
    <message numerus="yes">
        <source>%n event(s) could not be redacted: %1</source>
        <translation>
            <numerusform>%n event could not be redacted: %1</numerusform>
            <numerusform>%n events could not be redacted: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
