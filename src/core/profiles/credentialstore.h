#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace Steward {

/// What went wrong with the keychain, in a form the faces can act on.
struct CredentialError
{
    Q_DECLARE_TR_FUNCTIONS(Steward::CredentialError)

public:
    enum class Code {
        None,
        NotFound, ///< no token stored for this profile
        Unavailable, ///< no keychain service (offer "this session only"; never plaintext)
        AccessDenied, ///< the user or the system refused access
        Other,
    };
    Code code = Code::None;
    QString detail; ///< the keychain's own words

    bool ok() const { return code == Code::None; }
    /// One sentence for a person: what happened and what to do.
    QString describe() const;
};

struct CredentialResult
{
    CredentialError error;
    QString token;
    bool ok() const { return error.ok(); }
};

/// Where access tokens live: one entry per profile, asynchronous, never a plaintext file.
/// Handlers run on ctx's thread and are dropped when ctx dies first.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void readToken(const QString &profileName, QObject *ctx, std::function<void(CredentialResult)> done) = 0;
    virtual void writeToken(const QString &profileName, const QString &token, QObject *ctx,
                            std::function<void(CredentialError)> done) = 0;
    /// Deleting an entry that does not exist succeeds.
    virtual void deleteToken(const QString &profileName, QObject *ctx, std::function<void(CredentialError)> done) = 0;
};

} // namespace Steward
