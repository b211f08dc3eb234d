#include "profiles/credentialstore.h"

#include <QCoreApplication>

namespace Steward {

QString CredentialError::describe() const
{
    // The keychain's own words (D-Bus error names and the like) mean nothing to most people: they
    // go to the debug log (steward.profiles), not into this sentence.
    switch (code) {
    case Code::None:
        return tr("No error");
    case Code::NotFound:
        return tr("No access token is stored for this profile: sign in again.");
    case Code::Unavailable:
        return tr("The system keychain is not available: no keychain service (such as GNOME Keyring or KWallet) "
                  "is running or unlocked. Steward keeps access tokens only in the keychain, never in a file. "
                  "Start or unlock the keychain and try again, or keep the token for this session only.");
    case Code::AccessDenied:
        return tr("Access to the system keychain was denied. Allow Steward to use the keychain and try again.");
    case Code::Other:
        break;
    }
    return tr("The system keychain could not store or read the token. Try again; if it keeps failing, check "
              "that the keychain service is running and unlocked.");
}

} // namespace Steward
