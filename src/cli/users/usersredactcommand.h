#pragma once

#include <QObject>
#include <QStringList>

namespace Steward {
class UserRedaction;
}

namespace Steward::Cli {

class CliContext;

/// steward-cli users redact USER_ID [--room ROOM ...] [--reason TEXT] [--yes]
/// Shows the rooms the UserRedaction engine plans; redacts only with --yes, waits for the server's
/// redaction task in each room and prints what was redacted and what failed.
class UsersRedactCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void run(CliContext &ctx, const QStringList &args);
    static QString usage();

private:
    UserRedaction *m_engine = nullptr;
};

} // namespace Steward::Cli
