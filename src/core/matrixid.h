#pragma once

#include <QString>

namespace Steward {

/// Matrix identifiers, parsed in one place: user IDs (@localpart:server), room IDs (!opaque:server),
/// room aliases (#name:server) and server names. Purely textual; nothing here asks a server.
namespace MatrixId {

/// The server name of an ID: everything after the first ':' ("@a:example.org:8448" -> "example.org:8448");
/// empty when there is no ':'.
QString serverName(const QString &id);
/// The localpart of a user ID ("@alice:example.org" -> "alice"); a bare localpart is returned trimmed.
QString localpart(const QString &userIdOrLocalpart);
/// "@localpart:server".
QString userId(const QString &localpart, const QString &serverName);

/// Starts with the sigil and has a non-empty part on both sides of a ':'.
bool isUserId(const QString &text);
bool isRoomId(const QString &text);
bool isRoomAlias(const QString &text);
/// A host name, IPv4 or [IPv6] literal, with an optional port.
bool isServerName(const QString &text);
/// A localpart Steward lets an admin give a new user: a-z, 0-9 and . _ = - / + only.
bool isNewUserLocalpart(const QString &localpart);

} // namespace MatrixId

} // namespace Steward
