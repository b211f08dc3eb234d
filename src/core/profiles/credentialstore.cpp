#include "credentialstore.h"

#include <QCoreApplication>

namespace Steward {

QString CredentialError::describe() const
{
    auto tr = [](const char *s) {
        return QCoreApplication::translate("Steward::CredentialStore", s);
    };
    const QString detailText = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (code) {
    case Code::None:
        return tr("No error");
    case Code::NotFound:
        return tr("No access token is stored for this profile: sign in again.");
    case Code::Unavailable:
        return tr("The system keychain is not available%1. Steward keeps access tokens only in the keychain: "
                  "start a keychain service (e.g. GNOME Keyring or KWallet), or keep the token for this "
                  "session only.")
            .arg(detailText);
    case Code::AccessDenied:
        return tr("Access to the system keychain was denied%1. Allow Steward to use the keychain and try again.")
            .arg(detailText);
    case Code::Other:
        break;
    }
    return tr("The system keychain reported an error%1.").arg(detailText);
}

} // namespace Steward
