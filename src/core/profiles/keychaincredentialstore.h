#pragma once

#include "profiles/credentialstore.h"

namespace Steward {

/// The OS keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows Credential
/// Store). Jobs run asynchronously; the insecure plaintext fallback of QtKeychain stays off.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    /// The keychain service name of Steward's entries (the one place it is spelled).
    static QString defaultService() { return QStringLiteral("steward"); }

    /// service: the keychain service name; tests use their own so they never touch real entries.
    explicit KeychainCredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);

    QString service() const { return m_service; }
    /// The keychain key of a profile's token.
    static QString keyFor(const QString &profileName);

    void readToken(const QString &profileName, QObject *ctx, std::function<void(CredentialResult)> done) override;
    void writeToken(const QString &profileName, const QString &token, QObject *ctx,
                    std::function<void(CredentialError)> done) override;
    void deleteToken(const QString &profileName, QObject *ctx, std::function<void(CredentialError)> done) override;

private:
    QString m_service;
};

} // namespace Steward
