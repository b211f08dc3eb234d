#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Steward {

/// A saved server profile: everything needed to reconnect except the access token, which lives in
/// the OS keychain only (see CredentialStore).
struct Profile
{
    QString name;
    QUrl baseUrl;
    QString serverName;
    QString userId;
    QString deviceId;
    QDateTime lastUsed;
    /// The user confirmed plain http:// to a host that is not loopback.
    bool allowInsecureHttp = false;
    /// SHA-256 of exactly the one certificate the user chose to trust for this server (DER form).
    QByteArray pinnedCertificateSha256;

    bool isValid() const { return !name.isEmpty() && baseUrl.isValid(); }
};

namespace Transport {
/// 127.0.0.0/8, ::1 and "localhost".
bool isLoopback(const QUrl &url);
/// Plain http:// to anything but loopback: needs the user's explicit confirmation.
bool needsInsecureConfirmation(const QUrl &url);
} // namespace Transport

/// Why a profile name cannot be used (empty when it can): names appear on command lines and in
/// settings keys, so keep them printable and short.
QString profileNameProblem(const QString &name);

/// "example.org", "https://matrix.example.org/", "http://127.0.0.1:8008" -> a URL without trailing
/// slash, query or fragment; invalid QUrl when the text cannot be a homeserver address.
QUrl parseHomeserverAddress(const QString &text);

} // namespace Steward
