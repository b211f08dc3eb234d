#pragma once

#include "clicommand.h"

namespace Steward {
class RoomDeletionRun;
}

namespace Steward::Cli {

/// steward-cli rooms delete ROOM... [--block] [--no-purge] [--force-purge] [--new-room-user USER_ID
/// [--new-room-name NAME] [--message TEXT]] [--concurrency N] [--yes] [--resume]
///
/// Prints the plan (each room to delete, or skipped with the reason); without --yes nothing is deleted
/// (exit 2). With --yes it runs RoomDeletionRun: a room is "done" only when the server's delete_status
/// says complete. Ctrl-C stops politely (rooms not sent are not attempted; a deletion the server has
/// is followed to its end and reported). A journal is kept; --resume continues the newest unfinished
/// run for this server.
class RoomsDeleteCommand : public QObject
{
    Q_OBJECT
public:
    explicit RoomsDeleteCommand(QObject *parent);
    void run(CliContext &ctx, const QStringList &args);

private:
    void onPlan(CliContext &ctx);
    void onFinished(CliContext &ctx);

    RoomDeletionRun *m_engine = nullptr;
    bool m_yes = false;
};

} // namespace Steward::Cli
