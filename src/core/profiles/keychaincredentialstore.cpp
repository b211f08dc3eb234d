#include "profiles/keychaincredentialstore.h"

#include "stewardlogging_profiles.h"

#include <qt6keychain/keychain.h>

namespace Steward {

namespace {
CredentialError mapError(const QKeychain::Job *job)
{
    CredentialError e;
    e.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        e.code = CredentialError::Code::None;
        e.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        e.code = CredentialError::Code::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.code = CredentialError::Code::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.code = CredentialError::Code::AccessDenied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // Without a Secret Service on the session bus QtKeychain reports OtherError ("... was not
        // provided by any .service files", "Cannot autolaunch D-Bus ...", "Could not connect: ..."):
        // the keychain is unavailable.
        e.code = (e.detail.contains(QStringLiteral("org.freedesktop.secrets"))
                  || e.detail.contains(QStringLiteral("Could not connect"), Qt::CaseInsensitive)
                  || e.detail.contains(QStringLiteral("autolaunch"), Qt::CaseInsensitive)
                  || e.detail.contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive)
                  || e.detail.contains(QStringLiteral("DBus"), Qt::CaseInsensitive)
                  || e.detail.contains(QStringLiteral("kwallet"), Qt::CaseInsensitive))
            ? CredentialError::Code::Unavailable
            : CredentialError::Code::Other;
        break;
    }
    if (!e.ok() && e.code != CredentialError::Code::NotFound) {
        qCDebug(lcProfiles) << "keychain error:" << e.detail; // never shown to the user as is
    }
    return e;
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{ }

QString KeychainCredentialStore::keyFor(const QString &profileName)
{
    return QStringLiteral("profile:") + profileName;
}

void KeychainCredentialStore::readToken(const QString &profileName, QObject *ctx,
                                        std::function<void(CredentialResult)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileName));
    connect(job, &QKeychain::Job::finished, ctx, [done = std::move(done), profileName](QKeychain::Job *j) {
        CredentialResult r;
        r.error = mapError(j);
        if (r.ok()) {
            r.token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        }
        qCDebug(lcProfiles) << "keychain read for profile" << profileName << "error code" << int(r.error.code);
        done(r);
    });
    job->start();
}

void KeychainCredentialStore::writeToken(const QString &profileName, const QString &token, QObject *ctx,
                                         std::function<void(CredentialError)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileName));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, ctx, [done = std::move(done), profileName](QKeychain::Job *j) {
        const CredentialError e = mapError(j);
        qCDebug(lcProfiles) << "keychain write for profile" << profileName << "error code" << int(e.code);
        done(e);
    });
    job->start();
}

void KeychainCredentialStore::deleteToken(const QString &profileName, QObject *ctx,
                                          std::function<void(CredentialError)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileName));
    connect(job, &QKeychain::Job::finished, ctx, [done = std::move(done), profileName](QKeychain::Job *j) {
        CredentialError e = mapError(j);
        if (e.code == CredentialError::Code::NotFound) {
            e = CredentialError();
        }
        qCDebug(lcProfiles) << "keychain delete for profile" << profileName << "error code" << int(e.code);
        done(e);
    });
    job->start();
}

} // namespace Steward
