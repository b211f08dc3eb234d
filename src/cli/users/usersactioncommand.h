#pragma once

#include "users/bulkuseraction.h"

#include <QObject>
#include <QStringList>

namespace Steward {
class ServerSession;
} // namespace Steward

namespace Steward::Cli {

class CliContext;

/// steward-cli users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE [--erase]
///             [--dry-run] [--yes] [--concurrency N] [--report FILE.csv]
/// Prints the preview of the BulkUserAction engine; changes only with --yes. The signed-in account
/// and the last admin are refused (exit 2) before anything is changed.
class UsersActionCommand : public QObject
{
    Q_OBJECT
public:
    UsersActionCommand(BulkUserAction::Action action, QObject *parent = nullptr);
    void run(CliContext &ctx, const QStringList &args);
    static QString usage();

private:
    void startPreview(CliContext &ctx, ServerSession *session, const QList<BulkJoinInputItem> &items, bool eraseToo,
                      int inFlight, const QUrl &masIssuer = {});
    void onPreview(CliContext &ctx);
    void onFinished(CliContext &ctx);
    bool writeReport(CliContext &ctx);

    BulkUserAction::Action m_action;
    BulkUserAction *m_engine = nullptr;
    bool m_dryRun = false;
    bool m_yes = false;
    QString m_reportPath;
};

} // namespace Steward::Cli
