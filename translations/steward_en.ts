<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Steward::ExternalIdPreviewPage</name>
    <message numerus="yes">
        <source>%1 external IDs of %n users will be removed (providers: %2).</source>
        <translation>
            <numerusform>%1 external IDs of %n user will be removed (providers: %2).</numerusform>
            <numerusform>%1 external IDs of %n users will be removed (providers: %2).</numerusform>
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
</context>
</TS>
