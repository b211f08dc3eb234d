#include "profiles/memorycredentialstore.h"

#include <QTimer>

namespace Steward {

CredentialError MemoryCredentialStore::unavailableError() const
{
    return { CredentialError::Code::Unavailable, QStringLiteral("simulated: no keychain service") };
}

void MemoryCredentialStore::readToken(const QString &profileName, QObject *ctx,
                                      std::function<void(CredentialResult)> done)
{
    CredentialResult r;
    if (m_unavailable) {
        r.error = unavailableError();
    } else if (!m_tokens.contains(profileName)) {
        r.error.code = CredentialError::Code::NotFound;
    } else {
        r.token = m_tokens.value(profileName);
    }
    QTimer::singleShot(0, ctx, [r, done = std::move(done)]() { done(r); });
}

void MemoryCredentialStore::writeToken(const QString &profileName, const QString &token, QObject *ctx,
                                       std::function<void(CredentialError)> done)
{
    CredentialError e;
    if (m_unavailable) {
        e = unavailableError();
    } else {
        m_tokens.insert(profileName, token);
    }
    QTimer::singleShot(0, ctx, [e, done = std::move(done)]() { done(e); });
}

void MemoryCredentialStore::deleteToken(const QString &profileName, QObject *ctx,
                                        std::function<void(CredentialError)> done)
{
    CredentialError e;
    if (m_unavailable) {
        e = unavailableError();
    } else {
        m_tokens.remove(profileName);
    }
    QTimer::singleShot(0, ctx, [e, done = std::move(done)]() { done(e); });
}

} // namespace Steward
