#pragma once

#include "profiles/credentialstore.h"

#include <QHash>

namespace Steward {

/// Tokens held in this process's memory only: the fake for unit tests, and the GUI's "keep the
/// token for this session only" when no keychain is available. Answers asynchronously like a keychain.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    /// Simulate a missing keychain (tests).
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString &profileName) const { return m_tokens.contains(profileName); }
    int count() const { return int(m_tokens.size()); }
    QStringList profileNames() const { return m_tokens.keys(); }

    void readToken(const QString &profileName, QObject *ctx, std::function<void(CredentialResult)> done) override;
    void writeToken(const QString &profileName, const QString &token, QObject *ctx,
                    std::function<void(CredentialError)> done) override;
    void deleteToken(const QString &profileName, QObject *ctx, std::function<void(CredentialError)> done) override;

private:
    CredentialError unavailableError() const;
    QHash<QString, QString> m_tokens;
    bool m_unavailable = false;
};

} // namespace Steward
