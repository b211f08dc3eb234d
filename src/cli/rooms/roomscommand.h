#pragma once

#include "clicommand.h"
#include "roomsapi.h"

namespace Steward {
class ServerSession;
}

namespace Steward::Cli {

/// steward-cli [--profile NAME] rooms list [--search TERM] [--format csv|json]
class RoomsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("rooms"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void fetch(CliContext &ctx, ServerSession *session, int from);
    void print(CliContext &ctx);

    RoomListQuery m_query;
    bool m_json = false;
    QList<RoomSummary> m_rooms;
};

} // namespace Steward::Cli
